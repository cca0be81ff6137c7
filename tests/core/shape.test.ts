/**
 * The shape check every read makes: it refuses a stored record that would break a render, a sum
 * or a privacy decision, names the field and the problem by code, and never refuses a record
 * that full validation accepts (so a read never hides what a write let through).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describeProblem } from '../../src/core/errors.js';
import type { FieldProblem } from '../../src/core/errors.js';
import { generateSampleCompany } from '../../src/core/sample-data.js';
import { LIMITS, isIsoDateTime, shapeProblems } from '../../src/core/shape.js';
import { COLLECTIONS } from '../../src/core/types.js';
import type { CollectionName } from '../../src/core/types.js';
import { validateRecord } from '../../src/core/validation.js';
import { fieldNames, problemMessages } from '../../src/i18n/en/problems.js';

const stamp = { createdAt: '2026-02-09T09:00:00.000Z', updatedAt: '2026-10-30T09:00:00.000Z', version: 3 };

/** One sound record of each collection, as a store holds it. */
const SOUND: Record<CollectionName, Record<string, unknown>> = {
  people: {
    id: 'maya', ...stamp, name: 'Maya Okafor', role: 'rep', managerId: 'dana', teamId: 'west', locale: 'en-US',
    title: 'Senior Account Executive', avatarUrl: 'https://avatars.example.com/maya.png',
  },
  goals: {
    id: 'goal-1', ...stamp, ownerId: 'maya', title: 'Lake-house deposit', why: 'Summers on the water.', category: 'home',
    target: { amount: 6_000_000, currency: 'USD' }, targetDate: '2027-09-01', writtenOn: '2026-02-09', fundingShare: 0.4,
    saved: { amount: 1_450_000, currency: 'USD' },
    milestones: [
      { id: 'm1', title: 'Open a savings account', dueOn: '2026-02-28', doneOn: '2026-02-16' },
      { id: 'm2', title: 'Halfway there', amount: { amount: 3_000_000, currency: 'USD' }, dueOn: '2027-01-31' },
    ],
    status: 'active', visibility: 'manager', cadence: 'monthly',
  },
  plans: {
    id: 'plan-1', ...stamp, ownerId: 'maya', name: '2026 AE plan', currency: 'USD', period: 'quarter',
    quota: 25_000_000, targetIncentive: 2_500_000,
    tiers: [
      { from: 0, multiplier: 0.5, retroactive: false },
      { from: 0.5, multiplier: 1, retroactive: true },
      { from: 1, multiplier: 1.5, retroactive: false },
    ],
    capMultiple: 3, basis: 'per-period', yearStart: '2026-01-01',
  },
  bookings: { id: 'booking-1', ...stamp, ownerId: 'maya', amount: { amount: 19_340_000, currency: 'USD' }, closedOn: '2026-11-25', label: 'Northwind renewal' },
  checkins: {
    id: 'checkin-1', ...stamp, personId: 'maya', goalId: 'goal-1', authorId: 'dana', date: '2026-11-09', note: 'Ahead of pace.',
    confidence: 4, blockers: '', commitment: 'An intro to their VP.', commitmentDueOn: '2026-11-16', commitmentDoneOn: '2026-11-15', nextDueOn: '2026-12-09',
    acknowledgedOn: '2026-11-11', acknowledgedBy: 'maya',
  },
  recognitions: {
    id: 'recognition-1', ...stamp, fromId: 'dana', toIds: ['maya'], teamId: 'west', kind: 'coaching-example',
    message: 'Northwind renewed.', link: 'https://crm.example.com/deals/1', values: ['grit'], audience: 'team',
    postedAt: '2026-11-25T10:00:00.000Z', reactions: { '👏': ['jordan', 'aisha'] }, consent: { personId: 'maya', status: 'granted', decidedAt: '2026-11-25T11:00:00.000Z' },
    automatic: false,
  },
  profiles: {
    id: 'profile-1', ...stamp, ownerId: 'maya', drivers: { money: 85, winning: 45, recognition: 30, growth: 55, purpose: 70 },
    recognitionPreference: 'public', leaderboard: 'named', autoCelebrate: true, coachingNote: 'Connect the number to the lake house.',
  },
};

/** Values sometimes right and sometimes wrong for any field: every enum value, bounds, near misses. */
const VALUES: readonly unknown[] = [
  undefined, null, '', ' ', 'maya', 'x'.repeat(LIMITS.id), 'x'.repeat(LIMITS.id + 1),
  'home', 'family', 'travel', 'financial', 'health', 'learning', 'experience', 'giving', 'other', 'yacht',
  'active', 'achieved', 'paused', 'dropped', 'private', 'manager-summary', 'manager', 'team', 'everyone',
  'weekly', 'biweekly', 'monthly', 'quarterly', 'month', 'quarter', 'year', 'per-period', 'cumulative',
  'win', 'kudos', 'coaching-example', 'milestone', 'goal-achieved', 'rep', 'leader', 'pending', 'granted', 'declined',
  'public', 'none', 'named', 'anonymous', 'hidden', 'USD', 'EUR', 'JPY', 'XYZ', 'usd', 'en-US', 'english please',
  '2026-01-01', '2026-02-28', '2026-02-29', '2028-02-29', '2026-12-31', '2027-13-01',
  '2026-11-25T10:00:00.000Z', '2026-11-25T10:00+02:00', '2026-11-25T25:00:00Z', 'https://example.com/x', 'javascript:alert(1)',
  0, 1, -1, 0.5, 0.99, 1.01, 2, 3, 5, 6, 99, 100, 101, 1e15, 2 ** 53, -(2 ** 53), NaN, Infinity, -Infinity, 1e308, true, false,
  [], ['maya'], ['maya', 'maya'], [''], [7], {}, { '👏': [] }, { amount: 100, currency: 'USD' }, { amount: 100, currency: 'EUR' },
  { amount: -5, currency: 'USD' }, { amount: 0, currency: 'USD' }, { from: 0, multiplier: 1, retroactive: true },
  { personId: 'maya', status: 'pending' }, { id: 'm9', title: 'New' },
];

/** Every path into a record: its fields, a milestone's or a tier's fields, money's amount and currency. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string, unknown>)[key], [...prefix, key])]);
}

/** A copy of `record` with each path set to its value. */
function changed(record: Record<string, unknown>, changes: ReadonlyArray<readonly [string[], unknown]>): Record<string, unknown> {
  const copy = structuredClone(record);
  for (const [path, value] of changes) {
    let parent: Record<string, unknown> | undefined = copy;
    for (const key of path.slice(0, -1)) {
      const next: unknown = parent?.[key];
      parent = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : undefined;
    }
    if (parent) parent[path.at(-1)!] = structuredClone(value);
  }
  return copy;
}

const with_ = (collection: CollectionName, patch: Record<string, unknown>) => ({ ...SOUND[collection], ...patch });
const found = (problems: readonly FieldProblem[]) => problems.map((problem) => `${problem.field} ${problem.code}`);

/** English words for a catalog key, as the elements' catalogs would give them. */
function english(key: string, params?: Record<string, string | number>): string | undefined {
  const [kind, name] = key.split('.') as [string, string];
  const words = (kind === 'field' ? fieldNames : problemMessages)[name as never] as string | ((p?: unknown) => string) | undefined;
  return typeof words === 'function' ? words(params) : words;
}

/** Records damaged at rest, each with a problem the shape check must name: `field code`. */
const DAMAGED: Array<[CollectionName, Record<string, unknown>, string]> = [
  ['goals', { milestones: null }, 'milestones notList'],
  ['goals', { title: undefined }, 'title goalTitle'],
  ['goals', { title: 42 }, 'title goalTitle'],
  ['goals', { target: { amount: NaN, currency: 'USD' } }, 'target.amount notNumber'],
  ['goals', { target: { amount: 100, currency: 'XYZ' } }, 'target.currency noCurrency'],
  ['goals', { target: { amount: 1e308, currency: 'USD' } }, 'target.amount tooLarge'],
  ['goals', { target: { amount: 10.5, currency: 'USD' } }, 'target.amount tooPrecise'],
  ['goals', { target: 600 }, 'target notMoney'],
  ['goals', { saved: { amount: 100, currency: 'EUR' } }, 'saved.currency currencyMismatch'],
  ['goals', { category: 'yacht' }, 'category goalCategory'],
  ['goals', { status: 'maybe' }, 'status goalStatus'],
  ['goals', { visibility: 'everyone' }, 'visibility goalVisibility'],
  ['goals', { cadence: 'hourly' }, 'cadence goalCadence'],
  ['goals', { fundingShare: -Infinity }, 'fundingShare fundingShare'],
  ['goals', { fundingShare: 1.5 }, 'fundingShare fundingShare'],
  ['goals', { ownerId: '' }, 'ownerId goalOwner'],
  ['goals', { writtenOn: '2026-02-30' }, 'writtenOn notDate'],
  ['goals', { milestones: [null, { id: 'm', title: 'ok' }] }, 'milestones.0 milestoneDetails'],
  ['goals', { milestones: [{ id: 'm', title: 7 }] }, 'milestones.0.title milestoneTitle'],
  ['goals', { milestones: [{ id: 'm', title: 'ok', amount: { amount: 5, currency: 'EUR' } }] }, 'milestones.0.amount.currency currencyMismatch'],
  ['goals', { milestones: new Array(LIMITS.milestones + 1).fill({ id: 'm', title: 'ok' }) }, 'milestones tooManyMilestones'],
  ['plans', { quota: -500_000 }, 'quota negative'],
  ['plans', { quota: NaN }, 'quota notNumber'],
  ['plans', { quota: 0 }, 'quota notPositive'],
  ['plans', { targetIncentive: 1e308 }, 'targetIncentive tooLarge'],
  ['plans', { currency: 'XYZ' }, 'currency noCurrency'],
  ['plans', { period: 'week' }, 'period planPeriod'],
  ['plans', { basis: 'whenever' }, 'basis basis'],
  ['plans', { yearStart: undefined }, 'yearStart notDate'],
  ['plans', { tiers: null }, 'tiers noTiers'],
  ['plans', { tiers: [] }, 'tiers noTiers'],
  ['plans', { tiers: [{ from: 0.2, multiplier: 1, retroactive: false }] }, 'tiers.0.from firstTier'],
  ['plans', { tiers: [{ from: 0, multiplier: 1, retroactive: false }, { from: 1.2, multiplier: 2, retroactive: false }, { from: 0.5, multiplier: 1.5, retroactive: false }] }, 'tiers.2.from tierOrder'],
  ['plans', { tiers: [{ from: 0, multiplier: Infinity, retroactive: false }] }, 'tiers.0.multiplier tierMultiplier'],
  ['plans', { tiers: [{ from: 0, multiplier: 1, retroactive: 'no' }] }, 'tiers.0.retroactive tierRetroactive'],
  ['plans', { tiers: ['flat'] }, 'tiers.0 tierDetails'],
  ['plans', { capMultiple: 0 }, 'capMultiple cap'],
  ['bookings', { amount: { amount: NaN, currency: 'USD' } }, 'amount.amount notNumber'],
  ['bookings', { amount: { amount: 0, currency: 'USD' } }, 'amount.amount notPositive'],
  ['bookings', { closedOn: 'last week' }, 'closedOn notDate'],
  ['bookings', { label: null }, 'label dealName'],
  ['checkins', { note: null }, 'note note'],
  ['checkins', { blockers: 5 }, 'blockers notText'],
  ['checkins', { commitment: undefined }, 'commitment notText'],
  ['checkins', { confidence: 99 }, 'confidence confidence'],
  ['checkins', { confidence: 2.5 }, 'confidence confidence'],
  ['checkins', { date: 'yesterday-ish' }, 'date notDate'],
  ['checkins', { nextDueOn: 'soon' }, 'nextDueOn notDate'],
  ['checkins', { personId: 7 }, 'personId checkInPerson'],
  ['recognitions', { message: 123 }, 'message message'],
  ['recognitions', { values: null }, 'values notList'],
  ['recognitions', { values: ['ok', 4] }, 'values.1 emptyTag'],
  ['recognitions', { toIds: null }, 'toIds noRecipients'],
  ['recognitions', { toIds: ['maya', ''] }, 'toIds.1 recipient'],
  ['recognitions', { fromId: { id: 'dana' } }, 'fromId sender'],
  ['recognitions', { teamId: undefined }, 'teamId postTeam'],
  ['recognitions', { audience: 'world' }, 'audience audience'],
  ['recognitions', { reactions: null }, 'reactions reactions'],
  ['recognitions', { reactions: { '👏': 'maya' } }, 'reactions.👏 reactionList'],
  ['recognitions', { reactions: { '👏': ['maya', 3] } }, 'reactions.👏.1 reactor'],
  ['recognitions', { link: 'javascript:window.__pwned=1' }, 'link link'],
  ['recognitions', { kind: 'bribe' }, 'kind kind'],
  ['recognitions', { postedAt: '2026-11-25' }, 'postedAt notDateTime'],
  ['recognitions', { consent: 'yes' }, 'consent consentShape'],
  ['recognitions', { consent: { personId: 'maya', status: 'probably' } }, 'consent.status consentStatus'],
  // A consent in the name of someone not recognised would let the team see an example nobody agreed to.
  ['recognitions', { toIds: ['dana'] }, 'consent.personId consentFeatured'],
  ['recognitions', { automatic: 'yes' }, 'automatic automatic'],
  ['profiles', { drivers: null }, 'drivers drivers'],
  ['profiles', { drivers: { money: 85, winning: 45, recognition: 30, growth: 55 } }, 'drivers.purpose driverWeight'],
  ['profiles', { drivers: { money: 185, winning: 45, recognition: 30, growth: 55, purpose: 1 } }, 'drivers.money driverWeight'],
  ['profiles', { coachingNote: 7 }, 'coachingNote notText'],
  ['profiles', { leaderboard: 'top' }, 'leaderboard leaderboard'],
  ['profiles', { autoCelebrate: 'sometimes' }, 'autoCelebrate autoCelebrate'],
  ['people', { name: undefined }, 'name personName'],
  ['people', { role: 42 }, 'role role'],
  ['people', { teamId: '  ' }, 'teamId personTeam'],
  ['people', { avatarUrl: 'javascript:alert(1)' }, 'avatarUrl avatar'],
  ['people', { locale: 'english please' }, 'locale languageTag'],
  ['people', { id: 'x'.repeat(LIMITS.id + 1) }, 'id notText'],
  ['people', { createdAt: 'long ago' }, 'createdAt notDateTime'],
  ['people', { version: -1 }, 'version version'],
];

describe('the shape check of stored records', () => {
  it('accepts every record of the sample company, in several worlds', () => {
    for (const world of [generateSampleCompany(), generateSampleCompany({ seed: 2, today: '2026-01-01', currency: 'JPY' })]) {
      for (const collection of COLLECTIONS) {
        for (const record of world[collection]) expect(shapeProblems(collection, record), `${collection} ${record.id}`).to.deep.equal([]);
      }
    }
    for (const collection of COLLECTIONS) expect(shapeProblems(collection, SOUND[collection]), collection).to.deep.equal([]);
  });

  it('names the field and the problem of each record damaged at rest', () => {
    for (const [collection, patch, expected] of DAMAGED) {
      expect(found(shapeProblems(collection, with_(collection, patch))), `${collection} ${JSON.stringify(patch)}`).to.include(expected);
    }
  });

  it('reports problems validation can phrase in every language, with a terse English line of its own', () => {
    for (const [collection, patch] of DAMAGED) {
      for (const problem of shapeProblems(collection, with_(collection, patch))) {
        expect(Object.keys(problemMessages), problem.code).to.include(problem.code);
        if (problem.params?.name !== undefined) expect(Object.keys(fieldNames)).to.include(problem.params.name);
        expect(describeProblem(problem, english), `${problem.field} ${problem.code}`).to.be.a('string').and.not.match(/undefined/);
        expect(problem.message).to.equal(`The field ${problem.field} is damaged (${problem.code}).`);
      }
    }
  });

  it('leaves alone what only a form cares about: lengths, blank text, the order of dates, when consent is needed', () => {
    const formOnly: Array<[CollectionName, Record<string, unknown>]> = [
      ['goals', { title: 'x'.repeat(LIMITS.title + 1) }],
      ['goals', { why: '   ' }],
      ['goals', { targetDate: '2020-01-01' }],
      ['goals', { milestones: [{ id: 'm', title: 'One' }, { id: 'm', title: 'Two' }] }],
      ['checkins', { commitmentDueOn: '2026-01-01' }],
      ['recognitions', { consent: undefined }],
      ['profiles', { drivers: { money: 85, winning: 45, recognition: 30, growth: 55, purpose: 70, luck: 3 } }],
      ['people', { managerId: 'maya' }],
    ];
    for (const [collection, patch] of formOnly) {
      const record = with_(collection, patch);
      expect(validateRecord(collection, record), `validation refuses ${JSON.stringify(patch)}`).not.to.deep.equal([]);
      expect(shapeProblems(collection, record), `a read accepts ${JSON.stringify(patch)}`).to.deep.equal([]);
    }
    // Fields a newer client added are left alone too.
    expect(shapeProblems('goals', with_('goals', { mood: 'sunny' }))).to.deep.equal([]);
  });

  it('never refuses a record that validation accepts, whichever field changes to whatever', () => {
    let accepted = 0;
    for (const collection of COLLECTIONS) {
      for (const path of pathsOf(SOUND[collection])) {
        for (const value of VALUES) {
          const record = changed(SOUND[collection], [[path, value]]);
          if (validateRecord(collection, record).length > 0) continue;
          accepted += 1;
          expect(shapeProblems(collection, record), `${collection} ${path.join('.')} = ${JSON.stringify(value)}`).to.deep.equal([]);
        }
      }
    }
    // The check means something only if validation accepted a fair share of the changes.
    expect(accepted).to.be.greaterThan(500);
  });

  it('never refuses a record that validation accepts, with several fields changed at once', () => {
    const mutant = fc.constantFrom(...COLLECTIONS).chain((collection) => {
      const paths = pathsOf(SOUND[collection]);
      const change = fc.tuple(fc.constantFrom(...paths), fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...VALUES) }, { weight: 1, arbitrary: fc.anything() }));
      return fc.record({ collection: fc.constant(collection), changes: fc.array(change, { minLength: 2, maxLength: 3 }) });
    });
    let accepted = 0;
    fc.assert(
      fc.property(mutant, ({ collection, changes }) => {
        const record = changed(SOUND[collection], changes);
        if (validateRecord(collection, record).length > 0) return true;
        accepted += 1;
        return shapeProblems(collection, record).length === 0;
      }),
      { numRuns: 5000 },
    );
    expect(accepted).to.be.greaterThan(100);
  });

  it('never throws, whatever it is given, and stays cheap on giant or sparse lists', () => {
    for (const value of [null, undefined, 42, 'goal', [], [SOUND.goals], () => SOUND.goals]) {
      expect(shapeProblems('goals', value)).to.deep.equal([{ field: '', code: 'notRecord', params: { name: 'aGoal' }, message: 'The record is damaged (notRecord).' }]);
    }
    expect(found(shapeProblems('teams' as CollectionName, {}))).to.deep.equal([' unknownCollection']);
    expect(found(shapeProblems('__proto__' as CollectionName, {}))).to.deep.equal([' unknownCollection']);

    const hostile = with_('goals', {});
    Object.defineProperty(hostile, 'title', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(found(shapeProblems('goals', hostile))).to.deep.equal([' unreadable']);
    const cyclic = with_('recognitions', {});
    cyclic.consent = cyclic;
    expect(found(shapeProblems('recognitions', cyclic))).to.include('consent.personId consentPerson');

    const started = performance.now();
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(found(shapeProblems('recognitions', with_('recognitions', { toIds: sparse, values: sparse })))).to.include.members(['toIds tooManyRecipients', 'values tooManyValues']);
    const holes: unknown[] = [];
    holes.length = LIMITS.tiers;
    expect(found(shapeProblems('plans', with_('plans', { tiers: holes })))).to.include('tiers.19 tierDetails');
    expect(performance.now() - started).to.be.lessThan(200);
  });

  it('reads an instant only as toISOString writes one', () => {
    expect(isIsoDateTime('2026-11-25T10:00:00.000Z')).to.equal(true);
    expect(isIsoDateTime('2026-11-25T10:00+02:00')).to.equal(true);
    for (const value of ['2026-11-25', '2026-02-30T10:00:00Z', '2026-11-25T24:00:00Z', '2026-11-25 10:00:00Z', 1764064800000, null]) {
      expect(isIsoDateTime(value), String(value)).to.equal(false);
    }
  });
});
