/**
 * Every problem validation can report, said in every language Goalpost ships: the codes are found
 * by running the validators over bad records (each field of a valid record replaced by wrong
 * values, plus the mistakes that take two fields), not read from a list, so a code added to
 * validation without words in English, German or Arabic fails here. Also: what an element shows
 * for problems and errors it has no words for, and period labels in each language.
 */
import { expect } from '@open-wc/testing';
import { validateRecord } from '../../src/core/validation.js';
import { LIMITS } from '../../src/core/validation.js';
import {
  ConflictError, CurrencyMismatchError, NotFoundError, PermissionError, QuotaExceededError, UnavailableError, ValidationError, describeProblem,
} from '../../src/core/errors.js';
import type { FieldProblem } from '../../src/core/errors.js';
import { periodContaining } from '../../src/core/dates.js';
import { generateSampleCompany } from '../../src/core/sample-data.js';
import { COLLECTIONS } from '../../src/core/types.js';
import type { CollectionName } from '../../src/core/types.js';
import { en } from '../../src/i18n/en.js';
import { registerMessages } from '../../src/i18n/messages.js';
import de from '../../src/i18n/de.js';
import ar from '../../src/i18n/ar.js';
import { loadMessages } from '../../src/i18n/messages.js';
import { errorText, problemText } from '../../src/i18n/problem-text.js';
import { periodText } from '../../src/i18n/period.js';

type Bag = Record<string, unknown>;

const company = generateSampleCompany();
const valid: Record<CollectionName, Bag> = {
  people: company.people.find((p) => p.managerId && p.title && p.locale) as unknown as Bag,
  goals: company.goals.find((g) => g.target && g.saved && g.targetDate && g.milestones.some((m) => m.amount)) as unknown as Bag,
  plans: company.plans.find((p) => p.tiers.length > 1 && p.capMultiple !== undefined) as unknown as Bag,
  bookings: company.bookings[0] as unknown as Bag,
  checkins: company.checkins.find((c) => c.commitmentDueOn && c.acknowledgedOn) as unknown as Bag,
  recognitions: company.recognitions.find((r) => r.link && r.values.length > 0 && Object.keys(r.reactions).length > 0) as unknown as Bag,
  profiles: company.profiles[0] as unknown as Bag,
};
const coaching: Bag = { ...valid.recognitions, kind: 'coaching-example', consent: { personId: (valid.recognitions.toIds as string[])[0], status: 'pending' } };

/** Values that are wrong for one field or another. */
const BAD: unknown[] = [
  undefined, null, '', ' ', 'x'.repeat(5000), 'yesterday', '2026-02-30', 'usd', -1, 0, 1.5, NaN, Infinity, 2 ** 60, true, {}, [], [null], [{}], ['a', 'a'],
  { amount: 1.5, currency: 'USD' }, { amount: -1, currency: 'USD' }, { amount: 0, currency: 'USD' }, { amount: Infinity, currency: 'USD' },
  { amount: 100, currency: 'XYZ' }, { amount: 100 }, { amount: '100', currency: 'USD' },
];

function replaced(record: Bag, key: string, value: unknown): Bag {
  const copy = { ...record };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** Each field of `record` (and of its first nested item or object) replaced by each bad value. */
function mutations(record: Bag): Bag[] {
  const out: Bag[] = [];
  for (const key of Object.keys(record)) {
    for (const value of BAD) out.push(replaced(record, key, value));
    const inner = record[key];
    const first = Array.isArray(inner) ? inner[0] : inner;
    if (first && typeof first === 'object') {
      for (const innerKey of Object.keys(first as Bag)) {
        for (const value of BAD) {
          const changed = replaced(first as Bag, innerKey, value);
          out.push(replaced(record, key, Array.isArray(inner) ? [changed, ...inner.slice(1)] : changed));
        }
      }
    }
  }
  return out;
}

/** Mistakes that take two fields, or a long list, to make. */
function twoFieldMistakes(): Array<[CollectionName, unknown]> {
  const goal = valid.goals;
  const target = goal.target as { amount: number; currency: string };
  const milestone = (goal.milestones as Bag[])[0]!;
  const plan = valid.plans;
  const tiers = plan.tiers as Bag[];
  const checkIn = valid.checkins;
  const post = valid.recognitions;
  const toIds = post.toIds as string[];
  const person = valid.people;
  const many = (count: number, make: (i: number) => unknown) => Array.from({ length: count }, (_, i) => make(i));
  return [
    ['goals', { ...goal, createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' }],
    ['goals', { ...goal, id: 'g'.repeat(LIMITS.id + 1) }],
    ['goals', { ...goal, targetDate: '2000-01-01' }],
    ['goals', { ...goal, saved: { amount: 100, currency: target.currency === 'EUR' ? 'USD' : 'EUR' } }],
    ['goals', { ...goal, milestones: [{ ...milestone, amount: { amount: 100, currency: target.currency === 'EUR' ? 'USD' : 'EUR' } }] }],
    ['goals', { ...goal, milestones: [{ ...milestone, amount: { amount: target.amount + 1, currency: target.currency } }] }],
    ['goals', { ...goal, milestones: [milestone, { ...milestone }] }],
    ['goals', { ...goal, milestones: many(LIMITS.milestones + 1, (i) => ({ ...milestone, id: `m${i}` })) }],
    ['plans', { ...plan, tiers: [{ ...tiers[0], from: 0.1 }] }],
    ['plans', { ...plan, tiers: [tiers[0], { ...tiers[1], from: 0 }] }],
    ['plans', { ...plan, tiers: many(LIMITS.tiers + 1, (i) => ({ from: i, multiplier: 1, retroactive: false })) }],
    ['checkins', { ...checkIn, commitment: ' ', commitmentDueOn: checkIn.date }],
    ['checkins', { ...checkIn, commitmentDueOn: '2000-01-01', commitmentDoneOn: '2000-01-01', nextDueOn: '2000-01-01', acknowledgedOn: '2000-01-01' }],
    ['checkins', replaced(checkIn, 'acknowledgedBy', undefined)],
    ['checkins', replaced(checkIn, 'acknowledgedOn', undefined)],
    ['recognitions', { ...post, toIds: [toIds[0], toIds[0]] }],
    ['recognitions', { ...post, toIds: [post.fromId] }],
    ['recognitions', { ...post, toIds: many(LIMITS.recipients + 1, (i) => `p${i}`) }],
    ['recognitions', { ...post, values: ['Grit', 'grit', 'v'.repeat(LIMITS.valueTag + 1)] }],
    ['recognitions', { ...post, values: many(LIMITS.values + 1, (i) => `v${i}`) }],
    ['recognitions', { ...post, reactions: { ' ': ['a'], '👏': many(LIMITS.reactors + 1, (i) => `p${i}`) } }],
    ['recognitions', { ...post, kind: 'coaching-example' }],
    ['recognitions', { ...coaching, kind: 'win' }],
    ['recognitions', { ...coaching, consent: 'yes' }],
    ['recognitions', { ...coaching, consent: { personId: 'someone-else', status: 'maybe', decidedAt: 'soon' } }],
    ['recognitions', { ...coaching, consent: { status: 'granted' } }],
    ['recognitions', { ...post, automatic: 'yes' }],
    ['profiles', { ...valid.profiles, drivers: { ...(valid.profiles.drivers as Bag), fame: 10 } }],
    ['people', { ...person, managerId: person.id, avatarUrl: 'javascript:alert(1)' }],
    ['people', { ...person, locale: 'not a language!' }],
    ['people', { ...person, locale: 42 }],
    ['teams' as CollectionName, {}],
    [undefined as unknown as CollectionName, {}],
    ['goals', new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('boom'); } })],
  ];
}

/** Every problem the validators report for the bad records above. */
function everyProblem(): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const collection of COLLECTIONS) {
    problems.push(...validateRecord(collection, null));
    problems.push(...validateRecord(collection, {}));
    for (const record of mutations(collection === 'recognitions' ? coaching : valid[collection])) problems.push(...validateRecord(collection, record));
    if (collection === 'recognitions') for (const record of mutations(valid.recognitions)) problems.push(...validateRecord(collection, record));
  }
  for (const [collection, record] of twoFieldMistakes()) problems.push(...validateRecord(collection, record));
  return problems;
}

const LANGUAGES = [{ tag: 'de', catalog: de }, { tag: 'ar', catalog: ar }] as const;
const catalogKeys = (prefix: string) => Object.keys(en).filter((key) => key.startsWith(prefix)).sort();

describe('problems in every language', () => {
  before(async () => {
    await loadMessages('de');
    await loadMessages('ar');
  });

  const problems = everyProblem();
  const codes = [...new Set(problems.map((p) => p.code))].sort();
  const names = [...new Set(problems.flatMap((p) => [p.params?.name, p.params?.other]).filter((n) => n !== undefined))].sort();

  it('gives every problem validation reports a code, and every code a message in English, German and Arabic', () => {
    expect(problems.every((p) => typeof p.code === 'string'), 'every problem has a code').to.equal(true);
    const missing = (catalog: object, keys: string[]) => keys.filter((key) => !Object.prototype.hasOwnProperty.call(catalog, key));
    const problemKeys = codes.map((code) => `problem.${code}`);
    const fieldKeys = names.map((name) => `field.${name}`);
    for (const [tag, catalog] of [['en', en], ['de', de], ['ar', ar]] as const) {
      expect(missing(catalog, problemKeys), `${tag} problem.*`).to.deep.equal([]);
      expect(missing(catalog, fieldKeys), `${tag} field.*`).to.deep.equal([]);
    }
  });

  it('reaches every problem.* and field.* message: none is left without a validator to say it', () => {
    expect(codes.map((code) => `problem.${code}`)).to.deep.equal(catalogKeys('problem.'));
    expect(names.map((name) => `field.${name}`)).to.deep.equal(catalogKeys('field.'));
  });

  it('makes each English message from the same catalog an element would use', () => {
    // English registered under a private tag, so problemText renders from the catalog rather than
    // falling back to the message it is compared with.
    registerMessages('en-x-catalog', en);
    for (const problem of problems) expect(problemText(problem, 'en-x-catalog'), problem.code).to.equal(problem.message);
  });

  for (const { tag, catalog } of LANGUAGES) {
    it(`says every problem in ${tag}, with the field it names in ${tag}`, () => {
      for (const problem of problems) {
        const text = problemText(problem, tag);
        const label = `${problem.code} ${JSON.stringify(problem.params)} → ${text}`;
        expect(text, label).not.to.equal(problem.message);
        expect(text, label).not.to.match(/undefined|NaN|\[object|problem\.|field\./);
        const name = problem.params?.name;
        if (name !== undefined) expect(text.toLowerCase(), label).to.include((catalog[`field.${name}` as keyof typeof catalog] as string).toLowerCase());
        if (typeof problem.params?.value === 'string') expect(text, label).to.include(problem.params.value);
      }
    });
  }
});

describe('what an element shows for problems it has no words for', () => {
  before(async () => {
    await loadMessages('de');
  });

  it('shows the English message of a problem without a code, with an unknown code, or naming an unknown field', () => {
    const cases: FieldProblem[] = [
      { field: 'title', message: 'The server says no.' },
      { field: 'title', code: 'fromTheFuture', message: 'A newer rule.' },
      { field: 'title', code: 'tooLong', params: { name: 'sideboard', max: 3 }, message: 'Keep the sideboard short.' },
      { field: 'title', code: 'toString', message: 'Not a message.' },
      { field: 'title', code: 'notText', params: { name: '__proto__' }, message: 'Not a field.' },
      // A known code from a server that sent no parameters: the words cannot be made, its own message shows.
      { field: 'title', code: 'tooLong', message: 'Too long, says the server.' },
    ];
    for (const problem of cases) expect(problemText(problem, 'de'), problem.code).to.equal(problem.message);
    expect(describeProblem({ field: '', message: 'x' }, () => 'words')).to.equal(undefined);
  });

  it('falls back to English for a language Goalpost does not ship', () => {
    const [problem] = validateRecord('goals', null);
    expect(problemText(problem!, 'fr')).to.equal('This is not a goal.');
    expect(problemText(problem!, 'de')).to.equal(de['problem.notRecord']({ name: de['field.aGoal'] }));
  });

  it('says Goalpost’s typed errors by code, in English by their own more specific words', () => {
    const errors = [
      [new NotFoundError('goals', 'g1'), de['error.not-found']],
      [new ConflictError('goals', 'g1', 2, 3), de['error.conflict']],
      [new ConflictError('goals', 'g1', 2, undefined), de['error.conflict.deleted']],
      [new ValidationError(validateRecord('goals', {}), 'goal'), de['error.validation']],
      [new UnavailableError('This device is offline.'), de['error.unavailable']],
      [new QuotaExceededError(), de['error.quota-exceeded']],
      [new PermissionError(), de['error.permission']],
      [new CurrencyMismatchError('USD', 'EUR'), de['error.currency-mismatch']({ left: 'USD', right: 'EUR' })],
    ] as const;
    for (const [error, german] of errors) {
      expect(errorText(error, 'de'), error.code).to.equal(german);
      expect(errorText(error, 'de-AT'), error.code).to.equal(german);
      expect(errorText(error, 'en'), error.code).to.equal(error.message);
    }
    expect(errorText(new Error('disk on fire'), 'de')).to.equal('disk on fire');
    expect(errorText('plain text', 'de')).to.equal('plain text');
  });
});

describe('plan periods in every language', () => {
  before(async () => {
    await loadMessages('de');
    await loadMessages('ar');
  });

  it('describe themselves, so a label can be said in any language', () => {
    const quarter = periodContaining('2026-08-14', 'quarter', '2026-02-01');
    expect({ kind: quarter.kind, year: quarter.year, index: quarter.index, label: quarter.label }).to.deep.equal({ kind: 'quarter', year: 2027, index: 2, label: 'Q3 2027' });
    const year = periodContaining('2026-08-14', 'year', '2026-01-01');
    expect({ kind: year.kind, year: year.year, label: year.label }).to.deep.equal({ kind: 'year', year: 2026, label: 'FY 2026' });
  });

  it('are said as each language says them', () => {
    const quarter = periodContaining('2026-08-14', 'quarter', '2026-01-01');
    const year = periodContaining('2026-08-14', 'year', '2026-01-01');
    const month = periodContaining('2026-03-14', 'month', '2026-01-01');
    expect(periodText(quarter, 'en')).to.equal(quarter.label);
    expect(periodText(year, 'en')).to.equal(year.label);
    expect(periodText(quarter, 'de')).to.equal(de['common.period.quarter']({ n: 3, year: 2026 }));
    expect(periodText(year, 'de')).to.equal(de['common.period.year']({ year: 2026 }));
    expect(periodText(quarter, 'ar')).to.equal(ar['common.period.quarter']({ n: 3, year: 2026 }));
    expect(periodText(year, 'ar')).to.equal(ar['common.period.year']({ year: 2026 }));
    expect(periodText(month, 'en')).to.equal('Mar 2026');
    expect(periodText(month, 'de')).to.equal(new Intl.DateTimeFormat('de', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 1)));
  });
});
