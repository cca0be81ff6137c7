/**
 * The Goalpost domain, as plain data. No DOM, no Lit: everything here serialises to JSON and
 * is shared by storage adapters, the REST contract and the elements.
 */

export type Id = string;
/** A calendar date, `YYYY-MM-DD`. Calendar dates carry no time zone on purpose. */
export type IsoDate = string;
/** An instant, `new Date().toISOString()`. */
export type IsoDateTime = string;
/** An ISO 4217 code such as `USD` or `EUR`. */
export type CurrencyCode = string;

/** Money in integer minor units (cents for USD) with its currency. Never a float. */
export interface Money {
  readonly amount: number;
  readonly currency: CurrencyCode;
}

/** Fields every stored record carries. `version` increases by one on every write. */
export interface Entity {
  id: Id;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  version: number;
}

export type Role = 'rep' | 'manager' | 'leader';

export interface Person extends Entity {
  name: string;
  /** An http(s) URL of a picture, or absent for initials. */
  avatarUrl?: string;
  role: Role;
  managerId?: Id;
  teamId: Id;
  /** A BCP 47 tag, such as `en-US`. */
  locale?: string;
  title?: string;
}

export const GOAL_CATEGORIES = [
  'home', 'family', 'travel', 'financial', 'health', 'learning', 'experience', 'giving', 'other',
] as const;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];

export const GOAL_STATUSES = ['active', 'achieved', 'paused', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Who may see a goal; see DESIGN.md's privacy table and `src/core/privacy.ts`. */
export const VISIBILITIES = ['private', 'manager-summary', 'manager', 'team'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface Milestone {
  id: Id;
  title: string;
  amount?: Money;
  dueOn?: IsoDate;
  doneOn?: IsoDate;
}

export interface PersonalGoal extends Entity {
  ownerId: Id;
  title: string;
  why: string;
  category: GoalCategory;
  /** What the goal costs; absent for goals that are not about money. */
  target?: Money;
  targetDate?: IsoDate;
  /** The day the rep wrote the goal down. */
  writtenOn: IsoDate;
  /** Share of commission earmarked for this goal, 0 to 1. */
  fundingShare: number;
  /** Put aside outside commission (savings, a bonus, a gift). */
  saved?: Money;
  milestones: Milestone[];
  status: GoalStatus;
  visibility: Visibility;
  cadence: Cadence;
}

/**
 * What a manager receives of a goal shared as `manager-summary`: nothing the rep wrote and no
 * amounts, only what a review needs. `progress` is the funded share, 0 to 1, where the goal
 * has a money target.
 */
export interface GoalSummary {
  id: Id;
  ownerId: Id;
  category: GoalCategory;
  status: GoalStatus;
  visibility: 'manager-summary';
  progress?: number;
  nextCheckInOn?: IsoDate;
  version: number;
  updatedAt: IsoDateTime;
  summaryOnly: true;
}

export type PlanPeriod = 'month' | 'quarter' | 'year';
export type PeriodBasis = 'per-period' | 'cumulative';

/**
 * One tier of a commission plan: from `from` (attainment as a fraction of quota, 0.5 = 50%)
 * up to the next tier's `from`. `multiplier` applies to the plan's base rate.
 */
export interface Tier {
  from: number;
  multiplier: number;
  /** A reached retroactive tier pays its multiplier on all revenue in the tiers below it. */
  retroactive: boolean;
}

export interface CompPlan extends Entity {
  ownerId: Id;
  name: string;
  currency: CurrencyCode;
  period: PlanPeriod;
  /** Quota of one period, in minor units. */
  quota: number;
  /** Variable pay at 100% of one period's quota, in minor units. Base rate = targetIncentive / quota. */
  targetIncentive: number;
  tiers: Tier[];
  /** Payout never exceeds capMultiple × target incentive (of the period, or year to date). */
  capMultiple?: number;
  basis: PeriodBasis;
  /** The first day of the plan year, `YYYY-MM-DD`; periods count from here. */
  yearStart: IsoDate;
}

export interface Booking extends Entity {
  ownerId: Id;
  amount: Money;
  closedOn: IsoDate;
  label: string;
}

export interface CheckIn extends Entity {
  /** The rep the check-in is about. */
  personId: Id;
  /** The goal reviewed, if the check-in is about one goal. */
  goalId?: Id;
  authorId: Id;
  date: IsoDate;
  note: string;
  /** How sure the rep is of reaching the goal, 1 (not at all) to 5 (certain). */
  confidence: 1 | 2 | 3 | 4 | 5;
  blockers: string;
  /** The manager's "what I will do to help". */
  commitment: string;
  commitmentDueOn?: IsoDate;
  commitmentDoneOn?: IsoDate;
  nextDueOn: IsoDate;
  acknowledgedOn?: IsoDate;
  acknowledgedBy?: Id;
}

export const RECOGNITION_KINDS = ['win', 'kudos', 'coaching-example', 'milestone', 'goal-achieved'] as const;
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number];
export type Audience = 'team' | 'private';
export type ConsentStatus = 'pending' | 'granted' | 'declined';

export interface Recognition extends Entity {
  fromId: Id;
  toIds: Id[];
  /** The team whose feed carries the post. */
  teamId: Id;
  kind: RecognitionKind;
  message: string;
  /** http or https only. */
  link?: string;
  values: string[];
  audience: Audience;
  postedAt: IsoDateTime;
  /** Emoji → ids of the people who reacted with it. */
  reactions: Record<string, Id[]>;
  /** For a coaching example: the featured rep's consent; the team sees it only once granted. */
  consent?: { personId: Id; status: ConsentStatus; decidedAt?: IsoDateTime };
  /** Set on posts Goalpost made by itself (a tier crossed, a milestone reached). */
  automatic?: boolean;
}

export const DRIVERS = ['money', 'winning', 'recognition', 'growth', 'purpose'] as const;
export type Driver = (typeof DRIVERS)[number];
export type RecognitionPreference = 'public' | 'private' | 'none';
export type LeaderboardPresence = 'named' | 'anonymous' | 'hidden';

export interface MotivationProfile extends Entity {
  ownerId: Id;
  /** Weight of each driver, 0 to 100. */
  drivers: Record<Driver, number>;
  recognitionPreference: RecognitionPreference;
  leaderboard: LeaderboardPresence;
  autoCelebrate: boolean;
  coachingNote: string;
}

/** Every stored collection and the record it holds. */
export interface Collections {
  people: Person;
  goals: PersonalGoal;
  plans: CompPlan;
  bookings: Booking;
  checkins: CheckIn;
  recognitions: Recognition;
  profiles: MotivationProfile;
}
export type CollectionName = keyof Collections;
export const COLLECTIONS: readonly CollectionName[] = [
  'people', 'goals', 'plans', 'bookings', 'checkins', 'recognitions', 'profiles',
];

/** What a read of `goals` may return: the whole goal, or its summary. */
export type Readable<C extends CollectionName> = C extends 'goals' ? PersonalGoal | GoalSummary : Collections[C];

/** A record as written by a caller: the bookkeeping fields are optional. */
export type Draft<T extends Entity> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'version'> &
  Partial<Pick<T, 'id' | 'createdAt' | 'updatedAt' | 'version'>>;

/** Who is looking. Every read is filtered for one viewer (see `src/core/privacy.ts`). */
export interface Viewer {
  personId: Id;
  role: Role;
}

export function isGoalSummary(goal: PersonalGoal | GoalSummary): goal is GoalSummary {
  return (goal as GoalSummary).summaryOnly === true;
}
