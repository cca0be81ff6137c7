/**
 * How bookings are spread: over the days of one rep's period (the attainment chart) and across
 * a team's reps (the distribution chart). Plain figures for charts and their data tables; no
 * drawing here.
 *
 * The team view follows the essay behind Goalpost: a manager whose reps sell about $1M, $2M,
 * $3M, $4M and above $5M a year should set each rep's target a stretch above what they already
 * sell, "aspirational yet attainable", and not one number for everybody. The stretch ratio says
 * how far: a rep's quota over a year against their last twelve months.
 */
import { addDays, addMonths, daysBetween, dayNumber, isIsoDate, periodContaining, PERIOD_MONTHS } from './dates.js';
import type { PeriodRange } from './dates.js';
import { GoalpostError } from './errors.js';
import { minorDigits, money } from './money.js';
import type { Booking, CompPlan, CurrencyCode, Id, IsoDate, LeaderboardPresence, Money } from './types.js';

function assertDate(value: IsoDate): void {
  if (!isIsoDate(value)) throw new GoalpostError('invalid-input', `"${value}" is not a YYYY-MM-DD date.`);
}

// ---------------------------------------------------------------------------------------------
// One rep's period, day by day

export interface AttainmentDay {
  date: IsoDate;
  /** Booked this period through the end of the day; null for days still ahead. */
  booked: Money | null;
  /** The pace line: the quota spread evenly over the period, through the end of the day. */
  pace: Money;
}

export interface TierThreshold {
  tier: number;
  /** Attainment where the tier starts, above zero. */
  from: number;
  multiplier: number;
  /** The bookings that reach it this period. */
  bookings: Money;
}

export interface AttainmentSeries {
  period: PeriodRange;
  asOf: IsoDate;
  quota: Money;
  /** One entry per day of the period, first to last. */
  days: AttainmentDay[];
  thresholds: TierThreshold[];
  /** Booked through `asOf`, and the pace line's figure that day. */
  booked: Money;
  expected: Money;
}

/** `amount × numerator ÷ denominator`, rounded half up, exactly: the pace line never drifts. */
function scaled(amount: number, numerator: number, denominator: number): number {
  const product = BigInt(amount) * BigInt(numerator);
  const over = BigInt(denominator);
  return Number(product >= 0n ? (2n * product + over) / (2n * over) : -((-2n * product + over) / (2n * over)));
}

/**
 * Cumulative bookings of the period containing `asOf`, day by day, against the pace line and
 * the plan's tier thresholds. The pace line agrees with `pace()` in `quota-to-goal.ts`: at the end
 * of day d of n it stands at quota × d ÷ n.
 */
export function attainmentSeries(plan: CompPlan, bookings: readonly Booking[], asOf: IsoDate): AttainmentSeries {
  assertDate(asOf);
  const period = periodContaining(asOf, plan.period, plan.yearStart);
  const { currency } = plan;
  const length = daysBetween(period.start, period.end);
  const first = dayNumber(period.start);
  const daily = new Array<number>(length).fill(0);
  for (const booking of bookings) {
    if (booking.ownerId !== plan.ownerId || !isIsoDate(booking.closedOn)) continue;
    const index = dayNumber(booking.closedOn) - first;
    if (index < 0 || index >= length || booking.closedOn > asOf) continue;
    if (booking.amount.currency !== currency) continue;
    daily[index]! += booking.amount.amount;
  }
  const today = dayNumber(asOf) - first;
  let running = 0;
  const days: AttainmentDay[] = daily.map((amount, index) => {
    running += amount;
    return {
      date: addDays(period.start, index),
      booked: index <= today ? money(running, currency) : null,
      pace: money(scaled(plan.quota, index + 1, length), currency),
    };
  });
  const thresholds = plan.tiers
    .map((tier, index) => ({ tier: index, from: tier.from, multiplier: tier.multiplier }))
    .filter((tier) => tier.from > 0)
    .map((tier) => ({ ...tier, bookings: money(Math.ceil(Number((plan.quota * tier.from).toPrecision(15))), currency) }));
  const todayEntry = days[Math.min(Math.max(today, 0), length - 1)]!;
  return {
    period,
    asOf,
    quota: money(plan.quota, currency),
    days,
    thresholds,
    booked: todayEntry.booked ?? money(0, currency),
    expected: todayEntry.pace,
  };
}

// ---------------------------------------------------------------------------------------------
// A team's last twelve months

/** The trailing twelve months ending on `today`, both ends included. */
export function trailingYear(today: IsoDate): { start: IsoDate; end: IsoDate } {
  assertDate(today);
  return { start: addDays(addMonths(today, -12), 1), end: today };
}

/**
 * Each rep's bookings over the trailing twelve months, in minor units of `currency`. Every rep
 * asked for gets an entry, zero without bookings; bookings in another currency are left out
 * (there is no rate to convert them), and counted in `skipped`.
 */
export function trailingTotals(
  bookings: readonly Booking[],
  ownerIds: readonly Id[],
  today: IsoDate,
  currency: CurrencyCode,
): { totals: Map<Id, number>; skipped: number } {
  const { start, end } = trailingYear(today);
  const totals = new Map<Id, number>(ownerIds.map((id) => [id, 0]));
  let skipped = 0;
  for (const booking of bookings) {
    const total = totals.get(booking.ownerId);
    if (total === undefined || booking.closedOn < start || booking.closedOn > end) continue;
    if (booking.amount.currency !== currency) {
      skipped += 1;
      continue;
    }
    totals.set(booking.ownerId, total + booking.amount.amount);
  }
  return { totals, skipped };
}

export interface Band {
  /** Inclusive lower bound and exclusive upper bound in minor units; null where open. */
  min: number | null;
  max: number | null;
  /** The whole number of band widths the band is centred on (1 for "about $1M"), or for the open top band the bound it starts at. */
  center: number;
  /** `about` for a band around `center` widths, `above` for the open band on top. */
  kind: 'about' | 'above';
  count: number;
}

export interface BandOptions {
  /** Band width in major units of the currency; $1M by default. */
  width?: number;
  /** The open top band starts at this many widths; 5 ("above $5M") by default. */
  topAt?: number;
}

/**
 * A histogram of trailing totals in bands one width wide, centred on whole widths: "about $1M"
 * holds everything below $1.5M, "about $2M" $1.5M to $2.5M, and so on up to the band just below
 * `topAt` widths, which reaches up to it; "above $5M" holds the rest. These are the essay's
 * bands, so a team that sells like the essay's reads 1, 5, 15, 7, 2.
 */
export function bookingBands(totals: Iterable<number>, currency: CurrencyCode, options: BandOptions = {}): Band[] {
  const width = (options.width ?? 1_000_000) * 10 ** minorDigits(currency);
  const topAt = Math.max(2, Math.floor(options.topAt ?? 5));
  if (!(width > 0) || !Number.isSafeInteger(width)) throw new GoalpostError('invalid-input', 'A band width must be a positive amount.');
  const bands: Band[] = [];
  for (let center = 1; center < topAt; center += 1) {
    bands.push({
      min: center === 1 ? null : Math.round((center - 0.5) * width),
      max: center === topAt - 1 ? topAt * width : Math.round((center + 0.5) * width),
      center,
      kind: 'about',
      count: 0,
    });
  }
  bands.push({ min: topAt * width, max: null, center: topAt, kind: 'above', count: 0 });
  for (const total of totals) {
    const band = bands.find((b) => (b.min === null || total >= b.min) && (b.max === null || total < b.max))!;
    band.count += 1;
  }
  return bands;
}

/** Periods in one plan year: 4 for a quarterly plan. */
export function periodsPerYear(plan: Pick<CompPlan, 'period'>): number {
  return 12 / PERIOD_MONTHS[plan.period];
}

/**
 * How far a quota stretches past what the rep already sells: one period's quota × periods a
 * year ÷ the trailing twelve months. 1.15 asks for 15% more than last year. Null without
 * trailing bookings to compare against, or in another currency.
 */
export function stretchRatio(plan: CompPlan, trailingMinor: number): number | null {
  if (!(trailingMinor > 0)) return null;
  return (plan.quota * periodsPerYear(plan)) / trailingMinor;
}

export type StretchVerdict = 'below' | 'attainable' | 'out-of-reach';

/** Where a ratio of 1.0–1.3 reads as aspirational yet attainable. */
export const ATTAINABLE_STRETCH = { min: 1, max: 1.3 } as const;

/** Below last year's run rate, aspirational yet attainable, or a reach too far. */
export function stretchVerdict(ratio: number): StretchVerdict {
  if (ratio < ATTAINABLE_STRETCH.min) return 'below';
  if (ratio <= ATTAINABLE_STRETCH.max) return 'attainable';
  return 'out-of-reach';
}

export interface RepStretch {
  /** Who the rep is, only for reps who chose to be `named`; null for `anonymous` ones. */
  personId: Id | null;
  name: string | null;
  presence: Exclude<LeaderboardPresence, 'hidden'>;
  /** One period's quota × periods a year. */
  annualQuota: Money;
  trailing: Money;
  ratio: number;
  verdict: StretchVerdict;
}

export interface TeamRepInput {
  personId: Id;
  name: string;
  /** The rep's choice of leaderboard presence; `anonymous` when the viewer cannot read it. */
  presence: LeaderboardPresence;
  /** The rep's plan, when the viewer may see it. */
  plan?: CompPlan;
}

export interface TeamJudgement {
  /** Reps whose ratio could be computed, hidden ones included (the verdict is aggregate). */
  judged: number;
  below: number;
  attainable: number;
  outOfReach: number;
  /** The middle ratio, or null when nobody could be judged. */
  median: number | null;
  /** The team reading as a whole: most targets attainable, too many out of reach, too many below, or mixed. */
  overall: StretchVerdict | 'mixed' | 'unknown';
}

export interface TeamDistribution {
  currency: CurrencyCode;
  window: { start: IsoDate; end: IsoDate };
  bands: Band[];
  /** Everyone counted in the bands, hidden reps included. */
  counted: number;
  median: Money | null;
  /** Per rep, without the reps who chose to be hidden, sorted by ratio; anonymous reps unnamed. */
  reps: RepStretch[];
  /** Reps left out of the per-rep view by their own choice. */
  hidden: number;
  judgement: TeamJudgement;
  /** Bookings left out for being in another currency. */
  skippedBookings: number;
}

function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The verdict on the team: two thirds in one place decide it. */
export function judgeTeam(ratios: readonly number[]): TeamJudgement {
  const verdicts = ratios.map(stretchVerdict);
  const count = (verdict: StretchVerdict) => verdicts.filter((v) => v === verdict).length;
  const judged = ratios.length;
  const below = count('below');
  const attainable = count('attainable');
  const outOfReach = count('out-of-reach');
  const decisive = (n: number) => n * 3 >= judged * 2;
  const overall: TeamJudgement['overall'] =
    judged === 0 ? 'unknown' : decisive(attainable) ? 'attainable' : decisive(outOfReach) ? 'out-of-reach' : decisive(below) ? 'below' : 'mixed';
  return { judged, below, attainable, outOfReach, median: medianOf(ratios), overall };
}

/**
 * The team's trailing-year histogram and per-rep stretch. Pass only bookings the viewer may see
 * (storage filters reads), for the reps in `reps`. Every rep counts in the aggregate histogram;
 * the per-rep view leaves out reps whose leaderboard presence is `hidden`.
 */
export function teamDistribution(
  reps: readonly TeamRepInput[],
  bookings: readonly Booking[],
  today: IsoDate,
  currency: CurrencyCode,
  options: BandOptions = {},
): TeamDistribution {
  const window = trailingYear(today);
  const { totals, skipped } = trailingTotals(bookings, reps.map((rep) => rep.personId), today, currency);
  const values = [...totals.values()];
  const medianTotal = medianOf(values);
  const stretches: RepStretch[] = [];
  const ratios: number[] = [];
  for (const rep of reps) {
    const trailing = totals.get(rep.personId) ?? 0;
    if (!rep.plan || rep.plan.currency !== currency) continue;
    const ratio = stretchRatio(rep.plan, trailing);
    if (ratio === null) continue;
    ratios.push(ratio);
    if (rep.presence === 'hidden') continue;
    const named = rep.presence === 'named';
    stretches.push({
      personId: named ? rep.personId : null,
      name: named ? rep.name : null,
      presence: rep.presence,
      annualQuota: money(rep.plan.quota * periodsPerYear(rep.plan), currency),
      trailing: money(trailing, currency),
      ratio,
      verdict: stretchVerdict(ratio),
    });
  }
  // Ties put named reps first, by name; anonymous ones keep no order that could point at them.
  stretches.sort((a, b) => a.ratio - b.ratio || (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || (a.name ?? '').localeCompare(b.name ?? ''));
  return {
    currency,
    window,
    bands: bookingBands(values, currency, options),
    counted: values.length,
    median: medianTotal === null ? null : money(Math.round(medianTotal), currency),
    reps: stretches,
    hidden: reps.filter((rep) => rep.presence === 'hidden').length,
    judgement: judgeTeam(ratios),
    skippedBookings: skipped,
  };
}
