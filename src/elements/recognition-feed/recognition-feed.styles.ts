import { css, unsafeCSS } from 'lit';
import type { RecognitionKind } from '../../core/types.js';

/** Each kind's colour: the public property that overrides it (`--goalpost-color-kind-…`), light, dark. */
const KIND_COLOURS: Record<RecognitionKind, readonly [string, string, string]> = {
  win: ['win', '#1d6b40', '#6fd39a'],
  kudos: ['kudos', '#a12a5e', '#f38bbd'],
  'coaching-example': ['coaching', '#6d3fb0', '#c3a4ff'],
  milestone: ['milestone', '#8a4b00', '#f2bd4b'],
  'goal-achieved': ['goal', '#0f6477', '#6fd3e6'],
};

/** `--_kind-win` and the rest for one scheme: 1 light, 2 dark. */
function kindColours(scheme: 1 | 2) {
  return unsafeCSS(Object.entries(KIND_COLOURS).map(([kind, colours]) => `--_kind-${kind}: var(--goalpost-color-kind-${colours[0]}, ${colours[scheme]});`).join('\n'));
}

/**
 * Looks of recognition-feed as a page first shows it. Public custom properties (`--goalpost-*`)
 * with fallbacks, mapped to private ones (`--_*`), so the feed looks right on an unstyled page and
 * follows the theme. The frame is the shared `card`; the composer and the reaction picker bring
 * their own styles when they load.
 */
export const feedStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    ${kindColours(1)}
    --_feed-max-height: var(--goalpost-feed-max-height, 70vh);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${kindColours(2)}
    }
  }
  :host([theme='dark']) {
    ${kindColours(2)}
  }

  .feed-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  .icon {
    flex: none;
    vertical-align: -3px;
  }

  /* Rows that wrap: kind filters, value tags, reactions */
  .filters,
  .values,
  .reactions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  /* Round buttons: kind filters and reactions */
  .filter-chip,
  .reaction {
    display: inline-flex;
    align-items: center;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    cursor: pointer;
  }

  /* Filters */
  .filter-chip {
    --_kind: var(--_accent);
    gap: 6px;
    min-height: 32px;
    padding: 4px 12px;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .filter-chip .icon {
    color: var(--_kind);
  }
  .filter-chip:hover {
    border-color: var(--_kind);
  }
  .filter-chip[aria-pressed='true'] {
    background: var(--_text);
    border-color: var(--_text);
    color: var(--_surface);
  }
  .filter-chip[aria-pressed='true'] .icon {
    color: inherit;
  }

  /* Kinds */
  .kind-win {
    --_kind: var(--_kind-win);
  }
  .kind-kudos {
    --_kind: var(--_kind-kudos);
  }
  .kind-coaching-example {
    --_kind: var(--_kind-coaching-example);
  }
  .kind-milestone {
    --_kind: var(--_kind-milestone);
  }
  .kind-goal-achieved {
    --_kind: var(--_kind-goal-achieved);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 10px 2px 8px;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.01em;
    white-space: nowrap;
    color: var(--_kind, var(--_text));
    background: color-mix(in srgb, var(--_kind, var(--_muted)) 12%, var(--_surface));
    border: 1px solid color-mix(in srgb, var(--_kind, var(--_muted)) 35%, var(--_surface));
  }

  /* States */
  .state {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 4) calc(var(--_space) * 2);
    text-align: center;
    color: var(--_muted);
  }
  .state strong {
    color: var(--_text);
  }
  .error-state {
    color: var(--_danger);
    border: 1px solid var(--_danger);
    border-radius: 8px;
  }
  .empty-icon .icon {
    width: 32px;
    height: 32px;
    color: var(--_accent);
  }
  .loading-state {
    justify-items: stretch;
    padding: 0;
    /* About the room a full feed takes, so nothing below jumps when posts arrive. */
    max-height: var(--_feed-max-height);
    overflow: hidden;
  }
  .skeleton {
    display: flex;
    gap: 12px;
    padding: 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .sk-avatar {
    flex: none;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    background: var(--_surface-raised);
  }
  .sk-lines {
    flex: 1;
    display: grid;
    gap: 8px;
  }
  .sk-lines span {
    height: 10px;
    border-radius: 6px;
    background: linear-gradient(90deg, var(--_surface-raised) 25%, var(--_border) 50%, var(--_surface-raised) 75%);
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  .sk-lines span:nth-child(2) {
    width: 80%;
  }
  .sk-lines span:nth-child(3) {
    width: 55%;
  }
  @keyframes shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  .inline-error {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }

  /* The list */
  .scroller {
    max-height: var(--_feed-max-height);
    overflow-y: auto;
    overscroll-behavior: contain;
    margin-inline: calc(var(--_space) * -1);
    padding-inline: var(--_space);
    scroll-padding-block: var(--_space);
  }
  .post {
    /* Each post's colour comes from its .kind-* class (above). */
    width: 100%;
    display: grid;
    /* A long link or word must wrap inside the card, never widen the grid past it. */
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: 10px;
    padding: 14px 16px 12px;
    margin-block: 4px 8px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_kind);
    border-radius: var(--_radius);
  }
  .post.raised {
    z-index: 2;
  }
  /* A new plain list's first frame lays out only the posts in view (set, then cleared, by the element). */
  .posts > .post {
    content-visibility: var(--_visibility, visible);
    contain-intrinsic-size: auto 150px;
  }
  .post.pending {
    background: color-mix(in srgb, var(--_kind) 5%, var(--_surface));
    border-style: dashed;
    border-inline-start-style: solid;
  }
  .post:focus-visible {
    outline-offset: 0;
  }
  .post-head {
    display: flex;
    align-items: flex-start;
    gap: 12px;
  }
  .who {
    flex: 1;
    min-width: 0;
    display: grid;
    gap: 2px;
  }
  .names {
    line-height: 1.35;
    font-size: 1rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 10px;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .meta-item {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  time {
    cursor: help;
    text-decoration: underline dotted;
    text-underline-offset: 3px;
  }
  .message {
    font-size: 0.9875rem;
    line-height: 1.5;
    white-space: pre-line;
  }
  .post-link {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    max-width: 100%;
    padding: 6px 10px;
    border-radius: 8px;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    color: var(--_accent);
    font-size: 0.875rem;
    font-weight: 600;
    text-decoration: none;
  }
  .post-link span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .post-link:hover span:first-of-type {
    text-decoration: underline;
  }

  /* Avatars */
  .avatars {
    position: relative;
    flex: none;
    width: 44px;
    height: 44px;
  }
  .avatars .second {
    position: absolute;
    inset-inline-end: -2px;
    bottom: -4px;
    display: inline-flex;
    border-radius: 50%;
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .more-people {
    position: absolute;
    inset-inline-start: -4px;
    bottom: -4px;
    padding: 0 5px;
    border-radius: 999px;
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.6875rem;
    font-weight: 700;
    line-height: 16px;
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .avatar {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 44px;
    height: 44px;
    border-radius: 50%;
    background: var(--_avatar, #3d4a63);
    color: #fff;
    font-weight: 700;
    font-size: 0.9375rem;
    letter-spacing: 0.02em;
    overflow: hidden;
  }
  .avatar.small {
    width: 24px;
    height: 24px;
    font-size: 0.6875rem;
  }
  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  /* Value tags */
  .values {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    padding: 2px 10px;
    border-radius: 999px;
    font-size: 0.8125rem;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    color: var(--_text);
  }
  .value-chip span {
    color: var(--_muted);
  }

  /* Consent */
  .consent {
    display: grid;
    gap: 6px;
    padding: 8px 12px;
    border-radius: 8px;
    font-size: 0.875rem;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
  }
  .consent > p,
  p.consent {
    display: flex;
    align-items: flex-start;
    gap: 6px;
  }
  .consent.waiting,
  .consent.ask {
    border-color: var(--_kind);
  }
  .consent.granted {
    color: var(--_positive);
    background: transparent;
    border: 0;
    padding: 0;
  }
  .consent.declined {
    color: var(--_muted);
  }

  /* Reactions */
  .reactions {
    align-items: center;
  }
  .reaction-wrap,
  .picker-wrap {
    position: relative;
    display: inline-flex;
  }
  .reaction {
    gap: 4px;
    min-height: 30px;
    min-width: 44px;
    justify-content: center;
    padding: 2px 10px;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  .reaction:hover {
    border-color: var(--_accent);
  }
  .reaction[aria-pressed='true'] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    font-weight: 700;
  }
  .reaction[disabled] {
    cursor: default;
  }
  .add-reaction {
    color: var(--_muted);
  }
  .tooltip {
    position: absolute;
    z-index: 3;
    top: calc(100% + 6px);
    inset-inline-start: 0;
    width: max-content;
    max-width: min(280px, 70cqi);
    padding: 6px 10px;
    border-radius: 6px;
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.8125rem;
    line-height: 1.4;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
  }
  @media (prefers-reduced-motion: no-preference) {
    .reaction {
      transition: transform 120ms ease, background-color 120ms ease;
    }
    .reaction:active {
      transform: scale(0.94);
    }
  }

  .more {
    display: grid;
    justify-items: center;
    gap: 6px;
    padding: 8px 0 4px;
  }
  .end {
    text-align: center;
  }

  .actions {
    display: flex;
    gap: var(--_space);
    flex-wrap: wrap;
  }
`;
