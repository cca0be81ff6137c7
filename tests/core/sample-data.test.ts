import { expect } from '@open-wc/testing';
import { addDays, daysBetween, elapsedShare, periodContaining } from '../../src/core/dates.js';
import { GoalpostError } from '../../src/core/errors.js';
import { goalFundingAsOf } from '../../src/core/quota-to-goal.js';
import type { GoalFunding } from '../../src/core/quota-to-goal.js';
import {
  DEFAULT_SAMPLE_SEED,
  ESSAY_BANDS,
  essayBandOf,
  generateSampleCompany,
  mulberry32,
  SAMPLE_RECOGNITION_COUNT,
  SAMPLE_TODAY,
  trailingTotal,
  trailingWindow,
} from '../../src/core/sample-data.js';
import type { SampleCompany } from '../../src/core/sample-data.js';
import type { CheckIn, Driver, Entity, Id, IsoDate, PersonalGoal } from '../../src/core/types.js';
import { COLLECTIONS, DRIVERS, GOAL_CATEGORIES, GOAL_STATUSES, RECOGNITION_KINDS, VISIBILITIES } from '../../src/core/types.js';
import { validateRecord } from '../../src/core/validation.js';

const company = generateSampleCompany();

/** Several worlds: other seeds, other todays (a quarter's first day, a leap day), other currencies. */
const variants: ReadonlyArray<{ seed: number; today: IsoDate; currency: string }> = [
  { seed: 1, today: SAMPLE_TODAY, currency: 'USD' },
  { seed: 2, today: '2026-01-01', currency: 'JPY' },
  { seed: 3, today: '2028-02-29', currency: 'EUR' },
  { seed: 4, today: '2027-07-01', currency: 'KWD' },
];
const worlds: readonly SampleCompany[] = [company, ...variants.map((options) => generateSampleCompany(options))];

function directReports(world: SampleCompany, managerId: Id) {
  return world.people.filter((p) => p.managerId === managerId && p.role === 'rep');
}

/** Minor units per major unit of the world's currency. */
function unitOf(world: SampleCompany): number {
  return 10 ** (new Intl.NumberFormat('en', { style: 'currency', currency: world.currency }).resolvedOptions().maximumFractionDigits ?? 2);
}

function count<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

interface FundedGoal {
  goal: PersonalGoal;
  funding: GoalFunding;
  /** funded ÷ target, not clamped at 1 as `funding.progress` is, so over-funding shows. */
  progress: number;
}

/** Every money goal with its funding today, from the real engine and its owner's own plan and deals. */
function fundedGoals(world: SampleCompany): FundedGoal[] {
  const plans = new Map(world.plans.map((p) => [p.ownerId, p]));
  return world.goals.flatMap((goal) => {
    if (!goal.target) return [];
    const bookings = world.bookings.filter((b) => b.ownerId === goal.ownerId);
    const funding = goalFundingAsOf(plans.get(goal.ownerId)!, bookings, goal, world.today);
    return [{ goal, funding, progress: funding.funded.amount / goal.target.amount }];
  });
}

function label(world: SampleCompany, { goal, progress }: FundedGoal): string {
  return `seed ${world.seed}: ${goal.id} “${goal.title}” (${goal.status}) at ${(progress * 100).toFixed(1)}%`;
}

function latestCheckIn(world: SampleCompany, personId: Id): CheckIn | undefined {
  return world.checkins.filter((c) => c.personId === personId).sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
}

describe('sample data', () => {
  describe('determinism', () => {
    it('gives identical output for the same seed and options', () => {
      expect(JSON.stringify(generateSampleCompany({ seed: 7 }))).to.equal(JSON.stringify(generateSampleCompany({ seed: 7 })));
      expect(generateSampleCompany(variants[2])).to.deep.equal(generateSampleCompany(variants[2]));
    });

    it('defaults to the documented seed, today and currency', () => {
      expect(company.seed).to.equal(DEFAULT_SAMPLE_SEED);
      expect(company.today).to.equal(SAMPLE_TODAY);
      expect(company.currency).to.equal('USD');
      expect(JSON.stringify(generateSampleCompany({ seed: DEFAULT_SAMPLE_SEED, today: SAMPLE_TODAY, currency: 'USD' }))).to.equal(JSON.stringify(company));
    });

    it('gives a different company for a different seed', () => {
      expect(JSON.stringify(generateSampleCompany({ seed: 8 }).bookings)).not.to.equal(JSON.stringify(generateSampleCompany({ seed: 7 }).bookings));
    });

    it('draws from a seeded generator that repeats itself exactly', () => {
      const a = mulberry32(42);
      const b = mulberry32(42);
      const first = Array.from({ length: 5 }, () => a());
      expect(first).to.deep.equal(Array.from({ length: 5 }, () => b()));
      for (const value of first) expect(value).to.be.within(0, 1);
      expect(mulberry32(43)()).not.to.equal(first[0]);
    });

    it('refuses options it cannot use', () => {
      expect(() => generateSampleCompany({ today: '2026-02-30' })).to.throw(GoalpostError, 'is not a YYYY-MM-DD date');
      expect(() => generateSampleCompany({ currency: 'XYZ' })).to.throw(GoalpostError, '“XYZ” is not a currency we know.');
      expect(() => generateSampleCompany({ seed: Number.NaN })).to.throw(GoalpostError);
    });
  });

  describe('records', () => {
    it('are all valid', () => {
      for (const world of worlds) {
        for (const collection of COLLECTIONS) {
          for (const record of world[collection] as readonly unknown[]) {
            const problems = validateRecord(collection, record);
            expect(problems, `${world.seed} ${collection} ${(record as Entity).id}: ${JSON.stringify(problems)}`).to.deep.equal([]);
          }
        }
      }
    });

    it('are full stored entities at version 1, with ids unique in their collection', () => {
      for (const collection of COLLECTIONS) {
        const records = company[collection] as readonly Entity[];
        expect(records.length, collection).to.be.greaterThan(0);
        expect(new Set(records.map((r) => r.id)).size, collection).to.equal(records.length);
        for (const record of records) {
          expect(record.version).to.equal(1);
          expect(record.createdAt <= record.updatedAt, record.id).to.equal(true);
        }
      }
    });

    it('put nothing after this morning: no future deals, check-ins, posts or edits', () => {
      for (const world of worlds) {
        const noon = `${world.today}T12:00:00.000Z`;
        const instants = COLLECTIONS.flatMap((c) => (world[c] as readonly Entity[]).flatMap((r) => [r.createdAt, r.updatedAt]));
        instants.push(...world.recognitions.flatMap((r) => [r.postedAt, r.consent?.decidedAt ?? r.postedAt]));
        for (const instant of instants) expect(instant <= noon, instant).to.equal(true);
        const days = [
          ...world.bookings.map((b) => b.closedOn),
          ...world.checkins.flatMap((c) => [c.date, c.acknowledgedOn ?? c.date, c.commitmentDoneOn ?? c.date]),
          ...world.goals.flatMap((g) => [g.writtenOn, ...g.milestones.map((m) => m.doneOn ?? g.writtenOn)]),
        ];
        for (const day of days) expect(day <= world.today, day).to.equal(true);
      }
    });

    it('only refer to people, teams and goals that exist', () => {
      for (const world of worlds) {
        const people = new Set(world.people.map((p) => p.id));
        const teams = new Set(world.teams.map((t) => t.id));
        const goals = new Map(world.goals.map((g) => [g.id, g]));
        const person = (id: Id | undefined) => expect(id !== undefined && people.has(id), `person ${id}`).to.equal(true);
        for (const p of world.people) {
          expect(teams.has(p.teamId), p.teamId).to.equal(true);
          if (p.managerId !== undefined) person(p.managerId);
        }
        for (const t of world.teams) person(t.managerId);
        for (const record of [...world.goals, ...world.plans, ...world.bookings, ...world.profiles]) person(record.ownerId);
        for (const c of world.checkins) {
          person(c.personId);
          person(c.authorId);
          if (c.acknowledgedBy !== undefined) person(c.acknowledgedBy);
          if (c.goalId !== undefined) expect(goals.get(c.goalId)?.ownerId, c.id).to.equal(c.personId);
        }
        for (const r of world.recognitions) {
          [r.fromId, ...r.toIds, ...Object.values(r.reactions).flat()].forEach(person);
          expect(teams.has(r.teamId)).to.equal(true);
          if (r.consent) expect(r.toIds).to.include(r.consent.personId);
        }
        Object.values(world.viewers).forEach(person);
      }
    });
  });

  describe('the people', () => {
    it('has a leader, Dana Whitfield with 30 direct reps, and a second small team with its own manager', () => {
      const byId = new Map(company.people.map((p) => [p.id, p]));
      const { leaderId, managerId, repId, teammateId, otherManagerId, otherRepId } = company.viewers;
      expect(byId.get(leaderId)?.role).to.equal('leader');
      expect(byId.get(managerId)).to.include({ name: 'Dana Whitfield', role: 'manager', managerId: leaderId });
      expect(byId.get(repId)).to.include({ name: 'Maya Okafor', role: 'rep', managerId });
      expect(byId.get(teammateId)).to.include({ role: 'rep', managerId, teamId: byId.get(repId)!.teamId });
      expect(teammateId).not.to.equal(repId);
      expect(byId.get(otherManagerId)).to.include({ role: 'manager', managerId: leaderId });
      expect(byId.get(otherRepId)).to.include({ role: 'rep', managerId: otherManagerId });

      const team = directReports(company, managerId);
      expect(team).to.have.length(30);
      expect(new Set(team.map((p) => p.teamId))).to.deep.equal(new Set([byId.get(managerId)!.teamId]));
      const otherTeam = directReports(company, otherManagerId);
      expect(otherTeam.length).to.be.within(3, 8);
      expect(otherTeam[0]!.teamId).not.to.equal(byId.get(managerId)!.teamId);
    });

    it('gives everyone a distinct name', () => {
      expect(new Set(company.people.map((p) => p.name)).size).to.equal(company.people.length);
    });
  });

  describe('bookings', () => {
    it('reproduce the essay’s spread: 1 near $1M, 5 near $2M, 15 near $3M, 7 near $4M, 2 above $5M', () => {
      expect(ESSAY_BANDS.map((b) => b.count)).to.deep.equal([1, 5, 15, 7, 2]);
      for (const world of worlds) {
        const unit = unitOf(world);
        const totals = directReports(world, world.viewers.managerId).map((rep) => trailingTotal(world.bookings, rep.id, world.today) / unit);
        const bands = count(totals, (total) => essayBandOf(total).label);
        expect(ESSAY_BANDS.map((band) => bands.get(band.label) ?? 0), `${world.seed}`).to.deep.equal([1, 5, 15, 7, 2]);
        for (const total of totals) {
          const band = essayBandOf(total);
          expect(Math.abs(total / band.center - 1), `${total}`).to.be.at.most(0.08 + 1e-9);
        }
        expect(totals.filter((t) => t > 5_000_000)).to.have.length(2);
      }
    });

    it('fall inside the trailing twelve months, up to today', () => {
      for (const world of worlds) {
        const { start, end } = trailingWindow(world.today);
        expect(daysBetween(start, end)).to.be.within(364, 365);
        for (const booking of world.bookings) expect(booking.closedOn >= start && booking.closedOn <= end, booking.closedOn).to.equal(true);
      }
    });

    it('are spread over many deals with real-sounding names, and include a couple of clawbacks', () => {
      for (const rep of directReports(company, company.viewers.managerId)) {
        expect(company.bookings.filter((b) => b.ownerId === rep.id).length).to.be.at.least(8);
      }
      for (const booking of company.bookings) expect(booking.label).to.match(/^.+ — .+$/);
      expect(company.bookings.some((b) => b.ownerId === company.viewers.repId && b.label === 'Northwind Logistics — fleet telematics renewal')).to.equal(true);
      const clawbacks = company.bookings.filter((b) => b.amount.amount < 0);
      expect(clawbacks).to.have.length(2);
      for (const clawback of clawbacks) expect(clawback.label).to.include('clawback');
    });

    it('put this quarter’s attainment ahead of pace for some reps and behind for others', () => {
      for (const world of worlds) {
        const plans = new Map(world.plans.map((p) => [p.ownerId, p]));
        const quarter = periodContaining(world.today, 'quarter', plans.get(world.viewers.repId)!.yearStart);
        const pace = elapsedShare(quarter, world.today);
        const ratios = directReports(world, world.viewers.managerId).map((rep) => {
          const booked = world.bookings
            .filter((b) => b.ownerId === rep.id && b.closedOn >= quarter.start && b.closedOn <= world.today)
            .reduce((sum, b) => sum + b.amount.amount, 0);
          return booked / plans.get(rep.id)!.quota / pace;
        });
        expect(ratios.filter((r) => r >= 1.1).length, `${world.seed} ahead`).to.be.at.least(8);
        expect(ratios.filter((r) => r <= 0.9).length, `${world.seed} behind`).to.be.at.least(8);
        // The demo rep closed something in the last few days: her meter is moving.
        const recent = world.bookings.filter((b) => b.ownerId === world.viewers.repId && daysBetween(b.closedOn, world.today) <= 3);
        expect(recent.length).to.be.at.least(1);
      }
    });
  });

  describe('plans', () => {
    it('are quarterly from January 1, with quota a stretch of 1.05–1.25 over the trailing run rate', () => {
      const unit = unitOf(company);
      for (const plan of company.plans) {
        expect(plan).to.include({ period: 'quarter', yearStart: '2026-01-01', currency: 'USD' });
        const runRate = trailingTotal(company.bookings, plan.ownerId, SAMPLE_TODAY) / 4;
        expect(plan.quota / runRate, plan.id).to.be.within(1.05 - 0.01, 1.25 + 0.01);
        expect(plan.targetIncentive).to.be.greaterThan(0);
        expect(plan.quota % (5_000 * unit)).to.equal(0);
      }
    });

    it('mix hybrid, marginal and fully retroactive accelerators, some capped at 3×, a few cumulative', () => {
      const model = (retroactive: boolean[]) =>
        retroactive.every(Boolean) ? 'retroactive' : retroactive.some(Boolean) ? 'hybrid' : 'marginal';
      const models = count(company.plans, (p) => model(p.tiers.map((t) => t.retroactive)));
      expect([...models.keys()]).to.have.members(['hybrid', 'marginal', 'retroactive']);
      for (const n of models.values()) expect(n).to.be.at.least(3);
      const capped = company.plans.filter((p) => p.capMultiple === 3);
      expect(capped.length).to.be.within(5, company.plans.length - 5);
      const cumulative = company.plans.filter((p) => p.basis === 'cumulative');
      expect(cumulative.length).to.be.within(2, 8);
      for (const plan of company.plans) {
        expect(plan.tiers.map((t) => [t.from, t.multiplier])).to.deep.equal([[0, 0.5], [0.5, 1], [1, 1.5], [1.5, 2]]);
      }
    });
  });

  describe('goals', () => {
    it('give the demo rep rich goals: a lake-house deposit, a year off, student loans and a marathon', () => {
      const mine = company.goals.filter((g) => g.ownerId === company.viewers.repId);
      expect(mine.map((g) => g.title)).to.have.members(['Lake-house deposit', 'A year off with the kids', 'Pay off student loans', 'Run the Berlin marathon']);
      const lake = mine.find((g) => g.title === 'Lake-house deposit')!;
      expect(lake).to.deep.include({ category: 'home', target: { amount: 10_000_000, currency: 'USD' }, targetDate: '2027-09-01' });
      expect(lake.milestones.length).to.be.at.least(3);
      expect(lake.milestones.some((m) => m.doneOn) && lake.milestones.some((m) => !m.doneOn)).to.equal(true);
      const marathon = mine.find((g) => g.title === 'Run the Berlin marathon')!;
      expect(marathon.category).to.equal('health');
      expect(marathon.target).to.equal(undefined);
      expect(new Set(mine.map((g) => g.visibility)).size).to.be.at.least(3);
      expect(new Set(mine.map((g) => g.cadence)).size).to.be.at.least(3);
      // A real share of commission goes to goals, and never more than all of it.
      expect(mine.reduce((sum, g) => sum + g.fundingShare, 0)).to.be.within(0.25, 1);
    });

    it('cover every category, visibility and status across the company', () => {
      for (const world of worlds) {
        expect(new Set(world.goals.map((g) => g.category))).to.deep.equal(new Set(GOAL_CATEGORIES));
        expect(new Set(world.goals.map((g) => g.visibility))).to.deep.equal(new Set(VISIBILITIES));
        expect(new Set(world.goals.map((g) => g.status))).to.deep.equal(new Set(GOAL_STATUSES));
      }
    });

    it('earmark no more than all of a rep’s commission, save some money, and finish some milestones', () => {
      for (const [owner, share] of count(company.goals, (g) => g.ownerId)) {
        const total = company.goals.filter((g) => g.ownerId === owner).reduce((sum, g) => sum + g.fundingShare, 0);
        expect(total, `${owner} (${share} goals)`).to.be.at.most(1);
      }
      expect(company.goals.filter((g) => g.fundingShare > 0).length).to.be.at.least(15);
      expect(company.goals.filter((g) => (g.saved?.amount ?? 0) > 0).length).to.be.at.least(15);
      const milestones = company.goals.flatMap((g) => g.milestones);
      expect(milestones.filter((m) => m.doneOn).length).to.be.at.least(10);
      expect(milestones.filter((m) => !m.doneOn).length).to.be.at.least(10);
      expect(company.goals.filter((g) => g.target === undefined).length).to.be.at.least(2);
    });

    it('leave a couple of reps who have not written a goal yet', () => {
      const owners = new Set(company.goals.map((g) => g.ownerId));
      expect(directReports(company, company.viewers.managerId).filter((p) => !owners.has(p.id))).to.have.length(2);
    });
  });

  describe('goal funding, by the real engine', () => {
    it('funds every achieved money goal to its target, and not far past it', () => {
      for (const world of worlds) {
        const achieved = fundedGoals(world).filter((f) => f.goal.status === 'achieved');
        expect(achieved.length, `seed ${world.seed}`).to.be.at.least(3);
        for (const funded of achieved) {
          expect(funded.progress, label(world, funded)).to.be.at.least(1);
          expect(funded.progress, label(world, funded)).to.be.below(1.5);
          expect(funded.funding.progress, label(world, funded)).to.equal(1);
        }
      }
    });

    it('leaves every active money goal part-way, between 5% and 95%', () => {
      for (const world of worlds) {
        for (const funded of fundedGoals(world).filter((f) => f.goal.status === 'active')) {
          expect(funded.progress, label(world, funded)).to.be.within(0.05, 0.95);
        }
      }
    });

    it('spreads active goals out: a few early, a few nearly there, most in the middle', () => {
      for (const world of worlds) {
        const progress = fundedGoals(world).filter((f) => f.goal.status === 'active').map((f) => f.progress).sort((a, b) => a - b);
        expect(progress.length, `seed ${world.seed}`).to.be.at.least(20);
        expect(progress.filter((p) => p < 0.3).length, `seed ${world.seed} early`).to.be.at.least(3);
        expect(progress.filter((p) => p > 0.7).length, `seed ${world.seed} nearly there`).to.be.at.least(3);
        expect(progress[Math.floor(progress.length / 2)], `seed ${world.seed} median`).to.be.within(0.35, 0.65);
      }
    });

    it('leaves paused and dropped money goals stalled between 5% and 60%, earmarking nothing more', () => {
      for (const world of worlds) {
        const stalled = fundedGoals(world).filter((f) => f.goal.status === 'paused' || f.goal.status === 'dropped');
        expect(stalled.length, `seed ${world.seed}`).to.be.at.least(3);
        for (const funded of stalled) {
          expect(funded.progress, label(world, funded)).to.be.within(0.05, 0.6);
          expect(funded.goal.fundingShare, label(world, funded)).to.equal(0);
        }
      }
    });

    it('funds active goals mostly from commission, with whole-percent shares of 1% to 60%', () => {
      for (const world of worlds) {
        const active = fundedGoals(world).filter((f) => f.goal.status === 'active');
        const fromCommission = active.filter((f) => f.funding.earmarked.amount > f.funding.saved.amount);
        expect(fromCommission.length, `seed ${world.seed}`).to.be.at.least((active.length * 2) / 3);
        for (const goal of world.goals) {
          const percent = goal.fundingShare * 100;
          expect(Math.abs(percent - Math.round(percent)), goal.id).to.be.below(1e-9);
          if (goal.fundingShare > 0) expect(goal.fundingShare, goal.id).to.be.within(0.01, 0.6);
        }
      }
    });

    it('marks a money milestone done only once the goal’s funding has reached it', () => {
      for (const world of worlds) {
        for (const funded of fundedGoals(world)) {
          const { goal, funding } = funded;
          const demo = goal.ownerId === world.viewers.repId;
          for (const milestone of goal.milestones) {
            if (milestone.doneOn !== undefined) {
              expect(milestone.doneOn >= goal.writtenOn && milestone.doneOn <= world.today, `${label(world, funded)} ${milestone.id}`).to.equal(true);
            }
            if (milestone.amount === undefined) continue;
            expect(milestone.amount.amount, `${label(world, funded)} ${milestone.id}`).to.be.at.most(goal.target!.amount);
            const reached = milestone.amount.amount <= funding.funded.amount;
            if (milestone.doneOn !== undefined) expect(reached, `${label(world, funded)} ${milestone.id} done but not reached`).to.equal(true);
            // Generated goals tick a money milestone as soon as it is reached; the demo rep's are hand-written.
            if (!demo) expect(milestone.doneOn !== undefined, `${label(world, funded)} ${milestone.id}`).to.equal(reached);
          }
          if (goal.status === 'achieved') {
            for (const milestone of goal.milestones) expect(milestone.doneOn, `${label(world, funded)} ${milestone.id}`).not.to.equal(undefined);
          }
        }
      }
    });

    it('gives the demo rep’s lake house the largest share and about half its funding, her loans short of paid off and the year off early', () => {
      const mine = new Map(fundedGoals(company).filter((f) => f.goal.ownerId === company.viewers.repId).map((f) => [f.goal.title, f]));
      const lake = mine.get('Lake-house deposit')!;
      for (const other of mine.values()) if (other !== lake) expect(other.goal.fundingShare).to.be.below(lake.goal.fundingShare);
      expect(lake.progress).to.be.within(0.35, 0.6);
      expect(mine.get('Pay off student loans')!.progress).to.be.within(0.5, 0.99);
      expect(mine.get('A year off with the kids')!.progress).to.be.within(0.1, 0.4);
      for (const world of worlds) {
        for (const funded of fundedGoals(world).filter((f) => f.goal.ownerId === world.viewers.repId)) {
          expect(funded.progress, label(world, funded)).to.be.within(0.1, 0.95);
        }
      }
    });
  });

  describe('check-ins', () => {
    it('follow each rep’s cadence, with one or two reps never checked in with and some overdue by more than 30 days', () => {
      const team = directReports(company, company.viewers.managerId);
      const never = team.filter((p) => latestCheckIn(company, p.id) === undefined);
      expect(never.length).to.be.within(1, 2);
      const overdue = team.filter((p) => {
        const latest = latestCheckIn(company, p.id);
        return latest !== undefined && daysBetween(latest.nextDueOn, SAMPLE_TODAY) > 30;
      });
      expect(overdue.length).to.be.within(3, 8);
      const current = team.filter((p) => {
        const latest = latestCheckIn(company, p.id);
        return latest !== undefined && latest.nextDueOn >= SAMPLE_TODAY;
      });
      expect(current.length).to.be.at.least(12);
      for (const p of team.filter((q) => !never.includes(q))) {
        expect(company.checkins.filter((c) => c.personId === p.id).length, p.name).to.be.at.least(2);
      }
    });

    it('carry manager commitments, some kept, some overdue, and acknowledgements', () => {
      const byManager = company.checkins.filter((c) => c.authorId !== c.personId);
      expect(byManager.length).to.be.greaterThan(company.checkins.length / 2);
      for (const c of byManager) expect(c.commitment.trim(), c.id).not.to.equal('');
      expect(company.checkins.filter((c) => c.commitmentDoneOn).length).to.be.at.least(10);
      const overdue = company.checkins.filter((c) => c.commitmentDueOn && !c.commitmentDoneOn && c.commitmentDueOn < SAMPLE_TODAY);
      expect(overdue.length).to.be.at.least(5);
      expect(overdue.some((c) => c.personId === company.viewers.repId)).to.equal(true);
      expect(company.checkins.filter((c) => c.acknowledgedOn).length).to.be.greaterThan(company.checkins.length / 2);
      expect(company.checkins.filter((c) => !c.acknowledgedOn).length).to.be.at.least(5);
      expect(new Set(company.checkins.map((c) => c.confidence)).size).to.equal(5);
    });

    it('never have a manager reviewing a goal the rep kept private', () => {
      const goals = new Map(company.goals.map((g) => [g.id, g]));
      for (const c of company.checkins.filter((x) => x.goalId !== undefined && x.authorId !== x.personId)) {
        expect(goals.get(c.goalId!)!.visibility, c.id).not.to.equal('private');
      }
    });
  });

  describe('recognitions', () => {
    it('number about 120 over the last six months, newest last', () => {
      expect(company.recognitions).to.have.length(SAMPLE_RECOGNITION_COUNT);
      const oldest = addDays(SAMPLE_TODAY, -183);
      for (const r of company.recognitions) expect(r.postedAt.slice(0, 10) >= oldest, r.postedAt).to.equal(true);
      const times = company.recognitions.map((r) => r.postedAt);
      expect(times).to.deep.equal([...times].sort());
    });

    it('cover every kind, both audiences and every consent state', () => {
      for (const world of worlds) {
        expect(new Set(world.recognitions.map((r) => r.kind))).to.deep.equal(new Set(RECOGNITION_KINDS));
        expect(new Set(world.recognitions.map((r) => r.audience))).to.deep.equal(new Set(['team', 'private']));
        expect(new Set(world.recognitions.map((r) => r.consent?.status).filter(Boolean))).to.deep.equal(new Set(['pending', 'granted', 'declined']));
      }
    });

    it('carry value tags, reactions, https links and automatic celebrations', () => {
      const values = new Set(company.recognitions.flatMap((r) => r.values));
      expect([...values]).to.include.members(['customer-first', 'grit', 'teamwork']);
      expect(company.recognitions.filter((r) => Object.keys(r.reactions).length > 0).length).to.be.at.least(40);
      const links = company.recognitions.flatMap((r) => (r.link ? [r.link] : []));
      expect(links.length).to.be.at.least(10);
      for (const link of links) expect(link).to.match(/^https:\/\//);
      expect(company.recognitions.filter((r) => r.automatic).length).to.be.at.least(3);
    });

    it('respect each rep’s recognition preference', () => {
      const profiles = new Map(company.profiles.map((p) => [p.ownerId, p]));
      for (const r of company.recognitions) {
        for (const id of r.toIds) {
          const preference = profiles.get(id)?.recognitionPreference;
          expect(preference, r.id).not.to.equal('none');
          if (preference === 'private' && r.kind !== 'coaching-example') expect(r.audience, r.id).to.equal('private');
        }
        if (r.automatic) for (const id of r.toIds) expect(profiles.get(id)?.autoCelebrate, r.id).to.equal(true);
      }
    });

    it('show the demo rep a pending coaching example, a win and kudos from a teammate', () => {
      const mine = company.recognitions.filter((r) => r.toIds.includes(company.viewers.repId));
      expect(mine.some((r) => r.kind === 'coaching-example' && r.consent?.status === 'pending')).to.equal(true);
      expect(mine.some((r) => r.kind === 'win')).to.equal(true);
      expect(mine.some((r) => r.kind === 'kudos' && r.fromId === company.viewers.teammateId)).to.equal(true);
      expect(company.recognitions.some((r) => r.fromId === company.viewers.repId)).to.equal(true);
    });

    it('reach across teams now and then, so cross-team privacy has something to hide', () => {
      const teamOf = new Map(company.people.map((p) => [p.id, p.teamId]));
      expect(company.recognitions.some((r) => r.teamId !== teamOf.get(company.viewers.managerId))).to.equal(true);
    });
  });

  describe('motivation profiles', () => {
    it('give every rep exactly one profile', () => {
      const reps = company.people.filter((p) => p.role === 'rep').map((p) => p.id);
      expect(company.profiles.map((p) => p.ownerId)).to.have.members(reps);
    });

    it('make each driver the main one for several reps', () => {
      const top = count(company.profiles, (p) => {
        const weights = Object.entries(p.drivers) as Array<[Driver, number]>;
        return weights.sort((a, b) => b[1] - a[1])[0]![0];
      });
      for (const driver of DRIVERS) expect(top.get(driver) ?? 0, driver).to.be.at.least(5);
    });

    it('vary preferences: mostly public, some private, a couple none, every leaderboard presence, notes for all', () => {
      const preferences = count(company.profiles, (p) => p.recognitionPreference);
      expect(preferences.get('none')).to.equal(2);
      expect(preferences.get('private')).to.be.at.least(4);
      expect(preferences.get('public')).to.be.greaterThan(company.profiles.length / 2);
      expect(new Set(company.profiles.map((p) => p.leaderboard))).to.deep.equal(new Set(['named', 'anonymous', 'hidden']));
      expect(new Set(company.profiles.map((p) => p.autoCelebrate))).to.deep.equal(new Set([true, false]));
      for (const p of company.profiles) expect(p.coachingNote.length).to.be.greaterThan(20);
    });
  });

  describe('another today and currency', () => {
    it('moves the story with the date: the demo rep’s last check-in is always 18 days ago', () => {
      for (const world of worlds) {
        expect(daysBetween(latestCheckIn(world, world.viewers.repId)!.date, world.today)).to.equal(18);
      }
    });

    it('keeps the same figures in the major units of another currency', () => {
      const yen = worlds.find((w) => w.currency === 'JPY')!;
      const lake = yen.goals.find((g) => g.ownerId === yen.viewers.repId && g.title === 'Lake-house deposit')!;
      expect(lake.target).to.deep.equal({ amount: 100_000, currency: 'JPY' });
      for (const b of yen.bookings) expect(b.amount.currency).to.equal('JPY');
      const dinar = worlds.find((w) => w.currency === 'KWD')!;
      expect(dinar.goals.find((g) => g.ownerId === dinar.viewers.repId && g.title === 'Lake-house deposit')!.target)
        .to.deep.equal({ amount: 100_000_000, currency: 'KWD' });
    });
  });
});
