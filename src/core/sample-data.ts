/**
 * A realistic sales company, generated deterministically: the same seed and options always give
 * the same records, byte for byte, so the demo, Storybook, tests and benchmarks share one world.
 *
 * The company: a sales leader; Dana Whitfield's team of 30 account executives whose trailing
 * twelve months of bookings follow the essay's spread (one rep near $1M, five near $2M, fifteen
 * near $3M, seven near $4M, two above $5M); and a second small team under its own manager, so
 * cross-team privacy has someone to hide from. Maya Okafor on Dana's team is the demo rep.
 *
 * Every date is written against `SAMPLE_TODAY` and shifted when another `today` is asked for,
 * so the data is always "moving": deals closed this quarter, check-ins due and overdue,
 * milestones ahead and behind. Nothing here reads the clock or `Math.random`.
 */
import { addDays, addMonths, dayNumber, daysBetween, elapsedShare, fromDayNumber, isIsoDate, nextReviewDate, periodContaining } from './dates.js';
import type { PeriodRange } from './dates.js';
import { periodCommissions, portionOf } from './commission.js';
import { GoalpostError } from './errors.js';
import { isKnownCurrency, minorDigits } from './money.js';
import { CADENCES, DRIVERS } from './types.js';
import type {
  Booking,
  Cadence,
  CheckIn,
  CompPlan,
  ConsentStatus,
  CurrencyCode,
  Driver,
  Entity,
  GoalCategory,
  GoalStatus,
  Id,
  IsoDate,
  IsoDateTime,
  LeaderboardPresence,
  Milestone,
  Money,
  MotivationProfile,
  Person,
  PersonalGoal,
  Recognition,
  RecognitionKind,
  RecognitionPreference,
  Tier,
  Visibility,
} from './types.js';

/** The "today" the sample company is written for. */
export const SAMPLE_TODAY: IsoDate = '2026-11-27';
export const DEFAULT_SAMPLE_SEED = 20_261_127;
export const SAMPLE_CURRENCY: CurrencyCode = 'USD';

// ---------------------------------------------------------------------------------------------
// The essay's spread

/** One band of the essay's team, in major units of the sample currency (dollars for USD). */
export interface EssayBand {
  label: string;
  /** How many of the manager's reps fall in the band. */
  count: number;
  /** Where the band's reps are centred; each lands within ±8% of it. */
  center: number;
  /** Inclusive lower bound and exclusive upper bound of the band. */
  min: number;
  max: number;
}

/**
 * "One rep with $1MM skill level, 5 at $2MM, 15 at $3MM, 7 at $4MM and 2 at >$5MM." The bands
 * tile the whole number line, so every total belongs to exactly one.
 */
export const ESSAY_BANDS: readonly EssayBand[] = [
  { label: 'about $1M', count: 1, center: 1_000_000, min: 0, max: 1_500_000 },
  { label: 'about $2M', count: 5, center: 2_000_000, min: 1_500_000, max: 2_500_000 },
  { label: 'about $3M', count: 15, center: 3_000_000, min: 2_500_000, max: 3_500_000 },
  { label: 'about $4M', count: 7, center: 4_000_000, min: 3_500_000, max: 5_000_000 },
  { label: 'above $5M', count: 2, center: 5_500_000, min: 5_000_000, max: Number.POSITIVE_INFINITY },
];

const BAND_JITTER = 0.08;

/** The band a trailing total (major units) belongs to. */
export function essayBandOf(totalMajor: number): EssayBand {
  return ESSAY_BANDS.find((band) => totalMajor >= band.min && totalMajor < band.max) ?? ESSAY_BANDS[0]!;
}

/** The trailing twelve months ending on `today`, both ends inclusive. */
export function trailingWindow(today: IsoDate): { start: IsoDate; end: IsoDate } {
  return { start: addDays(addMonths(today, -12), 1), end: today };
}

/** The sum, in minor units, of one rep's bookings in the trailing twelve months. */
export function trailingTotal(bookings: readonly Booking[], ownerId: Id, today: IsoDate): number {
  const { start, end } = trailingWindow(today);
  return bookings
    .filter((b) => b.ownerId === ownerId && b.closedOn >= start && b.closedOn <= end)
    .reduce((total, b) => total + b.amount.amount, 0);
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a tiny, fast 32-bit PRNG. Same seed, same sequence, in every engine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }
}

/** A shuffled list holding each value as many times as asked: exact counts, random order. */
function deck<T>(rng: Random, counts: ReadonlyArray<readonly [T, number]>): T[] {
  return rng.shuffle(counts.flatMap(([value, count]) => Array.from({ length: count }, () => value)));
}

/** Counts for `total` items in proportion to `weights`, each at least one, summing to `total`. */
function apportion<T>(total: number, weights: ReadonlyArray<readonly [T, number]>): Array<[T, number]> {
  const sumOfWeights = weights.reduce((s, [, w]) => s + w, 0);
  const counts = weights.map(([value, w]) => [value, Math.max(1, Math.floor((total * w) / sumOfWeights))] as [T, number]);
  // The first (most common) value absorbs the rounding.
  counts[0]![1] += total - counts.reduce((s, [, c]) => s + c, 0);
  return counts;
}

// ---------------------------------------------------------------------------------------------
// The cast

interface CastMember {
  name: string;
  title: string;
  locale?: string;
}

const LEADER: CastMember = { name: 'Evelyn Zhou', title: 'VP of Sales', locale: 'en-US' };
const MANAGER: CastMember = { name: 'Dana Whitfield', title: 'Sales Manager, West Commercial', locale: 'en-US' };
const OTHER_MANAGER: CastMember = { name: 'Gabriel Osei', title: 'Sales Manager, East Enterprise', locale: 'en-GB' };

const AE = 'Account Executive';
const SENIOR_AE = 'Senior Account Executive';

/** Dana's 30 reps. Maya Okafor, the demo rep, comes first. */
const WEST_REPS: readonly CastMember[] = [
  { name: 'Maya Okafor', title: SENIOR_AE, locale: 'en-US' },
  { name: 'Jordan Reyes', title: AE, locale: 'en-US' },
  { name: 'Aisha Rahman', title: SENIOR_AE },
  { name: 'Liam O’Connor', title: AE, locale: 'en-IE' },
  { name: 'Sofía Márquez', title: AE, locale: 'es-US' },
  { name: 'Kenji Watanabe', title: SENIOR_AE },
  { name: 'Chloé Dubois', title: AE, locale: 'fr-CA' },
  { name: 'Marcus Bell', title: AE },
  { name: 'Nadia Petrova', title: SENIOR_AE },
  { name: 'Samuel Mensah', title: AE },
  { name: 'Hannah Kim', title: AE },
  { name: 'Diego Alvarez', title: SENIOR_AE, locale: 'es-US' },
  { name: 'Fatima Al-Sayed', title: AE },
  { name: 'Ethan Brooks', title: AE },
  { name: 'Grace Nakamura', title: SENIOR_AE },
  { name: 'Oluwaseun Adeyemi', title: AE },
  { name: 'Isabella Rossi', title: AE },
  { name: 'Raj Patel', title: SENIOR_AE },
  { name: 'Emma Lindqvist', title: AE },
  { name: 'Tyrone Jackson', title: AE },
  { name: 'Mei Lin Chen', title: SENIOR_AE },
  { name: 'Carlos Mendoza', title: AE, locale: 'es-US' },
  { name: 'Zara Hussain', title: AE },
  { name: 'Noah Goldberg', title: AE },
  { name: 'Amara Nwosu', title: SENIOR_AE },
  { name: 'Lucas Ferreira', title: AE },
  { name: 'Ingrid Solberg', title: AE },
  { name: 'André Thompson', title: AE },
  { name: 'Leila Haddad', title: SENIOR_AE },
  { name: 'Tomasz Kowalski', title: AE },
];

const EAST_REPS: readonly CastMember[] = [
  { name: 'Hiroshi Tanaka', title: SENIOR_AE },
  { name: 'Valentina Cruz', title: AE },
  { name: 'Ben Abramson', title: AE },
  { name: 'Keisha Williams', title: SENIOR_AE },
  { name: 'Arjun Mehta', title: AE },
];

export const SAMPLE_TEAM_IDS = { leadership: 'team-leadership', west: 'team-west', east: 'team-east' } as const;

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Deals

const COMPANIES = [
  'Northwind Logistics', 'Contoso Pharma', 'Fabrikam Foods', 'Tailspin Freight', 'Adatum Health',
  'Litware Media', 'Wide World Importers', 'Proseware', 'Alpine Ski House', 'Blue Yonder Airlines',
  'Coho Winery', 'Fourth Coffee', 'Humongous Insurance', 'Lucerne Publishing', 'Margie’s Travel',
  'Relecloud', 'Trey Research', 'Woodgrove Bank', 'Wingtip Toys', 'Southridge Video',
  'Consolidated Messenger', 'Lamna Healthcare', 'VanArsdel', 'Graphic Design Institute', 'City Power & Light',
  'Bellows College', 'Datum Couriers', 'Cascade Cold Storage', 'Harbor Line Shipping', 'Redwood Waste Services',
  'Summit Rentals', 'Meridian Produce', 'Ironbridge Construction', 'Pinecrest Dairy', 'Lakeshore Transit',
  'Granite State Movers', 'Bluewater Marine Supply', 'Orchard Valley Grocers', 'Keystone Utilities', 'Evergreen Landscaping',
] as const;

const PRODUCTS = [
  'fleet telematics', 'route optimisation', 'driver safety coaching', 'cold-chain monitoring',
  'dispatch platform', 'fuel analytics', 'EV fleet planning', 'asset tracking',
] as const;

const DEAL_TYPES = [
  'new logo', 'renewal', 'expansion', 'multi-year renewal', 'upsell', 'pilot conversion', 'add-on licences',
] as const;

type PayModel = 'hybrid' | 'marginal' | 'retroactive';

const TIER_STEPS: ReadonlyArray<Omit<Tier, 'retroactive'>> = [
  { from: 0, multiplier: 0.5 },
  { from: 0.5, multiplier: 1 },
  { from: 1, multiplier: 1.5 },
  { from: 1.5, multiplier: 2 },
];

function tiersFor(model: PayModel): Tier[] {
  return TIER_STEPS.map((step, index) => ({
    ...step,
    // Hybrid: reaching 50% pays the whole first half at the full rate; above that, marginal.
    retroactive: model === 'retroactive' || (model === 'hybrid' && index === 1),
  }));
}

const MODEL_NAMES: Record<PayModel, string> = {
  hybrid: 'hybrid accelerators',
  marginal: 'marginal accelerators',
  retroactive: 'retroactive accelerators',
};

// ---------------------------------------------------------------------------------------------
// Goals

interface MilestoneTemplate {
  title: string;
  /** Share of the goal's target reached at this milestone. */
  share?: number;
}

interface GoalTemplate {
  title: string;
  why: string;
  category: GoalCategory;
  /** What it costs, in major units; absent for goals that are not about money. */
  cost?: number;
  /** Months from writing it down to the target date; absent for open-ended goals. */
  months?: number;
  milestones: MilestoneTemplate[];
}

const GOAL_TEMPLATES: readonly GoalTemplate[] = [
  { title: 'Down payment on our first home', category: 'home', cost: 85_000, months: 30, why: 'We have rented eleven apartments between us. I want the kids to grow up with one address.', milestones: [{ title: 'Get pre-approved' }, { title: 'A third of the down payment', share: 1 / 3 }, { title: 'Down payment ready', share: 1 }] },
  { title: 'Kitchen renovation', category: 'home', cost: 38_000, months: 14, why: 'Sunday dinners for twelve in a kitchen built for two. Time to fix that.', milestones: [{ title: 'Contractor quotes in hand' }, { title: 'Half funded', share: 0.5 }] },
  { title: 'Fertility treatment', category: 'family', cost: 32_000, months: 12, why: 'We are ready to grow our family and insurance only covers part of it.', milestones: [{ title: 'First round funded', share: 0.5 }] },
  { title: 'Mom’s care at home', category: 'family', cost: 24_000, months: 12, why: 'She looked after everyone her whole life. She should get to stay in her own house.', milestones: [{ title: 'Six months of care covered', share: 0.5 }] },
  { title: 'College fund for the twins', category: 'family', cost: 60_000, months: 48, why: 'Neither of us had help with school. They will.', milestones: [{ title: 'Open 529 accounts' }, { title: 'First $10k per twin', share: 1 / 3 }] },
  { title: 'Our wedding', category: 'family', cost: 42_000, months: 16, why: 'Both families, one weekend, no debt afterwards.', milestones: [{ title: 'Venue deposit paid', share: 0.2 }, { title: 'Everything booked', share: 0.8 }] },
  { title: 'Three weeks in Japan', category: 'travel', cost: 14_000, months: 10, why: 'My grandfather grew up in Fukuoka. I want to walk the street he talked about.', milestones: [{ title: 'Flights booked', share: 0.4 }] },
  { title: 'Patagonia trek with my brother', category: 'travel', cost: 9_500, months: 9, why: 'We promised each other at twenty. We are thirty-six.', milestones: [{ title: 'Dates agreed with work' }] },
  { title: 'Take the family to Lagos for Christmas', category: 'travel', cost: 12_000, months: 12, why: 'The kids have never met half their cousins.', milestones: [{ title: 'Flights for five', share: 0.7 }] },
  { title: 'Six-month emergency fund', category: 'financial', cost: 30_000, months: 12, why: 'Commission is lumpy. I want a bad quarter to be an inconvenience, not a crisis.', milestones: [{ title: 'One month covered', share: 1 / 6 }, { title: 'Three months covered', share: 0.5 }] },
  { title: 'Max out my 401(k) this year', category: 'financial', cost: 23_000, months: 11, why: 'Early retirement at 55 only works if I start taking it seriously now.', milestones: [{ title: 'Halfway to the limit', share: 0.5 }] },
  { title: 'Pay off the car', category: 'financial', cost: 16_000, months: 8, why: 'One less payment, one less thing on my mind on the first of the month.', milestones: [{ title: 'Under $8k left', share: 0.5 }] },
  { title: 'Retire at 55', category: 'financial', cost: 150_000, months: 60, why: 'I want the second half of my life to be mine.', milestones: [{ title: 'Meet a fee-only planner' }, { title: 'First $50k invested', share: 1 / 3 }] },
  { title: 'Finish an Ironman 70.3', category: 'health', months: 10, why: 'I used to be an athlete. I want to feel like one again.', milestones: [{ title: 'Swim 2 km without stopping' }, { title: 'Olympic-distance race' }] },
  { title: 'Sleep seven hours a night', category: 'health', why: 'I close better when I am not running on coffee.', milestones: [{ title: 'Phone out of the bedroom' }] },
  { title: 'Blue belt in jiu-jitsu', category: 'health', months: 14, why: 'It is the one hour a day nobody can reach me.', milestones: [{ title: 'Three classes a week for a month' }] },
  { title: 'Part-time MBA', category: 'learning', cost: 48_000, months: 24, why: 'I want to run a sales team one day, and I want to be good at it.', milestones: [{ title: 'GMAT done' }, { title: 'First year’s tuition', share: 0.5 }] },
  { title: 'Conversational Spanish', category: 'learning', cost: 2_400, months: 12, why: 'So I can talk to my partner’s grandmother without a translator.', milestones: [{ title: 'Finish A2 course' }] },
  { title: 'Private pilot licence', category: 'learning', cost: 18_000, months: 18, why: 'Since I was seven I have wanted to fly. No more waiting.', milestones: [{ title: 'Medical certificate' }, { title: 'First solo flight', share: 0.6 }] },
  { title: 'See the northern lights', category: 'experience', cost: 7_000, months: 14, why: 'My dad always wanted to. We are going together.', milestones: [{ title: 'Trip booked', share: 0.6 }] },
  { title: 'Grand Prix weekend in Monaco', category: 'experience', cost: 11_000, months: 18, why: 'A celebration for the year I finally hit President’s Club.', milestones: [{ title: 'Tickets', share: 0.4 }] },
  { title: 'Take my parents to the Grand Canyon', category: 'experience', cost: 6_000, months: 8, why: 'They drove past it once in 1989 and never stopped.', milestones: [] },
  { title: 'Fund a scholarship at my old high school', category: 'giving', cost: 10_000, months: 12, why: 'Someone did it for me. It changed everything.', milestones: [{ title: 'Talk to the principal' }, { title: 'First award funded', share: 0.5 }] },
  { title: 'Match my church’s roof appeal', category: 'giving', cost: 5_000, months: 6, why: 'My grandmother’s congregation. The roof leaks onto the piano.', milestones: [] },
  { title: 'Sponsor the youth soccer team', category: 'giving', cost: 3_500, months: 7, why: 'My son’s team plays in borrowed jerseys.', milestones: [{ title: 'Kits ordered', share: 0.6 }] },
  { title: 'Restore a ’67 Mustang', category: 'other', cost: 26_000, months: 24, why: 'It was my father’s. It has been in my garage under a tarp for nine years.', milestones: [{ title: 'Engine rebuilt', share: 0.5 }] },
  { title: 'Record an album with my band', category: 'other', cost: 8_000, months: 12, why: 'Ten songs, finally out of the rehearsal room.', milestones: [{ title: 'Studio booked', share: 0.5 }] },
];

// ---------------------------------------------------------------------------------------------
// Words

const CHECKIN_NOTES: Record<'low' | 'mid' | 'high', readonly string[]> = {
  low: [
    'Rough stretch. Two deals slipped to next quarter and the goal feels further away than it did.',
    'Pipeline is thin. We agreed to focus on prospecting before worrying about the goal.',
    'Honest conversation: the number is behind and it is weighing on me at home too.',
  ],
  mid: [
    'On track but not comfortable. Need one more mid-size deal to stay on pace.',
    'Steady month. Saved a little outside commission; the goal is moving, just slowly.',
    'Good activity, conversion is the issue. Working on discovery calls.',
  ],
  high: [
    'Ahead of pace after the renewal closed. Moved the extra into the goal fund.',
    'Best quarter yet. Talked about raising the funding share for a few months.',
    'Feeling great — the accelerator tier is in sight and the goal is within reach.',
  ],
};

const BLOCKERS = [
  'Legal review on the big renewal keeps slipping.',
  'Not enough SE time for demos.',
  'Territory overlap with East on two accounts.',
  'Pricing approval takes a week for anything over 15% discount.',
  'Childcare this month — I need my mornings flexible.',
  'CRM data on my inherited accounts is a mess.',
];

const COMMITMENTS = [
  'I will get you 30 minutes with a solutions engineer before the demo.',
  'I will escalate the pricing approval to Evelyn this week.',
  'I will join your call with their CFO.',
  'I will sort out the territory overlap with Gabriel.',
  'I will protect your mornings — no internal meetings before 10.',
  'I will listen to two of your discovery calls and send notes.',
  'I will find you a mentor who has done the MBA while carrying quota.',
  'I will make the intro to Northwind’s new VP of Operations.',
];

const COACHING_NOTES: Record<Driver, readonly string[]> = {
  money: [
    'Show me the math: what a deal does for my goal fund. I like it straight — where I am, what the gap is, what would close it.',
    'Talk numbers with me. Commission is how I get my family where we want to be.',
  ],
  winning: [
    'Tell me where I stand and who I need to beat. A little competition gets me out of bed.',
    'Give me a target and a deadline. I hate losing more than I love winning.',
  ],
  recognition: [
    'Say it in front of the team when I earn it. It matters more to me than a bonus.',
    'Notice the effort, not just the number. A quick shout-out after a hard call goes a long way.',
  ],
  growth: [
    'Give me one thing to get better at each week, and listen to my calls with me.',
    'Push me into deals slightly above my level. I learn fastest when I am a bit scared.',
  ],
  purpose: [
    'Remind me who the product helps. Safer drivers and fewer wasted miles are why I do this.',
    'Connect the quarter to the customers. I sell best when I believe in the outcome.',
  ],
};

const VALUE_TAGS = ['customer-first', 'grit', 'teamwork', 'curiosity', 'ownership', 'candor', 'craft', 'generosity'] as const;
const EMOJI = ['👏', '🎉', '🔥', '💪', '❤️', '🙌'] as const;

const KUDOS_MESSAGES = [
  'Thanks for jumping on the 7am demo for me — you saved that deal.',
  'You shared your discovery template with the whole team without being asked. Generous.',
  'Watched you handle a furious customer with total calm today. Learned a lot.',
  'Your notes on the pricing objection are now my cheat sheet. Thank you.',
  'You stayed late to help me rebuild the proposal. I owe you a coffee (or ten).',
  'Best account plan I have seen this year. Clear, honest, and customer-first.',
];

const QUOTA_MILESTONES = [
  (q: string) => `Crossed 100% of ${q} quota — the accelerator is on.`,
  (q: string) => `Halfway to ${q} quota with weeks to spare.`,
  (q: string) => `150% of ${q} quota. Top tier unlocked.`,
];

// ---------------------------------------------------------------------------------------------
// The company

export interface SampleTeam {
  id: Id;
  name: string;
  managerId: Id;
}

/** People worth signing in as, to see the same company from each seat. */
export interface SampleViewers {
  leaderId: Id;
  /** Dana Whitfield, manager of the essay's team of 30. */
  managerId: Id;
  /** Maya Okafor, the demo rep. */
  repId: Id;
  /** A rep on Maya's team. */
  teammateId: Id;
  /** The manager of the second team. */
  otherManagerId: Id;
  /** A rep on the second team, who should see none of Dana's team's private data. */
  otherRepId: Id;
}

export interface SampleCompany {
  seed: number;
  today: IsoDate;
  currency: CurrencyCode;
  teams: SampleTeam[];
  people: Person[];
  goals: PersonalGoal[];
  plans: CompPlan[];
  bookings: Booking[];
  checkins: CheckIn[];
  recognitions: Recognition[];
  profiles: MotivationProfile[];
  viewers: SampleViewers;
}

export interface SampleCompanyOptions {
  seed?: number;
  /** The day the data is written for; defaults to `SAMPLE_TODAY`. */
  today?: IsoDate;
  /** Currency of every amount; defaults to USD. Amounts are the same figures in major units. */
  currency?: CurrencyCode;
}

/** How many recognition posts the company has, over the last six months. */
export const SAMPLE_RECOGNITION_COUNT = 120;

/** Latest minute of "today" anything happens: the demo's clock reads noon, and nothing is in its future. */
const MORNING_END = 11 * 60;

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** A comparator on a text key: dates, instants and ids all sort correctly as text. */
function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

function firstName(person: Person): string {
  return person.name.split(' ')[0]!;
}

/** The calendar, the currency and the dice every part of the generator shares. */
class World {
  readonly rng: Random;
  readonly unit: number;
  readonly yearStart: IsoDate;
  readonly quarter: PeriodRange;
  private readonly shift: number;
  private readonly dayByIso = new Map<IsoDate, number>();
  private readonly isoByDay = new Map<number, IsoDate>();

  constructor(readonly seed: number, readonly today: IsoDate, readonly currency: CurrencyCode) {
    this.rng = new Random(seed);
    this.unit = 10 ** minorDigits(currency);
    this.shift = daysBetween(SAMPLE_TODAY, today);
    this.yearStart = `${today.slice(0, 4)}-01-01`;
    this.quarter = periodContaining(today, 'quarter', this.yearStart);
  }

  /** Money from a figure in major units. */
  cash(major: number): Money {
    return { amount: Math.round(major * this.unit), currency: this.currency };
  }

  /** `addDays`, remembered: the generator moves among a few hundred dates thousands of times. */
  plus(date: IsoDate, days: number): IsoDate {
    let day = this.dayByIso.get(date);
    if (day === undefined) {
      day = dayNumber(date);
      this.dayByIso.set(date, day);
    }
    let iso = this.isoByDay.get(day + days);
    if (iso === undefined) {
      iso = fromDayNumber(day + days);
      this.isoByDay.set(day + days, iso);
    }
    return iso;
  }

  /** A date written against SAMPLE_TODAY, moved to the requested today. */
  on(date: IsoDate): IsoDate {
    return this.plus(date, this.shift);
  }

  daysAgo(days: number): IsoDate {
    return this.plus(this.today, -days);
  }

  /** An instant on `date`; on today itself never later than the morning. */
  stamp(date: IsoDate, minuteOfDay: number): IsoDateTime {
    const latest = date >= this.today ? MORNING_END : 24 * 60 - 1;
    const minutes = Math.max(0, Math.min(latest, Math.round(minuteOfDay)));
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return `${date}T${hh}:${mm}:00.000Z`;
  }

  /** Bookkeeping for a record first written on `createdOn` and last changed on `updatedOn`. */
  entity(id: Id, createdOn: IsoDate, updatedOn: IsoDate = createdOn, minute = 9 * 60): Entity {
    const updated = maxDate(createdOn, updatedOn);
    return {
      id,
      createdAt: this.stamp(createdOn, minute),
      updatedAt: this.stamp(updated, minute + (updated === createdOn ? 1 : 0)),
      version: 1,
    };
  }
}

/** One rep and what the generator has made for them so far. */
interface Rep {
  person: Person;
  slug: string;
  managerId: Id;
  teamId: Id;
  /** Trailing twelve-month bookings, major units. */
  trailing: number;
  /** This quarter's bookings so far against the pace line (1 = exactly on pace). */
  paceRatio: number;
  plan?: CompPlan;
  profile?: MotivationProfile;
  goals: PersonalGoal[];
  bookings: Booking[];
}

interface Cast {
  people: Person[];
  teams: SampleTeam[];
  leader: Person;
  manager: Person;
  otherManager: Person;
  /** Every rep; the demo rep first, then the rest of her team, then the second team. */
  reps: Rep[];
  demo: Rep;
  byId: Map<Id, Rep>;
}

function castCompany(world: World): Cast {
  const { rng } = world;
  const people: Person[] = [];
  const hire = (member: CastMember, role: Person['role'], teamId: Id, managerId: Id | undefined): Person => {
    const person: Person = {
      ...world.entity(`person-${slug(member.name)}`, world.daysAgo(420 + people.length * 17)),
      name: member.name,
      role,
      teamId,
      title: member.title,
      locale: member.locale ?? 'en-US',
    };
    if (managerId !== undefined) person.managerId = managerId;
    people.push(person);
    return person;
  };

  const leader = hire(LEADER, 'leader', SAMPLE_TEAM_IDS.leadership, undefined);
  const manager = hire(MANAGER, 'manager', SAMPLE_TEAM_IDS.west, leader.id);
  const otherManager = hire(OTHER_MANAGER, 'manager', SAMPLE_TEAM_IDS.east, leader.id);

  // The essay's spread: the demo rep sits in the $3M band; the other 29 bands are dealt at random.
  const threeMillion = ESSAY_BANDS[2]!;
  const bands = deck(rng, ESSAY_BANDS.map((band) => [band, band.count - (band === threeMillion ? 1 : 0)] as const));
  // Pace this quarter, spread evenly from well behind (0.3) to far ahead (1.9), so every seed varies.
  const paceRanks = rng.shuffle(Array.from({ length: WEST_REPS.length - 1 }, (_, k) => k));

  const rep = (person: Person, teamId: Id, trailing: number, paceRatio: number): Rep => ({
    person, slug: slug(person.name), managerId: person.managerId!, teamId, trailing, paceRatio, goals: [], bookings: [],
  });
  const reps = WEST_REPS.map((member, index) => {
    const person = hire(member, 'rep', SAMPLE_TEAM_IDS.west, manager.id);
    if (index === 0) return rep(person, SAMPLE_TEAM_IDS.west, 3_120_000, 1.1);
    const band = bands[index - 1]!;
    const trailing = roundTo(band.center * (1 + rng.between(-BAND_JITTER, BAND_JITTER)), 100);
    const pace = 0.3 + (1.6 * (paceRanks[index - 1]! + rng.float())) / (WEST_REPS.length - 1);
    return rep(person, SAMPLE_TEAM_IDS.west, trailing, pace);
  });
  for (const member of EAST_REPS) {
    const person = hire(member, 'rep', SAMPLE_TEAM_IDS.east, otherManager.id);
    reps.push(rep(person, SAMPLE_TEAM_IDS.east, roundTo(rng.between(2_400_000, 4_600_000), 100), rng.between(0.5, 1.5)));
  }

  const teams: SampleTeam[] = [
    { id: SAMPLE_TEAM_IDS.leadership, name: 'Sales leadership', managerId: leader.id },
    { id: SAMPLE_TEAM_IDS.west, name: 'West Commercial', managerId: manager.id },
    { id: SAMPLE_TEAM_IDS.east, name: 'East Enterprise', managerId: otherManager.id },
  ];
  return { people, teams, leader, manager, otherManager, reps, demo: reps[0]!, byId: new Map(reps.map((r) => [r.person.id, r])) };
}

/** Quarterly plans: quota a stretch above each rep's run rate, a mix of accelerator models. */
function writePlans(world: World, cast: Cast): CompPlan[] {
  const { rng } = world;
  const others = cast.reps.length - 1;
  const models = deck<PayModel>(rng, apportion(others, [['hybrid', 5], ['marginal', 3], ['retroactive', 2]]));
  const capped = deck<boolean>(rng, apportion(others, [[false, 2], [true, 1]]));
  const cumulative = deck<boolean>(rng, [[false, others - 5], [true, 5]]);
  return cast.reps.map((rep, index) => {
    const demo = rep === cast.demo;
    const stretch = demo ? 1.15 : rng.between(1.05, 1.25);
    const quota = roundTo((rep.trailing / 4) * stretch, 5_000);
    const rate = demo ? 0.06 : rng.between(0.05, 0.09);
    const model: PayModel = demo ? 'hybrid' : models[index - 1]!;
    const plan: CompPlan = {
      ...world.entity(`plan-${rep.slug}`, world.yearStart, minDate(world.plus(world.yearStart, 14), world.today)),
      ownerId: rep.person.id,
      name: `${world.yearStart.slice(0, 4)} ${rep.person.title ?? AE} plan — ${MODEL_NAMES[model]}`,
      currency: world.currency,
      period: 'quarter',
      quota: world.cash(quota).amount,
      targetIncentive: world.cash(roundTo(quota * rate, 500)).amount,
      tiers: tiersFor(model),
      basis: !demo && cumulative[index - 1] ? 'cumulative' : 'per-period',
      yearStart: world.yearStart,
    };
    if (demo || capped[index - 1]) plan.capMultiple = 3;
    rep.plan = plan;
    return plan;
  });
}

/**
 * Each rep's deals over the trailing twelve months, adding up exactly to their trailing total,
 * with this quarter's share set by their pace. Two reps carry a clawback.
 */
function closeDeals(world: World, cast: Cast): Booking[] {
  const { rng, today, quarter, yearStart } = world;
  const window = trailingWindow(today);
  const earlyEnd = world.plus(quarter.start, -1);
  const earlyDays = daysBetween(window.start, earlyEnd);
  const quarterDays = daysBetween(quarter.start, today);
  const elapsed = elapsedShare(quarter, today);
  const westOthers = cast.reps.filter((r) => r.teamId === SAMPLE_TEAM_IDS.west && r !== cast.demo);
  const clawbackOwners = new Set(rng.sample(westOthers, 2));

  const label = (): string => `${rng.pick(COMPANIES)} — ${rng.pick(PRODUCTS)} ${rng.pick(DEAL_TYPES)}`;
  /** `total` (major, a multiple of 100) cut into up to `count` deals of uneven size that add up exactly. */
  const split = (total: number, count: number): number[] => {
    if (count <= 0 || total <= 0) return [];
    const weights = Array.from({ length: count }, () => 0.25 + rng.float() + rng.float() ** 2 * 2);
    const sumOfWeights = weights.reduce((s, w) => s + w, 0);
    const parts = weights.slice(0, -1).map((w) => Math.floor((total * w) / sumOfWeights / 100) * 100);
    parts.push(total - parts.reduce((s, part) => s + part, 0));
    return parts.filter((part) => part > 0);
  };
  // The ends (exclusive) of the quarters the window touches, worked out once.
  const quarterEnds: IsoDate[] = [];
  for (let end = periodContaining(window.start, 'quarter', yearStart).end; end <= quarter.start; end = addMonths(end, 3)) quarterEnds.push(end);
  /** A day before this quarter, bunched toward quarter ends as real deals are. */
  const earlyDay = (): IsoDate => {
    const day = world.plus(window.start, rng.int(0, earlyDays));
    if (!rng.chance(0.35)) return day;
    const end = quarterEnds.find((e) => e > day) ?? quarter.start;
    const bunched = world.plus(end, -1 - rng.int(0, 13));
    return bunched >= window.start && bunched <= earlyEnd ? bunched : day;
  };

  const bookings: Booking[] = [];
  for (const rep of cast.reps) {
    const quota = rep.plan!.quota / world.unit;
    const averageDeal = rep.trailing / rng.int(16, 30);
    const thisQuarter = Math.min(roundTo(rep.paceRatio * elapsed * quota, 100), roundTo(rep.trailing / 2, 100));
    const clawback = clawbackOwners.has(rep) ? roundTo(rng.between(8_000, 30_000), 100) : 0;
    const earlier = rep.trailing - thisQuarter + clawback;

    const deals: Array<{ amount: number; closedOn: IsoDate; label: string }> = [];
    for (const amount of split(earlier, Math.max(1, Math.round(earlier / averageDeal)))) {
      deals.push({ amount, closedOn: earlyDay(), label: label() });
    }
    split(thisQuarter, Math.max(1, Math.round(thisQuarter / averageDeal))).forEach((amount, index) => {
      // The demo rep closed a renewal two days ago, so her meter has just moved.
      const headline = rep === cast.demo && index === 0;
      deals.push({
        amount,
        closedOn: headline ? maxDate(quarter.start, world.daysAgo(2)) : world.plus(quarter.start, rng.int(0, quarterDays)),
        label: headline ? DEMO_HEADLINE_DEAL : label(),
      });
    });
    if (clawback > 0) {
      deals.push({
        amount: -clawback,
        closedOn: world.plus(window.start, rng.int(60, earlyDays)),
        label: `${rng.pick(COMPANIES)} — clawback: cancelled within 90 days`,
      });
    }
    deals.sort(byKey((deal) => deal.closedOn));
    deals.forEach((deal, index) => {
      const booking: Booking = {
        ...world.entity(`booking-${rep.slug}-${String(index + 1).padStart(3, '0')}`, deal.closedOn, deal.closedOn, 14 * 60 + (index % 120)),
        ownerId: rep.person.id,
        amount: world.cash(deal.amount),
        closedOn: deal.closedOn,
        label: deal.label,
      };
      rep.bookings.push(booking);
      bookings.push(booking);
    });
  }
  return bookings;
}

const DEMO_HEADLINE_DEAL = 'Northwind Logistics — fleet telematics renewal';

/** A motivation profile for every rep; each driver tops the list for about a fifth of them. */
function profileReps(world: World, cast: Cast): MotivationProfile[] {
  const { rng } = world;
  const others = cast.reps.length - 1;
  const topDrivers = deck<Driver>(rng, DRIVERS.map((driver, i) => [driver, Math.floor(others / DRIVERS.length) + (i < others % DRIVERS.length ? 1 : 0)] as const));
  const preferences = deck<RecognitionPreference>(rng, [['public', others - 8], ['private', 6], ['none', 2]]);
  return cast.reps.map((rep, index) => {
    const demo = rep === cast.demo;
    const top: Driver = demo ? 'money' : topDrivers[index - 1]!;
    const topWeight = demo ? 85 : rng.int(72, 95);
    const drivers = Object.fromEntries(
      DRIVERS.map((driver) => [driver, driver === top ? topWeight : rng.int(10, topWeight - 8)]),
    ) as Record<Driver, number>;
    if (demo) Object.assign(drivers, { winning: 45, recognition: 30, growth: 55, purpose: 70 });
    const preference: RecognitionPreference = demo ? 'public' : preferences[index - 1]!;
    const leaderboard: LeaderboardPresence =
      preference === 'none' ? 'hidden' : preference === 'private' ? rng.pick(['anonymous', 'hidden'] as const) : rng.chance(0.8) ? 'named' : 'anonymous';
    let note = demo
      ? 'Connect the number to the lake house. I like it straight: where I am, what the gap is, what would close it.'
      : rng.pick(COACHING_NOTES[top]);
    if (preference === 'private') note += ' Keep praise one-to-one, please.';
    if (preference === 'none') note += ' I would rather not be called out at all — just tell me what worked.';
    const profile: MotivationProfile = {
      ...world.entity(`profile-${rep.slug}`, world.daysAgo(rng.int(60, 300)), world.daysAgo(rng.int(0, 59))),
      ownerId: rep.person.id,
      drivers,
      recognitionPreference: preference,
      leaderboard,
      autoCelebrate: demo || (preference !== 'none' && rng.chance(0.6)),
      coachingNote: note,
    };
    rep.profile = profile;
    return profile;
  });
}

/** The demo rep's four goals, written by hand against SAMPLE_TODAY. */
function demoGoals(world: World, rep: Rep): PersonalGoal[] {
  const on = (date: IsoDate): IsoDate => world.on(date);
  const id = (n: number) => `goal-${rep.slug}-${n}`;
  const base = (n: number, written: IsoDate, updated: IsoDate) => ({ ...world.entity(id(n), on(written), on(updated)), ownerId: rep.person.id, writtenOn: on(written) });
  // Half her commission is earmarked, the lake house taking the largest share (so a meter follows
  // it). On her earnings that leaves the lake house about 45% funded, the year off about a third
  // (short of its first money milestone) and the loans three-quarters paid off.
  return [
    {
      ...base(1, '2026-02-09', '2026-10-30'),
      title: 'Lake-house deposit',
      why: 'A place on the water where the kids learn to swim and my parents can stay all summer — the way my grandparents’ house was for me.',
      category: 'home',
      target: world.cash(100_000),
      targetDate: on('2027-09-01'),
      fundingShare: 0.2,
      saved: world.cash(14_500),
      milestones: [
        { id: `${id(1)}-m1`, title: 'Open a dedicated savings account', dueOn: on('2026-02-28'), doneOn: on('2026-02-16') },
        { id: `${id(1)}-m2`, title: 'First quarter of the deposit set aside', amount: world.cash(25_000), dueOn: on('2026-06-30'), doneOn: on('2026-06-24') },
        { id: `${id(1)}-m3`, title: 'Halfway there', amount: world.cash(50_000), dueOn: on('2027-01-31') },
        { id: `${id(1)}-m4`, title: 'Deposit ready', amount: world.cash(100_000), dueOn: on('2027-08-15') },
      ],
      status: 'active',
      visibility: 'manager',
      cadence: 'monthly',
    },
    {
      ...base(2, '2026-03-15', '2026-09-12'),
      title: 'A year off with the kids',
      why: 'Before Ada starts secondary school I want a whole year with them — slow travel, no laptop, no pipeline reviews.',
      category: 'family',
      target: world.cash(90_000),
      targetDate: on('2029-06-01'),
      fundingShare: 0.19,
      saved: world.cash(6_000),
      milestones: [
        { id: `${id(2)}-m1`, title: 'Ask HR how a sabbatical works', dueOn: on('2026-05-31'), doneOn: on('2026-05-02') },
        { id: `${id(2)}-m2`, title: 'A third of the year funded', amount: world.cash(30_000), dueOn: on('2027-12-31') },
      ],
      status: 'active',
      visibility: 'manager-summary',
      cadence: 'quarterly',
    },
    {
      ...base(3, '2026-01-12', '2026-10-05'),
      title: 'Pay off student loans',
      why: 'Eleven years of payments. I want that weight gone before I turn 35.',
      category: 'financial',
      target: world.cash(24_000),
      targetDate: on('2027-03-31'),
      fundingShare: 0.11,
      saved: world.cash(1_000),
      milestones: [
        { id: `${id(3)}-m1`, title: 'Refinance to a lower rate', dueOn: on('2026-02-28'), doneOn: on('2026-02-03') },
        { id: `${id(3)}-m2`, title: 'Half paid off', amount: world.cash(12_000), dueOn: on('2026-09-30'), doneOn: on('2026-10-05') },
      ],
      status: 'active',
      visibility: 'private',
      cadence: 'monthly',
    },
    {
      ...base(4, '2026-04-20', '2026-11-02'),
      title: 'Run the Berlin marathon',
      why: 'I ran my first 5K the week I joined. Berlin is the proof that long, steady effort works — in running and in pipeline.',
      category: 'health',
      targetDate: on('2027-09-26'),
      fundingShare: 0,
      milestones: [
        { id: `${id(4)}-m1`, title: 'Half marathon under 2 hours', dueOn: on('2026-10-18'), doneOn: on('2026-10-18') },
        { id: `${id(4)}-m2`, title: 'Race entry confirmed', dueOn: on('2026-11-30'), doneOn: on('2026-11-02') },
        { id: `${id(4)}-m3`, title: 'First 30 km long run', dueOn: on('2027-06-15') },
      ],
      status: 'active',
      visibility: 'team',
      cadence: 'biweekly',
    },
  ];
}

/** One goal from a template, dated and priced for this rep; `fundGoals` settles its money. */
function goalFrom(world: World, template: GoalTemplate, rep: Rep, n: number, status: GoalStatus, visibility: Visibility): PersonalGoal {
  const { rng, today } = world;
  const writtenOn = world.daysAgo(rng.int(20, 400));
  const targetDate = template.months === undefined ? undefined : world.plus(addMonths(writtenOn, template.months), rng.int(-10, 10));
  const target = template.cost === undefined ? undefined : world.cash(roundTo(template.cost * rng.between(0.85, 1.2), 500));
  const span = Math.max(1, daysBetween(writtenOn, targetDate ?? addMonths(writtenOn, 12)));
  const id = `goal-${rep.slug}-${n}`;
  const milestones: Milestone[] = template.milestones.map((m, j) => {
    const fraction = m.share ?? (j + 1) / (template.milestones.length + 1);
    const dueOn = world.plus(writtenOn, Math.max(1, Math.round(span * Math.min(1, fraction))));
    const milestone: Milestone = { id: `${id}-m${j + 1}`, title: m.title, dueOn };
    if (m.share !== undefined && target) {
      // Done or not follows from the money: `fundGoals` decides once the goal's funding is known.
      milestone.amount = { amount: Math.round(target.amount * m.share), currency: target.currency };
    } else if (status === 'achieved' || (dueOn <= today && rng.chance(0.9))) {
      milestone.doneOn = maxDate(writtenOn, minDate(today, world.plus(dueOn, -rng.int(0, 10))));
    }
    return milestone;
  });
  const goal: PersonalGoal = {
    ...world.entity(id, writtenOn, world.plus(writtenOn, rng.int(0, daysBetween(writtenOn, today)))),
    ownerId: rep.person.id,
    title: template.title,
    why: template.why,
    category: template.category,
    writtenOn,
    fundingShare: 0,
    milestones,
    status,
    visibility,
    cadence: rng.pick(CADENCES),
  };
  if (target) goal.target = target;
  if (targetDate) goal.targetDate = targetDate;
  return goal;
}

/** Where a goal's funding stands today, as a share of its target, by status. */
const SAMPLE_PROGRESS: Readonly<Record<GoalStatus, { min: number; max: number }>> = {
  // Just past the line.
  achieved: { min: 1, max: 1.12 },
  // Anywhere from a first step to nearly there.
  active: { min: 0.08, max: 0.92 },
  // Stalled part-way.
  paused: { min: 0.08, max: 0.55 },
  dropped: { min: 0.08, max: 0.55 },
};

/**
 * How far along each generated money goal should be today. Active goals are spread over their
 * whole range, most in the middle and a few at either end, every seed alike: they are ranked
 * by how much of their timeline has gone by, give or take, and dealt evenly spaced quantiles of
 * a hump. Other goals land anywhere in their status's range.
 */
function intendedProgress(world: World, goals: readonly PersonalGoal[]): Map<PersonalGoal, number> {
  const { rng, today } = world;
  const progress = new Map<PersonalGoal, number>();
  const active: Array<{ goal: PersonalGoal; key: number }> = [];
  for (const goal of goals) {
    if (!goal.target) continue;
    const { min, max } = SAMPLE_PROGRESS[goal.status];
    if (goal.status !== 'active') {
      progress.set(goal, rng.between(min, max));
      continue;
    }
    const end = goal.targetDate ?? addMonths(goal.writtenOn, 12);
    const elapsed = Math.min(1, daysBetween(goal.writtenOn, today) / Math.max(1, daysBetween(goal.writtenOn, end)));
    active.push({ goal, key: 0.4 * elapsed + 0.6 * rng.float() });
  }
  active.sort((a, b) => a.key - b.key);
  const { min, max } = SAMPLE_PROGRESS.active;
  active.forEach(({ goal }, rank) => {
    const t = (2 * (rank + rng.float())) / active.length - 1;
    const hump = 0.5 + 0.5 * Math.sign(t) * Math.abs(t) ** 1.6;
    progress.set(goal, min + (max - min) * hump);
  });
  return progress;
}

/** The most of their commission a rep earmarks across all their goals, in whole percent. */
const EARMARK_BUDGET_PERCENT = 80;
/** One goal's earmark, in whole percent. */
const SHARE_PERCENT = { min: 1, max: 60 } as const;

/**
 * Calibrates a rep's money goals against what the real engine says they have earned: each goal
 * gets a whole-percent share of commission and savings (rounded to a hundred) so that
 * `goalFundingAsOf(plan, bookings, goal, today)` lands where its status says it should
 * (`SAMPLE_PROGRESS`). Active and achieved goals are funded mostly from commission, within the
 * rep's budget; paused and dropped ones stopped earmarking, so only savings remain. Money
 * milestones are done exactly when the funding has reached them, dated when it did.
 */
function fundGoals(world: World, rep: Rep, goals: readonly PersonalGoal[], progress: ReadonlyMap<PersonalGoal, number>): void {
  const { rng, unit } = world;
  const step = 100 * unit;
  const commissionSince = commissionCalculator(world, rep);
  let budget = EARMARK_BUDGET_PERCENT;
  // Active goals claim the budget first: they are the ones the rep is funding now.
  const order = [...goals.filter((g) => g.status === 'active'), ...goals.filter((g) => g.status !== 'active')];
  for (const goal of order) {
    if (!goal.target) continue;
    const target = goal.target.amount;
    const { min, max } = SAMPLE_PROGRESS[goal.status];
    const low = Math.ceil(target * min);
    const high = Math.floor(target * max);
    const wanted = Math.round(target * progress.get(goal)!);
    let percent = 0;
    let earmarked = 0;
    if (goal.status === 'active' || goal.status === 'achieved') {
      const commission = commissionSince(goal.writtenOn);
      // Most of it from commission, the rest put aside by hand.
      const fromCommission = wanted * rng.between(0.45, 0.95);
      const ideal = commission > 0 ? Math.round((100 * fromCommission) / commission) : rng.int(5, 20);
      // People pick round numbers: whole percents for small shares, fives from ten up, and
      // seldom the most allowed, even for a goal written too recently for commission to add up.
      const round = ideal >= 10 ? Math.floor(ideal / 5) * 5 : ideal;
      const ceiling = Math.min(SHARE_PERCENT.max, 5 * rng.int(4, 12));
      const chosen = Math.min(ceiling, budget, Math.max(SHARE_PERCENT.min, round));
      const earmark = chosen >= SHARE_PERCENT.min ? portionOf(commission, chosen / 100) : 0;
      // Even the smallest share can earn a cheap goal more than it needs: then savings alone fund it.
      if (chosen >= SHARE_PERCENT.min && earmark <= high) {
        percent = chosen;
        earmarked = earmark;
      }
    }
    budget -= percent;
    let saved = Math.max(0, roundTo(wanted - earmarked, step));
    while (earmarked + saved < low) saved += step;
    while (saved > 0 && earmarked + saved > high) saved -= step;
    goal.fundingShare = percent / 100;
    if (saved > 0) goal.saved = { amount: saved, currency: goal.target.currency };
    settleMilestones(world, goal, earmarked, saved);
  }
}

/**
 * `commissionEarnedSince(plan, bookings, since, today)` for one rep, figure for figure: it walks
 * the plan years the same way, but asks the engine for each year-to-date payout only once, since
 * a rep's goals share today and the ends of earlier years. Generating the company stays fast.
 */
function commissionCalculator(world: World, rep: Rep): (since: IsoDate) => number {
  const plan = rep.plan!;
  const paid = new Map<IsoDate, number>();
  const paidYtd = (date: IsoDate): number => {
    let amount = paid.get(date);
    if (amount === undefined) {
      amount = periodCommissions(plan, rep.bookings, date).payoutYtd.amount;
      paid.set(date, amount);
    }
    return amount;
  };
  const years = new Map<IsoDate, PeriodRange>();
  const yearOf = (date: IsoDate): PeriodRange => {
    let year = years.get(date);
    if (year === undefined) {
      year = periodContaining(date, 'year', plan.yearStart);
      years.set(date, year);
    }
    return year;
  };
  return (since) => {
    if (since > world.today) return 0;
    let total = 0;
    let through = world.today;
    let year = yearOf(through);
    for (;;) {
      if (since > year.start) {
        total += paidYtd(through) - paidYtd(world.plus(since, -1));
        break;
      }
      total += paidYtd(through);
      if (since === year.start) break;
      through = world.plus(year.start, -1);
      year = yearOf(through);
    }
    return Math.max(0, total);
  };
}

/** Money milestones are done once funding reached them: savings at once, earmarks as commission came in. */
function settleMilestones(world: World, goal: PersonalGoal, earmarked: number, saved: number): void {
  const { today } = world;
  const days = daysBetween(goal.writtenOn, today);
  for (const milestone of goal.milestones) {
    if (!milestone.amount) continue;
    delete milestone.doneOn;
    if (milestone.amount.amount > earmarked + saved) {
      // Not reached and its day has passed: like most people, the rep moved the date on.
      if (milestone.dueOn !== undefined && milestone.dueOn < today) milestone.dueOn = world.plus(today, 30 + 15 * goal.milestones.indexOf(milestone));
      continue;
    }
    const fromCommission = Math.max(0, milestone.amount.amount - saved);
    const share = earmarked > 0 ? fromCommission / earmarked : 0;
    milestone.doneOn = minDate(today, world.plus(goal.writtenOn, Math.min(days, Math.max(1, Math.round(days * share)))));
  }
  // The goal was last touched no earlier than its latest milestone.
  let touched = goal.updatedAt.slice(0, 10);
  for (const milestone of goal.milestones) if (milestone.doneOn) touched = maxDate(touched, milestone.doneOn);
  goal.updatedAt = world.entity(goal.id, goal.writtenOn, touched).updatedAt;
}

/**
 * Goals for the whole company: the demo rep's four, none yet for two of her teammates, one to
 * three for everyone else, covering every category, status and visibility. Written after plans
 * and deals, so each money goal can be funded against what its owner actually earned.
 */
function writeGoals(world: World, cast: Cast): PersonalGoal[] {
  const { rng } = world;
  const goals = demoGoals(world, cast.demo);
  cast.demo.goals.push(...goals);

  const others = cast.reps.filter((r) => r !== cast.demo);
  const goalless = new Set(rng.sample(others.filter((r) => r.teamId === SAMPLE_TEAM_IDS.west), 2));
  const counts = others.map((rep) => (goalless.has(rep) ? 0 : rng.int(1, 3)));
  const total = counts.reduce((s, c) => s + c, 0);
  const statuses = deck<GoalStatus>(rng, apportion(total, [['active', 70], ['achieved', 12], ['paused', 10], ['dropped', 8]]));
  const visibilities = deck<Visibility>(rng, apportion(total, [['manager', 35], ['private', 15], ['manager-summary', 25], ['team', 25]]));

  // A queue of shuffled templates, drawn from the end; a fresh deck goes in front only when
  // needed, so the whole first deck (every category) is dealt before any template repeats.
  let templates: GoalTemplate[] = rng.shuffle(GOAL_TEMPLATES);
  const draw = (used: ReadonlySet<string>): GoalTemplate => {
    let index = templates.findLastIndex((t) => !used.has(t.title));
    if (index < 0) {
      templates = [...rng.shuffle(GOAL_TEMPLATES), ...templates];
      index = templates.findLastIndex((t) => !used.has(t.title));
    }
    return templates.splice(index, 1)[0]!;
  };

  let dealt = 0;
  others.forEach((rep, repIndex) => {
    const used = new Set<string>();
    const written: PersonalGoal[] = [];
    for (let k = 0; k < counts[repIndex]!; k += 1) {
      const template = draw(used);
      used.add(template.title);
      written.push(goalFrom(world, template, rep, written.length + 1, statuses[dealt]!, visibilities[dealt]!));
      dealt += 1;
    }
    rep.goals.push(...written);
  });
  const progress = intendedProgress(world, others.flatMap((rep) => rep.goals));
  for (const rep of others) {
    fundGoals(world, rep, rep.goals, progress);
    goals.push(...rep.goals);
  }

  // One achieved goal is shared with the team, so the feed has a goal-achieved post to show.
  const celebrated = goals.find((g) => g.status === 'achieved' && cast.byId.get(g.ownerId)?.profile?.recognitionPreference === 'public');
  if (celebrated) celebrated.visibility = 'team';
  return goals;
}

/**
 * Check-in history on each rep's cadence over the last six months: most reps are current, a
 * few are overdue by more than 30 days, and one or two have never been checked in with.
 */
function holdCheckIns(world: World, cast: Cast): CheckIn[] {
  const { rng, today } = world;
  const westOthers = cast.reps.filter((r) => r.teamId === SAMPLE_TEAM_IDS.west && r !== cast.demo);
  const east = cast.reps.filter((r) => r.teamId === SAMPLE_TEAM_IDS.east);
  const never = new Set(rng.sample(westOthers, 1));
  const overdue = new Set(rng.sample(westOthers.filter((r) => !never.has(r)), 3));
  never.add(east[east.length - 1]!);
  overdue.add(east[0]!);

  const checkins: CheckIn[] = [];
  for (const rep of cast.reps) {
    if (never.has(rep)) continue;
    const demo = rep === cast.demo;
    const reviewed = rep.goals.find((g) => g.status === 'active' && g.visibility !== 'private');
    const cadence: Cadence = demo ? 'monthly' : reviewed?.cadence ?? 'monthly';
    const cadenceDays = daysBetween(today, nextReviewDate(today, cadence));
    const last = demo
      ? world.daysAgo(18)
      : overdue.has(rep)
        ? world.daysAgo(cadenceDays + rng.int(35, 65))
        : rng.chance(0.1)
          ? world.daysAgo(cadenceDays + rng.int(1, 20)) // a little late, not yet a worry
          : world.daysAgo(rng.int(1, Math.max(1, cadenceDays - 1)));
    // Six months of history, at least two meetings, at most fourteen.
    const dates: IsoDate[] = [];
    const oldest = world.daysAgo(182);
    for (let day = last; (day >= oldest || dates.length < 2) && dates.length < 14; day = world.plus(day, -cadenceDays + rng.int(-3, 3))) {
      dates.unshift(day);
    }

    let confidence = demo ? 3 : rng.int(3, 4);
    dates.forEach((day, index) => {
      const latest = index === dates.length - 1;
      const byManager = demo || rng.chance(0.8);
      // A manager reviews only goals shared with them; a rep may log against any of their own.
      const candidates = rep.goals.filter((g) => g.writtenOn <= day && (!byManager || g.visibility !== 'private'));
      const goal = demo ? candidates.find((g) => g.category === 'home') : rng.chance(0.7) ? candidates[rng.int(0, candidates.length - 1)] : undefined;
      // Confidence wanders but drifts back toward 3–4, as it does for most people most quarters.
      const drift = confidence <= 1 ? 1 : confidence === 2 ? (rng.chance(0.8) ? 1 : -1) : confidence >= 5 ? rng.int(-1, 0) : rng.int(-1, 1);
      confidence = demo && latest ? 4 : Math.max(1, Math.min(5, confidence + drift));
      const mood = confidence <= 2 ? 'low' : confidence === 3 ? 'mid' : 'high';
      const checkIn: CheckIn = {
        ...world.entity(`checkin-${rep.slug}-${String(index + 1).padStart(2, '0')}`, day, day, 15 * 60 + index),
        personId: rep.person.id,
        authorId: byManager ? rep.managerId : rep.person.id,
        date: day,
        note: rng.pick(CHECKIN_NOTES[mood]),
        confidence: confidence as CheckIn['confidence'],
        blockers: rng.chance(0.5) ? rng.pick(BLOCKERS) : '',
        commitment: byManager ? rng.pick(COMMITMENTS) : '',
        nextDueOn: nextReviewDate(day, cadence),
      };
      if (goal) checkIn.goalId = goal.id;
      let touched = day;
      if (demo && latest) {
        // The demo rep's latest check-in carries a promise her manager has not kept yet.
        checkIn.commitment = 'I will make the intro to Northwind’s new VP of Operations.';
        checkIn.commitmentDueOn = world.plus(day, 7);
      } else if (byManager) {
        const dueOn = world.plus(day, rng.int(5, 14));
        checkIn.commitmentDueOn = dueOn;
        // Most managers keep most promises: the older ones are nearly all done.
        if (dueOn < today && rng.chance(latest ? 0.75 : 0.95)) {
          checkIn.commitmentDoneOn = minDate(today, world.plus(day, rng.int(1, daysBetween(day, dueOn) + 3)));
          touched = maxDate(touched, checkIn.commitmentDoneOn);
        }
      }
      if (rng.chance(latest ? 0.5 : 0.85)) {
        checkIn.acknowledgedOn = minDate(today, world.plus(day, rng.int(0, 3)));
        checkIn.acknowledgedBy = byManager ? rep.person.id : rep.managerId;
        touched = maxDate(touched, checkIn.acknowledgedOn);
      }
      checkIn.updatedAt = world.entity(checkIn.id, day, touched, 15 * 60 + index).updatedAt;
      checkins.push(checkIn);
    });
    if (demo) checkins.push(...ownReviews(world, rep));
  }
  return checkins;
}

/** The demo rep reviews her private goal on her own, monthly: notes nobody else ever sees. */
function ownReviews(world: World, rep: Rep): CheckIn[] {
  const goal = rep.goals.find((g) => g.visibility === 'private' && g.status === 'active');
  if (!goal) return [];
  const notes = [
    'Paid an extra $500 on top of the minimum. Boring, and it works.',
    'Another extra payment made. The second half feels closer than the first did.',
  ];
  // Older than her last meeting with Dana (18 days ago), so that stays the latest check-in.
  return [47, 20].map((ago, index) => {
    const day = world.daysAgo(ago);
    return {
      ...world.entity(`checkin-${rep.slug}-own-${index + 1}`, day, day, 20 * 60 + index),
      personId: rep.person.id,
      authorId: rep.person.id,
      goalId: goal.id,
      date: day,
      note: notes[index]!,
      confidence: 4,
      blockers: '',
      commitment: '',
      nextDueOn: nextReviewDate(day, goal.cadence),
    };
  });
}

type PostDraft = Omit<Recognition, keyof Entity>;

/**
 * About 120 posts over the last six months, of every kind, that respect each rep's recognition
 * preference: nobody who asked for none is named, and those who prefer privacy get private posts.
 */
function recognise(world: World, cast: Cast, goals: readonly PersonalGoal[]): { posts: Recognition[]; teammate: Rep } {
  const { rng, today, quarter, yearStart } = world;
  const preferenceOf = (rep: Rep): RecognitionPreference => rep.profile?.recognitionPreference ?? 'public';
  const recognisable = cast.reps.filter((r) => preferenceOf(r) !== 'none');
  const westPeers = recognisable.filter((r) => r.teamId === SAMPLE_TEAM_IDS.west && r !== cast.demo);
  const east = cast.reps.filter((r) => r.teamId === SAMPLE_TEAM_IDS.east);
  const demo = cast.demo;
  const manager = cast.manager;
  // The demo rep's friend on the team: someone who likes public praise, so their exchange shows.
  const teammate = westPeers.find((r) => preferenceOf(r) === 'public') ?? westPeers[0]!;

  const drafts: PostDraft[] = [];
  const postedAt = (day: IsoDate): IsoDateTime => world.stamp(day, rng.int(8 * 60, 17 * 60 + 59));
  const post = (kind: RecognitionKind, from: Id, to: Rep[], message: string, day: IsoDate, extra: Partial<PostDraft> = {}): void => {
    const values = kind === 'kudos' || kind === 'win' ? rng.sample(VALUE_TAGS, rng.int(kind === 'kudos' ? 1 : 0, 2)) : [];
    const wantsPrivacy = to.some((r) => preferenceOf(r) === 'private');
    drafts.push({
      fromId: from,
      toIds: to.map((r) => r.person.id),
      teamId: to[0]!.teamId,
      kind,
      message,
      values,
      audience: wantsPrivacy || rng.chance(0.12) ? 'private' : 'team',
      postedAt: postedAt(day),
      reactions: {},
      ...extra,
    });
  };

  // The demo rep's own feed, written by hand so the demo reads well.
  const headline = demo.bookings.findLast((b) => b.label === DEMO_HEADLINE_DEAL) ?? demo.bookings.at(-1)!;
  const lastQuarter = periodContaining(world.plus(quarter.start, -1), 'quarter', yearStart);
  post('win', manager.id, [demo], 'Northwind renewed, and expanded to the whole fleet. Six months of patient multithreading paid off, Maya.', headline.closedOn, {
    values: ['grit', 'customer-first'], link: `https://crm.example.com/deals/${headline.id}`, audience: 'team',
  });
  post('coaching-example', manager.id, [demo], 'Maya’s cold call to Relecloud’s ops lead turns “just send me an email” into a discovery meeting. I would love to play it in Monday’s sales meeting.', world.daysAgo(1), {
    link: 'https://calls.example.com/recordings/relecloud-cold-call', consent: { personId: demo.person.id, status: 'pending' }, audience: 'team',
  });
  post('milestone', manager.id, [demo], 'Maya ran her half marathon in under two hours — next stop, Berlin.', world.plus(world.on('2026-10-18'), 1), { automatic: true, audience: 'team' });
  post('kudos', teammate.person.id, [demo], 'Maya rebuilt my Contoso proposal with me at 9pm the night before it was due. Legend.', world.daysAgo(9), { values: ['teamwork', 'generosity'], audience: 'team' });
  post('kudos', demo.person.id, [teammate], `Thanks for the pricing objection notes, ${firstName(teammate.person)} — I used them twice this week.`, world.daysAgo(23), { values: ['teamwork'], audience: 'team' });
  post('milestone', manager.id, [demo], QUOTA_MILESTONES[0]!(lastQuarter.label), world.plus(quarter.start, -3), { audience: 'team' });

  const remaining = SAMPLE_RECOGNITION_COUNT - drafts.length;
  const kinds = deck<RecognitionKind>(rng, apportion(remaining, [['win', 34], ['kudos', 30], ['milestone', 17], ['coaching-example', 10], ['goal-achieved', 9]]));
  const consents = deck<ConsentStatus>(rng, apportion(kinds.filter((k) => k === 'coaching-example').length, [['granted', 4], ['pending', 3], ['declined', 3]]));
  const achieved = goals.filter((g) => {
    const owner = cast.byId.get(g.ownerId);
    return g.status === 'achieved' && g.visibility !== 'private' && owner !== undefined && preferenceOf(owner) !== 'none';
  });
  const others = recognisable.filter((r) => r !== demo);

  kinds.forEach((kind, index) => {
    let day = world.daysAgo(rng.int(0, 182));
    const recipient = rng.chance(0.85) ? rng.pick(westPeers) : rng.pick(others);
    const name = firstName(recipient.person);
    switch (kind) {
      case 'win': {
        const deal = recipient.bookings.filter((b) => b.amount.amount > 0 && b.closedOn <= day).at(-1) ?? recipient.bookings.find((b) => b.amount.amount > 0)!;
        const partners = westPeers.filter((r) => r !== recipient && r.teamId === recipient.teamId);
        const partner = partners.length > 0 && rng.chance(0.2) ? rng.pick(partners) : undefined;
        const from = rng.chance(0.15) ? cast.leader.id : recipient.managerId;
        const extra: Partial<PostDraft> = rng.chance(0.4) ? { link: `https://crm.example.com/deals/${deal.id}` } : {};
        const praise = partner ? `${name} and ${firstName(partner.person)} ran a textbook joint pursuit.` : `Great work, ${name}.`;
        post('win', from, partner ? [recipient, partner] : [recipient], `${deal.label} — closed. ${praise}`, maxDate(deal.closedOn, day), extra);
        return;
      }
      case 'kudos': {
        const peers = recognisable.filter((r) => r !== recipient && r.teamId === recipient.teamId);
        const from = peers.length > 0 && rng.chance(0.6) ? rng.pick(peers).person.id : rng.chance(0.15) ? rng.pick(east.filter((r) => r !== recipient)).person.id : recipient.managerId;
        post('kudos', from, [recipient], rng.pick(KUDOS_MESSAGES), day);
        return;
      }
      case 'milestone': {
        const automatic: Partial<PostDraft> = recipient.profile?.autoCelebrate ? { automatic: true } : {};
        const shared = recipient.goals.find((g) => g.visibility === 'team' && g.milestones.some((m) => m.doneOn !== undefined));
        if (shared && rng.chance(0.5)) {
          const done = shared.milestones.filter((m) => m.doneOn !== undefined).at(-1)!;
          post('milestone', recipient.managerId, [recipient], `${name} reached a milestone on “${shared.title}”: ${done.title}.`, maxDate(done.doneOn!, world.daysAgo(182)), automatic);
        } else {
          const label = periodContaining(day, 'quarter', yearStart).label;
          post('milestone', recipient.managerId, [recipient], rng.pick(QUOTA_MILESTONES)(label), day, automatic);
        }
        return;
      }
      case 'coaching-example': {
        const status = consents.pop() ?? 'pending';
        // A decision takes a little while, so decided posts are from before today.
        if (status !== 'pending' && day >= today) day = world.daysAgo(1);
        const posted = postedAt(day);
        const consent: NonNullable<Recognition['consent']> = { personId: recipient.person.id, status };
        if (status !== 'pending') consent.decidedAt = new Date(Date.parse(posted) + rng.int(20, 300) * 60_000).toISOString();
        const company = rng.pick(COMPANIES);
        post('coaching-example', recipient.managerId, [recipient], `Worth studying: ${name}’s call with ${company} — listen to how “we already have a vendor” becomes a second meeting.`, day, {
          consent, audience: 'team', postedAt: posted, link: `https://calls.example.com/recordings/${recipient.slug}-${index + 1}`,
        });
        return;
      }
      case 'goal-achieved': {
        // Each achieved goal is celebrated once; when they run out, a plain word of thanks.
        const goal = achieved.shift();
        if (!goal) {
          post('kudos', recipient.managerId, [recipient], `Great quarter, ${name}.`, day);
          return;
        }
        const owner = cast.byId.get(goal.ownerId)!;
        const when = maxDate(goal.updatedAt.slice(0, 10), world.daysAgo(182));
        if (goal.visibility === 'team' && preferenceOf(owner) === 'public') {
          post('goal-achieved', owner.managerId, [owner], `${firstName(owner.person)} achieved “${goal.title}”. So proud of you.`, when, {
            audience: 'team', ...(owner.profile?.autoCelebrate ? { automatic: true } : {}),
          });
        } else if (goal.visibility === 'manager-summary') {
          // The manager sees only that a goal was reached, so the post says only that.
          post('goal-achieved', owner.managerId, [owner], 'You reached one of your goals. I don’t need the details to be proud of you.', when, { audience: 'private' });
        } else {
          post('goal-achieved', owner.managerId, [owner], `You did it — “${goal.title}”. Thank you for letting me be part of it.`, when, { audience: 'private' });
        }
        return;
      }
    }
  });

  // Oldest first, numbered in that order; reactions come only from people who can see the post.
  drafts.sort(byKey((d) => d.postedAt));
  const teamOf = (teamId: Id): Id[] => cast.people.filter((p) => p.teamId === teamId).map((p) => p.id);
  const managersOf = (ids: readonly Id[]): Id[] => ids.map((id) => cast.byId.get(id)?.managerId ?? manager.id);
  const posts = drafts.map((draft, index): Recognition => {
    const audience = draft.kind === 'coaching-example' && draft.consent?.status !== 'granted'
      ? [draft.fromId, ...draft.toIds]
      : draft.audience === 'team'
        ? teamOf(draft.teamId)
        : [draft.fromId, ...draft.toIds, ...managersOf(draft.toIds)];
    const reactors = [...new Set(audience)].sort();
    const reactions: Record<string, Id[]> = {};
    for (const emoji of rng.sample(EMOJI, rng.int(0, draft.audience === 'team' ? 3 : 1))) {
      reactions[emoji] = rng.sample(reactors, rng.int(1, Math.min(8, reactors.length))).sort();
    }
    return {
      id: `recognition-${String(index + 1).padStart(3, '0')}`,
      createdAt: draft.postedAt,
      updatedAt: draft.consent?.decidedAt ?? draft.postedAt,
      version: 1,
      ...draft,
      reactions,
    };
  });
  return { posts, teammate };
}

function sortById<T extends Entity>(records: T[]): T[] {
  return records.sort(byKey((r) => r.id));
}

/**
 * The sample company for `options.seed` (default `DEFAULT_SAMPLE_SEED`) as of `options.today`
 * (default `SAMPLE_TODAY`). Every record is a full stored entity at version 1 and passes
 * `validateRecord`. Throws a `GoalpostError` for an unusable option.
 */
export function generateSampleCompany(options: SampleCompanyOptions = {}): SampleCompany {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const today = options.today ?? SAMPLE_TODAY;
  const currency = options.currency ?? SAMPLE_CURRENCY;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new GoalpostError('invalid-input', 'The sample seed must be a number.');
  if (!isIsoDate(today)) throw new GoalpostError('invalid-input', `“${String(today)}” is not a YYYY-MM-DD date.`);
  if (!isKnownCurrency(currency)) throw new GoalpostError('invalid-input', `“${String(currency)}” is not a currency we know.`);

  // The order of these steps is part of the output: each draws from the same seeded sequence.
  const world = new World(seed, today, currency);
  const cast = castCompany(world);
  const plans = writePlans(world, cast);
  const bookings = closeDeals(world, cast);
  const profiles = profileReps(world, cast);
  const goals = writeGoals(world, cast);
  const checkins = holdCheckIns(world, cast);
  const { posts, teammate } = recognise(world, cast, goals);

  return {
    seed,
    today,
    currency,
    teams: cast.teams,
    people: cast.people,
    goals: sortById(goals),
    plans: sortById(plans),
    bookings: sortById(bookings),
    checkins: sortById(checkins),
    recognitions: posts,
    profiles: sortById(profiles),
    viewers: {
      leaderId: cast.leader.id,
      managerId: cast.manager.id,
      repId: cast.demo.person.id,
      teammateId: teammate.person.id,
      otherManagerId: cast.otherManager.id,
      otherRepId: cast.reps.find((r) => r.teamId === SAMPLE_TEAM_IDS.east)!.person.id,
    },
  };
}
