/**
 * Puts, deletes and batches: full validation (with the English wording of its problems),
 * version checks and write permissions, applied in one transaction and announced once committed.
 *
 * Lazy: `BaseAdapter` loads this module on a page's first write, so a page that only reads
 * (cards, meters, a feed) never downloads validation. Reads check a record's shape instead
 * (src/core/shape.ts).
 */
import { ConflictError, NotFoundError, PermissionError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import { assertMayWrite } from '../core/privacy-writes.js';
import type { PrivacyContext } from '../core/privacy.js';
import { assertValid } from '../core/validation.js';
import type { CheckIn, CollectionName, Collections, Entity, Id, PersonalGoal, Readable, Viewer } from '../core/types.js';
import type { RawBackend, RawStore, RawWriter, RevealOptions } from './base-adapter.js';
import type { RawChange } from './changes.js';

/** One op of a write, checked and copied when the caller made it, so nothing they do later changes it. */
export type PlannedWrite =
  | { type: 'put'; collection: CollectionName; draft: Record<string, unknown>; expectedVersion: number | undefined }
  | { type: 'delete'; collection: CollectionName; id: Id; expectedVersion: number | undefined };

/** What the write path needs of the adapter that loaded it: its store, viewer, clock and privacy reads. */
export interface WriteHost {
  readonly backend: RawBackend;
  readonly viewer: Viewer | null;
  readonly clock: () => Date;
  /** What privacy needs to judge `records`; people from this transaction when `freshPeople`. */
  context(store: RawStore, collection: CollectionName, records: ReadonlyArray<Entity | undefined>, freshPeople?: boolean): Promise<PrivacyContext>;
  reveal<C extends CollectionName>(
    store: RawStore,
    collection: C,
    records: readonly Entity[],
    options: RevealOptions,
    known?: PrivacyContext,
  ): Promise<Array<Readable<C> | null>>;
}

/** The system writes everything: its checks never look at a context. */
const NO_CONTEXT: PrivacyContext = { people: new Map() };

/**
 * A write queued to be awaited with the rest of its batch. If a later op fails first, the batch
 * never awaits it; the transaction is rolled back and its failure is not an unhandled rejection.
 */
function queued(write: Promise<void>): Promise<void> {
  write.catch(() => undefined);
  return write;
}

/**
 * The privacy context of one batch, built once rather than per op: people are read when first
 * needed, and again after the batch writes a person; the goals check-ins are about are read
 * once each, and follow the batch's own writes to goals.
 */
class BatchPrivacy {
  private contexts?: Promise<{ plain: PrivacyContext; checkins: PrivacyContext }>;
  private peopleWritten = false;
  private readonly goals = new Map<Id, PersonalGoal | undefined>();

  constructor(
    private readonly host: WriteHost,
    private readonly store: RawStore,
  ) {}

  async context(collection: CollectionName, records: ReadonlyArray<Entity | undefined>): Promise<PrivacyContext> {
    this.contexts ??= this.host.context(this.store, 'people', [], this.peopleWritten).then(({ people }) => ({
      plain: { people },
      checkins: { people, goal: (goalId: Id) => this.goals.get(goalId) },
    }));
    const { plain, checkins } = await this.contexts;
    if (collection !== 'checkins') return plain;
    for (const record of records) {
      const goalId = (record as CheckIn | undefined)?.goalId;
      if (goalId !== undefined && !this.goals.has(goalId)) this.goals.set(goalId, (await this.store.get('goals', goalId)) as PersonalGoal | undefined);
    }
    return checkins;
  }

  /** After each op: what the next ops' checks must see. */
  wrote(collection: CollectionName, id: Id, record: Entity | undefined): void {
    if (collection === 'people') {
      this.contexts = undefined;
      this.peopleWritten = true;
    } else if (collection === 'goals') {
      this.goals.set(id, record as PersonalGoal | undefined);
    }
  }
}

/** How the ops of one attempt are applied. */
interface Attempt {
  /** Every op's id; a put without one was given a new one. */
  ids: readonly Id[];
  /** The version each op expects to replace (`0`: none), when it says. */
  expected: ReadonlyArray<number | undefined>;
  /** No record is named twice: every earlier version can be read at once, before any write. */
  distinct: boolean;
  /** Per op, true for a create written with `add`, without reading whether it exists. */
  trusted?: readonly boolean[];
}

/** A check failed: the first failing op decides which error the caller hears. */
function isCheckFailure(error: unknown): boolean {
  return (error as Error | null)?.name === 'ConstraintError' || error instanceof ConflictError || error instanceof PermissionError || error instanceof NotFoundError;
}

/** Applies `ops` in one transaction, all or nothing; one stored (or deleted) record per op. */
export async function commit(host: WriteHost, ops: readonly PlannedWrite[]): Promise<Entity[]> {
  // Validated before the transaction opens: a bad draft never holds the store.
  for (const op of ops) if (op.type === 'put') assertValid(op.collection, op.draft);
  const now = host.clock().toISOString();
  const ids = ops.map((op) => (op.type === 'delete' ? op.id : ((op.draft.id as Id | undefined) ?? newId())));
  const expected = ops.map((op) => op.expectedVersion ?? (op.type === 'put' ? (op.draft.version as number | undefined) : undefined));
  const distinct = new Set(ops.map((op, index) => `${op.collection}\u0000${ids[index]!}`)).size === ops.length;
  // Creates (expected version 0) need not read first when the store can refuse a duplicate itself.
  const creates = ops.map((op, index) => op.type === 'put' && expected[index] === 0);
  const trust = distinct && creates.includes(true);

  let changes: RawChange[] = [];
  let trusted = false;
  const attempt = (plan: Attempt) =>
    host.backend.write(async (store) => {
      changes = [];
      trusted = plan.trusted !== undefined && typeof store.add === 'function';
      return apply(host, store, ops, now, trusted ? plan : { ...plan, trusted: undefined }, changes);
    });

  let results: Entity[];
  try {
    results = await attempt({ ids, expected, distinct, trusted: trust ? creates : undefined });
  } catch (error) {
    // A create met a stored record, or a check failed where a stored record might have failed an
    // earlier op first: read everything and let the first failing op speak, as it always does.
    if (!trusted || !isCheckFailure(error)) throw error;
    results = await attempt({ ids, expected, distinct });
  }

  await host.backend.announce(changes);
  return results;
}

async function apply(
  host: WriteHost,
  store: RawWriter,
  ops: readonly PlannedWrite[],
  now: string,
  plan: Attempt,
  changes: RawChange[],
): Promise<Entity[]> {
  const { ids, expected, distinct, trusted } = plan;
  const privacy = host.viewer === null ? undefined : new BatchPrivacy(host, store);
  // Distinct records: every earlier version is asked for at once, and writes are queued without
  // waiting on each; the store answers them in order within the one transaction. A batch that
  // names one record twice reads as it goes, so each op sees the one before.
  const earlier = new Array<Entity | undefined>(ops.length);
  if (distinct) {
    const wanted = ops.flatMap((_, index) => (trusted?.[index] ? [] : [index]));
    const found = await Promise.all(wanted.map((index) => store.get(ops[index]!.collection, ids[index]!)));
    wanted.forEach((index, n) => (earlier[index] = found[n]));
  }
  const results: Entity[] = [];
  const writes: Array<Promise<void>> = [];
  for (let index = 0; index < ops.length; index += 1) {
    const op = ops[index]!;
    const id = ids[index]!;
    const previous = distinct ? earlier[index] : await store.get(op.collection, id);
    const change = op.type === 'put'
      ? await applyPut(host, store, privacy, op, id, expected[index], previous, now, trusted?.[index] === true, writes)
      : await applyDelete(host, store, privacy, op, previous, writes);
    privacy?.wrote(op.collection, id, change.raw.after);
    changes.push(change.raw);
    results.push(change.result);
  }
  await Promise.all(writes);
  return results;
}

/**
 * The record as the viewer sees it, with the figures of a summary, for a `ConflictError`: the
 * caller shows what is stored now.
 */
async function current(host: WriteHost, store: RawStore, collection: CollectionName, previous: Entity, ctx: PrivacyContext): Promise<Entity> {
  const [seen] = await host.reveal(store, collection, [previous], { figures: true }, ctx);
  return seen as Entity;
}

async function applyPut(
  host: WriteHost,
  store: RawWriter,
  privacy: BatchPrivacy | undefined,
  op: Extract<PlannedWrite, { type: 'put' }>,
  id: Id,
  expected: number | undefined,
  previous: Entity | undefined,
  now: string,
  trusted: boolean,
  writes: Array<Promise<void>>,
): Promise<{ raw: RawChange; result: Entity }> {
  const { collection } = op;
  // The draft is the adapter's own copy: it becomes the stored record, its bookkeeping set by the
  // store whatever the caller sent (each attempt sets it again).
  const next = Object.assign(op.draft, {
    id,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    version: (previous?.version ?? 0) + 1,
  }) as Entity;

  const ctx = privacy ? await privacy.context(collection, [previous, next]) : NO_CONTEXT;
  if (previous) {
    const [seen] = await host.reveal(store, collection, [previous], { figures: false }, ctx);
    if (!seen) {
      // A record the viewer cannot see is, to them, one that is not there: a stale write hears
      // "deleted", and a create can only collide with it by guessing its id.
      if (expected !== undefined && expected > 0) throw new ConflictError(collection, id, expected, undefined);
      throw new PermissionError();
    }
    if (expected !== previous.version) {
      throw new ConflictError(collection, id, expected, previous.version, await current(host, store, collection, previous, ctx));
    }
  } else if (expected !== undefined && expected !== 0) {
    throw new ConflictError(collection, id, expected, undefined);
  }
  assertMayWrite(collection, previous as Collections[CollectionName] | undefined, next as Collections[CollectionName], host.viewer, ctx);

  writes.push(queued(trusted ? store.add!(collection, next) : store.put(collection, next)));
  const raw: RawChange = { collection, id, type: 'put', version: next.version, after: next };
  if (previous) raw.before = previous;
  // Nothing keeps `next` once the write is announced: the store and other tabs hold their own copies.
  return { raw, result: next };
}

async function applyDelete(
  host: WriteHost,
  store: RawWriter,
  privacy: BatchPrivacy | undefined,
  op: Extract<PlannedWrite, { type: 'delete' }>,
  previous: Entity | undefined,
  writes: Array<Promise<void>>,
): Promise<{ raw: RawChange; result: Entity }> {
  const { collection, id, expectedVersion } = op;
  if (!previous) throw new NotFoundError(collection, id);
  const ctx = privacy ? await privacy.context(collection, [previous]) : NO_CONTEXT;
  const [seen] = await host.reveal(store, collection, [previous], { figures: true }, ctx);
  if (!seen) throw new NotFoundError(collection, id);
  if (expectedVersion !== undefined && expectedVersion !== previous.version) {
    throw new ConflictError(collection, id, expectedVersion, previous.version, seen);
  }
  assertMayWrite(collection, previous as Collections[CollectionName], null, host.viewer, ctx);
  writes.push(queued(store.delete(collection, id)));
  return { raw: { collection, id, type: 'delete', before: previous }, result: seen as Entity };
}
