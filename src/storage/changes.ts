/**
 * The change feed a store shares between all its views. Changes travel with the records as they
 * were before and after, because a view must decide whether its viewer may hear about a change
 * and, once a record is deleted or made private, the store can no longer tell. A backend may
 * leave out `after` (IndexedDB does for another tab's large batch): views read it when needed.
 */
import type { CollectionName, Entity, Id } from '../core/types.js';
import type { ChangeEvent } from './adapter.js';

export interface RawChange {
  collection: CollectionName;
  id: Id;
  type: 'put' | 'delete';
  version?: number;
  before?: Entity;
  after?: Entity;
}

export type ChangeOrigin = ChangeEvent['origin'];

/** Receives every committed change; filtering for a viewer happens inside. */
export type ChangeSink = (changes: readonly RawChange[], origin: ChangeOrigin) => Promise<void> | void;

/** Surfaces an error where the page's own error handling sees it, without failing the write that caused it. */
export function reportLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

class Subscription {
  active = true;
  // Deliveries to one subscriber stay in commit order even when filtering one batch takes longer.
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly sink: ChangeSink) {}

  enqueue(changes: readonly RawChange[], origin: ChangeOrigin): Promise<void> {
    const run = this.queue.then(async () => {
      if (!this.active) return;
      try {
        await this.sink(changes, origin);
      } catch (error) {
        // After unsubscribe or close, a failed read for filtering is expected and not news.
        if (this.active) reportLater(error);
      }
    });
    this.queue = run;
    return run;
  }
}

export class ChangeHub {
  private readonly subscriptions = new Set<Subscription>();

  add(sink: ChangeSink): () => void {
    const subscription = new Subscription(sink);
    this.subscriptions.add(subscription);
    return () => {
      subscription.active = false;
      this.subscriptions.delete(subscription);
    };
  }

  /** Resolves once every subscriber has been offered the changes; never rejects. */
  async publish(changes: readonly RawChange[], origin: ChangeOrigin): Promise<void> {
    if (changes.length === 0) return;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.enqueue(changes, origin)));
  }

  clear(): void {
    for (const subscription of this.subscriptions) subscription.active = false;
    this.subscriptions.clear();
  }
}
