/**
 * An adapter whose implementation loads on first use, so a page pays for a backend (the REST
 * adapter with its outbox) only when it asks for it. Every call waits for the load; a failed load
 * fails each call with the load's error. When the loaded adapter reports sync state, so does
 * this one.
 */
import type { CollectionName, Viewer } from '../core/types.js';
import type { BatchOp, ChangeEvent, StorageAdapter } from './adapter.js';
import { isSyncSource } from './sync-state.js';
import type { IssueChoice, SyncSnapshot, SyncSource } from './sync-state.js';

const LOADING: SyncSnapshot = Object.freeze({ state: 'saving', pending: 0, issues: [], online: true, durable: false });

export class DeferredAdapter implements StorageAdapter, SyncSource {
  private loaded?: StorageAdapter;
  private view?: Promise<StorageAdapter>;

  constructor(
    private readonly load: () => Promise<StorageAdapter>,
    readonly viewer: Viewer | null = null,
    /** Shared by every view of one deferred store, so the backend loads once. */
    private readonly shared: { base?: Promise<StorageAdapter> } = {},
  ) {}

  private ready(): Promise<StorageAdapter> {
    this.shared.base ??= this.load();
    this.view ??= this.shared.base.then((adapter) => (this.viewer === adapter.viewer ? adapter : adapter.withViewer(this.viewer)));
    void this.view.then((adapter) => (this.loaded = adapter), () => undefined);
    return this.view;
  }

  get: StorageAdapter['get'] = (collection, id, options) => this.ready().then((a) => a.get(collection, id, options));
  list: StorageAdapter['list'] = (collection, query) => this.ready().then((a) => a.list(collection, query));
  put: StorageAdapter['put'] = (collection, record, options) => this.ready().then((a) => a.put(collection, record, options));

  delete(collection: CollectionName, id: string, options?: { expectedVersion?: number }): Promise<void> {
    return this.ready().then((a) => a.delete(collection, id, options));
  }

  batch(ops: readonly BatchOp[]) {
    return this.ready().then((a) => a.batch(ops));
  }

  subscribe(listener: (change: ChangeEvent) => void, options?: { collections?: readonly CollectionName[] }): () => void {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void this.ready().then((adapter) => {
      if (!cancelled) stop = adapter.subscribe(listener, options);
    }, () => undefined);
    return () => {
      cancelled = true;
      stop?.();
    };
  }

  withViewer(viewer: Viewer | null): StorageAdapter {
    return new DeferredAdapter(this.load, viewer, this.shared);
  }

  async close(): Promise<void> {
    if (this.shared.base) await (await this.shared.base).close();
  }

  get sync(): SyncSnapshot {
    return this.loaded && isSyncSource(this.loaded) ? this.loaded.sync : LOADING;
  }

  onSyncChange(listener: (sync: SyncSnapshot) => void): () => void {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void this.ready().then((adapter) => {
      if (cancelled || !isSyncSource(adapter)) return;
      listener(adapter.sync);
      stop = adapter.onSyncChange(listener);
    }, () => undefined);
    return () => {
      cancelled = true;
      stop?.();
    };
  }

  async syncNow(): Promise<void> {
    const adapter = await this.ready();
    if (isSyncSource(adapter)) await adapter.syncNow();
  }

  async resolveIssue(issueId: string, choice: IssueChoice): Promise<void> {
    const adapter = await this.ready();
    if (isSyncSource(adapter)) await adapter.resolveIssue(issueId, choice);
  }
}
