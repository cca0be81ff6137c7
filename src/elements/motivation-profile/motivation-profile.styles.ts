import { css } from 'lit';

export const motivationProfileStyles = css`
  :host {
    display: block;
    max-width: 100%;
    container-type: inline-size;
  }
  header {
    display: grid;
    gap: 4px;
  }
  h3 {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .intro {
    margin: 0;
    color: var(--_muted);
  }
  .section-title {
    margin: 0;
    font-size: 0.8125rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  fieldset > .hint {
    margin: 0;
  }
  .ranking {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  .driver-row {
    display: grid;
    grid-template-columns: 2ch minmax(0, 1fr) auto;
    gap: 4px 10px;
    align-items: center;
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 6px 8px 6px 10px;
    background: var(--_surface-raised);
  }
  .rank {
    font-weight: 700;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .driver-main {
    display: grid;
    grid-template-columns: minmax(10rem, 1fr) minmax(8rem, 1.2fr);
    gap: 2px 12px;
    align-items: center;
    min-width: 0;
  }
  @container (max-width: 520px) {
    .driver-main {
      grid-template-columns: 1fr;
    }
  }
  .driver-label {
    display: grid;
    min-width: 0;
  }
  .driver-label .hint {
    font-size: 0.75rem;
  }
  .slider {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  input[type='range'] {
    flex: 1;
    padding: 0;
    min-height: 28px;
    border: none;
    background: transparent;
    accent-color: var(--_accent);
  }
  output {
    min-width: 3ch;
    text-align: end;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .move-buttons {
    display: flex;
    gap: 2px;
  }
  .choice .hint strong {
    display: block;
    font-weight: 600;
    color: var(--_warning);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
    align-items: center;
  }
  .status-line {
    margin: 0;
    font-size: 0.875rem;
  }
  .status-line.error {
    color: var(--_danger);
  }
  .status-line.ok {
    color: var(--_positive);
  }
  .preview {
    display: grid;
    gap: var(--_space);
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 1.5);
  }
  .summary {
    display: grid;
    gap: var(--_space);
  }
  .summary p {
    margin: 0;
  }
  .sentence {
    font-size: 1rem;
    font-weight: 600;
  }
  .coach .note {
    white-space: pre-wrap;
  }
  .muted {
    color: var(--_muted);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  .bars li {
    display: grid;
    grid-template-columns: 7.5rem minmax(0, 1fr) 3ch;
    gap: 10px;
    align-items: center;
    font-size: 0.875rem;
  }
  .bar {
    height: 10px;
    border-radius: 999px;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .bar .fill {
    height: 100%;
    background: var(--_accent);
    border-radius: inherit;
  }
  .bar-value {
    text-align: end;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .empty,
  .notice,
  .hint {
    margin: 0;
  }
`;
