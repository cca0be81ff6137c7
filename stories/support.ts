/**
 * What every story renders on: the sample company in a MemoryAdapter, the clock pinned to the
 * company's "today", and storage wrappers for the loading and error states.
 */
import { generateSampleCompany, SAMPLE_TODAY } from '../src/core/sample-data.js';
import type { SampleCompany } from '../src/core/sample-data.js';
import { seedStorage } from '../src/core/seed.js';
import { UnavailableError } from '../src/core/errors.js';
import type { Viewer } from '../src/core/types.js';
import { MemoryAdapter } from '../src/storage/memory.js';
import type { StorageAdapter } from '../src/storage/adapter.js';

export interface SampleWorld {
  company: SampleCompany;
  system: StorageAdapter;
  clock: () => Date;
}

let world: Promise<SampleWorld> | undefined;

export function sampleWorld(): Promise<SampleWorld> {
  world ??= (async () => {
    const company = generateSampleCompany();
    const clock = () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`);
    const system = new MemoryAdapter({ clock });
    await seedStorage(system, company);
    return { company, system, clock };
  })();
  return world;
}

export type Seat = 'rep' | 'manager' | 'teammate' | 'other-team manager';

export function viewerFor(company: SampleCompany, seat: Seat): Viewer {
  const ids = company.viewers;
  const id = seat === 'manager' ? ids.managerId : seat === 'rep' ? ids.repId : seat === 'teammate' ? ids.teammateId : ids.otherManagerId;
  const person = company.people.find((p) => p.id === id)!;
  return { personId: person.id, role: person.role };
}

/** Storage whose reads never finish (`hang`) or fail (`fail`): for loading and error states. */
export function withStalledReads(base: StorageAdapter, mode: 'hang' | 'fail'): StorageAdapter {
  const stall = () =>
    mode === 'fail'
      ? Promise.reject(new UnavailableError('The goal service is not answering. Check your connection and try again.'))
      : new Promise<never>(() => {});
  return new Proxy(base, {
    get(target, prop, receiver) {
      if (prop === 'get' || prop === 'list') return stall;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export { SAMPLE_TODAY };
