/**
 * What team-distribution-chart reads: the team's reps, and for each the plan, the trailing
 * year's bookings and the leaderboard choice, as far as the viewer may see them. Storage filters
 * every read, so a rep whose figures the viewer may not see brings back nothing and is left out.
 */
import { listAll } from '../../context/goal-view.js';
import { teamDistribution, trailingYear } from '../../core/distribution.js';
import type { BandOptions, TeamDistribution, TeamRepInput } from '../../core/distribution.js';
import { NotFoundError } from '../../core/errors.js';
import type { Booking, CompPlan, Id, IsoDate, LeaderboardPresence, MotivationProfile, Person, Viewer } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';

export type DistributionView =
  | { allowed: false }
  | {
      allowed: true;
      /** Whose team: the manager's name, when known. */
      managerName?: string;
      team: TeamDistribution;
      /** Reps on the team whose figures the viewer may not see. */
      unseen: number;
    };

export interface DistributionQuery {
  teamId?: Id;
  managerId?: Id;
  viewer: Viewer | null;
  today: IsoDate;
  /** The currency when no plan names one. */
  currency: string;
  bands?: BandOptions;
}

async function person(storage: StorageAdapter, id: Id, signal: AbortSignal): Promise<Person | undefined> {
  try {
    return await storage.get('people', id, { signal });
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** Only the team's manager and sales leaders see a team's spread. */
function mayView(viewer: Viewer | null, self: Person | undefined, query: DistributionQuery, managerId: Id | undefined): boolean {
  if (viewer === null || viewer.role === 'leader') return true;
  if (viewer.role !== 'manager') return false;
  if (managerId !== undefined) return viewer.personId === managerId;
  return self?.teamId === query.teamId;
}

function mostCommon(values: readonly string[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = fallback;
  let most = 0;
  for (const [value, count] of counts) {
    if (count > most) [best, most] = [value, count];
  }
  return best;
}

export async function loadDistribution(storage: StorageAdapter, query: DistributionQuery, signal: AbortSignal): Promise<DistributionView> {
  const { viewer, today } = query;
  const managerId = query.managerId ?? (query.teamId ? undefined : viewer?.personId);
  const self = viewer ? await person(storage, viewer.personId, signal) : undefined;
  if (!mayView(viewer, self, query, managerId)) return { allowed: false };

  const people = managerId !== undefined
    ? await listAll<Person>(storage, 'people', { where: { managerId }, signal })
    : await listAll<Person>(storage, 'people', { where: { teamId: query.teamId }, signal });
  const reps = people.filter((p) => p.role === 'rep');
  const manager = managerId !== undefined ? await person(storage, managerId, signal) : people.find((p) => p.role === 'manager');
  const window = trailingYear(today);
  const [perRep, profiles] = await Promise.all([
    Promise.all(reps.map(async (rep) => {
      const [plans, bookings] = await Promise.all([
        storage.list('plans', { where: { ownerId: rep.id }, limit: 1, signal }),
        listAll<Booking>(storage, 'bookings', { where: { ownerId: rep.id }, range: { field: 'closedOn', gte: window.start, lte: window.end }, signal }),
      ]);
      return { rep, plan: plans.items[0] as CompPlan | undefined, bookings };
    })),
    listAll<MotivationProfile>(storage, 'profiles', { signal }),
  ]);
  const presence = new Map<Id, LeaderboardPresence>(profiles.map((profile) => [profile.ownerId, profile.leaderboard]));
  const visible = perRep.filter((entry) => entry.plan !== undefined || entry.bookings.length > 0);
  const currency = mostCommon(visible.flatMap((entry) => (entry.plan ? [entry.plan.currency] : [])), query.currency);
  const inputs: TeamRepInput[] = visible.map((entry) => ({
    personId: entry.rep.id,
    name: entry.rep.name,
    // A choice the viewer cannot read is treated as "anonymous": never named without consent.
    presence: presence.get(entry.rep.id) ?? 'anonymous',
    ...(entry.plan ? { plan: entry.plan } : {}),
  }));
  const team = teamDistribution(inputs, visible.flatMap((entry) => entry.bookings), today, currency, query.bands);
  return { allowed: true, team, unseen: reps.length - visible.length, ...(manager ? { managerName: manager.name } : {}) };
}
