/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, in UTC so that a date means the same day in every
 * time zone. No Date objects leak out of here.
 */
import type { Cadence, IsoDate, PlanPeriod } from './types.js';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a YYYY-MM-DD date.`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date of an instant, in UTC. */
export function toIsoDate(instant: Date | number | string): IsoDate {
  return new Date(instant).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export const PERIOD_MONTHS: Record<PlanPeriod, number> = { month: 1, quarter: 3, year: 12 };

/** A plan period: `start` inclusive, `end` exclusive, and its index within the plan year. */
export interface PeriodRange {
  start: IsoDate;
  end: IsoDate;
  index: number;
  /** The plan period it is one of. */
  kind: PlanPeriod;
  /** The plan year it belongs to, named by the calendar year that year ends in: `FY 2026`. */
  year: number;
  /**
   * A short English label such as `Q3 2026`, `2026-03` or `FY 2026`. Elements say it in their
   * language from `kind`, `year`, `index` and `start` (`periodText` in `src/i18n/period.ts`).
   */
  label: string;
}

/** The plan period containing `date`, for a plan year starting on `yearStart`. */
export function periodContaining(date: IsoDate, period: PlanPeriod, yearStart: IsoDate): PeriodRange {
  const months = PERIOD_MONTHS[period];
  let start = yearStart;
  // Walk whole years first so old or future dates stay cheap.
  while (dayNumber(date) < dayNumber(start)) start = addMonths(start, -12);
  while (dayNumber(date) >= dayNumber(addMonths(start, 12))) start = addMonths(start, 12);
  const fiscalYearStart = start;
  let index = 0;
  while (dayNumber(date) >= dayNumber(addMonths(start, months))) {
    start = addMonths(start, months);
    index += 1;
  }
  const end = addMonths(start, months);
  const year = Number(addMonths(fiscalYearStart, 11).slice(0, 4));
  const label =
    period === 'quarter' ? `Q${index + 1} ${year}` : period === 'year' ? `FY ${year}` : `${start.slice(0, 7)}`;
  return { start, end, index, kind: period, year, label };
}

/** Every period of the plan year that contains `date`, in order. */
export function periodsOfYear(date: IsoDate, period: PlanPeriod, yearStart: IsoDate): PeriodRange[] {
  const first = periodContaining(date, 'year', yearStart).start;
  const count = 12 / PERIOD_MONTHS[period];
  const ranges: PeriodRange[] = [];
  for (let i = 0; i < count; i += 1) {
    ranges.push(periodContaining(addMonths(first, i * PERIOD_MONTHS[period]), period, yearStart));
  }
  return ranges;
}

/** Share of a period elapsed by the end of `date`, 0 to 1. */
export function elapsedShare(range: PeriodRange, date: IsoDate): number {
  const total = daysBetween(range.start, range.end);
  const done = daysBetween(range.start, date) + 1;
  return Math.min(1, Math.max(0, done / total));
}

export const CADENCE_DAYS: Record<Cadence, number> = { weekly: 7, biweekly: 14, monthly: 30, quarterly: 91 };

/** The next review date after `from` for a cadence. Months and quarters are calendar months. */
export function nextReviewDate(from: IsoDate, cadence: Cadence): IsoDate {
  if (cadence === 'monthly') return addMonths(from, 1);
  if (cadence === 'quarterly') return addMonths(from, 3);
  return addDays(from, CADENCE_DAYS[cadence]);
}
