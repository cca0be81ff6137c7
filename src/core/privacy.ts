/**
 * The one place that decides what a viewer may see, and with `privacy-writes.ts` what they may
 * change. Every storage adapter passes every read through `visibleRecord` and every write through
 * `assertMayWrite`, so no element can receive what its viewer may not see. A REST backend must apply the same rules server-side;
 * this is defence in depth on the client.
 *
 * Goals (DESIGN.md):
 * | visibility        | owner | direct manager                              | same team | anyone else |
 * | private           | all   | nothing                                     | nothing   | nothing     |
 * | manager-summary   | all   | category, progress, status, next check-in   | nothing   | nothing     |
 * | manager           | all   | all                                         | nothing   | nothing     |
 * | team              | all   | all                                         | all       | nothing     |
 *
 * Everything else:
 * - people: everyone (a directory of names, roles and teams);
 * - plans and bookings: the owner, their direct manager, and leaders;
 * - check-ins: the rep, their direct manager and the author; a check-in about a private goal
 *   only the rep;
 * - recognitions: team posts reach the team, private ones the sender, the recipients and the
 *   recipients' managers; a coaching example the featured rep has not consented to reaches only
 *   the sender, that rep and their manager;
 * - motivation profiles: the owner and their direct manager.
 */
import type {
  CheckIn,
  CollectionName,
  Collections,
  CompPlan,
  GoalSummary,
  Id,
  IsoDate,
  MotivationProfile,
  Person,
  PersonalGoal,
  Readable,
  Recognition,
  Viewer,
} from './types.js';

/** What the privacy rules need to know beyond the record itself. */
export interface PrivacyContext {
  /** Everyone the store knows, by id. */
  people: ReadonlyMap<Id, Person>;
  /** Looks up a goal, so a check-in about a private goal stays private. */
  goal?: (id: Id) => PersonalGoal | undefined;
  /** The figures a summary shows: funded share and next check-in, computed by the caller. */
  summarize?: (goal: PersonalGoal) => { progress?: number; nextCheckInOn?: IsoDate };
}

/** A viewer of `null` is the system itself (seeding, migrations, a trusted server): it sees all. */
export type MaybeViewer = Viewer | null;

export function isDirectManager(viewer: Viewer, ownerId: Id, ctx: PrivacyContext): boolean {
  return ctx.people.get(ownerId)?.managerId === viewer.personId;
}

function sameTeam(viewer: Viewer, ownerId: Id, ctx: PrivacyContext): boolean {
  const owner = ctx.people.get(ownerId);
  const self = ctx.people.get(viewer.personId);
  return owner !== undefined && self !== undefined && owner.teamId === self.teamId;
}

/** What `viewer` may see of a goal: all of it, its summary, or nothing. */
export function goalFor(viewer: MaybeViewer, goal: PersonalGoal, ctx: PrivacyContext): PersonalGoal | GoalSummary | null {
  if (viewer === null || goal.ownerId === viewer.personId) return goal;
  const manager = isDirectManager(viewer, goal.ownerId, ctx);
  switch (goal.visibility) {
    case 'private':
      return null;
    case 'manager-summary':
      return manager ? summarizeGoal(goal, ctx) : null;
    case 'manager':
      return manager ? goal : null;
    case 'team':
      return manager || sameTeam(viewer, goal.ownerId, ctx) ? goal : null;
    default:
      // An unknown visibility from a bad record is treated as the strictest.
      return null;
  }
}

/** The summary of a goal: a new object built field by field, so nothing else can slip through. */
export function summarizeGoal(goal: PersonalGoal, ctx: Pick<PrivacyContext, 'summarize'>): GoalSummary {
  const figures = ctx.summarize?.(goal) ?? {};
  const summary: GoalSummary = {
    id: goal.id,
    ownerId: goal.ownerId,
    category: goal.category,
    status: goal.status,
    visibility: 'manager-summary',
    version: goal.version,
    updatedAt: goal.updatedAt,
    summaryOnly: true,
  };
  if (figures.progress !== undefined && Number.isFinite(figures.progress)) summary.progress = figures.progress;
  if (figures.nextCheckInOn !== undefined) summary.nextCheckInOn = figures.nextCheckInOn;
  return summary;
}

export function ownerManagerOrLeader(viewer: Viewer, ownerId: Id, ctx: PrivacyContext): boolean {
  return viewer.personId === ownerId || isDirectManager(viewer, ownerId, ctx) || viewer.role === 'leader';
}

export function checkInVisible(viewer: Viewer, checkIn: CheckIn, ctx: PrivacyContext): boolean {
  if (checkIn.goalId !== undefined) {
    const goal = ctx.goal?.(checkIn.goalId);
    // A check-in about a private goal, or one whose goal cannot be found, stays with the rep.
    if (!goal || goal.visibility === 'private') return viewer.personId === checkIn.personId;
  }
  return (
    viewer.personId === checkIn.personId ||
    viewer.personId === checkIn.authorId ||
    isDirectManager(viewer, checkIn.personId, ctx)
  );
}

/** Whether a coaching example is still waiting for (or was refused) the featured rep's consent. */
export function awaitsConsent(post: Recognition): boolean {
  // Only the featured rep's own yes counts: a grant in anyone else's name is no consent.
  return post.kind === 'coaching-example' && !(post.consent?.status === 'granted' && post.toIds.includes(post.consent.personId));
}

/** The rep a coaching example features: the one its consent names, if recognised in it, else the first recognised. */
function featuredRep(post: Recognition): Id | undefined {
  const named = post.consent?.personId;
  return named !== undefined && post.toIds.includes(named) ? named : post.toIds[0];
}

export function recognitionVisible(viewer: Viewer, post: Recognition, ctx: PrivacyContext): boolean {
  const me = viewer.personId;
  if (post.fromId === me) return true;
  if (awaitsConsent(post)) {
    const featured = featuredRep(post);
    return featured !== undefined && (featured === me || isDirectManager(viewer, featured, ctx));
  }
  if (post.toIds.includes(me)) return true;
  if (post.toIds.some((id) => isDirectManager(viewer, id, ctx))) return true;
  if (post.audience === 'team') return ctx.people.get(me)?.teamId === post.teamId;
  return false;
}

function profileVisible(viewer: Viewer, profile: MotivationProfile, ctx: PrivacyContext): boolean {
  return profile.ownerId === viewer.personId || isDirectManager(viewer, profile.ownerId, ctx);
}

/**
 * The record as `viewer` may see it, or `null` when they may not see it at all. Goals may come
 * back as a `GoalSummary`.
 */
export function visibleRecord<C extends CollectionName>(
  collection: C,
  record: Collections[C],
  viewer: MaybeViewer,
  ctx: PrivacyContext,
): Readable<C> | null {
  if (viewer === null) return record as Readable<C>;
  let visible: boolean;
  switch (collection) {
    case 'people':
      visible = true;
      break;
    case 'goals':
      return goalFor(viewer, record as PersonalGoal, ctx) as Readable<C> | null;
    case 'plans':
    case 'bookings':
      visible = ownerManagerOrLeader(viewer, (record as CompPlan).ownerId, ctx);
      break;
    case 'checkins':
      visible = checkInVisible(viewer, record as CheckIn, ctx);
      break;
    case 'recognitions':
      visible = recognitionVisible(viewer, record as Recognition, ctx);
      break;
    case 'profiles':
      visible = profileVisible(viewer, record as MotivationProfile, ctx);
      break;
    default:
      visible = false;
  }
  return visible ? (record as Readable<C>) : null;
}
