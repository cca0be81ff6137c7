/**
 * Everything a goal-card needs about one goal, read through storage as the viewer may see it.
 */
import { goalStanding } from '../core/goal-summary.js';
import type { GoalStanding } from '../core/goal-summary.js';
import { periodContaining } from '../core/dates.js';
import type { Booking, CheckIn, CompPlan, GoalSummary, Id, IsoDate, Person, PersonalGoal, Viewer } from '../core/types.js';
import { isGoalSummary } from '../core/types.js';
import { DamagedRecordError, NotFoundError } from '../core/errors.js';
import type { StorageAdapter } from '../storage/adapter.js';

export interface GoalView {
  goal: PersonalGoal | GoalSummary;
  owner?: Person;
  /** The owner's manager, named in "who sees this". */
  manager?: Person;
  /** For whole goals; a summary carries its own progress and next check-in. */
  standing?: GoalStanding;
  /** The viewer cannot see the owner's commission, so funding shows savings only. */
  commissionHidden: boolean;
  /** Whether the viewer may edit the goal: only its owner. */
  editable: boolean;
}

/** A read that may find nothing: not found (or not visible) becomes undefined, other errors stay errors. */
export async function getOrUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** The owner's plan, bookings of its plan year and the goal's check-ins, as far as the viewer may see them. */
export async function loadFundingInputs(storage: StorageAdapter, ownerId: Id, today: IsoDate, signal?: AbortSignal): Promise<{ plan?: CompPlan; bookings: Booking[] }> {
  const plans = await storage.list('plans', { where: { ownerId }, signal });
  const plan = plans.items[0] as CompPlan | undefined;
  // Figures from a damaged plan or booking would be wrong, and wrong money is worse than none.
  if (!plan && plans.damaged) throw new DamagedRecordError('plans', ownerId, [{ field: '', message: 'The compensation plan is damaged; ask an administrator to fix it.' }]);
  if (!plan) return { bookings: [] };
  const year = periodContaining(today, 'year', plan.yearStart);
  let damaged = 0;
  const bookings = await listAll<Booking>(storage, 'bookings', { where: { ownerId }, range: { field: 'closedOn', gte: year.start, lte: today }, signal }, (count) => (damaged += count));
  if (damaged > 0) throw new DamagedRecordError('bookings', ownerId, [{ field: '', message: `${damaged} of the bookings are damaged, so the figures cannot be trusted.` }]);
  return { plan, bookings };
}

/** Reads every page of a query. For the bounded sets a widget shows (a year of one rep's bookings). */
export async function listAll<T>(
  storage: StorageAdapter,
  collection: 'bookings' | 'checkins' | 'goals' | 'people' | 'recognitions' | 'plans' | 'profiles',
  query: Record<string, unknown>,
  onDamaged?: (count: number) => void,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await storage.list(collection, { ...query, ...(cursor ? { cursor } : {}) } as never);
    items.push(...(page.items as T[]));
    if (page.damaged) onDamaged?.(page.damaged);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export async function loadGoalView(storage: StorageAdapter, goalOrId: Id | PersonalGoal | GoalSummary, viewer: Viewer | null, today: IsoDate, signal?: AbortSignal): Promise<GoalView> {
  const goal = typeof goalOrId === 'string' ? await storage.get('goals', goalOrId, { signal }) : goalOrId;
  const owner = await getOrUndefined(storage.get('people', goal.ownerId, { signal }));
  const manager = owner?.managerId ? await getOrUndefined(storage.get('people', owner.managerId, { signal })) : undefined;
  const editable = viewer === null || viewer.personId === goal.ownerId;
  if (isGoalSummary(goal)) return { goal, owner, manager, commissionHidden: true, editable: false };
  const [{ plan, bookings }, checkins] = await Promise.all([
    loadFundingInputs(storage, goal.ownerId, today, signal),
    listAll<CheckIn>(storage, 'checkins', { where: { goalId: goal.id }, signal }),
  ]);
  const standing = goalStanding(goal, { plan, bookings, checkins, today });
  return { goal, owner, manager, standing, commissionHidden: plan === undefined && goal.fundingShare > 0, editable };
}
