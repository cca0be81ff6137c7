/**
 * The manager's Monday review, one direct report at a time: where they stand this period, how
 * their shared goals are funded, what drives them, how long since someone checked in with them
 * and since they were recognised, what is at risk, what the manager promised them, and one next
 * step in the rep's own style. No DOM, no Lit: team-goals-board phrases and renders these figures.
 *
 * Everything here works on what the manager may see. A private goal never reaches this module
 * (storage does not return it, nor says it exists), so nothing here counts or mentions one; a
 * goal shared as a summary is handled through its category, status and progress alone.
 */
import { nextUnlock, periodPayoutCurve, portionOf } from './commission.js';
import type { NextUnlock } from './commission.js';
import { CADENCE_DAYS, daysBetween, periodContaining } from './dates.js';
import { goalStanding, latestCheckIn } from './goal-summary.js';
import type { GoalFunding, Pace } from './quota-to-goal.js';
import { pace as paceOf } from './quota-to-goal.js';
import { goalToFollow, mainDriver } from './quota-reading.js';
import { awaitsConsent } from './privacy.js';
import { commitmentState, inferCadence } from './checkin-schedule.js';
import { minorDigits, money } from './money.js';
import { DRIVERS, isGoalSummary } from './types.js';
import type {
  Booking,
  CheckIn,
  CompPlan,
  Driver,
  GoalSummary,
  Id,
  IsoDate,
  Milestone,
  Money,
  MotivationProfile,
  Person,
  PersonalGoal,
  Recognition,
  RecognitionPreference,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Thresholds

/** With no shared goal to set a rhythm, a rep should hear from their manager at least monthly. */
export const DEFAULT_ATTENTION_DAYS = 30;
/** Recognition is flagged after this long, whatever the goals' cadence. */
export const RECOGNITION_ATTENTION_DAYS = 30;
/** On today's pace, a period heading below this share of quota is at risk. */
export const AT_RISK_PROJECTION = 0.9;
/** A milestone this close (in days) is worth a word when the money or the pace is not there. */
export const MILESTONE_SOON_DAYS = 30;
/** A missed check-in rhythm becomes a risk once the silence is longer than this too. */
export const RISK_SILENCE_DAYS = 30;
/** Confidence at or below this at the last check-in is a risk. */
export const LOW_CONFIDENCE = 2;
/** A deal closed this recently is a win still worth recognising. */
export const RECENT_WIN_DAYS = 30;

// ---------------------------------------------------------------------------------------------
// Shapes

/** One goal as the manager may see it, with its funding where the manager may know it. */
export type GoalLine =
  | {
      kind: 'whole';
      goal: PersonalGoal;
      /** Funded share, 0 to 1; absent for goals without a money target. */
      progress?: number;
      funding?: GoalFunding;
      nextCheckInOn?: IsoDate;
    }
  | {
      kind: 'summary';
      goal: GoalSummary;
      progress?: number;
      nextCheckInOn?: IsoDate;
    };

export interface AttentionClock {
  /** The latest event, absent when there has been none. */
  lastOn?: IsoDate;
  /** Whole days since it, absent when there has been none. */
  daysSince?: number;
  /** Days after which it is flagged. */
  thresholdDays: number;
  flagged: boolean;
}

export interface CheckInClock extends AttentionClock {
  last?: CheckIn;
}

export interface RecognitionClock extends AttentionClock {
  last?: Recognition;
  preference: RecognitionPreference;
}

export interface OpenCommitment {
  checkIn: CheckIn;
  text: string;
  dueOn?: IsoDate;
  state: 'open' | 'due-today' | 'overdue';
  /** Days past its due date (overdue) or until it (open), when it has one. */
  days?: number;
}

/** What makes a rep worth a look, ordered from most to least pressing. */
export type RiskSignal =
  | { kind: 'behind-pace'; projectedAttainment: number; behindBy: Money }
  | { kind: 'no-check-in'; days?: number }
  | { kind: 'low-confidence'; confidence: number }
  | { kind: 'milestone-overdue'; days: number }
  | { kind: 'milestone-due'; days: number }
  | { kind: 'no-recognition'; days?: number };

export type RiskKind = RiskSignal['kind'];

/**
 * How much each signal weighs in the risk score. A rep is "at risk" on a signal that weighs 3 or
 * more (behind pace, a month without a check-in, low confidence); milestones and recognition add
 * to the phrase and the score but alone do not put someone on the at-risk list.
 */
export const RISK_WEIGHTS: Readonly<Record<RiskKind, number>> = {
  'behind-pace': 4,
  'no-check-in': 3,
  'low-confidence': 3,
  'milestone-overdue': 2,
  'milestone-due': 2,
  'no-recognition': 1,
};

/** The weight from which one signal alone puts a rep at risk. */
export const AT_RISK_WEIGHT = 3;

const RISK_ORDER: readonly RiskKind[] = ['behind-pace', 'no-check-in', 'low-confidence', 'milestone-overdue', 'milestone-due', 'no-recognition'];

/** One suggested next step, matched to what drives the rep. */
export type NextStep =
  | { kind: 'money-goal'; deal: Money; goal: PersonalGoal; share: number }
  | { kind: 'money-commission'; deal: Money; commission: Money }
  | { kind: 'money-talk' }
  | { kind: 'winning-unlock'; bookingsNeeded: Money; multiplier: number }
  | { kind: 'winning-top' }
  | { kind: 'winning-sprint' }
  | { kind: 'recognition-win'; win: string; preference: RecognitionPreference }
  | { kind: 'recognition-effort'; preference: RecognitionPreference }
  | { kind: 'growth-blocker'; blocker: string }
  | { kind: 'growth-pipeline' }
  | { kind: 'growth-stretch' }
  | { kind: 'purpose-goal'; goal: PersonalGoal }
  | { kind: 'purpose-customer'; win?: string }
  | { kind: 'ask-driver' };

export interface RepReview {
  person: Person;
  /** This period's pace; absent when the manager may not see a plan for the rep. */
  pace?: Pace;
  plan?: CompPlan;
  /** The next tier of this period, or null in the top tier; absent without a plan. */
  unlock?: NextUnlock | null;
  /** Goals the manager may see: active first, then the rest. */
  goals: GoalLine[];
  profile?: MotivationProfile;
  driver?: Driver;
  checkIn: CheckInClock;
  recognition: RecognitionClock;
  risks: RiskSignal[];
  riskScore: number;
  /** Behind pace, a month without a check-in past their rhythm, or low confidence. */
  atRisk: boolean;
  /** The manager's own open commitments to this rep, overdue first. */
  commitments: OpenCommitment[];
  nextStep: NextStep;
}

export interface RepInput {
  person: Person;
  /** Whose commitments count: the manager reviewing. */
  managerId: Id;
  today: IsoDate;
  /** The rep's plans the manager may see; the one in force today is used. */
  plans?: readonly CompPlan[];
  /** The rep's bookings, from at least the start of the plan year of the oldest goal. */
  bookings: readonly Booking[];
  goals: readonly (PersonalGoal | GoalSummary)[];
  /** Check-ins about the rep, any author. */
  checkins: readonly CheckIn[];
  /** Recognitions the rep received. */
  recognitions: readonly Recognition[];
  profile?: MotivationProfile;
}

// ---------------------------------------------------------------------------------------------
// Pieces

/** The plan in force on `today`: the latest that has started, else the earliest to come. */
export function planInForce(plans: readonly CompPlan[], today: IsoDate): CompPlan | undefined {
  const started = plans.filter((plan) => plan.yearStart <= today).sort((a, b) => b.yearStart.localeCompare(a.yearStart));
  return started[0] ?? [...plans].sort((a, b) => a.yearStart.localeCompare(b.yearStart))[0];
}

/**
 * The earliest booking date the board needs for a rep: the start of the plan year holding their
 * oldest visible goal (funding counts commission since a goal was written), or of this year.
 */
export function bookingsNeededFrom(plan: CompPlan, goals: readonly (PersonalGoal | GoalSummary)[], today: IsoDate): IsoDate {
  let from = periodContaining(today, 'year', plan.yearStart).start;
  for (const goal of goals) {
    if (isGoalSummary(goal) || !goal.target || goal.writtenOn >= from) continue;
    from = periodContaining(goal.writtenOn, 'year', plan.yearStart).start;
  }
  return from;
}

function isActive(line: GoalLine): boolean {
  return line.goal.status === 'active';
}

function goalLines(input: RepInput, plan: CompPlan | undefined): GoalLine[] {
  const lines = input.goals.map((goal): GoalLine => {
    if (isGoalSummary(goal)) {
      return {
        kind: 'summary',
        goal,
        ...(goal.progress !== undefined ? { progress: goal.progress } : {}),
        ...(goal.nextCheckInOn ? { nextCheckInOn: goal.nextCheckInOn } : {}),
      };
    }
    try {
      const standing = goalStanding(goal, {
        plan,
        bookings: input.bookings,
        checkins: input.checkins.filter((c) => c.goalId === goal.id),
        today: input.today,
      });
      return {
        kind: 'whole',
        goal,
        ...(standing.funding ? { funding: standing.funding } : {}),
        ...(standing.funding?.progress !== undefined ? { progress: standing.funding.progress } : {}),
        nextCheckInOn: standing.nextCheckInOn,
      };
    } catch {
      // A damaged goal still shows, without figures, rather than hiding the whole rep.
      return { kind: 'whole', goal };
    }
  });
  const statusRank = (line: GoalLine) => (isActive(line) ? 0 : 1);
  return lines.sort((a, b) => statusRank(a) - statusRank(b) || (b.progress ?? -1) - (a.progress ?? -1) || a.goal.id.localeCompare(b.goal.id));
}

/**
 * Days after which a rep has waited too long for a check-in: the shortest review cadence of their
 * active goals the manager can see (a summary's cadence read from its check-ins), or 30 days.
 */
export function checkInAttentionDays(lines: readonly GoalLine[], checkins: readonly CheckIn[]): number {
  let days: number | undefined;
  for (const line of lines) {
    if (!isActive(line)) continue;
    let cadenceDays: number | undefined;
    if (line.kind === 'whole') cadenceDays = CADENCE_DAYS[line.goal.cadence];
    else {
      const last = latestCheckIn(checkins.filter((c) => c.goalId === line.goal.id));
      if (last) cadenceDays = CADENCE_DAYS[inferCadence(last)];
    }
    if (cadenceDays !== undefined && (days === undefined || cadenceDays < days)) days = cadenceDays;
  }
  return days ?? DEFAULT_ATTENTION_DAYS;
}

function clock<T>(last: T | undefined, lastOn: IsoDate | undefined, today: IsoDate, thresholdDays: number): AttentionClock & { last?: T } {
  if (!last || !lastOn) return { thresholdDays, flagged: true };
  const daysSince = Math.max(0, daysBetween(lastOn, today));
  return { last, lastOn, daysSince, thresholdDays, flagged: daysSince > thresholdDays };
}

/** The recognitions a rep has really received: published, and given by a person. */
export function receivedRecognitions(recognitions: readonly Recognition[], repId: Id): Recognition[] {
  return recognitions.filter((post) => post.toIds.includes(repId) && !post.automatic && !awaitsConsent(post));
}

function latestRecognition(recognitions: readonly Recognition[]): Recognition | undefined {
  let latest: Recognition | undefined;
  for (const post of recognitions) if (!latest || post.postedAt > latest.postedAt) latest = post;
  return latest;
}

/** The manager's promises to this rep that are not kept yet, overdue first, then by due date. */
export function openCommitments(checkins: readonly CheckIn[], managerId: Id, today: IsoDate): OpenCommitment[] {
  const open: OpenCommitment[] = [];
  for (const checkIn of checkins) {
    if (checkIn.authorId !== managerId) continue;
    const state = commitmentState(checkIn, today);
    if (state !== 'open' && state !== 'due-today' && state !== 'overdue') continue;
    const commitment: OpenCommitment = { checkIn, text: checkIn.commitment.trim(), state };
    if (checkIn.commitmentDueOn) {
      commitment.dueOn = checkIn.commitmentDueOn;
      commitment.days = Math.abs(daysBetween(today, checkIn.commitmentDueOn));
    }
    open.push(commitment);
  }
  const rank = { overdue: 0, 'due-today': 1, open: 2 } as const;
  return open.sort((a, b) => rank[a.state] - rank[b.state] || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.checkIn.id.localeCompare(b.checkIn.id));
}

/** The next milestone not yet done on an active goal the manager sees in full, soonest first. */
function nextMilestone(lines: readonly GoalLine[]): { milestone: Milestone; line: Extract<GoalLine, { kind: 'whole' }> } | undefined {
  let best: { milestone: Milestone; line: Extract<GoalLine, { kind: 'whole' }> } | undefined;
  for (const line of lines) {
    if (line.kind !== 'whole' || !isActive(line)) continue;
    for (const milestone of line.goal.milestones) {
      if (milestone.doneOn || !milestone.dueOn) continue;
      if (!best || milestone.dueOn < best.milestone.dueOn!) best = { milestone, line };
    }
  }
  return best;
}

/** The risk signals of a rep, most pressing first. */
export function riskSignals(parts: {
  pace?: Pace;
  goals: readonly GoalLine[];
  checkIn: CheckInClock;
  recognition: RecognitionClock;
  today: IsoDate;
}): RiskSignal[] {
  const signals: RiskSignal[] = [];
  const { pace, today } = parts;
  const behind = pace !== undefined && pace.projectedAttainment < AT_RISK_PROJECTION && pace.aheadBy.amount < 0;
  if (behind) {
    signals.push({ kind: 'behind-pace', projectedAttainment: pace.projectedAttainment, behindBy: money(-pace.aheadBy.amount, pace.aheadBy.currency) });
  }
  // The column flags a missed rhythm at once; as a risk it takes a month without a word as well.
  const silentDays = parts.checkIn.daysSince;
  if (parts.checkIn.flagged && (silentDays === undefined || silentDays > RISK_SILENCE_DAYS)) {
    signals.push(silentDays === undefined ? { kind: 'no-check-in' } : { kind: 'no-check-in', days: silentDays });
  }
  const confidence = parts.checkIn.last?.confidence;
  if (confidence !== undefined && confidence <= LOW_CONFIDENCE) signals.push({ kind: 'low-confidence', confidence });
  const next = nextMilestone(parts.goals);
  if (next) {
    const days = daysBetween(today, next.milestone.dueOn!);
    const amount = next.milestone.amount;
    const moneyShort = amount !== undefined && next.line.funding !== undefined && amount.currency === next.line.funding.funded.currency && next.line.funding.funded.amount < amount.amount;
    if (days < 0) signals.push({ kind: 'milestone-overdue', days: -days });
    else if (days <= MILESTONE_SOON_DAYS && (behind || moneyShort)) signals.push({ kind: 'milestone-due', days });
  }
  // Someone who asked not to be recognised is never flagged for not being recognised.
  if (parts.recognition.flagged && parts.recognition.preference !== 'none') {
    signals.push(parts.recognition.daysSince === undefined ? { kind: 'no-recognition' } : { kind: 'no-recognition', days: parts.recognition.daysSince });
  }
  return signals.sort((a, b) => RISK_ORDER.indexOf(a.kind) - RISK_ORDER.indexOf(b.kind));
}

export function riskScore(signals: readonly RiskSignal[]): number {
  return signals.reduce((score, signal) => score + RISK_WEIGHTS[signal.kind], 0);
}

/** The customer's name in a booking label such as "Contoso — fleet expansion". */
export function winName(label: string): string {
  const name = label.split(/\s+[—–-]\s+/)[0]?.trim();
  return name || label.trim();
}

/** The rep's latest deal closed in the last `RECENT_WIN_DAYS` days, if any. */
export function recentWin(bookings: readonly Booking[], today: IsoDate): Booking | undefined {
  let latest: Booking | undefined;
  for (const booking of bookings) {
    if (booking.amount.amount <= 0 || booking.closedOn > today || daysBetween(booking.closedOn, today) > RECENT_WIN_DAYS) continue;
    if (!latest || booking.closedOn > latest.closedOn || (booking.closedOn === latest.closedOn && booking.amount.amount > latest.amount.amount)) latest = booking;
  }
  return latest;
}

/**
 * A typical deal for the rep: the median of their positive bookings, rounded to a figure a person
 * would say (to $5,000 from $10,000 up, to $1,000 below), or a tenth of quota without history.
 */
export function typicalDeal(bookings: readonly Booking[], plan: CompPlan | undefined): Money | undefined {
  const currency = plan?.currency ?? bookings[0]?.amount.currency;
  if (currency === undefined) return undefined;
  const amounts = bookings.filter((b) => b.amount.amount > 0 && b.amount.currency === currency).map((b) => b.amount.amount).sort((a, b) => a - b);
  let raw: number;
  if (amounts.length > 0) {
    const mid = Math.floor(amounts.length / 2);
    raw = amounts.length % 2 === 1 ? amounts[mid]! : Math.round((amounts[mid - 1]! + amounts[mid]!) / 2);
  } else if (plan) {
    raw = Math.round(plan.quota / 10);
  } else {
    return undefined;
  }
  const unit = 10 ** minorDigits(currency);
  const step = raw >= 10_000 * unit ? 5_000 * unit : 1_000 * unit;
  return money(Math.max(step, Math.round(raw / step) * step), currency);
}

/** One next step in the rep's style: what the manager can do this week that this rep will feel. */
export function suggestNextStep(parts: {
  driver?: Driver;
  plan?: CompPlan;
  bookings: readonly Booking[];
  pace?: Pace;
  unlock?: NextUnlock | null;
  goals: readonly GoalLine[];
  lastCheckIn?: CheckIn;
  preference: RecognitionPreference;
  today: IsoDate;
}): NextStep {
  const { plan, today } = parts;
  const win = recentWin(parts.bookings, today);
  const wholeActive = parts.goals.filter((l): l is Extract<GoalLine, { kind: 'whole' }> => l.kind === 'whole' && isActive(l));
  switch (parts.driver) {
    case 'money': {
      const deal = typicalDeal(parts.bookings, plan);
      if (!plan || !deal || deal.currency !== plan.currency) return { kind: 'money-talk' };
      let commission: number;
      try {
        const curve = periodPayoutCurve(plan, parts.bookings, today);
        commission = Math.max(0, curve.payoutFor(curve.booked.amount + deal.amount).amount - curve.payout.amount);
      } catch {
        return { kind: 'money-talk' };
      }
      const progress = new Map(wholeActive.map((l) => [l.goal, l.progress]));
      const goal = goalToFollow(
        wholeActive.map((l) => l.goal).filter((g) => g.target?.currency === plan.currency),
        (g) => progress.get(g),
      );
      if (goal && goal.target && goal.target.amount > 0 && goal.fundingShare > 0 && (progress.get(goal) ?? 0) < 1) {
        const share = portionOf(commission, goal.fundingShare) / goal.target.amount;
        return { kind: 'money-goal', deal, goal, share };
      }
      return { kind: 'money-commission', deal, commission: money(commission, plan.currency) };
    }
    case 'winning':
      if (!plan || parts.unlock === undefined) return { kind: 'winning-sprint' };
      if (parts.unlock === null) return { kind: 'winning-top' };
      return { kind: 'winning-unlock', bookingsNeeded: parts.unlock.bookingsNeeded, multiplier: parts.unlock.multiplier };
    case 'recognition':
      return win ? { kind: 'recognition-win', win: winName(win.label), preference: parts.preference } : { kind: 'recognition-effort', preference: parts.preference };
    case 'growth': {
      const blocker = parts.lastCheckIn?.blockers.trim();
      if (blocker) return { kind: 'growth-blocker', blocker };
      return parts.pace && parts.pace.status === 'behind' ? { kind: 'growth-pipeline' } : { kind: 'growth-stretch' };
    }
    case 'purpose': {
      // Only a goal the manager sees in full has a why to connect to.
      const goal = wholeActive.find((l) => l.goal.why.trim() !== '')?.goal;
      if (goal) return { kind: 'purpose-goal', goal };
      return win ? { kind: 'purpose-customer', win: winName(win.label) } : { kind: 'purpose-customer' };
    }
    default:
      return { kind: 'ask-driver' };
  }
}

// ---------------------------------------------------------------------------------------------
// One rep, the team

export function repReview(input: RepInput): RepReview {
  const { person, today } = input;
  const plan = planInForce(input.plans ?? [], today);
  let pace: Pace | undefined;
  let unlock: NextUnlock | null | undefined;
  if (plan) {
    try {
      pace = paceOf(plan, input.bookings, today);
      unlock = nextUnlock(plan, pace.booked.amount);
    } catch {
      // A plan the engine rejects shows as no plan, not as a broken board.
      pace = undefined;
      unlock = undefined;
    }
  }
  const usablePlan = pace ? plan : undefined;
  const goals = goalLines(input, usablePlan);
  const lastCheckIn = latestCheckIn(input.checkins);
  const checkIn: CheckInClock = clock(lastCheckIn, lastCheckIn?.date, today, checkInAttentionDays(goals, input.checkins));
  const received = receivedRecognitions(input.recognitions, person.id);
  const lastRecognition = latestRecognition(received);
  const preference = input.profile?.recognitionPreference ?? 'public';
  const recognition: RecognitionClock = {
    ...clock(lastRecognition, lastRecognition?.postedAt.slice(0, 10), today, RECOGNITION_ATTENTION_DAYS),
    preference,
  };
  if (preference === 'none') recognition.flagged = false;
  const risks = riskSignals({ pace, goals, checkIn, recognition, today });
  const driver = mainDriver(input.profile);
  const review: RepReview = {
    person,
    goals,
    checkIn,
    recognition,
    risks,
    riskScore: riskScore(risks),
    atRisk: risks.some((r) => RISK_WEIGHTS[r.kind] >= AT_RISK_WEIGHT),
    commitments: openCommitments(input.checkins, input.managerId, today),
    nextStep: suggestNextStep({
      driver,
      plan: usablePlan,
      bookings: input.bookings,
      pace,
      unlock,
      goals,
      lastCheckIn,
      preference,
      today,
    }),
  };
  if (usablePlan && pace) {
    review.plan = usablePlan;
    review.pace = pace;
    review.unlock = unlock ?? null;
  }
  if (input.profile) review.profile = input.profile;
  if (driver) review.driver = driver;
  return review;
}

/** Everything the manager may see about the team, as storage returned it. */
export interface TeamData {
  managerId: Id;
  today: IsoDate;
  /** The manager's direct reports. */
  reps: readonly Person[];
  plans: readonly CompPlan[];
  bookings: readonly Booking[];
  goals: readonly (PersonalGoal | GoalSummary)[];
  checkins: readonly CheckIn[];
  recognitions: readonly Recognition[];
  profiles: readonly MotivationProfile[];
}

export interface TeamSummary {
  reps: number;
  /** Sum over reps with a plan in `currency`; absent when nobody's plan is visible. */
  booked?: Money;
  quota?: Money;
  attainment?: number;
  ahead: number;
  behind: number;
  onPace: number;
  atRisk: number;
  checkInsOverdue: number;
  openCommitments: number;
  overdueCommitments: number;
}

export interface TeamReview {
  rows: RepReview[];
  summary: TeamSummary;
}

function groupBy<T>(items: readonly T[], key: (item: T) => Id | readonly Id[]): Map<Id, T[]> {
  const groups = new Map<Id, T[]>();
  for (const item of items) {
    const keys = key(item);
    for (const k of typeof keys === 'string' ? [keys] : keys) {
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}

/** Every direct report's row and the team's header figures, from one read of each collection. */
export function teamReview(data: TeamData): TeamReview {
  const repIds = new Set(data.reps.map((r) => r.id));
  const mine = <T>(items: readonly T[], owner: (item: T) => Id | readonly Id[]) =>
    groupBy(items.filter((item) => {
      const ids = owner(item);
      return typeof ids === 'string' ? repIds.has(ids) : ids.some((id) => repIds.has(id));
    }), owner);
  const plans = mine(data.plans, (p) => p.ownerId);
  const bookings = mine(data.bookings, (b) => b.ownerId);
  const goals = mine(data.goals, (g) => g.ownerId);
  const checkins = mine(data.checkins, (c) => c.personId);
  const recognitions = mine(data.recognitions, (r) => r.toIds);
  const profiles = mine(data.profiles, (p) => p.ownerId);
  const rows = data.reps.map((person) =>
    repReview({
      person,
      managerId: data.managerId,
      today: data.today,
      plans: plans.get(person.id) ?? [],
      bookings: bookings.get(person.id) ?? [],
      goals: goals.get(person.id) ?? [],
      checkins: checkins.get(person.id) ?? [],
      recognitions: recognitions.get(person.id) ?? [],
      ...(profiles.get(person.id)?.[0] ? { profile: profiles.get(person.id)![0]! } : {}),
    }),
  );
  return { rows, summary: teamSummary(rows) };
}

export function teamSummary(rows: readonly RepReview[]): TeamSummary {
  const currency = rows.find((r) => r.pace)?.pace!.quota.currency;
  let booked = 0;
  let quota = 0;
  const summary: TeamSummary = { reps: rows.length, ahead: 0, behind: 0, onPace: 0, atRisk: 0, checkInsOverdue: 0, openCommitments: 0, overdueCommitments: 0 };
  for (const row of rows) {
    if (row.pace) {
      if (row.pace.status === 'ahead') summary.ahead += 1;
      else if (row.pace.status === 'behind') summary.behind += 1;
      else summary.onPace += 1;
      if (row.pace.quota.currency === currency) {
        booked += row.pace.booked.amount;
        quota += row.pace.quota.amount;
      }
    }
    if (row.atRisk) summary.atRisk += 1;
    if (row.checkIn.flagged) summary.checkInsOverdue += 1;
    summary.openCommitments += row.commitments.length;
    summary.overdueCommitments += row.commitments.filter((c) => c.state === 'overdue').length;
  }
  if (currency !== undefined) {
    summary.booked = money(booked, currency);
    summary.quota = money(quota, currency);
    if (quota > 0) summary.attainment = booked / quota;
  }
  return summary;
}

// ---------------------------------------------------------------------------------------------
// Sorting and filtering

/** The board's columns in the order they show: what is wrong and what to do next come first. */
export const BOARD_COLUMNS = ['rep', 'attainment', 'risk', 'nextStep', 'driver', 'goals', 'checkIn', 'recognition', 'commitments'] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

const NEXT_STEP_ORDER: readonly NextStep['kind'][] = [
  'money-goal', 'money-commission', 'money-talk', 'winning-unlock', 'winning-top', 'winning-sprint',
  'recognition-win', 'recognition-effort', 'growth-blocker', 'growth-pipeline', 'growth-stretch',
  'purpose-goal', 'purpose-customer', 'ask-driver',
];

/** The mean funded share of a rep's active goals that show one, for sorting by goals. */
export function meanGoalProgress(row: RepReview): number | undefined {
  const shares = row.goals.filter((l) => isActive(l) && l.progress !== undefined).map((l) => l.progress!);
  return shares.length > 0 ? shares.reduce((s, p) => s + p, 0) / shares.length : undefined;
}

function commitmentWeight(row: RepReview): number | undefined {
  if (row.commitments.length === 0) return undefined;
  const overdue = row.commitments.filter((c) => c.state === 'overdue');
  // Overdue promises outrank any number of open ones; the longest overdue first.
  return overdue.length * 10_000 + Math.max(0, ...overdue.map((c) => c.days ?? 0)) + row.commitments.length / 100;
}

/** The value a column sorts by; undefined sorts last in either direction. */
function sortValue(row: RepReview, column: BoardColumn): number | string | undefined {
  switch (column) {
    case 'rep':
      return row.person.name;
    case 'attainment':
      return row.pace?.attainment;
    case 'goals':
      return meanGoalProgress(row);
    case 'driver':
      return row.driver === undefined ? undefined : DRIVERS.indexOf(row.driver);
    case 'checkIn':
      return row.checkIn.daysSince ?? Number.POSITIVE_INFINITY;
    case 'recognition':
      return row.recognition.preference === 'none' ? undefined : (row.recognition.daysSince ?? Number.POSITIVE_INFINITY);
    case 'risk':
      return row.riskScore;
    case 'commitments':
      return commitmentWeight(row);
    case 'nextStep':
      return NEXT_STEP_ORDER.indexOf(row.nextStep.kind);
    default:
      return undefined;
  }
}

/** Rows sorted by a column; ties go by name, and rows without a value come last either way. */
export function sortRows(rows: readonly RepReview[], column: BoardColumn, direction: SortDirection, locale = 'en'): RepReview[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: RepReview, b: RepReview) => collator.compare(a.person.name, b.person.name) || a.person.id.localeCompare(b.person.id);
  return [...rows].sort((a, b) => {
    const va = sortValue(a, column);
    const vb = sortValue(b, column);
    if (va === undefined || vb === undefined) {
      if (va !== vb) return va === undefined ? 1 : -1;
      return byName(a, b);
    }
    const order = typeof va === 'string' && typeof vb === 'string' ? collator.compare(va, vb) : (va as number) - (vb as number);
    return sign * order || byName(a, b);
  });
}

/** The direction a column sorts in when first chosen: the worrying end first. */
export function defaultDirection(column: BoardColumn): SortDirection {
  return column === 'rep' || column === 'attainment' || column === 'goals' || column === 'driver' || column === 'nextStep' ? 'ascending' : 'descending';
}
