/**
 * The commission what-if: a rep's plan laid out for reading, and what hypothetical deals would
 * do to this period's commission, the tier reached and a personal goal's funding. Nothing here
 * writes anywhere: hypothetical deals become `Booking` records only in memory, so every figure
 * comes from the same engine that pays the real ones (`commission.ts`, `quota-to-goal.ts`).
 *
 * Horizon: deals may close after the current period. The what-if then looks through the end of
 * the last period a deal closes in, so a deal that slips into next quarter shows up as paying
 * next quarter, at next quarter's rates, and funds the goal a little later.
 */
import { cliffs, describePlanModel, periodCommissions, periodPayoutCurve } from './commission.js';
import type { PlanModel } from './commission.js';
import { addDays, addMonths, dayNumber, isIsoDate, periodContaining, PERIOD_MONTHS } from './dates.js';
import type { PeriodRange } from './dates.js';
import { GoalpostError } from './errors.js';
import { minorDigits, money } from './money.js';
import { goalFundingAsOf } from './quota-to-goal.js';
import type { GoalFunding } from './quota-to-goal.js';
import type { Booking, CompPlan, IsoDate, Money, PeriodBasis, PersonalGoal, PlanPeriod } from './types.js';

// ---------------------------------------------------------------------------------------------
// The plan, laid out

export interface TierOutline {
  tier: number;
  /** Attainment where the tier starts, and where the next starts (null for the top tier). */
  from: number;
  to: number | null;
  /** The same bounds in one period's bookings. */
  bookingsFrom: Money;
  bookingsTo: Money | null;
  multiplier: number;
  /** The commission rate inside the tier: base rate × multiplier. */
  rate: number;
  /** Reaching the tier re-rates everything booked below it. Never true for the first tier. */
  retroactive: boolean;
}

export interface PlanCliff {
  tier: number;
  /** Attainment where the cliff stands. */
  from: number;
  /** This period's bookings at which the whole period re-rates. */
  at: Money;
  /** What one more major unit (a dollar) pays at that point, the jump included. */
  oneMore: Money;
  /** This period has already booked past it. */
  passed: boolean;
  /** Bookings still needed to reach it, zero once passed. */
  away: Money;
}

export interface PlanOutline {
  name: string;
  model: PlanModel;
  period: PlanPeriod;
  basis: PeriodBasis;
  quota: Money;
  /** Variable pay at 100% of one period's quota. */
  targetIncentive: Money;
  /** targetIncentive ÷ quota: 0.06 is 6%. */
  baseRate: number;
  tiers: TierOutline[];
  /** The most one period pays (year to date on a cumulative plan), or null without a cap. */
  cap: Money | null;
  capMultiple: number | null;
  /** Points where one more sale makes this period's pay jump, in this period's bookings. */
  cliffs: PlanCliff[];
}

/** `amount × numerator ÷ denominator`, rounded half up, exactly. */
function ratioOf(amount: number, numerator: number, denominator: number): number {
  const product = BigInt(amount) * BigInt(numerator);
  const over = BigInt(denominator);
  const rounded = product >= 0n ? (2n * product + over) / (2n * over) : -((-2n * product + over) / (2n * over));
  return Number(rounded);
}

/** The least whole minor units at or above `share × quota`, the bookings a tier starts at. */
function bookingsAt(plan: CompPlan, share: number): number {
  return Math.ceil(Number((plan.quota * share).toPrecision(15)));
}

/** Commission on `amountMinor` at the plan's base rate, with no tier applied. */
export function atBaseRate(plan: CompPlan, amountMinor: number): Money {
  return money(ratioOf(amountMinor, plan.targetIncentive, plan.quota), plan.currency);
}

/**
 * The plan as the what-if shows it, with its cliffs placed in this period's bookings. On a
 * cumulative plan a cliff stands where the year-to-date true-up crosses a retroactive tier, so
 * this period's share of it depends on what earlier periods booked.
 */
export function outlinePlan(plan: CompPlan, bookings: readonly Booking[], asOf: IsoDate): PlanOutline {
  const model = describePlanModel(plan);
  const { currency } = plan;
  const baseRate = plan.quota > 0 ? plan.targetIncentive / plan.quota : 0;
  const tiers: TierOutline[] = plan.tiers.map((tier, index) => {
    const next = plan.tiers[index + 1];
    return {
      tier: index,
      from: tier.from,
      to: next?.from ?? null,
      bookingsFrom: money(bookingsAt(plan, tier.from), currency),
      bookingsTo: next ? money(bookingsAt(plan, next.from), currency) : null,
      multiplier: tier.multiplier,
      rate: baseRate * tier.multiplier,
      retroactive: index > 0 && tier.retroactive,
    };
  });
  const capMultiple = plan.capMultiple ?? null;
  return {
    name: plan.name,
    model,
    period: plan.period,
    basis: plan.basis,
    quota: money(plan.quota, currency),
    targetIncentive: money(plan.targetIncentive, currency),
    baseRate,
    tiers,
    cap: capMultiple === null ? null : money(Math.round(plan.targetIncentive * capMultiple), currency),
    capMultiple,
    cliffs: periodCliffs(plan, bookings, asOf),
  };
}

function periodCliffs(plan: CompPlan, bookings: readonly Booking[], asOf: IsoDate): PlanCliff[] {
  const year = periodCommissions(plan, bookings, asOf);
  const { current } = year;
  const curve = periodPayoutCurve(plan, bookings, asOf);
  const unit = 10 ** minorDigits(plan.currency);
  // On a cumulative plan the true-up after k periods is the plan with k × quota and incentive.
  const count = plan.basis === 'cumulative' ? year.periods.length : 1;
  const seen = { ...plan, quota: plan.quota * count, targetIncentive: plan.targetIncentive * count };
  const bookedBefore = plan.basis === 'cumulative' ? current.bookedToDate.amount - current.booked.amount : 0;
  const booked = current.booked.amount;
  return cliffs(seen)
    .map((cliff) => {
      const at = cliff.at.amount - bookedBefore;
      if (at <= 0) return null;
      const oneMore = curve.payoutFor(at).amount - curve.payoutFor(Math.max(0, at - unit)).amount;
      return {
        tier: cliff.tier,
        from: plan.tiers[cliff.tier]!.from,
        at: money(at, plan.currency),
        oneMore: money(oneMore, plan.currency),
        passed: booked >= at,
        away: money(Math.max(0, at - booked), plan.currency),
      };
    })
    .filter((cliff): cliff is PlanCliff => cliff !== null);
}

// ---------------------------------------------------------------------------------------------
// Hypothetical deals

export interface HypotheticalDeal {
  /** Any id that tells deals apart; it never reaches storage. */
  id: string;
  /** In minor units of the plan's currency, above zero. */
  amount: number;
  closedOn: IsoDate;
  label?: string;
}

export interface WhatIfInput {
  plan: CompPlan;
  /** The rep's real bookings: at least the plan year so far, and back to the goal's date. */
  bookings: readonly Booking[];
  /** Today. Deals close today or later. */
  asOf: IsoDate;
  deals: readonly HypotheticalDeal[];
  /** Extra bookings this period, in minor units (the slider), counted as closing today. */
  extra?: number;
  goal?: PersonalGoal;
}

export interface PeriodOutcome {
  period: PeriodRange;
  bookedBefore: Money;
  bookedAfter: Money;
  payoutBefore: Money;
  payoutAfter: Money;
  gain: Money;
  /**
   * Highest tier reached, before and after: by this period's bookings, or on a cumulative plan by
   * the year-to-date true-up that decides what the period pays.
   */
  tierBefore: number;
  tierAfter: number;
  /** Whether the cap holds this period's payout back once the deals are in. */
  cappedAfter: boolean;
}

export interface TierCrossing {
  tier: number;
  from: number;
  multiplier: number;
  retroactive: boolean;
  /** The period whose bookings cross it. */
  period: PeriodRange;
}

export interface GoalChange {
  goal: PersonalGoal;
  before: GoalFunding;
  after: GoalFunding;
  /** More money earmarked for the goal, and that as a share of its target (absent without one). */
  added: Money;
  share?: number;
}

export interface BasisComparison {
  /** The last day the comparison counts: the end of the last period the deals reach, this plan year. */
  through: IsoDate;
  /** Year to date with the deals in, paid per period and paid on a cumulative true-up. */
  perPeriod: Money;
  cumulative: Money;
  /** cumulative − perPeriod: positive when the true-up pays more. */
  difference: Money;
  /** The basis this plan actually uses. */
  actual: PeriodBasis;
}

export interface WhatIfResult {
  /** The current period and every later period a deal closes in, in order. */
  periods: PeriodOutcome[];
  current: PeriodOutcome;
  /** Everything the deals and the slider add, and what that pays across the periods. */
  added: Money;
  commissionBefore: Money;
  commissionAfter: Money;
  gain: Money;
  /** The gain split: the new bookings at the base rate, and what the tiers add (or take) on top. */
  atBaseRate: Money;
  fromAccelerator: Money;
  /** Tiers newly reached, in the order they are crossed. */
  crossed: TierCrossing[];
  /** Cliffs of the current period the deals carry it over. */
  cliffsCrossed: PlanCliff[];
  goal?: GoalChange;
  /** Absent on a yearly plan, where both bases are one and the same. */
  basis?: BasisComparison;
  /** The last day the what-if looks at. */
  through: IsoDate;
}

export interface DealEffect {
  id: string;
  /** Commission the deal adds on its own, and what it does for the goal on its own. */
  gain: Money;
  goalAdded?: Money;
  goalShare?: number;
}

/** Deals may close from today to a year ahead: a what-if is about the road ahead, not the past. */
export function dealDateProblem(closedOn: string, asOf: IsoDate): 'invalid' | 'past' | 'too-far' | null {
  if (!isIsoDate(closedOn)) return 'invalid';
  if (dayNumber(closedOn) < dayNumber(asOf)) return 'past';
  if (dayNumber(closedOn) > dayNumber(latestDealDate(asOf))) return 'too-far';
  return null;
}

export function latestDealDate(asOf: IsoDate): IsoDate {
  return addDays(addMonths(asOf, 12), -1);
}

function assertInput(input: WhatIfInput): void {
  if (!isIsoDate(input.asOf)) throw new GoalpostError('invalid-input', `"${input.asOf}" is not a YYYY-MM-DD date.`);
  const extra = input.extra ?? 0;
  if (!Number.isSafeInteger(extra) || extra < 0) {
    throw new GoalpostError('invalid-input', 'Extra bookings must be a whole amount, zero or more.');
  }
  for (const deal of input.deals) {
    if (!Number.isSafeInteger(deal.amount) || deal.amount <= 0) {
      throw new GoalpostError('invalid-input', 'A hypothetical deal needs an amount above zero.');
    }
    const problem = dealDateProblem(deal.closedOn, input.asOf);
    if (problem) throw new GoalpostError('invalid-input', `A hypothetical deal cannot close on "${deal.closedOn}" (${problem}).`);
  }
}

const STAMP = '1970-01-01T00:00:00.000Z';

/** Hypothetical deals as bookings, in memory only. */
function asBookings(input: WhatIfInput): Booking[] {
  const { plan, asOf } = input;
  const owner = plan.ownerId;
  const made: Booking[] = input.deals.map((deal) => ({
    id: `what-if-${deal.id}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    version: 0,
    ownerId: owner,
    amount: money(deal.amount, plan.currency),
    closedOn: deal.closedOn,
    label: deal.label ?? 'Hypothetical deal',
  }));
  const extra = input.extra ?? 0;
  if (extra > 0) {
    made.push({ id: 'what-if-extra', createdAt: STAMP, updatedAt: STAMP, version: 0, ownerId: owner, amount: money(extra, plan.currency), closedOn: asOf, label: 'Extra bookings this period' });
  }
  return made;
}

/** The periods from the current one through the one holding the latest deal. */
function periodsThrough(plan: CompPlan, asOf: IsoDate, latest: IsoDate): PeriodRange[] {
  const ranges: PeriodRange[] = [];
  let day = asOf;
  for (;;) {
    const range = periodContaining(day, plan.period, plan.yearStart);
    ranges.push(range);
    if (dayNumber(latest) < dayNumber(range.end)) return ranges;
    day = range.end;
  }
}

/** What a period pays and the tier it reaches, with everything through its last day counted. */
function periodFigures(plan: CompPlan, bookings: readonly Booking[], range: PeriodRange) {
  const { current } = periodCommissions(plan, bookings, addDays(range.end, -1));
  // On a cumulative plan the tier that pays is the year-to-date true-up's.
  return { booked: current.booked.amount, payout: current.payout.amount, tier: current.calculation.tierReached, capped: current.calculation.capped };
}

/** The full what-if: before and after for every period the deals touch, the goal, the basis. */
export function whatIf(input: WhatIfInput): WhatIfResult {
  assertInput(input);
  const { plan, bookings, asOf, goal } = input;
  const { currency } = plan;
  const made = asBookings(input);
  const withDeals = [...bookings, ...made];
  const latest = made.reduce((last, deal) => (deal.closedOn > last ? deal.closedOn : last), asOf);
  const ranges = periodsThrough(plan, asOf, latest);
  const through = addDays(ranges[ranges.length - 1]!.end, -1);

  const periods: PeriodOutcome[] = ranges.map((range) => {
    const before = periodFigures(plan, bookings, range);
    const after = periodFigures(plan, withDeals, range);
    return {
      period: range,
      bookedBefore: money(before.booked, currency),
      bookedAfter: money(after.booked, currency),
      payoutBefore: money(before.payout, currency),
      payoutAfter: money(after.payout, currency),
      gain: money(after.payout - before.payout, currency),
      tierBefore: before.tier,
      tierAfter: after.tier,
      cappedAfter: after.capped,
    };
  });
  const current = periods[0]!;
  const added = made.reduce((total, deal) => total + deal.amount.amount, 0);
  const commissionBefore = periods.reduce((total, p) => total + p.payoutBefore.amount, 0);
  const commissionAfter = periods.reduce((total, p) => total + p.payoutAfter.amount, 0);
  const gain = commissionAfter - commissionBefore;
  const base = atBaseRate(plan, added).amount;

  const crossed: TierCrossing[] = periods.flatMap((p) =>
    plan.tiers
      .map((tier, index) => ({ tier: index, from: tier.from, multiplier: tier.multiplier, retroactive: index > 0 && tier.retroactive, period: p.period }))
      .filter((t) => t.tier > p.tierBefore && t.tier <= p.tierAfter),
  );
  const outline = periodCliffs(plan, bookings, asOf);
  const cliffsCrossed = outline.filter((cliff) => !cliff.passed && current.bookedAfter.amount >= cliff.at.amount);

  const result: WhatIfResult = {
    periods,
    current,
    added: money(added, currency),
    commissionBefore: money(commissionBefore, currency),
    commissionAfter: money(commissionAfter, currency),
    gain: money(gain, currency),
    atBaseRate: money(base, currency),
    fromAccelerator: money(gain - base, currency),
    crossed,
    cliffsCrossed,
    through,
  };
  if (goal && goal.target?.currency === currency) result.goal = goalChange(plan, bookings, withDeals, goal, through);
  if (plan.period !== 'year') result.basis = compareBases(plan, withDeals, asOf, through);
  return result;
}

function goalChange(plan: CompPlan, bookings: readonly Booking[], withDeals: readonly Booking[], goal: PersonalGoal, through: IsoDate): GoalChange {
  const before = goalFundingAsOf(plan, bookings, goal, through);
  const after = goalFundingAsOf(plan, withDeals, goal, through);
  const added = money(after.funded.amount - before.funded.amount, plan.currency);
  const change: GoalChange = { goal, before, after, added };
  const target = goal.target?.amount;
  if (target !== undefined && target > 0) change.share = added.amount / target;
  return change;
}

/** Year to date with the deals, under each basis, through the last period they reach this plan year. */
function compareBases(plan: CompPlan, withDeals: readonly Booking[], asOf: IsoDate, through: IsoDate): BasisComparison {
  const year = periodContaining(asOf, 'year', plan.yearStart);
  const lastOfYear = addDays(year.end, -1);
  const until = dayNumber(through) < dayNumber(lastOfYear) ? through : lastOfYear;
  const paid = (basis: PeriodBasis) => periodCommissions({ ...plan, basis }, withDeals, until).payoutYtd.amount;
  const perPeriod = paid('per-period');
  const cumulative = paid('cumulative');
  return {
    through: until,
    perPeriod: money(perPeriod, plan.currency),
    cumulative: money(cumulative, plan.currency),
    difference: money(cumulative - perPeriod, plan.currency),
    actual: plan.basis,
  };
}

/** What each deal would do on its own, added to the real bookings alone. */
export function dealEffects(input: WhatIfInput): DealEffect[] {
  return input.deals.map((deal) => {
    const alone = whatIf({ ...input, deals: [deal], extra: 0 });
    const effect: DealEffect = { id: deal.id, gain: alone.gain };
    if (alone.goal) {
      effect.goalAdded = alone.goal.added;
      if (alone.goal.share !== undefined) effect.goalShare = alone.goal.share;
    }
    return effect;
  });
}

// ---------------------------------------------------------------------------------------------
// The slider

export interface SliderRange {
  /** All in minor units. */
  max: number;
  step: number;
}

/** The nice step (1, 2 or 5 × a power of ten) at or below `value`, at least one major unit. */
function niceStep(value: number, unit: number): number {
  if (value <= unit) return unit;
  const power = 10 ** Math.floor(Math.log10(value));
  const best = [5, 2, 1].map((m) => m * power).find((step) => step <= value) ?? power;
  return Math.max(unit, best);
}

/**
 * A slider for extra bookings this period: steps of about 1% of quota, reaching half a quota past
 * the top tier's start (at least a whole quota), so every tier and the cap are in reach.
 */
export function extraBookingsRange(plan: CompPlan, bookedThisPeriod: number): SliderRange {
  const unit = 10 ** minorDigits(plan.currency);
  const step = niceStep(plan.quota / 100, unit);
  const top = plan.tiers[plan.tiers.length - 1]!.from;
  const reach = Math.max(plan.quota, bookingsAt(plan, top + 0.5) - Math.max(0, bookedThisPeriod));
  return { max: Math.ceil(reach / step) * step, step };
}

/** Periods in one plan year. */
export function periodsPerYear(period: PlanPeriod): number {
  return 12 / PERIOD_MONTHS[period];
}
