/**
 * IndexedDB answers list queries through whichever index fits, or by scanning; memory always
 * filters and sorts by hand. For any data and any query they must agree on every page.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { deleteDB } from 'idb';
import type { Booking, Draft } from '../../src/core/types.js';
import type { ListQuery, StorageAdapter } from '../../src/storage/adapter.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb.js';
import { MemoryAdapter } from '../../src/storage/memory.js';

const OWNERS = ['ravi', 'tess', 'uma'];
const DATES = ['2026-01-05', '2026-01-20', '2026-02-01', '2026-02-14', '2026-03-30'];
const LABELS = ['Contoso', 'Fabrikam', 'Northwind'];

const bookingArb = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
  ownerId: fc.constantFrom(...OWNERS),
  closedOn: fc.constantFrom(...DATES),
  label: fc.constantFrom(...LABELS),
  amount: fc.integer({ min: 1, max: 9 }),
});

// Bounds fall exactly on stored values most of the time, where inclusive and exclusive differ.
const boundArb = fc.option(fc.constantFrom(...DATES, '2026-01-31'), { nil: undefined, freq: 2 });
const labelBoundArb = fc.option(fc.constantFrom(...LABELS, 'Dunder'), { nil: undefined, freq: 2 });
const ownerBoundArb = fc.option(fc.constantFrom(...OWNERS), { nil: undefined, freq: 2 });

// Shapes chosen to reach every plan: an ordered compound index, a prefix with a range, a full
// key, narrowing without order, and the whole store in id order or sorted.
const queryArb: fc.Arbitrary<ListQuery<Booking>> = fc.record(
  {
    where: fc.oneof(
      fc.record({ ownerId: fc.constantFrom(...OWNERS) }),
      fc.record({ ownerId: fc.constantFrom(...OWNERS), closedOn: fc.constantFrom(...DATES) }),
      fc.record({ ownerId: fc.constantFrom(...OWNERS), label: fc.constantFrom(...LABELS) }),
      fc.record({ label: fc.constantFrom(...LABELS) }),
    ),
    range: fc.oneof(
      { weight: 3, arbitrary: fc.record({ field: fc.constant('closedOn' as const), gt: boundArb, gte: boundArb, lt: boundArb, lte: boundArb }) },
      { weight: 1, arbitrary: fc.record({ field: fc.constant('label' as const), gt: labelBoundArb, gte: labelBoundArb, lt: labelBoundArb, lte: labelBoundArb }) },
      // A range on the first field of a compound index, with more fields after it.
      { weight: 1, arbitrary: fc.record({ field: fc.constant('ownerId' as const), gt: ownerBoundArb, gte: ownerBoundArb, lt: ownerBoundArb, lte: ownerBoundArb }) },
    ),
    orderBy: fc.constantFrom('closedOn' as const, 'label' as const, 'ownerId' as const, 'id' as const),
    direction: fc.constantFrom('asc' as const, 'desc' as const),
    limit: fc.integer({ min: 1, max: 4 }),
  },
  { requiredKeys: [] },
);

/** Every page of a query, as lists of ids. */
async function pages(store: StorageAdapter, query: ListQuery<Booking>): Promise<string[][]> {
  const result: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list('bookings', cursor === undefined ? query : { ...query, cursor });
    result.push(page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor !== undefined && result.length < 100);
  return result;
}

describe('list queries: IndexedDB and memory agree', () => {
  it('on every page, for any bookings and any query', async function () {
    // Dozens of real IndexedDB databases: give a loaded CI machine room, without fewer cases.
    this.timeout(45_000);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(bookingArb, { selector: (booking) => booking.id, minLength: 5, maxLength: 40 }), fc.array(queryArb, { minLength: 4, maxLength: 10 }), async (bookings, queries) => {
        const memory = new MemoryAdapter();
        const indexed = new IndexedDbAdapter({ dbName: `goalpost-equivalence-${crypto.randomUUID()}` });
        try {
          const ops = bookings.map(({ amount, ...booking }) => ({
            type: 'put', collection: 'bookings', record: { ...booking, amount: { amount, currency: 'USD' } } satisfies Draft<Booking>,
          } as const));
          if (ops.length > 0) {
            await memory.batch(ops);
            await indexed.batch(ops);
          }
          for (const query of queries) {
            expect(await pages(indexed, query), JSON.stringify(query)).to.deep.equal(await pages(memory, query));
          }
        } finally {
          await indexed.close();
          await deleteDB(indexed.dbName);
        }
      }),
      { numRuns: 60 },
    );
  });
});
