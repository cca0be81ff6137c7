import { css } from 'lit';

/** Looks of goal-card as it shows a goal; the form's come with it (`goal-editor.styles.ts`). */
export const goalCardStyles = css`
  :host {
    display: block;
    max-width: 100%;
    container-type: inline-size;
  }
  .card {
    position: relative;
    overflow: hidden;
  }
  :host([variant='compact']) .card {
    padding: calc(var(--_space) * 1.5);
    gap: var(--_space);
  }
  header {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    justify-content: space-between;
    min-width: 0;
  }
  .heading {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    border-radius: 999px;
    padding: 1px 8px;
    border: 1px solid var(--_border);
    font-size: 0.75rem;
    font-weight: 600;
    color: var(--_text);
    background: var(--_surface-raised);
  }
  .badge.achieved {
    border-color: var(--_positive);
    color: var(--_positive);
  }
  .badge.paused,
  .badge.dropped {
    color: var(--_muted);
  }
  h3 {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  :host([variant='compact']) h3 {
    font-size: 1rem;
  }
  .why {
    margin: 0;
    color: var(--_muted);
    font-style: italic;
    white-space: pre-wrap;
  }
  .figures {
    display: grid;
    gap: 6px;
  }
  .figures .numbers {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 12px;
    font-variant-numeric: tabular-nums;
  }
  .big {
    font-size: 1.25rem;
    font-weight: 700;
  }
  .meter {
    position: relative;
    height: 12px;
    border-radius: 999px;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .meter .fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    background: var(--_accent);
    border-radius: inherit;
    transition: width 400ms ease;
  }
  .meter .fill.done {
    background: var(--_positive);
  }
  .meter .saved {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    background: repeating-linear-gradient(135deg, var(--_positive) 0 6px, transparent 6px 10px);
    opacity: 0.6;
    border-radius: inherit;
  }
  .breakdown {
    color: var(--_muted);
    font-size: 0.8125rem;
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
  .facts .overdue {
    color: var(--_danger);
    font-weight: 600;
  }
  .milestones {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .milestones li {
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
    /* Checkboxes at least 24 px apart, so a finger or a shaky hand hits the one it means. */
    min-height: 28px;
  }
  .milestones li.done .m-title {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .milestones input[type='checkbox'] {
    width: 20px;
    height: 20px;
    min-height: 0;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .m-meta {
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.8125rem;
    white-space: nowrap;
  }
  .m-title {
    font-weight: 400;
  }
  .edit-button {
    flex: none;
    white-space: nowrap;
  }
  /* What it opens is on its way: a second press would do nothing. */
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
  .section-title {
    font-size: 0.8125rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
  }
  .status-line {
    margin: 0;
    font-size: 0.875rem;
  }
  /* Empty, it stays a live region for what comes next but takes no room in the card. */
  .status-line:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .status-line.error {
    color: var(--_danger);
  }
  .status-line.ok {
    color: var(--_positive);
  }
  .summary-notice {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .empty {
    color: var(--_muted);
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
`;
