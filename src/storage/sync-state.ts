/**
 * How far a store that talks to a server has got with saving: the state an element such as
 * `goalpost-sync-status` shows, and the writes that need a person's decision. No DOM, no Lit.
 */
import type { CollectionName, Entity, Id, Viewer } from '../core/types.js';
import type { GoalpostErrorCode } from '../core/errors.js';

/**
 * - `saved`: everything written has reached the server.
 * - `saving`: writes are on their way.
 * - `offline`: the server cannot be reached; writes wait in the outbox, reads come from what was last read.
 * - `error`: the server refused a write that was waiting (a conflict or a rejection); see `issues`.
 */
export type SyncState = 'saved' | 'saving' | 'offline' | 'error';

/** One record as a held write would leave it: `record: null` is a deletion. */
export interface IntendedChange {
  collection: CollectionName;
  id: Id;
  record: Entity | null;
}

/**
 * A write that waited in the outbox and that the server then refused. Nothing is dropped: it
 * stays here, with what this person meant and, for a conflict, what the server holds now, until
 * someone chooses (`resolveIssue`). Later writes to the same records wait behind it.
 */
export interface SyncIssue {
  id: string;
  /** `conflict`: somebody else changed the record first. `rejected`: refused for another reason (permission, validation). */
  kind: 'conflict' | 'rejected';
  code: GoalpostErrorCode;
  message: string;
  /** The record the server named. */
  collection: CollectionName;
  recordId: Id;
  /** Who made the write. */
  viewer: Viewer | null;
  /** This person's version of the named record (`null`: they deleted it). */
  mine: Entity | null;
  /** The server's version of it now (`null`: deleted there); absent when the server did not say. */
  theirs?: Entity | null;
  /** Every record the held writes change, in their final intended state. */
  changes: IntendedChange[];
  /** How many writes are held. */
  writes: number;
  createdAt: string;
}

export interface SyncSnapshot {
  state: SyncState;
  /** Writes waiting to reach the server (not counting those held by issues). */
  pending: number;
  issues: readonly SyncIssue[];
  /** Whether the server answered the last time it was asked. */
  online: boolean;
  /** Whether waiting writes survive a reload (IndexedDB was available). */
  durable: boolean;
  /** Why the last attempt failed, when it did. */
  lastError?: string;
}

export type IssueChoice = 'mine' | 'theirs';

export interface SyncSource {
  readonly sync: SyncSnapshot;
  /** Hears every change of `sync`. Returns the unsubscribe. */
  onSyncChange(listener: (sync: SyncSnapshot) => void): () => void;
  /** Tries the server now instead of waiting for the next retry. */
  syncNow(): Promise<void>;
  /** `mine` sends this person's version over the server's; `theirs` drops it. */
  resolveIssue(issueId: string, choice: IssueChoice): Promise<void>;
}

export function isSyncSource(value: unknown): value is SyncSource {
  const candidate = value as Partial<SyncSource> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.onSyncChange === 'function' && typeof candidate.resolveIssue === 'function' && 'sync' in candidate;
}
