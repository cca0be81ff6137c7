import { css } from 'lit';
import { fields } from '../../styles/fields.js';

/** Looks of goal-card's form and delete confirmation, adopted by the card when either first opens. */
export const goalEditorStyles = css`
  ${fields}
  .flush {
    margin: 0;
  }
  .flush.spaced {
    margin-bottom: 8px;
  }
  .actions.start {
    justify-content: flex-start;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .row {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
  }
  .choice strong {
    font-weight: 600;
  }
  .milestone-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 8rem 9.5rem auto;
    gap: 6px;
    align-items: end;
  }
  @container (max-width: 520px) {
    .milestone-row {
      grid-template-columns: 1fr 1fr;
    }
    .milestone-row .field:first-child {
      grid-column: 1 / -1;
    }
  }
  .icon-buttons {
    display: flex;
    gap: 2px;
  }
  .problems {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .confirm {
    border: 1px solid var(--_danger);
    border-radius: 8px;
    padding: calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
`;
