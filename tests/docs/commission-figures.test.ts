// The figures docs/commission-plans.md quotes that tests/core/*.test.ts do not already check,
// computed by the real engine. The plan is DESIGN.md's hybrid, paid by the quarter.
import { expect } from '@open-wc/testing';
import { commissionFor, describePlanModel, periodCommissions } from '../../src/core/commission.js';
import { goalFundingAsOf } from '../../src/core/quota-to-goal.js';
import { validateRecord } from '../../src/core/validation.js';
import type { Booking, CompPlan, PersonalGoal, Tier } from '../../src/core/types.js';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };
const usd = (dollars: number) => Math.round(dollars * 100);
const tier = (from: number, multiplier: number, retroactive = false): Tier => ({ from, multiplier, retroactive });
const HYBRID = [tier(0, 0.5), tier(0.5, 1, true), tier(1, 1.5), tier(1.5, 2)];

function quarterly(overrides: Partial<CompPlan> = {}): CompPlan {
  return {
    id: 'plan-1', ownerId: 'maya', name: 'FY2026', currency: 'USD', period: 'quarter',
    quota: usd(250_000), targetIncentive: usd(25_000), tiers: HYBRID, basis: 'per-period', yearStart: '2026-01-01',
    ...stamp, ...overrides,
  };
}

let bookingCount = 0;
function booking(closedOn: string, dollars: number): Booking {
  bookingCount += 1;
  return { id: `b${bookingCount}`, ownerId: 'maya', amount: { amount: usd(dollars), currency: 'USD' }, closedOn, label: `Deal ${bookingCount}`, ...stamp };
}

describe('docs/commission-plans.md: per period or cumulative', () => {
  const bookings = [booking('2026-02-10', 350_000), booking('2026-05-02', 150_000)];

  it('Q1 is 140% and pays $25,000 for its first $250,000 and 15% of the $100,000 above; Q2 is 60%', () => {
    const year = periodCommissions(quarterly(), bookings, '2026-06-30');
    expect(year.periods.map((q) => q.attainment)).to.deep.equal([1.4, 0.6]);
    const q1 = year.periods[0]!.calculation.lines;
    expect(q1[0]!.paid.amount + q1[1]!.paid.amount).to.equal(usd(25_000));
    expect([q1[2]!.revenue.amount, q1[2]!.multiplier, q1[2]!.paid.amount]).to.deep.equal([usd(100_000), 1.5, usd(15_000)]);
  });

  it('the cumulative true-up at the end of Q2 measures $500,000 against $500,000 and earns $50,000', () => {
    const year = periodCommissions(quarterly({ basis: 'cumulative' }), bookings, '2026-06-30');
    expect(year.current.calculation.payout.amount).to.equal(usd(50_000));
    expect(year.current.bookedToDate.amount).to.equal(usd(500_000));
  });

  it('the no-clawback year books $350,000, $350,000 and $750,000 to date', () => {
    const year = periodCommissions(quarterly({ basis: 'cumulative' }), [booking('2026-02-10', 350_000), booking('2026-08-15', 400_000)], '2026-09-30');
    expect(year.periods.map((q) => q.bookedToDate.amount)).to.deep.equal([usd(350_000), usd(350_000), usd(750_000)]);
  });
});

describe('docs/commission-plans.md: from commission to a personal goal', () => {
  const bookings = [
    booking('2026-02-10', 200_000), booking('2026-03-20', 150_000),
    booking('2026-04-15', 100_000), booking('2026-05-10', 50_000),
  ];
  const goal = (writtenOn: string): PersonalGoal => ({
    id: 'goal-1', ownerId: 'maya', title: 'Lake-house deposit', why: 'Summers with my dad', category: 'home',
    target: { amount: usd(40_000), currency: 'USD' }, targetDate: '2026-09-30', writtenOn, fundingShare: 0.5,
    saved: { amount: usd(5_000), currency: 'USD' }, milestones: [], status: 'active', visibility: 'manager', cadence: 'monthly', ...stamp,
  });

  it('a goal written in early January counts all $55,000: $27,500 earmarked, $32,500 funded, 81.25%, $7,500 missing', () => {
    const funding = goalFundingAsOf(quarterly(), bookings, goal('2026-01-05'), '2026-05-15');
    expect([funding.commission.amount, funding.earmarked.amount, funding.funded.amount, funding.remaining!.amount])
      .to.deep.equal([usd(55_000), usd(27_500), usd(32_500), usd(7_500)]);
    expect(funding.progress).to.equal(0.8125);
  });

  it('Q1 had paid $20,000 on the $200,000 booked before March; a goal written on 1 March earmarks $17,500', () => {
    expect(periodCommissions(quarterly(), bookings, '2026-02-28').current.payout.amount).to.equal(usd(20_000));
    expect(goalFundingAsOf(quarterly(), bookings, goal('2026-03-01'), '2026-05-15').earmarked.amount).to.equal(usd(17_500));
  });
});

describe('docs/commission-plans.md: the CompPlan record it shows', () => {
  it('is a valid hybrid plan that pays $40,000 on a $350,000 quarter', async () => {
    const doc = await (await fetch('/docs/commission-plans.md')).text();
    const block = /```json\n([\s\S]*?)\n```/.exec(doc);
    expect(block, 'the page has a JSON plan').not.to.equal(null);
    const plan = JSON.parse(block![1]!) as CompPlan;
    expect(validateRecord('plans', plan)).to.deep.equal([]);
    expect(describePlanModel(plan)).to.equal('hybrid');
    expect(commissionFor(plan, usd(350_000)).payout.amount).to.equal(usd(40_000));
  });
});
