/**
 * Locale-aware formatting of numbers, dates and relative times through Intl, with the
 * formatters cached because elements re-render often.
 */
import { dayNumber } from '../core/dates.js';
import type { IsoDate } from '../core/types.js';

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules | Intl.ListFormat;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function formatPercent(share: number, locale: string, digits = 0): string {
  return cached(`pct|${locale}|${digits}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })).format(share);
}

export function formatNumber(value: number, locale: string): string {
  return cached(`num|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** A calendar date as the locale writes it; `long` adds the weekday-free month name. */
export function formatDate(date: IsoDate, locale: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  const formatter = cached(`date|${locale}|${style}`, () =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      ...(style === 'short' ? { month: 'short', day: 'numeric' } : style === 'medium' ? { year: 'numeric', month: 'short', day: 'numeric' } : { year: 'numeric', month: 'long', day: 'numeric' }),
    }),
  );
  return formatter.format(new Date(dayNumber(date) * 86_400_000));
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 minutes ago", "in 2 days", "yesterday". */
export function formatRelative(from: Date | string, now: Date, locale: string): string {
  const seconds = (new Date(from).getTime() - now.getTime()) / 1000;
  const rtf = cached(`rel|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (Math.abs(seconds) < 45) return rtf.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size * (unit === 'second' ? 1 : 0.9) || unit === 'second') {
      return rtf.format(Math.round(seconds / size), unit);
    }
  }
  return rtf.format(0, 'second');
}

/** Whole days between two calendar dates as words: "today", "in 3 days", "5 days ago". */
export function formatDaysFrom(today: IsoDate, date: IsoDate, locale: string): string {
  const days = dayNumber(date) - dayNumber(today);
  const rtf = cached(`rel|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (Math.abs(days) >= 60) return rtf.format(Math.round(days / 30), 'month');
  return rtf.format(days, 'day');
}

export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/** A list as the locale joins it: "Ana, Ben and Chloé". */
export function formatList(items: string[], locale: string): string {
  return cached(`list|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}
