/**
 * Design tokens. Every element reads public custom properties (`--goalpost-*`) with fallbacks,
 * so it looks right on an unstyled page, and maps them to private ones (`--_*`) it uses inside.
 * Dark mode follows `prefers-color-scheme` unless the host says `theme="light"` or `theme="dark"`.
 *
 * @cssprop --goalpost-font - Font family. Inherits the page's when unset.
 * @cssprop --goalpost-color-text - Main text colour.
 * @cssprop --goalpost-color-muted - Secondary text colour.
 * @cssprop --goalpost-color-surface - Card background.
 * @cssprop --goalpost-color-surface-raised - Background of inputs and nested panels.
 * @cssprop --goalpost-color-border - Hairlines and outlines.
 * @cssprop --goalpost-color-accent - Brand colour: links, primary buttons, meters.
 * @cssprop --goalpost-color-on-accent - Text on the accent colour.
 * @cssprop --goalpost-color-positive - Ahead of pace, funded, done.
 * @cssprop --goalpost-color-warning - Due soon, behind pace.
 * @cssprop --goalpost-color-danger - Overdue, errors.
 * @cssprop --goalpost-color-focus - Focus ring.
 * @cssprop --goalpost-radius - Corner radius of cards.
 * @cssprop --goalpost-space - Base spacing unit.
 */
import { css, unsafeCSS } from 'lit';

const light = {
  text: '#1b2330',
  muted: '#56627a',
  surface: '#ffffff',
  'surface-raised': '#f4f6fa',
  border: '#d5dbe5',
  accent: '#2456c7',
  'on-accent': '#ffffff',
  positive: '#1d7a45',
  warning: '#8a5a00',
  danger: '#b42318',
  focus: '#2456c7',
};

const dark: typeof light = {
  text: '#e7ecf4',
  muted: '#a5b0c2',
  surface: '#171c25',
  'surface-raised': '#222938',
  border: '#3a4457',
  accent: '#86a8ff',
  'on-accent': '#0d1220',
  positive: '#5fd08f',
  warning: '#f2bd4b',
  danger: '#ff8a7f',
  focus: '#a9c1ff',
};

function palette(values: typeof light) {
  return unsafeCSS(
    Object.entries(values)
      .map(([name, value]) => `--_${name}: var(--goalpost-color-${name}, ${value});`)
      .join('\n'),
  );
}

export const tokens = css`
  :host {
    ${palette(light)}
    --_radius: var(--goalpost-radius, 12px);
    --_space: var(--goalpost-space, 8px);
    --_font: var(--goalpost-font, inherit);
    color-scheme: light;
    font-family: var(--_font);
    color: var(--_text);
    box-sizing: border-box;
    -webkit-text-size-adjust: 100%;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${palette(dark)}
      color-scheme: dark;
    }
  }
  :host(:dir(rtl)) {
    /* Flips horizontal offsets that logical properties cannot express (a centred label's shift). */
    --_inline-sign: -1;
  }
  :host([theme='dark']) {
    ${palette(dark)}
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Shared look of buttons, hints and notices inside Goalpost elements. */
export const controls = css`
  button {
    font: inherit;
    color: inherit;
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.8125rem;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 36px;
    padding: 6px 14px;
    border-radius: 8px;
    border: 1px solid var(--_border);
    background: var(--_surface-raised);
    cursor: pointer;
    font-weight: 600;
    font-size: 0.875rem;
    text-decoration: none;
  }
  .button:hover {
    border-color: var(--_accent);
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  .button.danger {
    color: var(--_danger);
  }
  .button.quiet {
    background: transparent;
    border-color: transparent;
  }
  .button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .error-box {
    border: 1px solid var(--_danger);
    color: var(--_danger);
    border-radius: 8px;
    padding: 8px 12px;
  }
  .notice {
    border: 1px solid var(--_border);
    background: var(--_surface-raised);
    border-radius: 8px;
    padding: 8px 12px;
  }
`;

/** The frame most elements draw: a surface card laid out as a grid. Elements adjust it after this. */
export const card = css`
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    display: grid;
    gap: calc(var(--_space) * 1.5);
    overflow-wrap: anywhere;
    min-width: 0;
  }
`;

/** The placeholder lines an element shows while its first read is on its way. */
export const skeleton = css`
  .skeleton {
    display: grid;
    gap: 10px;
  }
  .skeleton span {
    display: block;
    height: 14px;
    border-radius: 6px;
    background: var(--_surface-raised);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton span:first-child {
    width: 60%;
    height: 20px;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
