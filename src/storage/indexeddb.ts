/**
 * The embedded default store: IndexedDB through `idb`.
 *
 * - One database per `dbName`, schema and migrations in `idb-schema.ts`.
 * - Reads run in one readonly transaction over every store (privacy needs people and goals
 *   beside the records read); writes and batches in one readwrite transaction, so a batch is
 *   all or nothing.
 * - A newer tab that needs to upgrade the schema asks this one to let go (`versionchange`): the
 *   connection closes at once and reopens lazily on the next call. If the database has meanwhile
 *   become newer than this code, the call fails with `UnavailableError` asking for a reload.
 * - Committed changes are announced to this adapter's subscribers and, through
 *   `BroadcastChannel('goalpost:<dbName>')`, to every other adapter on the same database, in
 *   this tab or another, which hear them with origin `other-tab` (one message per write or
 *   batch; a large batch sends ids without the records, which the other tabs read).
 */
import { openDB, unwrap } from 'idb';
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { GoalpostError, QuotaExceededError, UnavailableError } from '../core/errors.js';
import { COLLECTIONS } from '../core/types.js';
import type { CollectionName, Entity, Id } from '../core/types.js';
import type { AdapterOptions } from './adapter.js';
import { BaseAdapter, RawBackend } from './base-adapter.js';
import type { RawStore, RawWriter, ScanResult } from './base-adapter.js';
import type { RawChange } from './changes.js';
import { reportLater } from './changes.js';
import { keyRangeOf, planScan } from './idb-plan.js';
import { INDEXES, SCHEMA_VERSION, migrate } from './idb-schema.js';
import { comesAfter, matchesQuery, selectRecords } from './query.js';
import type { Position, ScanQuery } from './query.js';

type Transaction = IDBPTransaction<unknown, string[], IDBTransactionMode>;

const STORES = [...COLLECTIONS] as string[];

/** Turns whatever IndexedDB threw into a Goalpost error a person can act on. */
function storageError(error: unknown): unknown {
  if (error instanceof GoalpostError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return new QuotaExceededError(undefined, { cause: error });
  if (name === 'VersionError') {
    return new UnavailableError('Another tab runs a newer version of Goalpost. Reload this page to keep working.', { cause: error });
  }
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) {
    return new UnavailableError('Saved data could not be reached right now. Try again in a moment.', { cause: error });
  }
  return error;
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing to undo.
  }
}

class IdbReader implements RawStore {
  constructor(protected readonly tx: Transaction) {}

  async get(collection: CollectionName, id: Id): Promise<Entity | undefined> {
    return (await this.tx.objectStore(collection).get(id)) as Entity | undefined;
  }

  async scan(collection: CollectionName, query: ScanQuery, after: Position | undefined, max: number): Promise<ScanResult> {
    const plan = planScan(INDEXES[collection], query);
    const store = this.tx.objectStore(collection);
    const direction = query.direction ?? 'asc';

    if (!plan.ordered) {
      const range = keyRangeOf(plan, direction);
      if (range === null) return { records: [], done: true };
      const candidates = (await (plan.index ? store.index(plan.index).getAll(range) : store.getAll())) as Entity[];
      return { records: selectRecords(candidates, query, after), done: true };
    }

    const records: Entity[] = [];
    let cursor;
    if (plan.index === undefined) {
      // The store itself is in id order, which is the list order when nothing else orders it.
      const range = after === undefined ? undefined : direction === 'asc' ? IDBKeyRange.lowerBound(after.id, true) : IDBKeyRange.upperBound(after.id, true);
      cursor = await store.openCursor(range, direction === 'asc' ? 'next' : 'prev');
    } else {
      let resume: IDBValidKey[] | undefined;
      if (after) {
        // Records without the order field are not in the index, and they all come last.
        if (query.orderBy !== undefined && (after.value === null || typeof after.value === 'boolean')) return { records: [], done: true };
        resume = query.orderBy === undefined ? [...plan.prefix] : [...plan.prefix, after.value as IDBValidKey];
      }
      const range = keyRangeOf(plan, direction, resume);
      if (range === null) return { records: [], done: true };
      cursor = await store.index(plan.index).openCursor(range, direction === 'asc' ? 'next' : 'prev');
      if (cursor && after && resume && indexedDB.cmp(cursor.key, resume) === 0 && cursor.primaryKey !== after.id && !comesAfter(cursor.value as Entity, after, query)) {
        // Jump over the records that share the last order value up to the last id, without reading them.
        cursor = await cursor.continuePrimaryKey(resume, after.id);
      }
      if (cursor && after && resume && indexedDB.cmp(cursor.key, resume) === 0 && cursor.primaryKey === after.id) cursor = await cursor.continue();
    }
    while (cursor && records.length < max) {
      const record = cursor.value as Entity;
      if (matchesQuery(record, query)) records.push(record);
      cursor = await cursor.continue();
    }
    return { records, done: !cursor };
  }
}

/**
 * Writes go straight to the native transaction and resolve once queued: a batch of thousands
 * then costs what the writes cost, with no promise and success event per record. A write that
 * fails fails the transaction, which `IdbBackend.write` reports.
 */
class IdbWriter extends IdbReader implements RawWriter {
  /** Set when `add` met a stored record: the transaction fails with `ConstraintError`. */
  collided = false;
  private readonly native: IDBTransaction;

  constructor(writable: IDBPTransaction<unknown, string[], 'readwrite'>) {
    super(writable);
    this.native = unwrap(writable);
    // A request's error passes through its transaction, so one listener serves every add; it
    // captures, to be told before anything that settles the transaction's promise. No index is
    // unique: only a key that exists already fails with ConstraintError.
    this.native.addEventListener('error', (event) => {
      if ((event.target as IDBRequest | null)?.error?.name === 'ConstraintError') this.collided = true;
    }, { capture: true });
  }

  async put(collection: CollectionName, record: Entity): Promise<void> {
    this.native.objectStore(collection).put(record);
  }

  async add(collection: CollectionName, record: Entity): Promise<void> {
    this.native.objectStore(collection).add(record);
  }

  async delete(collection: CollectionName, id: Id): Promise<void> {
    this.native.objectStore(collection).delete(id);
  }
}

/**
 * Committed changes, in order, for the other tabs. A large batch leaves out the records as they
 * are now (`after`): they would be copied into every tab, and a tab that needs them reads them
 * from the database. What a record was before is kept: once overwritten, nobody can read it.
 */
interface ChangeMessage {
  kind: 'goalpost-changes';
  changes: RawChange[];
}

/** Up to this many changes, a message carries the records as written. */
const RECORDS_TRAVEL_UP_TO = 50;

function messageOf(changes: readonly RawChange[]): ChangeMessage {
  if (changes.length <= RECORDS_TRAVEL_UP_TO) return { kind: 'goalpost-changes', changes: [...changes] };
  return { kind: 'goalpost-changes', changes: changes.map(({ after: _after, ...change }) => change) };
}

/** Accepts only well-formed messages: anything on the origin can post to the channel. */
function changesIn(data: unknown): RawChange[] | undefined {
  const message = data as Partial<ChangeMessage> | null;
  if (message?.kind !== 'goalpost-changes' || !Array.isArray(message.changes)) return undefined;
  const valid = message.changes.every(
    (change: Partial<RawChange> | null) =>
      (COLLECTIONS as readonly unknown[]).includes(change?.collection) &&
      typeof change?.id === 'string' &&
      (change.type === 'put' || change.type === 'delete'),
  );
  return valid ? message.changes : undefined;
}

/** Errors meaning the browser refuses IndexedDB to this page outright (not busy, not too new). */
const refusals = new WeakSet<object>();
function refused(error: UnavailableError): UnavailableError {
  refusals.add(error);
  return error;
}

class IdbBackend extends RawBackend {
  private opening?: Promise<IDBPDatabase>;
  private current?: IDBPDatabase;
  private closed = false;
  private readonly channel?: BroadcastChannel;
  private memory?: Promise<RawBackend>;

  constructor(readonly dbName: string, private readonly allowFallback: boolean) {
    super();
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(`goalpost:${dbName}`);
      this.channel.onmessage = (event: MessageEvent) => {
        const changes = changesIn(event.data);
        if (changes && !this.closed) void this.receive(changes, 'other-tab');
      };
    }
  }

  /**
   * With fallback on, the memory store that stands in once the browser refuses IndexedDB
   * (storage blocked, a sandboxed frame, some private modes). Busy, newer or damaged databases
   * never fall back: their data exists, and hiding it behind an empty store would lose it.
   */
  private async standIn(): Promise<RawBackend | undefined> {
    if (this.memory) return this.memory;
    if (!this.allowFallback || this.closed) return undefined;
    try {
      await this.connection();
      return undefined;
    } catch (error) {
      // Anything else is this call's answer; asking again would queue a second open behind the first.
      if (!refusals.has(error as object)) throw error;
      this.memory ??= import('./memory.js').then(
        ({ MemoryBackend }) => {
          const fallback = { kind: 'memory', reason: (error as Error).message } as const;
          this.fallback = fallback;
          for (const listener of this.fallbackListeners) {
            // One listener's mistake must not take the stand-in away from everyone.
            try {
              listener(fallback);
            } catch (failure) {
              reportLater(failure);
            }
          }
          return new MemoryBackend();
        },
        (failure: unknown) => {
          // The stand-in could not load (offline, say): try again on the next call.
          this.memory = undefined;
          throw new UnavailableError('Saved data could not be opened in this browser.', { cause: failure });
        },
      );
      return this.memory;
    }
  }

  async read<T>(work: (store: RawStore) => Promise<T>): Promise<T> {
    const memory = await this.standIn();
    if (memory) return memory.read(work);
    const tx = await this.transaction('readonly');
    try {
      return await work(new IdbReader(tx));
    } catch (error) {
      throw storageError(error);
    }
  }

  async write<T>(work: (store: RawWriter) => Promise<T>): Promise<T> {
    const memory = await this.standIn();
    if (memory) return memory.write(work);
    const tx = await this.transaction('readwrite');
    // Observed below on success; on failure the transaction is aborted and its outcome is moot.
    const done = tx.done;
    done.catch(() => undefined);
    const writer = new IdbWriter(tx);
    try {
      const result = await work(writer);
      await done;
      return result;
    } catch (error) {
      abortQuietly(tx);
      if (writer.collided) throw new DOMException('Exists', 'ConstraintError');
      // Quota is often only known when the transaction commits, as the transaction's error.
      throw storageError(error instanceof DOMException && error.name === 'AbortError' && tx.error ? tx.error : error);
    }
  }

  override async announce(changes: readonly RawChange[]): Promise<void> {
    // A write that was already running when the store closed still commits; nobody is left to tell.
    if (changes.length === 0 || this.closed) return;
    try {
      // A page on its memory stand-in has nothing other tabs could read.
      if (!this.memory) this.channel?.postMessage(messageOf(changes));
    } catch (error) {
      // Other tabs miss this change (they still see it on their next read); this write stands.
      reportLater(error);
    }
    await super.announce(changes);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.channel?.close();
    this.changes.clear();
    void this.memory?.then((memory) => memory.close()).catch(() => undefined);
    const opening = this.opening;
    this.opening = undefined;
    try {
      (await opening)?.close();
    } catch {
      // It never opened: nothing to close.
    }
  }

  private async transaction<M extends IDBTransactionMode>(mode: M): Promise<IDBPTransaction<unknown, string[], M>> {
    // A connection closed for a newer tab between handing it out and using it is retried once.
    for (let attempt = 0; ; attempt += 1) {
      const db = await this.connection();
      try {
        return db.transaction(STORES, mode);
      } catch (error) {
        if (attempt === 0 && (error as Error).name === 'InvalidStateError') {
          this.forget(db);
          continue;
        }
        throw storageError(error);
      }
    }
  }

  private connection(): Promise<IDBPDatabase> {
    if (this.closed) return Promise.reject(new UnavailableError('This Goalpost store was closed.'));
    this.opening ??= this.open().catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  /** Closes a connection and, when it is the one in use, lets the next call open a fresh one. */
  private forget(db: IDBPDatabase): void {
    db.close();
    if (this.current === db) {
      this.current = undefined;
      this.opening = undefined;
    }
  }

  private open(): Promise<IDBPDatabase> {
    if (typeof indexedDB === 'undefined') {
      return Promise.reject(refused(new UnavailableError('This browser does not offer storage (IndexedDB) to this page.')));
    }
    return new Promise<IDBPDatabase>((resolve, reject) => {
      let settled = false;
      let migrationError: unknown;
      let db: IDBPDatabase | undefined;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      let opened: Promise<IDBPDatabase>;
      try {
        opened = openDB(this.dbName, SCHEMA_VERSION, {
          upgrade: (database, oldVersion, _newVersion, tx) => {
            migrate(database, tx, oldVersion).catch((error: unknown) => {
              migrationError = error;
              abortQuietly(tx);
            });
          },
          // An older Goalpost (or other code) in another tab holds the database open and does not let go.
          blocked: () =>
            fail(new UnavailableError('Goalpost is open in another tab that has not let go of its saved data. Close or reload that tab, then try again.')),
          // A newer tab needs the database: let go at once rather than wedge it, and reopen lazily.
          blocking: () => {
            if (db) this.forget(db);
          },
          terminated: () => {
            if (db) this.forget(db);
          },
        });
      } catch (error) {
        // open() itself throws when storage is refused to this page (SecurityError).
        fail(refused(new UnavailableError('Saved data could not be opened in this browser.', { cause: error })));
        return;
      }
      opened.then(
        (database) => {
          db = database;
          if (settled || this.closed) {
            // Given up on (blocked) or closed meanwhile: the late connection must not hold the database.
            database.close();
            if (!settled) fail(new UnavailableError('This Goalpost store was closed.'));
            return;
          }
          settled = true;
          this.current = database;
          resolve(database);
        },
        (error: unknown) => {
          if (migrationError !== undefined) {
            fail(new UnavailableError('Saved data could not be upgraded to this version of Goalpost; nothing was changed.', { cause: migrationError }));
          } else if ((error as { name?: unknown } | null)?.name === 'VersionError') {
            fail(storageError(error));
          } else {
            // Storage refused to this page (some private modes answer the open request this
            // way) falls back; anything else, such as a damaged store, is reported as it is.
            const name = (error as { name?: unknown } | null)?.name;
            const failure = new UnavailableError('Saved data could not be opened in this browser.', { cause: error });
            fail(name === 'SecurityError' || name === 'InvalidStateError' ? refused(failure) : failure);
          }
        },
      );
    });
  }
}

export interface IndexedDbAdapterOptions extends AdapterOptions {
  /** The database name; also names the cross-tab channel. */
  dbName?: string;
  /**
   * `memory`: when the browser refuses IndexedDB to this page, keep data in memory for the
   * page's life and say so through `fallback` / `onFallback` (goalpost-provider shows a warning).
   * `none` (the default for the adapter on its own): fail with `UnavailableError`.
   */
  fallback?: 'memory' | 'none';
}

export class IndexedDbAdapter extends BaseAdapter {
  readonly dbName: string;

  constructor(options: IndexedDbAdapterOptions = {}) {
    const dbName = options.dbName ?? 'goalpost';
    super(new IdbBackend(dbName, options.fallback === 'memory'), options);
    this.dbName = dbName;
  }
}
