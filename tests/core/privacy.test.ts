import { expect } from '@open-wc/testing';
import { visibleRecord } from '../../src/core/privacy.js';
import { assertMayWrite } from '../../src/core/privacy-writes.js';
import type { PrivacyContext } from '../../src/core/privacy.js';
import { PermissionError } from '../../src/core/errors.js';
import type {
  Booking, CheckIn, CollectionName, Collections, CompPlan, MotivationProfile, Person, PersonalGoal, Recognition, Role, Viewer, Visibility,
} from '../../src/core/types.js';
import { isGoalSummary } from '../../src/core/types.js';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };
function person(id: string, role: Role, teamId: string, managerId?: string): Person {
  return { id, name: id, role, teamId, ...(managerId ? { managerId } : {}), ...stamp };
}

// Two teams under one leader: Dana manages Maya and Theo; Omar manages Lena.
const people = new Map<string, Person>(
  [
    person('leader', 'leader', 'exec'),
    person('dana', 'manager', 'east', 'leader'),
    person('maya', 'rep', 'east', 'dana'),
    person('theo', 'rep', 'east', 'dana'),
    person('omar', 'manager', 'west', 'leader'),
    person('lena', 'rep', 'west', 'omar'),
  ].map((p) => [p.id, p]),
);

type ViewerName = 'owner' | 'manager' | 'teammate' | 'other-team rep' | 'other-team manager' | 'leader';
const viewers: Record<ViewerName, Viewer> = {
  owner: { personId: 'maya', role: 'rep' },
  manager: { personId: 'dana', role: 'manager' },
  teammate: { personId: 'theo', role: 'rep' },
  'other-team rep': { personId: 'lena', role: 'rep' },
  'other-team manager': { personId: 'omar', role: 'manager' },
  leader: { personId: 'leader', role: 'leader' },
};

function goal(visibility: Visibility): PersonalGoal {
  return {
    id: `goal-${visibility}`, ownerId: 'maya', title: 'Lake-house deposit', why: 'Summers with my dad',
    category: 'home', target: { amount: 6_000_000, currency: 'USD' }, targetDate: '2027-09-01', writtenOn: '2026-01-10',
    fundingShare: 0.4, saved: { amount: 1_000_000, currency: 'USD' },
    milestones: [{ id: 'm1', title: 'Open a savings account', doneOn: '2026-02-01' }],
    status: 'active', visibility, cadence: 'monthly', ...stamp,
  };
}
const goals = new Map(['private', 'manager-summary', 'manager', 'team'].map((v) => [`goal-${v}`, goal(v as Visibility)]));

const ctx: PrivacyContext = {
  people,
  goal: (id) => goals.get(id),
  summarize: () => ({ progress: 0.42, nextCheckInOn: '2026-12-01' }),
};

type Outcome = 'all' | 'summary' | 'nothing';
function outcomeOf<C extends CollectionName>(collection: C, record: Collections[C], viewer: Viewer): Outcome {
  const seen = visibleRecord(collection, record, viewer, ctx);
  if (seen === null) return 'nothing';
  if (collection === 'goals' && isGoalSummary(seen as PersonalGoal)) return 'summary';
  expect(seen).to.deep.equal(record);
  return 'all';
}

describe('privacy: who sees what', () => {
  describe('personal goals follow the visibility the rep chose', () => {
    const expected: Record<Visibility, Record<ViewerName, Outcome>> = {
      private: { owner: 'all', manager: 'nothing', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' },
      'manager-summary': { owner: 'all', manager: 'summary', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' },
      manager: { owner: 'all', manager: 'all', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' },
      team: { owner: 'all', manager: 'all', teammate: 'all', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' },
    };
    for (const [visibility, row] of Object.entries(expected)) {
      for (const [viewerName, outcome] of Object.entries(row)) {
        it(`a ${visibility} goal shows ${outcome} to the ${viewerName}`, () => {
          expect(outcomeOf('goals', goal(visibility as Visibility), viewers[viewerName as ViewerName])).to.equal(outcome);
        });
      }
    }

    it('a summary carries only category, progress, status and next check-in: no title, why or amounts', () => {
      const seen = visibleRecord('goals', goal('manager-summary'), viewers.manager, ctx)!;
      expect(Object.keys(seen).sort()).to.deep.equal(
        ['category', 'id', 'nextCheckInOn', 'ownerId', 'progress', 'status', 'summaryOnly', 'updatedAt', 'version', 'visibility'].sort(),
      );
      const text = JSON.stringify(seen);
      for (const secret of ['Lake-house', 'Summers', '6000000', '1000000', 'savings account', '2027-09-01']) {
        expect(text).not.to.contain(secret);
      }
    });

    it('treats an unknown visibility from a damaged record as private', () => {
      const damaged = { ...goal('team'), visibility: 'everyone' as Visibility };
      expect(visibleRecord('goals', damaged, viewers.teammate, ctx)).to.equal(null);
      expect(visibleRecord('goals', damaged, viewers.manager, ctx)).to.equal(null);
      expect(visibleRecord('goals', damaged, viewers.owner, ctx)).to.deep.equal(damaged);
    });

    it('the system viewer (null) sees everything', () => {
      expect(visibleRecord('goals', goal('private'), null, ctx)).to.deep.equal(goal('private'));
    });
  });

  const plan: CompPlan = {
    id: 'plan-maya', ownerId: 'maya', name: 'FY26 AE', currency: 'USD', period: 'quarter', quota: 25_000_000, targetIncentive: 2_500_000,
    tiers: [{ from: 0, multiplier: 1, retroactive: false }], basis: 'per-period', yearStart: '2026-01-01', ...stamp,
  };
  const booking: Booking = { id: 'b1', ownerId: 'maya', amount: { amount: 5_000_000, currency: 'USD' }, closedOn: '2026-11-02', label: 'Northwind renewal', ...stamp };
  const checkIn = (goalId?: string): CheckIn => ({
    id: `c-${goalId ?? 'general'}`, personId: 'maya', ...(goalId ? { goalId } : {}), authorId: 'dana', date: '2026-11-01', note: 'Good month',
    confidence: 4, blockers: '', commitment: 'Intro to the CFO', nextDueOn: '2026-12-01', ...stamp,
  });
  const post = (overrides: Partial<Recognition>): Recognition => ({
    id: 'r1', fromId: 'theo', toIds: ['maya'], teamId: 'east', kind: 'kudos', message: 'Thanks for the demo', values: [], audience: 'team',
    postedAt: '2026-11-20T10:00:00.000Z', reactions: {}, ...stamp, ...overrides,
  });
  const profile: MotivationProfile = {
    id: 'prof-maya', ownerId: 'maya', drivers: { money: 80, winning: 40, recognition: 20, growth: 60, purpose: 50 },
    recognitionPreference: 'private', leaderboard: 'anonymous', autoCelebrate: true, coachingNote: 'Ask before praising in public', ...stamp,
  };

  const cases: Array<[string, CollectionName, Collections[CollectionName], Record<ViewerName, Outcome>]> = [
    ['a comp plan', 'plans', plan, { owner: 'all', manager: 'all', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'all' }],
    ['a booking', 'bookings', booking, { owner: 'all', manager: 'all', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'all' }],
    ['a general check-in', 'checkins', checkIn(), { owner: 'all', manager: 'all', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' }],
    ['a check-in about a private goal', 'checkins', checkIn('goal-private'), { owner: 'all', manager: 'nothing', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' }],
    ['a check-in about a summary-only goal', 'checkins', checkIn('goal-manager-summary'), { owner: 'all', manager: 'all', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' }],
    ['a check-in about a team goal', 'checkins', checkIn('goal-team'), { owner: 'all', manager: 'all', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' }],
    ['a check-in about a goal that cannot be found', 'checkins', checkIn('goal-gone'), { owner: 'all', manager: 'nothing', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' }],
    ['a team recognition', 'recognitions', post({}), { owner: 'all', manager: 'all', teammate: 'all', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' }],
    ['a private recognition', 'recognitions', post({ audience: 'private', fromId: 'lena' }), { owner: 'all', manager: 'all', teammate: 'nothing', 'other-team rep': 'all', 'other-team manager': 'nothing', leader: 'nothing' }],
    ['a coaching example awaiting consent', 'recognitions', post({ kind: 'coaching-example', fromId: 'dana', consent: { personId: 'maya', status: 'pending' } }), { owner: 'all', manager: 'all', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' }],
    ['a coaching example the rep declined', 'recognitions', post({ kind: 'coaching-example', fromId: 'dana', consent: { personId: 'maya', status: 'declined' } }), { owner: 'all', manager: 'all', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' }],
    ['a coaching example the rep consented to', 'recognitions', post({ kind: 'coaching-example', fromId: 'dana', consent: { personId: 'maya', status: 'granted' } }), { owner: 'all', manager: 'all', teammate: 'all', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' }],
    // Stored by something that skipped validation: a grant in the sender's own name is no consent.
    ['a coaching example "granted" in the sender’s name', 'recognitions', post({ kind: 'coaching-example', fromId: 'dana', consent: { personId: 'dana', status: 'granted' } }), { owner: 'all', manager: 'all', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' }],
    ['a motivation profile', 'profiles', profile, { owner: 'all', manager: 'all', teammate: 'nothing', 'other-team rep': 'nothing', 'other-team manager': 'nothing', leader: 'nothing' }],
    ['a person', 'people', people.get('maya')!, { owner: 'all', manager: 'all', teammate: 'all', 'other-team rep': 'all', 'other-team manager': 'all', leader: 'all' }],
  ];
  for (const [what, collection, record, row] of cases) {
    describe(what, () => {
      for (const [viewerName, outcome] of Object.entries(row)) {
        it(`shows ${outcome} to the ${viewerName}`, () => {
          expect(outcomeOf(collection, record, viewers[viewerName as ViewerName])).to.equal(outcome);
        });
      }
    });
  }
});

describe('privacy: who may change what', () => {
  const denied = (fn: () => void) => expect(fn).to.throw(PermissionError);

  it('only the owner writes, changes or deletes their goal', () => {
    const g = goal('team');
    expect(() => assertMayWrite('goals', undefined, g, viewers.owner, ctx)).not.to.throw();
    denied(() => assertMayWrite('goals', g, { ...g, title: 'Changed by the boss' }, viewers.manager, ctx));
    denied(() => assertMayWrite('goals', g, null, viewers.teammate, ctx));
    denied(() => assertMayWrite('goals', g, { ...g, ownerId: 'theo' }, viewers.owner, ctx));
  });

  it('a teammate may react to a post but not rewrite it', () => {
    const p = post({ fromId: 'maya', toIds: ['theo'] });
    expect(() => assertMayWrite('recognitions', p, { ...p, reactions: { '🎉': ['lena'] } }, { personId: 'lena', role: 'rep' }, ctx)).to.throw(PermissionError);
    const teamPost = post({ fromId: 'dana', toIds: ['maya'] });
    expect(() => assertMayWrite('recognitions', teamPost, { ...teamPost, reactions: { '🎉': ['theo'] } }, viewers.teammate, ctx)).not.to.throw();
    denied(() => assertMayWrite('recognitions', teamPost, { ...teamPost, message: 'edited' }, viewers.teammate, ctx));
  });

  it('only the featured rep grants consent to a coaching example', () => {
    const p = post({ kind: 'coaching-example', fromId: 'dana', consent: { personId: 'maya', status: 'pending' } });
    const granted = { ...p, consent: { personId: 'maya', status: 'granted' as const, decidedAt: '2026-11-21T09:00:00.000Z' } };
    expect(() => assertMayWrite('recognitions', p, granted, viewers.owner, ctx)).not.to.throw();
    denied(() => assertMayWrite('recognitions', p, granted, viewers.teammate, ctx));
  });

  it('the sender of a coaching example cannot consent for the featured rep', () => {
    const pending = post({ kind: 'coaching-example', fromId: 'dana', consent: { personId: 'maya', status: 'pending' } });
    const granted = { ...pending, consent: { personId: 'maya', status: 'granted' as const } };
    denied(() => assertMayWrite('recognitions', undefined, granted, viewers.manager, ctx));
    expect(() => assertMayWrite('recognitions', undefined, pending, viewers.manager, ctx)).not.to.throw();
    denied(() => assertMayWrite('recognitions', pending, granted, viewers.manager, ctx));
    expect(() => assertMayWrite('recognitions', pending, { ...pending, message: 'Edited by the sender' }, viewers.manager, ctx)).not.to.throw();
  });

  it('recognition and check-ins are written in your own name', () => {
    denied(() => assertMayWrite('recognitions', undefined, post({ fromId: 'dana' }), viewers.owner, ctx));
    denied(() => assertMayWrite('checkins', undefined, checkInBy('theo'), viewers.teammate, ctx));
    expect(() => assertMayWrite('checkins', undefined, checkInBy('dana'), viewers.manager, ctx)).not.to.throw();
  });

  it('a comp plan is set by the manager, not the rep', () => {
    const p = { id: 'p', ownerId: 'maya' } as CompPlan;
    denied(() => assertMayWrite('plans', undefined, p, viewers.owner, ctx));
    expect(() => assertMayWrite('plans', undefined, p, viewers.manager, ctx)).not.to.throw();
    denied(() => assertMayWrite('plans', undefined, p, viewers['other-team manager'], ctx));
  });

  it('a rep cannot promote themself or change team', () => {
    const maya = people.get('maya')!;
    expect(() => assertMayWrite('people', maya, { ...maya, name: 'Maya O.' }, viewers.owner, ctx)).not.to.throw();
    denied(() => assertMayWrite('people', maya, { ...maya, role: 'leader' }, viewers.owner, ctx));
    denied(() => assertMayWrite('people', maya, { ...maya, name: 'x' }, viewers.manager, ctx));
  });
});

function checkInBy(authorId: string): CheckIn {
  return {
    id: 'c-new', personId: 'maya', authorId, date: '2026-11-01', note: '', confidence: 3, blockers: '', commitment: '', nextDueOn: '2026-12-01', ...stamp,
  };
}
function post(overrides: Partial<Recognition>): Recognition {
  return {
    id: 'r1', fromId: 'theo', toIds: ['maya'], teamId: 'east', kind: 'kudos', message: 'Thanks', values: [], audience: 'team',
    postedAt: '2026-11-20T10:00:00.000Z', reactions: {}, ...stamp, ...overrides,
  };
}
