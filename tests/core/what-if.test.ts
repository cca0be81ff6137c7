import { expect } from '@open-wc/testing';
import {
  atBaseRate, dealDateProblem, dealEffects, extraBookingsRange, latestDealDate, outlinePlan, periodsPerYear, whatIf,
} from '../../src/core/what-if.js';
import type { HypotheticalDeal } from '../../src/core/what-if.js';
import { commissionFor, periodCommissions } from '../../src/core/commission.js';
import { goalFundingAsOf } from '../../src/core/quota-to-goal.js';
import { GoalpostError } from '../../src/core/errors.js';
import type { Booking, CompPlan, PersonalGoal, Tier } from '../../src/core/types.js';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };
const usd = (dollars: number) => Math.round(dollars * 100);
const tier = (from: number, multiplier: number, retroactive = false): Tier => ({ from, multiplier, retroactive });

// DESIGN.md's plan: variable $100,000 at quota $1,000,000 (base rate 10%), here by quarter.
const HYBRID = [tier(0, 0.5), tier(0.5, 1, true), tier(1, 1.5), tier(1.5, 2)];
const RETROACTIVE = [tier(0, 0.5, true), tier(0.5, 1, true), tier(1, 1.5, true), tier(1.5, 2, true)];
const MARGINAL = [tier(0, 0.5), tier(0.5, 1), tier(1, 1.5), tier(1.5, 2)];

function plan(tiers: Tier[], overrides: Partial<CompPlan> = {}): CompPlan {
  return {
    id: 'plan-1', ownerId: 'maya', name: 'FY2026 hybrid', currency: 'USD', period: 'quarter',
    quota: usd(250_000), targetIncentive: usd(25_000), tiers, basis: 'per-period', yearStart: '2026-01-01',
    ...stamp, ...overrides,
  };
}
const yearly = (tiers: Tier[], overrides: Partial<CompPlan> = {}) =>
  plan(tiers, { period: 'year', quota: usd(1_000_000), targetIncentive: usd(100_000), ...overrides });

let count = 0;
function booking(closedOn: string, dollars: number): Booking {
  count += 1;
  return { id: `b${count}`, ownerId: 'maya', amount: { amount: usd(dollars), currency: 'USD' }, closedOn, label: `Deal ${count}`, ...stamp };
}
const deal = (closedOn: string, dollars: number, id = closedOn): HypotheticalDeal => ({ id, amount: usd(dollars), closedOn });

const lakeHouse: PersonalGoal = {
  id: 'goal-lake', ownerId: 'maya', title: 'Lake-house deposit', why: 'Summers on the water.', category: 'home',
  target: { amount: usd(100_000), currency: 'USD' }, targetDate: '2027-09-01', writtenOn: '2026-01-05', fundingShare: 0.2,
  saved: { amount: usd(14_500), currency: 'USD' }, milestones: [], status: 'active', visibility: 'manager', cadence: 'monthly', ...stamp,
};

describe('outlinePlan: the plan laid out for reading', () => {
  it('names the model, the base rate, each tier in attainment and bookings, and the cap', () => {
    const outline = outlinePlan(plan(HYBRID, { capMultiple: 3 }), [], '2026-02-15');
    expect(outline.model).to.equal('hybrid');
    expect(outline.baseRate).to.equal(0.1);
    expect(outline.quota.amount).to.equal(usd(250_000));
    expect(outline.targetIncentive.amount).to.equal(usd(25_000));
    expect(outline.tiers.map((t) => [t.from, t.to, t.multiplier, t.retroactive])).to.deep.equal([
      [0, 0.5, 0.5, false], [0.5, 1, 1, true], [1, 1.5, 1.5, false], [1.5, null, 2, false],
    ]);
    expect(outline.tiers.map((t) => t.bookingsFrom.amount)).to.deep.equal([0, usd(125_000), usd(250_000), usd(375_000)]);
    [0.05, 0.1, 0.15, 0.2].forEach((rate, i) => expect(outline.tiers[i]!.rate).to.be.closeTo(rate, 1e-12));
    expect(outline.cap).to.deep.equal({ amount: usd(75_000), currency: 'USD' });
    expect(outline.capMultiple).to.equal(3);
  });

  it('never calls the first tier retroactive: nothing lies below it', () => {
    const outline = outlinePlan(yearly(RETROACTIVE), [], '2026-02-15');
    expect(outline.model).to.equal('retroactive');
    expect(outline.tiers.map((t) => t.retroactive)).to.deep.equal([false, true, true, true]);
    expect(outline.cap).to.equal(null);
  });

  it('shows the fully retroactive cliff at quota: one more dollar pays $50,000.10 more', () => {
    const outline = outlinePlan(yearly(RETROACTIVE), [booking('2026-02-01', 600_000)], '2026-02-15');
    const atQuota = outline.cliffs.find((c) => c.from === 1)!;
    expect(atQuota.at.amount).to.equal(usd(1_000_000));
    // $999,999 pays $99,999.90 (×1); $1,000,000 pays $150,000 (×1.5 on everything).
    expect(commissionFor(yearly(RETROACTIVE), usd(999_999)).payout.amount).to.equal(usd(99_999.9));
    expect(atQuota.oneMore.amount).to.equal(usd(150_000) - usd(99_999.9));
    expect(atQuota.passed).to.equal(false);
    expect(atQuota.away.amount).to.equal(usd(400_000));
    // The 50% cliff is behind her already.
    const half = outline.cliffs.find((c) => c.from === 0.5)!;
    expect(half.passed).to.equal(true);
    expect(half.away.amount).to.equal(0);
  });

  it('finds no cliff on a marginal plan', () => {
    expect(outlinePlan(plan(MARGINAL), [], '2026-02-15').cliffs).to.deep.equal([]);
  });

  it('places a cumulative plan’s cliff in this period’s bookings, after what earlier periods booked', () => {
    const cumulative = plan(HYBRID, { basis: 'cumulative' });
    // Q1 booked $50,000; in Q2 the true-up's 50% gate is $250,000 year to date: $200,000 this quarter.
    const outline = outlinePlan(cumulative, [booking('2026-02-01', 50_000)], '2026-04-15');
    expect(outline.cliffs.length).to.equal(1);
    expect(outline.cliffs[0]!.at.amount).to.equal(usd(200_000));
    expect(outline.cliffs[0]!.oneMore.amount).to.be.greaterThan(usd(12_500));
  });
});

describe('whatIf: hypothetical deals through the real engine', () => {
  const q1 = [booking('2026-01-20', 200_000)];

  it('reproduces DESIGN.md’s hybrid quarter: $350,000 pays $40,000, the gain split into base rate and accelerator', () => {
    const result = whatIf({ plan: plan(HYBRID), bookings: q1, asOf: '2026-02-15', deals: [deal('2026-03-10', 150_000)] });
    expect(result.periods.length).to.equal(1);
    expect(result.current.period.label).to.equal('Q1 2026');
    expect(result.current.bookedBefore.amount).to.equal(usd(200_000));
    expect(result.current.bookedAfter.amount).to.equal(usd(350_000));
    expect(result.commissionBefore.amount).to.equal(usd(20_000));
    expect(result.commissionAfter.amount).to.equal(usd(40_000));
    expect(result.gain.amount).to.equal(usd(20_000));
    expect(result.added.amount).to.equal(usd(150_000));
    // $150,000 at the 10% base rate is $15,000; the 1.5× tier past quota adds $5,000.
    expect(result.atBaseRate.amount).to.equal(usd(15_000));
    expect(result.fromAccelerator.amount).to.equal(usd(5_000));
    expect(result.current.tierBefore).to.equal(1);
    expect(result.current.tierAfter).to.equal(2);
    expect(result.crossed.map((c) => [c.tier, c.from, c.multiplier])).to.deep.equal([[2, 1, 1.5]]);
  });

  it('shows a negative accelerator when deals land in the half-rate tier', () => {
    const result = whatIf({ plan: plan(MARGINAL), bookings: [], asOf: '2026-02-15', deals: [deal('2026-02-20', 100_000)] });
    expect(result.gain.amount).to.equal(usd(5_000));
    expect(result.atBaseRate.amount).to.equal(usd(10_000));
    expect(result.fromAccelerator.amount).to.equal(-usd(5_000));
  });

  it('makes the retroactive gate visible when a deal carries the period over it', () => {
    const result = whatIf({ plan: plan(HYBRID), bookings: [booking('2026-01-20', 100_000)], asOf: '2026-02-15', deals: [deal('2026-02-20', 30_000)] });
    // $100,000 pays $5,000 at half rate; $130,000 re-rates all of it to 10%: $13,000.
    expect(result.commissionBefore.amount).to.equal(usd(5_000));
    expect(result.commissionAfter.amount).to.equal(usd(13_000));
    expect(result.cliffsCrossed.map((c) => c.at.amount)).to.deep.equal([usd(125_000)]);
    expect(result.crossed[0]!.retroactive).to.equal(true);
  });

  it('pays a deal that slips into next quarter in next quarter, at next quarter’s rates', () => {
    const result = whatIf({ plan: plan(HYBRID), bookings: [booking('2026-01-20', 350_000)], asOf: '2026-03-20', deals: [deal('2026-04-10', 150_000)] });
    expect(result.periods.map((p) => p.period.label)).to.deep.equal(['Q1 2026', 'Q2 2026']);
    expect(result.current.gain.amount).to.equal(0);
    // DESIGN.md: Q2 $150,000 under the hybrid pays $15,000.
    expect(result.periods[1]!.payoutAfter.amount).to.equal(usd(15_000));
    expect(result.gain.amount).to.equal(usd(15_000));
    expect(result.through).to.equal('2026-06-30');
  });

  it('compares per-period and cumulative bases on a copy: $55,000 against $50,000 on DESIGN.md’s half year', () => {
    const result = whatIf({ plan: plan(HYBRID), bookings: [booking('2026-01-20', 350_000)], asOf: '2026-03-20', deals: [deal('2026-04-10', 150_000)] });
    expect(result.basis!.perPeriod.amount).to.equal(usd(55_000));
    expect(result.basis!.cumulative.amount).to.equal(usd(50_000));
    expect(result.basis!.difference.amount).to.equal(-usd(5_000));
    expect(result.basis!.actual).to.equal('per-period');
    expect(result.basis!.through).to.equal('2026-06-30');
  });

  it('leaves the basis comparison out on a yearly plan, where both are the same', () => {
    const result = whatIf({ plan: yearly(HYBRID), bookings: [], asOf: '2026-02-15', deals: [deal('2026-02-20', 100_000)] });
    expect(result.basis).to.equal(undefined);
  });

  it('counts the slider’s extra bookings in this period, closing today', () => {
    const withSlider = whatIf({ plan: plan(HYBRID), bookings: q1, asOf: '2026-02-15', deals: [], extra: usd(150_000) });
    expect(withSlider.commissionAfter.amount).to.equal(usd(40_000));
    expect(withSlider.added.amount).to.equal(usd(150_000));
    const both = whatIf({ plan: plan(HYBRID), bookings: q1, asOf: '2026-02-15', deals: [deal('2026-03-01', 50_000)], extra: usd(100_000) });
    expect(both.commissionAfter.amount).to.equal(usd(40_000));
  });

  it('changes nothing with no deals and no extra', () => {
    const result = whatIf({ plan: plan(HYBRID), bookings: q1, asOf: '2026-02-15', deals: [] });
    expect(result.gain.amount).to.equal(0);
    expect(result.crossed).to.deep.equal([]);
    expect(result.commissionBefore.amount).to.equal(periodCommissions(plan(HYBRID), q1, '2026-02-15').current.payout.amount);
  });

  it('says how much of the goal the deals fund, through goalFundingAsOf with the deals added', () => {
    const result = whatIf({ plan: plan(HYBRID), bookings: q1, asOf: '2026-02-15', deals: [deal('2026-03-10', 150_000)], goal: lakeHouse });
    const before = goalFundingAsOf(plan(HYBRID), q1, lakeHouse, '2026-03-31');
    expect(result.goal!.before.funded.amount).to.equal(before.funded.amount);
    // 20% of the $20,000 gain: $4,000, 4% of $100,000.
    expect(result.goal!.added.amount).to.equal(usd(4_000));
    expect(result.goal!.share).to.equal(0.04);
    expect(result.goal!.after.funded.amount).to.equal(before.funded.amount + usd(4_000));
  });

  it('leaves the goal out when it is in another currency', () => {
    const euros = { ...lakeHouse, target: { amount: usd(100_000), currency: 'EUR' }, saved: undefined };
    const result = whatIf({ plan: plan(HYBRID), bookings: q1, asOf: '2026-02-15', deals: [deal('2026-03-10', 150_000)], goal: euros });
    expect(result.goal).to.equal(undefined);
  });

  it('tells what each deal does on its own', () => {
    const input = { plan: plan(HYBRID), bookings: q1, asOf: '2026-02-15', deals: [deal('2026-03-10', 50_000, 'a'), deal('2026-03-12', 100_000, 'b')], goal: lakeHouse };
    const effects = dealEffects(input);
    expect(effects.map((e) => e.id)).to.deep.equal(['a', 'b']);
    // $200k → $250k pays $5,000 more; $200k → $300k pays $5,000 + $7,500.
    expect(effects[0]!.gain.amount).to.equal(usd(5_000));
    expect(effects[1]!.gain.amount).to.equal(usd(12_500));
    expect(effects[0]!.goalShare).to.equal(0.01);
  });

  it('rejects deals in the past, a year out, or without a positive amount', () => {
    const base = { plan: plan(HYBRID), bookings: q1, asOf: '2026-02-15' };
    expect(() => whatIf({ ...base, deals: [deal('2026-02-14', 10_000)] })).to.throw(GoalpostError);
    expect(() => whatIf({ ...base, deals: [deal('2027-02-15', 10_000)] })).to.throw(GoalpostError);
    expect(() => whatIf({ ...base, deals: [{ id: 'x', amount: 0, closedOn: '2026-03-01' }] })).to.throw(GoalpostError);
    expect(() => whatIf({ ...base, deals: [], extra: -1 })).to.throw(GoalpostError);
    expect(dealDateProblem('2026-02-15', '2026-02-15')).to.equal(null);
    expect(dealDateProblem('2026-02-14', '2026-02-15')).to.equal('past');
    expect(dealDateProblem(latestDealDate('2026-02-15'), '2026-02-15')).to.equal(null);
    expect(latestDealDate('2026-02-15')).to.equal('2027-02-14');
    expect(dealDateProblem('2027-02-15', '2026-02-15')).to.equal('too-far');
    expect(dealDateProblem('15/02/2026', '2026-02-15')).to.equal('invalid');
  });

  it('crosses into the next plan year when a deal closes there', () => {
    const result = whatIf({ plan: plan(HYBRID), bookings: [booking('2026-12-01', 100_000)], asOf: '2026-12-20', deals: [deal('2027-01-15', 130_000)] });
    expect(result.periods.map((p) => p.period.label)).to.deep.equal(['Q4 2026', 'Q1 2027']);
    expect(result.periods[1]!.payoutAfter.amount).to.equal(usd(13_000));
    // The basis comparison stays inside this plan year.
    expect(result.basis!.through).to.equal('2026-12-31');
  });
});

describe('the slider and small helpers', () => {
  it('steps about 1% of quota and reaches half a quota past the top tier', () => {
    const range = extraBookingsRange(plan(HYBRID), usd(100_000));
    expect(range.step).to.equal(usd(2_000));
    // Top tier at 150%: $500,000 (200%) less the $100,000 already booked.
    expect(range.max).to.equal(usd(400_000));
    expect(range.max % range.step).to.equal(0);
    // Never less than a whole quota, even far past the top tier.
    expect(extraBookingsRange(plan(HYBRID), usd(900_000)).max).to.equal(usd(250_000));
  });

  it('pays a base rate exactly, and counts periods a year', () => {
    expect(atBaseRate(plan(HYBRID), usd(150_000)).amount).to.equal(usd(15_000));
    expect(atBaseRate(plan(HYBRID, { quota: 89_500_000, targetIncentive: 5_350_000 }), usd(100_000)).amount).to.equal(597_765);
    expect(periodsPerYear('month')).to.equal(12);
    expect(periodsPerYear('quarter')).to.equal(4);
    expect(periodsPerYear('year')).to.equal(1);
  });
});
