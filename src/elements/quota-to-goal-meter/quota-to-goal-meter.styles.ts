import { css } from 'lit';

export const meterStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .card {
    gap: calc(var(--_space) * 2);
  }
  :host([variant='compact']) .card {
    padding: calc(var(--_space) * 1.5);
    gap: calc(var(--_space) * 1.25);
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
  .days {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .sentence {
    margin: 0;
    font-size: 1.1875rem;
    line-height: 1.4;
    font-weight: 600;
  }
  :host([variant='compact']) .sentence {
    font-size: 1rem;
  }
  .labels {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    font-variant-numeric: tabular-nums;
    font-size: 0.875rem;
    color: var(--_muted);
    margin-bottom: 6px;
  }
  .labels strong {
    color: var(--_text);
    font-size: 1.125rem;
  }
  .track {
    position: relative;
    height: 18px;
    border-radius: 999px;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
  }
  .fill,
  .projected {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    border-radius: 999px;
    transition: width 500ms ease;
  }
  .fill {
    background: var(--_accent);
  }
  .fill.ahead {
    background: var(--_positive);
  }
  .projected {
    background: repeating-linear-gradient(135deg, var(--_accent) 0 5px, transparent 5px 10px);
    opacity: 0.35;
  }
  .marker {
    position: absolute;
    top: -6px;
    bottom: -6px;
    width: 3px;
    margin-inline-start: -1.5px;
    background: var(--_text);
    border-radius: 2px;
  }
  .tick {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 0;
    border-inline-start: 2px dashed var(--_muted);
    opacity: 0.7;
  }
  .tick-labels {
    position: relative;
    height: 1.4em;
    font-size: 0.75rem;
    color: var(--_muted);
    margin-top: 4px;
  }
  .tick-labels span {
    position: absolute;
    /* Centred on its tick from the inline start: leftwards in LTR, rightwards in RTL. */
    transform: translateX(calc(var(--_inline-sign, 1) * -50%));
    white-space: nowrap;
  }
  .tick-labels span.first {
    transform: none;
  }
  .status {
    margin: 6px 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    font-size: 0.875rem;
  }
  .status .ahead {
    color: var(--_positive);
    font-weight: 600;
  }
  .status .behind {
    color: var(--_warning);
    font-weight: 600;
  }
  .goal-meter .track {
    height: 12px;
  }
  .goal-meter .fill {
    background: var(--_positive);
  }
  .goal-meter .projected {
    background: repeating-linear-gradient(135deg, var(--_positive) 0 5px, transparent 5px 10px);
    opacity: 0.5;
  }
  .goal-title {
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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    border-radius: 2px;
    margin-inline-end: 4px;
    vertical-align: -1px;
  }
  .pace-swatch {
    background: var(--_text);
  }
  .tier-swatch {
    border: 2px dashed var(--_muted);
  }
  /* Loading holds about the height of a filled meter, so content below does not jump. */
  .skeleton {
    min-height: 340px;
  }
  :host([variant='compact']) .skeleton {
    min-height: 150px;
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
  .muted {
    color: var(--_muted);
  }
`;
