/**
 * Why this exists: @lit-labs/virtualizer re-lays-out inside its ResizeObserver callbacks.
 * Measuring a post changes the list's height within the same frame, which the browser reports
 * on `window` as "ResizeObserver loop completed with undelivered notifications" — an error in
 * every host page's error tracker, and a failed test. An observer that hands the virtualizer
 * its entries once per animation frame breaks the loop; it measures exactly the same things.
 *
 * The virtualizer takes one observer class for all its instances (`provideResizeObserver`), so
 * this is installed once, when the windowed list's chunk (virtual-list.ts) first loads.
 */
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';

let installed = false;

interface Batch {
  frame: number;
  pending: ResizeObserverEntry[];
}

export function installFrameResizeObserver(): void {
  if (installed || typeof window === 'undefined' || typeof window.ResizeObserver !== 'function') return;
  installed = true;
  const Native = window.ResizeObserver;

  class FrameResizeObserver extends Native {
    private readonly batch: Batch;

    constructor(callback: ResizeObserverCallback) {
      const batch: Batch = { frame: 0, pending: [] };
      super((entries, observer) => {
        batch.pending.push(...entries);
        if (batch.frame !== 0) return;
        batch.frame = requestAnimationFrame(() => {
          batch.frame = 0;
          const delivered = batch.pending;
          batch.pending = [];
          if (delivered.length > 0) callback(delivered, observer);
        });
      });
      this.batch = batch;
    }

    override unobserve(target: Element): void {
      this.batch.pending = this.batch.pending.filter((entry) => entry.target !== target);
      super.unobserve(target);
    }

    override disconnect(): void {
      cancelAnimationFrame(this.batch.frame);
      this.batch.frame = 0;
      this.batch.pending = [];
      super.disconnect();
    }
  }

  provideResizeObserver(FrameResizeObserver);
}
