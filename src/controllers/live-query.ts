/**
 * Reads data for an element and reads it again whenever storage announces a change to a
 * collection the element depends on, in this tab or another. A change of the query's arguments
 * (an id, the viewer, the day) or of the storage itself (a new provider value) reads again too.
 * A newer read supersedes an older one still on its way: the older is aborted and its answer
 * ignored, so what shows is always the answer to the latest question.
 */
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

type Question<A> = readonly [StorageAdapter, A];

function sameQuestion<A extends readonly unknown[]>([storageA, argsA]: Question<A>, [storageB, argsB]: Question<A>): boolean {
  return storageA === storageB && argsA.length === argsB.length && argsA.every((value, i) => Object.is(value, argsB[i]));
}

export class LiveQuery<T, A extends readonly unknown[]> implements ReactiveController {
  private answer?: T;
  private failure?: unknown;
  private status: 'initial' | 'pending' | 'complete' | 'error' = 'initial';
  private asked?: Question<A>;
  private reading?: AbortController;
  /** Counts reads, so only the latest one's answer is kept. */
  private reads = 0;
  private unsubscribe?: () => void;
  private subscribedTo?: StorageAdapter;
  private connected = false;
  private runScheduled = false;

  constructor(
    private readonly host: GoalpostElement,
    private readonly options: LiveQueryOptions<T, A>,
  ) {
    host.addController(this);
  }

  /** The latest answer; undefined before the first and after a failed read. */
  get value(): T | undefined {
    return this.answer;
  }

  /** Why the latest read failed, while no newer read is on its way. */
  get error(): unknown {
    return this.status === 'error' ? this.failure : undefined;
  }

  /** True until the first load completes; later reloads keep showing the last value. */
  get loading(): boolean {
    return this.answer === undefined && (this.status === 'initial' || this.status === 'pending');
  }

  /** Reads again now, e.g. after a write this element made. */
  refresh(): Promise<void> {
    return this.run(this.question());
  }

  hostConnected(): void {
    this.connected = true;
    this.follow(this.host.store);
  }

  hostUpdate(): void {
    if (this.connected && this.subscribedTo !== this.host.store) this.follow(this.host.store);
    const question = this.question();
    if (!this.asked || !sameQuestion(this.asked, question)) void this.run(question);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
  }

  private question(): Question<A> {
    return [this.host.store, this.options.args()];
  }

  private async run(question: Question<A>): Promise<void> {
    this.asked = question;
    this.reading?.abort();
    const reading = (this.reading = new AbortController());
    const read = ++this.reads;
    this.status = 'pending';
    this.host.requestUpdate();
    const [storage, args] = question;
    let answer: T | undefined;
    let failure: unknown;
    let failed = false;
    try {
      if (!this.options.enabled || this.options.enabled(args)) answer = await this.options.load(storage, args, reading.signal);
    } catch (error) {
      failed = true;
      failure = error;
    }
    if (read !== this.reads) return;
    this.status = failed ? 'error' : 'complete';
    this.answer = answer;
    this.failure = failure;
    this.host.requestUpdate();
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
      if (this.connected) void this.run(this.question());
    });
  }
}
