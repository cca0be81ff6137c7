import { css } from 'lit';

/**
 * Shared look of form fields, carried only by the elements and parts that have a
 * form (a module of its own, so a page that only reads never downloads it).
 */
export const fields = css`
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 6px 10px;
    min-height: 36px;
    width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 64px;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  label {
    font-weight: 600;
    font-size: 0.875rem;
  }
  .field {
    display: grid;
    gap: 4px;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 8px;
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    font-size: 0.875rem;
    padding: 0 4px;
  }
  /* A radio button or checkbox beside its label, with an optional hint under the label. */
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 8px;
    align-items: start;
    font-weight: 400;
  }
  .choice input {
    width: 18px;
    height: 18px;
    min-height: 0;
    margin: 2px 0 0;
    accent-color: var(--_accent);
  }
  .choice > .hint {
    grid-column: 2;
  }
  /* The square arrow buttons that reorder a form's items. */
  .icon-button {
    min-width: 36px;
    min-height: 36px;
    padding: 0;
  }
`;
