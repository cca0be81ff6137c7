/**
 * IndexedDbAdapter against raw IndexedDB on the same data, in the same run. The raw database is
 * built here with the adapter's shape (stores keyed by `id`, indexes from idb-schema.ts), and
 * each measurement alternates which side goes first.
 */
import { generateSampleCompany, SAMPLE_TODAY } from '../src/core/sample-data.js';
import { seedStorage } from '../src/core/seed.js';
import { COLLECTIONS } from '../src/core/types.js';
import type { Entity, Recognition, RecognitionKind } from '../src/core/types.js';
import { INDEXES, indexName } from '../src/storage/idb-schema.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb.js';
import { Report, fmt, settle } from './support/stats.js';

const COUNT = 10_000;
const IMPORT_RUNS = 5;
const QUERY_RUNS = 9;
const QUERIES_PER_RUN = 20;
const GETS_PER_RUN = 50;
const TEAM = 'team-bulk';
const clock = () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`);

function bulkPosts(count: number): Recognition[] {
  const kinds: RecognitionKind[] = ['win', 'kudos', 'milestone'];
  const start = Date.parse('2026-11-27T09:00:00.000Z');
  const stamp = clock().toISOString();
  return Array.from({ length: count }, (_, i) => ({
    id: `bulk-${String(i).padStart(5, '0')}`,
    fromId: 'person-dana-whitfield',
    toIds: ['person-jordan-reyes'],
    teamId: TEAM,
    kind: kinds[i % kinds.length]!,
    message: `Bulk post number ${i}`,
    values: [],
    audience: 'team' as const,
    postedAt: new Date(start - i * 60_000).toISOString(),
    reactions: {},
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
  }));
}

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });

async function deleteDb(name: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

/** A raw database with the adapter's stores and indexes. */
async function openRaw(name: string): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => {
    const db = req.result;
    for (const collection of COLLECTIONS) {
      const store = db.createObjectStore(collection, { keyPath: 'id' });
      for (const keyPath of INDEXES[collection]) store.createIndex(indexName(keyPath), [...keyPath]);
    }
  };
  return request(req);
}

async function rawImport(db: IDBDatabase, collection: string, records: readonly object[]): Promise<void> {
  const tx = db.transaction(collection, 'readwrite');
  const store = tx.objectStore(collection);
  for (const record of records) store.put(record);
  await done(tx);
}

async function rawNewest(db: IDBDatabase, teamId: string, limit: number): Promise<Recognition[]> {
  const tx = db.transaction('recognitions', 'readonly');
  const index = tx.objectStore('recognitions').index(indexName(['teamId', 'postedAt']));
  const out: Recognition[] = [];
  await new Promise<void>((resolve, reject) => {
    const req = index.openCursor(IDBKeyRange.bound([teamId], [teamId, []]), 'prev');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || out.length >= limit) return resolve();
      out.push(cursor.value as Recognition);
      if (out.length >= limit) return resolve();
      cursor.continue();
    };
  });
  return out;
}

async function rawGet(db: IDBDatabase, collection: string, id: string): Promise<unknown> {
  return request(db.transaction(collection, 'readonly').objectStore(collection).get(id));
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Runs both sides, alternating which goes first; returns [subject, baseline] times. */
async function pair(run: number, subject: () => Promise<unknown>, baseline: () => Promise<unknown>): Promise<[number, number]> {
  if (run % 2 === 0) {
    const s = await time(subject);
    const b = await time(baseline);
    return [s, b];
  }
  const b = await time(baseline);
  const s = await time(subject);
  return [s, b];
}

describe('bench: IndexedDB adapter vs raw IndexedDB', () => {
  const report = new Report(`IndexedDbAdapter vs raw IndexedDB (${COUNT.toLocaleString('en-US')} recognitions)`);

  after(() => report.print());

  it('bulk import: adapter.batch vs one raw transaction', async () => {
    const posts = bulkPosts(COUNT);
    const drafts = posts.map(({ version: _v, createdAt: _c, updatedAt: _u, ...rest }) => rest);
    const adapterTimes: number[] = [];
    const rawTimes: number[] = [];
    // One untimed round first: Chromium's IndexedDB backend warms up on its first big write.
    for (let run = -1; run < IMPORT_RUNS; run += 1) {
      const a = `bench-adapter-import-${run + 1}`;
      const r = `bench-raw-import-${run + 1}`;
      await deleteDb(a);
      await deleteDb(r);
      const adapter = new IndexedDbAdapter({ dbName: a, clock });
      await adapter.list('goals', { limit: 1 }); // opens and creates the database, untimed
      const raw = await openRaw(r);
      await settle();
      const [s, b] = await pair(
        run + 1,
        () => adapter.batch(drafts.map((record) => ({ type: 'put' as const, collection: 'recognitions' as const, record, expectedVersion: 0 }))),
        () => rawImport(raw, 'recognitions', posts),
      );
      if (run >= 0) {
        adapterTimes.push(s);
        rawTimes.push(b);
      }
      await adapter.close();
      raw.close();
      await deleteDb(a);
      await deleteDb(r);
    }
    const ratio = report.paired({
      name: `bulk import of ${COUNT.toLocaleString('en-US')}`, subject: 'adapter.batch', baseline: 'raw one tx', unit: ' ms',
      subjectValues: adapterTimes, baselineValues: rawTimes, ratioLabel: 'adapter/raw',
    });
    report.target('bulk import ≤ 1.25× raw', `${fmt(ratio.median)}×`, '≤ 1.25×', ratio.median <= 1.25);
  });

  it('newest 50 of one team, and one goal by id', async () => {
    const company = generateSampleCompany();
    const posts = bulkPosts(COUNT);
    await deleteDb('bench-adapter-read');
    await deleteDb('bench-raw-read');
    const adapter = new IndexedDbAdapter({ dbName: 'bench-adapter-read', clock });
    await seedStorage(adapter, company);
    await adapter.batch(posts.map(({ version: _v, createdAt: _c, updatedAt: _u, ...record }) => ({ type: 'put' as const, collection: 'recognitions' as const, record, expectedVersion: 0 })));
    const raw = await openRaw('bench-raw-read');
    for (const collection of COLLECTIONS) {
      // The adapter's own stored records, so both databases hold identical data.
      const stored = (await adapter.list(collection)).items as Entity[];
      await rawImport(raw, collection, stored);
    }

    // Both sides answer the same question.
    const viaAdapter = (await adapter.list('recognitions', { where: { teamId: TEAM }, orderBy: 'postedAt', direction: 'desc', limit: 50 })).items;
    const viaRaw = await rawNewest(raw, TEAM, 50);
    if (JSON.stringify(viaAdapter.map((p) => p.id)) !== JSON.stringify(viaRaw.map((p) => p.id))) throw new Error('adapter and raw disagree on the newest 50');
    const goalId = company.goals[0]!.id;

    for (const [label, teamId] of [[`newest 50 of ${TEAM} (10,000 posts)`, TEAM], ['newest 50 of team-west (sample)', 'team-west']] as const) {
      const adapterTimes: number[] = [];
      const rawTimes: number[] = [];
      for (let run = -1; run < QUERY_RUNS; run += 1) {
        await settle();
        const [s, b] = await pair(
          run + 1,
          async () => {
            for (let i = 0; i < QUERIES_PER_RUN; i += 1) await adapter.list('recognitions', { where: { teamId }, orderBy: 'postedAt', direction: 'desc', limit: 50 });
          },
          async () => {
            for (let i = 0; i < QUERIES_PER_RUN; i += 1) await rawNewest(raw, teamId, 50);
          },
        );
        if (run >= 0) {
          adapterTimes.push(s / QUERIES_PER_RUN);
          rawTimes.push(b / QUERIES_PER_RUN);
        }
      }
      const ratio = report.paired({
        name: `${label}, per query`, subject: 'adapter.list', baseline: 'raw index cursor', unit: ' ms',
        subjectValues: adapterTimes, baselineValues: rawTimes, ratioLabel: 'adapter/raw',
      });
      if (teamId === TEAM) report.target('newest 50 ≤ 1.5× raw', `${fmt(ratio.median)}×`, '≤ 1.5×', ratio.median <= 1.5);
    }

    const adapterGets: number[] = [];
    const rawGets: number[] = [];
    for (let run = -1; run < QUERY_RUNS; run += 1) {
      await settle();
      const [s, b] = await pair(
        run + 1,
        async () => {
          for (let i = 0; i < GETS_PER_RUN; i += 1) await adapter.get('goals', goalId);
        },
        async () => {
          for (let i = 0; i < GETS_PER_RUN; i += 1) await rawGet(raw, 'goals', goalId);
        },
      );
      if (run >= 0) {
        adapterGets.push(s / GETS_PER_RUN);
        rawGets.push(b / GETS_PER_RUN);
      }
    }
    report.paired({
      name: 'one goal by id, per get', subject: 'adapter.get', baseline: 'raw store.get', unit: ' ms',
      subjectValues: adapterGets, baselineValues: rawGets, ratioLabel: 'adapter/raw',
    });

    await adapter.close();
    raw.close();
    await deleteDb('bench-adapter-read');
    await deleteDb('bench-raw-read');
  });
});
