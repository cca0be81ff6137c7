/**
 * Automatic celebrations: when a rep's bookings cross a tier threshold, or a milestone or goal of
 * theirs is reached, Goalpost posts a recognition — only for reps who opted in, in the audience
 * their recognition preference asks for, and never saying more about a goal than its
 * visibility allows.
 */
import { commissionFor } from './commission.js';
import { periodContaining } from './dates.js';
import type { Booking, CompPlan, Draft, IsoDate, IsoDateTime, MotivationProfile, Person, PersonalGoal, Recognition } from './types.js';

export interface CelebrationSnapshot {
  /** Booked in the current plan period. */
  periodBooked: number;
  periodLabel: string;
  goals: ReadonlyMap<string, PersonalGoal>;
}

export function snapshot(plan: CompPlan | undefined, bookings: readonly Booking[], goals: readonly PersonalGoal[], today: IsoDate): CelebrationSnapshot {
  let periodBooked = 0;
  let periodLabel = '';
  if (plan) {
    const period = periodContaining(today, plan.period, plan.yearStart);
    periodLabel = period.label;
    for (const booking of bookings) {
      if (booking.closedOn >= period.start && booking.closedOn < period.end && booking.amount.currency === plan.currency) periodBooked += booking.amount.amount;
    }
  }
  return { periodBooked, periodLabel, goals: new Map(goals.map((goal) => [goal.id, goal])) };
}

/**
 * What a celebration says, in the language of the page that posts it. A goal's and a milestone's
 * titles are given only when the post may name them.
 */
export interface CelebrationWords {
  tier(p: { name: string; share: number; period: string; multiplier: number }): string;
  goalAchieved(p: { name: string; goal?: string }): string;
  milestone(p: { name: string; goal?: string; milestone?: string }): string;
}

export interface CelebrationContext {
  person: Person;
  profile: MotivationProfile | undefined;
  plan: CompPlan | undefined;
  now: IsoDateTime;
  words: CelebrationWords;
}

/** A post Goalpost makes: its id is derived from what it celebrates, so it is made once. */
export type CelebrationDraft = Draft<Recognition> & { id: string };

export function celebrations(before: CelebrationSnapshot, after: CelebrationSnapshot, ctx: CelebrationContext): CelebrationDraft[] {
  const { person, profile, plan, words } = ctx;
  if (!profile || !profile.autoCelebrate || profile.recognitionPreference === 'none') return [];
  const audience = profile.recognitionPreference === 'public' ? 'team' : 'private';
  const first = person.name.split(' ')[0] ?? person.name;
  const post = (id: string, kind: Recognition['kind'], message: string): CelebrationDraft => ({
    id: `auto-${person.id}-${id}`,
    fromId: person.id,
    toIds: [person.id],
    teamId: person.teamId,
    kind,
    message,
    values: [],
    audience,
    postedAt: ctx.now,
    reactions: {},
    automatic: true,
  });
  const posts: CelebrationDraft[] = [];

  if (plan && after.periodLabel === before.periodLabel && after.periodBooked > before.periodBooked) {
    const tierBefore = commissionFor(plan, Math.max(0, before.periodBooked)).tierReached;
    const tierAfter = commissionFor(plan, Math.max(0, after.periodBooked)).tierReached;
    for (let tier = tierBefore + 1; tier <= tierAfter; tier += 1) {
      const definition = plan.tiers[tier]!;
      posts.push(post(
        `tier-${after.periodLabel.replace(/\s+/g, '-')}-${tier}`,
        'milestone',
        words.tier({ name: first, share: definition.from, period: after.periodLabel, multiplier: definition.multiplier }),
      ));
    }
  }

  for (const [id, goal] of after.goals) {
    const previous = before.goals.get(id);
    if (!previous || goal.visibility === 'private') continue;
    // Outside the team, a celebration names no goal: only the team may read its title.
    const named = goal.visibility === 'team' && audience === 'team';
    if (goal.status === 'achieved' && previous.status !== 'achieved') {
      posts.push(post(`goal-${id}`, 'goal-achieved', words.goalAchieved({ name: first, ...(named ? { goal: goal.title } : {}) })));
      continue;
    }
    for (const milestone of goal.milestones) {
      const was = previous.milestones.find((m) => m.id === milestone.id);
      if (milestone.doneOn && was && !was.doneOn) {
        posts.push(post(
          `milestone-${id}-${milestone.id}`,
          'milestone',
          words.milestone({ name: first, ...(named ? { goal: goal.title, milestone: milestone.title } : {}) }),
        ));
      }
    }
  }
  return posts;
}
