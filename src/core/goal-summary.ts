/**
 * Where a goal stands today: how far it is funded and when it is next reviewed. The goal-card,
 * the team board and the privacy summary all read these figures from here.
 */
import { nextReviewDate } from './dates.js';
import { money } from './money.js';
import { goalFunding, goalFundingAsOf } from './quota-to-goal.js';
import type { GoalFunding } from './quota-to-goal.js';
import type { Booking, CheckIn, CompPlan, IsoDate, PersonalGoal } from './types.js';

export interface GoalStandingData {
  plan?: CompPlan;
  bookings: readonly Booking[];
  /** Check-ins about this goal, in any order. */
  checkins: readonly CheckIn[];
  today: IsoDate;
}

export interface GoalStanding {
  /** Absent when the goal has no money target. */
  funding?: GoalFunding;
  lastCheckIn?: CheckIn;
  nextCheckInOn: IsoDate;
  checkInOverdue: boolean;
}

export function latestCheckIn(checkins: readonly CheckIn[]): CheckIn | undefined {
  let latest: CheckIn | undefined;
  for (const checkIn of checkins) {
    if (!latest || checkIn.date > latest.date || (checkIn.date === latest.date && checkIn.createdAt > latest.createdAt)) latest = checkIn;
  }
  return latest;
}

export function goalStanding(goal: PersonalGoal, data: GoalStandingData): GoalStanding {
  const lastCheckIn = latestCheckIn(data.checkins);
  // With no check-in yet, the first review falls one cadence after the goal was written.
  const nextCheckInOn = lastCheckIn?.nextDueOn ?? nextReviewDate(goal.writtenOn, goal.cadence);
  let funding: GoalFunding | undefined;
  if (goal.target) {
    // Without a plan the viewer may see (or in the goal's currency), only savings count.
    funding = data.plan && data.plan.currency === goal.target.currency
      ? goalFundingAsOf(data.plan, data.bookings, goal, data.today)
      : goalFunding(goal, money(0, goal.target.currency));
  }
  return {
    ...(funding ? { funding } : {}),
    ...(lastCheckIn ? { lastCheckIn } : {}),
    nextCheckInOn,
    checkInOverdue: goal.status === 'active' && nextCheckInOn < data.today,
  };
}

/** The two figures a manager-summary goal shows (see `summarizeGoal` in privacy.ts). */
export function summaryFigures(goal: PersonalGoal, data: GoalStandingData): { progress?: number; nextCheckInOn?: IsoDate } {
  try {
    const standing = goalStanding(goal, data);
    return {
      ...(standing.funding?.progress !== undefined ? { progress: standing.funding.progress } : {}),
      nextCheckInOn: standing.nextCheckInOn,
    };
  } catch {
    // A damaged plan or booking must not hide the goal's existence from the review.
    return {};
  }
}
