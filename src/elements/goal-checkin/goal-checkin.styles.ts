import { css } from 'lit';

/** Looks of goal-checkin as it reads; the form brings its own (`checkin-editor.styles.ts`). */
export const goalCheckinStyles = css`
  :host {
    display: block;
    max-width: 100%;
    container-type: inline-size;
  }
  header {
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .eyebrow {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  h3 {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  h4 {
    margin: 0;
    font-size: 1rem;
  }
  .section-title {
    font-size: 0.8125rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
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
  .due strong {
    color: var(--_text);
  }
  .due.today strong {
    color: var(--_warning);
  }
  .due.overdue strong {
    color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
  }
  .actions.start {
    justify-content: flex-start;
  }
  .button.small {
    min-height: 32px;
    padding: 4px 10px;
    font-size: 0.8125rem;
  }
  /* The form is on its way: a second press would do nothing. */
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
  .button[aria-pressed='true'] {
    border-color: var(--_positive);
    color: var(--_positive);
  }
  .history {
    display: grid;
    gap: var(--_space);
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0;
  }
  .entry {
    position: relative;
    padding: 0 0 calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 6px;
  }
  .entry:last-child {
    border-inline-start-color: transparent;
    padding-bottom: 0;
  }
  .entry::before {
    content: '';
    position: absolute;
    inset-inline-start: -7px;
    top: 4px;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_accent);
  }
  article {
    display: grid;
    scroll-margin: 16px;
    gap: 6px;
    min-width: 0;
    border-radius: 6px;
  }
  .entry-head {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 10px;
    align-items: baseline;
  }
  .about {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  article p {
    margin: 0;
  }
  .note {
    white-space: pre-wrap;
  }
  .confidence-line {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .dots {
    display: inline-flex;
    gap: 3px;
  }
  .dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    border: 1px solid var(--_muted);
  }
  .dot.on {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .label {
    font-weight: 600;
  }
  .blockers {
    white-space: pre-wrap;
    font-size: 0.9375rem;
  }
  .commitment {
    display: grid;
    gap: 4px;
    justify-items: start;
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 8px 10px;
    background: var(--_surface-raised);
    font-size: 0.9375rem;
  }
  .commitment-head {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 10px;
    align-items: baseline;
    justify-self: stretch;
  }
  .commitment-text {
    white-space: pre-wrap;
  }
  .commitment-state {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .commitment.done .commitment-state {
    color: var(--_positive);
  }
  .commitment.overdue .commitment-state,
  .commitment.due-today .commitment-state {
    color: var(--_danger);
    font-weight: 600;
  }
  .ack {
    font-size: 0.8125rem;
    color: var(--_muted);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .ack.done {
    color: var(--_positive);
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  .notice {
    margin: 0;
  }
`;
