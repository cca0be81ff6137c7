/**
 * The one implementation of the public `StorageAdapter` methods. Backends (memory, IndexedDB)
 * only supply raw primitives — read a record, scan a collection, write inside a transaction —
 * and never see a viewer, so none of them can skip privacy, validation or version checks.
 *
 * Every read passes through `visibleRecord` and every write through `assertMayWrite`
 * (src/core/privacy.ts) with a context built from the raw store in the same transaction.
 * Reads refuse records damaged at rest by their shape (src/core/shape.ts); writes, with full
 * validation, live in ./writes.ts and load with the first write.
 */
import { DamagedRecordError, GoalpostError, NotFoundError, UnavailableError, ValidationError } from '../core/errors.js';
import { summaryFigures } from '../core/goal-summary.js';
import { toIsoDate } from '../core/dates.js';
import { visibleRecord } from '../core/privacy.js';
import type { PrivacyContext } from '../core/privacy.js';
import { shapeProblems } from '../core/shape.js';
import { COLLECTIONS, isGoalSummary } from '../core/types.js';
import type {
  Booking, CheckIn, CollectionName, Collections, CompPlan, Draft, Entity, GoalSummary, Id, IsoDate, Person, PersonalGoal, Readable, Viewer,
} from '../core/types.js';
import type { AdapterOptions, BatchOp, ChangeEvent, ListQuery, Page, StorageAdapter, StorageFallback } from './adapter.js';
import { ChangeHub, reportLater } from './changes.js';
import type { ChangeOrigin, RawChange } from './changes.js';
import { plainCopy } from './plain-copy.js';
import { decodeCursor, encodeCursor, matchesQuery, positionOf, scanQueryOf, sortValueOf } from './query.js';
import type { Position, ScanQuery } from './query.js';
import type * as WritePath from './writes.js';
import type { PlannedWrite, WriteHost } from './writes.js';

export interface ScanResult {
  /** Matching records in the query's order, all after the requested position. */
  records: Entity[];
  /** True when nothing further matches. */
  done: boolean;
}

/** Reads with no privacy applied. Every record handed out is the caller's own copy. */
export interface RawStore {
  get(collection: CollectionName, id: Id): Promise<Entity | undefined>;
  /**
   * Matching records after `after`, in the query's order. `max` is a hint: a store that must
   * sort in memory anyway may return everything that follows.
   */
  scan(collection: CollectionName, query: ScanQuery, after: Position | undefined, max: number): Promise<ScanResult>;
}

/**
 * Reads and writes inside one transaction: reads see the writes made before them. A write may
 * resolve as soon as it is queued, provided a write that then fails fails the whole transaction.
 */
export interface RawWriter extends RawStore {
  put(collection: CollectionName, record: Entity): Promise<void>;
  delete(collection: CollectionName, id: Id): Promise<void>;
  /**
   * Optional: stores a record that must be new, without reading first. When one with its id is
   * stored already, the transaction fails with an error named `ConstraintError` (as IndexedDB's
   * `add` does), and the write path runs the batch again, reading each record before it writes.
   */
  add?(collection: CollectionName, record: Entity): Promise<void>;
}

/** People by id, cached because every privacy decision needs them; dropped on any change to people. */
class PeopleCache {
  private map?: ReadonlyMap<Id, Person>;
  // Bumped on every invalidation, so a load that raced a write never caches what it read.
  private generation = 0;

  async get(load: () => Promise<Person[]>): Promise<ReadonlyMap<Id, Person>> {
    if (this.map) return this.map;
    const generation = this.generation;
    const map = new Map((await load()).map((person) => [person.id, person]));
    if (generation === this.generation) this.map = map;
    return map;
  }

  invalidate(): void {
    this.generation += 1;
    this.map = undefined;
  }
}

/** What a storage technology supplies. Shared by every view of one store. */
export abstract class RawBackend {
  readonly changes = new ChangeHub();
  readonly people = new PeopleCache();
  /** Set once the backend keeps data in memory because its real storage was refused. */
  fallback?: StorageFallback;
  protected readonly fallbackListeners = new Set<(fallback: StorageFallback) => void>();

  onFallback(listener: (fallback: StorageFallback) => void): () => void {
    this.fallbackListeners.add(listener);
    return () => this.fallbackListeners.delete(listener);
  }

  /** Runs `work` against a consistent snapshot. */
  abstract read<T>(work: (store: RawStore) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  abstract write<T>(work: (store: RawWriter) => Promise<T>): Promise<T>;
  abstract close(): Promise<void>;

  /** Called once a write committed. Never rejects: the write already happened. */
  announce(changes: readonly RawChange[]): Promise<void> {
    return this.receive(changes, 'this-tab');
  }

  protected receive(changes: readonly RawChange[], origin: ChangeOrigin): Promise<void> {
    if (changes.some((change) => change.collection === 'people')) this.people.invalidate();
    return this.changes.publish(changes, origin);
  }
}

/**
 * The write path (full validation with its English wording, version and permission checks),
 * loaded on the first write, or a few seconds after the first read: the page's first render never
 * waits for it, and saving still works if the connection drops later.
 */
let writePath: Promise<typeof WritePath> | undefined;
let writePathAhead: ReturnType<typeof setTimeout> | undefined;
const WRITE_PATH_AHEAD_MS = 3000;

function fetchWritePathAhead(): void {
  if (writePath || writePathAhead) return;
  // A failure here is left for the first write, which tries again and says so.
  writePathAhead = setTimeout(() => void loadWritePath().catch(() => undefined), WRITE_PATH_AHEAD_MS);
}

function loadWritePath(): Promise<typeof WritePath> {
  writePath ??= import('./writes.js').catch((error: unknown) => {
    // Offline, say: the next write tries again.
    writePath = undefined;
    throw new UnavailableError('Saving is unavailable right now: part of Goalpost could not be loaded.', { cause: error });
  });
  return writePath;
}

/** Results read from a scan before checking whether the caller gave up, and the least worth a trip. */
const MIN_SCAN_CHUNK = 64;

function isCollection(value: unknown): value is CollectionName {
  return typeof value === 'string' && (COLLECTIONS as readonly string[]).includes(value);
}

function assertCollection(collection: unknown): asserts collection is CollectionName {
  if (!isCollection(collection)) {
    throw new GoalpostError('invalid-input', `"${String(collection)}" is not a collection Goalpost keeps.`);
  }
}

function assertVersionArgument(version: unknown): asserts version is number | undefined {
  if (version !== undefined && !(Number.isInteger(version) && (version as number) >= 0)) {
    throw new GoalpostError('invalid-input', 'An expected version is a whole number of 0 or more.');
  }
}

/** A private copy of what the caller handed in, so later changes on their side cannot slip past validation. */
function copyDraft(collection: CollectionName, record: unknown): Record<string, unknown> {
  const plain = plainCopy(record);
  if (plain) return plain;
  try {
    return structuredClone(record) as Record<string, unknown>;
  } catch {
    throw new ValidationError([{ field: '', message: 'This record holds something that cannot be saved.' }], collection);
  }
}

/** The plan in force on `today`: the latest plan year already started, else the first one to come. */
function planInForce(plans: readonly CompPlan[], today: IsoDate): CompPlan | undefined {
  const started = plans.filter((plan) => plan.yearStart <= today).sort((a, b) => (a.yearStart < b.yearStart ? 1 : -1));
  if (started.length > 0) return started[0];
  return [...plans].sort((a, b) => (a.yearStart < b.yearStart ? -1 : 1))[0];
}

export interface RevealOptions {
  /** Compute the figures of manager summaries (a few more reads); off where only yes/no matters. */
  figures: boolean;
  /** Read people from this transaction instead of the cache (it may have written people). */
  freshPeople?: boolean;
}

export class BaseAdapter implements StorageAdapter {
  readonly viewer: Viewer | null;
  protected readonly clock: () => Date;

  protected constructor(
    protected readonly backend: RawBackend,
    options: AdapterOptions = {},
  ) {
    this.viewer = options.viewer ?? null;
    this.clock = options.clock ?? (() => new Date());
  }

  async get<C extends CollectionName>(collection: C, id: Id, options: { signal?: AbortSignal } = {}): Promise<Readable<C>> {
    assertCollection(collection);
    options.signal?.throwIfAborted();
    const seen = await this.backend.read(async (store) => {
      const record = await store.get(collection, id);
      if (!record) return null;
      // A record damaged at rest (an old client, a bad import) is refused by name, not rendered half-broken.
      const problems = shapeProblems(collection, record);
      if (problems.length > 0) {
        const [visible] = await this.reveal(store, collection, [record], { figures: false }).catch(() => [null]);
        // Someone who may see only a summary is not told which hidden field is damaged.
        if (visible) throw new DamagedRecordError(collection, id, collection === 'goals' && isGoalSummary(visible as PersonalGoal | GoalSummary) ? [] : problems);
        return null;
      }
      const [visible] = await this.reveal(store, collection, [record], { figures: true });
      return visible ?? null;
    });
    options.signal?.throwIfAborted();
    fetchWritePathAhead();
    if (seen === null) throw new NotFoundError(collection, id);
    return seen;
  }

  async list<C extends CollectionName>(collection: C, query: ListQuery<Collections[C]> = {}): Promise<Page<Readable<C>>> {
    assertCollection(collection);
    const { limit, signal } = query;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) {
      throw new GoalpostError('invalid-input', 'A page size is a whole number of at least 1.');
    }
    signal?.throwIfAborted();
    const scan = scanQueryOf(query as ScanQuery);
    const start = query.cursor === undefined ? undefined : decodeCursor(query.cursor, scan);
    // One more than a page, to know whether another page follows without promising an empty one.
    const wanted = limit === undefined ? Infinity : limit + 1;

    let damaged = 0;
    // Damaged records met before the page's last record: those past it belong to the next page.
    let damagedInPage: number | undefined;
    const found = await this.backend.read(async (store) => {
      const found: Array<{ item: Readable<C>; position: Position }> = [];
      let after = start;
      let done = false;
      // The first trip asks for just a page and one more; only when damaged or hidden records
      // fell out of it does the next ask for at least a chunk's worth.
      let least = 0;
      while (!done && found.length < wanted) {
        // The caller throws the abort reason once the read is over; throwing here would look like a storage failure.
        if (signal?.aborted) break;
        const chunk = await store.scan(collection, scan, after, Math.max(wanted - found.length, least));
        least = MIN_SCAN_CHUNK;
        done = chunk.done || chunk.records.length === 0;
        const sound = chunk.records.filter((record) => shapeProblems(collection, record).length === 0);
        const visible = await this.reveal(store, collection, sound, { figures: true });
        // `sound` keeps the chunk's order: a record that is not the next sound one is damaged.
        let next = 0;
        for (const record of chunk.records) {
          after = positionOf(record, scan);
          if (record !== sound[next]) {
            // Count only what the viewer could have seen: a damaged private record stays unmentioned.
            // Nor one that matches the query only by what the viewer may not see.
            const [seen] = await this.reveal(store, collection, [record], { figures: false }).catch(() => [null]);
            if (seen && this.stillMatches(record, seen, scan)) damaged += 1;
            continue;
          }
          const seen = visible[next++];
          if (seen && this.stillMatches(record, seen, scan)) {
            found.push({ item: seen, position: after });
            if (found.length === limit) damagedInPage = damaged;
            if (found.length >= wanted) break;
          }
        }
      }
      return found;
    });
    signal?.throwIfAborted();
    fetchWritePathAhead();

    const items = found.slice(0, limit);
    const page: Page<Readable<C>> = { items: items.map((entry) => entry.item) };
    // A record past the page means another page follows, from the page's last record on.
    const more = found.length > items.length;
    const counted = more ? (damagedInPage ?? damaged) : damaged;
    if (counted > 0) page.damaged = counted;
    if (more) page.nextCursor = encodeCursor(items.at(-1)!.position, scan);
    return page;
  }

  async put<C extends CollectionName>(collection: C, record: Draft<Collections[C]>, options: { expectedVersion?: number } = {}): Promise<Collections[C]> {
    const op = { type: 'put', collection, record, expectedVersion: options.expectedVersion } as unknown as BatchOp;
    const [stored] = await this.commit([op]);
    return stored as Collections[C];
  }

  async delete(collection: CollectionName, id: Id, options: { expectedVersion?: number } = {}): Promise<void> {
    await this.commit([{ type: 'delete', collection, id, expectedVersion: options.expectedVersion }]);
  }

  batch(ops: readonly BatchOp[]): Promise<Entity[]> {
    return this.commit(ops);
  }

  subscribe(listener: (change: ChangeEvent) => void, options: { collections?: readonly CollectionName[] } = {}): () => void {
    const wanted = options.collections ? new Set<CollectionName>(options.collections) : undefined;
    return this.backend.changes.add(async (changes, origin) => {
      const relevant = changes.filter((change) => !wanted || wanted.has(change.collection));
      if (relevant.length === 0) return;
      const audible = this.viewer === null ? relevant : await this.backend.read((store) => this.audibleChanges(store, relevant));
      for (const change of audible) {
        const event: ChangeEvent = { collection: change.collection, id: change.id, type: change.type, origin };
        if (change.version !== undefined) event.version = change.version;
        try {
          listener(event);
        } catch (error) {
          // One broken listener must not silence the others; the page still sees its error.
          reportLater(error);
        }
      }
    });
  }

  withViewer(viewer: Viewer | null): StorageAdapter {
    return new BaseAdapter(this.backend, { viewer, clock: this.clock });
  }

  get fallback(): StorageFallback | undefined {
    return this.backend.fallback;
  }

  onFallback(listener: (fallback: StorageFallback) => void): () => void {
    return this.backend.onFallback(listener);
  }

  close(): Promise<void> {
    return this.backend.close();
  }

  // ---------------------------------------------------------------------------------------------
  // Writes

  private async commit(ops: readonly BatchOp[]): Promise<Entity[]> {
    if (!Array.isArray(ops)) throw new GoalpostError('invalid-input', 'A batch is a list of operations.');
    for (const op of ops) {
      assertCollection(op?.collection);
      assertVersionArgument(op.expectedVersion);
      if (op.type !== 'put' && op.type !== 'delete') throw new GoalpostError('invalid-input', 'A batch operation is a put or a delete.');
    }
    // Copies are taken before anything waits: nothing the caller does later can change them.
    const planned = ops.map((op): PlannedWrite =>
      op.type === 'put'
        ? { type: 'put', collection: op.collection, draft: copyDraft(op.collection, op.record), expectedVersion: op.expectedVersion }
        : { type: 'delete', collection: op.collection, id: op.id, expectedVersion: op.expectedVersion },
    );
    const { commit } = await loadWritePath();
    return commit(this.writeHost, planned);
  }

  /** This view as the write path sees it. */
  private get writeHost(): WriteHost {
    return {
      backend: this.backend,
      viewer: this.viewer,
      clock: this.clock,
      context: (store, collection, records, freshPeople) => this.context(store, collection, records, freshPeople),
      reveal: (store, collection, records, options, known) => this.reveal(store, collection, records, options, known),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Privacy

  /** What the privacy rules need to judge `records`: people, and the goals check-ins are about. */
  private async context(
    store: RawStore,
    collection: CollectionName,
    records: ReadonlyArray<Entity | undefined>,
    freshPeople = false,
  ): Promise<PrivacyContext> {
    const loadPeople = async () => (await store.scan('people', {}, undefined, Infinity)).records as Person[];
    const people = freshPeople ? new Map((await loadPeople()).map((person) => [person.id, person])) : await this.backend.people.get(loadPeople);
    const ctx: PrivacyContext = { people };
    if (collection === 'checkins') {
      const goalIds = new Set<Id>();
      for (const record of records) {
        const goalId = (record as CheckIn | undefined)?.goalId;
        if (goalId !== undefined) goalIds.add(goalId);
      }
      const goals = new Map<Id, PersonalGoal>();
      for (const goalId of goalIds) {
        const goal = await store.get('goals', goalId);
        if (goal) goals.set(goalId, goal as PersonalGoal);
      }
      ctx.goal = (goalId) => goals.get(goalId);
    }
    return ctx;
  }

  /**
   * Each record as the viewer may see it, or null. Summaries need figures computed from the
   * owner's plan, bookings and the goal's check-ins; rather than repeat the privacy rules to know
   * which goals become summaries, a first pass records which goals the rules summarised, and the
   * data is loaded for those alone.
   */
  private async reveal<C extends CollectionName>(
    store: RawStore,
    collection: C,
    records: readonly Entity[],
    options: RevealOptions,
    known?: PrivacyContext,
  ): Promise<Array<Readable<C> | null>> {
    const viewer = this.viewer;
    if (viewer === null) return records as Array<Readable<C>>;
    if (records.length === 0) return [];
    const ctx = known ?? (await this.context(store, collection, records, options.freshPeople));
    const summarised = new Map<Id, PersonalGoal>();
    const firstPass = records.map((record) =>
      visibleRecord(collection, record as Collections[C], viewer, {
        ...ctx,
        summarize: (goal) => {
          summarised.set(goal.id, goal);
          return {};
        },
      }),
    );
    if (summarised.size === 0 || !options.figures) return firstPass;
    const figures = await this.summaryFiguresFor(store, [...summarised.values()]);
    return records.map((record) =>
      visibleRecord(collection, record as Collections[C], viewer, { ...ctx, summarize: (goal) => figures.get(goal.id) ?? {} }),
    );
  }

  private async summaryFiguresFor(store: RawStore, goals: readonly PersonalGoal[]): Promise<Map<Id, ReturnType<typeof summaryFigures>>> {
    const today = toIsoDate(this.clock());
    const owners = new Map<Id, { plan?: CompPlan; bookings: Booking[] }>();
    const figures = new Map<Id, ReturnType<typeof summaryFigures>>();
    for (const goal of goals) {
      let owner = owners.get(goal.ownerId);
      if (!owner) {
        const plans = (await store.scan('plans', { where: { ownerId: goal.ownerId } }, undefined, Infinity)).records as CompPlan[];
        const bookings = (await store.scan('bookings', { where: { ownerId: goal.ownerId } }, undefined, Infinity)).records as Booking[];
        const plan = planInForce(plans, today);
        owner = plan ? { plan, bookings } : { bookings };
        owners.set(goal.ownerId, owner);
      }
      const checkins = (await store.scan('checkins', { where: { goalId: goal.id } }, undefined, Infinity)).records as CheckIn[];
      figures.set(goal.id, summaryFigures(goal, { ...owner, checkins, today }));
    }
    return figures;
  }

  /**
   * A summary must not be found or placed by a field it hides: a manager filtering or ordering
   * by a goal's title would otherwise learn about the title. Filters are checked again on what
   * the viewer sees, and the order field must be one the viewer sees unchanged.
   */
  private stillMatches(raw: Entity, seen: object, query: ScanQuery): boolean {
    if (seen === raw) return true;
    if (!matchesQuery(seen, query)) return false;
    return query.orderBy === undefined || sortValueOf(raw, query.orderBy) === sortValueOf(seen, query.orderBy);
  }

  /**
   * The changes this viewer could see before or after they happened. Each collection's states
   * are judged together, with one privacy context, so a large batch costs one pass.
   */
  private async audibleChanges(store: RawStore, changes: readonly RawChange[]): Promise<RawChange[]> {
    // Another tab's large batch names its puts without their records: read them as stored now,
    // once for every view (the changes are shared). A record gone since stays unread; its
    // deletion follows.
    const unread = changes.filter((change) => change.type === 'put' && !change.after);
    const read = await Promise.all(unread.map((change) => store.get(change.collection, change.id)));
    unread.forEach((change, index) => (change.after = read[index]));
    const heard = new Set<RawChange>();
    for (const collection of new Set(changes.map((change) => change.collection))) {
      const owners: RawChange[] = [];
      const states: Entity[] = [];
      for (const change of changes) {
        for (const state of change.collection === collection ? [change.before, change.after] : []) {
          if (!state) continue;
          owners.push(change);
          states.push(state);
        }
      }
      const seen = await this.reveal(store, collection, states, { figures: false });
      seen.forEach((record, index) => {
        if (record) heard.add(owners[index]!);
      });
    }
    return changes.filter((change) => heard.has(change));
  }
}
