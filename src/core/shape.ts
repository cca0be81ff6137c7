/**
 * Whether a stored record has the shape Goalpost reads: the check every read makes, so that a
 * record damaged at rest (an old client, a bad import, a hand-edited database) is refused by name
 * instead of breaking a render, a sum or a privacy decision.
 *
 * It checks what elements and `src/core` rely on: the type of every required field, enum values
 * they switch on, ids, dates and instants, finite numbers in their range, money in minor units
 * of a known currency, plan tiers the commission engine can compute, safe links, and lists no
 * longer than their limit (so a giant or sparse list costs no more to check than a full one).
 * It leaves out what only a form needs (text lengths, blank text, dates in order, consent
 * rules): writes check those in full with `validation.ts`, which therefore loads only with the
 * first write.
 *
 * Every record `validateRecord` accepts, this accepts too (tests/core/shape.test.ts checks it),
 * so a read never refuses what a write let through. Problems carry validation's codes and field
 * names, so a language catalog can say them; their `message` is a terse English line for logs,
 * which keeps the English wording of every problem out of a page that only reads.
 */
import { isIsoDate } from './dates.js';
import type { FieldProblem, ProblemParams } from './errors.js';
import { MAX_LINK_LENGTH, isSafeLink } from './links.js';
import { isKnownCurrency } from './money.js';
import { CADENCES, DRIVERS, GOAL_CATEGORIES, GOAL_STATUSES, RECOGNITION_KINDS, VISIBILITIES } from './types.js';
import type { CollectionName, CurrencyCode } from './types.js';
import type { FieldName, ProblemCode } from '../i18n/en/problems.js';

/**
 * Longest text each field accepts, in characters, and the longest lists. Forms use these for
 * `maxlength` and validation enforces them; reads enforce the lists'.
 */
export const LIMITS = {
  id: 128,
  title: 120,
  why: 2000,
  name: 120,
  planName: 120,
  personTitle: 120,
  bookingLabel: 200,
  message: 2000,
  note: 4000,
  blockers: 2000,
  commitment: 2000,
  coachingNote: 2000,
  valueTag: 32,
  values: 10,
  milestones: 50,
  tiers: 20,
  recipients: 50,
  reactionKey: 32,
  reactors: 1000,
  link: MAX_LINK_LENGTH,
} as const;

// Values of the enums `types.ts` does not list, shared with validation.
export const PLAN_PERIODS = ['month', 'quarter', 'year'] as const;
export const PERIOD_BASES = ['per-period', 'cumulative'] as const;
export const ROLES = ['rep', 'manager', 'leader'] as const;
export const AUDIENCES = ['team', 'private'] as const;
export const CONSENT_STATUSES = ['pending', 'granted', 'declined'] as const;
export const RECOGNITION_PREFERENCES = ['public', 'private', 'none'] as const;
export const LEADERBOARD_PRESENCES = ['named', 'anonymous', 'hidden'] as const;

/** Each collection's record as a person names it, with its article: "a goal". */
export const RECORD_NOUNS: Record<CollectionName, FieldName> = {
  people: 'aPerson',
  goals: 'aGoal',
  plans: 'aPlan',
  bookings: 'aBooking',
  checkins: 'aCheckIn',
  recognitions: 'aRecognition',
  profiles: 'aProfile',
};

type Bag = Readonly<Record<string, unknown>>;
type Test = (value: unknown) => boolean;

export function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Whether `value` is an instant as `Date.prototype.toISOString` writes it (any offset accepted). */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_TIME.exec(value);
  return match !== null && isIsoDate(match[1]) && Number.isFinite(Date.parse(value));
}

/** A reference to a record: text that is not blank and not longer than an id may be. */
function isId(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= LIMITS.id;
}

export function isLanguageTag(value: unknown): boolean {
  try {
    return typeof value === 'string' && Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const isText: Test = (value) => typeof value === 'string';
const isFlag: Test = (value) => typeof value === 'boolean';
const isDate: Test = isIsoDate;
const isInstant: Test = isIsoDateTime;
const oneOf = (options: readonly string[]): Test => (value) => typeof value === 'string' && options.includes(value);
const within = (min: number, max: number): Test => (value) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const atLeastZero = within(0, Infinity);
const isSafeHref: Test = (value) => typeof value === 'string' && isSafeLink(value);
/** The test of a field that may be absent. */
const maybe = (test: Test): Test => (value) => value === undefined || test(value);

/** Which amounts of money make sense: a booking may be negative (a clawback), never zero. */
export type Sign = 'positive' | 'non-negative' | 'non-zero';

/** What is wrong with `value` as a whole number of minor units of the given sign, or undefined. */
export function minorUnitsProblem(value: unknown, sign: Sign): ProblemCode | undefined {
  return typeof value !== 'number' || Number.isNaN(value) ? 'notNumber'
    : !Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER ? 'tooLarge'
    : !Number.isInteger(value) ? 'tooPrecise'
    : value < 0 && sign !== 'non-zero' ? 'negative'
    : value === 0 && sign !== 'non-negative' ? 'notPositive'
    : undefined;
}

/** A field's rule: its test, the problem when it fails, and the field's name for problems that name it. */
type Rule = readonly [test: Test, code: ProblemCode, name?: FieldName];
type Rules = Readonly<Record<string, Rule>>;

/** Own properties only: a prototype is never read as data. */
function own(record: Bag, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The problems of one record, gathered field by field. */
class Inspection {
  readonly problems: FieldProblem[] = [];

  add(field: string, code: ProblemCode, params?: ProblemParams): void {
    const problem: FieldProblem = { field, code, message: `${field ? `The field ${field}` : 'The record'} is damaged (${code}).` };
    if (params) problem.params = params;
    this.problems.push(problem);
  }

  /** One value against its rule. */
  check(field: string, value: unknown, [test, code, name]: Rule): void {
    if (!test(value)) this.add(field, code, name && { name });
  }

  /** Each field of `record` named in `rules`; `path` leads to the record inside a larger one. */
  fields(record: Bag, rules: Rules, path = ''): void {
    for (const [key, rule] of Object.entries(rules)) this.check(path + key, own(record, key), rule);
  }

  /** Money of the given sign; its currency, or undefined when the money is absent or damaged. */
  money(field: string, value: unknown, name: FieldName, sign: Sign, optional = false): CurrencyCode | undefined {
    if (value === undefined && optional) return undefined;
    if (!isBag(value)) {
      this.add(field, 'notMoney', { name });
      return undefined;
    }
    const amountProblem = minorUnitsProblem(own(value, 'amount'), sign);
    if (amountProblem) this.add(`${field}.amount`, amountProblem, { name });
    const currency = own(value, 'currency');
    const known = isKnownCurrency(currency);
    if (!known) this.add(`${field}.currency`, 'noCurrency', { name });
    return amountProblem || !known ? undefined : currency;
  }

  /** The items of a list up to its limit; a longer list is a problem and its items are not read. */
  list(field: string, value: unknown, max: number, notList: ProblemCode, tooMany: ProblemCode, name?: FieldName): unknown[] {
    if (!Array.isArray(value)) {
      this.add(field, notList, name && { name });
      return [];
    }
    if (value.length > max) {
      this.add(field, tooMany, { max });
      return [];
    }
    // By index, not by iteration: a hole is read as undefined and judged like one.
    return Array.from({ length: value.length }, (_, index) => value[index] as unknown);
  }
}

/** `id`, `createdAt`, `updatedAt` and `version`: checked when present, as validation does. */
const BOOKKEEPING: Rules = {
  id: [maybe(isId), 'notText', 'recordId'],
  createdAt: [maybe(isInstant), 'notDateTime', 'creationTime'],
  updatedAt: [maybe(isInstant), 'notDateTime', 'lastChange'],
  version: [maybe((version) => Number.isSafeInteger(version) && (version as number) >= 0), 'version'],
};

const PERSON: Rules = {
  name: [isText, 'personName'],
  avatarUrl: [maybe(isSafeHref), 'avatar'],
  role: [oneOf(ROLES), 'role'],
  managerId: [maybe(isId), 'manager'],
  teamId: [isId, 'personTeam'],
  locale: [maybe(isLanguageTag), 'languageTag'],
  title: [maybe(isText), 'notText', 'jobTitle'],
};

const GOAL: Rules = {
  ownerId: [isId, 'goalOwner'],
  title: [isText, 'goalTitle'],
  why: [isText, 'goalWhy'],
  category: [oneOf(GOAL_CATEGORIES), 'goalCategory'],
  targetDate: [maybe(isDate), 'notDate', 'targetDate'],
  writtenOn: [isDate, 'notDate', 'writtenOn'],
  fundingShare: [within(0, 1), 'fundingShare'],
  status: [oneOf(GOAL_STATUSES), 'goalStatus'],
  visibility: [oneOf(VISIBILITIES), 'goalVisibility'],
  cadence: [oneOf(CADENCES), 'goalCadence'],
};

const MILESTONE: Rules = {
  id: [isId, 'milestoneId'],
  title: [isText, 'milestoneTitle'],
  dueOn: [maybe(isDate), 'notDate', 'milestoneDueOn'],
  doneOn: [maybe(isDate), 'notDate', 'milestoneDoneOn'],
};

const PLAN: Rules = {
  ownerId: [isId, 'planOwner'],
  name: [isText, 'planName'],
  currency: [isKnownCurrency, 'noCurrency', 'plan'],
  period: [oneOf(PLAN_PERIODS), 'planPeriod'],
  capMultiple: [maybe((cap) => atLeastZero(cap) && cap !== 0), 'cap'],
  basis: [oneOf(PERIOD_BASES), 'basis'],
  yearStart: [isDate, 'notDate', 'yearStart'],
};

const TIER: Rules = {
  multiplier: [atLeastZero, 'tierMultiplier'],
  retroactive: [isFlag, 'tierRetroactive'],
};

const BOOKING: Rules = {
  ownerId: [isId, 'bookingOwner'],
  closedOn: [isDate, 'notDate', 'closedOn'],
  label: [isText, 'dealName'],
};

const CHECK_IN: Rules = {
  personId: [isId, 'checkInPerson'],
  goalId: [maybe(isId), 'notText', 'goalReference'],
  authorId: [isId, 'checkInAuthor'],
  date: [isDate, 'notDate', 'checkInDate'],
  note: [isText, 'note'],
  confidence: [(confidence) => Number.isInteger(confidence) && within(1, 5)(confidence), 'confidence'],
  blockers: [isText, 'notText', 'blockers'],
  commitment: [isText, 'notText', 'commitment'],
  commitmentDueOn: [maybe(isDate), 'notDate', 'commitmentDueOn'],
  commitmentDoneOn: [maybe(isDate), 'notDate', 'commitmentDoneOn'],
  nextDueOn: [isDate, 'notDate', 'nextDueOn'],
  acknowledgedOn: [maybe(isDate), 'notDate', 'acknowledgedOn'],
  acknowledgedBy: [maybe(isId), 'acknowledgedBy'],
};

// Sender, recipients, team, audience and consent decide who may see a post.
const RECOGNITION: Rules = {
  fromId: [isId, 'sender'],
  teamId: [isId, 'postTeam'],
  kind: [oneOf(RECOGNITION_KINDS), 'kind'],
  message: [isText, 'message'],
  link: [maybe(isSafeHref), 'link'],
  audience: [oneOf(AUDIENCES), 'audience'],
  postedAt: [isInstant, 'notDateTime', 'postedAt'],
  automatic: [maybe(isFlag), 'automatic'],
};

const CONSENT: Rules = {
  personId: [isId, 'consentPerson'],
  status: [oneOf(CONSENT_STATUSES), 'consentStatus'],
  decidedAt: [maybe(isInstant), 'notDateTime', 'decidedAt'],
};

const PROFILE: Rules = {
  ownerId: [isId, 'profileOwner'],
  recognitionPreference: [oneOf(RECOGNITION_PREFERENCES), 'recognitionPreference'],
  leaderboard: [oneOf(LEADERBOARD_PRESENCES), 'leaderboard'],
  autoCelebrate: [isFlag, 'autoCelebrate'],
  coachingNote: [isText, 'notText', 'coachingNote'],
};

const DRIVER_WEIGHTS: Rules = Object.fromEntries(DRIVERS.map((driver) => [driver, [within(0, 100), 'driverWeight']]));

function goalShape(p: Inspection, goal: Bag): void {
  p.fields(goal, GOAL);
  const target = p.money('target', own(goal, 'target'), 'targetAmount', 'positive', true);
  const saved = p.money('saved', own(goal, 'saved'), 'saved', 'non-negative', true);
  // Sums of a goal's money throw on mixed currencies.
  if (saved && target && saved !== target) p.add('saved.currency', 'currencyMismatch', { name: 'saved', other: 'target', currency: target });
  const currency = target ?? saved;
  p.list('milestones', own(goal, 'milestones'), LIMITS.milestones, 'notList', 'tooManyMilestones', 'milestones').forEach((milestone, index) => {
    const field = `milestones.${index}`;
    if (!isBag(milestone)) return p.add(field, 'milestoneDetails');
    p.fields(milestone, MILESTONE, `${field}.`);
    const amount = p.money(`${field}.amount`, own(milestone, 'amount'), 'milestoneAmount', 'positive', true);
    if (amount && currency && amount !== currency) {
      p.add(`${field}.amount.currency`, 'currencyMismatch', { name: 'milestoneAmount', other: 'goal', currency });
    }
  });
}

function planShape(p: Inspection, plan: Bag): void {
  p.fields(plan, PLAN);
  const quota = minorUnitsProblem(own(plan, 'quota'), 'positive');
  if (quota) p.add('quota', quota, { name: 'quota' });
  const incentive = minorUnitsProblem(own(plan, 'targetIncentive'), 'non-negative');
  if (incentive) p.add('targetIncentive', incentive, { name: 'targetIncentive' });
  const listed = own(plan, 'tiers');
  if (Array.isArray(listed) && listed.length === 0) p.add('tiers', 'noTiers');
  // The commission engine needs tiers that start at 0% and climb.
  let previousFrom: number | undefined;
  p.list('tiers', listed, LIMITS.tiers, 'noTiers', 'tooManyTiers').forEach((tier, index) => {
    const field = `tiers.${index}`;
    if (!isBag(tier)) {
      previousFrom = undefined;
      return p.add(field, 'tierDetails');
    }
    const from = own(tier, 'from');
    if (!atLeastZero(from)) p.add(`${field}.from`, 'tierFrom');
    else if (index === 0 && from !== 0) p.add(`${field}.from`, 'firstTier');
    else if (previousFrom !== undefined && (from as number) <= previousFrom) p.add(`${field}.from`, 'tierOrder');
    previousFrom = atLeastZero(from) ? (from as number) : undefined;
    p.fields(tier, TIER, `${field}.`);
  });
}

function bookingShape(p: Inspection, booking: Bag): void {
  p.fields(booking, BOOKING);
  p.money('amount', own(booking, 'amount'), 'bookingAmount', 'non-zero');
}

function recognitionShape(p: Inspection, post: Bag): void {
  p.fields(post, RECOGNITION);
  p.list('toIds', own(post, 'toIds'), LIMITS.recipients, 'noRecipients', 'tooManyRecipients').forEach((id, index) => {
    p.check(`toIds.${index}`, id, [isId, 'recipient']);
  });
  p.list('values', own(post, 'values'), LIMITS.values, 'notList', 'tooManyValues', 'valueTags').forEach((tag, index) => {
    p.check(`values.${index}`, tag, [isText, 'emptyTag']);
  });
  const reactions = own(post, 'reactions');
  if (!isBag(reactions)) p.add('reactions', 'reactions');
  // As many kinds of reaction as validation reads: the first hundred.
  else for (const emoji of Object.keys(reactions).slice(0, 100)) {
    const field = `reactions.${emoji}`;
    p.list(field, reactions[emoji], LIMITS.reactors, 'reactionList', 'tooManyReactors').forEach((id, index) => {
      p.check(`${field}.${index}`, id, [isId, 'reactor']);
    });
  }
  const consent = own(post, 'consent');
  if (isBag(consent)) {
    p.fields(consent, CONSENT, 'consent.');
    // Consent decides who sees a coaching example: it must be the featured rep's, one of the recipients.
    const featured = own(consent, 'personId');
    const toIds = own(post, 'toIds');
    if (isId(featured) && Array.isArray(toIds) && toIds.length > 0 && !toIds.includes(featured)) p.add('consent.personId', 'consentFeatured');
  } else if (consent !== undefined) p.add('consent', 'consentShape');
}

function profileShape(p: Inspection, profile: Bag): void {
  p.fields(profile, PROFILE);
  const drivers = own(profile, 'drivers');
  if (isBag(drivers)) p.fields(drivers, DRIVER_WEIGHTS, 'drivers.');
  else p.add('drivers', 'drivers');
}

const SHAPES: Record<CollectionName, (p: Inspection, record: Bag) => void> = {
  people: (p, person) => p.fields(person, PERSON),
  goals: goalShape,
  plans: planShape,
  bookings: bookingShape,
  checkins: (p, checkIn) => p.fields(checkIn, CHECK_IN),
  recognitions: recognitionShape,
  profiles: profileShape,
};

/**
 * What is damaged in `record` as a stored record of `collection`; empty when Goalpost can read
 * it. Never throws, whatever it is given.
 */
export function shapeProblems(collection: CollectionName, record: unknown): FieldProblem[] {
  const p = new Inspection();
  try {
    const shape = Object.prototype.hasOwnProperty.call(SHAPES, collection) ? SHAPES[collection] : undefined;
    if (!shape) {
      p.add('', 'unknownCollection');
    } else if (!isBag(record)) {
      p.add('', 'notRecord', { name: RECORD_NOUNS[collection] });
    } else {
      p.fields(record, BOOKKEEPING);
      shape(p, record);
    }
  } catch {
    // Only a hostile value (a throwing getter or proxy) gets here; it is still just damaged.
    p.add('', 'unreadable');
  }
  return p.problems;
}
