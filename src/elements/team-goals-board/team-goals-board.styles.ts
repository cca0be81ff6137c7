import { css } from 'lit';

export const boardStyles = css`
  :host {
    display: block;
    max-width: 100%;
    container-type: inline-size;
  }
  .board {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    display: grid;
    gap: calc(var(--_space) * 1.5);
    min-width: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .titles {
    display: grid;
    gap: 2px;
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .period {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    font-weight: 600;
    cursor: pointer;
    min-height: 36px;
  }
  .toggle input {
    width: 18px;
    height: 18px;
    min-height: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
    gap: var(--_space);
    margin: 0;
  }
  .stat {
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: var(--_space) calc(var(--_space) * 1.5);
    display: grid;
    gap: 2px;
  }
  .stat dt {
    font-size: 0.75rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .stat dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 8px;
    font-variant-numeric: tabular-nums;
  }
  .stat strong {
    font-size: 1.125rem;
  }
  .stat.warn {
    border-inline-start: 4px solid var(--_warning);
  }
  .stat.danger {
    border-inline-start: 4px solid var(--_danger);
  }
  .overdue-note {
    color: var(--_danger);
    font-weight: 600;
    font-size: 0.875rem;
  }
  .keyboard-hint {
    margin: 0;
  }
  .scroller {
    /* A container, so an opened rep's details can be as wide as what shows, not the whole table. */
    container-type: inline-size;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: 8px;
    /*
     * A shadow at the trailing edge while more columns lie beyond it (scrollbars are often hidden
     * until used): the shadow stays on the box, and a cover at the end of the table slides over
     * it once the last column is in view.
     */
    --_edge-shadow: color-mix(in srgb, var(--_text) 38%, transparent);
    background:
      linear-gradient(to right, transparent, var(--_surface) 60%) 100% 0 / 2.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 100% 50%, var(--_edge-shadow), transparent) 100% 0 / 1rem 100% no-repeat scroll,
      var(--_surface);
  }
  :host([dir='rtl']) .scroller {
    background:
      linear-gradient(to left, transparent, var(--_surface) 60%) 0 0 / 2.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_edge-shadow), transparent) 0 0 / 1rem 100% no-repeat scroll,
      var(--_surface);
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.8125rem;
    line-height: 1.35;
  }
  /* The rep's name stays in view while the rest of a wide row scrolls. */
  thead th:first-child,
  tbody .rep-row > th {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
  }
  thead th:first-child {
    z-index: 2;
  }
  tbody .rep-row > th {
    background: var(--_surface);
  }
  tbody .rep-row.open > th,
  tbody .rep-row:hover > th {
    background: var(--_surface-raised);
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface-raised);
    text-align: start;
    font-weight: 600;
    border-bottom: 1px solid var(--_border);
    padding: 0;
    white-space: nowrap;
    vertical-align: bottom;
  }
  .sort {
    all: unset;
    box-sizing: border-box;
    display: flex;
    width: 100%;
    align-items: center;
    gap: 6px;
    padding: 10px 10px;
    cursor: pointer;
    color: var(--_text);
    font-weight: 600;
  }
  .sort:hover {
    color: var(--_accent);
  }
  .sort:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .arrow {
    color: var(--_muted);
    font-size: 0.75rem;
  }
  .arrow.on {
    color: var(--_accent);
  }
  tbody th,
  tbody td {
    padding: 10px;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  tbody th {
    font-weight: 400;
    min-width: 10rem;
  }
  .rep-row:hover {
    background: var(--_surface-raised);
  }
  .rep-row.open {
    background: var(--_surface-raised);
  }
  .rep-row.at-risk > th {
    box-shadow: inset 4px 0 0 var(--_warning);
  }
  .rep-button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: flex-start;
    gap: 6px;
    cursor: pointer;
    font-weight: 700;
    color: var(--_accent);
    border-radius: 4px;
    min-height: 24px;
  }
  .rep-button:hover .name {
    text-decoration: underline;
  }
  .rep-button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .chevron {
    width: 1em;
    flex: none;
  }
  .rep-title {
    display: block;
    color: var(--_muted);
    font-size: 0.8125rem;
    padding-inline-start: calc(1em + 6px);
  }
  .muted {
    color: var(--_muted);
  }
  .attainment {
    display: grid;
    gap: 4px;
    min-width: 9rem;
  }
  .mini-meter {
    position: relative;
    height: 10px;
    border-radius: 999px;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
  }
  .mini-meter .fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    border-radius: inherit;
    background: var(--_accent);
    transition: width 400ms ease;
  }
  .mini-meter .fill.ahead {
    background: var(--_positive);
  }
  .mini-meter .fill.behind {
    background: var(--_warning);
  }
  .mini-meter .marker {
    position: absolute;
    top: -4px;
    bottom: -4px;
    width: 2px;
    margin-inline-start: -1px;
    background: var(--_text);
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 8px;
    font-variant-numeric: tabular-nums;
  }
  .pace.ahead {
    color: var(--_positive);
  }
  .pace.behind {
    color: var(--_warning);
  }
  ul.goals,
  ul.commitments {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .goal {
    min-width: 11rem;
  }
  .goal strong {
    font-variant-numeric: tabular-nums;
  }
  .driver {
    white-space: nowrap;
  }
  .days {
    white-space: nowrap;
  }
  .flagged .days,
  .flag-note {
    color: var(--_danger);
  }
  .flagged .days {
    font-weight: 600;
  }
  .flag-note,
  .pref {
    display: block;
    font-size: 0.8125rem;
  }
  .risk {
    display: block;
    min-width: 10rem;
  }
  .risk.at-risk {
    color: var(--_danger);
    font-weight: 600;
  }
  .ok {
    color: var(--_positive);
  }
  .commitment {
    min-width: 13rem;
  }
  .commitment.overdue .when {
    color: var(--_danger);
    font-weight: 600;
  }
  .commitment.due-today .when {
    color: var(--_warning);
    font-weight: 600;
  }
  .next-step {
    display: block;
    min-width: 13rem;
  }
  .detail-row > td {
    background: var(--_surface-raised);
    padding: calc(var(--_space) * 1.5) 0;
    border-bottom: 1px solid var(--_border);
  }
  .detail {
    position: sticky;
    inset-inline-start: 0;
    box-sizing: border-box;
    width: 100cqi;
    padding: 0 calc(var(--_space) * 1.5);
    /* A rep's name or coaching note may be one long word: it wraps inside the details. */
    overflow-wrap: anywhere;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .detail-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
  }
  h3 {
    margin: 0;
    font-size: 1.125rem;
  }
  h4 {
    margin: 0;
    font-size: 0.8125rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .coaching {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: 0 8px 8px 0;
    font-style: italic;
  }
  .coaching .label {
    font-style: normal;
    font-weight: 700;
    margin-inline-end: 4px;
  }
  .detail-grid {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  @container (max-width: 760px) {
    .detail-grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .detail-goals,
  .detail-side {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
    gap: var(--_space);
    align-items: start;
  }
  .state {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .state p {
    margin: 0;
  }
  .skeleton {
    display: grid;
    grid-template-columns: 2fr 1fr 2fr 1fr;
    gap: 12px;
    width: 100%;
  }
  .skeleton span {
    height: 14px;
    border-radius: 6px;
    background: var(--_surface-raised);
    animation: pulse 1.4s ease-in-out infinite;
  }
  /* On the details' raised background, the skeleton takes the hairline colour to stay visible. */
  .detail-loading .skeleton span {
    background: var(--_border);
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  .inline-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .none-at-risk {
    color: var(--_muted);
  }
`;
