/**
 * Validation of every record written, phrased for the rep who typed it.
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
 * - Each problem carries a `code` and `params` (see `src/i18n/en/problems.ts`); its English
 *   `message` is made from the same catalog the elements translate, so the words ship once.
 * - Reads check only a stored record's shape (`shape.ts`, which accepts everything this does),
 *   so this module and its wording load with a page's first write, not with the page.
 */
import { isSafeLink } from './links.js';
import { isIsoDate } from './dates.js';
import { ValidationError, describeProblem } from './errors.js';
import type { FieldProblem, ProblemParams } from './errors.js';
import { isKnownCurrency } from './money.js';
import {
  AUDIENCES, CONSENT_STATUSES, LEADERBOARD_PRESENCES, LIMITS, PERIOD_BASES, PLAN_PERIODS, RECOGNITION_PREFERENCES, RECORD_NOUNS, ROLES,
  isBag, isIsoDateTime, isLanguageTag, minorUnitsProblem,
} from './shape.js';
import type { Sign } from './shape.js';
import { CADENCES, DRIVERS, GOAL_CATEGORIES, GOAL_STATUSES, RECOGNITION_KINDS, VISIBILITIES } from './types.js';
import type { CollectionName, Collections, CurrencyCode, Draft, IsoDate, Money } from './types.js';
import { fieldNames, problemMessages } from '../i18n/en/problems.js';
import type { FieldName, ProblemCode } from '../i18n/en/problems.js';

export type { FieldName, ProblemCode };
// Limits and instants are shared with the read path's shape check, which must not load this module.
export { LIMITS, isIsoDateTime };

type Bag = Readonly<Record<string, unknown>>;

/** English words for a catalog key (`field.title`, `problem.tooLong`) from the catalog the elements translate. */
function english(key: string, params?: ProblemParams): string | undefined {
  const [kind, name] = key.split('.') as [string, string];
  const words = ((kind === 'field' ? fieldNames : problemMessages) as Record<string, unknown>)[name] as string | ((params?: ProblemParams) => string) | undefined;
  return typeof words === 'function' ? words(params) : words;
}

/** A problem with its code, its parameters and its English message. */
function problem(field: string, code: ProblemCode, params?: ProblemParams): FieldProblem {
  const found: FieldProblem = params ? { field, code, params, message: '' } : { field, code, message: '' };
  found.message = describeProblem(found, english)!;
  return found;
}

/** The problems found so far. Helpers add to it and hand back the value when it is usable. */
class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, code: ProblemCode, params?: ProblemParams): void {
    this.list.push(problem(field, code, params));
  }
}

/** Parameters naming a field, or none. */
function named(name: FieldName | undefined): ProblemParams | undefined {
  return name && { name };
}

/** Own properties only: a prototype (polluted or a class's) is never read as data. */
function get(record: Bag, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A value echoed back inside a message: short, printable, never the whole of a giant string. */
function quote(value: string): ProblemParams {
  // eslint-disable-next-line no-control-regex
  const printable = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return { value: printable.length > 24 ? `${printable.slice(0, 24)}…` : printable };
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

/**
 * Text that must be present (and, when `required` is given, not blank). `name` is how a person
 * names the field; `required` the problem when it is empty, absent for text that may be.
 */
function text(p: Problems, path: string, value: unknown, name: FieldName, max: number, required?: ProblemCode): string | undefined {
  if (typeof value !== 'string' || (required && value.trim() === '')) {
    p.add(path, required ?? 'notText', named(required ? undefined : name));
    return undefined;
  }
  if (tooLong(value, max)) {
    p.add(path, 'tooLong', { name, max });
    return undefined;
  }
  return value;
}

/** A reference to another record; `missing` (with `name`) when it is absent or not text. */
function reference(p: Problems, path: string, value: unknown, missing: ProblemCode, name?: FieldName): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    p.add(path, missing, named(name));
    return undefined;
  }
  if (value.length > LIMITS.id) {
    p.add(path, 'idTooLong', { max: LIMITS.id });
    return undefined;
  }
  return value;
}

/** A calendar date. */
function date(p: Problems, path: string, value: unknown, name: FieldName): IsoDate | undefined {
  if (isIsoDate(value)) return value;
  if (value === undefined || value === null || value === '') p.add(path, 'missing', { name });
  else if (typeof value === 'string') p.add(path, 'badDate', quote(value));
  else p.add(path, 'notDate', { name });
  return undefined;
}

/** An instant as milliseconds, or undefined with a problem added. */
function dateTime(p: Problems, path: string, value: unknown, name: FieldName): number | undefined {
  if (isIsoDateTime(value)) return Date.parse(value);
  p.add(path, value === undefined ? 'missing' : 'notDateTime', { name });
  return undefined;
}

/** `check(p, path, value, name)` when `value` is present. */
function optional<T, A extends unknown[]>(check: (p: Problems, path: string, value: unknown, ...rest: A) => T, p: Problems, path: string, value: unknown, ...rest: A): T | undefined {
  return value === undefined ? undefined : check(p, path, value, ...rest);
}

function oneOf<T extends string>(p: Problems, path: string, value: unknown, options: readonly T[], code: ProblemCode): T | undefined {
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  p.add(path, code);
  return undefined;
}

function flag(p: Problems, path: string, value: unknown, code: ProblemCode): boolean | undefined {
  if (typeof value === 'boolean') return value;
  p.add(path, code);
  return undefined;
}

/** A currency code, with the message the brief asks for when it is unknown. */
function currency(p: Problems, path: string, value: unknown, name: FieldName): CurrencyCode | undefined {
  if (isKnownCurrency(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') p.add(path, 'badCurrency', quote(value));
  else p.add(path, 'noCurrency', { name });
  return undefined;
}

/** A whole number of minor units; `sign` says which amounts make sense. */
function minorUnits(p: Problems, path: string, value: unknown, name: FieldName, sign: Sign): number | undefined {
  const code = minorUnitsProblem(value, sign);
  if (code) p.add(path, code, { name });
  return code ? undefined : (value as number);
}

/** Money, or undefined with its problems added. */
function moneyValue(p: Problems, path: string, value: unknown, name: FieldName, sign: Sign): Money | undefined {
  if (!isBag(value)) {
    p.add(path, 'notMoney', { name });
    return undefined;
  }
  const amount = minorUnits(p, `${path}.amount`, get(value, 'amount'), name, sign);
  const code = currency(p, `${path}.currency`, get(value, 'currency'), name);
  return amount === undefined || code === undefined ? undefined : { amount, currency: code };
}

/** The record itself, or undefined with one problem when it is not an object at all. */
function recordOf(p: Problems, value: unknown, collection: CollectionName): Bag | undefined {
  if (isBag(value)) {
    bookkeeping(p, value);
    return value;
  }
  p.add('', 'notRecord', { name: RECORD_NOUNS[collection] });
  return undefined;
}

/** `id`, `createdAt`, `updatedAt`, `version`: optional on a draft, checked when present. */
function bookkeeping(p: Problems, record: Bag): void {
  optional(reference, p, 'id', get(record, 'id'), 'notText', 'recordId');
  const created = optional(dateTime, p, 'createdAt', get(record, 'createdAt'), 'creationTime');
  const updated = optional(dateTime, p, 'updatedAt', get(record, 'updatedAt'), 'lastChange');
  if (created !== undefined && updated !== undefined && updated < created) p.add('updatedAt', 'changedBeforeCreated');
  const version = get(record, 'version');
  // 0 is allowed on a draft: like a write's expected version, it says "this record is new".
  if (version !== undefined && !(Number.isSafeInteger(version) && (version as number) >= 0)) p.add('version', 'version');
}

/**
 * The items of a list up to `max`; a longer list gets one problem and its tail is not read.
 * Reading by index keeps sparse and enormous arrays cheap.
 */
function listOf(p: Problems, path: string, value: unknown, max: number, notList: ProblemCode, tooMany: ProblemCode, name?: FieldName): unknown[] | undefined {
  if (!Array.isArray(value)) {
    p.add(path, notList, named(name));
    return undefined;
  }
  if (value.length > max) p.add(path, tooMany, { max });
  const items: unknown[] = [];
  const count = Math.min(value.length, max);
  for (let i = 0; i < count; i += 1) items.push(value[i]);
  return items;
}

/** Adds `code` at `path` when both dates are known and `a` is before `b` (YYYY-MM-DD compares as text). */
function notBefore(p: Problems, path: string, a: IsoDate | undefined, b: IsoDate | undefined, code: ProblemCode): void {
  if (a !== undefined && b !== undefined && a < b) p.add(path, code);
}

// ---------------------------------------------------------------------------------------------
// Links: `isSafeLink` lives in links.ts so that rendering a link does not load validation.

export { isSafeLink } from './links.js';

// ---------------------------------------------------------------------------------------------
// Entities

/** Problems with a personal goal (a draft or a stored one). */
export function validateGoal(value: unknown): FieldProblem[] {
  const p = new Problems();
  const goal = recordOf(p, value, 'goals');
  if (!goal) return p.list;
  reference(p, 'ownerId', get(goal, 'ownerId'), 'goalOwner');
  text(p, 'title', get(goal, 'title'), 'title', LIMITS.title, 'goalTitle');
  text(p, 'why', get(goal, 'why'), 'why', LIMITS.why, 'goalWhy');
  oneOf(p, 'category', get(goal, 'category'), GOAL_CATEGORIES, 'goalCategory');

  const target = optional(moneyValue, p, 'target', get(goal, 'target'), 'targetAmount', 'positive');
  const targetDate = optional(date, p, 'targetDate', get(goal, 'targetDate'), 'targetDate');
  notBefore(p, 'targetDate', targetDate, date(p, 'writtenOn', get(goal, 'writtenOn'), 'writtenOn'), 'targetBeforeWritten');

  const share = get(goal, 'fundingShare');
  if (typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share > 1) p.add('fundingShare', 'fundingShare');

  const saved = optional(moneyValue, p, 'saved', get(goal, 'saved'), 'saved', 'non-negative');
  if (saved && target && saved.currency !== target.currency) {
    p.add('saved.currency', 'currencyMismatch', { name: 'saved', other: 'target', currency: target.currency });
  }

  const milestones = listOf(p, 'milestones', get(goal, 'milestones'), LIMITS.milestones, 'notList', 'tooManyMilestones', 'milestones');
  const seen = new Set<string>();
  milestones?.forEach((item, index) => {
    const path = `milestones.${index}`;
    if (!isBag(item)) {
      p.add(path, 'milestoneDetails');
      return;
    }
    const id = reference(p, `${path}.id`, get(item, 'id'), 'milestoneId');
    if (id !== undefined) {
      if (seen.has(id)) p.add(`${path}.id`, 'milestoneIdTwice');
      seen.add(id);
    }
    text(p, `${path}.title`, get(item, 'title'), 'milestoneTitle', LIMITS.title, 'milestoneTitle');
    const amount = optional(moneyValue, p, `${path}.amount`, get(item, 'amount'), 'milestoneAmount', 'positive');
    const goalCurrency = (target ?? saved)?.currency;
    if (amount && goalCurrency !== undefined && amount.currency !== goalCurrency) {
      p.add(`${path}.amount.currency`, 'currencyMismatch', { name: 'milestoneAmount', other: 'goal', currency: goalCurrency });
    } else if (amount && target && amount.amount > target.amount) {
      p.add(`${path}.amount.amount`, 'milestoneOverTarget');
    }
    optional(date, p, `${path}.dueOn`, get(item, 'dueOn'), 'milestoneDueOn');
    optional(date, p, `${path}.doneOn`, get(item, 'doneOn'), 'milestoneDoneOn');
  });

  oneOf(p, 'status', get(goal, 'status'), GOAL_STATUSES, 'goalStatus');
  oneOf(p, 'visibility', get(goal, 'visibility'), VISIBILITIES, 'goalVisibility');
  oneOf(p, 'cadence', get(goal, 'cadence'), CADENCES, 'goalCadence');
  return p.list;
}

/** Problems with a compensation plan. */
export function validatePlan(value: unknown): FieldProblem[] {
  const p = new Problems();
  const plan = recordOf(p, value, 'plans');
  if (!plan) return p.list;
  reference(p, 'ownerId', get(plan, 'ownerId'), 'planOwner');
  text(p, 'name', get(plan, 'name'), 'planName', LIMITS.planName, 'planName');
  currency(p, 'currency', get(plan, 'currency'), 'plan');
  oneOf(p, 'period', get(plan, 'period'), PLAN_PERIODS, 'planPeriod');
  minorUnits(p, 'quota', get(plan, 'quota'), 'quota', 'positive');
  minorUnits(p, 'targetIncentive', get(plan, 'targetIncentive'), 'targetIncentive', 'non-negative');

  const tiers = listOf(p, 'tiers', get(plan, 'tiers'), LIMITS.tiers, 'noTiers', 'tooManyTiers');
  if (tiers && tiers.length === 0) p.add('tiers', 'noTiers');
  let previousFrom: number | undefined;
  tiers?.forEach((tier, index) => {
    const path = `tiers.${index}`;
    if (!isBag(tier)) {
      p.add(path, 'tierDetails');
      previousFrom = undefined;
      return;
    }
    const from = get(tier, 'from');
    if (typeof from !== 'number' || !Number.isFinite(from) || from < 0) {
      p.add(`${path}.from`, 'tierFrom');
      previousFrom = undefined;
    } else {
      if (index === 0 && from !== 0) p.add(`${path}.from`, 'firstTier');
      if (index > 0 && previousFrom !== undefined && from <= previousFrom) p.add(`${path}.from`, 'tierOrder');
      previousFrom = from;
    }
    const multiplier = get(tier, 'multiplier');
    if (typeof multiplier !== 'number' || !Number.isFinite(multiplier) || multiplier < 0) p.add(`${path}.multiplier`, 'tierMultiplier');
    flag(p, `${path}.retroactive`, get(tier, 'retroactive'), 'tierRetroactive');
  });

  const cap = get(plan, 'capMultiple');
  if (cap !== undefined && (typeof cap !== 'number' || !Number.isFinite(cap) || cap <= 0)) p.add('capMultiple', 'cap');
  oneOf(p, 'basis', get(plan, 'basis'), PERIOD_BASES, 'basis');
  date(p, 'yearStart', get(plan, 'yearStart'), 'yearStart');
  return p.list;
}

/**
 * Problems with a booking. A negative amount is a clawback (a deal reversed after it was paid)
 * and is allowed; zero is not, since it records nothing.
 */
export function validateBooking(value: unknown): FieldProblem[] {
  const p = new Problems();
  const booking = recordOf(p, value, 'bookings');
  if (!booking) return p.list;
  reference(p, 'ownerId', get(booking, 'ownerId'), 'bookingOwner');
  moneyValue(p, 'amount', get(booking, 'amount'), 'bookingAmount', 'non-zero');
  date(p, 'closedOn', get(booking, 'closedOn'), 'closedOn');
  text(p, 'label', get(booking, 'label'), 'dealName', LIMITS.bookingLabel, 'dealName');
  return p.list;
}

/** Problems with a check-in. */
export function validateCheckIn(value: unknown): FieldProblem[] {
  const p = new Problems();
  const checkIn = recordOf(p, value, 'checkins');
  if (!checkIn) return p.list;
  reference(p, 'personId', get(checkIn, 'personId'), 'checkInPerson');
  optional(reference, p, 'goalId', get(checkIn, 'goalId'), 'notText', 'goalReference');
  reference(p, 'authorId', get(checkIn, 'authorId'), 'checkInAuthor');
  const day = date(p, 'date', get(checkIn, 'date'), 'checkInDate');
  text(p, 'note', get(checkIn, 'note'), 'note', LIMITS.note, 'note');

  const confidence = get(checkIn, 'confidence');
  if (!(Number.isInteger(confidence) && (confidence as number) >= 1 && (confidence as number) <= 5)) p.add('confidence', 'confidence');
  text(p, 'blockers', get(checkIn, 'blockers'), 'blockers', LIMITS.blockers);
  const commitment = text(p, 'commitment', get(checkIn, 'commitment'), 'commitment', LIMITS.commitment);

  const dueOn = optional(date, p, 'commitmentDueOn', get(checkIn, 'commitmentDueOn'), 'commitmentDueOn');
  const doneOn = optional(date, p, 'commitmentDoneOn', get(checkIn, 'commitmentDoneOn'), 'commitmentDoneOn');
  if ((dueOn !== undefined || doneOn !== undefined) && commitment !== undefined && commitment.trim() === '') p.add('commitment', 'commitmentEmpty');
  notBefore(p, 'commitmentDueOn', dueOn, day, 'commitmentDueBefore');
  notBefore(p, 'commitmentDoneOn', doneOn, day, 'commitmentDoneBefore');
  notBefore(p, 'nextDueOn', date(p, 'nextDueOn', get(checkIn, 'nextDueOn'), 'nextDueOn'), day, 'nextBefore');

  const acknowledgedOn = optional(date, p, 'acknowledgedOn', get(checkIn, 'acknowledgedOn'), 'acknowledgedOn');
  const acknowledgedBy = optional(reference, p, 'acknowledgedBy', get(checkIn, 'acknowledgedBy'), 'acknowledgedBy');
  notBefore(p, 'acknowledgedOn', acknowledgedOn, day, 'acknowledgedBefore');
  if (acknowledgedOn !== undefined && get(checkIn, 'acknowledgedBy') === undefined) p.add('acknowledgedBy', 'acknowledgedBy');
  if (acknowledgedBy !== undefined && get(checkIn, 'acknowledgedOn') === undefined) p.add('acknowledgedOn', 'missing', { name: 'checkInAcknowledged' });
  return p.list;
}

/** Problems with a recognition post. */
export function validateRecognition(value: unknown): FieldProblem[] {
  const p = new Problems();
  const post = recordOf(p, value, 'recognitions');
  if (!post) return p.list;
  const fromId = reference(p, 'fromId', get(post, 'fromId'), 'sender');

  const recipients = listOf(p, 'toIds', get(post, 'toIds'), LIMITS.recipients, 'noRecipients', 'tooManyRecipients');
  const toIds: string[] = [];
  if (recipients) {
    if (recipients.length === 0) p.add('toIds', 'noRecipients');
    recipients.forEach((item, index) => {
      const id = reference(p, `toIds.${index}`, item, 'recipient');
      if (id === undefined) return;
      if (toIds.includes(id)) p.add(`toIds.${index}`, 'recipientTwice');
      else toIds.push(id);
    });
    // Goalpost's own celebrations are posted in the rep's name, about the rep.
    if (fromId !== undefined && toIds.length > 0 && toIds.every((id) => id === fromId) && get(post, 'automatic') !== true) {
      p.add('toIds', 'notYourself');
    }
  }

  reference(p, 'teamId', get(post, 'teamId'), 'postTeam');
  const kind = oneOf(p, 'kind', get(post, 'kind'), RECOGNITION_KINDS, 'kind');
  text(p, 'message', get(post, 'message'), 'message', LIMITS.message, 'message');

  const link = get(post, 'link');
  if (link !== undefined && !(typeof link === 'string' && isSafeLink(link))) p.add('link', 'link');

  const values = listOf(p, 'values', get(post, 'values'), LIMITS.values, 'notList', 'tooManyValues', 'valueTags');
  const tags = new Set<string>();
  values?.forEach((tag, index) => {
    const ok = text(p, `values.${index}`, tag, 'valueTag', LIMITS.valueTag, 'emptyTag');
    if (ok === undefined) return;
    const key = ok.trim().toLowerCase();
    if (tags.has(key)) p.add(`values.${index}`, 'taggedTwice', quote(ok.trim()));
    tags.add(key);
  });

  oneOf(p, 'audience', get(post, 'audience'), AUDIENCES, 'audience');
  dateTime(p, 'postedAt', get(post, 'postedAt'), 'postedAt');

  const reactions = get(post, 'reactions');
  if (!isBag(reactions)) {
    p.add('reactions', 'reactions');
  } else {
    // Object.keys is bounded by what JSON could carry; a cyclic reaction list is never walked.
    for (const emoji of Object.keys(reactions).slice(0, 100)) {
      const path = `reactions.${emoji}`;
      if (emoji.trim() === '' || emoji.length > LIMITS.reactionKey) p.add(path, 'reactionEmoji');
      const people = listOf(p, path, reactions[emoji], LIMITS.reactors, 'reactionList', 'tooManyReactors');
      people?.forEach((id, index) => reference(p, `${path}.${index}`, id, 'reactor'));
    }
  }

  const consent = get(post, 'consent');
  if (kind === 'coaching-example' && consent === undefined) {
    p.add('consent', 'consentNeeded');
  } else if (kind !== undefined && kind !== 'coaching-example' && consent !== undefined) {
    p.add('consent', 'consentNotAsked');
  } else if (consent !== undefined) {
    if (!isBag(consent)) {
      p.add('consent', 'consentShape');
    } else {
      const featured = reference(p, 'consent.personId', get(consent, 'personId'), 'consentPerson');
      if (featured !== undefined && toIds.length > 0 && !toIds.includes(featured)) p.add('consent.personId', 'consentFeatured');
      oneOf(p, 'consent.status', get(consent, 'status'), CONSENT_STATUSES, 'consentStatus');
      optional(dateTime, p, 'consent.decidedAt', get(consent, 'decidedAt'), 'decidedAt');
    }
  }

  optional(flag, p, 'automatic', get(post, 'automatic'), 'automatic');
  return p.list;
}

/** Problems with a motivation profile. */
export function validateProfile(value: unknown): FieldProblem[] {
  const p = new Problems();
  const profile = recordOf(p, value, 'profiles');
  if (!profile) return p.list;
  reference(p, 'ownerId', get(profile, 'ownerId'), 'profileOwner');
  const drivers = get(profile, 'drivers');
  if (!isBag(drivers)) {
    p.add('drivers', 'drivers');
  } else {
    for (const driver of DRIVERS) {
      const weight = get(drivers, driver);
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100) p.add(`drivers.${driver}`, 'driverWeight');
    }
    for (const key of Object.keys(drivers).slice(0, 20)) {
      if (!(DRIVERS as readonly string[]).includes(key)) p.add(`drivers.${key}`, 'badDriver', quote(key));
    }
  }
  oneOf(p, 'recognitionPreference', get(profile, 'recognitionPreference'), RECOGNITION_PREFERENCES, 'recognitionPreference');
  oneOf(p, 'leaderboard', get(profile, 'leaderboard'), LEADERBOARD_PRESENCES, 'leaderboard');
  flag(p, 'autoCelebrate', get(profile, 'autoCelebrate'), 'autoCelebrate');
  text(p, 'coachingNote', get(profile, 'coachingNote'), 'coachingNote', LIMITS.coachingNote);
  return p.list;
}

/** Problems with a person. */
export function validatePerson(value: unknown): FieldProblem[] {
  const p = new Problems();
  const person = recordOf(p, value, 'people');
  if (!person) return p.list;
  text(p, 'name', get(person, 'name'), 'name', LIMITS.name, 'personName');
  const avatarUrl = get(person, 'avatarUrl');
  if (avatarUrl !== undefined && !(typeof avatarUrl === 'string' && isSafeLink(avatarUrl))) p.add('avatarUrl', 'avatar');
  oneOf(p, 'role', get(person, 'role'), ROLES, 'role');
  const managerId = optional(reference, p, 'managerId', get(person, 'managerId'), 'manager');
  if (managerId !== undefined && managerId === get(person, 'id')) p.add('managerId', 'ownManager');
  reference(p, 'teamId', get(person, 'teamId'), 'personTeam');
  const locale = get(person, 'locale');
  if (locale !== undefined && !(typeof locale === 'string' && isLanguageTag(locale))) {
    if (typeof locale === 'string') p.add('locale', 'badLanguage', quote(locale));
    else p.add('locale', 'languageTag');
  }
  optional(text, p, 'title', get(person, 'title'), 'jobTitle', LIMITS.personTitle);
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

/** Whether `collection` is one Goalpost keeps (never a prototype's key). */
function known(collection: unknown): collection is CollectionName {
  return typeof collection === 'string' && Object.prototype.hasOwnProperty.call(VALIDATORS, collection);
}

/**
 * Every problem with `record` as a record of `collection`; empty when it is valid. Never throws,
 * whatever it is given.
 */
export function validateRecord<C extends CollectionName>(collection: C, record: unknown): FieldProblem[] {
  try {
    if (!known(collection)) return [problem('', 'unknownCollection', typeof collection === 'string' ? quote(collection) : undefined)];
    return VALIDATORS[collection](record);
  } catch {
    // Only a hostile value (a throwing getter or proxy) gets here; it is still just invalid.
    return [problem('', 'unreadable')];
  }
}

/** Throws a `ValidationError` carrying every problem, unless `record` is a valid `collection` record. */
export function assertValid<C extends CollectionName>(collection: C, record: unknown): asserts record is Draft<Collections[C]> {
  const problems = validateRecord(collection, record);
  // "a goal" → "goal": the error says "The goal has a problem".
  if (problems.length > 0) throw new ValidationError(problems, known(collection) ? english(`field.${RECORD_NOUNS[collection]}`)!.slice(2) : 'record');
}

