/**
 * The small visual vocabulary of recognition-feed: kind icons, avatars with initials, reaction
 * emoji and absolute times. Icons are decorative (`aria-hidden`): every one sits beside a text
 * label, so colour and shape are never the only signal.
 */
import { html, svg, nothing } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { styleProps } from '../style-props.js';
import type { Person, RecognitionKind } from '../../core/types.js';
import { isSafeLink } from '../../core/links.js';

const KIND_PATHS: Record<RecognitionKind, SVGTemplateResult> = {
  // A trophy.
  win: svg`<path d="M7 4h10v3a5 5 0 0 1-10 0V4Z"/><path d="M7 6H4v1a3 3 0 0 0 3 3M17 6h3v1a3 3 0 0 1-3 3M12 12v4M8.5 20h7M9.5 16h5v4h-5z"/>`,
  // A heart with a spark.
  kudos: svg`<path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10Z"/><path d="M19 3v3M17.5 4.5h3"/>`,
  // A headset: a recorded call worth learning from.
  'coaching-example': svg`<path d="M4 14v-2a8 8 0 0 1 16 0v2"/><rect x="3" y="13" width="4" height="6" rx="1.5"/><rect x="17" y="13" width="4" height="6" rx="1.5"/><path d="M19 19c0 1.5-2 2.5-5 2.5"/>`,
  // A flag.
  milestone: svg`<path d="M5 21V4"/><path d="M5 4h11l-2 4 2 4H5"/>`,
  // A target with an arrow.
  'goal-achieved': svg`<circle cx="11" cy="13" r="7"/><circle cx="11" cy="13" r="3"/><path d="M11 13 20 4M16 4h4v4"/>`,
};

function icon(paths: SVGTemplateResult, className = 'icon'): TemplateResult {
  return html`<svg class=${className} viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor"
    stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths}</svg>`;
}

export function kindIcon(kind: RecognitionKind): TemplateResult | typeof nothing {
  const paths = KIND_PATHS[kind];
  return paths ? icon(paths) : nothing;
}

export const lockIcon = (): TemplateResult => icon(svg`<rect x="5" y="11" width="14" height="9" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/>`);
export const hourglassIcon = (): TemplateResult => icon(svg`<path d="M7 3h10M7 21h10M8 3c0 5 8 5 8 9s-8 4-8 9M16 3c0 5-8 5-8 9s8 4 8 9"/>`);
export const checkIcon = (): TemplateResult => icon(svg`<path d="m5 12 4.5 4.5L19 7"/>`);
export const linkIcon = (): TemplateResult => icon(svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`);
export const sparkIcon = (): TemplateResult => icon(svg`<path d="M12 3l2.1 5.9L20 11l-5.9 2.1L12 19l-2.1-5.9L4 11l5.9-2.1Z"/><path d="M19 3v3M17.5 4.5h3"/>`);
export const plusIcon = (): TemplateResult => icon(svg`<path d="M12 5v14M5 12h14"/>`);
export const smileIcon = (): TemplateResult => icon(svg`<circle cx="11" cy="12" r="8"/><path d="M8 14.5s1.2 1.5 3 1.5 3-1.5 3-1.5M8.5 10h.01M13.5 10h.01M20 3v4M18 5h4"/>`);

/** The reactions offered in the picker, with a spoken name each. Stored posts may carry others. */
export const REACTIONS = [
  { emoji: '👏', name: 'applause' },
  { emoji: '🎉', name: 'celebrate' },
  { emoji: '🔥', name: 'fire' },
  { emoji: '💪', name: 'strong' },
  { emoji: '❤️', name: 'love' },
  { emoji: '🙌', name: 'hooray' },
] as const;
export type ReactionName = (typeof REACTIONS)[number]['name'];

export function reactionName(emoji: string): ReactionName | undefined {
  return REACTIONS.find((reaction) => reaction.emoji === emoji)?.name;
}

/** Values a team commonly recognises; the composer offers these and accepts others. */
export const DEFAULT_VALUE_TAGS: readonly string[] = ['customer-first', 'grit', 'teamwork', 'curiosity', 'ownership', 'candor', 'craft', 'generosity'];

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? [...words[words.length - 1]!][0] ?? '' : '';
  return (first + last).toLocaleUpperCase();
}

/** Eight hues that each carry white text at 4.5:1 or better, so initials stay legible. */
const AVATAR_COLOURS = ['#2456c7', '#1d6b40', '#8a3b12', '#6d3fb0', '#0f6477', '#a12a5e', '#5b5f12', '#3d4a63'];

function hueIndex(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i += 1) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % AVATAR_COLOURS.length;
}

/** A decorative avatar: the picture when it is a safe link, else initials on a colour of the person's own. */
export function avatar(person: Person | undefined, fallbackName: string, size: 'small' | 'large' = 'large'): TemplateResult {
  const name = person?.name ?? fallbackName;
  const colour = AVATAR_COLOURS[hueIndex(person?.id ?? name)];
  const picture = person?.avatarUrl && isSafeLink(person.avatarUrl) ? person.avatarUrl : undefined;
  return html`<span class="avatar ${size}" part="avatar" aria-hidden="true" style=${styleProps({ '--_avatar': colour })}
    >${picture ? html`<img src=${picture} alt="" loading="lazy" referrerpolicy="no-referrer" />` : initialsOf(name)}</span
  >`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Thursday, November 26, 2026 at 5:43 PM" in the element's language. */
export function formatDateTime(instant: string, locale: string): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : format.format(date);
}

/** A short, readable form of a link for display: host and path, without the scheme. */
export function displayLink(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    const text = `${parsed.hostname}${path}`;
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return url;
  }
}

/** An id safe to use in `id` and `aria-*` references. */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
