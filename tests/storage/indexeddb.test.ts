import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import type { Draft, Entity, PersonalGoal, Recognition } from '../../src/core/types.js';
import type { ChangeEvent, StorageAdapter } from '../../src/storage/adapter.js';
import { runStorageConformance } from '../../src/testing.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb.js';
import { INDEXES, SCHEMA_VERSION, indexName } from '../../src/storage/idb-schema.js';

function uniqueName(purpose: string): string {
  return `goalpost-test-${purpose}-${crypto.randomUUID()}`;
}

runStorageConformance('IndexedDbAdapter', () => new IndexedDbAdapter({ dbName: uniqueName('conformance') }), {
  teardown: (adapter) => deleteDB((adapter as IndexedDbAdapter).dbName),
});

/** Opens a database with plain IndexedDB, as an older release or another library would. */
function rawOpen(name: string, version: number, upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result, request.transaction!);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`opening ${name} at version ${version} was blocked`));
  });
}

/** The indexes a database holds, as `name → key path`, per store. */
function indexesOf(db: IDBDatabase): Record<string, Record<string, string | string[]>> {
  const tx = db.transaction([...db.objectStoreNames], 'readonly');
  const result: Record<string, Record<string, string | string[]>> = {};
  for (const storeName of [...db.objectStoreNames]) {
    const store = tx.objectStore(storeName);
    result[storeName] = Object.fromEntries([...store.indexNames].map((name) => [name, store.index(name).keyPath]));
  }
  return result;
}

const CURRENT_INDEXES = Object.fromEntries(
  Object.entries(INDEXES).map(([store, keyPaths]) => [store, Object.fromEntries(keyPaths.map((keyPath) => [indexName(keyPath), [...keyPath]]))]),
);

const stamp = { createdAt: '2025-06-01T08:00:00.000Z', updatedAt: '2025-06-01T08:00:00.000Z', version: 3 };

/** A database exactly as the first release (schema version 1) left it. */
async function createVersion1Database(name: string): Promise<IDBDatabase> {
  return rawOpen(name, 1, (db) => {
    const stores: Record<string, string[]> = {
      people: ['teamId'], goals: ['ownerId'], plans: [], bookings: ['ownerId'], checkins: ['personId'], recognitions: ['teamId'],
    };
    for (const [storeName, indexes] of Object.entries(stores)) {
      const store = db.createObjectStore(storeName, { keyPath: 'id' });
      for (const field of indexes) store.createIndex(field, field);
    }
  });
}

async function writeVersion1Data(db: IDBDatabase): Promise<void> {
  const tx = db.transaction(['people', 'goals', 'recognitions', 'bookings'], 'readwrite');
  const people = tx.objectStore('people');
  people.put({ id: 'maya', name: 'Maya', role: 'manager', teamId: 'east', ...stamp });
  people.put({ id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east', managerId: 'maya', ...stamp });
  people.put({ id: 'tess', name: 'Tess', role: 'rep', teamId: 'east', managerId: 'maya', ...stamp });
  const goal = {
    ownerId: 'ravi', why: 'Because', category: 'home', writtenOn: '2025-05-01', fundingShare: 0.3, milestones: [], status: 'active', cadence: 'monthly', ...stamp,
  };
  tx.objectStore('goals').put({ ...goal, id: 'g-shared', title: 'Shared with Maya', sharedWithManager: true });
  tx.objectStore('goals').put({ ...goal, id: 'g-kept', title: 'Kept to myself', sharedWithManager: false });
  tx.objectStore('goals').put({ ...goal, id: 'g-unsaid', title: 'Never said' });
  for (let index = 0; index < 5; index += 1) {
    tx.objectStore('recognitions').put({
      id: `r-${index}`, authorId: 'tess', recipientIds: ['ravi'], teamId: 'east', kind: 'kudos', message: `Thanks #${index}`, values: [],
      audience: 'team', postedAt: `2025-05-0${index + 1}T09:00:00.000Z`, reactions: {}, ...stamp,
    });
  }
  tx.objectStore('bookings').put({ id: 'b-1', ownerId: 'ravi', amount: { amount: 100_000, currency: 'USD' }, closedOn: '2025-05-20', label: 'Old deal', ...stamp });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

describe('IndexedDbAdapter: schema and migrations', () => {
  const names: string[] = [];
  const adapters: StorageAdapter[] = [];
  const track = (adapter: IndexedDbAdapter) => {
    names.push(adapter.dbName);
    adapters.push(adapter);
    return adapter;
  };

  afterEach(async () => {
    await Promise.all(adapters.splice(0).map((adapter) => adapter.close()));
    await Promise.all(names.splice(0).map((name) => deleteDB(name)));
  });

  it('creates a new database at the current version with an index for every widget query', async () => {
    const store = track(new IndexedDbAdapter({ dbName: uniqueName('fresh') }));
    await store.list('people');
    await store.close();
    const db = await rawOpen(store.dbName, SCHEMA_VERSION);
    try {
      expect(db.version).to.equal(SCHEMA_VERSION);
      expect(indexesOf(db)).to.deep.equal(CURRENT_INDEXES);
    } finally {
      db.close();
    }
  });

  it('migrates a version 1 database: data converted, new store and indexes in place', async () => {
    const name = uniqueName('v1');
    names.push(name);
    const old = await createVersion1Database(name);
    await writeVersion1Data(old);
    old.close();

    const store = track(new IndexedDbAdapter({ dbName: name }));
    const goals = (await store.list('goals')).items as PersonalGoal[];
    expect(goals.map((goal) => [goal.id, goal.visibility])).to.deep.equal([
      ['g-kept', 'private'], ['g-shared', 'manager'], ['g-unsaid', 'private'],
    ]);
    expect(goals.every((goal) => !('sharedWithManager' in goal))).to.equal(true);
    // Migration does not count as a write: versions and timestamps are as they were.
    expect(goals.map((goal) => [goal.version, goal.updatedAt])).to.deep.equal(goals.map(() => [3, stamp.updatedAt]));

    const feed = await store.list('recognitions', { where: { teamId: 'east' }, orderBy: 'postedAt', direction: 'desc', limit: 3 });
    expect(feed.items.map((post) => post.id)).to.deep.equal(['r-4', 'r-3', 'r-2']);
    const post = feed.items[0] as Recognition;
    expect([post.fromId, post.toIds, 'authorId' in post, 'recipientIds' in post]).to.deep.equal(['tess', ['ravi'], false, false]);

    // The new store works, and converted records take ordinary writes.
    const profile = await store.put('profiles', {
      ownerId: 'ravi', drivers: { money: 50, winning: 50, recognition: 50, growth: 50, purpose: 50 }, recognitionPreference: 'public',
      leaderboard: 'named', autoCelebrate: false, coachingNote: '',
    });
    expect(profile.version).to.equal(1);
    const shared = goals.find((goal) => goal.id === 'g-shared')!;
    expect((await store.put('goals', { ...shared, status: 'paused' })).version).to.equal(4);

    // Privacy follows the converted visibility.
    const maya = store.withViewer({ personId: 'maya', role: 'manager' });
    expect((await maya.list('goals')).items.map((goal) => goal.id)).to.deep.equal(['g-shared']);

    await store.close();
    const db = await rawOpen(name, SCHEMA_VERSION);
    try {
      expect(indexesOf(db), 'a migrated database has the same indexes as a new one').to.deep.equal(CURRENT_INDEXES);
    } finally {
      db.close();
    }
  });
});

describe('IndexedDbAdapter: sharing the database with other tabs and versions', () => {
  const names: string[] = [];
  const adapters: StorageAdapter[] = [];
  const open = (name: string) => {
    const adapter = new IndexedDbAdapter({ dbName: name });
    adapters.push(adapter);
    return adapter;
  };
  const fresh = (purpose: string) => {
    const name = uniqueName(purpose);
    names.push(name);
    return name;
  };

  afterEach(async () => {
    await Promise.all(adapters.splice(0).map((adapter) => adapter.close()));
    await Promise.all(names.splice(0).map((name) => deleteDB(name)));
  });

  it('lets go of the database when a newer version opens, and then asks for a reload', async () => {
    const name = fresh('newer');
    const store = open(name);
    await store.put('people', { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east' });

    // A newer release in another tab upgrades the schema: it must not be blocked by this tab.
    const newer = await rawOpen(name, SCHEMA_VERSION + 1);
    newer.close();

    const error = await store.get('people', 'ravi').catch((failure: unknown) => failure);
    expect(error).to.have.property('code', 'unavailable');
    expect((error as Error).message).to.match(/newer version of Goalpost/);
  });

  it('reopens by itself after letting go, when the database is still usable', async () => {
    const name = fresh('reopen');
    const store = open(name);
    await store.put('people', { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east' });
    // Deleting needs every connection closed; the adapter lets go rather than block it.
    await deleteDB(name, { blocked: () => expect.fail('deleting the database was blocked by the adapter') });
    await store.put('people', { id: 'tess', name: 'Tess', role: 'rep', teamId: 'east' });
    expect((await store.list('people')).items.map((person) => person.id)).to.deep.equal(['tess']);
  });

  it('reports an older connection that will not let go as unavailable, then recovers once it does', async () => {
    const name = fresh('blocked');
    const stubborn = await createVersion1Database(name);
    // No versionchange handler: this connection never lets go by itself.
    const error = await open(name).list('people').catch((failure: unknown) => failure);
    expect(error).to.have.property('code', 'unavailable');
    expect((error as Error).message).to.match(/another tab/);
    stubborn.close();
    const later = open(name);
    expect((await later.list('people')).items).to.deep.equal([]);
  });

  it('never falls back to memory for a blocked or newer database: its saved data must not be hidden', async () => {
    const name = fresh('blocked-fallback');
    const stubborn = await createVersion1Database(name);
    const store = new IndexedDbAdapter({ dbName: name, fallback: 'memory' });
    adapters.push(store);
    const error = await store.list('people').catch((failure: unknown) => failure);
    expect(error).to.have.property('code', 'unavailable');
    expect(store.fallback).to.equal(undefined);
    stubborn.close();
    await store.put('people', { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east' });
    expect((await store.list('people')).items.map((person) => person.id)).to.deep.equal(['ravi']);
    expect(store.fallback).to.equal(undefined);
  });

  it('announces changes to another adapter on the same database as other-tab', async () => {
    const name = fresh('tabs');
    const here = open(name);
    const there = open(name);
    const heard: ChangeEvent[] = [];
    there.subscribe((change) => heard.push(change));
    const ravi = await here.put('people', { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east' });
    await waitFor(() => heard.length === 1);
    expect(heard[0]).to.deep.equal({ collection: 'people', id: 'ravi', type: 'put', version: 1, origin: 'other-tab' });
    expect(await there.get('people', 'ravi')).to.deep.equal(ravi);
  });

  it('filters other tabs’ changes for the viewer, and sees their changes to people at once', async () => {
    const name = fresh('tabs-privacy');
    const here = open(name);
    const there = open(name);
    await here.batch([
      { type: 'put', collection: 'people', record: { id: 'maya', name: 'Maya', role: 'manager', teamId: 'east' } },
      { type: 'put', collection: 'people', record: { id: 'mo', name: 'Mo', role: 'manager', teamId: 'west' } },
      { type: 'put', collection: 'people', record: { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east', managerId: 'maya' } },
      { type: 'put', collection: 'people', record: { id: 'tess', name: 'Tess', role: 'rep', teamId: 'east', managerId: 'maya' } },
    ]);
    const maya = there.withViewer({ personId: 'maya', role: 'manager' });
    const mo = there.withViewer({ personId: 'mo', role: 'manager' });
    const tessHeard: string[] = [];
    there.withViewer({ personId: 'tess', role: 'rep' }).subscribe((change) => tessHeard.push(change.id), { collections: ['goals'] });
    const goal: Omit<Draft<PersonalGoal>, 'visibility'> = {
      ownerId: 'ravi', title: 'Boat', why: 'Fishing', category: 'experience', writtenOn: '2026-01-01', fundingShare: 0.1, milestones: [],
      status: 'active', cadence: 'monthly',
    };
    await here.put('goals', { ...goal, id: 'g-private', visibility: 'private' });
    await here.put('goals', { ...goal, id: 'g-team', visibility: 'team' });
    await waitFor(() => tessHeard.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tessHeard).to.deep.equal(['g-team']);

    expect((await maya.list('goals')).items.map((item) => item.id)).to.deep.equal(['g-team']);
    // Ravi moves to Mo's team in the other tab: the people cache here must not keep Maya as his manager.
    const heardPeople: string[] = [];
    there.subscribe((change) => heardPeople.push(change.id), { collections: ['people'] });
    const ravi = await here.get('people', 'ravi');
    await here.put('people', { ...ravi, teamId: 'west', managerId: 'mo' });
    await waitFor(() => heardPeople.includes('ravi'));
    expect((await maya.list('goals')).items.map((item) => item.id)).to.deep.equal([]);
    expect((await mo.list('goals')).items.map((item) => item.id)).to.deep.equal(['g-team']);
  });
});

describe('IndexedDbAdapter: errors and queries', () => {
  let store: IndexedDbAdapter;
  const restore: Array<() => void> = [];

  function replace<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    const original = target[key];
    target[key] = value;
    restore.push(() => {
      target[key] = original;
    });
  }

  beforeEach(() => {
    store = new IndexedDbAdapter({ dbName: uniqueName('errors') });
  });

  afterEach(async () => {
    restore.splice(0).reverse().forEach((undo) => undo());
    await store.close();
    await deleteDB(store.dbName);
  });

  it('maps a full disk to QuotaExceededError and keeps what was saved', async () => {
    const ravi = await store.put('people', { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east' });
    replace(IDBObjectStore.prototype, 'put', function put(this: IDBObjectStore): IDBRequest<IDBValidKey> {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await store.put('people', { ...ravi, name: 'Ravi S.' }).catch((failure: unknown) => failure);
    expect(error).to.have.property('code', 'quota-exceeded');
    restore.splice(0).forEach((undo) => undo());
    expect(await store.get('people', 'ravi')).to.deep.equal(ravi);
  });

  it('maps a quota failure found only at commit to QuotaExceededError', async () => {
    await store.list('people');
    // The browser may accept each request and refuse the transaction as it commits.
    const realTransaction = IDBDatabase.prototype.transaction;
    replace(IDBDatabase.prototype, 'transaction', function transaction(this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = realTransaction.apply(this, args);
      if (args[1] === 'readwrite') {
        Object.defineProperty(tx, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
        tx.objectStore('people').put({ id: 'sentinel' }).onsuccess = () => tx.abort();
      }
      return tx;
    } as IDBDatabase['transaction']);
    const error = await store.put('people', { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east' }).catch((failure: unknown) => failure);
    expect(error).to.have.property('code', 'quota-exceeded');
    restore.splice(0).forEach((undo) => undo());
    expect((await store.list('people')).items).to.deep.equal([]);
  });

  it('maps a browser that refuses storage to UnavailableError', async () => {
    replace(IDBFactory.prototype, 'open', function refuse(): IDBOpenDBRequest {
      throw new DOMException('Access to storage is not allowed from this context.', 'SecurityError');
    });
    const error = await store.list('people').catch((failure: unknown) => failure);
    expect(error).to.have.property('code', 'unavailable');
  });

  it('falls back to memory when asked and storage is refused, says so once, and keeps working', async () => {
    replace(IDBFactory.prototype, 'open', function refuse(): IDBOpenDBRequest {
      throw new DOMException('Access to storage is not allowed from this context.', 'SecurityError');
    });
    const fallbackStore = new IndexedDbAdapter({ dbName: uniqueName('fallback'), fallback: 'memory' });
    const heard: string[] = [];
    fallbackStore.onFallback((fallback) => heard.push(fallback.kind));
    const maya = fallbackStore.withViewer({ personId: 'maya', role: 'rep' });
    expect(fallbackStore.fallback).to.equal(undefined);
    await fallbackStore.put('people', { id: 'maya', name: 'Maya', role: 'rep', teamId: 'east' });
    await maya.put('goals', {
      id: 'g-1', ownerId: 'maya', title: 'Lake-house deposit', why: 'Summers with the kids', category: 'home', status: 'active',
      visibility: 'private', fundingShare: 0.1, milestones: [], cadence: 'monthly', writtenOn: '2026-11-01',
    } as Draft<PersonalGoal>);
    expect(heard).to.deep.equal(['memory']);
    expect(fallbackStore.fallback?.kind).to.equal('memory');
    expect(maya.fallback?.kind, 'every view of the store knows').to.equal('memory');
    expect((await maya.get('goals', 'g-1') as PersonalGoal).title).to.equal('Lake-house deposit');
    // Privacy still holds on the stand-in.
    const error = await fallbackStore.withViewer({ personId: 'tess', role: 'rep' }).get('goals', 'g-1').catch((failure: unknown) => failure);
    expect(error).to.have.property('code', 'not-found');
    await fallbackStore.close();
  });

  it('serves the newest 50 posts of one team through the team+postedAt index', async () => {
    const teams = ['east', 'west', 'north'];
    // Tess is on team west, so she sees west's team posts and no other team's.
    await store.batch([['maya', 'east'], ['ravi', 'east'], ['tess', 'west']].map(([id, teamId]) => ({
      type: 'put', collection: 'people', record: { id: id!, name: id!, role: 'rep', teamId: teamId! },
    } as const)));
    const posts: Recognition[] = [];
    for (let index = 0; index < 600; index += 1) {
      const minute = (index * 7919) % 600; // shuffled times, each used once
      posts.push({
        id: `post-${String(index).padStart(4, '0')}`, fromId: 'maya', toIds: ['ravi'], teamId: teams[index % 3]!, kind: 'win',
        message: `Deal ${index}`, values: [], audience: 'team', reactions: {},
        postedAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(), ...stamp, version: 1,
      });
    }
    await store.batch(posts.map((record) => ({ type: 'put', collection: 'recognitions', record: { ...record, version: undefined } } as const)));
    const expected = posts.filter((post) => post.teamId === 'west').sort((a, b) => (a.postedAt < b.postedAt ? 1 : -1)).map((post) => post.id);

    const cursors: string[] = [];
    const scans: string[] = [];
    const realOpenCursor = IDBIndex.prototype.openCursor;
    replace(IDBIndex.prototype, 'openCursor', function openCursor(this: IDBIndex, ...args: Parameters<IDBIndex['openCursor']>) {
      cursors.push(this.name);
      return realOpenCursor.apply(this, args);
    } as IDBIndex['openCursor']);
    const realGetAll = IDBObjectStore.prototype.getAll;
    replace(IDBObjectStore.prototype, 'getAll', function getAll(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      if (this.name === 'recognitions') scans.push(this.name);
      return realGetAll.apply(this, args);
    } as IDBObjectStore['getAll']);

    const viewer = store.withViewer({ personId: 'tess', role: 'rep' });
    const first = await viewer.list('recognitions', { where: { teamId: 'west' }, orderBy: 'postedAt', direction: 'desc', limit: 50 });
    expect(first.items.map((post) => post.id)).to.deep.equal(expected.slice(0, 50));
    const second = await viewer.list('recognitions', { where: { teamId: 'west' }, orderBy: 'postedAt', direction: 'desc', limit: 50, cursor: first.nextCursor! });
    expect(second.items.map((post) => post.id)).to.deep.equal(expected.slice(50, 100));
    expect(cursors).to.include('teamId+postedAt');
    expect(scans, 'no full scan of the recognitions store').to.deep.equal([]);
  });

  it('pages stably through many records that share one order value', async () => {
    await store.put('people', { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east' });
    const ids: string[] = [];
    const ops = [];
    for (let index = 0; index < 40; index += 1) {
      const id = `b-${crypto.randomUUID()}`;
      ids.push(id);
      ops.push({ type: 'put', collection: 'bookings', record: { id, ownerId: 'ravi', amount: { amount: 100 + index, currency: 'USD' }, closedOn: index < 30 ? '2026-03-01' : '2026-03-02', label: `Deal ${index}` } } as const);
    }
    await store.batch(ops);
    for (const direction of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.list('bookings', { where: { ownerId: 'ravi' }, orderBy: 'closedOn', direction, limit: 7, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      const all = (await store.list('bookings', { where: { ownerId: 'ravi' }, orderBy: 'closedOn', direction })).items.map((item) => item.id);
      expect(seen, direction).to.deep.equal(all);
      expect(new Set(seen).size).to.equal(40);
    }
  });

  it('gives the same answers with and without an index', async () => {
    await store.put('people', { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east' });
    const records: Entity[] = await store.batch(Array.from({ length: 60 }, (_, index) => ({
      type: 'put', collection: 'checkins', record: {
        personId: ['ravi', 'tess', 'uma'][index % 3]!, authorId: 'maya', date: `2026-0${1 + (index % 6)}-1${index % 10}`,
        note: `Note ${index}`, confidence: (1 + (index % 5)) as 1 | 2 | 3 | 4 | 5, blockers: '', commitment: '', nextDueOn: '2026-12-31',
        ...(index % 4 === 0 ? { goalId: `g-${index % 8}` } : {}),
      },
    } as const)));
    const queries = [
      { where: { personId: 'tess' }, orderBy: 'date', direction: 'desc' },
      { where: { personId: 'tess' }, range: { field: 'date', gte: '2026-03-01', lt: '2026-05-15' } },
      { where: { personId: 'tess', date: '2026-02-11' } },
      { where: { goalId: 'g-4' }, orderBy: 'date' },
      { range: { field: 'date', gt: '2026-04-10' }, orderBy: 'confidence', direction: 'desc' },
      { where: { confidence: 3 }, orderBy: 'date' },
      { range: { field: 'date', gte: 5 } },
    ] as const;
    for (const query of queries) {
      const listed = (await store.list('checkins', query)).items.map((item) => item.id);
      const byHand = records.filter((record) => matches(record, query)).sort((a, b) => order(a, b, query)).map((record) => record.id);
      expect(listed, JSON.stringify(query)).to.deep.equal(byHand);
    }
  });
});

type Query = { where?: Record<string, unknown>; range?: { field: string; gt?: unknown; gte?: unknown; lt?: unknown; lte?: unknown }; orderBy?: string; direction?: 'asc' | 'desc' };

function matches(record: Entity, query: Query): boolean {
  const fields = record as unknown as Record<string, unknown>;
  if (query.where && Object.entries(query.where).some(([key, value]) => fields[key] !== value)) return false;
  if (query.range) {
    const value = fields[query.range.field] as string;
    const { gt, gte, lt, lte } = query.range;
    for (const bound of [gt, gte, lt, lte]) if (bound !== undefined && typeof bound !== typeof value) return false;
    if (gt !== undefined && !(value > (gt as string))) return false;
    if (gte !== undefined && !(value >= (gte as string))) return false;
    if (lt !== undefined && !(value < (lt as string))) return false;
    if (lte !== undefined && !(value <= (lte as string))) return false;
  }
  return true;
}

function order(a: Entity, b: Entity, query: Query): number {
  const sign = query.direction === 'desc' ? -1 : 1;
  if (query.orderBy) {
    const x = (a as unknown as Record<string, string>)[query.orderBy]!;
    const y = (b as unknown as Record<string, string>)[query.orderBy]!;
    if (x !== y) return sign * (x < y ? -1 : 1);
  }
  return sign * (a.id < b.id ? -1 : 1);
}

async function waitFor(condition: () => boolean, timeout = 2000): Promise<void> {
  const until = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
