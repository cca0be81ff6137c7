import { expect } from '@open-wc/testing';
import {
  AT_RISK_PROJECTION,
  BOARD_COLUMNS,
  bookingsNeededFrom,
  checkInAttentionDays,
  defaultDirection,
  meanGoalProgress,
  openCommitments,
  planInForce,
  receivedRecognitions,
  recentWin,
  repReview,
  sortRows,
  teamReview,
  typicalDeal,
  winName,
} from '../../src/core/team-review.js';
import type { GoalLine, RepInput, RepReview, RiskKind } from '../../src/core/team-review.js';
import { nextUnlock, periodPayoutCurve, portionOf } from '../../src/core/commission.js';
import { goalFundingAsOf, pace } from '../../src/core/quota-to-goal.js';
import type {
  Booking, CheckIn, CompPlan, GoalSummary, Money, MotivationProfile, Person, PersonalGoal, Recognition, Tier,
} from '../../src/core/types.js';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };
const usd = (dollars: number): Money => ({ amount: Math.round(dollars * 100), currency: 'USD' });
const tier = (from: number, multiplier: number, retroactive = false): Tier => ({ from, multiplier, retroactive });
const HYBRID = [tier(0, 0.5), tier(0.5, 1, true), tier(1, 1.5), tier(1.5, 2)];

/** Mid-May: Q2 (April to June) is 45 of 91 days in, so pace expects about 49% of quota. */
const TODAY = '2026-05-15';
const MANAGER = 'dana';

function person(id: string, name: string, overrides: Partial<Person> = {}): Person {
  return { id, name, role: 'rep', managerId: MANAGER, teamId: 'west', ...stamp, ...overrides };
}

function plan(ownerId: string, overrides: Partial<CompPlan> = {}): CompPlan {
  return {
    id: `plan-${ownerId}`, ownerId, name: 'FY2026', currency: 'USD', period: 'quarter',
    quota: usd(250_000).amount, targetIncentive: usd(25_000).amount, tiers: HYBRID, basis: 'per-period', yearStart: '2026-01-01',
    ...stamp, ...overrides,
  };
}

let count = 0;
function booking(ownerId: string, closedOn: string, dollars: number, label = 'Contoso — fleet expansion'): Booking {
  count += 1;
  return { id: `b${count}`, ownerId, amount: usd(dollars), closedOn, label, ...stamp };
}

function goal(ownerId: string, overrides: Partial<PersonalGoal> = {}): PersonalGoal {
  count += 1;
  return {
    id: `goal-${count}`, ownerId, title: 'Lake-house deposit', why: 'Summers by the water with my kids', category: 'home',
    target: usd(100_000), targetDate: '2027-09-01', writtenOn: '2026-01-05', fundingShare: 0.2, saved: usd(10_000),
    milestones: [], status: 'active', visibility: 'manager', cadence: 'monthly',
    ...stamp, ...overrides,
  };
}

function summary(ownerId: string, overrides: Partial<GoalSummary> = {}): GoalSummary {
  count += 1;
  return {
    id: `goal-${count}`, ownerId, category: 'family', status: 'active', visibility: 'manager-summary', progress: 0.27,
    nextCheckInOn: '2026-06-01', version: 1, updatedAt: stamp.updatedAt, summaryOnly: true, ...overrides,
  };
}

function checkIn(personId: string, date: string, overrides: Partial<CheckIn> = {}): CheckIn {
  count += 1;
  return {
    id: `c${count}`, personId, authorId: MANAGER, date, note: 'Talked it through.', confidence: 4, blockers: '',
    commitment: '', nextDueOn: '2026-06-15', ...stamp, ...overrides,
  };
}

function recognition(to: string, postedOn: string, overrides: Partial<Recognition> = {}): Recognition {
  count += 1;
  return {
    id: `r${count}`, fromId: MANAGER, toIds: [to], teamId: 'west', kind: 'kudos', message: 'Great call.', values: [],
    audience: 'team', postedAt: `${postedOn}T10:00:00.000Z`, reactions: {}, ...stamp, ...overrides,
  };
}

function profile(ownerId: string, top: keyof MotivationProfile['drivers'], overrides: Partial<MotivationProfile> = {}): MotivationProfile {
  const drivers = { money: 20, winning: 20, recognition: 20, growth: 20, purpose: 20, [top]: 90 };
  return {
    id: `profile-${ownerId}`, ownerId, drivers, recognitionPreference: 'public', leaderboard: 'named', autoCelebrate: false,
    coachingNote: 'Tell me straight.', ...stamp, ...overrides,
  };
}

/** A rep on a steady pace, checked in with last week and recognised recently: nothing to worry about. */
function input(overrides: Partial<RepInput> = {}): RepInput {
  const id = overrides.person?.id ?? 'maya';
  return {
    person: person(id, 'Maya Okafor'),
    managerId: MANAGER,
    today: TODAY,
    plans: [plan(id)],
    bookings: [booking(id, '2026-02-10', 260_000), booking(id, '2026-04-20', 80_000), booking(id, '2026-05-08', 60_000)],
    goals: [goal(id)],
    checkins: [checkIn(id, '2026-05-08')],
    recognitions: [recognition(id, '2026-05-01')],
    profile: profile(id, 'money'),
    ...overrides,
  };
}

const kinds = (review: RepReview): RiskKind[] => review.risks.map((r) => r.kind);

describe('team review', () => {
  describe('attainment and pace', () => {
    it('reads the period as the commission engine does, with the next tier', () => {
      const data = input();
      const review = repReview(data);
      const expected = pace(data.plans![0]!, data.bookings, TODAY);
      expect(review.pace!.attainment).to.equal(expected.attainment);
      expect(review.pace!.aheadBy).to.deep.equal(expected.aheadBy);
      expect(review.pace!.status).to.equal('ahead');
      expect(review.unlock).to.deep.equal(nextUnlock(data.plans![0]!, usd(140_000).amount));
    });

    it('has no pace without a plan the manager may see, and no behind-pace risk either', () => {
      const review = repReview(input({ plans: [] }));
      expect(review.pace).to.equal(undefined);
      expect(review.plan).to.equal(undefined);
      expect(kinds(review)).not.to.include('behind-pace');
    });

    it('uses the plan in force: the latest that has started', () => {
      const old = plan('maya', { id: 'p-2025', yearStart: '2025-01-01' });
      const current = plan('maya', { id: 'p-2026', yearStart: '2026-01-01' });
      const future = plan('maya', { id: 'p-2027', yearStart: '2027-01-01' });
      expect(planInForce([old, future, current], TODAY)!.id).to.equal('p-2026');
      expect(planInForce([future], TODAY)!.id).to.equal('p-2027');
      expect(planInForce([], TODAY)).to.equal(undefined);
    });

    it('reaches back for bookings to the plan year of the oldest visible money goal', () => {
      const p = plan('maya');
      expect(bookingsNeededFrom(p, [goal('maya', { writtenOn: '2026-03-01' })], TODAY)).to.equal('2026-01-01');
      expect(bookingsNeededFrom(p, [goal('maya', { writtenOn: '2025-06-01' }), summary('maya')], TODAY)).to.equal('2025-01-01');
      expect(bookingsNeededFrom(p, [goal('maya', { writtenOn: '2024-06-01', target: undefined })], TODAY)).to.equal('2026-01-01');
    });
  });

  describe('goal funding as visibility allows', () => {
    it('funds whole goals from commission since they were written, and keeps a summary to its own figures', () => {
      const data = input();
      const whole = data.goals[0] as PersonalGoal;
      const family = summary('maya', { progress: 0.27 });
      const review = repReview({ ...data, goals: [family, whole] });
      expect(review.goals.map((l) => l.kind).sort()).to.deep.equal(['summary', 'whole']);
      const expected = goalFundingAsOf(data.plans![0]!, data.bookings, whole, TODAY);
      const line = review.goals.find((l) => l.kind === 'whole') as Extract<GoalLine, { kind: 'whole' }>;
      expect(line.progress).to.equal(expected.progress);
      expect(line.funding!.funded).to.deep.equal(expected.funded);
      const summaryLine = review.goals.find((l) => l.kind === 'summary')!;
      expect(summaryLine.progress).to.equal(0.27);
      // A summary line holds the summary itself, which has no title to leak.
      expect(Object.keys(summaryLine.goal)).not.to.include('title');
    });

    it('lists active goals first, the most funded first, and a goal without a money target without progress', () => {
      const marathon = goal('maya', { title: 'Berlin marathon', target: undefined, saved: undefined, fundingShare: 0 });
      const done = goal('maya', { title: 'Old car', status: 'achieved' });
      const review = repReview(input({ goals: [done, marathon, summary('maya', { progress: 0.1 }), summary('maya', { progress: 0.6 })] }));
      expect(review.goals.map((l) => [l.goal.status, l.progress === undefined ? 'none' : l.progress])).to.deep.equal([
        ['active', 0.6], ['active', 0.1], ['active', 'none'], ['achieved', review.goals[3]!.progress],
      ]);
    });

    it('averages the progress of active goals that show one, for sorting', () => {
      const review = repReview(input({ goals: [summary('maya', { progress: 0.2 }), summary('maya', { progress: 0.6 }), summary('maya', { status: 'paused', progress: 1 })] }));
      expect(meanGoalProgress(review)).to.be.closeTo(0.4, 1e-9);
      expect(meanGoalProgress(repReview(input({ goals: [] })))).to.equal(undefined);
    });
  });

  describe('days since check-in and recognition', () => {
    it('counts days since the latest check-in by anyone, flagged past the shortest cadence of active goals', () => {
      const review = repReview(input({
        goals: [goal('maya', { cadence: 'weekly' }), goal('maya', { cadence: 'quarterly' }), goal('maya', { cadence: 'weekly', status: 'paused' })],
        checkins: [checkIn('maya', '2026-04-01'), checkIn('maya', '2026-05-05', { authorId: 'maya' })],
      }));
      expect(review.checkIn.daysSince).to.equal(10);
      expect(review.checkIn.lastOn).to.equal('2026-05-05');
      expect(review.checkIn.thresholdDays).to.equal(7);
      expect(review.checkIn.flagged).to.equal(true);
    });

    it('reads a summary goal’s rhythm from its check-ins, and uses 30 days without any goal', () => {
      const family = summary('maya');
      const lines: GoalLine[] = [{ kind: 'summary', goal: family }];
      const fortnightly = checkIn('maya', '2026-05-01', { goalId: family.id, nextDueOn: '2026-05-15' });
      expect(checkInAttentionDays(lines, [fortnightly])).to.equal(14);
      expect(checkInAttentionDays(lines, [])).to.equal(30);
      expect(checkInAttentionDays([], [])).to.equal(30);
    });

    it('flags a rep nobody has checked in with yet', () => {
      const review = repReview(input({ checkins: [] }));
      expect(review.checkIn.daysSince).to.equal(undefined);
      expect(review.checkIn.flagged).to.equal(true);
      expect(review.risks).to.deep.include({ kind: 'no-check-in' });
    });

    it('counts recognition a person gave and that was published, flagged after 30 days', () => {
      const posts = [
        recognition('maya', '2026-05-10', { automatic: true }),
        recognition('maya', '2026-05-12', { kind: 'coaching-example', consent: { personId: 'maya', status: 'pending' } }),
        recognition('theo', '2026-05-14'),
        recognition('maya', '2026-04-01', { toIds: ['theo', 'maya'] }),
      ];
      expect(receivedRecognitions(posts, 'maya').map((p) => p.postedAt.slice(0, 10))).to.deep.equal(['2026-04-01']);
      const review = repReview(input({ recognitions: posts }));
      expect(review.recognition.daysSince).to.equal(44);
      expect(review.recognition.flagged).to.equal(true);
      expect(review.risks).to.deep.include({ kind: 'no-recognition', days: 44 });
    });

    it('never flags someone who asked not to be recognised for not being recognised', () => {
      const review = repReview(input({ recognitions: [], profile: profile('maya', 'money', { recognitionPreference: 'none' }) }));
      expect(review.recognition.flagged).to.equal(false);
      expect(kinds(review)).not.to.include('no-recognition');
    });
  });

  describe('risk', () => {
    it('says nothing about a rep on pace, checked in and recognised', () => {
      const review = repReview(input());
      expect(review.risks).to.deep.equal([]);
      expect(review.atRisk).to.equal(false);
      expect(review.riskScore).to.equal(0);
    });

    it('is behind pace when today’s pace ends the period short of 90% of quota', () => {
      const review = repReview(input({ bookings: [booking('maya', '2026-04-20', 50_000)] }));
      const signal = review.risks[0]!;
      expect(signal.kind).to.equal('behind-pace');
      if (signal.kind !== 'behind-pace') return;
      expect(signal.projectedAttainment).to.be.below(AT_RISK_PROJECTION);
      expect(signal.behindBy.amount).to.equal(-review.pace!.aheadBy.amount);
      expect(review.atRisk).to.equal(true);
    });

    it('combines behind pace with a milestone due soon', () => {
      const withMilestone = goal('maya', { milestones: [{ id: 'm1', title: 'Halfway there', dueOn: '2026-05-29' }] });
      const review = repReview(input({ bookings: [booking('maya', '2026-04-20', 50_000)], goals: [withMilestone] }));
      expect(review.risks).to.deep.include({ kind: 'milestone-due', days: 14 });
      expect(kinds(review)).to.deep.equal(['behind-pace', 'milestone-due']);
    });

    it('mentions a milestone due soon on pace only when its money is not there yet', () => {
      const funded = goal('maya', { milestones: [{ id: 'm1', title: 'First $5k', amount: usd(5_000), dueOn: '2026-05-29' }] });
      const short = goal('maya', { milestones: [{ id: 'm2', title: 'Halfway there', amount: usd(50_000), dueOn: '2026-05-29' }] });
      expect(kinds(repReview(input({ goals: [funded] })))).to.deep.equal([]);
      const review = repReview(input({ goals: [short] }));
      expect(kinds(review)).to.deep.equal(['milestone-due']);
      // A milestone alone adds to the score but does not put a rep on the at-risk list.
      expect(review.atRisk).to.equal(false);
      expect(review.riskScore).to.be.greaterThan(0);
    });

    it('reports an overdue milestone, and never looks at done milestones', () => {
      const late = goal('maya', { milestones: [
        { id: 'm0', title: 'Open an account', dueOn: '2026-03-01', doneOn: '2026-02-20' },
        { id: 'm1', title: 'Quarter set aside', dueOn: '2026-05-10' },
      ] });
      expect(repReview(input({ goals: [late] })).risks).to.deep.equal([{ kind: 'milestone-overdue', days: 5 }]);
    });

    it('counts a missed rhythm as a risk once a month has gone by without a check-in', () => {
      const weekly = goal('maya', { cadence: 'weekly' });
      const recent = repReview(input({ goals: [weekly], checkins: [checkIn('maya', '2026-05-01')] }));
      expect(recent.checkIn.flagged).to.equal(true);
      expect(kinds(recent)).not.to.include('no-check-in');
      const silent = repReview(input({ goals: [weekly], checkins: [checkIn('maya', '2026-03-31')] }));
      expect(silent.risks).to.deep.equal([{ kind: 'no-check-in', days: 45 }]);
      expect(silent.atRisk).to.equal(true);
    });

    it('reports low confidence at the latest check-in', () => {
      const review = repReview(input({ checkins: [checkIn('maya', '2026-04-20', { confidence: 5 }), checkIn('maya', '2026-05-10', { confidence: 2 })] }));
      expect(review.risks).to.deep.equal([{ kind: 'low-confidence', confidence: 2 }]);
      expect(review.atRisk).to.equal(true);
      expect(repReview(input({ checkins: [checkIn('maya', '2026-05-10', { confidence: 3 })] })).risks).to.deep.equal([]);
    });

    it('orders signals from most pressing to least and scores them', () => {
      const review = repReview(input({
        bookings: [booking('maya', '2026-04-20', 50_000)],
        checkins: [checkIn('maya', '2026-03-01', { confidence: 1 })],
        recognitions: [],
      }));
      expect(kinds(review)).to.deep.equal(['behind-pace', 'no-check-in', 'low-confidence', 'no-recognition']);
      expect(review.riskScore).to.equal(4 + 3 + 3 + 1);
    });
  });

  describe('the manager’s open commitments', () => {
    it('lists only the manager’s unkept, non-empty promises, overdue first with the days', () => {
      const checkins = [
        checkIn('maya', '2026-05-01', { commitment: 'I will make the intro to the CFO.', commitmentDueOn: '2026-05-12' }),
        checkIn('maya', '2026-05-08', { commitment: 'I will join your demo.', commitmentDueOn: '2026-05-20' }),
        checkIn('maya', '2026-05-09', { commitment: 'I will sort the territory.' }),
        checkIn('maya', '2026-05-10', { commitment: 'I will find you a mentor.', commitmentDueOn: '2026-05-15' }),
        checkIn('maya', '2026-04-01', { commitment: 'I will escalate pricing.', commitmentDueOn: '2026-04-05', commitmentDoneOn: '2026-04-04' }),
        checkIn('maya', '2026-04-02', { commitment: '   ' }),
        checkIn('maya', '2026-04-03', { authorId: 'maya', commitment: 'I will call them back.', commitmentDueOn: '2026-04-10' }),
        checkIn('maya', '2026-04-03', { authorId: 'gabriel', commitment: 'I will help.', commitmentDueOn: '2026-04-10' }),
      ];
      const open = openCommitments(checkins, MANAGER, TODAY);
      expect(open.map((c) => [c.text, c.state, c.days])).to.deep.equal([
        ['I will make the intro to the CFO.', 'overdue', 3],
        ['I will find you a mentor.', 'due-today', 0],
        ['I will join your demo.', 'open', 5],
        ['I will sort the territory.', 'open', undefined],
      ]);
      expect(repReview(input({ checkins })).commitments).to.have.length(4);
    });
  });

  describe('the next step, in the rep’s style', () => {
    it('money: what a typical deal funds of the goal commission pays into', () => {
      const data = input();
      const review = repReview(data);
      const step = review.nextStep;
      expect(step.kind).to.equal('money-goal');
      if (step.kind !== 'money-goal') return;
      expect(step.deal).to.deep.equal(typicalDeal(data.bookings, data.plans![0]));
      const curve = periodPayoutCurve(data.plans![0]!, data.bookings, TODAY);
      const extra = curve.payoutFor(curve.booked.amount + step.deal.amount).amount - curve.payout.amount;
      expect(step.share).to.be.closeTo(portionOf(extra, 0.2) / usd(100_000).amount, 1e-12);
      expect(step.goal.title).to.equal('Lake-house deposit');
    });

    it('money: the commission a deal pays when no visible goal earmarks it (a summary shows no share)', () => {
      const step = repReview(input({ goals: [summary('maya')] })).nextStep;
      expect(step.kind).to.equal('money-commission');
      if (step.kind !== 'money-commission') return;
      expect(step.commission.amount).to.be.greaterThan(0);
      expect(repReview(input({ plans: [] })).nextStep.kind).to.equal('money-talk');
    });

    it('winning: the bookings to the next tier, or a challenge in the top tier', () => {
      const data = input({ profile: profile('maya', 'winning') });
      const step = repReview(data).nextStep;
      expect(step).to.deep.equal({ kind: 'winning-unlock', bookingsNeeded: usd(110_000), multiplier: 1.5 });
      const top = repReview({ ...data, bookings: [booking('maya', '2026-04-20', 400_000)] }).nextStep;
      expect(top.kind).to.equal('winning-top');
      expect(repReview({ ...data, plans: [] }).nextStep.kind).to.equal('winning-sprint');
    });

    it('recognition: a recent win, in the way the rep prefers to hear it', () => {
      const data = input({ profile: profile('maya', 'recognition', { recognitionPreference: 'private' }) });
      expect(repReview(data).nextStep).to.deep.equal({ kind: 'recognition-win', win: 'Contoso', preference: 'private' });
      const noRecentWin = repReview({ ...data, bookings: [booking('maya', '2026-03-01', 90_000)] }).nextStep;
      expect(noRecentWin).to.deep.equal({ kind: 'recognition-effort', preference: 'private' });
    });

    it('growth: the blocker from the last check-in, else pipeline review when behind, else a stretch', () => {
      const data = input({ profile: profile('maya', 'growth') });
      expect(repReview({ ...data, checkins: [checkIn('maya', '2026-05-10', { blockers: 'Legal review keeps slipping.' })] }).nextStep)
        .to.deep.equal({ kind: 'growth-blocker', blocker: 'Legal review keeps slipping.' });
      expect(repReview(data).nextStep.kind).to.equal('growth-stretch');
      expect(repReview({ ...data, bookings: [booking('maya', '2026-04-20', 50_000)] }).nextStep.kind).to.equal('growth-pipeline');
    });

    it('purpose: a visible goal’s why, else the customer of a recent deal — never a summary', () => {
      const data = input({ profile: profile('maya', 'purpose') });
      const step = repReview(data).nextStep;
      expect(step.kind).to.equal('purpose-goal');
      expect(repReview({ ...data, goals: [summary('maya')] }).nextStep).to.deep.equal({ kind: 'purpose-customer', win: 'Contoso' });
      expect(repReview({ ...data, goals: [], bookings: [] }).nextStep).to.deep.equal({ kind: 'purpose-customer' });
    });

    it('asks what drives the rep when there is no profile', () => {
      expect(repReview(input({ profile: undefined })).nextStep.kind).to.equal('ask-driver');
      expect(repReview(input({ profile: undefined })).driver).to.equal(undefined);
    });

    it('rounds a typical deal to a figure a person would say and names the customer of a deal', () => {
      const deals = [booking('x', '2026-01-01', 38_400), booking('x', '2026-01-02', 41_700), booking('x', '2026-01-03', 47_000), booking('x', '2026-01-04', -9_000)];
      expect(typicalDeal(deals, undefined)).to.deep.equal(usd(40_000));
      expect(typicalDeal([booking('x', '2026-01-01', 6_400)], undefined)).to.deep.equal(usd(6_000));
      expect(typicalDeal([], plan('x'))).to.deep.equal(usd(25_000));
      expect(typicalDeal([], undefined)).to.equal(undefined);
      expect(winName('Contoso — fleet expansion')).to.equal('Contoso');
      expect(winName('Northwind Logistics - renewal')).to.equal('Northwind Logistics');
      expect(winName('Fabrikam')).to.equal('Fabrikam');
      expect(recentWin([booking('x', '2026-04-01', 10_000)], TODAY)).to.equal(undefined);
    });
  });

  describe('the team', () => {
    const reps = [person('maya', 'Maya Okafor'), person('theo', 'Theo Park'), person('ana', 'Ana Silva')];
    function team() {
      return teamReview({
        managerId: MANAGER,
        today: TODAY,
        reps,
        plans: [plan('maya'), plan('theo'), plan('stranger')],
        bookings: [
          booking('maya', '2026-05-01', 150_000),
          booking('theo', '2026-05-01', 30_000),
          booking('stranger', '2026-05-01', 999_000),
        ],
        goals: [goal('maya'), summary('theo', { progress: 0.5 }), goal('stranger')],
        checkins: [
          checkIn('maya', '2026-05-10', { commitment: 'I will join your demo.', commitmentDueOn: '2026-05-01' }),
          checkIn('theo', '2026-03-01'),
        ],
        recognitions: [recognition('maya', '2026-05-10'), recognition('theo', '2026-05-10', { toIds: ['theo', 'maya'] })],
        profiles: [profile('maya', 'money'), profile('theo', 'winning')],
      });
    }

    it('makes one row per direct report from the team’s records, ignoring everyone else’s', () => {
      const { rows } = team();
      expect(rows.map((r) => r.person.id)).to.deep.equal(['maya', 'theo', 'ana']);
      const maya = rows[0]!;
      expect(maya.pace!.booked).to.deep.equal(usd(150_000));
      expect(maya.goals).to.have.length(1);
      expect(rows[1]!.goals[0]!.kind).to.equal('summary');
      expect(rows[1]!.recognition.daysSince).to.equal(5);
      expect(rows[2]!.pace).to.equal(undefined);
      expect(rows[2]!.goals).to.deep.equal([]);
    });

    it('sums attainment and counts pace, risk, overdue check-ins and open commitments', () => {
      const { summary: s } = team();
      expect(s.reps).to.equal(3);
      expect(s.booked).to.deep.equal(usd(180_000));
      expect(s.quota).to.deep.equal(usd(500_000));
      expect(s.attainment).to.equal(0.36);
      expect([s.ahead, s.behind]).to.deep.equal([1, 1]);
      expect(s.checkInsOverdue).to.equal(2);
      expect(s.openCommitments).to.equal(1);
      expect(s.overdueCommitments).to.equal(1);
      expect(s.atRisk).to.equal(2);
    });

    it('sorts by every column, ties by name, missing values last in both directions', () => {
      const { rows } = team();
      const names = (sorted: RepReview[]) => sorted.map((r) => r.person.id);
      expect(names(sortRows(rows, 'rep', 'ascending'))).to.deep.equal(['ana', 'maya', 'theo']);
      expect(names(sortRows(rows, 'rep', 'descending'))).to.deep.equal(['theo', 'maya', 'ana']);
      expect(names(sortRows(rows, 'attainment', 'descending'))).to.deep.equal(['maya', 'theo', 'ana']);
      expect(names(sortRows(rows, 'attainment', 'ascending'))).to.deep.equal(['theo', 'maya', 'ana']);
      expect(names(sortRows(rows, 'driver', 'ascending'))).to.deep.equal(['maya', 'theo', 'ana']);
      expect(names(sortRows(rows, 'checkIn', 'descending'))).to.deep.equal(['ana', 'theo', 'maya']);
      expect(names(sortRows(rows, 'commitments', 'descending'))).to.deep.equal(['maya', 'ana', 'theo']);
      expect(names(sortRows(rows, 'goals', 'ascending'))[2]).to.equal('ana');
      expect(names(sortRows(rows, 'risk', 'descending'))[2]).to.equal('maya');
      for (const column of BOARD_COLUMNS) {
        expect(sortRows(rows, column, defaultDirection(column))).to.have.length(3);
      }
      expect(defaultDirection('risk')).to.equal('descending');
      expect(defaultDirection('rep')).to.equal('ascending');
    });
  });
});
