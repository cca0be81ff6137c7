/**
 * Reads data for an element through `@lit/task` and reads it again whenever storage announces a
 * change to a collection the element depends on, in this tab or another. Swapping the storage
 * (a new provider value) re-runs the query too, because the storage is one of the task's args.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController } from 'lit';
import type { CollectionName } from '../core/types.js';
import type { StorageAdapter } from '../storage/adapter.js';
import type { GoalpostElement } from '../elements/goalpost-element.js';

export interface LiveQueryOptions<T, A extends readonly unknown[]> {
  /** Collections whose changes make the data stale. */
  collections: readonly CollectionName[];
  /** Values the query depends on besides storage; a change re-runs it. */
  args: () => A;
  load: (storage: StorageAdapter, args: A, signal: AbortSignal) => Promise<T>;
  /** Skip loading (and stay initial) while this is false, e.g. before an id is set. */
  enabled?: (args: A) => boolean;
}

export class LiveQuery<T, A extends readonly unknown[]> implements ReactiveController {
  readonly task: Task<[StorageAdapter, A], T>;
  private unsubscribe?: () => void;
  private subscribedTo?: StorageAdapter;
  private connected = false;
  private runScheduled = false;

  constructor(
    private readonly host: GoalpostElement,
    private readonly options: LiveQueryOptions<T, A>,
  ) {
    this.task = new Task<[StorageAdapter, A], T>(host, {
      args: () => [host.store, options.args()] as [StorageAdapter, A],
      task: async ([storage, args], { signal }) => {
        if (options.enabled && !options.enabled(args)) return undefined as T;
        return options.load(storage, args, signal);
      },
      argsEqual: ([storageA, argsA], [storageB, argsB]) =>
        storageA === storageB && argsA.length === argsB.length && argsA.every((value, i) => Object.is(value, argsB[i])),
    });
    host.addController(this);
  }

  get value(): T | undefined {
    return this.task.value;
  }

  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** True until the first load completes; later reloads keep showing the last value. */
  get loading(): boolean {
    return this.task.value === undefined && (this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL);
  }

  /** Reads again now, e.g. after a write this element made. */
  refresh(): Promise<unknown> {
    return this.task.run();
  }

  hostConnected(): void {
    this.connected = true;
    this.follow(this.host.store);
  }

  hostUpdate(): void {
    if (this.connected && this.subscribedTo !== this.host.store) this.follow(this.host.store);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
  }

  private follow(storage: StorageAdapter): void {
    this.unsubscribe?.();
    this.subscribedTo = storage;
    this.unsubscribe = storage.subscribe(() => this.scheduleRun(), { collections: this.options.collections });
  }

  /** A batch announces many changes at once: read once for all of them. */
  private scheduleRun(): void {
    if (this.runScheduled) return;
    this.runScheduled = true;
    queueMicrotask(() => {
      this.runScheduled = false;
      if (this.connected) void this.task.run();
    });
  }
}
