import { css } from 'lit';
import { fields } from '../../styles/fields.js';

/** Looks of goal-checkin's new check-in form, adopted by the element when the form first opens. */
export const checkinEditorStyles = css`
  ${fields}
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
  }
  fieldset[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: 6px;
  }
  .scale-option {
    display: flex;
    align-items: center;
    gap: 8px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 6px 8px;
    font-weight: 400;
    cursor: pointer;
    background: var(--_surface-raised);
    min-width: 0;
  }
  .scale-option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .scale-option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .scale-option input {
    width: 18px;
    height: 18px;
    min-height: 0;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .scale-option input:focus-visible {
    outline: none;
  }
  .scale-words {
    display: flex;
    flex-direction: column;
    min-width: 0;
    line-height: 1.2;
  }
  .scale-words .n {
    font-weight: 700;
  }
  .scale-words .word {
    font-size: 0.8125rem;
    overflow-wrap: normal;
    word-break: normal;
  }
  @container (max-width: 520px) {
    .scale {
      grid-template-columns: 1fr;
    }
    .scale-words {
      flex-direction: row;
      gap: 8px;
    }
  }
  .manager-part {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  .problems {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .status-line {
    margin: 0;
    font-size: 0.875rem;
  }
  .status-line.error {
    color: var(--_danger);
  }
`;
