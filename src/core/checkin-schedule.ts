/**
 * The rhythm of check-ins between a rep and their manager: when the next one is due, whether it
 * is overdue, who acknowledges a check-in, and where a manager's commitment stands. No DOM, no
 * Lit: goal-checkin renders these figures, and the team board can count from them too.
 */
import { CADENCE_DAYS, daysBetween, nextReviewDate } from './dates.js';
import { latestCheckIn } from './goal-summary.js';
import { CADENCES } from './types.js';
import type { Cadence, CheckIn, Id, IsoDate } from './types.js';

/**
 * - `never`: nothing to count from yet (general check-ins with no history);
 * - `upcoming`, `today`, `overdue`: as the words say;
 * - `inactive`: the goal is paused, achieved or dropped, so a missed review is not overdue.
 */
export type DueState = 'never' | 'upcoming' | 'today' | 'overdue' | 'inactive';

export interface CheckInSchedule {
  state: DueState;
  lastCheckIn?: CheckIn;
  /** The day the next check-in is due; absent only in the `never` state. */
  nextDueOn?: IsoDate;
  /** Whole days from today to `nextDueOn`: negative when overdue. */
  daysUntilDue?: number;
}

export interface ScheduleInput {
  /** Check-ins of the goal (or with the rep), in any order. */
  checkins: readonly CheckIn[];
  today: IsoDate;
  /** The review cadence; with `writtenOn` it places the first review when there is no check-in. */
  cadence?: Cadence;
  /** The day the goal was written down. */
  writtenOn?: IsoDate;
  /** A due date already known (a goal summary's next check-in), used when nothing else places one. */
  knownDueOn?: IsoDate;
  /** False for a goal that is paused, achieved or dropped. Defaults to true. */
  active?: boolean;
}

/**
 * When the next check-in is due: the latest check-in's `nextDueOn`, else one cadence after the
 * goal was written (as `goalStanding` counts it), else a due date the caller already knows.
 */
export function checkInSchedule(input: ScheduleInput): CheckInSchedule {
  const lastCheckIn = latestCheckIn(input.checkins);
  const nextDueOn =
    lastCheckIn?.nextDueOn ??
    (input.writtenOn !== undefined && input.cadence !== undefined ? nextReviewDate(input.writtenOn, input.cadence) : input.knownDueOn);
  if (nextDueOn === undefined) return { state: 'never', ...(lastCheckIn ? { lastCheckIn } : {}) };
  const daysUntilDue = daysBetween(input.today, nextDueOn);
  const state: DueState = input.active === false ? 'inactive' : daysUntilDue < 0 ? 'overdue' : daysUntilDue === 0 ? 'today' : 'upcoming';
  return { state, nextDueOn, daysUntilDue, ...(lastCheckIn ? { lastCheckIn } : {}) };
}

/** Check-ins newest first: by date, then by when they were written, then by id so the order is total. */
export function newestFirst(checkins: readonly CheckIn[]): CheckIn[] {
  return [...checkins].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
}

/**
 * The cadence a check-in was scheduled on, from the gap between it and the next one: the
 * nearest of the known cadences. For a goal whose cadence the viewer may not see (a summary) or
 * general check-ins, which have none of their own.
 */
export function inferCadence(checkIn: Pick<CheckIn, 'date' | 'nextDueOn'>): Cadence {
  const gap = daysBetween(checkIn.date, checkIn.nextDueOn);
  let best: Cadence = 'monthly';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const cadence of CADENCES) {
    const distance = Math.abs(CADENCE_DAYS[cadence] - gap);
    if (distance < bestDistance) {
      best = cadence;
      bestDistance = distance;
    }
  }
  return best;
}

/** The two people a check-in is between. */
export interface CheckInParties {
  repId: Id;
  /** The rep's manager now; absent for a rep without one. */
  managerId?: Id;
}

export type CheckInRole = 'rep' | 'manager' | 'observer';

/** How `viewerId` takes part: as the rep, as the rep's manager, or not at all. */
export function roleIn(viewerId: Id | undefined, parties: CheckInParties): CheckInRole {
  if (viewerId === undefined) return 'observer';
  if (viewerId === parties.repId) return 'rep';
  if (parties.managerId !== undefined && viewerId === parties.managerId) return 'manager';
  return 'observer';
}

/** Who acknowledges a check-in: the rep, unless the rep wrote it, in which case their manager. */
export function acknowledgerOf(checkIn: Pick<CheckIn, 'authorId'>, parties: CheckInParties): Id | undefined {
  return checkIn.authorId === parties.repId ? parties.managerId : parties.repId;
}

/** Whether `viewerId` is the one to acknowledge this check-in, and has not yet. */
export function mayAcknowledge(checkIn: CheckIn, viewerId: Id | undefined, parties: CheckInParties): boolean {
  return viewerId !== undefined && checkIn.acknowledgedOn === undefined && checkIn.authorId !== viewerId && acknowledgerOf(checkIn, parties) === viewerId;
}

/** Only the rep's manager keeps (or un-keeps) a commitment, and only one that says something. */
export function mayMarkCommitment(checkIn: CheckIn, viewerId: Id | undefined, parties: CheckInParties): boolean {
  return viewerId !== undefined && roleIn(viewerId, parties) === 'manager' && checkIn.commitment.trim() !== '';
}

/** A day on or after the check-in, since nothing about a check-in happens before it took place. */
function notBefore(checkIn: Pick<CheckIn, 'date'>, today: IsoDate): IsoDate {
  return today < checkIn.date ? checkIn.date : today;
}

/** The check-in as acknowledged today by `by`. */
export function acknowledge(checkIn: CheckIn, by: Id, today: IsoDate): CheckIn {
  return { ...checkIn, acknowledgedOn: notBefore(checkIn, today), acknowledgedBy: by };
}

/** The check-in with its commitment marked kept today, or not kept after all. */
export function markCommitment(checkIn: CheckIn, done: boolean, today: IsoDate): CheckIn {
  const { commitmentDoneOn: _previous, ...rest } = checkIn;
  return done ? { ...rest, commitmentDoneOn: notBefore(checkIn, today) } : rest;
}

export type CommitmentState = 'none' | 'open' | 'due-today' | 'overdue' | 'done';

/** Where the manager's "what I will do to help" stands today. */
export function commitmentState(checkIn: Pick<CheckIn, 'commitment' | 'commitmentDueOn' | 'commitmentDoneOn'>, today: IsoDate): CommitmentState {
  if (checkIn.commitment.trim() === '') return 'none';
  if (checkIn.commitmentDoneOn !== undefined) return 'done';
  if (checkIn.commitmentDueOn === undefined) return 'open';
  if (checkIn.commitmentDueOn < today) return 'overdue';
  return checkIn.commitmentDueOn === today ? 'due-today' : 'open';
}

/** The next check-in suggested for one written today: one cadence on. */
export function suggestedNextDueOn(today: IsoDate, cadence: Cadence): IsoDate {
  return nextReviewDate(today, cadence);
}

