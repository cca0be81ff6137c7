import { css } from 'lit';

export const whatIfStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .card {
    gap: calc(var(--_space) * 2);
  }
  header {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  h3 {
    margin: 0;
    font-size: 0.8125rem;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
  }
  h4 {
    margin: 0 0 6px;
    font-size: 1rem;
  }
  .badge {
    font-size: 0.75rem;
    font-weight: 600;
    border: 1px dashed var(--_muted);
    color: var(--_muted);
    border-radius: 999px;
    padding: 2px 10px;
  }
  .note {
    margin: 0;
    font-size: 0.875rem;
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 10px;
  }
  .plan-words {
    margin: 0 0 6px;
    font-size: 1rem;
    line-height: 1.5;
  }
  .small {
    font-size: 0.8125rem;
    margin: 6px 0 0;
  }
  .muted {
    color: var(--_muted);
  }
  .table-scroll {
    overflow-x: auto;
    /* The table scrolls inside a narrow card instead of widening the card (and the page). */
    contain: inline-size;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 6px 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  th,
  td {
    text-align: start;
    padding: 6px 8px;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  thead th,
  td:not(:last-child) {
    white-space: nowrap;
  }
  thead th {
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  tr.now {
    background: var(--_surface-raised);
  }
  tr.then th {
    box-shadow: inset 3px 0 0 var(--_positive);
  }
  .tag {
    display: inline-block;
    margin-inline-start: 6px;
    font-size: 0.6875rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    padding: 1px 6px;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .tag.then {
    background: var(--_positive);
    color: var(--_surface);
  }
  .sandbox {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 8px;
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .deal {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) minmax(9em, 1fr) auto;
    gap: 4px var(--_space);
    align-items: end;
    padding-bottom: var(--_space);
    border-bottom: 1px dashed var(--_border);
  }
  .deal-note {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 0.8125rem;
    min-height: 1.2em;
  }
  .remove {
    min-width: 36px;
  }
  .add {
    justify-self: start;
  }
  .slider-row {
    display: flex;
    gap: var(--_space);
    align-items: center;
  }
  input[type='range'] {
    flex: 1;
    padding: 0;
    min-height: 32px;
    background: transparent;
    border: none;
    accent-color: var(--_accent);
  }
  output {
    min-width: 8ch;
    text-align: end;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .results {
    display: grid;
    gap: var(--_space);
  }
  .figures {
    margin: 0;
    display: grid;
    gap: 6px;
  }
  .figures > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 12px;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  dd strong {
    font-size: 1.125rem;
  }
  .delta {
    color: var(--_positive);
    font-weight: 600;
  }
  .insights {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  .insights li {
    display: grid;
    grid-template-columns: 1.5em 1fr;
    gap: 6px;
    align-items: start;
    font-size: 0.9375rem;
  }
  .skeleton span {
    display: block;
    height: 16px;
    margin: 8px 0;
    border-radius: 6px;
    background: var(--_surface-raised);
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @container (max-width: 420px) {
    .deal {
      grid-template-columns: 1fr auto;
    }
    .deal .field:nth-child(2) {
      grid-column: 1;
    }
  }
`;
