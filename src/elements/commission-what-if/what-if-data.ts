/**
 * What commission-what-if reads: the rep, their plan, their bookings far enough back to fund the
 * goal from the day it was written, and the goal to follow, all as the viewer may see them.
 */
import { listAll } from '../../context/goal-view.js';
import { goalToFollow } from '../../core/quota-reading.js';
import { goalFundingAsOf } from '../../core/quota-to-goal.js';
import { addMonths, periodContaining } from '../../core/dates.js';
import { isGoalSummary } from '../../core/types.js';
import type { Booking, CompPlan, IsoDate, Person, PersonalGoal } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';

export interface WhatIfData {
  person: Person;
  plan?: CompPlan;
  bookings: Booking[];
  goal?: PersonalGoal;
}

export async function loadWhatIfData(
  storage: StorageAdapter,
  personId: string,
  goalId: string | undefined,
  today: IsoDate,
  signal: AbortSignal,
): Promise<WhatIfData> {
  const person = await storage.get('people', personId, { signal });
  const [plans, goals] = await Promise.all([
    storage.list('plans', { where: { ownerId: personId }, limit: 1, signal }),
    listAll<PersonalGoal>(storage, 'goals', { where: { ownerId: personId }, signal }),
  ]);
  const plan = plans.items[0] as CompPlan | undefined;
  if (!plan) return { person, bookings: [] };
  const whole = goals.filter((goal) => !isGoalSummary(goal));
  // A named goal the viewer cannot see (or sees only in summary) is simply not followed.
  let goal = goalId ? whole.find((g) => g.id === goalId) : undefined;
  // Funding counts commission since the goal was written, so read back that far (and at least
  // the plan year); deals may close up to a year ahead, so read forward too.
  const yearStart = periodContaining(today, 'year', plan.yearStart).start;
  const earliest = whole.reduce((first, g) => (g.writtenOn < first ? g.writtenOn : first), yearStart);
  const bookings = await listAll<Booking>(storage, 'bookings', {
    where: { ownerId: personId },
    range: { field: 'closedOn', gte: earliest, lte: addMonths(today, 12) },
    signal,
  });
  if (!goalId) {
    const progressOf = (g: PersonalGoal) => (g.target?.currency === plan.currency ? goalFundingAsOf(plan, bookings, g, today).progress : undefined);
    goal = goalToFollow(whole, progressOf);
  }
  return { person, plan, bookings, ...(goal ? { goal } : {}) };
}
