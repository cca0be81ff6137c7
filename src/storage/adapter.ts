/**
 * The storage contract every Goalpost element reads and writes through. No Lit, no DOM: an
 * adapter may be IndexedDB, memory, a REST backend or one an integrator writes, and the elements
 * cannot tell which.
 *
 * Rules every adapter keeps (the conformance suite in `conformance.ts` checks them):
 * - Every read is filtered for `viewer` by `src/core/privacy.ts`; a record the viewer may not
 *   see is reported as not found, never as forbidden, so its existence is not revealed.
 * - Every write is checked by `assertValid` and `assertMayWrite`, and a failed write leaves the
 *   stored data exactly as it was.
 * - `version` counts writes: a create stores version 1 and each later write adds one. A write
 *   names the version it read (`expectedVersion`, or the record's own `version`); when that is
 *   no longer the stored one the write fails with a `ConflictError` carrying what is stored now.
 *   `expectedVersion: 0` means "this must not exist yet".
 * - Lists are ordered by `orderBy` with ties broken by `id`, or by `id` alone; records lacking
 *   the `orderBy` field come last in either direction. `where` and `range` compare exactly:
 *   `range` bounds match only values of the same kind (a number bound never matches text).
 */
import type { CollectionName, Collections, Draft, Entity, Id, Readable, Viewer } from '../core/types.js';

export interface ListQuery<T> {
  /** Equality on fields; an `undefined` value filters nothing. */
  where?: Partial<Record<keyof T & string, string | number | boolean>>;
  range?: { field: keyof T & string; gt?: string | number; gte?: string | number; lt?: string | number; lte?: string | number };
  orderBy?: keyof T & string;
  direction?: 'asc' | 'desc';
  /** Page size, a whole number of at least 1. Without it every matching record comes back. */
  limit?: number;
  /** `nextCursor` of the previous page, with the same query otherwise. */
  cursor?: string;
  signal?: AbortSignal;
}

export interface Page<T> {
  items: T[];
  /** Present only when more visible records follow this page. */
  nextCursor?: string;
  /** How many stored records on the way were damaged (they fail `shapeProblems`, src/core/shape.ts) and were left out. */
  damaged?: number;
}

export interface ChangeEvent {
  collection: CollectionName;
  id: Id;
  type: 'put' | 'delete';
  /** The version written; absent for deletes. */
  version?: number;
  /** `this-tab`: written through this adapter (any of its viewers); `other-tab`: another adapter on the same store; `remote`: a server. */
  origin: 'this-tab' | 'other-tab' | 'remote';
}

/** One put of a batch: the collection and the record correspond, as in `put`. */
export type BatchPut = {
  [C in CollectionName]: { type: 'put'; collection: C; record: Draft<Collections[C]>; expectedVersion?: number };
}[CollectionName];

export type BatchOp =
  | BatchPut
  // A record already in stored shape, of any collection (seeding, copying between stores); its
  // fields are checked at run time like any other put.
  | { type: 'put'; collection: CollectionName; record: Entity; expectedVersion?: number }
  | { type: 'delete'; collection: CollectionName; id: Id; expectedVersion?: number };

export interface StorageAdapter {
  /** Who is looking; `null` is the system, which sees and writes everything. */
  readonly viewer: Viewer | null;
  /** The record as the viewer may see it. `NotFoundError` when it is absent or not visible (existence is never revealed). */
  get<C extends CollectionName>(collection: C, id: Id, options?: { signal?: AbortSignal }): Promise<Readable<C>>;
  /** A page of the records the viewer may see. Pages are full pages of visible records. */
  list<C extends CollectionName>(collection: C, query?: ListQuery<Collections[C]>): Promise<Page<Readable<C>>>;
  /** Creates or replaces a record and returns it as stored. See the version rules above. */
  put<C extends CollectionName>(collection: C, record: Draft<Collections[C]>, options?: { expectedVersion?: number }): Promise<Collections[C]>;
  /** `NotFoundError` when absent or not visible; `ConflictError` when `expectedVersion` is stale. */
  delete(collection: CollectionName, id: Id, options?: { expectedVersion?: number }): Promise<void>;
  /**
   * Applies every op in one transaction, all or nothing. Returns one record per op, in order:
   * the stored record of a put, the removed record of a delete.
   */
  batch(ops: readonly BatchOp[]): Promise<Entity[]>;
  /** Hears about changes the viewer may see (before or after the change). Returns the unsubscribe. */
  subscribe(listener: (change: ChangeEvent) => void, options?: { collections?: readonly CollectionName[] }): () => void;
  /** The same store seen by another viewer: shares the connection, and its subscriptions work. */
  withViewer(viewer: Viewer | null): StorageAdapter;
  /** Closes the store for every view of it; later calls fail with `UnavailableError`. */
  close(): Promise<void>;
  /**
   * Set when the store could not keep data where it was asked to and keeps it in this page's
   * memory instead, so nothing typed now survives a reload. Optional for custom adapters.
   */
  readonly fallback?: StorageFallback;
  /** Hears the moment the store falls back. Returns the unsubscribe. Optional for custom adapters. */
  onFallback?(listener: (fallback: StorageFallback) => void): () => void;
}

/** Why a store keeps its data in memory only. */
export interface StorageFallback {
  kind: 'memory';
  /** What the browser refused, in plain words (for logs; elements show their own message). */
  reason: string;
}

/** Options every adapter takes. */
export interface AdapterOptions {
  viewer?: Viewer | null;
  /** The adapter's notion of now, for `createdAt`/`updatedAt` and summary figures. */
  clock?: () => Date;
}
