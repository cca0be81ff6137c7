/**
 * Writes a generated company into any storage adapter in one batch per collection, so the demo,
 * stories, tests and benchmarks start from the same data.
 */
import type { CollectionName, Entity } from './types.js';
import type { SampleCompany } from './sample-data.js';

/** The narrow part of a storage adapter seeding needs, so core does not depend on storage. */
export interface BatchWriter {
  // Method syntax on purpose: any adapter's typed `batch` fits this shape.
  batch(ops: readonly unknown[]): Promise<unknown>;
}

const ORDER: readonly CollectionName[] = ['people', 'plans', 'profiles', 'goals', 'bookings', 'checkins', 'recognitions'];

export async function seedStorage(storage: BatchWriter, company: SampleCompany): Promise<void> {
  for (const collection of ORDER) {
    const records = company[collection] as readonly Entity[];
    // expectedVersion 0: seeding never overwrites what a person already saved.
    await storage.batch(records.map((record) => ({ type: 'put' as const, collection, record: withoutVersion(record), expectedVersion: 0 })));
  }
}

/** A stored record as a create: the store assigns version 1 itself. */
function withoutVersion(record: Entity): object {
  const { version: _version, ...rest } = record;
  return rest;
}
