/**
 * From a plan, bookings and a personal goal to what the rep cares about: how far commission has
 * carried the goal, whether this period is on pace, and what it still takes (DESIGN.md,
 * "Quota → goal").
 *
 * Earmarks count commission earned since the goal was written: a rep cannot have set aside, for
 * a goal that did not exist yet, commission that was paid (and likely spent) before it. Money put
 * aside before then belongs in `saved`. Commission is attributed at the margin: what the goal's
 * lifetime added to each period's payout, so deals closed after it was written get the
 * accelerated rate they unlocked.
 */
import { periodCommissions, periodPayoutCurve, portionOf } from './commission.js';
import type { PeriodPayoutCurve } from './commission.js';
import { addDays, dayNumber, daysBetween, elapsedShare, isIsoDate, periodContaining } from './dates.js';
import type { PeriodRange } from './dates.js';
import { CurrencyMismatchError, GoalpostError } from './errors.js';
import { money } from './money.js';
import type { Booking, CompPlan, IsoDate, Money, PersonalGoal } from './types.js';

function assertDate(value: IsoDate, what: string): void {
  if (!isIsoDate(value)) throw new GoalpostError('invalid-input', `The ${what} "${value}" is not a YYYY-MM-DD date.`);
}

function assertFundingShare(goal: PersonalGoal): void {
  const share = goal.fundingShare;
  if (!Number.isFinite(share) || share < 0 || share > 1) {
    throw new GoalpostError('invalid-input', `A goal's share of commission must be between 0 and 1, not ${share}.`);
  }
}

function sameCurrency(expected: string, actual: Money | undefined): void {
  if (actual && actual.currency !== expected) throw new CurrencyMismatchError(expected, actual.currency);
}

/** `amount × numerator / denominator`, rounded half up, exactly: day counts make poor floats. */
function scaleByRatio(amount: number, numerator: number, denominator: number): number {
  const product = BigInt(amount) * BigInt(numerator);
  const over = BigInt(denominator);
  const rounded = product >= 0n ? (2n * product + over) / (2n * over) : -((-2n * product + over) / (2n * over));
  return Number(rounded);
}

// ---------------------------------------------------------------------------------------------
// Funding

export interface GoalFunding {
  /** The commission the earmark was taken from (zero when none was given). */
  commission: Money;
  /** `fundingShare` × commission, rounded once to a whole minor unit. */
  earmarked: Money;
  saved: Money;
  /** earmarked + saved. */
  funded: Money;
  /** The rest is absent for goals without a money target. */
  target?: Money;
  /** funded ÷ target, 0 to 1. */
  progress?: number;
  /** What is still missing, never below zero. */
  remaining?: Money;
}

/**
 * How far a goal is funded by `commissionEarned` (pass `commissionEarnedSince(…, goal.writtenOn,
 * …)`, or use `goalFundingAsOf`) plus what the rep saved. Without a commission figure (no plan,
 * or one the viewer may not see) the goal is funded by its savings alone. A negative commission
 * earmarks nothing.
 */
export function goalFunding(goal: PersonalGoal, commissionEarned?: Money): GoalFunding {
  assertFundingShare(goal);
  const currency = commissionEarned?.currency ?? goal.target?.currency ?? goal.saved?.currency;
  if (currency === undefined) {
    throw new GoalpostError('invalid-input', 'A goal with no target, no savings and no commission has nothing to fund.');
  }
  sameCurrency(currency, goal.saved);
  sameCurrency(currency, goal.target);
  const commission = commissionEarned ?? money(0, currency);
  const earmarked = money(portionOf(Math.max(0, commission.amount), goal.fundingShare), currency);
  const saved = money(goal.saved?.amount ?? 0, currency);
  const funded = money(earmarked.amount + saved.amount, currency);
  const result: GoalFunding = { commission, earmarked, saved, funded };
  if (goal.target) {
    const target = goal.target.amount;
    result.target = goal.target;
    result.progress = target > 0 ? Math.min(1, Math.max(0, funded.amount / target)) : 1;
    result.remaining = money(Math.max(0, target - funded.amount), currency);
  }
  return result;
}

/**
 * Commission paid for bookings from `since` through `asOf`, across plan years: each year's
 * payout to date less what the same year had paid by the day before `since`. Never negative:
 * refunds can take back what a goal was earmarked, not push it below nothing.
 */
export function commissionEarnedSince(
  plan: CompPlan,
  bookings: readonly Booking[],
  since: IsoDate,
  asOf: IsoDate,
): Money {
  assertDate(since, 'start date');
  assertDate(asOf, 'date');
  if (dayNumber(since) > dayNumber(asOf)) return money(0, plan.currency);
  let total = 0;
  let through = asOf;
  let year = periodContaining(through, 'year', plan.yearStart);
  for (;;) {
    const paid = periodCommissions(plan, bookings, through).payoutYtd.amount;
    if (dayNumber(since) > dayNumber(year.start)) {
      total += paid - periodCommissions(plan, bookings, addDays(since, -1)).payoutYtd.amount;
      break;
    }
    total += paid;
    if (since === year.start) break;
    through = addDays(year.start, -1);
    year = periodContaining(through, 'year', plan.yearStart);
  }
  return money(Math.max(0, total), plan.currency);
}

/** The goal's funding on `asOf`, from commission earned since it was written. */
export function goalFundingAsOf(
  plan: CompPlan,
  bookings: readonly Booking[],
  goal: PersonalGoal,
  asOf: IsoDate,
): GoalFunding {
  return goalFunding(goal, commissionEarnedSince(plan, bookings, goal.writtenOn, asOf));
}

// ---------------------------------------------------------------------------------------------
// Pace

export type PaceStatus = 'ahead' | 'on-pace' | 'behind';

export interface Pace {
  period: PeriodRange;
  asOf: IsoDate;
  booked: Money;
  quota: Money;
  attainment: number;
  /** Share of the period gone by the end of `asOf`: the attainment a steady pace would show. */
  expectedAttainment: number;
  expectedBooked: Money;
  /** booked − expectedBooked: negative when behind. */
  aheadBy: Money;
  status: PaceStatus;
  /** Where the period ends if the rest of it books at the rate so far. */
  projectedBooked: Money;
  projectedAttainment: number;
  daysInPeriod: number;
  daysElapsed: number;
  /** Days after `asOf` until the period ends. */
  daysLeft: number;
}

/**
 * Pace within the current plan period. On a cumulative plan this is still the period's own
 * pace: it says how this quarter is going, which the year-to-date true-up then settles.
 */
export function pace(plan: CompPlan, bookings: readonly Booking[], asOf: IsoDate): Pace {
  const { current } = periodCommissions(plan, bookings, asOf);
  const { period } = current;
  const { currency } = plan;
  const daysInPeriod = daysBetween(period.start, period.end);
  const daysElapsed = daysBetween(period.start, asOf) + 1;
  const booked = current.booked.amount;
  const expectedBooked = scaleByRatio(plan.quota, daysElapsed, daysInPeriod);
  const projectedBooked = scaleByRatio(booked, daysInPeriod, daysElapsed);
  const aheadBy = booked - expectedBooked;
  return {
    period,
    asOf,
    booked: current.booked,
    quota: current.quota,
    attainment: current.attainment,
    expectedAttainment: elapsedShare(period, asOf),
    expectedBooked: money(expectedBooked, currency),
    aheadBy: money(aheadBy, currency),
    status: aheadBy > 0 ? 'ahead' : aheadBy < 0 ? 'behind' : 'on-pace',
    projectedBooked: money(projectedBooked, currency),
    projectedAttainment: (booked * daysInPeriod) / daysElapsed / plan.quota,
    daysInPeriod,
    daysElapsed,
    daysLeft: daysInPeriod - daysElapsed,
  };
}

// ---------------------------------------------------------------------------------------------
// What this period does for the goal

export interface PeriodGoalFunding {
  period: PeriodRange;
  /** This period's commission counted towards the goal: so far, and at today's pace. */
  commissionSoFar: Money;
  commissionProjected: Money;
  earmarkedSoFar: Money;
  earmarkedProjected: Money;
  /** The earmarks as shares of the goal's target, absent without one. */
  progressSoFar?: number;
  progressProjected?: number;
}

/**
 * How much of the goal this period's commission has funded so far and will fund if the rest of
 * the period books at today's pace. Each figure is rounded on its own, so period earmarks can
 * differ by a minor unit from slices of the goal's overall earmark.
 */
export function periodFundingForGoal(
  plan: CompPlan,
  bookings: readonly Booking[],
  goal: PersonalGoal,
  asOf: IsoDate,
): PeriodGoalFunding {
  assertFundingShare(goal);
  sameCurrency(plan.currency, goal.target);
  const curve = periodPayoutCurve(plan, bookings, asOf);
  const baseline = payoutBeforeGoal(plan, bookings, goal, asOf, curve);
  const projectedBooked = pace(plan, bookings, asOf).projectedBooked.amount;
  const commissionSoFar = Math.max(0, curve.payout.amount - baseline);
  const commissionProjected = Math.max(0, curve.payoutFor(projectedBooked).amount - baseline);
  const { currency } = plan;
  const earmarkedSoFar = portionOf(commissionSoFar, goal.fundingShare);
  const earmarkedProjected = portionOf(commissionProjected, goal.fundingShare);
  const result: PeriodGoalFunding = {
    period: curve.period,
    commissionSoFar: money(commissionSoFar, currency),
    commissionProjected: money(commissionProjected, currency),
    earmarkedSoFar: money(earmarkedSoFar, currency),
    earmarkedProjected: money(earmarkedProjected, currency),
  };
  const target = goal.target?.amount;
  if (target !== undefined) {
    result.progressSoFar = target > 0 ? Math.min(1, earmarkedSoFar / target) : 1;
    result.progressProjected = target > 0 ? Math.min(1, earmarkedProjected / target) : 1;
  }
  return result;
}

/** The part of this period's payout earned before the goal was written. */
function payoutBeforeGoal(
  plan: CompPlan,
  bookings: readonly Booking[],
  goal: PersonalGoal,
  asOf: IsoDate,
  curve: PeriodPayoutCurve,
): number {
  assertDate(goal.writtenOn, "goal's written date");
  const written = dayNumber(goal.writtenOn);
  if (written <= dayNumber(curve.period.start)) return 0;
  if (written > dayNumber(asOf)) return curve.payout.amount;
  const bookedBefore = periodCommissions(plan, bookings, addDays(goal.writtenOn, -1)).current.booked.amount;
  return curve.payoutFor(bookedBefore).amount;
}

// ---------------------------------------------------------------------------------------------
// Back-solve to the goal

export interface GoalBookingsNeed {
  period: PeriodRange;
  /** Bookings still needed this period, on top of what it has booked; zero when funded. */
  bookingsNeeded: Money;
  /** What the period would have booked in all, and its attainment then. */
  periodBooked: Money;
  attainmentNeeded: number;
  /** The extra commission those bookings earn. */
  commissionNeeded: Money;
  /** The last day deals can close to count: the goal's date or the period's last day. */
  closeBy: IsoDate;
  /** The goal's date has already passed; the figures still say what would fund it. */
  pastDue: boolean;
}

/**
 * The least bookings this period still needs for the goal to show fully funded, accelerators,
 * retroactive jumps and the cap included. Exact to the minor unit under the same rounding as
 * `goalFunding` and the commission engine, so one minor unit less would leave the goal short.
 * Null when the goal has no money target, earmarks nothing, or this period cannot pay enough.
 */
export function bookingsNeededForGoal(
  plan: CompPlan,
  bookings: readonly Booking[],
  goal: PersonalGoal,
  asOf: IsoDate,
): GoalBookingsNeed | null {
  if (!goal.target) return null;
  sameCurrency(plan.currency, goal.target);
  const funding = goalFundingAsOf(plan, bookings, goal, asOf);
  const curve = periodPayoutCurve(plan, bookings, asOf);
  const { currency } = plan;
  const lastDay = addDays(curve.period.end, -1);
  const targetDate = goal.targetDate && isIsoDate(goal.targetDate) ? goal.targetDate : undefined;
  const pastDue = targetDate !== undefined && dayNumber(targetDate) < dayNumber(asOf);
  const closeBy =
    targetDate !== undefined && !pastDue && dayNumber(targetDate) < dayNumber(lastDay) ? targetDate : lastDay;
  const need = (bookingsNeeded: number, commissionNeeded: number): GoalBookingsNeed => {
    const periodBooked = curve.booked.amount + bookingsNeeded;
    return {
      period: curve.period,
      bookingsNeeded: money(bookingsNeeded, currency),
      periodBooked: money(periodBooked, currency),
      attainmentNeeded: periodBooked / plan.quota,
      commissionNeeded: money(commissionNeeded, currency),
      closeBy,
      pastDue,
    };
  };
  if ((funding.remaining?.amount ?? 0) === 0) return need(0, 0);
  if (goal.fundingShare === 0) return null;

  const toEarmark = goal.target.amount - funding.saved.amount;
  const commissionNeeded = leastCommissionEarmarking(toEarmark, goal.fundingShare) - funding.commission.amount;
  const periodBooked = curve.bookingsFor(curve.payout.amount + commissionNeeded);
  if (periodBooked === null) return null;
  return need(Math.max(0, periodBooked.amount - curve.booked.amount), commissionNeeded);
}

/**
 * The least commission whose earmark, rounded as `goalFunding` rounds it, reaches `amount`. The
 * float estimate is off by at most a unit or two; the exact earmark settles it.
 */
function leastCommissionEarmarking(amount: number, share: number): number {
  let commission = Math.max(0, Math.ceil((amount - 0.5) / share));
  while (portionOf(commission, share) < amount) commission += 1;
  while (commission > 0 && portionOf(commission - 1, share) >= amount) commission -= 1;
  return commission;
}
