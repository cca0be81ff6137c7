/**
 * What validation says is wrong with a record, in English.
 *
 * `src/core/validation.ts` reports each problem as a code and parameters and takes its English
 * message from here, so these words exist once in a page and every language can say the same. In
 * the catalogs `problem.<code>` is the message and `field.<key>` the name of a field, which
 * messages about any field are given as `name` (and `other`). Values a person typed arrive as
 * `value`, quoted and already cut short; limits as numbers. Validation reads the two maps without
 * their prefixes, which keeps those out of every page.
 *
 * Elements show `message` itself where a language has no words for a code, so a page needs no
 * English catalog of its own for these.
 */

/** "the title" → "The title": a field name that starts the sentence. */
const up = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Named = { name: string };
type Quoted = { value: string };
type Most = { max: number };

/** How a person names each field a problem can name, lower case with its article. */
export const fieldNames = {
  recordId: 'the record id',
  goalReference: 'the goal reference',
  creationTime: 'the creation time',
  lastChange: 'the time of the last change',
  aPerson: 'a person',
  aGoal: 'a goal',
  aPlan: 'a plan',
  aBooking: 'a booking',
  aCheckIn: 'a check-in',
  aRecognition: 'a recognition',
  aProfile: 'a motivation profile',
  title: 'the title',
  why: 'why it matters',
  targetAmount: 'the target amount',
  targetDate: 'the target date',
  writtenOn: 'the day you wrote the goal',
  saved: 'the amount saved',
  target: 'the target',
  goal: 'the goal',
  milestones: 'milestones',
  milestoneTitle: 'the milestone title',
  milestoneAmount: 'the milestone amount',
  milestoneDueOn: 'the milestone’s due date',
  milestoneDoneOn: 'the day the milestone was done',
  planName: 'the plan name',
  plan: 'the plan',
  quota: 'the quota',
  targetIncentive: 'the target incentive',
  yearStart: 'the first day of the plan year',
  bookingAmount: 'the booking amount',
  closedOn: 'the day the deal closed',
  dealName: 'the deal name',
  checkInDate: 'the day of the check-in',
  note: 'the note',
  blockers: 'the blockers',
  commitment: 'the commitment',
  commitmentDueOn: 'the commitment’s due date',
  commitmentDoneOn: 'the day the commitment was kept',
  nextDueOn: 'the day of the next check-in',
  acknowledgedOn: 'the day it was acknowledged',
  checkInAcknowledged: 'the day the check-in was acknowledged',
  message: 'the message',
  valueTags: 'value tags',
  valueTag: 'a value tag',
  postedAt: 'the time it was posted',
  decidedAt: 'the time of the decision',
  coachingNote: 'the coaching note',
  name: 'the name',
  jobTitle: 'the job title',
} as const;

/** What is wrong, by code. */
export const problemMessages = {
  // Any field, by name.
  notText: (p: Named) => `${up(p.name)} must be text.`,
  tooLong: (p: Named & Most) => `Keep ${p.name} to ${p.max} characters or fewer.`,
  idTooLong: (p: Most) => `That id is longer than ${p.max} characters.`,
  missing: (p: Named) => `Give ${p.name}.`,
  badDate: (p: Quoted) => `“${p.value}” is not a real date.`,
  notDate: (p: Named) => `${up(p.name)} must be a date.`,
  notDateTime: (p: Named) => `${up(p.name)} must be a date and time.`,
  badCurrency: (p: Quoted) => `“${p.value}” is not a currency we know.`,
  noCurrency: (p: Named) => `Choose a currency for ${p.name}.`,
  notNumber: (p: Named) => `${up(p.name)} must be a number.`,
  tooLarge: (p: Named) => `${up(p.name)} is too large.`,
  tooPrecise: (p: Named) => `${up(p.name)} has more decimal places than its currency allows.`,
  negative: (p: Named) => `${up(p.name)} can't be negative.`,
  notPositive: (p: Named) => `${up(p.name)} must be more than zero.`,
  notMoney: (p: Named) => `Enter ${p.name} as an amount and a currency.`,
  currencyMismatch: (p: Named & { other: string; currency: string }) =>
    `${up(p.name)} must be in the same currency as ${p.other} (${p.currency}).`,
  /** `name` is a list: milestones, value tags. */
  notList: (p: Named) => `${up(p.name)} must be a list (it may be empty).`,
  /** `name` is a record with its article: "a goal". */
  notRecord: (p: Named) => `This is not ${p.name}.`,
  unknownCollection: (p: { value?: string }) =>
    `${p.value === undefined ? 'That' : `“${p.value}”`} is not a kind of record Goalpost keeps.`,
  unreadable: 'This record could not be read.',
  changedBeforeCreated: 'The record was changed before it was created.',
  version: 'The version must be a whole number of 0 or more.',

  // Goals.
  goalOwner: 'The goal needs an owner.',
  goalTitle: 'Give the goal a title.',
  goalWhy: 'Say why this goal matters to you.',
  goalCategory: 'Choose a category for the goal.',
  targetBeforeWritten: 'The target date is before the day you wrote the goal.',
  fundingShare: 'Funding share must be between 0% and 100%.',
  tooManyMilestones: (p: Most) => `A goal can have at most ${p.max} milestones.`,
  milestoneDetails: 'This milestone is missing its details.',
  milestoneId: 'The milestone needs an id.',
  milestoneIdTwice: 'Two milestones have the same id.',
  milestoneTitle: 'Give the milestone a title.',
  milestoneOverTarget: 'The milestone amount is more than the goal’s target.',
  goalStatus: 'Choose whether the goal is active, achieved, paused or dropped.',
  goalVisibility: 'Choose who can see this goal.',
  goalCadence: 'Choose how often to review this goal.',

  // Plans and bookings.
  planOwner: 'The plan needs the rep it belongs to.',
  planName: 'Give the plan a name.',
  planPeriod: 'Choose whether quota is set per month, quarter or year.',
  noTiers: 'A plan needs at least one tier.',
  tooManyTiers: (p: Most) => `A plan can have at most ${p.max} tiers.`,
  tierDetails: 'This tier is missing its details.',
  tierFrom: 'A tier must start at an attainment of 0% or more.',
  firstTier: 'The first tier must start at 0%.',
  tierOrder: 'Each tier must start above the one before it.',
  tierMultiplier: 'A tier’s multiplier must be a number of 0 or more.',
  tierRetroactive: 'Say whether the tier is retroactive.',
  cap: 'The cap must be more than zero times the target incentive.',
  basis: 'Choose whether each period is paid on its own or year to date.',
  bookingOwner: 'The booking needs the rep who closed it.',
  dealName: 'Name the deal.',

  // Check-ins.
  checkInPerson: 'The check-in needs the rep it is about.',
  checkInAuthor: 'The check-in needs an author.',
  note: 'Write a short note about how it is going.',
  confidence: 'Confidence must be a whole number from 1 to 5.',
  commitmentEmpty: 'Say what you will do to help, or clear its dates.',
  commitmentDueBefore: 'The commitment is due before the check-in took place.',
  commitmentDoneBefore: 'The commitment was kept before the check-in took place.',
  nextBefore: 'The next check-in is before this one.',
  acknowledgedBefore: 'The check-in was acknowledged before it took place.',
  acknowledgedBy: 'Say who acknowledged the check-in.',

  // Recognition.
  sender: 'The post needs a sender.',
  noRecipients: 'Choose at least one person to recognise.',
  tooManyRecipients: (p: Most) => `Recognise at most ${p.max} people in one post.`,
  recipient: 'Each person recognised must be chosen from the list.',
  recipientTwice: 'The same person is listed twice.',
  notYourself: 'Recognise someone other than yourself.',
  postTeam: 'The post needs the team whose feed carries it.',
  kind: 'Choose what kind of recognition this is.',
  message: 'Write a message.',
  link: 'Links must start with http:// or https://.',
  tooManyValues: (p: Most) => `Use at most ${p.max} value tags.`,
  emptyTag: 'A value tag can’t be empty.',
  taggedTwice: (p: Quoted) => `“${p.value}” is tagged twice.`,
  audience: 'Choose whether the team or only the people involved see this.',
  reactions: 'Reactions must be a map from emoji to people.',
  reactionEmoji: 'A reaction must be a single emoji.',
  reactionList: 'A reaction must list who reacted.',
  tooManyReactors: 'Too many people reacted to count.',
  reactor: 'Each reaction must name who reacted.',
  consentNeeded: 'A coaching example needs the featured rep’s consent before the team sees it.',
  consentNotAsked: 'Only a coaching example asks for consent.',
  consentShape: 'The consent must say whose it is and whether it was given.',
  consentPerson: 'Say whose consent this is.',
  consentFeatured: 'The featured rep must be one of the people recognised.',
  consentStatus: 'Consent must be pending, granted or declined.',
  automatic: 'Say whether Goalpost made this post by itself.',

  // Motivation profiles.
  profileOwner: 'The profile needs its owner.',
  drivers: 'Weigh each of the drivers from 0 to 100.',
  driverWeight: 'Each driver’s weight must be between 0 and 100.',
  badDriver: (p: Quoted) => `“${p.value}” is not a driver we know.`,
  recognitionPreference: 'Choose how you like to be recognised: in public, in private, or not at all.',
  leaderboard: 'Choose whether leaderboards show your name, show you anonymously, or leave you out.',
  autoCelebrate: 'Say whether to celebrate your milestones automatically.',

  // People.
  personName: 'Enter the person’s name.',
  avatar: 'The picture must be an http:// or https:// link.',
  role: 'Choose whether this person is a rep, a manager or a leader.',
  manager: 'The manager must be chosen from the list.',
  ownManager: 'A person can’t be their own manager.',
  personTeam: 'Choose the person’s team.',
  badLanguage: (p: Quoted) => `“${p.value}” is not a language we know.`,
  languageTag: 'The language must be a tag such as en-US.',
} as const;

/** What validation reports: the code of each problem. */
export type ProblemCode = keyof typeof problemMessages;
/** Fields and records a problem can name (its `name` and `other`). */
export type FieldName = keyof typeof fieldNames;

type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}${K}`]: T[K] };
type ProblemCatalog = Prefixed<'field.', typeof fieldNames> & Prefixed<'problem.', typeof problemMessages>;

/** Both as catalog keys (`field.title`, `problem.tooLong`), merged into the English catalog. */
function catalogOf(): ProblemCatalog {
  const entries = [
    ...Object.entries(fieldNames).map(([key, words]) => [`field.${key}`, words]),
    ...Object.entries(problemMessages).map(([key, words]) => [`problem.${key}`, words]),
  ];
  return Object.fromEntries(entries) as ProblemCatalog;
}

export const problems = /* @__PURE__ */ catalogOf();
