/**
 * Storage on a REST backend (the contract is in `rest-contract.ts` and the README), with an
 * offline outbox, retries and conflict handling.
 *
 * ```ts
 * const storage = createHttpStorage('https://goals.example.com/api', {
 *   headers: () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': csrfToken() }),
 *   credentials: 'include',
 * });
 * ```
 *
 * - Reads go to the server, are filtered again on this side by the privacy rules (defence in
 *   depth), and are kept per viewer in an IndexedDB cache; while the server cannot be reached,
 *   reads are answered from that cache.
 * - Writes go through the outbox (`outbox.ts`): sent in order, each exactly once; while the
 *   server is away they wait on the device and the caller gets the predicted record at once.
 *   `sync`, `onSyncChange`, `syncNow` and `resolveIssue` say and steer how far saving got.
 * - Writes waiting or held in the outbox show in every read (read-your-writes).
 * - `subscribe` hears this tab's writes at once, and other clients' by polling with ETags or a
 *   server-sent event stream (`live-updates.ts`).
 *
 * The server is the security boundary for privacy; this adapter is not. It is a second check.
 */
import { GoalpostError, NotFoundError, UnavailableError, ValidationError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import { assertValid } from '../core/validation.js';
import { COLLECTIONS, isGoalSummary } from '../core/types.js';
import type { CollectionName, Collections, Draft, Entity, GoalSummary, Id, Person, PersonalGoal, Readable, Viewer } from '../core/types.js';
import type { AdapterOptions, BatchOp, ChangeEvent, ListQuery, Page, StorageAdapter } from './adapter.js';
import type { RawChange } from './changes.js';
import { reportLater } from './changes.js';
import { ClientPrivacy } from './http-privacy.js';
import { RestRemote } from './http-remote.js';
import type { PathOption } from './http-remote.js';
import { HttpTransport, HttpUnavailableError } from './http-transport.js';
import type { HeadersSource, RetryPolicy } from './http-transport.js';
import { LiveUpdates } from './live-updates.js';
import type { LiveHost, LiveOptions, PollResult } from './live-updates.js';
import { LazyOfflineStore } from './offline-store.js';
import type { OutboxEntry, OutboxOp } from './offline-store.js';
import { Outbox, recordKey } from './outbox.js';
import type { OutboxHost } from './outbox.js';
import { comesAfter, compareRecords, decodeCursor, encodeCursor, matchesQuery, positionOf, scanQueryOf, selectRecords, comparePositions } from './query.js';
import type { ScanQuery } from './query.js';
import type { IntendedChange, IssueChoice, SyncSnapshot, SyncSource, SyncState } from './sync-state.js';

export interface HttpAdapterOptions extends AdapterOptions {
  /** The base URL of the REST API: `https://goals.example.com/api`, or `/api` on the page's origin. */
  endpoint: string;
  /** Where each collection lives, when not at `{base}/{collection}`: a template or a function. */
  paths?: PathOption;
  /** Sent with every request (an auth token, a CSRF header); a function is asked afresh each time. */
  headers?: HeadersSource;
  /** `fetch`'s credentials mode; `same-origin` by default, `include` for cookies across origins. */
  credentials?: RequestCredentials;
  /** The `fetch` to use (a wrapped one, or one for tests). */
  fetch?: typeof fetch;
  /** Per attempt, in ms. Default 10 000. */
  timeout?: number;
  /** Retries of one request: default 3 retries, backoff from 250 ms up to 4 s, full jitter. */
  retry?: Partial<RetryPolicy>;
  /**
   * How long a write's caller waits for the server, in ms, before getting the predicted record
   * while the write goes on in the background (default 5000; `Infinity` waits for the answer).
   */
  waitForServer?: number;
  /** How often the outbox tries again while the server is away: default from 1 s up to 30 s. */
  replay?: Partial<Pick<RetryPolicy, 'baseDelay' | 'maxDelay'>>;
  /** The device store of the outbox and read cache; `false` for none (writes then fail when offline). */
  offline?: boolean | { dbName?: string };
  /** Changes made elsewhere: polled (default every 15 s) or streamed (`sse`); `false` for none. */
  live?: false | Partial<LiveOptions>;
  /** The header that names the viewer (default `X-Goalpost-Viewer`); `false` when the session says who it is. */
  viewerHeader?: string | false;
  /** Listen to the browser's `online`/`offline` events (default true). */
  watchConnectivity?: boolean;
}

/** Private to this module: how a view is handed its shared store. */
const SHARED = Symbol('goalpost.http.shared');

function assertCollection(collection: unknown): asserts collection is CollectionName {
  if (!(COLLECTIONS as readonly unknown[]).includes(collection)) {
    throw new GoalpostError('invalid-input', `"${String(collection)}" is not a collection Goalpost keeps.`);
  }
}

function assertVersion(version: unknown): asserts version is number | undefined {
  if (version !== undefined && !(Number.isInteger(version) && (version as number) >= 0)) {
    throw new GoalpostError('invalid-input', 'An expected version is a whole number of 0 or more.');
  }
}

/** A private, validated copy of a put: a client-made id and the version it expects. */
function putOp(collection: unknown, record: unknown, expectedVersion: unknown): OutboxOp {
  assertCollection(collection);
  assertVersion(expectedVersion);
  let copy: Record<string, unknown>;
  try {
    copy = structuredClone(record) as Record<string, unknown>;
  } catch {
    throw new ValidationError([{ field: '', message: 'This record holds something that cannot be saved.' }], collection);
  }
  assertValid(collection, copy);
  const { id, createdAt: _createdAt, updatedAt: _updatedAt, version, ...fields } = copy;
  assertVersion(version);
  // A put without a version creates, so "must not exist yet" (0) is what it expects.
  return { type: 'put', collection, record: { ...fields, id: (id as Id | undefined) ?? newId() }, expectedVersion: expectedVersion ?? version ?? 0 };
}

function deleteOp(collection: unknown, id: unknown, expectedVersion: unknown): OutboxOp {
  assertCollection(collection);
  assertVersion(expectedVersion);
  if (typeof id !== 'string') throw new GoalpostError('invalid-input', 'A delete names the id of a record.');
  return expectedVersion === undefined ? { type: 'delete', collection, id } : { type: 'delete', collection, id, expectedVersion };
}

function viewerKey(viewer: Viewer | null): string {
  return viewer ? `p:${viewer.personId}` : '*';
}

function opId(op: OutboxOp): Id {
  return op.type === 'put' ? op.record.id : op.id;
}

function closedError(): UnavailableError {
  return new UnavailableError('This Goalpost store was closed.');
}

interface Subscription {
  viewer: Viewer | null;
  key: string;
  wanted?: ReadonlySet<CollectionName>;
  listener: (change: ChangeEvent) => void;
  active: boolean;
  queue: Promise<void>;
}

/** Everything the views of one endpoint share. */
class HttpStore implements OutboxHost, LiveHost {
  readonly remote: RestRemote;
  readonly outbox: Outbox;
  private readonly transport: HttpTransport;
  private readonly privacy: ClientPrivacy;
  private readonly device: LazyOfflineStore;
  private readonly live?: LiveUpdates;
  private readonly subscriptions = new Set<Subscription>();
  /** The last whole record known to be on the server, by `recordKey`: the "before" of announcements. */
  private readonly known = new Map<string, Entity>();
  private people?: Promise<ReadonlyMap<Id, Person>>;
  private readonly cacheReads: boolean;
  private readonly clock: () => Date;
  private stopWatching?: () => void;
  /** The IndexedDB database of the outbox and read cache; null without one. */
  readonly dbName: string | null;
  closed = false;

  constructor(readonly options: HttpAdapterOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.transport = new HttpTransport(options);
    this.remote = new RestRemote(this.transport, options);
    this.cacheReads = options.offline !== false;
    const dbName = options.offline === false ? null : ((typeof options.offline === 'object' ? options.offline.dbName : undefined) ?? `goalpost-http:${this.remote.base}`);
    this.dbName = dbName;
    this.device = new LazyOfflineStore(dbName);
    this.outbox = new Outbox({
      store: this.device, host: this, replay: options.replay, queueOffline: options.offline !== false, clock: this.clock,
      ...(options.waitForServer !== undefined ? { waitForServer: options.waitForServer } : {}),
    });
    this.privacy = new ClientPrivacy({ people: (viewer) => this.peopleFor(viewer), goal: (viewer, id) => this.goalFor(viewer, id) });
    if (options.live !== false) this.live = new LiveUpdates(this, { mode: options.live?.mode ?? 'poll', interval: options.live?.interval ?? 15_000 });
    this.watchConnectivity();
  }

  // --- reads ----------------------------------------------------------------------------------

  async get<C extends CollectionName>(viewer: Viewer | null, collection: C, id: Id, signal?: AbortSignal): Promise<Readable<C>> {
    this.assertOpen();
    signal?.throwIfAborted();
    const key = viewerKey(viewer);
    const waiting = this.outbox.overlay(collection).get(recordKey(collection, id));
    if (waiting) {
      const [seen] = waiting.record ? await this.privacy.reveal(viewer, collection, [waiting.record as Collections[C]]) : [null];
      signal?.throwIfAborted();
      if (!seen) throw new NotFoundError(collection, id);
      return structuredClone(seen);
    }
    let raw: Entity | undefined;
    try {
      raw = await this.reach((retries) => this.remote.get(viewer, collection, id, { signal, retries }));
    } catch (error) {
      if (!(error instanceof HttpUnavailableError) || !this.cacheReads) throw error;
      const cached = await this.device.cacheGet(key, collection, id);
      signal?.throwIfAborted();
      if (!cached) throw new UnavailableError(`The server cannot be reached, and this ${collection} record was not read on this device before.`, { cause: error });
      return cached as Readable<C>;
    }
    signal?.throwIfAborted();
    const [seen] = raw ? await this.privacy.reveal(viewer, collection, [raw as Collections[C]], { fromServer: true }) : [null];
    if (!seen) {
      this.quietly(this.device.cacheDelete(key, collection, id));
      throw new NotFoundError(collection, id);
    }
    this.remember(collection, raw!);
    this.quietly(this.device.cachePut(key, collection, [seen as Entity]));
    return seen;
  }

  async list<C extends CollectionName>(viewer: Viewer | null, collection: C, query: ListQuery<Collections[C]>): Promise<Page<Readable<C>>> {
    this.assertOpen();
    const { limit, signal } = query;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) throw new GoalpostError('invalid-input', 'A page size is a whole number of at least 1.');
    signal?.throwIfAborted();
    const scan = scanQueryOf(query as ScanQuery);
    // Checked here too, so a bad cursor fails the same way offline.
    if (query.cursor !== undefined) decodeCursor(query.cursor, scan);
    const key = viewerKey(viewer);
    let page: Page<Readable<C>>;
    try {
      const reply = await this.reach((retries) => this.remote.list(viewer, collection, query as ListQuery<object>, { signal, retries }));
      const seen = (await this.privacy.reveal(viewer, collection, reply.items as Array<Collections[C]>, { query: scan, fromServer: true })).filter((item): item is Readable<C> => item !== null);
      for (const item of reply.items) this.remember(collection, item);
      const complete = limit === undefined && query.cursor === undefined;
      // A complete answer also says which cached records no longer match: they are replaced.
      // Both issued now, in this order: IndexedDB runs them before any later read of the cache.
      this.quietly(this.device.cachePut(key, collection, seen as Entity[], complete ? (record) => matchesQuery(record, scan) : undefined));
      this.quietly(this.device.markListed(key, collection));
      page = reply.nextCursor ? { items: seen, nextCursor: reply.nextCursor } : { items: seen };
    } catch (error) {
      if (!(error instanceof HttpUnavailableError) || !this.cacheReads) throw error;
      page = await this.cachedPage<C>(key, collection, scan, query, error);
    }
    page = await this.withWaitingWrites(viewer, collection, scan, query, page);
    signal?.throwIfAborted();
    return page;
  }

  private async cachedPage<C extends CollectionName>(key: string, collection: C, scan: ScanQuery, query: ListQuery<Collections[C]>, cause: unknown): Promise<Page<Readable<C>>> {
    if (!(await this.device.wasListed(key, collection))) {
      throw new UnavailableError(`The server cannot be reached, and ${collection} were not read on this device before.`, { cause });
    }
    const all = await this.device.cacheAll(key, collection);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, scan);
    const selected = selectRecords(all, scan, after);
    const items = query.limit === undefined ? selected : selected.slice(0, query.limit);
    const last = items.at(-1);
    const page: Page<Readable<C>> = { items: items as Array<Readable<C>> };
    if (selected.length > items.length && last) page.nextCursor = encodeCursor(positionOf(last, scan), scan);
    return page;
  }

  /** Shows writes not yet on the server in a page: changed, removed, or added where they belong. */
  private async withWaitingWrites<C extends CollectionName>(viewer: Viewer | null, collection: C, scan: ScanQuery, query: ListQuery<Collections[C]>, page: Page<Readable<C>>): Promise<Page<Readable<C>>> {
    const waiting = this.outbox.overlay(collection);
    if (waiting.size === 0) return page;
    const touched = new Set([...waiting.values()].map((change) => change.id));
    let items = page.items.filter((item) => !touched.has(item.id));
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, scan);
    // Records past the end of this page belong to a later one.
    const end = page.nextCursor === undefined ? undefined : decodeCursor(page.nextCursor, scan);
    const states = [...waiting.values()].map((change) => change.record).filter((record): record is Entity => record !== null);
    const seen = await this.privacy.reveal(viewer, collection, states as Array<Collections[C]>, { query: scan });
    for (const record of seen) {
      if (!record || !matchesQuery(record, scan)) continue;
      const entity = record as unknown as Entity;
      if (after && !comesAfter(entity, after, scan)) continue;
      if (end && comparePositions(positionOf(entity, scan), end, scan) > 0) continue;
      items.push(record);
    }
    items.sort((a, b) => compareRecords(a as unknown as Entity, b as unknown as Entity, scan));
    let nextCursor = page.nextCursor;
    if (query.limit !== undefined && items.length > query.limit) {
      items = items.slice(0, query.limit);
      nextCursor = encodeCursor(positionOf(items.at(-1) as unknown as Entity, scan), scan);
    }
    return nextCursor === undefined ? { items } : { items, nextCursor };
  }

  // --- writes ---------------------------------------------------------------------------------

  write(viewer: Viewer | null, ops: OutboxOp[], batch: boolean): Promise<Entity[]> {
    this.assertOpen();
    const now = this.clock().toISOString();
    const overlay = this.outbox.overlay();
    const states = new Map<string, Entity | null | undefined>();
    const stateOf = (key: string) => (states.has(key) ? states.get(key) : overlay.has(key) ? overlay.get(key)!.record : this.known.get(key));
    const predicted: Array<Entity | null> = [];
    const optimistic: Entity[] = [];
    for (const op of ops) {
      const key = recordKey(op.collection, opId(op));
      const before = stateOf(key);
      if (op.type === 'put') {
        const after = { ...op.record, createdAt: before?.createdAt ?? now, updatedAt: now, version: op.expectedVersion + 1 } as Entity;
        predicted.push(after);
        optimistic.push(structuredClone(after));
        states.set(key, after);
      } else {
        predicted.push(null);
        optimistic.push(before ? structuredClone(before) : { id: op.id, version: op.expectedVersion ?? 0, createdAt: now, updatedAt: now });
        states.set(key, null);
      }
    }
    // A poll may hear of these writes before their replies arrive: know them as ours already.
    ops.forEach((op, index) => {
      const after = predicted[index];
      this.live?.noteLocal(op.collection, opId(op), after ? after.version : 'deleted');
    });
    return this.outbox.submit({ key: newId(), viewer, batch, ops, predicted, optimistic, createdAt: now });
  }

  // --- subscriptions --------------------------------------------------------------------------

  subscribe(viewer: Viewer | null, listener: (change: ChangeEvent) => void, collections?: readonly CollectionName[]): () => void {
    const subscription: Subscription = { viewer, key: viewerKey(viewer), listener, active: true, queue: Promise.resolve() };
    if (collections) subscription.wanted = new Set(collections);
    this.subscriptions.add(subscription);
    const stopLive = this.closed ? undefined : this.live?.watch(viewer, collections);
    return () => {
      subscription.active = false;
      this.subscriptions.delete(subscription);
      stopLive?.();
    };
  }

  /** This tab's changes, to every subscriber whose viewer could see the record before or after. */
  private announce(changes: readonly RawChange[]): void {
    if (changes.length === 0 || this.closed) return;
    for (const change of changes) this.live?.noteLocal(change.collection, change.id, change.type === 'delete' ? 'deleted' : change.version!);
    if (changes.some((change) => change.collection === 'people')) this.people = undefined;
    for (const subscription of this.subscriptions) {
      this.enqueue(subscription, async () => {
        for (const change of changes) {
          if (subscription.wanted && !subscription.wanted.has(change.collection)) continue;
          const states = [change.before, change.after] as Array<Collections[CollectionName] | undefined>;
          if (!(await this.privacy.audible(subscription.viewer, change.collection, states)) || !subscription.active) continue;
          const event: ChangeEvent = { collection: change.collection, id: change.id, type: change.type, origin: 'this-tab' };
          if (change.version !== undefined) event.version = change.version;
          subscription.listener(event);
        }
      });
    }
  }

  private enqueue(subscription: Subscription, work: () => Promise<void>): void {
    subscription.queue = subscription.queue.then(async () => {
      if (!subscription.active) return;
      try {
        await work();
      } catch (error) {
        if (subscription.active && !this.closed) reportLater(error);
      }
    });
  }

  // --- OutboxHost -----------------------------------------------------------------------------

  send(entry: OutboxEntry, mayHaveLanded: boolean): Promise<Entity[]> {
    return this.remote.send(entry, mayHaveLanded);
  }

  probe(): Promise<void> {
    return this.remote.probe();
  }

  async landed(entry: OutboxEntry, results: readonly Entity[]): Promise<void> {
    if (this.closed) return;
    const changes: RawChange[] = [];
    entry.ops.forEach((op, index) => {
      const key = recordKey(op.collection, opId(op));
      const before = this.known.get(key);
      const result = results[index];
      if (op.type === 'put' && result) {
        this.remember(op.collection, result);
        changes.push({ collection: op.collection, id: result.id, type: 'put', version: result.version, after: result, ...(before ? { before } : {}) });
      } else if (op.type === 'delete') {
        this.known.delete(key);
        const removed = before ?? (result && result.createdAt ? result : undefined);
        changes.push({ collection: op.collection, id: op.id, type: 'delete', ...(removed ? { before: removed } : {}) });
      }
    });
    await this.refreshCache(entry.viewer, changes);
    this.announce(changes);
  }

  async deferred(entry: OutboxEntry): Promise<void> {
    this.announce(entry.ops.map((op, index) => {
      const before = this.known.get(recordKey(op.collection, opId(op)));
      const after = entry.predicted[index];
      const change: RawChange = { collection: op.collection, id: opId(op), type: op.type };
      if (before) change.before = before;
      if (after) {
        change.after = after;
        change.version = after.version;
      }
      return change;
    }));
  }

  async dropped(changes: readonly IntendedChange[]): Promise<void> {
    // Views showed this person's version; telling them makes them read the server's again.
    this.announce(changes.map((change) => {
      const theirs = this.known.get(recordKey(change.collection, change.id));
      const raw: RawChange = { collection: change.collection, id: change.id, type: theirs ? 'put' : 'delete' };
      if (theirs) {
        raw.after = theirs;
        raw.version = theirs.version;
      }
      if (change.record) raw.before = change.record;
      return raw;
    }));
  }

  currentVersions(viewer: Viewer | null, records: ReadonlyArray<{ collection: CollectionName; id: Id }>): Promise<Array<number | undefined>> {
    return Promise.all(records.map(async ({ collection, id }) => (await this.reach((retries) => this.remote.get(viewer, collection, id, { retries })))?.version));
  }

  // --- LiveHost -------------------------------------------------------------------------------

  async poll(viewer: Viewer | null, collection: CollectionName, etag: string | undefined): Promise<PollResult> {
    const reply = await this.reach((retries) => this.remote.list(viewer, collection, {}, { retries, ...(etag ? { etag } : {}) }));
    if (reply.notModified) return { notModified: true, records: [] };
    const seen = (await this.privacy.reveal(viewer, collection, reply.items as Array<Collections[CollectionName]>, { fromServer: true })).filter((item) => item !== null) as Entity[];
    const key = viewerKey(viewer);
    this.quietly(this.device.cachePut(key, collection, seen, () => true));
    this.quietly(this.device.markListed(key, collection));
    return { notModified: false, records: seen, ...(reply.etag ? { etag: reply.etag } : {}) };
  }

  openEvents(viewer: Viewer | null, signal: AbortSignal): Promise<Response> {
    return this.transport.stream(this.remote.storeUrl('_events'), this.remote.viewerHeaders(viewer), signal);
  }

  deliver(viewer: Viewer | null, events: readonly ChangeEvent[]): void {
    if (this.closed) return;
    const key = viewerKey(viewer);
    for (const event of events) {
      // What this tab knew of the record is stale now.
      this.known.delete(recordKey(event.collection, event.id));
      if (event.type === 'delete') this.quietly(this.device.cacheDelete(key, event.collection, event.id));
    }
    if (events.some((event) => event.collection === 'people')) this.people = undefined;
    for (const subscription of this.subscriptions) {
      if (subscription.key !== key) continue;
      this.enqueue(subscription, async () => {
        for (const event of events) {
          if (subscription.wanted && !subscription.wanted.has(event.collection)) continue;
          if (subscription.active) subscription.listener({ ...event });
        }
      });
    }
  }

  isOnline(): boolean {
    return this.outbox.isOnline;
  }

  // --- shared ---------------------------------------------------------------------------------

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopWatching?.();
    this.live?.stop();
    for (const subscription of this.subscriptions) subscription.active = false;
    this.subscriptions.clear();
    await this.outbox.close();
    await this.device.close().catch(() => undefined);
  }

  assertOpen(): void {
    if (this.closed) throw closedError();
  }

  /** Runs a request; the outcome tells the outbox whether the server is there. Offline: one quick try. */
  private async reach<T>(request: (retries: number | undefined) => Promise<T>): Promise<T> {
    try {
      const value = await request(this.outbox.isOnline ? undefined : 0);
      this.outbox.reachable();
      return value;
    } catch (error) {
      if (error instanceof HttpUnavailableError) this.outbox.unreachable(error);
      throw error;
    }
  }

  private remember(collection: CollectionName, record: Entity): void {
    // A summary is not the whole record: it cannot tell who else could see it.
    if (isGoalSummary(record as unknown as PersonalGoal | GoalSummary)) return;
    const key = recordKey(collection, record.id);
    this.known.delete(key);
    this.known.set(key, structuredClone(record));
    if (this.known.size > 5000) this.known.delete(this.known.keys().next().value!);
  }

  private async refreshCache(viewer: Viewer | null, changes: readonly RawChange[]): Promise<void> {
    if (!this.cacheReads) return;
    try {
      for (const change of changes) {
        await this.device.cacheDelete(null, change.collection, change.id);
        if (change.after) {
          const [seen] = await this.privacy.reveal(viewer, change.collection, [change.after as Collections[CollectionName]]);
          if (seen) await this.device.cachePut(viewerKey(viewer), change.collection, [seen as Entity]);
        }
      }
    } catch (error) {
      if (!this.closed) reportLater(error);
    }
  }

  private quietly(work: Promise<unknown>): void {
    work.catch((error: unknown) => {
      if (!this.closed) reportLater(error);
    });
  }

  private async peopleFor(viewer: Viewer): Promise<ReadonlyMap<Id, Person>> {
    if (this.people) return this.people;
    const loading = (async () => {
      try {
        const reply = await this.reach((retries) => this.remote.list(viewer, 'people', {}, { retries }));
        return { people: reply.items as Person[], fresh: true };
      } catch (error) {
        if (!(error instanceof HttpUnavailableError) || !this.cacheReads) throw error;
        return { people: (await this.device.cacheAll(viewerKey(viewer), 'people')) as Person[], fresh: false };
      }
    })();
    const map = loading.then(({ people }) => new Map(people.map((person) => [person.id, person])) as ReadonlyMap<Id, Person>);
    this.people = map;
    // A failed or offline load is not kept: the next read tries the server again.
    loading.then(({ fresh }) => { if (!fresh && this.people === map) this.people = undefined; }, () => { if (this.people === map) this.people = undefined; });
    return map;
  }

  private async goalFor(viewer: Viewer, id: Id): Promise<PersonalGoal | GoalSummary | undefined> {
    try {
      return (await this.reach((retries) => this.remote.get(viewer, 'goals', id, { retries }))) as PersonalGoal | GoalSummary | undefined;
    } catch (error) {
      if (!(error instanceof HttpUnavailableError) || !this.cacheReads) throw error;
      return (await this.device.cacheGet(viewerKey(viewer), 'goals', id)) as PersonalGoal | GoalSummary | undefined;
    }
  }

  private watchConnectivity(): void {
    const target = globalThis as Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>>;
    if (this.options.watchConnectivity === false || typeof target.addEventListener !== 'function') return;
    const online = () => void this.outbox.syncNow().catch(reportLater);
    const offline = () => this.outbox.unreachable(new UnavailableError('This device is offline.'));
    target.addEventListener('online', online);
    target.addEventListener('offline', offline);
    this.stopWatching = () => {
      target.removeEventListener?.('online', online);
      target.removeEventListener?.('offline', offline);
    };
  }
}

/**
 * A `StorageAdapter` over the Goalpost REST contract. `withViewer` views share the connection,
 * outbox, cache and subscriptions; `close` closes them all.
 */
export class HttpAdapter implements StorageAdapter, SyncSource {
  readonly viewer: Viewer | null;
  private readonly store: HttpStore;

  constructor(options: HttpAdapterOptions) {
    this.store = (options as { [SHARED]?: HttpStore })[SHARED] ?? new HttpStore(options);
    this.viewer = options.viewer ?? null;
  }

  /** The base URL this adapter talks to. */
  get endpoint(): string {
    return this.store.remote.base;
  }

  /**
   * The IndexedDB database holding the outbox and the read cache (`null` without one). On a
   * shared device, delete it at sign-out, once `sync.pending` is 0, so the next person cannot read it.
   */
  get offlineDbName(): string | null {
    return this.store.dbName;
  }

  get<C extends CollectionName>(collection: C, id: Id, options: { signal?: AbortSignal } = {}): Promise<Readable<C>> {
    assertCollection(collection);
    return this.store.get(this.viewer, collection, id, options.signal);
  }

  list<C extends CollectionName>(collection: C, query: ListQuery<Collections[C]> = {}): Promise<Page<Readable<C>>> {
    assertCollection(collection);
    return this.store.list(this.viewer, collection, query);
  }

  async put<C extends CollectionName>(collection: C, record: Draft<Collections[C]>, options: { expectedVersion?: number } = {}): Promise<Collections[C]> {
    this.store.assertOpen();
    const [stored] = await this.store.write(this.viewer, [putOp(collection, record, options.expectedVersion)], false);
    return stored as Collections[C];
  }

  async delete(collection: CollectionName, id: Id, options: { expectedVersion?: number } = {}): Promise<void> {
    this.store.assertOpen();
    await this.store.write(this.viewer, [deleteOp(collection, id, options.expectedVersion)], false);
  }

  async batch(ops: readonly BatchOp[]): Promise<Entity[]> {
    this.store.assertOpen();
    const normalised = ops.map((op) => (op.type === 'put' ? putOp(op.collection, op.record, op.expectedVersion) : deleteOp(op.collection, op.id, op.expectedVersion)));
    if (normalised.length === 0) return [];
    return this.store.write(this.viewer, normalised, true);
  }

  subscribe(listener: (change: ChangeEvent) => void, options: { collections?: readonly CollectionName[] } = {}): () => void {
    return this.store.subscribe(this.viewer, listener, options.collections);
  }

  withViewer(viewer: Viewer | null): HttpAdapter {
    return new HttpAdapter({ ...this.store.options, viewer, [SHARED]: this.store } as HttpAdapterOptions);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  // --- SyncSource -----------------------------------------------------------------------------

  get sync(): SyncSnapshot {
    return this.store.outbox.sync;
  }

  /** `saved`, `saving`, `offline` or `error`: see `SyncState`. */
  get syncState(): SyncState {
    return this.sync.state;
  }

  /** Writes waiting to reach the server. */
  get pendingCount(): number {
    return this.sync.pending;
  }

  onSyncChange(listener: (sync: SyncSnapshot) => void): () => void {
    return this.store.outbox.onChange(listener);
  }

  syncNow(): Promise<void> {
    return this.store.outbox.syncNow();
  }

  resolveIssue(issueId: string, choice: IssueChoice): Promise<void> {
    return this.store.outbox.resolveIssue(issueId, choice);
  }
}

/** The HTTP adapter for `endpoint`, for the system viewer; scope it with `withViewer`. */
export function createHttpStorage(endpoint: string, options: Omit<HttpAdapterOptions, 'endpoint'> = {}): HttpAdapter {
  return new HttpAdapter({ ...options, endpoint });
}
