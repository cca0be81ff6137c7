import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ValidationError } from '../../src/core/errors.js';
import type { FieldProblem } from '../../src/core/errors.js';
import {
  assertValid,
  isSafeLink,
  LIMITS,
  validateBooking,
  validateCheckIn,
  validateGoal,
  validatePerson,
  validatePlan,
  validateProfile,
  validateRecognition,
  validateRecord,
} from '../../src/core/validation.js';
import type {
  Booking, CheckIn, CollectionName, CompPlan, MotivationProfile, Person, PersonalGoal, Recognition,
} from '../../src/core/types.js';
import { COLLECTIONS } from '../../src/core/types.js';

const stamp = { createdAt: '2026-02-09T09:00:00.000Z', updatedAt: '2026-10-30T09:00:00.000Z', version: 3 };

function goal(overrides: Record<string, unknown> = {}): PersonalGoal {
  return {
    id: 'goal-1', ...stamp, ownerId: 'maya',
    title: 'Lake-house deposit', why: 'Summers on the water with the kids.', category: 'home',
    target: { amount: 6_000_000, currency: 'USD' }, targetDate: '2027-09-01', writtenOn: '2026-02-09',
    fundingShare: 0.4, saved: { amount: 1_450_000, currency: 'USD' },
    milestones: [
      { id: 'm1', title: 'Open a savings account', dueOn: '2026-02-28', doneOn: '2026-02-16' },
      { id: 'm2', title: 'Halfway there', amount: { amount: 3_000_000, currency: 'USD' }, dueOn: '2027-01-31' },
    ],
    status: 'active', visibility: 'manager', cadence: 'monthly',
    ...overrides,
  } as PersonalGoal;
}

function plan(overrides: Record<string, unknown> = {}): CompPlan {
  return {
    id: 'plan-1', ...stamp, ownerId: 'maya', name: '2026 AE plan', currency: 'USD', period: 'quarter',
    quota: 25_000_000, targetIncentive: 2_500_000,
    tiers: [
      { from: 0, multiplier: 0.5, retroactive: false },
      { from: 0.5, multiplier: 1, retroactive: true },
      { from: 1, multiplier: 1.5, retroactive: false },
      { from: 1.5, multiplier: 2, retroactive: false },
    ],
    capMultiple: 3, basis: 'per-period', yearStart: '2026-01-01',
    ...overrides,
  } as CompPlan;
}

function booking(overrides: Record<string, unknown> = {}): Booking {
  return {
    id: 'booking-1', ...stamp, ownerId: 'maya', amount: { amount: 19_340_000, currency: 'USD' }, closedOn: '2026-11-25',
    label: 'Northwind Logistics — fleet telematics renewal',
    ...overrides,
  } as Booking;
}

function checkIn(overrides: Record<string, unknown> = {}): CheckIn {
  return {
    id: 'checkin-1', ...stamp, personId: 'maya', goalId: 'goal-1', authorId: 'dana', date: '2026-11-09',
    note: 'Ahead of pace after the renewal closed.', confidence: 4, blockers: '', commitment: 'I will make the intro to their VP.',
    commitmentDueOn: '2026-11-16', nextDueOn: '2026-12-09', acknowledgedOn: '2026-11-11', acknowledgedBy: 'maya',
    ...overrides,
  } as CheckIn;
}

function recognition(overrides: Record<string, unknown> = {}): Recognition {
  return {
    id: 'recognition-1', ...stamp, fromId: 'dana', toIds: ['maya'], teamId: 'west', kind: 'win',
    message: 'Northwind renewed and expanded to the whole fleet.', link: 'https://crm.example.com/deals/1',
    values: ['grit', 'customer-first'], audience: 'team', postedAt: '2026-11-25T10:00:00.000Z',
    reactions: { '👏': ['jordan', 'aisha'] },
    ...overrides,
  } as Recognition;
}

function coachingExample(overrides: Record<string, unknown> = {}): Recognition {
  return recognition({ kind: 'coaching-example', consent: { personId: 'maya', status: 'pending' }, ...overrides });
}

function profile(overrides: Record<string, unknown> = {}): MotivationProfile {
  return {
    id: 'profile-1', ...stamp, ownerId: 'maya',
    drivers: { money: 85, winning: 45, recognition: 30, growth: 55, purpose: 70 },
    recognitionPreference: 'public', leaderboard: 'named', autoCelebrate: true,
    coachingNote: 'Connect the number to the lake house.',
    ...overrides,
  } as MotivationProfile;
}

function person(overrides: Record<string, unknown> = {}): Person {
  return {
    id: 'maya', ...stamp, name: 'Maya Okafor', role: 'rep', managerId: 'dana', teamId: 'west', locale: 'en-US',
    title: 'Senior Account Executive', avatarUrl: 'https://avatars.example.com/maya.png',
    ...overrides,
  } as Person;
}

/** The record without `key`, as a draft missing that field. */
function without<T extends object>(record: T, ...keys: string[]): T {
  const copy = { ...record } as Record<string, unknown>;
  for (const key of keys) delete copy[key];
  return copy as T;
}

function fields(problems: readonly FieldProblem[]): string[] {
  return problems.map((p) => p.field);
}

/** The one message reported for `field`, failing when there is none or more than one. */
function messageFor(problems: readonly FieldProblem[], field: string): string {
  const matching = problems.filter((p) => p.field === field);
  expect(matching, `problems for ${field} in ${JSON.stringify(problems)}`).to.have.length(1);
  return matching[0]!.message;
}

describe('validation', () => {
  describe('validateGoal', () => {
    it('accepts a complete goal, and a draft without id, timestamps or version', () => {
      expect(validateGoal(goal())).to.deep.equal([]);
      expect(validateGoal(without(goal(), 'id', 'createdAt', 'updatedAt', 'version'))).to.deep.equal([]);
    });

    it('accepts a goal that is not about money: no target, no saved amount, no target date', () => {
      expect(validateGoal(without(goal({ milestones: [], fundingShare: 0 }), 'target', 'saved', 'targetDate'))).to.deep.equal([]);
    });

    it('asks for a title when it is missing, empty or only spaces', () => {
      for (const title of [undefined, '', '   \n', 42]) {
        const problems = validateGoal(title === undefined ? without(goal(), 'title') : goal({ title }));
        expect(messageFor(problems, 'title')).to.equal('Give the goal a title.');
      }
    });

    it('limits the title to 120 characters, counting an emoji as one', () => {
      expect(messageFor(validateGoal(goal({ title: 'x'.repeat(121) })), 'title')).to.equal('Keep the title to 120 characters or fewer.');
      expect(validateGoal(goal({ title: 'x'.repeat(120) }))).to.deep.equal([]);
      expect(validateGoal(goal({ title: '🏡'.repeat(120) }))).to.deep.equal([]);
      expect(fields(validateGoal(goal({ title: '🏡'.repeat(121) })))).to.deep.equal(['title']);
    });

    it('asks why the goal matters and limits it to 2000 characters', () => {
      expect(messageFor(validateGoal(goal({ why: ' ' })), 'why')).to.equal('Say why this goal matters to you.');
      expect(messageFor(validateGoal(goal({ why: 'w'.repeat(2001) })), 'why')).to.equal('Keep why it matters to 2000 characters or fewer.');
      expect(validateGoal(goal({ why: 'w'.repeat(2000) }))).to.deep.equal([]);
    });

    it('refuses a category, status, visibility or cadence it does not know', () => {
      const problems = validateGoal(goal({ category: 'yacht', status: 'done', visibility: 'everyone', cadence: 'daily' }));
      expect(messageFor(problems, 'category')).to.equal('Choose a category for the goal.');
      expect(messageFor(problems, 'status')).to.equal('Choose whether the goal is active, achieved, paused or dropped.');
      expect(messageFor(problems, 'visibility')).to.equal('Choose who can see this goal.');
      expect(messageFor(problems, 'cadence')).to.equal('Choose how often to review this goal.');
    });

    it('says a negative target amount cannot be negative, and a zero one must be more than zero', () => {
      expect(messageFor(validateGoal(goal({ target: { amount: -100, currency: 'USD' } })), 'target.amount')).to.equal('The target amount can\'t be negative.');
      expect(messageFor(validateGoal(goal({ target: { amount: 0, currency: 'USD' }, milestones: [] })), 'target.amount')).to.equal('The target amount must be more than zero.');
    });

    it('refuses amounts that are not whole minor units, not numbers, or too large to count exactly', () => {
      const at = (amount: unknown) => messageFor(validateGoal(goal({ target: { amount, currency: 'USD' }, milestones: [] })), 'target.amount');
      expect(at(100.5)).to.equal('The target amount has more decimal places than its currency allows.');
      expect(at(Number.NaN)).to.equal('The target amount must be a number.');
      expect(at('6000000')).to.equal('The target amount must be a number.');
      expect(at(Number.POSITIVE_INFINITY)).to.equal('The target amount is too large.');
      expect(at(1e20)).to.equal('The target amount is too large.');
      expect(at(Number.MAX_SAFE_INTEGER + 2)).to.equal('The target amount is too large.');
      expect(validateGoal(goal({ target: { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }, milestones: [] }))).to.deep.equal([]);
    });

    it('names a currency it does not know, in the words of the brief', () => {
      expect(messageFor(validateGoal(goal({ target: { amount: 100, currency: 'XYZ' }, saved: undefined, milestones: [] })), 'target.currency'))
        .to.equal('“XYZ” is not a currency we know.');
      expect(messageFor(validateGoal(goal({ target: { amount: 100, currency: 'usd' }, saved: undefined, milestones: [] })), 'target.currency'))
        .to.equal('“usd” is not a currency we know.');
      expect(messageFor(validateGoal(goal({ target: { amount: 100 }, saved: undefined, milestones: [] })), 'target.currency'))
        .to.equal('Choose a currency for the target amount.');
    });

    it('asks for the target as an amount and a currency when it is not an object', () => {
      expect(messageFor(validateGoal(goal({ target: 60000, saved: undefined, milestones: [] })), 'target'))
        .to.equal('Enter the target amount as an amount and a currency.');
    });

    it('checks dates are real calendar dates', () => {
      expect(messageFor(validateGoal(goal({ targetDate: '2027-02-30' })), 'targetDate')).to.equal('“2027-02-30” is not a real date.');
      expect(messageFor(validateGoal(goal({ writtenOn: '09/02/2026' })), 'writtenOn')).to.equal('“09/02/2026” is not a real date.');
      expect(messageFor(validateGoal(without(goal(), 'writtenOn')), 'writtenOn')).to.equal('Give the day you wrote the goal.');
      expect(messageFor(validateGoal(goal({ targetDate: 20270901 })), 'targetDate')).to.equal('The target date must be a date.');
    });

    it('says when the target date is before the day the goal was written, and allows the same day', () => {
      expect(messageFor(validateGoal(goal({ targetDate: '2026-02-08' })), 'targetDate')).to.equal('The target date is before the day you wrote the goal.');
      expect(validateGoal(goal({ targetDate: '2026-02-09' }))).to.deep.equal([]);
    });

    it('keeps the funding share between 0% and 100%', () => {
      for (const fundingShare of [-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY, '0.5', undefined, null]) {
        expect(messageFor(validateGoal(goal({ fundingShare })), 'fundingShare')).to.equal('Funding share must be between 0% and 100%.');
      }
      for (const fundingShare of [0, 0.25, 1]) expect(validateGoal(goal({ fundingShare }))).to.deep.equal([]);
    });

    it('refuses a negative saved amount and one in another currency than the target', () => {
      expect(messageFor(validateGoal(goal({ saved: { amount: -1, currency: 'USD' } })), 'saved.amount')).to.equal('The amount saved can\'t be negative.');
      expect(validateGoal(goal({ saved: { amount: 0, currency: 'USD' } }))).to.deep.equal([]);
      expect(messageFor(validateGoal(goal({ saved: { amount: 100, currency: 'EUR' } })), 'saved.currency'))
        .to.equal('The amount saved must be in the same currency as the target (USD).');
    });

    it('checks each milestone: a title, a real due date, an amount in the goal’s currency and within its target', () => {
      const problems = validateGoal(goal({
        milestones: [
          { id: 'm1', title: '' },
          { id: 'm2', title: 'Euro step', amount: { amount: 100, currency: 'EUR' } },
          { id: 'm3', title: 'Too far', amount: { amount: 7_000_000, currency: 'USD' } },
          { id: 'm4', title: 'Bad date', dueOn: '2026-13-01', doneOn: 'yesterday' },
          { id: 'm5', title: 'Nothing', amount: { amount: 0, currency: 'USD' } },
          'not a milestone',
        ],
      }));
      expect(messageFor(problems, 'milestones.0.title')).to.equal('Give the milestone a title.');
      expect(messageFor(problems, 'milestones.1.amount.currency')).to.equal('The milestone amount must be in the same currency as the goal (USD).');
      expect(messageFor(problems, 'milestones.2.amount.amount')).to.equal('The milestone amount is more than the goal’s target.');
      expect(messageFor(problems, 'milestones.3.dueOn')).to.equal('“2026-13-01” is not a real date.');
      expect(messageFor(problems, 'milestones.3.doneOn')).to.equal('“yesterday” is not a real date.');
      expect(messageFor(problems, 'milestones.4.amount.amount')).to.equal('The milestone amount must be more than zero.');
      expect(messageFor(problems, 'milestones.5')).to.equal('This milestone is missing its details.');
      expect(problems).to.have.length(7);
    });

    it('needs each milestone to have its own id', () => {
      const problems = validateGoal(goal({ milestones: [{ id: 'm1', title: 'A' }, { id: 'm1', title: 'B' }, { title: 'C' }] }));
      expect(messageFor(problems, 'milestones.1.id')).to.equal('Two milestones have the same id.');
      expect(messageFor(problems, 'milestones.2.id')).to.equal('The milestone needs an id.');
    });

    it('needs milestones to be a list of at most 50', () => {
      expect(messageFor(validateGoal(goal({ milestones: undefined })), 'milestones')).to.equal('Milestones must be a list (it may be empty).');
      const many = Array.from({ length: 51 }, (_, i) => ({ id: `m${i}`, title: `Step ${i}` }));
      expect(messageFor(validateGoal(goal({ milestones: many })), 'milestones')).to.equal('A goal can have at most 50 milestones.');
    });

    it('reports every problem at once, each against its own field', () => {
      const problems = validateGoal(goal({
        title: '', target: { amount: -5, currency: 'XYZ' }, targetDate: '2025-01-01', fundingShare: 2, visibility: 'public',
      }));
      expect(fields(problems)).to.have.members(['title', 'target.amount', 'target.currency', 'targetDate', 'fundingShare', 'visibility']);
      for (const problem of problems) expect(problem.message).to.match(/^[“A-Z].*[.]$/);
    });

    it('checks the bookkeeping fields only when they are present', () => {
      const problems = validateGoal(goal({ id: '', version: -1, createdAt: 'yesterday', updatedAt: '2026-02-09T09:00:00Z' }));
      expect(messageFor(problems, 'id')).to.equal('The record id must be text.');
      expect(messageFor(problems, 'version')).to.equal('The version must be a whole number of 0 or more.');
      expect(validateGoal(goal({ version: 0 })), 'a new draft').to.deep.equal([]);
      expect(messageFor(problems, 'createdAt')).to.equal('The creation time must be a date and time.');
      expect(fields(validateGoal(goal({ version: 1.5 })))).to.deep.equal(['version']);
      expect(messageFor(validateGoal(goal({ createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' })), 'updatedAt'))
        .to.equal('The record was changed before it was created.');
      expect(validateGoal(goal({ createdAt: '2026-02-09T09:00:00+02:00', updatedAt: '2026-02-09T09:00:00Z' }))).to.deep.equal([]);
    });

    it('leaves fields it does not know alone, so newer records still validate', () => {
      expect(validateGoal(goal({ mood: 'hopeful' }))).to.deep.equal([]);
    });

    it('needs an owner', () => {
      expect(messageFor(validateGoal(without(goal(), 'ownerId')), 'ownerId')).to.equal('The goal needs an owner.');
    });
  });

  describe('validatePlan', () => {
    it('accepts a complete plan, with or without a cap', () => {
      expect(validatePlan(plan())).to.deep.equal([]);
      expect(validatePlan(without(plan(), 'capMultiple', 'id', 'createdAt', 'updatedAt', 'version'))).to.deep.equal([]);
    });

    it('needs a quota above zero and a target incentive of zero or more', () => {
      expect(messageFor(validatePlan(plan({ quota: 0 })), 'quota')).to.equal('The quota must be more than zero.');
      expect(messageFor(validatePlan(plan({ quota: -1 })), 'quota')).to.equal('The quota can\'t be negative.');
      expect(messageFor(validatePlan(plan({ targetIncentive: -1 })), 'targetIncentive')).to.equal('The target incentive can\'t be negative.');
      expect(validatePlan(plan({ targetIncentive: 0 }))).to.deep.equal([]);
    });

    it('needs at least one tier, the first from 0%', () => {
      expect(messageFor(validatePlan(plan({ tiers: [] })), 'tiers')).to.equal('A plan needs at least one tier.');
      expect(messageFor(validatePlan(plan({ tiers: 'flat' })), 'tiers')).to.equal('A plan needs at least one tier.');
      expect(messageFor(validatePlan(plan({ tiers: [{ from: 0.1, multiplier: 1, retroactive: false }] })), 'tiers.0.from'))
        .to.equal('The first tier must start at 0%.');
      expect(validatePlan(plan({ tiers: [{ from: 0, multiplier: 1, retroactive: false }] }))).to.deep.equal([]);
    });

    it('needs thresholds that strictly increase', () => {
      const tiers = [
        { from: 0, multiplier: 1, retroactive: false },
        { from: 1, multiplier: 1.5, retroactive: false },
        { from: 1, multiplier: 2, retroactive: false },
        { from: 0.5, multiplier: 2, retroactive: false },
      ];
      const problems = validatePlan(plan({ tiers }));
      expect(messageFor(problems, 'tiers.2.from')).to.equal('Each tier must start above the one before it.');
      expect(messageFor(problems, 'tiers.3.from')).to.equal('Each tier must start above the one before it.');
    });

    it('needs finite multipliers of zero or more and a retroactive flag', () => {
      const tiers = [
        { from: 0, multiplier: -0.5, retroactive: false },
        { from: 0.5, multiplier: Number.POSITIVE_INFINITY, retroactive: 'yes' },
        { from: Number.NaN, multiplier: 0 },
      ];
      const problems = validatePlan(plan({ tiers }));
      expect(messageFor(problems, 'tiers.0.multiplier')).to.equal('A tier’s multiplier must be a number of 0 or more.');
      expect(messageFor(problems, 'tiers.1.multiplier')).to.equal('A tier’s multiplier must be a number of 0 or more.');
      expect(messageFor(problems, 'tiers.1.retroactive')).to.equal('Say whether the tier is retroactive.');
      expect(messageFor(problems, 'tiers.2.from')).to.equal('A tier must start at an attainment of 0% or more.');
      expect(messageFor(problems, 'tiers.2.retroactive')).to.equal('Say whether the tier is retroactive.');
    });

    it('needs a cap above zero when there is one', () => {
      for (const capMultiple of [0, -1, Number.NaN, '3']) {
        expect(messageFor(validatePlan(plan({ capMultiple })), 'capMultiple')).to.equal('The cap must be more than zero times the target incentive.');
      }
    });

    it('checks the period, basis, currency, year start and name', () => {
      const problems = validatePlan(plan({ period: 'week', basis: 'rolling', currency: 'ABC', yearStart: '2026-1-1', name: ' ' }));
      expect(messageFor(problems, 'period')).to.equal('Choose whether quota is set per month, quarter or year.');
      expect(messageFor(problems, 'basis')).to.equal('Choose whether each period is paid on its own or year to date.');
      expect(messageFor(problems, 'currency')).to.equal('“ABC” is not a currency we know.');
      expect(messageFor(problems, 'yearStart')).to.equal('“2026-1-1” is not a real date.');
      expect(messageFor(problems, 'name')).to.equal('Give the plan a name.');
      expect(problems).to.have.length(5);
    });
  });

  describe('validateBooking', () => {
    it('accepts a deal, and a clawback as a negative amount', () => {
      expect(validateBooking(booking())).to.deep.equal([]);
      expect(validateBooking(booking({ amount: { amount: -1_500_000, currency: 'USD' }, label: 'Contoso — clawback: cancelled within 90 days' }))).to.deep.equal([]);
    });

    it('refuses a zero amount, which records nothing', () => {
      expect(messageFor(validateBooking(booking({ amount: { amount: 0, currency: 'USD' } })), 'amount.amount')).to.equal('The booking amount must be more than zero.');
    });

    it('needs a name for the deal, a real close date and the rep', () => {
      const problems = validateBooking(without(booking({ label: '', closedOn: '2026-11-31' }), 'ownerId'));
      expect(messageFor(problems, 'label')).to.equal('Name the deal.');
      expect(messageFor(problems, 'closedOn')).to.equal('“2026-11-31” is not a real date.');
      expect(messageFor(problems, 'ownerId')).to.equal('The booking needs the rep who closed it.');
      expect(messageFor(validateBooking(booking({ label: 'x'.repeat(201) })), 'label')).to.equal('Keep the deal name to 200 characters or fewer.');
    });

    it('needs an amount in whole minor units', () => {
      expect(messageFor(validateBooking(booking({ amount: { amount: 10.25, currency: 'USD' } })), 'amount.amount'))
        .to.equal('The booking amount has more decimal places than its currency allows.');
      expect(messageFor(validateBooking(booking({ amount: null })), 'amount')).to.equal('Enter the booking amount as an amount and a currency.');
    });
  });

  describe('validateCheckIn', () => {
    it('accepts a complete check-in, and one with no blockers and no commitment', () => {
      expect(validateCheckIn(checkIn())).to.deep.equal([]);
      expect(validateCheckIn(without(checkIn({ commitment: '', blockers: '' }), 'commitmentDueOn', 'goalId', 'acknowledgedOn', 'acknowledgedBy'))).to.deep.equal([]);
    });

    it('needs confidence to be a whole number from 1 to 5', () => {
      for (const confidence of [0, 6, 2.5, '3', undefined, Number.NaN]) {
        expect(messageFor(validateCheckIn(checkIn({ confidence })), 'confidence')).to.equal('Confidence must be a whole number from 1 to 5.');
      }
      for (const confidence of [1, 5]) expect(validateCheckIn(checkIn({ confidence }))).to.deep.equal([]);
    });

    it('keeps the next check-in, the commitment and the acknowledgement on or after the check-in', () => {
      const problems = validateCheckIn(checkIn({ nextDueOn: '2026-11-08', commitmentDueOn: '2026-11-01', commitmentDoneOn: '2026-11-02', acknowledgedOn: '2026-11-08' }));
      expect(messageFor(problems, 'nextDueOn')).to.equal('The next check-in is before this one.');
      expect(messageFor(problems, 'commitmentDueOn')).to.equal('The commitment is due before the check-in took place.');
      expect(messageFor(problems, 'commitmentDoneOn')).to.equal('The commitment was kept before the check-in took place.');
      expect(messageFor(problems, 'acknowledgedOn')).to.equal('The check-in was acknowledged before it took place.');
      expect(validateCheckIn(checkIn({ nextDueOn: '2026-11-09', acknowledgedOn: '2026-11-09' }))).to.deep.equal([]);
    });

    it('needs a note of at most 4000 characters', () => {
      expect(messageFor(validateCheckIn(checkIn({ note: '' })), 'note')).to.equal('Write a short note about how it is going.');
      expect(messageFor(validateCheckIn(checkIn({ note: 'n'.repeat(4001) })), 'note')).to.equal('Keep the note to 4000 characters or fewer.');
      expect(validateCheckIn(checkIn({ note: 'n'.repeat(4000) }))).to.deep.equal([]);
    });

    it('needs a commitment for a commitment date, and says who acknowledged with when', () => {
      expect(messageFor(validateCheckIn(checkIn({ commitment: ' ' })), 'commitment')).to.equal('Say what you will do to help, or clear its dates.');
      expect(messageFor(validateCheckIn(without(checkIn(), 'acknowledgedBy')), 'acknowledgedBy')).to.equal('Say who acknowledged the check-in.');
      expect(messageFor(validateCheckIn(without(checkIn(), 'acknowledgedOn')), 'acknowledgedOn')).to.equal('Give the day the check-in was acknowledged.');
    });

    it('needs the rep, the author, and text for blockers and commitment', () => {
      const problems = validateCheckIn(checkIn({ personId: '', authorId: 7, blockers: null, commitment: undefined, commitmentDueOn: undefined }));
      expect(messageFor(problems, 'personId')).to.equal('The check-in needs the rep it is about.');
      expect(messageFor(problems, 'authorId')).to.equal('The check-in needs an author.');
      expect(messageFor(problems, 'blockers')).to.equal('The blockers must be text.');
      expect(messageFor(problems, 'commitment')).to.equal('The commitment must be text.');
    });
  });

  describe('validateRecognition', () => {
    it('accepts a win, and a coaching example with the featured rep’s consent', () => {
      expect(validateRecognition(recognition())).to.deep.equal([]);
      expect(validateRecognition(without(recognition(), 'link'))).to.deep.equal([]);
      for (const status of ['pending', 'granted', 'declined']) {
        expect(validateRecognition(coachingExample({ consent: { personId: 'maya', status, decidedAt: '2026-11-25T11:00:00.000Z' } }))).to.deep.equal([]);
      }
    });

    it('needs at least one recipient who is not only the sender', () => {
      expect(messageFor(validateRecognition(recognition({ toIds: [] })), 'toIds')).to.equal('Choose at least one person to recognise.');
      expect(messageFor(validateRecognition(recognition({ toIds: ['dana'] })), 'toIds')).to.equal('Recognise someone other than yourself.');
      expect(validateRecognition(recognition({ toIds: ['dana', 'maya'] }))).to.deep.equal([]);
      expect(messageFor(validateRecognition(recognition({ toIds: ['maya', 'maya'] })), 'toIds.1')).to.equal('The same person is listed twice.');
      expect(messageFor(validateRecognition(recognition({ toIds: 'maya' })), 'toIds')).to.equal('Choose at least one person to recognise.');
    });

    it('accepts only http and https links', () => {
      expect(messageFor(validateRecognition(recognition({ link: 'javascript:alert(1)' })), 'link')).to.equal('Links must start with http:// or https://.');
      expect(messageFor(validateRecognition(recognition({ link: 42 })), 'link')).to.equal('Links must start with http:// or https://.');
      expect(validateRecognition(recognition({ link: 'http://intranet.example.com/wins' }))).to.deep.equal([]);
    });

    it('allows up to 10 value tags of up to 32 characters, each once', () => {
      const eleven = Array.from({ length: 11 }, (_, i) => `value-${i}`);
      expect(messageFor(validateRecognition(recognition({ values: eleven })), 'values')).to.equal('Use at most 10 value tags.');
      expect(validateRecognition(recognition({ values: eleven.slice(0, 10) }))).to.deep.equal([]);
      expect(messageFor(validateRecognition(recognition({ values: ['t'.repeat(33)] })), 'values.0')).to.equal('Keep a value tag to 32 characters or fewer.');
      expect(messageFor(validateRecognition(recognition({ values: ['grit', 'Grit'] })), 'values.1')).to.equal('“Grit” is tagged twice.');
      expect(messageFor(validateRecognition(recognition({ values: [' '] })), 'values.0')).to.equal('A value tag can’t be empty.');
    });

    it('needs a message, a known kind and audience, and a real posting time', () => {
      const problems = validateRecognition(recognition({ message: '', kind: 'shout-out', audience: 'company', postedAt: '2026-11-25' }));
      expect(messageFor(problems, 'message')).to.equal('Write a message.');
      expect(messageFor(problems, 'kind')).to.equal('Choose what kind of recognition this is.');
      expect(messageFor(problems, 'audience')).to.equal('Choose whether the team or only the people involved see this.');
      expect(messageFor(problems, 'postedAt')).to.equal('The time it was posted must be a date and time.');
      expect(messageFor(validateRecognition(recognition({ message: 'm'.repeat(2001) })), 'message')).to.equal('Keep the message to 2000 characters or fewer.');
    });

    it('asks for consent exactly when the post is a coaching example', () => {
      expect(messageFor(validateRecognition(recognition({ kind: 'coaching-example' })), 'consent'))
        .to.equal('A coaching example needs the featured rep’s consent before the team sees it.');
      expect(messageFor(validateRecognition(recognition({ consent: { personId: 'maya', status: 'granted' } })), 'consent'))
        .to.equal('Only a coaching example asks for consent.');
    });

    it('needs the consent to belong to a recognised rep and to be pending, granted or declined', () => {
      const problems = validateRecognition(coachingExample({ consent: { personId: 'jordan', status: 'maybe', decidedAt: 'soon' } }));
      expect(messageFor(problems, 'consent.personId')).to.equal('The featured rep must be one of the people recognised.');
      expect(messageFor(problems, 'consent.status')).to.equal('Consent must be pending, granted or declined.');
      expect(messageFor(problems, 'consent.decidedAt')).to.equal('The time of the decision must be a date and time.');
      expect(messageFor(validateRecognition(coachingExample({ consent: 'yes' })), 'consent')).to.equal('The consent must say whose it is and whether it was given.');
    });

    it('needs reactions to map each emoji to the people who reacted', () => {
      expect(messageFor(validateRecognition(recognition({ reactions: [] })), 'reactions')).to.equal('Reactions must be a map from emoji to people.');
      expect(messageFor(validateRecognition(recognition({ reactions: { '👏': 'maya' } })), 'reactions.👏')).to.equal('A reaction must list who reacted.');
      expect(messageFor(validateRecognition(recognition({ reactions: { '👏': ['maya', ''] } })), 'reactions.👏.1')).to.equal('Each reaction must name who reacted.');
      expect(validateRecognition(recognition({ reactions: {} }))).to.deep.equal([]);
    });

    it('needs the automatic flag, when present, to be true or false', () => {
      expect(messageFor(validateRecognition(recognition({ automatic: 'yes' })), 'automatic')).to.equal('Say whether Goalpost made this post by itself.');
      expect(validateRecognition(recognition({ automatic: true }))).to.deep.equal([]);
    });
  });

  describe('validateProfile', () => {
    it('accepts a complete profile, and an empty coaching note', () => {
      expect(validateProfile(profile())).to.deep.equal([]);
      expect(validateProfile(profile({ coachingNote: '' }))).to.deep.equal([]);
    });

    it('weighs every driver from 0 to 100', () => {
      const problems = validateProfile(profile({ drivers: { money: 101, winning: -1, recognition: Number.NaN, growth: '50' } }));
      for (const driver of ['money', 'winning', 'recognition', 'growth', 'purpose']) {
        expect(messageFor(problems, `drivers.${driver}`)).to.equal('Each driver’s weight must be between 0 and 100.');
      }
      expect(validateProfile(profile({ drivers: { money: 0, winning: 100, recognition: 50.5, growth: 0, purpose: 0 } }))).to.deep.equal([]);
    });

    it('names a driver it does not know', () => {
      expect(messageFor(validateProfile(profile({ drivers: { ...profile().drivers, fame: 10 } })), 'drivers.fame')).to.equal('“fame” is not a driver we know.');
      expect(messageFor(validateProfile(profile({ drivers: null })), 'drivers')).to.equal('Weigh each of the drivers from 0 to 100.');
    });

    it('checks the recognition preference, leaderboard presence, celebration flag and note length', () => {
      const problems = validateProfile(profile({ recognitionPreference: 'loud', leaderboard: 'top', autoCelebrate: 'yes', coachingNote: 'c'.repeat(2001) }));
      expect(messageFor(problems, 'recognitionPreference')).to.equal('Choose how you like to be recognised: in public, in private, or not at all.');
      expect(messageFor(problems, 'leaderboard')).to.equal('Choose whether leaderboards show your name, show you anonymously, or leave you out.');
      expect(messageFor(problems, 'autoCelebrate')).to.equal('Say whether to celebrate your milestones automatically.');
      expect(messageFor(problems, 'coachingNote')).to.equal('Keep the coaching note to 2000 characters or fewer.');
    });
  });

  describe('validatePerson', () => {
    it('accepts a complete person, and one with only the required fields', () => {
      expect(validatePerson(person())).to.deep.equal([]);
      expect(validatePerson({ name: 'Evelyn Zhou', role: 'leader', teamId: 'leadership' })).to.deep.equal([]);
    });

    it('needs a name, a known role and a team', () => {
      const problems = validatePerson(person({ name: '  ', role: 'admin', teamId: '' }));
      expect(messageFor(problems, 'name')).to.equal('Enter the person’s name.');
      expect(messageFor(problems, 'role')).to.equal('Choose whether this person is a rep, a manager or a leader.');
      expect(messageFor(problems, 'teamId')).to.equal('Choose the person’s team.');
    });

    it('accepts only a safe http(s) picture', () => {
      expect(messageFor(validatePerson(person({ avatarUrl: 'data:image/svg+xml,<svg onload=alert(1)>' })), 'avatarUrl'))
        .to.equal('The picture must be an http:// or https:// link.');
    });

    it('refuses a person who is their own manager', () => {
      expect(messageFor(validatePerson(person({ managerId: 'maya' })), 'managerId')).to.equal('A person can’t be their own manager.');
    });

    it('needs a language tag it can read', () => {
      expect(messageFor(validatePerson(person({ locale: 'english please' })), 'locale')).to.equal('“english please” is not a language we know.');
      expect(messageFor(validatePerson(person({ locale: 7 })), 'locale')).to.equal('The language must be a tag such as en-US.');
      for (const locale of ['fr-CA', 'ar-EG', 'zh-Hant-TW']) expect(validatePerson(person({ locale }))).to.deep.equal([]);
    });
  });

  describe('validateRecord', () => {
    const valid: Record<CollectionName, unknown> = {
      people: person(), goals: goal(), plans: plan(), bookings: booking(), checkins: checkIn(), recognitions: recognition(), profiles: profile(),
    };

    it('validates each collection with its own rules', () => {
      for (const collection of COLLECTIONS) expect(validateRecord(collection, valid[collection]), collection).to.deep.equal([]);
      expect(fields(validateRecord('goals', goal({ title: '' })))).to.deep.equal(['title']);
      // A valid booking is not a valid goal.
      expect(validateRecord('goals', booking()).length).to.be.greaterThan(3);
    });

    it('answers a value that is not a record with one problem for the whole record', () => {
      for (const value of [null, undefined, 42, 'goal', [], [goal()], true, () => goal()]) {
        expect(validateRecord('goals', value)).to.deep.equal([{ field: '', code: 'notRecord', params: { name: 'aGoal' }, message: 'This is not a goal.' }]);
      }
      expect(validateRecord('checkins', null)).to.deep.equal([{ field: '', code: 'notRecord', params: { name: 'aCheckIn' }, message: 'This is not a check-in.' }]);
    });

    it('names a collection it does not know instead of throwing', () => {
      expect(validateRecord('teams' as CollectionName, {})).to.deep.equal([{ field: '', code: 'unknownCollection', params: { value: 'teams' }, message: '“teams” is not a kind of record Goalpost keeps.' }]);
      expect(validateRecord(undefined as unknown as CollectionName, {})).to.deep.equal([{ field: '', code: 'unknownCollection', message: 'That is not a kind of record Goalpost keeps.' }]);
      expect(validateRecord('__proto__' as CollectionName, {})).to.have.length(1);
    });

    it('never throws, whatever it is given', () => {
      fc.assert(
        fc.property(fc.constantFrom(...COLLECTIONS), fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (collection, value) => {
          const problems = validateRecord(collection, value);
          expect(problems).to.be.an('array');
          expect(problems.length).to.be.greaterThan(0);
          for (const problem of problems) {
            expect(problem.field).to.be.a('string');
            expect(problem.message).to.be.a('string');
            expect(problem.message.length).to.be.greaterThan(0);
          }
        }),
        { numRuns: 400 },
      );
    });

    it('never throws when any field of a valid record is replaced by anything', () => {
      const keys = [...new Set(COLLECTIONS.flatMap((c) => Object.keys(valid[c] as object)))];
      fc.assert(
        fc.property(fc.constantFrom(...COLLECTIONS), fc.constantFrom(...keys), fc.anything({ withNullPrototype: true, withBigInt: true, withSparseArray: true }), (collection, key, value) => {
          const record = { ...(valid[collection] as object), [key]: value };
          expect(() => validateRecord(collection, record)).not.to.throw();
          expect(validateRecord(collection, record)).to.be.an('array');
        }),
        { numRuns: 600 },
      );
    });

    it('copes with cyclic, hostile and enormous values', () => {
      const cyclic = { ...goal() } as Record<string, unknown>;
      cyclic.self = cyclic;
      cyclic.milestones = [cyclic, cyclic];
      cyclic.target = cyclic;
      expect(fields(validateRecord('goals', cyclic))).to.have.members(['target.amount', 'target.currency', 'milestones.1.id']);

      const hostile = new Proxy({}, { get() { throw new Error('boom'); }, getOwnPropertyDescriptor() { throw new Error('boom'); } });
      expect(validateRecord('goals', hostile)).to.deep.equal([{ field: '', code: 'unreadable', message: 'This record could not be read.' }]);
      const trap = Object.defineProperty({ ...goal() }, 'title', { enumerable: true, get() { throw new Error('gotcha'); } });
      expect(validateRecord('goals', trap)).to.deep.equal([{ field: '', code: 'unreadable', message: 'This record could not be read.' }]);

      const started = performance.now();
      const sparse = validateRecord('goals', goal({ milestones: new Array(2 ** 32 - 1), title: 't'.repeat(5_000_000) }));
      expect(performance.now() - started).to.be.below(500);
      expect(messageFor(sparse, 'milestones')).to.equal('A goal can have at most 50 milestones.');
      expect(messageFor(sparse, 'title')).to.equal('Keep the title to 120 characters or fewer.');
      expect(sparse.filter((p) => p.field.startsWith('milestones.'))).to.have.length(LIMITS.milestones);

      expect(messageFor(validateRecord('goals', goal({ fundingShare: 1e308 * 10 })), 'fundingShare')).to.equal('Funding share must be between 0% and 100%.');
      expect(messageFor(validateRecord('goals', goal({ target: { amount: 10n, currency: 'USD' }, saved: undefined, milestones: [] })), 'target.amount'))
        .to.equal('The target amount must be a number.');
    });

    it('never reads data through the prototype', () => {
      const inherited = Object.create({ title: 'From the prototype' }) as Record<string, unknown>;
      Object.assign(inherited, without(goal(), 'title'));
      expect(fields(validateRecord('goals', inherited))).to.deep.equal(['title']);
    });

    it('keeps echoed values short and printable', () => {
      const message = messageFor(validateRecord('goals', goal({ writtenOn: `\u0000${'9'.repeat(500)}`, targetDate: undefined })), 'writtenOn');
      expect(message.length).to.be.below(60);
      expect(message).not.to.include('\u0000');
    });
  });

  describe('assertValid', () => {
    it('passes quietly for a valid record', () => {
      expect(() => assertValid('goals', goal())).not.to.throw();
    });

    it('throws a ValidationError carrying every problem', () => {
      let caught: unknown;
      try {
        assertValid('goals', goal({ title: '', fundingShare: 5 }));
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(ValidationError);
      const error = caught as ValidationError;
      expect(error.code).to.equal('validation');
      expect(fields(error.problems)).to.deep.equal(['title', 'fundingShare']);
      expect(error.messageFor('title')).to.equal('Give the goal a title.');
      expect(error.message).to.equal('The goal has 2 problems: Give the goal a title. Funding share must be between 0% and 100%.');
    });

    it('names the kind of record in the error', () => {
      expect(() => assertValid('checkins', {})).to.throw(ValidationError, /^The check-in has \d+ problems/);
      expect(() => assertValid('profiles', null)).to.throw(ValidationError, 'The motivation profile has a problem: This is not a motivation profile.');
    });
  });

  describe('isSafeLink', () => {
    it('accepts ordinary http and https links', () => {
      for (const url of [
        'https://example.com',
        'http://example.com/path?q=1#section',
        'HTTPS://EXAMPLE.COM/',
        'https://calls.example.com:8443/recordings/relecloud-cold-call',
        'https://bücher.example/straße',
        'https://192.168.1.20/wiki',
        'https://[2001:db8::1]/',
      ]) {
        expect(isSafeLink(url), url).to.equal(true);
      }
    });

    it('refuses other schemes', () => {
      for (const url of [
        'javascript:alert(1)',
        'JavaScript:alert(document.cookie)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
        'ftp://example.com/file',
        'mailto:dana@example.com',
        'blob:https://example.com/1234',
        'about:blank',
      ]) {
        expect(isSafeLink(url), url).to.equal(false);
      }
    });

    it('refuses protocol-relative, scheme-only and backslash forms', () => {
      for (const url of ['//evil.example', 'https:evil.example', 'https:/evil.example', 'https:///evil.example', 'https://', 'https:\\\\evil.example', 'https://example.com\\@evil.example', '/relative/path', 'example.com']) {
        expect(isSafeLink(url), url).to.equal(false);
      }
    });

    it('refuses whitespace, control and invisible characters the parser would quietly drop', () => {
      for (const url of [
        ' javascript:alert(1)',
        'java\tscript:alert(1)',
        'java\nscript:alert(1)',
        'jav&#x09;ascript:alert(1)',
        '\u0000https://example.com',
        ' https://example.com',
        'https://example.com ',
        'https://exa mple.com',
        'https://example.com/\u202egpj.exe',
        '\u200bhttps://example.com',
        'https://example.com\u00a0',
        'https://example.com/\u2028',
        '\ufeffhttps://example.com',
      ]) {
        expect(isSafeLink(url), JSON.stringify(url)).to.equal(false);
      }
    });

    it('refuses credentials that disguise the real host', () => {
      expect(isSafeLink('https://bank.example.com@evil.example/')).to.equal(false);
      expect(isSafeLink('https://user:secret@example.com/')).to.equal(false);
    });

    it('refuses anything that is not a string, and links longer than 2048 characters', () => {
      for (const value of [undefined, null, 42, {}, ['https://example.com']]) expect(isSafeLink(value as unknown as string)).to.equal(false);
      expect(isSafeLink(`https://example.com/${'a'.repeat(2100)}`)).to.equal(false);
      expect(isSafeLink('')).to.equal(false);
    });

    it('accepts any well-formed web address without credentials', () => {
      fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isSafeLink(url), url).to.equal(true);
      }), { numRuns: 200 });
    });

    it('refuses every link whose scheme is not http or https', () => {
      const scheme = fc.stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/).filter((s) => s !== 'http' && s !== 'https');
      fc.assert(fc.property(scheme, fc.string(), (name, rest) => {
        expect(isSafeLink(`${name}:${rest}`)).to.equal(false);
      }), { numRuns: 300 });
    });
  });
});
