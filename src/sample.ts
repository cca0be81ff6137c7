/**
 * The sample company the demo and stories use, for trying Goalpost before real data is wired:
 * 38 people on two teams with plans, deals, goals, check-ins and recognition, generated the
 * same way every time for a given seed. Import it only where you want it; it is not part of
 * the elements.
 *
 * ```ts
 * import { MemoryAdapter } from 'goalpost';
 * import { seedSampleCompany, SAMPLE_IDS } from 'goalpost/sample';
 * const storage = new MemoryAdapter();
 * await seedSampleCompany(storage);
 * provider.storage = storage; // then viewer-id="person-maya-okafor"
 * ```
 */
import { generateSampleCompany, SAMPLE_TEAM_IDS, SAMPLE_TODAY } from './core/sample-data.js';
import type { SampleCompanyOptions } from './core/sample-data.js';
import { seedStorage } from './core/seed.js';
import type { StorageAdapter } from './storage/adapter.js';

export { generateSampleCompany, seedStorage, SAMPLE_TODAY };
export type { SampleCompany, SampleCompanyOptions } from './core/sample-data.js';

/** Ids in the sample company that pages and examples refer to. */
export const SAMPLE_IDS = {
  /** Maya Okafor, a senior account executive: the rep whose view the demo opens. */
  rep: 'person-maya-okafor',
  /** Dana Whitfield, Maya's manager. */
  manager: 'person-dana-whitfield',
  /** Maya's lake-house deposit, shared with Dana. */
  goal: 'goal-maya-okafor-1',
  /** Dana's team. */
  team: SAMPLE_TEAM_IDS.west,
} as const;

/**
 * Writes the sample company into `storage`, which must write as the system (a new
 * `MemoryAdapter` or `IndexedDbAdapter` does; a `withViewer(...)` view does not). Records that
 * already exist are left as they are. `today` moves the whole company's dates (default: now).
 */
export async function seedSampleCompany(storage: StorageAdapter, options: SampleCompanyOptions = {}): Promise<void> {
  await seedStorage(storage, generateSampleCompany({ today: new Date().toISOString().slice(0, 10), ...options }));
}
