/**
 * The outbox: every write of the HTTP adapter passes through it, in order.
 *
 * A write is stored first (IndexedDB, see `offline-store.ts`), then sent. While its caller still
 * waits, the caller hears the server's answer: the stored record, or the typed error (a
 * conflict, a validation or permission error). When the server cannot be reached (after the
 * transport's retries), every waiting caller is answered at once with the predicted record and
 * the write stays queued; it is replayed, in order, when the server answers again (a retry
 * timer with backoff, the browser's `online` event, any successful read, or `syncNow()`).
 *
 * A queued write the server then refuses has nobody waiting to hear it, so it becomes a
 * `SyncIssue`: kept with both versions, never dropped, and every later write to the same
 * records waits behind it (sending them would build on a version the server does not have).
 * Someone resolves it: `mine` sends their version over the server's, `theirs` drops it.
 *
 * Every write carries an idempotency key that stays the same across attempts and reloads, and
 * the transport is told when an earlier attempt may have landed, so a write reaches the server
 * exactly once even when a reply is lost.
 */
import { ConflictError, GoalpostError, UnavailableError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { CollectionName, Entity, Id, Viewer } from '../core/types.js';
import { reportLater } from './changes.js';
import { backoffDelay } from './http-transport.js';
import type { RetryPolicy } from './http-transport.js';
import type { OfflineStore, OutboxEntry, OutboxOp, StoredIssue } from './offline-store.js';
import type { IntendedChange, IssueChoice, SyncIssue, SyncSnapshot } from './sync-state.js';

/** What the outbox needs from the adapter around it. */
export interface OutboxHost {
  /** Sends one entry and resolves with one stored record per op. `mayHaveLanded`: an earlier attempt may have reached the server. */
  send(entry: OutboxEntry, mayHaveLanded: boolean): Promise<Entity[]>;
  /** Resolves when the server answers at all. */
  probe(): Promise<void>;
  /** The server stored `entry`. `announced`: its predicted state was announced when it was deferred. */
  landed(entry: OutboxEntry, results: readonly Entity[], announced: boolean): Promise<void>;
  /** `entry` will wait: its caller got the predicted records; announce them. */
  deferred(entry: OutboxEntry): Promise<void>;
  /** Held writes were dropped: the records shown go back to the server's state. */
  dropped(changes: readonly IntendedChange[], viewer: Viewer | null): Promise<void>;
  /** The server's current version of each record (`undefined`: absent). */
  currentVersions(viewer: Viewer | null, records: ReadonlyArray<{ collection: CollectionName; id: Id }>): Promise<Array<number | undefined>>;
}

/** An entry as the caller hands it over, before it has a place in the outbox. */
export type NewEntry = Omit<OutboxEntry, 'seq'> & {
  /** What the call resolves with if it has to wait: the predicted stored (or removed) records. */
  optimistic: Entity[];
};

type StoredEntry = OutboxEntry & { optimistic?: Entity[] };

export interface OutboxOptions {
  store: OfflineStore;
  host: OutboxHost;
  /** Backoff of replay attempts while the server is away. */
  replay?: Partial<Pick<RetryPolicy, 'baseDelay' | 'maxDelay'>>;
  /** False: nothing waits; a write that cannot reach the server fails with `UnavailableError`. */
  queueOffline?: boolean;
  /**
   * How long a caller waits for the server's answer, in ms, before it gets the predicted record
   * and the write goes on in the background (its outcome then shows in `sync`). Default 5000.
   */
  waitForServer?: number;
  clock?: () => Date;
  random?: () => number;
}

interface Waiter {
  resolve(records: Entity[]): void;
  reject(error: unknown): void;
}

export function recordKey(collection: CollectionName, id: Id): string {
  return `${collection}\u0000${id}`;
}

function opKey(op: OutboxOp): string {
  return recordKey(op.collection, op.type === 'put' ? op.record.id : op.id);
}

function isUnavailable(error: unknown): boolean {
  return error instanceof UnavailableError || (error as { code?: unknown } | null)?.code === 'unavailable';
}

/** The final intended state of every record the entries change, in first-touched order. */
export function finalStates(entries: readonly OutboxEntry[]): IntendedChange[] {
  const states = new Map<string, IntendedChange>();
  for (const entry of entries) {
    entry.ops.forEach((op, index) => {
      const id = op.type === 'put' ? op.record.id : op.id;
      const key = opKey(op);
      // A later write replaces the state but keeps the record's place.
      states.set(key, { collection: op.collection, id, record: entry.predicted[index] ?? null });
    });
  }
  return [...states.values()];
}

export class Outbox {
  private entries: StoredEntry[] = [];
  private issues: StoredIssue[] = [];
  private readonly waiters = new Map<number, Waiter>();
  /** Entries an attempt was made for (or that came from an earlier session): they may have landed. */
  private readonly attempted = new Set<number>();
  private readonly listeners = new Set<(sync: SyncSnapshot) => void>();
  private online = true;
  private probing = false;
  private sending = false;
  private lastError?: string;
  private draining?: Promise<void>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryAttempt = 0;
  private closed = false;
  private snapshot?: SyncSnapshot;
  private emitScheduled = false;
  private readonly ready: Promise<void>;
  private readonly replay: Pick<RetryPolicy, 'baseDelay' | 'maxDelay'>;
  private readonly queueOffline: boolean;
  private readonly clock: () => Date;
  private readonly random: () => number;

  constructor(private readonly options: OutboxOptions) {
    this.replay = { baseDelay: 1000, maxDelay: 30_000, ...options.replay };
    this.queueOffline = options.queueOffline ?? true;
    this.clock = options.clock ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.ready = this.restore().catch((error: unknown) => {
      // Closed before the device store opened: nothing to restore into.
      if (!this.closed) reportLater(error);
    });
  }

  // --- state ----------------------------------------------------------------------------------

  get sync(): SyncSnapshot {
    if (this.snapshot) return this.snapshot;
    const issues = this.issues.map(publicIssue);
    const pending = this.entries.length;
    const state = !this.online ? 'offline' : issues.length > 0 ? 'error' : pending > 0 || this.sending ? 'saving' : 'saved';
    const snapshot: SyncSnapshot = { state, pending, issues, online: this.online, durable: this.options.store.durable };
    if (this.lastError !== undefined && state !== 'saved') snapshot.lastError = this.lastError;
    this.snapshot = snapshot;
    return snapshot;
  }

  get isOnline(): boolean {
    return this.online;
  }

  onChange(listener: (sync: SyncSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The state every waiting or held write leaves a record in, by `recordKey` (`null`: deleted). */
  overlay(collection?: CollectionName): Map<string, IntendedChange> {
    const states = new Map<string, IntendedChange>();
    const entries = [...this.issues.flatMap((issue) => issue.entries), ...this.entries];
    for (const change of finalStates(entries)) {
      if (collection === undefined || change.collection === collection) states.set(recordKey(change.collection, change.id), change);
    }
    return states;
  }

  // --- writing --------------------------------------------------------------------------------

  /** Queues a write and resolves as described at the top of this file. */
  async submit(entry: NewEntry): Promise<Entity[]> {
    await this.ready;
    if (this.closed) throw new UnavailableError('This Goalpost store was closed.');
    const { optimistic, ...persisted } = entry;
    const stored: StoredEntry = { ...(await this.options.store.addEntry(persisted)), optimistic };
    this.entries.push(stored);
    const answer = new Promise<Entity[]>((resolve, reject) => this.waiters.set(stored.seq, { resolve, reject }));
    this.changed();
    const patience = this.options.waitForServer ?? 5000;
    if (this.queueOffline && Number.isFinite(patience)) {
      // A slow server must not leave a person looking at "Saving…" for as long as retries take.
      const timer = setTimeout(() => void this.defer(stored), patience);
      void answer.finally(() => clearTimeout(timer)).catch(() => undefined);
    }
    if (this.online || !this.queueOffline) void this.kick();
    else await this.defer(stored);
    return answer;
  }

  /** Tries the server now: replays waiting writes, or checks that it answers. */
  async syncNow(): Promise<void> {
    await this.ready;
    if (this.closed) return;
    this.clearRetry();
    if (!this.online) {
      if (this.entries.length === 0) {
        try {
          await this.options.host.probe();
        } catch (error) {
          if (!isUnavailable(error)) throw error;
          this.wentOffline(error);
          return;
        }
        this.reachable();
        return;
      }
      // The first write sent is the probe.
      this.probing = true;
    }
    await this.kick();
  }

  /** A request succeeded: the server is back. */
  reachable(): void {
    if (this.online || this.closed) return;
    this.online = true;
    this.retryAttempt = 0;
    this.lastError = undefined;
    this.clearRetry();
    this.changed();
    void this.kick();
  }

  /** A request failed because the server could not be reached. */
  unreachable(error: unknown): void {
    if (this.closed) return;
    if (!this.queueOffline) {
      this.lastError = error instanceof Error ? error.message : String(error);
      return;
    }
    this.wentOffline(error);
  }

  /** Decides what happens to a held write; see `SyncSource.resolveIssue`. */
  async resolveIssue(issueId: string, choice: IssueChoice): Promise<void> {
    await this.ready;
    const issue = this.issues.find((candidate) => candidate.id === issueId);
    if (!issue) throw new GoalpostError('invalid-input', 'That sync issue is already resolved.');
    const changes = finalStates(issue.entries);
    if (choice === 'theirs') {
      await this.options.store.removeIssue(issue.id);
      this.issues = this.issues.filter((candidate) => candidate !== issue);
      this.changed();
      await this.options.host.dropped(changes, issue.viewer);
      return;
    }
    const versions = await this.versionsToOverwrite(issue, changes);
    const ops: OutboxOp[] = [];
    const predicted: Array<Entity | null> = [];
    changes.forEach((change, index) => {
      const version = versions[index];
      if (change.record) {
        const { createdAt: _createdAt, updatedAt: _updatedAt, version: _version, ...fields } = change.record;
        ops.push({ type: 'put', collection: change.collection, record: { ...fields, id: change.id }, expectedVersion: version ?? 0 });
        predicted.push({ ...change.record, version: (version ?? 0) + 1 });
      } else if (version !== undefined) {
        ops.push({ type: 'delete', collection: change.collection, id: change.id, expectedVersion: version });
        predicted.push(null);
      }
    });
    if (ops.length > 0) {
      // The new write is stored before the issue goes, so at no moment is neither kept.
      const stored = await this.options.store.addEntry({
        key: newId(), viewer: issue.viewer, batch: ops.length > 1, ops, predicted, createdAt: this.clock().toISOString(),
      });
      this.entries.push(stored);
    }
    await this.options.store.removeIssue(issue.id);
    this.issues = this.issues.filter((candidate) => candidate !== issue);
    this.changed();
    void this.kick();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.clearRetry();
    // Writes still queued stay stored and are sent by the next adapter on this outbox.
    for (const entry of this.entries) this.answerWithPrediction(entry);
    this.listeners.clear();
  }

  // --- replay ---------------------------------------------------------------------------------

  private async restore(): Promise<void> {
    const [entries, issues] = await Promise.all([this.options.store.loadOutbox(), this.options.store.loadIssues()]);
    this.entries = entries.sort((a, b) => a.seq - b.seq);
    this.issues = issues;
    for (const entry of this.entries) this.attempted.add(entry.seq);
    if (this.entries.length > 0 || this.issues.length > 0) {
      this.changed();
      queueMicrotask(() => void this.kick());
    }
  }

  private kick(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
      this.probing = false;
      this.changed();
      // A write queued just as the loop ended.
      if (!this.closed && this.online && this.entries.length > 0) void this.kick();
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    while (!this.closed && (this.online || this.probing)) {
      const entry = this.entries[0];
      if (!entry) break;
      const holding = this.issueHolding(entry);
      if (holding) {
        await this.hold(entry, holding);
        continue;
      }
      const mayHaveLanded = this.attempted.has(entry.seq);
      this.attempted.add(entry.seq);
      this.sending = true;
      this.changed();
      let results: Entity[];
      try {
        results = await this.options.host.send(entry, mayHaveLanded);
      } catch (error) {
        this.sending = false;
        if (isUnavailable(error) && this.queueOffline) {
          this.wentOffline(error);
          break;
        }
        if (isUnavailable(error)) {
          // Without an outbox the caller hears the failure, as from any other request.
          this.lastError = error instanceof Error ? error.message : String(error);
          await this.refuse(entry, error);
          continue;
        }
        // A refusal is an answer: the server is there.
        this.probing = false;
        this.reachable();
        await this.refuse(entry, error);
        continue;
      }
      this.sending = false;
      this.probing = false;
      this.reachable();
      await this.land(entry, results);
    }
  }

  private async land(entry: StoredEntry, results: Entity[]): Promise<void> {
    this.entries = this.entries.filter((candidate) => candidate !== entry);
    this.attempted.delete(entry.seq);
    const waiter = this.waiters.get(entry.seq);
    this.waiters.delete(entry.seq);
    this.changed();
    try {
      await this.options.store.removeEntry(entry.seq);
    } catch (error) {
      // It would be sent again with the same idempotency key: a repeat, not a second write.
      if (!this.closed) reportLater(error);
    }
    await this.options.host.landed(entry, results, waiter === undefined);
    waiter?.resolve(results);
  }

  private async refuse(entry: StoredEntry, error: unknown): Promise<void> {
    const waiter = this.waiters.get(entry.seq);
    this.entries = this.entries.filter((candidate) => candidate !== entry);
    this.attempted.delete(entry.seq);
    if (waiter) {
      // Somebody is still waiting for this answer: they hear it, and decide.
      this.waiters.delete(entry.seq);
      await this.options.store.removeEntry(entry.seq).catch((failure: unknown) => {
        if (!this.closed) reportLater(failure);
      });
      this.changed();
      waiter.reject(error);
      return;
    }
    if ((error as { code?: unknown }).code === 'not-found' && entry.ops.every((op) => op.type === 'delete')) {
      // Deleting what is already gone leaves the server as this person meant it.
      await this.land(entry, entry.optimistic ?? []);
      return;
    }
    const issue = issueFor(entry, error, this.clock().toISOString());
    this.issues.push(issue);
    this.changed();
    await this.options.store.putIssue(issue, [entry.seq]);
  }

  /** Moves a write behind an unresolved issue about the same records. */
  private async hold(entry: StoredEntry, issue: StoredIssue): Promise<void> {
    this.entries = this.entries.filter((candidate) => candidate !== entry);
    const { optimistic: _optimistic, ...persisted } = entry;
    issue.entries.push(persisted);
    if (issue.kind === 'conflict') {
      const mine = finalStates(issue.entries).find((change) => change.collection === issue.collection && change.id === issue.recordId);
      if (mine) issue.mine = mine.record;
    }
    this.changed();
    await this.options.store.putIssue(issue, [entry.seq]);
    if (this.waiters.has(entry.seq)) await this.defer(entry);
  }

  private issueHolding(entry: OutboxEntry): StoredIssue | undefined {
    const keys = new Set(entry.ops.map(opKey));
    return this.issues.find((issue) => issue.entries.some((held) => held.ops.some((op) => keys.has(opKey(op)))));
  }

  private wentOffline(error: unknown): void {
    this.lastError = error instanceof Error ? error.message : String(error);
    this.probing = false;
    this.online = false;
    this.changed();
    for (const entry of this.entries) {
      if (this.waiters.has(entry.seq)) void this.defer(entry);
    }
    this.scheduleRetry();
  }

  private async defer(entry: StoredEntry): Promise<void> {
    if (!this.answerWithPrediction(entry)) return;
    try {
      await this.options.host.deferred(entry);
    } catch (error) {
      reportLater(error);
    }
  }

  private answerWithPrediction(entry: StoredEntry): boolean {
    const waiter = this.waiters.get(entry.seq);
    if (!waiter) return false;
    this.waiters.delete(entry.seq);
    waiter.resolve(structuredClone(entry.optimistic ?? entry.predicted.filter((record): record is Entity => record !== null)));
    return true;
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer !== undefined || !this.queueOffline) return;
    // Equal jitter: never sooner than half the ceiling, so a server that stays down is not hammered.
    const ceiling = backoffDelay(this.retryAttempt, this.replay, () => 1);
    const delay = Math.round(ceiling / 2 + backoffDelay(this.retryAttempt, this.replay, this.random) / 2);
    this.retryAttempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.syncNow().catch(reportLater);
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private async versionsToOverwrite(issue: StoredIssue, changes: readonly IntendedChange[]): Promise<Array<number | undefined>> {
    const only = changes.length === 1 ? changes[0] : undefined;
    if (only && issue.theirs !== undefined && only.collection === issue.collection && only.id === issue.recordId) {
      return [issue.theirs === null ? undefined : issue.theirs.version];
    }
    return this.options.host.currentVersions(issue.viewer, changes);
  }

  private changed(): void {
    this.snapshot = undefined;
    if (this.emitScheduled) return;
    this.emitScheduled = true;
    queueMicrotask(() => {
      this.emitScheduled = false;
      const snapshot = this.sync;
      for (const listener of [...this.listeners]) {
        try {
          listener(snapshot);
        } catch (error) {
          reportLater(error);
        }
      }
    });
  }
}

function issueFor(entry: OutboxEntry, error: unknown, now: string): StoredIssue {
  const coded = error as Partial<GoalpostError> & { collection?: unknown; id?: unknown };
  const first = entry.ops[0]!;
  const named = error instanceof ConflictError && entry.ops.some((op) => opKey(op) === recordKey(error.collection as CollectionName, error.id))
    ? { collection: error.collection as CollectionName, id: error.id }
    : { collection: first.collection, id: first.type === 'put' ? first.record.id : first.id };
  const mine = finalStates([entry]).find((change) => change.collection === named.collection && change.id === named.id)?.record ?? null;
  const issue: StoredIssue = {
    id: newId(),
    kind: coded.code === 'conflict' ? 'conflict' : 'rejected',
    code: coded.code ?? 'unavailable',
    message: coded.message ?? String(error),
    collection: named.collection,
    recordId: named.id,
    viewer: entry.viewer,
    mine,
    entries: [entry],
    createdAt: now,
  };
  if (error instanceof ConflictError && error.collection === named.collection && error.id === named.id) {
    // Deleted there: null. Changed there: the record as it is now, when the server said.
    if (error.actualVersion === undefined) issue.theirs = null;
    else if (error.current !== undefined) issue.theirs = error.current as Entity;
  }
  return issue;
}

function publicIssue(issue: StoredIssue): SyncIssue {
  const { entries, ...rest } = issue;
  return { ...structuredClone(rest), changes: structuredClone(finalStates(entries)), writes: entries.length };
}
