/**
 * The windowed list a long feed switches to: @lit-labs/virtualizer with Goalpost's
 * frame-batched ResizeObserver, and what the feed needs of it besides rendering (keeping the
 * reader's place across the switch, bringing a post not yet rendered into view). A chunk of its
 * own, fetched only when a feed holds more posts than a plain list renders quickly; most feeds
 * never load it.
 */
import type { TemplateResult } from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { installFrameResizeObserver } from './frame-resize-observer.js';

installFrameResizeObserver();

export class WindowedList<T> {
  /** The item to bring back to the top once the list has laid itself out. */
  private anchor?: number;

  /** Takes over from the plain list in `root`, noting which post tops the view so it stays there. */
  constructor(root: ParentNode) {
    const top = root.querySelector('.scroller')?.getBoundingClientRect().top ?? 0;
    const anchor = [...root.querySelectorAll('article.post')].findIndex((post) => post.getBoundingClientRect().bottom > top);
    this.anchor = anchor > 0 ? anchor : undefined;
  }

  render(items: T[], keyFunction: (item: T) => unknown, renderItem: (item: T, index: number) => TemplateResult): unknown {
    return virtualize({ items, keyFunction, renderItem });
  }

  /** Whether the list shows any item after `event`; once it does, the reader's place comes back. */
  rangeChanged(list: VirtualizerHostElement | undefined, event: RangeChangedEvent): boolean {
    const rendering = event.first >= 0 && event.last >= event.first;
    if (rendering && this.anchor !== undefined) {
      this.scrollTo(list, this.anchor, 'start');
      this.anchor = undefined;
    }
    return rendering;
  }

  /** Brings item `index` into view, rendering it first if it is not. */
  scrollTo(list: VirtualizerHostElement | undefined, index: number, block: ScrollLogicalPosition): void {
    list?.[virtualizerRef]?.element(index)?.scrollIntoView({ block });
  }
}
