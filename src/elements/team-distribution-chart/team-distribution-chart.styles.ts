import { css } from 'lit';

/** What the distribution adds to the shared chart card: two views, and swatches matching the bars. */
export const distributionStyles = css`
  .view {
    display: grid;
    gap: var(--_space);
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 1.5);
  }
  .verdict {
    font-weight: 600;
  }
  .swatch.zone {
    background: color-mix(in srgb, var(--_positive) 15%, transparent);
    border: 1px dashed var(--_positive);
  }
  .swatch.attainable {
    background: var(--_positive);
  }
  .swatch.out-of-reach {
    background: var(--_warning);
  }
  .swatch.below {
    background: var(--_muted);
  }
`;
