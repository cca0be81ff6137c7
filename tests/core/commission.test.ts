import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  assertValidPlan, bookingsForCommission, cliffs, commissionFor, describePlanModel, hasCliff, nextUnlock,
  periodCommissions, periodPayoutCurve, planProblems, portionOf,
} from '../../src/core/commission.js';
import { CurrencyMismatchError, GoalpostError, ValidationError } from '../../src/core/errors.js';
import type { Booking, CompPlan, Tier } from '../../src/core/types.js';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };
/** Whole dollars (or cents after the point) in cents, so figures read as DESIGN.md prints them. */
const usd = (dollars: number) => Math.round(dollars * 100);

function tier(from: number, multiplier: number, retroactive = false): Tier {
  return { from, multiplier, retroactive };
}

// DESIGN.md's plan: variable $100,000 at quota $1,000,000, base rate 10%.
const FLAT = [tier(0, 1)];
const MARGINAL = [tier(0, 0.5), tier(0.5, 1), tier(1, 1.5), tier(1.5, 2)];
const HYBRID = [tier(0, 0.5), tier(0.5, 1, true), tier(1, 1.5), tier(1.5, 2)];
const RETROACTIVE = [tier(0, 0.5, true), tier(0.5, 1, true), tier(1, 1.5, true), tier(1.5, 2, true)];

function plan(tiers: Tier[], overrides: Partial<CompPlan> = {}): CompPlan {
  return {
    id: 'plan-1', ownerId: 'maya', name: 'FY2026', currency: 'USD', period: 'year',
    quota: usd(1_000_000), targetIncentive: usd(100_000), tiers, basis: 'per-period', yearStart: '2026-01-01',
    ...stamp, ...overrides,
  };
}
const quarterly = (tiers: Tier[], overrides: Partial<CompPlan> = {}) =>
  plan(tiers, { period: 'quarter', quota: usd(250_000), targetIncentive: usd(25_000), ...overrides });

let bookingCount = 0;
function booking(closedOn: string, dollars: number, currency = 'USD'): Booking {
  bookingCount += 1;
  return { id: `b${bookingCount}`, ownerId: 'maya', amount: { amount: usd(dollars), currency }, closedOn, label: `Deal ${bookingCount}`, ...stamp };
}

const paid = (p: CompPlan, dollars: number) => commissionFor(p, usd(dollars)).payout.amount;

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('commissionFor: the figures DESIGN.md publishes', () => {
  it('pays $130,000 on $1,300,000 under a flat 10% plan', () => {
    expect(paid(plan(FLAT), 1_300_000)).to.equal(usd(130_000));
  });

  it('pays $120,000 on $1,300,000 when no tier is retroactive (marginal)', () => {
    const result = commissionFor(plan(MARGINAL), usd(1_300_000));
    expect(result.payout).to.deep.equal({ amount: usd(120_000), currency: 'USD' });
    expect(result.lines.map((line) => line.paid.amount)).to.deep.equal([usd(25_000), usd(50_000), usd(45_000), 0]);
    expect(result.lines.map((line) => line.revenue.amount)).to.deep.equal([usd(500_000), usd(500_000), usd(300_000), 0]);
    expect(result.attainment).to.equal(1.3);
    expect(result.tierReached).to.equal(2);
    expect(result.capped).to.equal(false);
  });

  it('pays $145,000 on $1,300,000 when only the 50% gate is retroactive (hybrid)', () => {
    const result = commissionFor(plan(HYBRID), usd(1_300_000));
    expect(result.payout.amount).to.equal(usd(145_000));
    // The gate lifts the decelerated first half to the full rate; the accelerators stay marginal.
    expect(result.lines[0]).to.include({ multiplier: 1, paidAtTier: 1 });
    expect(result.lines.map((line) => line.paid.amount)).to.deep.equal([usd(50_000), usd(50_000), usd(45_000), 0]);
  });

  it('pays $195,000 on $1,300,000 when every tier is retroactive', () => {
    const result = commissionFor(plan(RETROACTIVE), usd(1_300_000));
    expect(result.payout.amount).to.equal(usd(195_000));
    expect(result.lines.slice(0, 3).map((line) => line.paidAtTier)).to.deep.equal([2, 2, 2]);
  });

  it('shows the retroactive cliff: $99,900 at $999,000, then $150,000 at exactly $1,000,000', () => {
    expect(paid(plan(RETROACTIVE), 999_000)).to.equal(usd(99_900));
    const atQuota = commissionFor(plan(RETROACTIVE), usd(1_000_000));
    expect(atQuota.payout.amount).to.equal(usd(150_000));
    expect(atQuota.tierReached, 'exactly 100% reaches the 100% tier').to.equal(2);
  });

  it('pays $100,000 at exactly $1,000,000 under the hybrid', () => {
    expect(paid(plan(HYBRID), 1_000_000)).to.equal(usd(100_000));
  });

  it('pays Q1 $40,000 and Q2 $15,000 per quarter under the quarterly hybrid, $55,000 in all', () => {
    const bookings = [booking('2026-02-10', 200_000), booking('2026-03-20', 150_000), booking('2026-05-02', 150_000)];
    const year = periodCommissions(quarterly(HYBRID), bookings, '2026-06-30');
    expect(year.periods.map((p) => p.period.label)).to.deep.equal(['Q1 2026', 'Q2 2026']);
    expect(year.periods.map((p) => p.booked.amount)).to.deep.equal([usd(350_000), usd(150_000)]);
    expect(year.periods.map((p) => p.payout.amount)).to.deep.equal([usd(40_000), usd(15_000)]);
    expect(year.payoutYtd.amount).to.equal(usd(55_000));
    expect(year.bookedYtd.amount).to.equal(usd(500_000));
  });

  it('pays $50,000 for the half year when the same bookings are trued up cumulatively', () => {
    const bookings = [booking('2026-02-10', 350_000), booking('2026-05-02', 150_000)];
    const year = periodCommissions(quarterly(HYBRID, { basis: 'cumulative' }), bookings, '2026-06-30');
    expect(year.payoutYtd.amount).to.equal(usd(50_000));
    expect(year.periods.map((p) => p.payout.amount)).to.deep.equal([usd(40_000), usd(10_000)]);
    // Q2's true-up measures $500,000 against two quarters' quota: exactly 100%.
    expect(year.current.calculation.attainment).to.equal(1);
    expect(year.current.calculation.quota.amount).to.equal(usd(500_000));
  });
});

describe('commissionFor: decelerators, the cap and rounding', () => {
  it('pays half the base rate below 50% (a decelerator): $400,000 earns $20,000', () => {
    expect(paid(plan(MARGINAL), 400_000)).to.equal(usd(20_000));
    expect(paid(plan(HYBRID), 400_000)).to.equal(usd(20_000));
  });

  it('lifts the decelerated revenue once the retroactive gate is reached', () => {
    // $499,999.99 at 5% is $24,999.9995, which rounds to $25,000.00.
    expect(paid(plan(HYBRID), 499_999.99)).to.equal(usd(25_000));
    expect(paid(plan(HYBRID), 500_000)).to.equal(usd(50_000));
  });

  it('never pays more than the cap, and says so', () => {
    const capped = commissionFor(plan(RETROACTIVE, { capMultiple: 1.5 }), usd(2_000_000));
    expect(capped.uncappedPayout.amount).to.equal(usd(400_000));
    expect(capped.cap?.amount).to.equal(usd(150_000));
    expect(capped.payout.amount).to.equal(usd(150_000));
    expect(capped.capped).to.equal(true);
    const under = commissionFor(plan(RETROACTIVE, { capMultiple: 1.5 }), usd(999_000));
    expect(under.capped).to.equal(false);
    expect(under.payout.amount).to.equal(usd(99_900));
  });

  it('reads multipliers as the decimals typed: 1.15 × 10¢ is 11.5¢, paid as 12¢', () => {
    // In binary floating point 1.15 * 10 is 11.499999999999998, which would round down to 11.
    const p = plan([tier(0, 1.15)], { quota: 100, targetIncentive: 100 });
    expect(commissionFor(p, 10).payout.amount).to.equal(12);
  });

  it('rounds once per period, not once per tier, and its lines still add up', () => {
    // Tier revenue pays 0.5¢ and 1.5¢: 2¢ in all, where rounding each tier would pay 3¢.
    const p = plan([tier(0, 1), tier(0.5, 3)], { quota: 10, targetIncentive: 1 });
    const result = commissionFor(p, 10);
    expect(result.payout.amount).to.equal(2);
    expect(result.lines.map((line) => line.paid.amount)).to.deep.equal([1, 1]);
  });

  it('pays nothing, never a negative amount, when refunds outweigh sales', () => {
    const result = commissionFor(plan(MARGINAL), usd(-5_000));
    expect(result.payout.amount).to.equal(0);
    expect(result.attainment).to.equal(-0.005);
    expect(result.tierReached).to.equal(0);
    expect(result.lines.every((line) => line.revenue.amount === 0 && line.paid.amount === 0)).to.equal(true);
  });

  it('rejects an amount booked that is not whole minor units', () => {
    for (const bad of [Number.NaN, 10.5, Number.POSITIVE_INFINITY]) {
      const error = thrown(() => commissionFor(plan(FLAT), bad));
      expect(error).to.be.instanceOf(GoalpostError);
      expect((error as GoalpostError).code).to.equal('invalid-input');
    }
  });
});

describe('plan validation', () => {
  const cases: Array<[string, Partial<CompPlan>, string]> = [
    ['tier starts that do not increase', { tiers: [tier(0, 1), tier(1, 1.5), tier(1, 2)] }, 'tiers.2.from'],
    ['tier starts that go back', { tiers: [tier(0, 1), tier(1, 1.5), tier(0.5, 2)] }, 'tiers.2.from'],
    ['a first tier not at 0%', { tiers: [tier(0.1, 1)] }, 'tiers.0.from'],
    ['a quota of zero', { quota: 0 }, 'quota'],
    ['a negative quota', { quota: -100 }, 'quota'],
    ['a quota in fractions of a cent', { quota: 100.5 }, 'quota'],
    ['a NaN quota', { quota: Number.NaN }, 'quota'],
    ['a negative multiplier', { tiers: [tier(0, 1), tier(1, -1)] }, 'tiers.1.multiplier'],
    ['a NaN multiplier', { tiers: [tier(0, Number.NaN)] }, 'tiers.0.multiplier'],
    ['a NaN tier start', { tiers: [tier(0, 1), tier(Number.NaN, 2)] }, 'tiers.1.from'],
    ['no tiers', { tiers: [] }, 'tiers'],
    ['a negative target incentive', { targetIncentive: -1 }, 'targetIncentive'],
    ['a cap of zero', { capMultiple: 0 }, 'capMultiple'],
    ['a NaN cap', { capMultiple: Number.NaN }, 'capMultiple'],
    ['an unknown currency', { currency: 'XYZ1' }, 'currency'],
    ['a missing year start', { yearStart: '2026-13-01' }, 'yearStart'],
    // Reaching it would cut the pay on everything below from ×2 to ×1.5: selling more earns less.
    ['a retroactive tier paying less than a tier below', { tiers: [tier(0, 2), tier(1, 1.5, true)] }, 'tiers.1.multiplier'],
  ];
  for (const [what, overrides, field] of cases) {
    it(`rejects ${what}, naming the field`, () => {
      const bad = plan(MARGINAL, overrides);
      const error = thrown(() => commissionFor(bad, usd(1_000)));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).code).to.equal('validation');
      expect((error as ValidationError).messageFor(field), `a problem on ${field}`).to.be.a('string');
      expect(planProblems(bad).some((problem) => problem.field === field)).to.equal(true);
    });
  }

  it('accepts every plan DESIGN.md describes', () => {
    for (const tiers of [FLAT, MARGINAL, HYBRID, RETROACTIVE]) {
      expect(planProblems(plan(tiers, { capMultiple: 3 }))).to.deep.equal([]);
      expect(() => assertValidPlan(plan(tiers))).not.to.throw();
    }
  });

  it('checks the plan in every entry point, not only commissionFor', () => {
    const bad = plan([tier(0.2, 1)]);
    for (const call of [
      () => bookingsForCommission(bad, 100),
      () => nextUnlock(bad, 100),
      () => describePlanModel(bad),
      () => hasCliff(bad),
      () => periodCommissions(bad, [], '2026-03-01'),
    ]) {
      expect(thrown(call)).to.be.instanceOf(ValidationError);
    }
  });
});

describe('periodCommissions', () => {
  it('trues up without clawing back: an overpaid quarter is recovered from later ones', () => {
    const p = quarterly(HYBRID, { basis: 'cumulative' });
    const bookings = [booking('2026-02-10', 350_000), booking('2026-08-15', 400_000)];
    const year = periodCommissions(p, bookings, '2026-09-30');
    // Q2 books nothing: $350,000 against $500,000 earns only $35,000 of the $40,000 already paid.
    expect(year.periods.map((q) => q.calculation.payout.amount)).to.deep.equal([usd(40_000), usd(35_000), usd(75_000)]);
    expect(year.periods.map((q) => q.payout.amount)).to.deep.equal([usd(40_000), 0, usd(35_000)]);
    expect(year.payoutYtd.amount).to.equal(usd(75_000));
  });

  it('caps a cumulative plan on the year-to-date incentive, releasing capped pay as quota grows', () => {
    const p = quarterly(HYBRID, { basis: 'cumulative', capMultiple: 1 });
    const year = periodCommissions(p, [booking('2026-01-20', 500_000)], '2026-06-30');
    expect(year.periods[0]!.calculation.capped).to.equal(true);
    expect(year.periods.map((q) => q.payout.amount)).to.deep.equal([usd(25_000), usd(25_000)]);
  });

  it('caps a per-period plan on each period on its own', () => {
    const p = quarterly(HYBRID, { capMultiple: 1 });
    const year = periodCommissions(p, [booking('2026-01-20', 500_000)], '2026-06-30');
    expect(year.periods.map((q) => q.payout.amount)).to.deep.equal([usd(25_000), 0]);
  });

  it('counts only bookings of the plan year closed by the date asked about', () => {
    const bookings = [
      booking('2025-12-31', 900_000), booking('2026-01-01', 100_000), booking('2026-03-31', 50_000),
      booking('2026-04-01', 10_000), booking('2026-04-02', 999_000),
    ];
    const year = periodCommissions(quarterly(MARGINAL), bookings, '2026-04-01');
    expect(year.periods.map((q) => q.booked.amount)).to.deep.equal([usd(150_000), usd(10_000)]);
    expect(year.current.period).to.deep.equal({ start: '2026-04-01', end: '2026-07-01', index: 1, label: 'Q2 2026', kind: 'quarter', year: 2026 });
    expect(year.year.start).to.equal('2026-01-01');
  });

  it('follows a plan year that starts in February', () => {
    const p = quarterly(MARGINAL, { yearStart: '2026-02-01' });
    const year = periodCommissions(p, [booking('2026-01-31', 100_000), booking('2026-02-01', 100_000)], '2026-02-15');
    expect(year.periods).to.have.length(1);
    expect(year.current.booked.amount).to.equal(usd(100_000));
  });

  it('refuses bookings in another currency', () => {
    const error = thrown(() => periodCommissions(plan(MARGINAL), [booking('2026-02-01', 100, 'EUR')], '2026-03-01'));
    expect(error).to.be.instanceOf(CurrencyMismatchError);
    expect((error as CurrencyMismatchError).code).to.equal('currency-mismatch');
  });

  it('refuses a date that is not a calendar date', () => {
    const error = thrown(() => periodCommissions(plan(MARGINAL), [], '2026-02-30'));
    expect((error as GoalpostError).code).to.equal('invalid-input');
  });

  it('gives the current period as a payout curve on a cumulative plan', () => {
    const p = quarterly(HYBRID, { basis: 'cumulative' });
    const curve = periodPayoutCurve(p, [booking('2026-02-10', 350_000), booking('2026-05-02', 150_000)], '2026-05-15');
    expect(curve.payout.amount).to.equal(usd(10_000));
    expect(curve.payoutFor(0).amount, 'Q1 was overpaid against two quarters').to.equal(0);
    // $600,000 against $500,000 earns $65,000, of which Q1 already paid $40,000.
    expect(curve.payoutFor(usd(250_000)).amount).to.equal(usd(25_000));
    const least = curve.bookingsFor(usd(10_000.01));
    expect(least).not.to.equal(null);
    expect(curve.payoutFor(least!.amount).amount).to.be.at.least(usd(10_000.01));
    expect(curve.payoutFor(least!.amount - 1).amount).to.be.below(usd(10_000.01));
  });
});

describe('bookingsForCommission', () => {
  it('finds the cliff: $150,000 takes exactly $1,000,000 under the retroactive plan', () => {
    expect(bookingsForCommission(plan(RETROACTIVE), usd(150_000))?.amount).to.equal(usd(1_000_000));
    // Anything above what $999,999.99 pays is only reached by jumping the cliff.
    expect(bookingsForCommission(plan(RETROACTIVE), usd(100_000.01))?.amount).to.equal(usd(1_000_000));
  });

  it('is exact to the cent where a payout rounds up from half a cent', () => {
    // $999,000.05 pays $99,900.005, which rounds to $99,900.01; $999,000.04 pays $99,900.00.
    expect(bookingsForCommission(plan(RETROACTIVE), usd(99_900.01))?.amount).to.equal(usd(999_000.05));
    // At 15% a cent of bookings pays 0.15¢, so $1,299,999.97 already rounds up to $120,000.
    expect(bookingsForCommission(plan(MARGINAL), usd(120_000))?.amount).to.equal(usd(1_299_999.97));
    expect(paid(plan(MARGINAL), 1_299_999.97)).to.equal(usd(120_000));
    expect(paid(plan(MARGINAL), 1_299_999.96)).to.equal(usd(119_999.99));
  });

  it('lands on the retroactive gate of the hybrid', () => {
    expect(bookingsForCommission(plan(HYBRID), usd(30_000))?.amount).to.equal(usd(500_000));
  });

  it('needs nothing for a target of nothing', () => {
    expect(bookingsForCommission(plan(HYBRID), 0)?.amount).to.equal(0);
  });

  it('returns null when the cap puts the target out of reach', () => {
    const capped = plan(RETROACTIVE, { capMultiple: 1.5 });
    expect(bookingsForCommission(capped, usd(150_000))?.amount).to.equal(usd(1_000_000));
    expect(bookingsForCommission(capped, usd(150_000.01))).to.equal(null);
  });

  it('returns null above the plateau of a plan whose top tier pays nothing', () => {
    const plateau = plan([tier(0, 1), tier(2, 0)]);
    expect(bookingsForCommission(plateau, usd(200_000))?.amount).to.equal(usd(1_999_999.95));
    expect(bookingsForCommission(plateau, usd(200_000.01))).to.equal(null);
  });
});

describe('nextUnlock', () => {
  it('shows the retroactive jump ahead of $999,000: $1,000 more pays $50,100 more', () => {
    const unlock = nextUnlock(plan(RETROACTIVE), usd(999_000));
    expect(unlock).to.deep.include({ tier: 2, from: 1, multiplier: 1.5, retroactive: true });
    expect(unlock!.bookingsNeeded.amount).to.equal(usd(1_000));
    expect(unlock!.bookedAtUnlock.amount).to.equal(usd(1_000_000));
    expect(unlock!.payoutNow.amount).to.equal(usd(99_900));
    expect(unlock!.payoutAtUnlock.amount).to.equal(usd(150_000));
    expect(unlock!.extraPayout.amount).to.equal(usd(50_100));
    expect(unlock!.unlockBonus.amount).to.equal(usd(50_000));
  });

  it('shows the hybrid gate ahead of $400,000: $100,000 more pays $30,000 more, $25,000 of it the gate', () => {
    const unlock = nextUnlock(plan(HYBRID), usd(400_000));
    expect(unlock!.tier).to.equal(1);
    expect(unlock!.bookingsNeeded.amount).to.equal(usd(100_000));
    expect(unlock!.extraPayout.amount).to.equal(usd(30_000));
    expect(unlock!.unlockBonus.amount).to.equal(usd(25_000));
  });

  it('has no bonus on a marginal plan, only the bookings\' own commission', () => {
    const unlock = nextUnlock(plan(MARGINAL), usd(1_300_000));
    expect(unlock!.tier).to.equal(3);
    expect(unlock!.bookingsNeeded.amount).to.equal(usd(200_000));
    expect(unlock!.extraPayout.amount).to.equal(usd(30_000));
    expect(unlock!.unlockBonus.amount).to.equal(0);
  });

  it('is null in the top tier', () => {
    expect(nextUnlock(plan(MARGINAL), usd(1_500_000))).to.equal(null);
    expect(nextUnlock(plan(FLAT), 0)).to.equal(null);
  });
});

describe('describePlanModel, hasCliff and cliffs', () => {
  it('names each model DESIGN.md lists', () => {
    expect(describePlanModel(plan(FLAT))).to.equal('flat');
    expect(describePlanModel(plan(MARGINAL))).to.equal('marginal');
    expect(describePlanModel(plan(HYBRID))).to.equal('hybrid');
    expect(describePlanModel(plan(RETROACTIVE))).to.equal('retroactive');
  });

  it('calls a plan with a retroactive tier above a marginal one custom', () => {
    expect(describePlanModel(plan([tier(0, 0.5), tier(0.5, 1), tier(1, 1.5, true), tier(1.5, 2)]))).to.equal('custom');
  });

  it('calls tiers that all pay the same flat, whatever their flags', () => {
    expect(describePlanModel(plan([tier(0, 1), tier(1, 1, true)]))).to.equal('flat');
    expect(hasCliff(plan([tier(0, 1), tier(1, 1, true)]))).to.equal(false);
  });

  it('finds no cliff in flat or marginal plans', () => {
    expect(hasCliff(plan(FLAT))).to.equal(false);
    expect(hasCliff(plan(MARGINAL))).to.equal(false);
  });

  it('finds the hybrid gate\'s $25,000 cliff at $500,000', () => {
    expect(hasCliff(plan(HYBRID))).to.equal(true);
    expect(cliffs(plan(HYBRID))).to.deep.equal([
      { tier: 1, at: { amount: usd(500_000), currency: 'USD' }, jump: { amount: usd(25_000), currency: 'USD' } },
    ]);
  });

  it('finds every cliff of the retroactive plan', () => {
    expect(cliffs(plan(RETROACTIVE)).map((c) => [c.at.amount, c.jump.amount])).to.deep.equal([
      [usd(500_000), usd(25_000)], [usd(1_000_000), usd(50_000)], [usd(1_500_000), usd(75_000)],
    ]);
  });

  it('drops a cliff the cap flattens', () => {
    expect(cliffs(plan(RETROACTIVE, { capMultiple: 1 })).map((c) => c.tier)).to.deep.equal([1]);
  });
});

describe('portionOf', () => {
  it('rounds a share half up, once, reading the share as typed', () => {
    expect(portionOf(10, 1.15)).to.equal(12);
    expect(portionOf(150, 0.333)).to.equal(50);
    expect(portionOf(100, 0.333)).to.equal(33);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, over random valid plans

interface RandomPlan {
  plan: CompPlan;
}

const multiplierArb = fc.oneof(
  fc.integer({ min: 0, max: 400 }).map((hundredths) => hundredths / 100),
  fc.double({ min: 0, max: 4, noNaN: true, noDefaultInfinity: true }),
);

function randomPlanArb(options: { marginal?: boolean; capped?: boolean } = {}): fc.Arbitrary<RandomPlan> {
  return fc
    .record({
      tiers: fc.array(
        fc.record({ step: fc.integer({ min: 1, max: 120 }), multiplier: multiplierArb, retroactive: fc.boolean() }),
        { minLength: 1, maxLength: 5 },
      ),
      quota: fc.integer({ min: 1, max: 10_000_000_000 }),
      ratePermille: fc.integer({ min: 0, max: 500 }),
      cap: options.capped
        ? fc.integer({ min: 20, max: 500 }).map((hundredths) => hundredths / 100)
        : fc.option(fc.integer({ min: 20, max: 500 }).map((hundredths) => hundredths / 100), { nil: undefined }),
      period: fc.constantFrom<CompPlan['period']>('month', 'quarter', 'year'),
    })
    .map(({ tiers, quota, ratePermille, cap, period }) => {
      let startHundredths = 0;
      let highestBelow = 0;
      const built = tiers.map((drawn, index) => {
        if (index > 0) startHundredths += drawn.step;
        const retroactive = !options.marginal && drawn.retroactive;
        // A retroactive tier must pay at least every tier below it (else the plan is invalid).
        const multiplier = retroactive && index > 0 ? highestBelow + drawn.multiplier / 4 : drawn.multiplier;
        highestBelow = Math.max(highestBelow, multiplier);
        return tier(startHundredths / 100, multiplier, retroactive);
      });
      const targetIncentive = Math.floor((quota * ratePermille) / 1000);
      return { plan: plan(built, { quota, targetIncentive, period, ...(cap === undefined ? {} : { capMultiple: cap }) }) };
    });
}

/** The least whole bookings reaching each tier, worked out independently of the engine. */
function tierStarts(p: CompPlan): number[] {
  return p.tiers.map((t) => {
    const hundredths = BigInt(Math.round(t.from * 100));
    const scaled = hundredths * BigInt(p.quota);
    return Number((scaled + 99n) / 100n);
  });
}

const bookedArb = (p: CompPlan) =>
  fc.tuple(fc.integer({ min: -500, max: 7_000 }), fc.integer({ min: -5, max: 5 }))
    .map(([permille, jitter]) => Math.floor((p.quota * permille) / 1000) + jitter);

describe('properties of the engine', () => {
  it('never pays less for more bookings', () => {
    fc.assert(
      fc.property(randomPlanArb().chain(({ plan: p }) => fc.tuple(fc.constant(p), bookedArb(p), bookedArb(p))), ([p, a, b]) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(commissionFor(p, low).payout.amount).to.be.at.most(commissionFor(p, high).payout.amount);
      }),
    );
  });

  it('never pays less for one more cent at any tier start, where the jumps are', () => {
    fc.assert(
      fc.property(randomPlanArb(), ({ plan: p }) => {
        for (const start of tierStarts(p)) {
          for (const x of [start - 1, start, start + 1]) {
            expect(commissionFor(p, x).payout.amount).to.be.at.most(commissionFor(p, x + 1).payout.amount);
          }
        }
      }),
    );
  });

  it('is continuous at every threshold of a marginal plan: a cent more pays at most a cent\'s top rate more', () => {
    fc.assert(
      fc.property(randomPlanArb({ marginal: true }), ({ plan: p }) => {
        const topRate = (Math.max(...p.tiers.map((t) => t.multiplier)) * p.targetIncentive) / p.quota;
        for (const start of tierStarts(p).slice(1)) {
          const step = commissionFor(p, start).payout.amount - commissionFor(p, start - 1).payout.amount;
          // Two roundings of half a minor unit each, aside.
          expect(step).to.be.within(0, topRate + 1 + 1e-9);
        }
      }),
    );
  });

  it('never pays beyond the cap', () => {
    fc.assert(
      fc.property(randomPlanArb({ capped: true }).chain(({ plan: p }) => fc.tuple(fc.constant(p), bookedArb(p))), ([p, booked]) => {
        const result = commissionFor(p, booked);
        expect(result.payout.amount).to.be.at.most(p.capMultiple! * p.targetIncentive + 0.5 + 1e-6);
        if (result.capped) expect(result.payout.amount).to.equal(result.cap!.amount);
      }),
    );
  });

  it('back-solves to the least bookings, to the cent, whose commission reaches the target', () => {
    const arb = randomPlanArb().chain(({ plan: p }) =>
      fc.tuple(fc.constant(p), fc.integer({ min: 0, max: Math.max(1, 12 * p.targetIncentive) })));
    fc.assert(
      fc.property(arb, ([p, target]) => {
        const least = bookingsForCommission(p, target);
        if (least === null) {
          // Far beyond every tier start the payout has flattened at its most, short of the target.
          expect(commissionFor(p, 1_000 * p.quota).payout.amount).to.be.below(target);
          return;
        }
        expect(least.amount).to.be.at.least(0);
        expect(commissionFor(p, least.amount).payout.amount).to.be.at.least(target);
        if (least.amount > 0) expect(commissionFor(p, least.amount - 1).payout.amount).to.be.below(target);
      }),
    );
  });

  it('never returns NaN or a negative payout, and its lines add up', () => {
    fc.assert(
      fc.property(randomPlanArb().chain(({ plan: p }) => fc.tuple(fc.constant(p), bookedArb(p))), ([p, booked]) => {
        const result = commissionFor(p, booked);
        expect(Number.isSafeInteger(result.payout.amount)).to.equal(true);
        expect(result.payout.amount).to.be.at.least(0);
        expect(Number.isFinite(result.attainment)).to.equal(true);
        const paidTotal = result.lines.reduce((sum, line) => sum + line.paid.amount, 0);
        const revenueTotal = result.lines.reduce((sum, line) => sum + line.revenue.amount, 0);
        expect(result.lines.every((line) => Number.isSafeInteger(line.paid.amount) && line.paid.amount >= 0)).to.equal(true);
        expect(paidTotal).to.equal(result.uncappedPayout.amount);
        expect(revenueTotal).to.equal(Math.max(0, booked));
      }),
    );
  });

  it('trues up a cumulative year paying the most it ever earned, never clawing back', () => {
    const arb = randomPlanArb().chain(({ plan: p }) =>
      fc.tuple(fc.constant({ ...p, period: 'quarter' as const, basis: 'cumulative' as const }), fc.array(bookedArb(p), { minLength: 4, maxLength: 4 })));
    fc.assert(
      fc.property(arb, ([p, amounts]) => {
        const quarterStarts = ['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15'];
        const bookings = amounts.map((amount, i) => ({ ...booking(quarterStarts[i]!, 0), amount: { amount, currency: 'USD' } }));
        const year = periodCommissions(p, bookings, '2026-12-31');
        expect(year.periods.every((q) => q.payout.amount >= 0)).to.equal(true);
        const mostEarned = Math.max(...year.periods.map((q) => q.calculation.payout.amount));
        expect(year.payoutYtd.amount).to.equal(mostEarned);
      }),
    );
  });
});
