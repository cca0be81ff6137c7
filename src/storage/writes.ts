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
import type { CollectionName, Collections, Entity, Id, Readable, Viewer } from '../core/types.js';
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
  context(store: RawStore, collection: CollectionName, records: ReadonlyArray<Entity | undefined>, freshPeople?: boolean): Promise<PrivacyContext>;
  reveal<C extends CollectionName>(
    store: RawStore,
    collection: C,
    records: readonly Entity[],
    options: RevealOptions,
    known?: PrivacyContext,
  ): Promise<Array<Readable<C> | null>>;
}

/**
 * A write queued to be awaited with the rest of its batch. If a later op fails first, the batch
 * never awaits it; the transaction is rolled back and its failure is not an unhandled rejection.
 */
function queued(write: Promise<void>): Promise<void> {
  write.catch(() => undefined);
  return write;
}

/** Applies `ops` in one transaction, all or nothing; one stored (or deleted) record per op. */
export async function commit(host: WriteHost, ops: readonly PlannedWrite[]): Promise<Entity[]> {
  // Validated before the transaction opens: a bad draft never holds the store.
  for (const op of ops) if (op.type === 'put') assertValid(op.collection, op.draft);
  const now = host.clock().toISOString();
  let changes: RawChange[] = [];

  // Each op's id, when known up front; a batch that names one record twice reads as it goes.
  const ids = ops.map((op) => (op.type === 'delete' ? op.id : (op.draft.id as Id | undefined)));
  const keys = ids.map((id, index) => (id === undefined ? undefined : `${ops[index]!.collection}\u0000${id}`));
  const distinct = keys.every((key) => key !== undefined) && new Set(keys).size === keys.length;

  const results = await host.backend.write(async (store) => {
    changes = [];
    let peopleWritten = false;
    const results: Entity[] = [];
    // A large batch asks for every earlier version at once and queues its writes without
    // waiting on each: the store answers them in order within the one transaction.
    const earlier = distinct ? await Promise.all(ops.map((op, index) => store.get(op.collection, ids[index]!))) : undefined;
    const writes: Array<Promise<void>> = [];
    for (const [index, op] of ops.entries()) {
      const previous = earlier ? { record: earlier[index] } : undefined;
      const change = op.type === 'put'
        ? await applyPut(host, store, op.collection, op.draft, op.expectedVersion, now, peopleWritten, previous, writes)
        : await applyDelete(host, store, op.collection, op.id, op.expectedVersion, peopleWritten, previous, writes);
      changes.push(change.raw);
      results.push(change.result);
      if (op.collection === 'people') peopleWritten = true;
    }
    await Promise.all(writes);
    return results;
  });

  await host.backend.announce(changes);
  return results;
}

async function applyPut(
  host: WriteHost,
  store: RawWriter,
  collection: CollectionName,
  draft: Record<string, unknown>,
  expectedVersion: number | undefined,
  now: string,
  freshPeople: boolean,
  known: { record: Entity | undefined } | undefined,
  writes: Array<Promise<void>>,
): Promise<{ raw: RawChange; result: Entity }> {
  const { id: draftId, createdAt: _createdAt, updatedAt: _updatedAt, version: draftVersion, ...fields } = draft;
  const expected = expectedVersion ?? (draftVersion as number | undefined);
  const id = (draftId as Id | undefined) ?? newId();
  const previous = known ? known.record : await store.get(collection, id);
  const next = {
    ...fields,
    id,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    version: (previous?.version ?? 0) + 1,
  } as Entity;

  const ctx = await host.context(store, collection, [previous, next], freshPeople);
  if (previous) {
    const [current] = await host.reveal(store, collection, [previous], { figures: true, freshPeople }, ctx);
    if (!current) {
      // A record the viewer cannot see is, to them, one that is not there: a stale write hears
      // "deleted", and a create can only collide with it by guessing its id.
      if (expected !== undefined && expected > 0) throw new ConflictError(collection, id, expected, undefined);
      throw new PermissionError();
    }
    if (expected !== previous.version) throw new ConflictError(collection, id, expected, previous.version, current);
  } else if (expected !== undefined && expected !== 0) {
    throw new ConflictError(collection, id, expected, undefined);
  }
  assertMayWrite(collection, previous as Collections[CollectionName] | undefined, next as Collections[CollectionName], host.viewer, ctx);

  writes.push(queued(store.put(collection, next)));
  const raw: RawChange = { collection, id, type: 'put', version: next.version, after: next };
  if (previous) raw.before = previous;
  return { raw, result: structuredClone(next) };
}

async function applyDelete(
  host: WriteHost,
  store: RawWriter,
  collection: CollectionName,
  id: Id,
  expectedVersion: number | undefined,
  freshPeople: boolean,
  known: { record: Entity | undefined } | undefined,
  writes: Array<Promise<void>>,
): Promise<{ raw: RawChange; result: Entity }> {
  const previous = known ? known.record : await store.get(collection, id);
  if (!previous) throw new NotFoundError(collection, id);
  const ctx = await host.context(store, collection, [previous], freshPeople);
  const [current] = await host.reveal(store, collection, [previous], { figures: true, freshPeople }, ctx);
  if (!current) throw new NotFoundError(collection, id);
  if (expectedVersion !== undefined && expectedVersion !== previous.version) {
    throw new ConflictError(collection, id, expectedVersion, previous.version, current);
  }
  assertMayWrite(collection, previous as Collections[CollectionName], null, host.viewer, ctx);
  writes.push(queued(store.delete(collection, id)));
  return { raw: { collection, id, type: 'delete', before: previous }, result: current as Entity };
}
