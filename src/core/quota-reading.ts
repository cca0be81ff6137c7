/**
 * One reading of where a rep stands this period and what it means for one goal: the figures
 * quota-to-goal-meter shows, gathered from the commission engine and quota → goal in one place.
 */
import { nextUnlock, periodCommissions } from './commission.js';
import type { NextUnlock } from './commission.js';
import { bookingsNeededForGoal, goalFundingAsOf, pace, periodFundingForGoal } from './quota-to-goal.js';
import type { GoalBookingsNeed, GoalFunding, Pace, PeriodGoalFunding } from './quota-to-goal.js';
import { DRIVERS } from './types.js';
import type { Booking, CompPlan, Driver, IsoDate, Money, MotivationProfile, PersonalGoal } from './types.js';

export interface QuotaReading {
  plan: CompPlan;
  pace: Pace;
  commissionThisPeriod: Money;
  commissionYtd: Money;
  /** The next tier of this period, or null in the top tier. */
  unlock: NextUnlock | null;
  goal?: PersonalGoal;
  funding?: GoalFunding;
  periodFunding?: PeriodGoalFunding;
  /** Bookings still needed this period to fund the goal; null when this period cannot. */
  need?: GoalBookingsNeed | null;
}

/** The driver a rep weighs most, or undefined without a profile (ties go to the earlier driver). */
export function mainDriver(profile: MotivationProfile | undefined): Driver | undefined {
  if (!profile) return undefined;
  let best: Driver | undefined;
  for (const driver of DRIVERS) {
    const weight = profile.drivers[driver];
    if (Number.isFinite(weight) && weight > 0 && (best === undefined || weight > profile.drivers[best])) best = driver;
  }
  return best;
}

/**
 * The goal a meter follows when none is named: of the active goals that earmark commission and
 * are not yet fully funded (a funded goal has nothing left for quota to do), the one that takes
 * the largest share of commission, then the soonest due.
 */
export function goalToFollow(goals: readonly PersonalGoal[], progressOf?: (goal: PersonalGoal) => number | undefined): PersonalGoal | undefined {
  const candidates = goals.filter((goal) => goal.status === 'active' && goal.fundingShare > 0 && goal.target);
  candidates.sort((a, b) => b.fundingShare - a.fundingShare || (a.targetDate ?? '9999').localeCompare(b.targetDate ?? '9999') || a.writtenOn.localeCompare(b.writtenOn));
  return candidates.find((goal) => (progressOf?.(goal) ?? 0) < 1) ?? candidates[0];
}

export function quotaReading(plan: CompPlan, bookings: readonly Booking[], today: IsoDate, goal?: PersonalGoal): QuotaReading {
  const year = periodCommissions(plan, bookings, today);
  const currentPace = pace(plan, bookings, today);
  const reading: QuotaReading = {
    plan,
    pace: currentPace,
    commissionThisPeriod: year.current.payout,
    commissionYtd: year.payoutYtd,
    unlock: nextUnlock(plan, currentPace.booked.amount),
  };
  if (goal && goal.target && goal.target.currency === plan.currency) {
    reading.goal = goal;
    reading.funding = goalFundingAsOf(plan, bookings, goal, today);
    reading.periodFunding = periodFundingForGoal(plan, bookings, goal, today);
    reading.need = bookingsNeededForGoal(plan, bookings, goal, today);
  } else if (goal) {
    reading.goal = goal;
  }
  return reading;
}
