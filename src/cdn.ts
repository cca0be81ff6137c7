/**
 * The self-contained bundle's entry (`dist/cdn/goalpost.js`): every element registered under its
 * default tag, and the whole public API, for a page with a `<script type="module">` and no
 * bundler. Lit and idb are inside; chart.js and the recognition composer are chunks beside it,
 * fetched only when a page needs them.
 */
import './define-all.js';

export * from './index.js';

/** The sample company (`goalpost/sample`), as a chunk of its own for pages that want to try Goalpost with data. */
export const loadSample = () => import('./sample.js');
