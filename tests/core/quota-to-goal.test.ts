import { expect } from '@open-wc/testing';
import { CurrencyMismatchError, GoalpostError } from '../../src/core/errors.js';
import {
  bookingsNeededForGoal, commissionEarnedSince, goalFunding, goalFundingAsOf, pace, periodFundingForGoal,
} from '../../src/core/quota-to-goal.js';
import type { Booking, CompPlan, Money, PersonalGoal, Tier } from '../../src/core/types.js';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };
const usd = (dollars: number): Money => ({ amount: Math.round(dollars * 100), currency: 'USD' });
const cents = (dollars: number) => usd(dollars).amount;

const tier = (from: number, multiplier: number, retroactive = false): Tier => ({ from, multiplier, retroactive });
const HYBRID = [tier(0, 0.5), tier(0.5, 1, true), tier(1, 1.5), tier(1.5, 2)];

/** DESIGN.md's hybrid, paid by the quarter: quota $250,000 and $25,000 variable a quarter. */
function plan(overrides: Partial<CompPlan> = {}): CompPlan {
  return {
    id: 'plan-1', ownerId: 'maya', name: 'FY2026', currency: 'USD', period: 'quarter',
    quota: cents(250_000), targetIncentive: cents(25_000), tiers: HYBRID, basis: 'per-period', yearStart: '2026-01-01',
    ...stamp, ...overrides,
  };
}

let bookingCount = 0;
function booking(closedOn: string, dollars: number): Booking {
  bookingCount += 1;
  return { id: `b${bookingCount}`, ownerId: 'maya', amount: usd(dollars), closedOn, label: `Deal ${bookingCount}`, ...stamp };
}

// Q1 books $350,000 (pays $40,000); Q2 has booked $150,000 by mid-May (pays $15,000).
const bookings = [
  booking('2026-02-10', 200_000), booking('2026-03-20', 150_000),
  booking('2026-04-15', 100_000), booking('2026-05-10', 50_000),
];
const MID_MAY = '2026-05-15';

function goal(overrides: Partial<PersonalGoal> = {}): PersonalGoal {
  return {
    id: 'goal-1', ownerId: 'maya', title: 'Lake-house deposit', why: 'Summers with my dad', category: 'home',
    target: usd(40_000), targetDate: '2026-09-30', writtenOn: '2026-01-05', fundingShare: 0.5, saved: usd(5_000),
    milestones: [], status: 'active', visibility: 'manager', cadence: 'monthly',
    ...stamp, ...overrides,
  };
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('goalFunding', () => {
  it('earmarks the funding share of commission and adds what was saved', () => {
    const funding = goalFunding(goal(), usd(55_000));
    expect(funding.earmarked).to.deep.equal(usd(27_500));
    expect(funding.saved).to.deep.equal(usd(5_000));
    expect(funding.funded).to.deep.equal(usd(32_500));
    expect(funding.progress).to.equal(0.8125);
    expect(funding.remaining).to.deep.equal(usd(7_500));
  });

  it('stops progress at 1 and remaining at zero once the goal is funded', () => {
    const funding = goalFunding(goal(), usd(80_000));
    expect(funding.funded).to.deep.equal(usd(45_000));
    expect(funding.progress).to.equal(1);
    expect(funding.remaining).to.deep.equal(usd(0));
  });

  it('rounds the earmark once, half up, to the cent', () => {
    expect(goalFunding(goal({ fundingShare: 0.333, saved: undefined }), { amount: 150, currency: 'USD' }).earmarked.amount).to.equal(50);
    expect(goalFunding(goal({ fundingShare: 0.333, saved: undefined }), { amount: 100, currency: 'USD' }).earmarked.amount).to.equal(33);
  });

  it('leaves progress and remaining out for a goal without a money target', () => {
    const funding = goalFunding(goal({ target: undefined }), usd(10_000));
    expect(funding.funded).to.deep.equal(usd(10_000));
    expect(funding).not.to.have.property('progress');
    expect(funding).not.to.have.property('remaining');
  });

  it('funds from savings alone when no commission figure is given', () => {
    const funding = goalFunding(goal());
    expect(funding.earmarked).to.deep.equal(usd(0));
    expect(funding.funded).to.deep.equal(usd(5_000));
    expect(funding.progress).to.equal(0.125);
  });

  it('earmarks nothing from a negative commission', () => {
    expect(goalFunding(goal(), usd(-1_000)).earmarked).to.deep.equal(usd(0));
  });

  it('refuses savings in another currency', () => {
    const error = thrown(() => goalFunding(goal({ saved: { amount: 100, currency: 'EUR' } }), usd(1_000)));
    expect(error).to.be.instanceOf(CurrencyMismatchError);
  });

  it('refuses a funding share outside 0 to 1', () => {
    for (const fundingShare of [1.5, -0.1, Number.NaN]) {
      const error = thrown(() => goalFunding(goal({ fundingShare }), usd(1_000)));
      expect(error).to.be.instanceOf(GoalpostError);
      expect((error as GoalpostError).code).to.equal('invalid-input');
    }
  });
});

describe('commissionEarnedSince', () => {
  it('counts the whole year to date for a goal written before any booking', () => {
    expect(commissionEarnedSince(plan(), bookings, '2026-01-05', MID_MAY)).to.deep.equal(usd(55_000));
  });

  it('counts what a period\'s later deals added to its payout, accelerators and all', () => {
    // Q1 paid $20,000 on its first $200,000 and $40,000 on all $350,000: the goal gets $20,000 of Q1.
    expect(commissionEarnedSince(plan(), bookings, '2026-03-01', MID_MAY)).to.deep.equal(usd(35_000));
    expect(commissionEarnedSince(plan(), bookings, '2026-04-01', MID_MAY)).to.deep.equal(usd(15_000));
  });

  it('reaches back into earlier plan years', () => {
    // Q4 2025 books $300,000 (120%): $25,000 plus 15% of $50,000.
    const withLastYear = [booking('2025-11-20', 300_000), ...bookings];
    expect(commissionEarnedSince(plan(), withLastYear, '2025-10-01', MID_MAY)).to.deep.equal(usd(87_500));
    expect(commissionEarnedSince(plan(), withLastYear, '2025-12-01', MID_MAY)).to.deep.equal(usd(55_000));
  });

  it('is nothing for a goal written after the date asked about', () => {
    expect(commissionEarnedSince(plan(), bookings, '2026-06-01', MID_MAY)).to.deep.equal(usd(0));
  });
});

describe('goalFundingAsOf', () => {
  it('funds a goal from commission earned since it was written', () => {
    const funding = goalFundingAsOf(plan(), bookings, goal({ writtenOn: '2026-03-01' }), MID_MAY);
    expect(funding.commission).to.deep.equal(usd(35_000));
    expect(funding.funded).to.deep.equal(usd(22_500));
    expect(funding.progress).to.equal(0.5625);
  });
});

describe('pace', () => {
  it('compares mid-May with the share of Q2 gone by', () => {
    const result = pace(plan(), bookings, MID_MAY);
    expect(result.period.label).to.equal('Q2 2026');
    expect([result.daysInPeriod, result.daysElapsed, result.daysLeft]).to.deep.equal([91, 45, 46]);
    expect(result.booked).to.deep.equal(usd(150_000));
    expect(result.attainment).to.equal(0.6);
    expect(result.expectedAttainment).to.equal(45 / 91);
    // $250,000 × 45/91 = $123,626.3736…
    expect(result.expectedBooked).to.deep.equal(usd(123_626.37));
    expect(result.aheadBy).to.deep.equal(usd(26_373.63));
    expect(result.status).to.equal('ahead');
    // $150,000 × 91/45 = $303,333.333…
    expect(result.projectedBooked).to.deep.equal(usd(303_333.33));
    expect(result.projectedAttainment).to.be.closeTo(1.213333, 1e-6);
  });

  it('says how far behind a period is on its last day, with no days left', () => {
    const result = pace(plan(), bookings, '2026-06-30');
    expect(result.expectedAttainment).to.equal(1);
    expect(result.aheadBy).to.deep.equal(usd(-100_000));
    expect(result.status).to.equal('behind');
    expect(result.daysLeft).to.equal(0);
    expect(result.projectedBooked).to.deep.equal(usd(150_000));
  });

  it('is on pace when bookings match the elapsed share exactly', () => {
    const monthly = plan({ period: 'month', quota: cents(30_000), targetIncentive: cents(3_000) });
    const result = pace(monthly, [booking('2026-06-03', 10_000)], '2026-06-10');
    expect(result.expectedBooked).to.deep.equal(usd(10_000));
    expect(result.status).to.equal('on-pace');
    expect(result.projectedAttainment).to.equal(1);
  });
});

describe('periodFundingForGoal', () => {
  it('shows what Q2 has funded so far and will fund at today\'s pace', () => {
    const result = periodFundingForGoal(plan(), bookings, goal(), MID_MAY);
    expect(result.period.label).to.equal('Q2 2026');
    expect(result.commissionSoFar).to.deep.equal(usd(15_000));
    expect(result.earmarkedSoFar).to.deep.equal(usd(7_500));
    // $303,333.33 projected pays $25,000 plus 15% of $53,333.33 = $32,999.9995 → $33,000.
    expect(result.commissionProjected).to.deep.equal(usd(33_000));
    expect(result.earmarkedProjected).to.deep.equal(usd(16_500));
    expect(result.progressSoFar).to.equal(0.1875);
    expect(result.progressProjected).to.equal(0.4125);
  });

  it('counts only what the period earned after a goal written during it', () => {
    // Before April 20 Q2 had booked $100,000, paying $5,000 at the decelerated rate.
    const written = goal({ writtenOn: '2026-04-20' });
    const result = periodFundingForGoal(plan(), bookings, written, MID_MAY);
    expect(result.commissionSoFar).to.deep.equal(usd(10_000));
    expect(result.commissionProjected).to.deep.equal(usd(28_000));
    expect(result.earmarkedSoFar).to.deep.equal(usd(5_000));
    expect(commissionEarnedSince(plan(), bookings, written.writtenOn, MID_MAY)).to.deep.equal(result.commissionSoFar);
  });

  it('leaves the progress shares out for a goal without a target', () => {
    const result = periodFundingForGoal(plan(), bookings, goal({ target: undefined }), MID_MAY);
    expect(result.earmarkedSoFar).to.deep.equal(usd(7_500));
    expect(result).not.to.have.property('progressSoFar');
  });
});

describe('bookingsNeededForGoal', () => {
  const withDeal = (amountCents: number) => [
    ...bookings, { ...booking(MID_MAY, 0), amount: { amount: amountCents, currency: 'USD' } },
  ];

  it('back-solves the Q2 bookings that fully fund the goal, exact to the cent', () => {
    // $32,500 funded of $40,000: the earmark must reach $35,000, so commission must reach
    // $69,999.99 (half of it rounds up to $35,000), $14,999.99 more than the $55,000 earned.
    // Q2 must then pay $29,999.99: $25,000 plus 15% above quota, from $283,333.24 booked.
    const need = bookingsNeededForGoal(plan(), bookings, goal(), MID_MAY)!;
    expect(need.commissionNeeded).to.deep.equal(usd(14_999.99));
    expect(need.bookingsNeeded).to.deep.equal(usd(133_333.24));
    expect(need.periodBooked).to.deep.equal(usd(283_333.24));
    expect(need.attainmentNeeded).to.be.closeTo(1.13333296, 1e-9);
    expect(need.closeBy).to.equal('2026-06-30');
    expect(need.pastDue).to.equal(false);
    expect(goalFundingAsOf(plan(), withDeal(need.bookingsNeeded.amount), goal(), MID_MAY).remaining).to.deep.equal(usd(0));
    expect(goalFundingAsOf(plan(), withDeal(need.bookingsNeeded.amount - 1), goal(), MID_MAY).remaining!.amount).to.be.above(0);
  });

  it('back-solves through the year-to-date true-up on a cumulative plan', () => {
    const cumulative = plan({ basis: 'cumulative' });
    const target = goal({ target: usd(45_000) });
    const need = bookingsNeededForGoal(cumulative, bookings, target, MID_MAY)!;
    // The true-up has earned $50,000 (Q1 $40,000, Q2 $10,000): $30,000 funded of $45,000.
    expect(goalFundingAsOf(cumulative, bookings, target, MID_MAY).funded).to.deep.equal(usd(30_000));
    expect(need.commissionNeeded).to.deep.equal(usd(29_999.99));
    // $50,000 + 15% of what lies above $500,000 must reach $79,999.985: $199,999.90 more.
    expect(need.bookingsNeeded).to.deep.equal(usd(199_999.9));
    expect(goalFundingAsOf(cumulative, withDeal(need.bookingsNeeded.amount), target, MID_MAY).remaining).to.deep.equal(usd(0));
    expect(goalFundingAsOf(cumulative, withDeal(need.bookingsNeeded.amount - 1), target, MID_MAY).remaining!.amount).to.be.above(0);
  });

  it('needs nothing more once the goal is funded', () => {
    const need = bookingsNeededForGoal(plan(), bookings, goal({ target: usd(30_000) }), MID_MAY)!;
    expect(need.bookingsNeeded).to.deep.equal(usd(0));
    expect(need.commissionNeeded).to.deep.equal(usd(0));
    expect(need.periodBooked).to.deep.equal(usd(150_000));
  });

  it('pays for a last cent at the decelerated rate, and lands on the retroactive gate for more', () => {
    // Early in Q2, $100,000 booked pays $5,000 at 5%: $7,500 funded with the $5,000 saved.
    const early = [booking('2026-04-15', 100_000)];
    const asOf = '2026-04-20';
    expect(goalFundingAsOf(plan(), early, goal(), asOf).funded).to.deep.equal(usd(7_500));
    // A cent more of earmark takes a cent more of commission (its half cent rounds up), and that
    // takes 10¢ of bookings: at 5% they earn the half cent that rounds the payout up.
    const lastCent = bookingsNeededForGoal(plan(), early, goal({ target: usd(7_500.01) }), asOf)!;
    expect(lastCent.bookingsNeeded.amount).to.equal(10);
    // $10,000 needs Q2 to pay $9,999.99, inside the jump the 50% gate makes from $6,250 to $12,500.
    const gate = bookingsNeededForGoal(plan(), early, goal({ target: usd(10_000) }), asOf)!;
    expect(gate.periodBooked).to.deep.equal(usd(125_000));
    expect(gate.bookingsNeeded).to.deep.equal(usd(25_000));
  });

  it('is null when the goal has no money target or earmarks nothing', () => {
    expect(bookingsNeededForGoal(plan(), bookings, goal({ target: undefined }), MID_MAY)).to.equal(null);
    expect(bookingsNeededForGoal(plan(), bookings, goal({ fundingShare: 0 }), MID_MAY)).to.equal(null);
  });

  it('is null when the cap stops this period paying enough', () => {
    const capped = plan({ capMultiple: 1.5 });
    expect(bookingsNeededForGoal(capped, bookings, goal({ target: usd(100_000) }), MID_MAY)).to.equal(null);
    expect(bookingsNeededForGoal(capped, bookings, goal(), MID_MAY)).not.to.equal(null);
  });

  it('closes by the goal\'s date when it falls inside the period, and flags a date gone by', () => {
    expect(bookingsNeededForGoal(plan(), bookings, goal({ targetDate: '2026-06-10' }), MID_MAY)!.closeBy).to.equal('2026-06-10');
    const late = bookingsNeededForGoal(plan(), bookings, goal({ targetDate: '2026-05-01' }), MID_MAY)!;
    expect(late.pastDue).to.equal(true);
    expect(late.closeBy).to.equal('2026-06-30');
    expect(late.bookingsNeeded).to.deep.equal(usd(133_333.24));
  });

  it('refuses a goal in another currency than the plan', () => {
    const error = thrown(() => bookingsNeededForGoal(plan(), bookings, goal({ target: { amount: 100, currency: 'EUR' }, saved: undefined }), MID_MAY));
    expect(error).to.be.instanceOf(CurrencyMismatchError);
  });
});
