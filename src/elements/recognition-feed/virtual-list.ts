/**
 * The windowed list a long feed switches to: @lit-labs/virtualizer with Goalpost's
 * frame-batched ResizeObserver. A chunk of its own, fetched only when a feed holds more posts
 * than a plain list renders quickly; most feeds never load it.
 */
import { installFrameResizeObserver } from './frame-resize-observer.js';

installFrameResizeObserver();

export { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
