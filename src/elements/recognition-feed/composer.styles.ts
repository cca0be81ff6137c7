import { css } from 'lit';
import { fields } from '../../styles/fields.js';

/** Looks of the recognition composer, adopted by the feed when the composer first opens. */
export const composerStyles = css`
  ${fields}
  .composer {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .composer input,
  .composer select,
  .composer textarea {
    background: var(--_surface);
  }
  .composer-title {
    margin: 0;
    font-size: 1rem;
  }
  .composer > .actions {
    justify-content: flex-end;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr;
    align-items: start;
    gap: calc(var(--_space) * 1.5);
  }
  .row > .field {
    align-content: start;
  }
  @container (min-width: 560px) {
    .row {
      grid-template-columns: 1fr 1fr;
    }
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 6px;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 4px;
    font-weight: 600;
    font-size: 0.875rem;
  }
  .choice {
    display: flex;
    gap: 8px;
    align-items: flex-start;
    font-weight: 400;
  }
  .choice input {
    width: auto;
    height: auto;
    margin-top: 3px;
  }
  .choice > span {
    display: grid;
  }
  .recipient-field {
    position: relative;
  }
  .recipient-box {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 4px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
  }
  .recipient-box:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .recipient-box.invalid {
    border: 2px solid var(--_danger);
  }
  .recipient-box input {
    flex: 1 1 160px;
    border: 0;
    min-height: 30px;
    padding: 2px 6px;
  }
  .recipient-box input:focus-visible {
    outline: none;
  }
  .person-chip {
    gap: 6px;
    padding: 2px 2px 2px 2px;
    background: var(--_surface-raised);
  }
  .chip-remove {
    display: inline-grid;
    place-items: center;
    width: 24px;
    height: 24px;
    border-radius: 50%;
    border: 0;
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-size: 1rem;
    cursor: pointer;
  }
  .chip-remove:hover {
    background: var(--_border);
    color: var(--_text);
  }
  .listbox {
    position: absolute;
    z-index: 4;
    top: calc(100% - 20px);
    inset-inline: 0;
    max-height: 240px;
    overflow-y: auto;
    margin: 0;
    padding: 4px;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.16);
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 6px 8px;
    border-radius: 6px;
    cursor: pointer;
  }
  .option[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .option:hover {
    background: var(--_surface-raised);
  }
  .option-title {
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .no-match {
    padding: 6px 8px;
    color: var(--_muted);
  }
  .select-with-icon {
    position: relative;
    display: block;
    color: var(--_kind, var(--_muted));
  }
  .select-with-icon .icon {
    position: absolute;
    inset-inline-start: 10px;
    top: 50%;
    transform: translateY(-50%);
    pointer-events: none;
  }
  .select-with-icon select {
    padding-inline-start: 32px;
    color: var(--_text);
  }
  .toggle-chip span {
    color: var(--_muted);
  }
  .toggle-chip {
    cursor: pointer;
    font: inherit;
    font-size: 0.8125rem;
    min-height: 28px;
  }
  .toggle-chip[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    border-color: var(--_accent);
    font-weight: 700;
  }
  .toggle-chip[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .inline-add {
    display: flex;
    gap: 6px;
  }
  .inline-add input {
    flex: 1;
  }
  .notice.preference {
    display: grid;
    gap: 8px;
    border-color: var(--_warning);
    border-inline-start: 4px solid var(--_warning);
  }
  .notice.preference.blocking {
    border-width: 2px;
    border-inline-start-width: 4px;
  }
  .counter {
    justify-self: end;
  }
`;
