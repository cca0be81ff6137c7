import { css } from 'lit';

export const syncStatusStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    font-size: 0.875rem;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: 32px;
    padding: 2px 10px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .status:focus {
    outline: none;
  }
  .status:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .dot {
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_positive);
  }
  .saving .dot {
    background: var(--_accent);
    animation: pulse 1.2s ease-in-out infinite;
  }
  .offline .dot {
    background: var(--_warning);
  }
  .error .dot {
    background: var(--_danger);
  }
  .offline,
  .error {
    font-weight: 600;
  }
  .status .button {
    min-height: 28px;
    padding: 2px 10px;
  }
  .issues {
    margin-top: var(--_space);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
  .issues-title {
    font-size: 0.9375rem;
    color: var(--_danger);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  li {
    display: grid;
    gap: 6px;
  }
  li p {
    margin: 0;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px calc(var(--_space) * 1.5);
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .failure {
    color: var(--_danger);
  }
  @keyframes pulse {
    50% {
      opacity: 0.35;
    }
  }
`;
