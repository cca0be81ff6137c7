import { css } from 'lit';

/**
 * The frame both chart elements share: a card, a sized box chart.js fills (its responsive mode
 * watches this box), a summary, and data tables behind a "Show as table" toggle.
 *
 * @cssprop --goalpost-chart-height - Height of a chart's drawing area.
 */
export const chartCardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  header {
    display: flex;
    justify-content: space-between;
    align-items: center;
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
    margin: 0;
    font-size: 1rem;
  }
  .summary {
    margin: 0;
    font-size: 1rem;
    line-height: 1.45;
  }
  .frame {
    position: relative;
    margin: 0;
    height: var(--goalpost-chart-height, 280px);
    min-width: 0;
  }
  .frame canvas {
    display: block;
  }
  .data {
    display: grid;
    gap: var(--_space);
  }
  .data[hidden] {
    display: none;
  }
  .table-scroll {
    max-height: 320px;
    overflow: auto;
    /* The table scrolls inside a narrow card instead of widening the card (and the page). */
    contain: inline-size;
    border: 1px solid var(--_border);
    border-radius: 8px;
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
    padding: 6px 8px;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  th,
  td {
    text-align: start;
    padding: 4px 8px;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface-raised);
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  td.number,
  th.number {
    text-align: end;
  }
  tr.today {
    background: var(--_surface-raised);
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.8125rem;
    margin: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    font-size: 0.8125rem;
    color: var(--_muted);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 2px;
    margin-inline-end: 6px;
    vertical-align: -1px;
  }
  .skeleton span {
    display: block;
    height: 16px;
    margin: 8px 0;
    border-radius: 6px;
    background: var(--_surface-raised);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton .block {
    height: 200px;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
