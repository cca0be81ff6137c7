/**
 * Validation of every stored record, phrased for the rep who typed it.
 *
 * Each validator reads an `unknown` value (a form draft, a row from IndexedDB, a REST body) and
 * returns every problem at once as `FieldProblem`s, so a form can mark all its fields in one
 * pass. Validators never throw: whatever arrives — `null`, arrays, cyclic objects, `NaN`, huge
 * numbers — becomes a list of problems. `assertValid` is the throwing front door for writes.
 *
 * Decisions worth knowing:
 * - Bookkeeping fields (`id`, `createdAt`, `updatedAt`, `version`) may be absent on a draft but
 *   are checked when present. A stored `version` counts from 1; a draft may carry 0, which,
 *   as a write's expected version, means "this record is new".
 * - A booking may be negative: that is a clawback (a deal reversed after it paid). Zero is
 *   refused because it records nothing.
 * - Fields the schema does not know are left alone, so a newer client's record still validates.
 * - Lists are checked up to their limit only, so a giant or sparse array costs no more than a
 *   full one.
 */
import { isIsoDate } from './dates.js';
import { ValidationError } from './errors.js';
import type { FieldProblem } from './errors.js';
import { isKnownCurrency } from './money.js';
import { CADENCES, DRIVERS, GOAL_CATEGORIES, GOAL_STATUSES, RECOGNITION_KINDS, VISIBILITIES } from './types.js';
import type { CollectionName, Collections, CurrencyCode, Draft, IsoDate, Money } from './types.js';

/** Longest text each field accepts, in characters, and the longest lists. Forms use these for `maxlength`. */
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
  link: 2048,
} as const;

const PLAN_PERIODS = ['month', 'quarter', 'year'] as const;
const PERIOD_BASES = ['per-period', 'cumulative'] as const;
const ROLES = ['rep', 'manager', 'leader'] as const;
const AUDIENCES = ['team', 'private'] as const;
const CONSENT_STATUSES = ['pending', 'granted', 'declined'] as const;
const RECOGNITION_PREFERENCES = ['public', 'private', 'none'] as const;
const LEADERBOARD_PRESENCES = ['named', 'anonymous', 'hidden'] as const;

const RECORD_NOUNS: Record<CollectionName, string> = {
  people: 'person',
  goals: 'goal',
  plans: 'plan',
  bookings: 'booking',
  checkins: 'check-in',
  recognitions: 'recognition',
  profiles: 'motivation profile',
};

type Bag = Readonly<Record<string, unknown>>;

/** The problems found so far. Helpers add to it and hand back the value when it is usable. */
class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
}

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a prototype (polluted or a class's) is never read as data. */
function get(record: Bag, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/** A value echoed back inside a message: short, printable, never the whole of a giant string. */
function quote(value: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return printable.length > 24 ? `${printable.slice(0, 24)}…` : printable;
}

/** Length in characters as a person counts them (an emoji is one), cheap even for huge strings. */
function tooLong(value: string, max: number): boolean {
  if (value.length <= max) return false;
  // Each code point is at most two UTF-16 units, so past twice the limit there is no need to count.
  if (value.length > max * 2) return true;
  let count = 0;
  for (const _ of value) {
    count += 1;
    if (count > max) return true;
  }
  return false;
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface TextRule {
  /** How a person names the field, lower case with its article: "the title". */
  name: string;
  max: number;
  /** The message when the field is empty; absent for text that may be left empty. */
  required?: string;
}

/** Text that must be present (and, when `required` is given, not blank). */
function text(p: Problems, path: string, value: unknown, rule: TextRule): string | undefined {
  if (typeof value !== 'string') {
    p.add(path, rule.required ?? `${capitalise(rule.name)} must be text.`);
    return undefined;
  }
  if (rule.required !== undefined && value.trim() === '') {
    p.add(path, rule.required);
    return undefined;
  }
  if (tooLong(value, rule.max)) {
    p.add(path, `Keep ${rule.name} to ${rule.max} characters or fewer.`);
    return undefined;
  }
  return value;
}

/** Text that may be absent; when present it follows `rule`. */
function optionalText(p: Problems, path: string, value: unknown, rule: TextRule): string | undefined {
  return value === undefined ? undefined : text(p, path, value, rule);
}

/** A reference to another record. */
function reference(p: Problems, path: string, value: unknown, missing: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    p.add(path, missing);
    return undefined;
  }
  if (value.length > LIMITS.id) {
    p.add(path, `That id is longer than ${LIMITS.id} characters.`);
    return undefined;
  }
  return value;
}

function optionalReference(p: Problems, path: string, value: unknown, missing: string): string | undefined {
  return value === undefined ? undefined : reference(p, path, value, missing);
}

/** A calendar date. `name` is how a person names it: "the target date". */
function date(p: Problems, path: string, value: unknown, name: string, missing?: string): IsoDate | undefined {
  if (value === undefined || value === null || value === '') {
    p.add(path, missing ?? `Give ${name}.`);
    return undefined;
  }
  if (isIsoDate(value)) return value;
  p.add(path, typeof value === 'string' ? `“${quote(value)}” is not a real date.` : `${capitalise(name)} must be a date.`);
  return undefined;
}

function optionalDate(p: Problems, path: string, value: unknown, name: string): IsoDate | undefined {
  return value === undefined ? undefined : date(p, path, value, name);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Whether `value` is an instant as `Date.prototype.toISOString` writes it (any offset accepted). */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_TIME.exec(value);
  return match !== null && isIsoDate(match[1]) && Number.isFinite(Date.parse(value));
}

/** An instant as milliseconds, or undefined with a problem added. */
function dateTime(p: Problems, path: string, value: unknown, name: string): number | undefined {
  if (isIsoDateTime(value)) return Date.parse(value);
  p.add(path, value === undefined ? `Give ${name}.` : `${capitalise(name)} must be a date and time.`);
  return undefined;
}

function optionalDateTime(p: Problems, path: string, value: unknown, name: string): number | undefined {
  return value === undefined ? undefined : dateTime(p, path, value, name);
}

function oneOf<T extends string>(p: Problems, path: string, value: unknown, options: readonly T[], message: string): T | undefined {
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  p.add(path, message);
  return undefined;
}

function flag(p: Problems, path: string, value: unknown, message: string): boolean | undefined {
  if (typeof value === 'boolean') return value;
  p.add(path, message);
  return undefined;
}

/** A currency code, with the message the brief asks for when it is unknown. */
function currency(p: Problems, path: string, value: unknown, name: string): CurrencyCode | undefined {
  if (isKnownCurrency(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') p.add(path, `“${quote(value)}” is not a currency we know.`);
  else p.add(path, `Choose a currency for ${name}.`);
  return undefined;
}

type Sign = 'positive' | 'non-negative' | 'non-zero';

/**
 * A whole number of minor units. `name` is how a person names it ("the target amount"); `sign`
 * says which amounts make sense.
 */
function minorUnits(p: Problems, path: string, value: unknown, name: string, sign: Sign): number | undefined {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    p.add(path, `${capitalise(name)} must be a number.`);
    return undefined;
  }
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    p.add(path, `${capitalise(name)} is too large.`);
    return undefined;
  }
  if (!Number.isInteger(value)) {
    p.add(path, `${capitalise(name)} has more decimal places than its currency allows.`);
    return undefined;
  }
  if (value < 0 && sign !== 'non-zero') {
    p.add(path, `${capitalise(name)} can't be negative.`);
    return undefined;
  }
  if (value === 0 && sign !== 'non-negative') {
    p.add(path, `${capitalise(name)} must be more than zero.`);
    return undefined;
  }
  return value;
}

/** Money, or undefined with its problems added. */
function moneyValue(p: Problems, path: string, value: unknown, name: string, sign: Sign): Money | undefined {
  if (!isBag(value)) {
    p.add(path, `Enter ${name} as an amount and a currency.`);
    return undefined;
  }
  const amount = minorUnits(p, join(path, 'amount'), get(value, 'amount'), name, sign);
  const code = currency(p, join(path, 'currency'), get(value, 'currency'), name);
  return amount === undefined || code === undefined ? undefined : { amount, currency: code };
}

function optionalMoney(p: Problems, path: string, value: unknown, name: string, sign: Sign): Money | undefined {
  return value === undefined ? undefined : moneyValue(p, path, value, name, sign);
}

/** The record itself, or undefined with one problem when it is not an object at all. */
function recordOf(p: Problems, value: unknown, noun: string): Bag | undefined {
  if (isBag(value)) return value;
  p.add('', `This is not a ${noun}.`);
  return undefined;
}

/** `id`, `createdAt`, `updatedAt`, `version`: optional on a draft, checked when present. */
function bookkeeping(p: Problems, record: Bag): void {
  optionalReference(p, 'id', get(record, 'id'), 'The record id must be text.');
  const created = optionalDateTime(p, 'createdAt', get(record, 'createdAt'), 'the creation time');
  const updated = optionalDateTime(p, 'updatedAt', get(record, 'updatedAt'), 'the time of the last change');
  if (created !== undefined && updated !== undefined && updated < created) {
    p.add('updatedAt', 'The record was changed before it was created.');
  }
  const version = get(record, 'version');
  // 0 is allowed on a draft: like a write's expected version, it says "this record is new".
  if (version !== undefined && !(Number.isSafeInteger(version) && (version as number) >= 0)) {
    p.add('version', 'The version must be a whole number of 0 or more.');
  }
}

/**
 * The items of a list up to `max`; a longer list gets one problem and its tail is not read.
 * Reading by index keeps sparse and enormous arrays cheap.
 */
function listOf(p: Problems, path: string, value: unknown, max: number, notList: string, tooMany: string): unknown[] | undefined {
  if (!Array.isArray(value)) {
    p.add(path, notList);
    return undefined;
  }
  if (value.length > max) p.add(path, tooMany);
  const items: unknown[] = [];
  const count = Math.min(value.length, max);
  for (let i = 0; i < count; i += 1) items.push(value[i]);
  return items;
}

/** Whether `a` is strictly before `b`; both calendar dates. */
function before(a: IsoDate, b: IsoDate): boolean {
  return a < b; // YYYY-MM-DD compares correctly as text.
}

// ---------------------------------------------------------------------------------------------
// Links

// Whitespace, C0/C1 controls, zero-width and bidirectional marks: anything that can hide a
// scheme from a reader or that the URL parser silently strips.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

/**
 * Whether `url` is an absolute http(s) link that is safe to put in an `href`. Refuses other
 * schemes (`javascript:`, `data:`, `vbscript:`…), protocol-relative and scheme-only forms
 * (`//host`, `https:host`), backslashes, credentials (`https://bank.com@evil.com`), and any
 * whitespace or control or invisible character the parser would quietly drop.
 */
export function isSafeLink(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > LIMITS.link) return false;
  if (INVISIBLE.test(url) || url.includes('\\')) return false;
  if (!/^https?:\/\/[^/]/i.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

// ---------------------------------------------------------------------------------------------
// Entities

/** Problems with a personal goal (a draft or a stored one). */
export function validateGoal(value: unknown): FieldProblem[] {
  const p = new Problems();
  const goal = recordOf(p, value, 'goal');
  if (!goal) return p.list;
  bookkeeping(p, goal);
  reference(p, 'ownerId', get(goal, 'ownerId'), 'The goal needs an owner.');
  text(p, 'title', get(goal, 'title'), { name: 'the title', max: LIMITS.title, required: 'Give the goal a title.' });
  text(p, 'why', get(goal, 'why'), { name: 'why it matters', max: LIMITS.why, required: 'Say why this goal matters to you.' });
  oneOf(p, 'category', get(goal, 'category'), GOAL_CATEGORIES, 'Choose a category for the goal.');

  const target = optionalMoney(p, 'target', get(goal, 'target'), 'the target amount', 'positive');
  const targetDate = optionalDate(p, 'targetDate', get(goal, 'targetDate'), 'the target date');
  const writtenOn = date(p, 'writtenOn', get(goal, 'writtenOn'), 'the day you wrote the goal');
  if (targetDate !== undefined && writtenOn !== undefined && before(targetDate, writtenOn)) {
    p.add('targetDate', 'The target date is before the day you wrote the goal.');
  }

  const share = get(goal, 'fundingShare');
  if (typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share > 1) {
    p.add('fundingShare', 'Funding share must be between 0% and 100%.');
  }

  const saved = optionalMoney(p, 'saved', get(goal, 'saved'), 'the amount saved', 'non-negative');
  if (saved && target && saved.currency !== target.currency) {
    p.add('saved.currency', `The amount saved must be in the same currency as the target (${target.currency}).`);
  }

  const milestones = listOf(
    p, 'milestones', get(goal, 'milestones'), LIMITS.milestones,
    'Milestones must be a list (it may be empty).',
    `A goal can have at most ${LIMITS.milestones} milestones.`,
  );
  const seen = new Set<string>();
  milestones?.forEach((item, index) => {
    const path = `milestones.${index}`;
    if (!isBag(item)) {
      p.add(path, 'This milestone is missing its details.');
      return;
    }
    const id = reference(p, `${path}.id`, get(item, 'id'), 'The milestone needs an id.');
    if (id !== undefined) {
      if (seen.has(id)) p.add(`${path}.id`, 'Two milestones have the same id.');
      seen.add(id);
    }
    text(p, `${path}.title`, get(item, 'title'), { name: 'the milestone title', max: LIMITS.title, required: 'Give the milestone a title.' });
    const amount = optionalMoney(p, `${path}.amount`, get(item, 'amount'), 'the milestone amount', 'positive');
    const goalCurrency = (target ?? saved)?.currency;
    if (amount && goalCurrency !== undefined && amount.currency !== goalCurrency) {
      p.add(`${path}.amount.currency`, `The milestone amount must be in the same currency as the goal (${goalCurrency}).`);
    } else if (amount && target && amount.amount > target.amount) {
      p.add(`${path}.amount.amount`, 'The milestone amount is more than the goal’s target.');
    }
    optionalDate(p, `${path}.dueOn`, get(item, 'dueOn'), 'the milestone’s due date');
    optionalDate(p, `${path}.doneOn`, get(item, 'doneOn'), 'the day the milestone was done');
  });

  oneOf(p, 'status', get(goal, 'status'), GOAL_STATUSES, 'Choose whether the goal is active, achieved, paused or dropped.');
  oneOf(p, 'visibility', get(goal, 'visibility'), VISIBILITIES, 'Choose who can see this goal.');
  oneOf(p, 'cadence', get(goal, 'cadence'), CADENCES, 'Choose how often to review this goal.');
  return p.list;
}

/** Problems with a compensation plan. */
export function validatePlan(value: unknown): FieldProblem[] {
  const p = new Problems();
  const plan = recordOf(p, value, 'plan');
  if (!plan) return p.list;
  bookkeeping(p, plan);
  reference(p, 'ownerId', get(plan, 'ownerId'), 'The plan needs the rep it belongs to.');
  text(p, 'name', get(plan, 'name'), { name: 'the plan name', max: LIMITS.planName, required: 'Give the plan a name.' });
  currency(p, 'currency', get(plan, 'currency'), 'the plan');
  oneOf(p, 'period', get(plan, 'period'), PLAN_PERIODS, 'Choose whether quota is set per month, quarter or year.');
  minorUnits(p, 'quota', get(plan, 'quota'), 'the quota', 'positive');
  minorUnits(p, 'targetIncentive', get(plan, 'targetIncentive'), 'the target incentive', 'non-negative');

  const tiers = listOf(
    p, 'tiers', get(plan, 'tiers'), LIMITS.tiers,
    'A plan needs at least one tier.',
    `A plan can have at most ${LIMITS.tiers} tiers.`,
  );
  if (tiers && tiers.length === 0) p.add('tiers', 'A plan needs at least one tier.');
  let previousFrom: number | undefined;
  tiers?.forEach((tier, index) => {
    const path = `tiers.${index}`;
    if (!isBag(tier)) {
      p.add(path, 'This tier is missing its details.');
      previousFrom = undefined;
      return;
    }
    const from = get(tier, 'from');
    if (typeof from !== 'number' || !Number.isFinite(from) || from < 0) {
      p.add(`${path}.from`, 'A tier must start at an attainment of 0% or more.');
      previousFrom = undefined;
    } else {
      if (index === 0 && from !== 0) p.add(`${path}.from`, 'The first tier must start at 0%.');
      if (index > 0 && previousFrom !== undefined && from <= previousFrom) {
        p.add(`${path}.from`, 'Each tier must start above the one before it.');
      }
      previousFrom = from;
    }
    const multiplier = get(tier, 'multiplier');
    if (typeof multiplier !== 'number' || !Number.isFinite(multiplier) || multiplier < 0) {
      p.add(`${path}.multiplier`, 'A tier’s multiplier must be a number of 0 or more.');
    }
    flag(p, `${path}.retroactive`, get(tier, 'retroactive'), 'Say whether the tier is retroactive.');
  });

  const cap = get(plan, 'capMultiple');
  if (cap !== undefined && (typeof cap !== 'number' || !Number.isFinite(cap) || cap <= 0)) {
    p.add('capMultiple', 'The cap must be more than zero times the target incentive.');
  }
  oneOf(p, 'basis', get(plan, 'basis'), PERIOD_BASES, 'Choose whether each period is paid on its own or year to date.');
  date(p, 'yearStart', get(plan, 'yearStart'), 'the first day of the plan year');
  return p.list;
}

/**
 * Problems with a booking. A negative amount is a clawback (a deal reversed after it was paid)
 * and is allowed; zero is not, since it records nothing.
 */
export function validateBooking(value: unknown): FieldProblem[] {
  const p = new Problems();
  const booking = recordOf(p, value, 'booking');
  if (!booking) return p.list;
  bookkeeping(p, booking);
  reference(p, 'ownerId', get(booking, 'ownerId'), 'The booking needs the rep who closed it.');
  moneyValue(p, 'amount', get(booking, 'amount'), 'the booking amount', 'non-zero');
  date(p, 'closedOn', get(booking, 'closedOn'), 'the day the deal closed');
  text(p, 'label', get(booking, 'label'), { name: 'the deal name', max: LIMITS.bookingLabel, required: 'Name the deal.' });
  return p.list;
}

/** Problems with a check-in. */
export function validateCheckIn(value: unknown): FieldProblem[] {
  const p = new Problems();
  const checkIn = recordOf(p, value, 'check-in');
  if (!checkIn) return p.list;
  bookkeeping(p, checkIn);
  reference(p, 'personId', get(checkIn, 'personId'), 'The check-in needs the rep it is about.');
  optionalReference(p, 'goalId', get(checkIn, 'goalId'), 'The goal reference must be text.');
  reference(p, 'authorId', get(checkIn, 'authorId'), 'The check-in needs an author.');
  const day = date(p, 'date', get(checkIn, 'date'), 'the day of the check-in');
  text(p, 'note', get(checkIn, 'note'), { name: 'the note', max: LIMITS.note, required: 'Write a short note about how it is going.' });

  const confidence = get(checkIn, 'confidence');
  if (!(Number.isInteger(confidence) && (confidence as number) >= 1 && (confidence as number) <= 5)) {
    p.add('confidence', 'Confidence must be a whole number from 1 to 5.');
  }
  text(p, 'blockers', get(checkIn, 'blockers'), { name: 'the blockers', max: LIMITS.blockers });
  const commitment = text(p, 'commitment', get(checkIn, 'commitment'), { name: 'the commitment', max: LIMITS.commitment });

  const dueOn = optionalDate(p, 'commitmentDueOn', get(checkIn, 'commitmentDueOn'), 'the commitment’s due date');
  const doneOn = optionalDate(p, 'commitmentDoneOn', get(checkIn, 'commitmentDoneOn'), 'the day the commitment was kept');
  if ((dueOn !== undefined || doneOn !== undefined) && commitment !== undefined && commitment.trim() === '') {
    p.add('commitment', 'Say what you will do to help, or clear its dates.');
  }
  if (day !== undefined && dueOn !== undefined && before(dueOn, day)) {
    p.add('commitmentDueOn', 'The commitment is due before the check-in took place.');
  }
  if (day !== undefined && doneOn !== undefined && before(doneOn, day)) {
    p.add('commitmentDoneOn', 'The commitment was kept before the check-in took place.');
  }

  const next = date(p, 'nextDueOn', get(checkIn, 'nextDueOn'), 'the day of the next check-in');
  if (day !== undefined && next !== undefined && before(next, day)) {
    p.add('nextDueOn', 'The next check-in is before this one.');
  }

  const acknowledgedOn = optionalDate(p, 'acknowledgedOn', get(checkIn, 'acknowledgedOn'), 'the day it was acknowledged');
  const acknowledgedBy = optionalReference(p, 'acknowledgedBy', get(checkIn, 'acknowledgedBy'), 'Say who acknowledged the check-in.');
  if (day !== undefined && acknowledgedOn !== undefined && before(acknowledgedOn, day)) {
    p.add('acknowledgedOn', 'The check-in was acknowledged before it took place.');
  }
  if (acknowledgedOn !== undefined && get(checkIn, 'acknowledgedBy') === undefined) {
    p.add('acknowledgedBy', 'Say who acknowledged the check-in.');
  }
  if (acknowledgedBy !== undefined && get(checkIn, 'acknowledgedOn') === undefined) {
    p.add('acknowledgedOn', 'Give the day the check-in was acknowledged.');
  }
  return p.list;
}

/** Problems with a recognition post. */
export function validateRecognition(value: unknown): FieldProblem[] {
  const p = new Problems();
  const post = recordOf(p, value, 'recognition');
  if (!post) return p.list;
  bookkeeping(p, post);
  const fromId = reference(p, 'fromId', get(post, 'fromId'), 'The post needs a sender.');

  const recipients = listOf(
    p, 'toIds', get(post, 'toIds'), LIMITS.recipients,
    'Choose at least one person to recognise.',
    `Recognise at most ${LIMITS.recipients} people in one post.`,
  );
  const toIds: string[] = [];
  if (recipients) {
    if (recipients.length === 0) p.add('toIds', 'Choose at least one person to recognise.');
    recipients.forEach((item, index) => {
      const id = reference(p, `toIds.${index}`, item, 'Each person recognised must be chosen from the list.');
      if (id === undefined) return;
      if (toIds.includes(id)) p.add(`toIds.${index}`, 'The same person is listed twice.');
      else toIds.push(id);
    });
    // Goalpost's own celebrations are posted in the rep's name, about the rep.
    if (fromId !== undefined && toIds.length > 0 && toIds.every((id) => id === fromId) && get(post, 'automatic') !== true) {
      p.add('toIds', 'Recognise someone other than yourself.');
    }
  }

  reference(p, 'teamId', get(post, 'teamId'), 'The post needs the team whose feed carries it.');
  const kind = oneOf(p, 'kind', get(post, 'kind'), RECOGNITION_KINDS, 'Choose what kind of recognition this is.');
  text(p, 'message', get(post, 'message'), { name: 'the message', max: LIMITS.message, required: 'Write a message.' });

  const link = get(post, 'link');
  if (link !== undefined && !(typeof link === 'string' && isSafeLink(link))) {
    p.add('link', 'Links must start with http:// or https://.');
  }

  const values = listOf(
    p, 'values', get(post, 'values'), LIMITS.values,
    'Value tags must be a list (it may be empty).',
    `Use at most ${LIMITS.values} value tags.`,
  );
  const tags = new Set<string>();
  values?.forEach((tag, index) => {
    const ok = text(p, `values.${index}`, tag, { name: 'a value tag', max: LIMITS.valueTag, required: 'A value tag can’t be empty.' });
    if (ok === undefined) return;
    const key = ok.trim().toLowerCase();
    if (tags.has(key)) p.add(`values.${index}`, `“${quote(ok.trim())}” is tagged twice.`);
    tags.add(key);
  });

  oneOf(p, 'audience', get(post, 'audience'), AUDIENCES, 'Choose whether the team or only the people involved see this.');
  dateTime(p, 'postedAt', get(post, 'postedAt'), 'the time it was posted');

  const reactions = get(post, 'reactions');
  if (!isBag(reactions)) {
    p.add('reactions', 'Reactions must be a map from emoji to people.');
  } else {
    // Object.keys is bounded by what JSON could carry; a cyclic reaction list is never walked.
    for (const emoji of Object.keys(reactions).slice(0, 100)) {
      const path = `reactions.${emoji}`;
      if (emoji.trim() === '' || emoji.length > LIMITS.reactionKey) p.add(path, 'A reaction must be a single emoji.');
      const people = listOf(p, path, reactions[emoji], LIMITS.reactors, 'A reaction must list who reacted.', 'Too many people reacted to count.');
      people?.forEach((id, index) => reference(p, `${path}.${index}`, id, 'Each reaction must name who reacted.'));
    }
  }

  const consent = get(post, 'consent');
  if (kind === 'coaching-example' && consent === undefined) {
    p.add('consent', 'A coaching example needs the featured rep’s consent before the team sees it.');
  } else if (kind !== undefined && kind !== 'coaching-example' && consent !== undefined) {
    p.add('consent', 'Only a coaching example asks for consent.');
  } else if (consent !== undefined) {
    if (!isBag(consent)) {
      p.add('consent', 'The consent must say whose it is and whether it was given.');
    } else {
      const featured = reference(p, 'consent.personId', get(consent, 'personId'), 'Say whose consent this is.');
      if (featured !== undefined && toIds.length > 0 && !toIds.includes(featured)) {
        p.add('consent.personId', 'The featured rep must be one of the people recognised.');
      }
      oneOf(p, 'consent.status', get(consent, 'status'), CONSENT_STATUSES, 'Consent must be pending, granted or declined.');
      optionalDateTime(p, 'consent.decidedAt', get(consent, 'decidedAt'), 'the time of the decision');
    }
  }

  const automatic = get(post, 'automatic');
  if (automatic !== undefined) flag(p, 'automatic', automatic, 'Say whether Goalpost made this post by itself.');
  return p.list;
}

/** Problems with a motivation profile. */
export function validateProfile(value: unknown): FieldProblem[] {
  const p = new Problems();
  const profile = recordOf(p, value, 'motivation profile');
  if (!profile) return p.list;
  bookkeeping(p, profile);
  reference(p, 'ownerId', get(profile, 'ownerId'), 'The profile needs its owner.');
  const drivers = get(profile, 'drivers');
  if (!isBag(drivers)) {
    p.add('drivers', 'Weigh each of the drivers from 0 to 100.');
  } else {
    for (const driver of DRIVERS) {
      const weight = get(drivers, driver);
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100) {
        p.add(`drivers.${driver}`, 'Each driver’s weight must be between 0 and 100.');
      }
    }
    for (const key of Object.keys(drivers).slice(0, 20)) {
      if (!(DRIVERS as readonly string[]).includes(key)) p.add(`drivers.${key}`, `“${quote(key)}” is not a driver we know.`);
    }
  }
  oneOf(p, 'recognitionPreference', get(profile, 'recognitionPreference'), RECOGNITION_PREFERENCES, 'Choose how you like to be recognised: in public, in private, or not at all.');
  oneOf(p, 'leaderboard', get(profile, 'leaderboard'), LEADERBOARD_PRESENCES, 'Choose whether leaderboards show your name, show you anonymously, or leave you out.');
  flag(p, 'autoCelebrate', get(profile, 'autoCelebrate'), 'Say whether to celebrate your milestones automatically.');
  text(p, 'coachingNote', get(profile, 'coachingNote'), { name: 'the coaching note', max: LIMITS.coachingNote });
  return p.list;
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** Problems with a person. */
export function validatePerson(value: unknown): FieldProblem[] {
  const p = new Problems();
  const person = recordOf(p, value, 'person');
  if (!person) return p.list;
  bookkeeping(p, person);
  text(p, 'name', get(person, 'name'), { name: 'the name', max: LIMITS.name, required: 'Enter the person’s name.' });
  const avatarUrl = get(person, 'avatarUrl');
  if (avatarUrl !== undefined && !(typeof avatarUrl === 'string' && isSafeLink(avatarUrl))) {
    p.add('avatarUrl', 'The picture must be an http:// or https:// link.');
  }
  oneOf(p, 'role', get(person, 'role'), ROLES, 'Choose whether this person is a rep, a manager or a leader.');
  const managerId = optionalReference(p, 'managerId', get(person, 'managerId'), 'The manager must be chosen from the list.');
  if (managerId !== undefined && managerId === get(person, 'id')) p.add('managerId', 'A person can’t be their own manager.');
  reference(p, 'teamId', get(person, 'teamId'), 'Choose the person’s team.');
  const locale = get(person, 'locale');
  if (locale !== undefined && !(typeof locale === 'string' && isLanguageTag(locale))) {
    p.add('locale', typeof locale === 'string' ? `“${quote(locale)}” is not a language we know.` : 'The language must be a tag such as en-US.');
  }
  optionalText(p, 'title', get(person, 'title'), { name: 'the job title', max: LIMITS.personTitle });
  return p.list;
}

const VALIDATORS: Record<CollectionName, (value: unknown) => FieldProblem[]> = {
  people: validatePerson,
  goals: validateGoal,
  plans: validatePlan,
  bookings: validateBooking,
  checkins: validateCheckIn,
  recognitions: validateRecognition,
  profiles: validateProfile,
};

/**
 * Every problem with `record` as a record of `collection`; empty when it is valid. Never throws,
 * whatever it is given.
 */
export function validateRecord<C extends CollectionName>(collection: C, record: unknown): FieldProblem[] {
  try {
    const validator = typeof collection === 'string' && Object.prototype.hasOwnProperty.call(VALIDATORS, collection)
      ? VALIDATORS[collection]
      : undefined;
    if (!validator) {
      const named = typeof collection === 'string' ? `“${quote(collection)}”` : 'That';
      return [{ field: '', message: `${named} is not a kind of record Goalpost keeps.` }];
    }
    return validator(record);
  } catch {
    // Only a hostile value (a throwing getter or proxy) gets here; it is still just invalid.
    return [{ field: '', message: 'This record could not be read.' }];
  }
}

/** Throws a `ValidationError` carrying every problem, unless `record` is a valid `collection` record. */
export function assertValid<C extends CollectionName>(collection: C, record: unknown): asserts record is Draft<Collections[C]> {
  const problems = validateRecord(collection, record);
  if (problems.length > 0) {
    const noun = typeof collection === 'string' && Object.prototype.hasOwnProperty.call(RECORD_NOUNS, collection)
      ? RECORD_NOUNS[collection]
      : 'record';
    throw new ValidationError(problems, noun);
  }
}
