/**
 * Walking a list page by page must show every record the viewer may see exactly once, in order,
 * however many damaged or hidden records lie between them: a page is read in trips, the first
 * asking for a page and one more, later ones (when records fell out) for more, and a trip may end
 * anywhere among ties. A page says another follows only when one does.
 */
import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { shapeProblems } from '../../src/core/shape.js';
import type { Person, Recognition } from '../../src/core/types.js';
import type { ListQuery, StorageAdapter } from '../../src/storage/adapter.js';
import type { BaseAdapter, RawBackend } from '../../src/storage/base-adapter.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb.js';
import { MemoryAdapter } from '../../src/storage/memory.js';

const stamp = { createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z', version: 1 };
const people: Person[] = [
  { ...stamp, id: 'maya', name: 'Maya Okafor', role: 'rep', teamId: 'west' },
  { ...stamp, id: 'omar', name: 'Omar Haddad', role: 'rep', teamId: 'west' },
  { ...stamp, id: 'lee', name: 'Lee Park', role: 'rep', teamId: 'east' },
];

type Kind = 'shown' | 'hidden' | 'damaged' | 'damaged-hidden' | 'other-team';

interface Post {
  record: Recognition;
  kind: Kind;
}

/** 300 posts; many share a time, ids do not follow time, and posts 100–239 (by time) are all damaged or hidden from Maya. */
function posts(): Post[] {
  let state = 7;
  const random = () => ((state = (state * 48271) % 2147483647) / 2147483647);
  return Array.from({ length: 300 }, (_, index) => {
    const roll = random();
    let kind: Kind;
    if (index >= 100 && index < 240) kind = roll < 0.6 ? 'hidden' : roll < 0.8 ? 'damaged' : 'damaged-hidden';
    else kind = roll < 0.5 ? 'shown' : roll < 0.65 ? 'hidden' : roll < 0.78 ? 'damaged' : roll < 0.9 ? 'damaged-hidden' : 'other-team';
    const record: Recognition = {
      ...stamp,
      id: `post-${String((index * 37) % 300).padStart(3, '0')}`,
      fromId: 'omar',
      toIds: ['lee'],
      teamId: kind === 'other-team' ? 'east' : 'west',
      kind: (['win', 'kudos', 'milestone'] as const)[index % 3]!,
      message: `Post ${index}`,
      values: [],
      // Only team posts reach Maya: she neither sent nor received the private ones.
      audience: kind === 'hidden' || kind === 'damaged-hidden' ? 'private' : 'team',
      // Four posts to a minute: ties everywhere, broken by id.
      postedAt: new Date(Date.UTC(2026, 10, 2, 9, Math.floor(index / 4))).toISOString(),
      reactions: {},
    };
    if (kind === 'damaged' || kind === 'damaged-hidden') (record as unknown as { reactions: null }).reactions = null;
    return { record, kind };
  });
}

const SINCE = new Date(Date.UTC(2026, 10, 2, 9, 20)).toISOString();
const queries: Array<ListQuery<Recognition>> = [
  { where: { teamId: 'west' }, orderBy: 'postedAt', direction: 'desc' },
  { where: { teamId: 'west', kind: 'win' }, orderBy: 'postedAt' },
  { where: { teamId: 'west' } },
  { where: { teamId: 'west' }, range: { field: 'postedAt', gte: SINCE }, orderBy: 'postedAt', direction: 'desc' },
];

/** The ids Maya should see for `query`, in its order, written out from the records. */
function expected(all: readonly Post[], query: ListQuery<Recognition>, kinds: readonly Kind[]): string[] {
  const chosen = all
    .filter(({ record, kind }) => kinds.includes(kind) && record.teamId === 'west')
    .map(({ record }) => record)
    .filter((record) => (query.where?.kind === undefined || record.kind === query.where.kind) && (query.range === undefined || record.postedAt >= SINCE));
  const key = (record: Recognition) => (query.orderBy === 'postedAt' ? `${record.postedAt} ${record.id}` : record.id);
  chosen.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  if (query.direction === 'desc') chosen.reverse();
  return chosen.map((record) => record.id);
}

interface Walk {
  ids: string[];
  sizes: number[];
  cursors: boolean[];
  damaged: number[];
}

async function walk(store: StorageAdapter, query: ListQuery<Recognition>, limit: number): Promise<Walk> {
  const result: Walk = { ids: [], sizes: [], cursors: [], damaged: [] };
  let cursor: string | undefined;
  do {
    const page = await store.list('recognitions', { ...query, limit, ...(cursor === undefined ? {} : { cursor }) });
    result.ids.push(...page.items.map((item) => item.id));
    result.sizes.push(page.items.length);
    result.cursors.push(page.nextCursor !== undefined);
    result.damaged.push(page.damaged ?? 0);
    cursor = page.nextCursor;
  } while (cursor !== undefined && result.sizes.length < 400);
  return result;
}

const adapters: Array<[string, () => BaseAdapter]> = [
  ['MemoryAdapter', () => new MemoryAdapter()],
  ['IndexedDbAdapter', () => new IndexedDbAdapter({ dbName: `goalpost-test-paging-${crypto.randomUUID()}` })],
];

for (const [name, open] of adapters) {
  describe(`${name}: paging through damaged and hidden records`, () => {
    const all = posts();
    let store: BaseAdapter;
    let maya: StorageAdapter;

    before(async () => {
      store = open();
      // Stored past every check, as an import or an older release could have left them.
      await (store as unknown as { backend: RawBackend }).backend.write(async (raw) => {
        for (const person of people) await raw.put('people', person);
        for (const { record } of all) await raw.put('recognitions', record);
      });
      maya = store.withViewer({ personId: 'maya', role: 'rep' });
    });

    after(async () => {
      await store.close();
      if (store instanceof IndexedDbAdapter) await deleteDB(store.dbName);
    });

    it('is set up with damaged posts the shape check refuses, and long runs of them', () => {
      const damaged = all.filter(({ kind }) => kind === 'damaged' || kind === 'damaged-hidden');
      expect(damaged.every(({ record }) => shapeProblems('recognitions', record).length > 0)).to.equal(true);
      expect(all.filter(({ kind }) => kind === 'shown').every(({ record }) => shapeProblems('recognitions', record).length === 0)).to.equal(true);
    });

    queries.forEach((query, number) => {
      it(`shows every visible post once, in order, with pages of 1 to 7 (query ${number + 1})`, async function () {
        this.timeout(30_000);
        const shown = expected(all, query, ['shown']);
        const damagedShown = expected(all, query, ['damaged']).length;
        expect(shown.length, 'posts Maya may see').to.be.greaterThan(10);
        expect(damagedShown, 'damaged posts Maya could have seen').to.be.greaterThan(3);
        for (let limit = 1; limit <= 7; limit += 1) {
          const pages = await walk(maya, query, limit);
          expect(pages.ids, `ids with pages of ${limit}`).to.deep.equal(shown);
          const full = Math.ceil(shown.length / limit);
          expect(pages.sizes.length, `pages of ${limit}`).to.equal(full);
          // Full pages, the last one not empty, and a cursor on every page but the last.
          expect(pages.sizes.slice(0, -1).every((size) => size === limit), `sizes with pages of ${limit}`).to.equal(true);
          expect(pages.sizes.at(-1), `last page with pages of ${limit}`).to.equal(shown.length - (full - 1) * limit);
          expect(pages.cursors, `cursors with pages of ${limit}`).to.deep.equal(pages.sizes.map((_, index) => index < full - 1));
          // Each damaged post Maya could see is reported once, on the page it lies in; none she could not.
          expect(pages.damaged.reduce((sum, count) => sum + count, 0), `damaged with pages of ${limit}`).to.equal(damagedShown);
        }
        // One page larger than everything: all of it, no cursor, every damaged post Maya could see.
        const one = await maya.list('recognitions', { ...query, limit: 1000 });
        expect([one.items.map((item) => item.id), one.nextCursor, one.damaged]).to.deep.equal([shown, undefined, damagedShown]);
        expect((await maya.list('recognitions', { ...query, limit: shown.length })).nextCursor, 'a page that ends exactly at the last post').to.equal(undefined);
      });
    });
  });
}
