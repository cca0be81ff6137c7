/**
 * How team-goals-board reads a manager's team: each collection listed once, filtered by storage
 * for the viewer, then grouped per rep in memory. Thirty reps cost seven list calls, not thirty
 * times seven gets. No Lit and no DOM.
 */
import { addDays } from '../../core/dates.js';
import { bookingsNeededFrom, planInForce, teamReview } from '../../core/team-review.js';
import type { TeamReview } from '../../core/team-review.js';
import type { Booking, CheckIn, CompPlan, GoalSummary, Id, IsoDate, MotivationProfile, Person, PersonalGoal, Recognition } from '../../core/types.js';
import { getOrUndefined, listAll } from '../../context/goal-view.js';
import type { StorageAdapter } from '../../storage/adapter.js';

/** How far back the board looks for recognition: older praise is as good as none for a review. */
export const RECOGNITION_LOOKBACK_DAYS = 365;

export interface TeamBoardData extends TeamReview {
  manager?: Person;
}

export async function loadTeamBoard(storage: StorageAdapter, managerId: Id, today: IsoDate, signal: AbortSignal): Promise<TeamBoardData> {
  const reps = (await listAll<Person>(storage, 'people', { where: { managerId }, signal })).filter((p) => p.id !== managerId);
  if (reps.length === 0) {
    const manager = await getOrUndefined(storage.get('people', managerId, { signal }));
    return { ...teamReview({ managerId, today, reps: [], plans: [], bookings: [], goals: [], checkins: [], recognitions: [], profiles: [] }), ...(manager ? { manager } : {}) };
  }
  const repIds = new Set(reps.map((r) => r.id));
  const since = addDays(today, -RECOGNITION_LOOKBACK_DAYS);
  const [manager, plans, goals, checkins, recognitions, profiles] = await Promise.all([
    getOrUndefined(storage.get('people', managerId, { signal })),
    listAll<CompPlan>(storage, 'plans', { signal }),
    listAll<PersonalGoal | GoalSummary>(storage, 'goals', { signal }),
    listAll<CheckIn>(storage, 'checkins', { signal }),
    listAll<Recognition>(storage, 'recognitions', { range: { field: 'postedAt', gte: since }, signal }),
    listAll<MotivationProfile>(storage, 'profiles', { signal }),
  ]);
  // Bookings from the earliest plan year any visible goal's funding reaches back to.
  let from: IsoDate | undefined;
  for (const rep of reps) {
    const plan = planInForce(plans.filter((p) => p.ownerId === rep.id), today);
    if (!plan) continue;
    const start = bookingsNeededFrom(plan, goals.filter((g) => g.ownerId === rep.id), today);
    if (from === undefined || start < from) from = start;
  }
  const bookings = from === undefined
    ? []
    : (await listAll<Booking>(storage, 'bookings', { range: { field: 'closedOn', gte: from, lte: today }, signal })).filter((b) => repIds.has(b.ownerId));
  const review = teamReview({ managerId, today, reps, plans, bookings, goals, checkins, recognitions, profiles });
  return { ...review, ...(manager ? { manager } : {}) };
}
