/**
 * Everything goal-checkin shows, read through storage as the viewer may see it: the rep, their
 * manager, the goal (whole or as a summary), the check-ins newest first and the people named in
 * them. Storage has already filtered out what the viewer may not see (check-ins about a private
 * goal reach the rep alone), so nothing here decides privacy.
 */
import { NotFoundError } from '../../core/errors.js';
import { newestFirst } from '../../core/checkin-schedule.js';
import type { CheckIn, GoalSummary, Id, Person, PersonalGoal } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import { getOrUndefined, listAll } from '../../context/goal-view.js';

export interface CheckInView {
  rep: Person;
  manager?: Person;
  /** The goal followed (`goal-id`), whole or as a summary; absent for general check-ins (`person-id`). */
  goal?: PersonalGoal | GoalSummary;
  /** Newest first. */
  checkins: CheckIn[];
  /** Authors and acknowledgers, by id. */
  people: ReadonlyMap<Id, Person>;
  /** For general check-ins: the rep's goals the viewer may see, to say what each check-in was about. */
  goals: ReadonlyMap<Id, PersonalGoal | GoalSummary>;
}

export interface CheckInSubject {
  goalId?: Id;
  personId?: Id;
}


export async function loadCheckInView(storage: StorageAdapter, subject: CheckInSubject, signal?: AbortSignal): Promise<CheckInView> {
  let goal: PersonalGoal | GoalSummary | undefined;
  let repId: Id;
  if (subject.goalId) {
    goal = await storage.get('goals', subject.goalId, { signal });
    repId = goal.ownerId;
  } else if (subject.personId) {
    repId = subject.personId;
  } else {
    throw new NotFoundError('people', '');
  }
  const rep = await storage.get('people', repId, { signal });
  const [manager, checkins, goals] = await Promise.all([
    rep.managerId ? getOrUndefined(storage.get('people', rep.managerId, { signal })) : Promise.resolve(undefined),
    goal
      ? listAll<CheckIn>(storage, 'checkins', { where: { goalId: goal.id }, signal })
      : listAll<CheckIn>(storage, 'checkins', { where: { personId: repId }, signal }),
    goal ? Promise.resolve([]) : listAll<PersonalGoal | GoalSummary>(storage, 'goals', { where: { ownerId: repId }, signal }),
  ]);
  const people = new Map<Id, Person>([[rep.id, rep]]);
  if (manager) people.set(manager.id, manager);
  const named = new Set<Id>();
  for (const checkIn of checkins) {
    named.add(checkIn.authorId);
    if (checkIn.acknowledgedBy) named.add(checkIn.acknowledgedBy);
  }
  const missing = [...named].filter((id) => !people.has(id));
  const found = await Promise.all(missing.map((id) => getOrUndefined(storage.get('people', id, { signal }))));
  for (const person of found) if (person) people.set(person.id, person);
  return {
    rep,
    ...(manager ? { manager } : {}),
    ...(goal ? { goal } : {}),
    checkins: newestFirst(checkins),
    people,
    goals: new Map(goals.map((g) => [g.id, g])),
  };
}
