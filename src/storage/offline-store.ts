/**
 * What the HTTP adapter keeps on the device, in IndexedDB through `idb`:
 *
 * - the outbox: writes not yet confirmed by the server, in the order they were made, written
 *   before they are sent (a write-ahead log), so a reload or a crash loses none of them;
 * - issues: waiting writes the server refused, kept with both versions until someone decides;
 * - a read cache: each viewer's last-read copy of every record, already filtered for that
 *   viewer, so reads keep working offline without one viewer ever reading another's copy.
 *
 * Where IndexedDB is missing or refuses to open (some private modes), the same store lives in
 * memory and says so (`durable: false`): writes still queue, they just do not survive a reload.
 */
import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';
import type { CollectionName, Entity, Id, Viewer } from '../core/types.js';
import type { SyncIssue } from './sync-state.js';

export type OutboxOp =
  | { type: 'put'; collection: CollectionName; record: Record<string, unknown> & { id: Id }; expectedVersion: number }
  | { type: 'delete'; collection: CollectionName; id: Id; expectedVersion?: number };

export interface OutboxEntry {
  /** Position in the outbox, assigned when stored; writes are sent in this order. */
  seq: number;
  /** The `Idempotency-Key`: the same on every attempt, across reloads. */
  key: string;
  viewer: Viewer | null;
  /** Sent as one all-or-nothing batch, or (one op) as a single request. */
  batch: boolean;
  ops: OutboxOp[];
  /** The state each op leaves its record in, as predicted when queued (`null`: deleted). */
  predicted: Array<Entity | null>;
  createdAt: string;
}

/** An issue as stored: the held writes themselves, so choosing "mine" can still send them. */
export interface StoredIssue extends Omit<SyncIssue, 'changes' | 'writes'> {
  entries: OutboxEntry[];
}

export interface OfflineStore {
  readonly durable: boolean;
  loadOutbox(): Promise<OutboxEntry[]>;
  /** Stores an entry and returns it with its `seq`. */
  addEntry(entry: Omit<OutboxEntry, 'seq'>): Promise<OutboxEntry>;
  removeEntry(seq: number): Promise<void>;
  loadIssues(): Promise<StoredIssue[]>;
  /** Stores an issue and, in the same transaction, takes the entries it holds out of the outbox. */
  putIssue(issue: StoredIssue, takenFromOutbox?: readonly number[]): Promise<void>;
  removeIssue(id: string): Promise<void>;
  cacheGet(viewer: string, collection: CollectionName, id: Id): Promise<Entity | undefined>;
  cacheAll(viewer: string, collection: CollectionName): Promise<Entity[]>;
  /** Stores records as `viewer` read them; `replace` first drops that viewer's cached records it matches. */
  cachePut(viewer: string, collection: CollectionName, records: readonly Entity[], replace?: (record: Entity) => boolean): Promise<void>;
  /** Forgets a record for one viewer, or for every viewer (`viewer: null`). */
  cacheDelete(viewer: string | null, collection: CollectionName, id: Id): Promise<void>;
  markListed(viewer: string, collection: CollectionName): Promise<void>;
  wasListed(viewer: string, collection: CollectionName): Promise<boolean>;
  close(): Promise<void>;
}

interface CachedRecord {
  viewer: string;
  collection: CollectionName;
  id: Id;
  record: Entity;
}

const DB_VERSION = 1;

class IdbOfflineStore implements OfflineStore {
  readonly durable = true;

  constructor(private readonly db: IDBPDatabase) {}

  async loadOutbox(): Promise<OutboxEntry[]> {
    return (await this.db.getAll('outbox')) as OutboxEntry[];
  }

  async addEntry(entry: Omit<OutboxEntry, 'seq'>): Promise<OutboxEntry> {
    const tx = this.db.transaction('outbox', 'readwrite');
    const seq = (await tx.store.add(entry)) as number;
    await tx.done;
    return { ...entry, seq };
  }

  async removeEntry(seq: number): Promise<void> {
    await this.db.delete('outbox', seq);
  }

  async loadIssues(): Promise<StoredIssue[]> {
    const issues = (await this.db.getAll('issues')) as StoredIssue[];
    return issues.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }

  async putIssue(issue: StoredIssue, takenFromOutbox: readonly number[] = []): Promise<void> {
    const tx = this.db.transaction(['issues', 'outbox'], 'readwrite');
    await tx.objectStore('issues').put(issue);
    for (const seq of takenFromOutbox) await tx.objectStore('outbox').delete(seq);
    await tx.done;
  }

  async removeIssue(id: string): Promise<void> {
    await this.db.delete('issues', id);
  }

  async cacheGet(viewer: string, collection: CollectionName, id: Id): Promise<Entity | undefined> {
    return ((await this.db.get('records', [viewer, collection, id])) as CachedRecord | undefined)?.record;
  }

  async cacheAll(viewer: string, collection: CollectionName): Promise<Entity[]> {
    const rows = (await this.db.getAllFromIndex('records', 'viewer+collection', [viewer, collection])) as CachedRecord[];
    return rows.map((row) => row.record);
  }

  async cachePut(viewer: string, collection: CollectionName, records: readonly Entity[], replace?: (record: Entity) => boolean): Promise<void> {
    const tx = this.db.transaction('records', 'readwrite');
    if (replace) {
      let cursor = await tx.store.index('viewer+collection').openCursor([viewer, collection]);
      while (cursor) {
        if (replace((cursor.value as CachedRecord).record)) await cursor.delete();
        cursor = await cursor.continue();
      }
    }
    for (const record of records) await tx.store.put({ viewer, collection, id: record.id, record } satisfies CachedRecord);
    await tx.done;
  }

  async cacheDelete(viewer: string | null, collection: CollectionName, id: Id): Promise<void> {
    if (viewer !== null) {
      await this.db.delete('records', [viewer, collection, id]);
      return;
    }
    const tx = this.db.transaction('records', 'readwrite');
    let cursor = await tx.store.index('collection+id').openCursor([collection, id]);
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  async markListed(viewer: string, collection: CollectionName): Promise<void> {
    await this.db.put('lists', { viewer, collection });
  }

  async wasListed(viewer: string, collection: CollectionName): Promise<boolean> {
    return (await this.db.get('lists', [viewer, collection])) !== undefined;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

class MemoryOfflineStore implements OfflineStore {
  readonly durable = false;
  private seq = 0;
  private readonly outbox = new Map<number, OutboxEntry>();
  private readonly issues = new Map<string, StoredIssue>();
  private readonly records = new Map<string, CachedRecord>();
  private readonly lists = new Set<string>();

  async loadOutbox(): Promise<OutboxEntry[]> {
    return [...this.outbox.values()].map((entry) => structuredClone(entry));
  }

  async addEntry(entry: Omit<OutboxEntry, 'seq'>): Promise<OutboxEntry> {
    this.seq += 1;
    const stored = { ...structuredClone(entry), seq: this.seq };
    this.outbox.set(stored.seq, stored);
    return structuredClone(stored);
  }

  async removeEntry(seq: number): Promise<void> {
    this.outbox.delete(seq);
  }

  async loadIssues(): Promise<StoredIssue[]> {
    return [...this.issues.values()].map((issue) => structuredClone(issue));
  }

  async putIssue(issue: StoredIssue, takenFromOutbox: readonly number[] = []): Promise<void> {
    this.issues.set(issue.id, structuredClone(issue));
    for (const seq of takenFromOutbox) this.outbox.delete(seq);
  }

  async removeIssue(id: string): Promise<void> {
    this.issues.delete(id);
  }

  async cacheGet(viewer: string, collection: CollectionName, id: Id): Promise<Entity | undefined> {
    const row = this.records.get(JSON.stringify([viewer, collection, id]));
    return row && structuredClone(row.record);
  }

  async cacheAll(viewer: string, collection: CollectionName): Promise<Entity[]> {
    return [...this.records.values()].filter((row) => row.viewer === viewer && row.collection === collection).map((row) => structuredClone(row.record));
  }

  async cachePut(viewer: string, collection: CollectionName, records: readonly Entity[], replace?: (record: Entity) => boolean): Promise<void> {
    if (replace) {
      for (const [key, row] of this.records) {
        if (row.viewer === viewer && row.collection === collection && replace(row.record)) this.records.delete(key);
      }
    }
    for (const record of records) {
      this.records.set(JSON.stringify([viewer, collection, record.id]), { viewer, collection, id: record.id, record: structuredClone(record) });
    }
  }

  async cacheDelete(viewer: string | null, collection: CollectionName, id: Id): Promise<void> {
    for (const [key, row] of this.records) {
      if ((viewer === null || row.viewer === viewer) && row.collection === collection && row.id === id) this.records.delete(key);
    }
  }

  async markListed(viewer: string, collection: CollectionName): Promise<void> {
    this.lists.add(JSON.stringify([viewer, collection]));
  }

  async wasListed(viewer: string, collection: CollectionName): Promise<boolean> {
    return this.lists.has(JSON.stringify([viewer, collection]));
  }

  async close(): Promise<void> {}
}

/** The device store for `dbName`: IndexedDB when it opens, memory otherwise. */
export async function openOfflineStore(dbName: string | null): Promise<OfflineStore> {
  if (dbName === null || typeof indexedDB === 'undefined') return new MemoryOfflineStore();
  try {
    const db = await openDB(dbName, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
        database.createObjectStore('issues', { keyPath: 'id' });
        const records = database.createObjectStore('records', { keyPath: ['viewer', 'collection', 'id'] });
        records.createIndex('viewer+collection', ['viewer', 'collection']);
        records.createIndex('collection+id', ['collection', 'id']);
        database.createObjectStore('lists', { keyPath: ['viewer', 'collection'] });
      },
      // Another tab upgrading this database later: let go rather than block it.
      blocking() {
        db.close();
      },
    });
    return new IdbOfflineStore(db);
  } catch {
    return new MemoryOfflineStore();
  }
}

/**
 * An offline store usable at once, before IndexedDB has opened: every call waits for the
 * opening. `durable` reads true until the opening says otherwise.
 */
export class LazyOfflineStore implements OfflineStore {
  private opened?: OfflineStore;
  private readonly opening: Promise<OfflineStore>;
  private closed = false;

  constructor(dbName: string | null) {
    this.opening = openOfflineStore(dbName).then((store) => {
      this.opened = store;
      return store;
    });
  }

  get durable(): boolean {
    return this.opened?.durable ?? true;
  }

  private async use<T>(work: (store: OfflineStore) => Promise<T>): Promise<T> {
    const store = await this.opening;
    if (this.closed) throw new Error('The offline store was closed.');
    return work(store);
  }

  loadOutbox(): Promise<OutboxEntry[]> {
    return this.use((store) => store.loadOutbox());
  }

  addEntry(entry: Omit<OutboxEntry, 'seq'>): Promise<OutboxEntry> {
    return this.use((store) => store.addEntry(entry));
  }

  removeEntry(seq: number): Promise<void> {
    return this.use((store) => store.removeEntry(seq));
  }

  loadIssues(): Promise<StoredIssue[]> {
    return this.use((store) => store.loadIssues());
  }

  putIssue(issue: StoredIssue, takenFromOutbox?: readonly number[]): Promise<void> {
    return this.use((store) => store.putIssue(issue, takenFromOutbox));
  }

  removeIssue(id: string): Promise<void> {
    return this.use((store) => store.removeIssue(id));
  }

  cacheGet(viewer: string, collection: CollectionName, id: Id): Promise<Entity | undefined> {
    return this.use((store) => store.cacheGet(viewer, collection, id));
  }

  cacheAll(viewer: string, collection: CollectionName): Promise<Entity[]> {
    return this.use((store) => store.cacheAll(viewer, collection));
  }

  cachePut(viewer: string, collection: CollectionName, records: readonly Entity[], replace?: (record: Entity) => boolean): Promise<void> {
    return this.use((store) => store.cachePut(viewer, collection, records, replace));
  }

  cacheDelete(viewer: string | null, collection: CollectionName, id: Id): Promise<void> {
    return this.use((store) => store.cacheDelete(viewer, collection, id));
  }

  markListed(viewer: string, collection: CollectionName): Promise<void> {
    return this.use((store) => store.markListed(viewer, collection));
  }

  wasListed(viewer: string, collection: CollectionName): Promise<boolean> {
    return this.use((store) => store.wasListed(viewer, collection));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await (await this.opening).close();
  }
}
