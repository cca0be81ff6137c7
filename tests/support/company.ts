/**
 * The sample company in a fresh MemoryAdapter, for tests: the same realistic data the demo and
 * stories use, seeded through the system viewer and served to whoever the test says is looking.
 */
import { MemoryAdapter } from '../../src/storage/memory.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../../src/core/sample-data.js';
import type { SampleCompany } from '../../src/core/sample-data.js';
import { seedStorage } from '../../src/core/seed.js';
import type { Viewer } from '../../src/core/types.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';

export { SAMPLE_TODAY };

export interface SeededCompany {
  company: SampleCompany;
  /** The store as the system sees it (no privacy filter). */
  system: StorageAdapter;
  /** The store as `viewer` sees it. */
  as(viewer: Viewer): StorageAdapter;
  /** A pinned clock at the sample company's "today", noon UTC. */
  clock: () => Date;
}

export async function seededCompany(): Promise<SeededCompany> {
  const company = generateSampleCompany();
  const clock = () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`);
  const system = new MemoryAdapter({ clock });
  await seedStorage(system, company);
  return { company, system, as: (viewer) => system.withViewer(viewer), clock };
}
