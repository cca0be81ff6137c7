import { expect } from '@open-wc/testing';
import {
  attainmentSeries, bookingBands, judgeTeam, periodsPerYear, stretchRatio, stretchVerdict, teamDistribution, trailingTotals, trailingYear,
} from '../../src/core/distribution.js';
import type { TeamRepInput } from '../../src/core/distribution.js';
import { pace } from '../../src/core/quota-to-goal.js';
import { generateSampleCompany } from '../../src/core/sample-data.js';
import type { Booking, CompPlan, Tier } from '../../src/core/types.js';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };
const usd = (dollars: number) => Math.round(dollars * 100);
const tier = (from: number, multiplier: number, retroactive = false): Tier => ({ from, multiplier, retroactive });
const HYBRID = [tier(0, 0.5), tier(0.5, 1, true), tier(1, 1.5), tier(1.5, 2)];

function plan(overrides: Partial<CompPlan> = {}): CompPlan {
  return {
    id: 'plan-1', ownerId: 'maya', name: 'FY2026', currency: 'USD', period: 'quarter',
    quota: usd(250_000), targetIncentive: usd(25_000), tiers: HYBRID, basis: 'per-period', yearStart: '2026-01-01',
    ...stamp, ...overrides,
  };
}

let count = 0;
function booking(closedOn: string, dollars: number, ownerId = 'maya', currency = 'USD'): Booking {
  count += 1;
  return { id: `b${count}`, ownerId, amount: { amount: usd(dollars), currency }, closedOn, label: `Deal ${count}`, ...stamp };
}

describe('attainmentSeries: one period, day by day', () => {
  const bookings = [booking('2026-01-05', 40_000), booking('2026-01-05', 10_000), booking('2026-02-10', 70_000), booking('2025-12-30', 99_000), booking('2026-03-30', 5_000), booking('2026-01-06', 1_000, 'someone-else')];

  it('adds bookings up day by day through today and leaves the days ahead empty', () => {
    const series = attainmentSeries(plan(), bookings, '2026-02-15');
    expect(series.period.label).to.equal('Q1 2026');
    expect(series.days.length).to.equal(90);
    expect(series.days[0]!.date).to.equal('2026-01-01');
    expect(series.days.at(-1)!.date).to.equal('2026-03-31');
    const on = (date: string) => series.days.find((d) => d.date === date)!;
    expect(on('2026-01-04').booked!.amount).to.equal(0);
    expect(on('2026-01-05').booked!.amount).to.equal(usd(50_000));
    expect(on('2026-02-10').booked!.amount).to.equal(usd(120_000));
    expect(on('2026-02-15').booked!.amount).to.equal(usd(120_000));
    // After today nothing is known, not even the booking dated in the future.
    expect(on('2026-02-16').booked).to.equal(null);
    expect(on('2026-03-30').booked).to.equal(null);
    expect(series.booked.amount).to.equal(usd(120_000));
  });

  it('draws the pace line from zero to quota, agreeing with pace() today', () => {
    const series = attainmentSeries(plan(), bookings, '2026-02-15');
    expect(series.days.at(-1)!.pace.amount).to.equal(usd(250_000));
    expect(series.days[0]!.pace.amount).to.equal(Math.round(usd(250_000) / 90));
    expect(series.expected.amount).to.equal(pace(plan(), bookings, '2026-02-15').expectedBooked.amount);
    const paces = series.days.map((d) => d.pace.amount);
    expect(paces.every((value, i) => i === 0 || value > paces[i - 1]!)).to.equal(true);
  });

  it('marks every tier threshold above zero in bookings', () => {
    const series = attainmentSeries(plan(), bookings, '2026-02-15');
    expect(series.thresholds.map((t) => [t.tier, t.from, t.multiplier, t.bookings.amount])).to.deep.equal([
      [1, 0.5, 1, usd(125_000)], [2, 1, 1.5, usd(250_000)], [3, 1.5, 2, usd(375_000)],
    ]);
  });

  it('works on a monthly plan on the last day of the month', () => {
    const series = attainmentSeries(plan({ period: 'month' }), bookings, '2026-02-28');
    expect(series.days.length).to.equal(28);
    expect(series.booked.amount).to.equal(usd(70_000));
    expect(series.expected.amount).to.equal(usd(250_000));
  });
});

describe('the team’s last twelve months', () => {
  it('trails twelve months, both ends included', () => {
    expect(trailingYear('2026-11-27')).to.deep.equal({ start: '2025-11-28', end: '2026-11-27' });
  });

  it('totals each rep inside the window, zero without bookings, skipping other currencies', () => {
    const bookings = [
      booking('2025-11-28', 100, 'a'), booking('2025-11-27', 1_000, 'a'), booking('2026-11-27', 10, 'a'),
      booking('2026-11-28', 5, 'a'), booking('2026-05-01', 7, 'b', 'EUR'), booking('2026-05-01', -3, 'b'), booking('2026-05-01', 999, 'stranger'),
    ];
    const { totals, skipped } = trailingTotals(bookings, ['a', 'b', 'c'], '2026-11-27', 'USD');
    expect([...totals.entries()]).to.deep.equal([['a', usd(110)], ['b', -usd(3)], ['c', 0]]);
    expect(skipped).to.equal(1);
  });

  it('bands totals around whole millions up to the open band above $5M', () => {
    const bands = bookingBands([usd(-5_000), usd(1_499_999.99), usd(1_500_000), usd(3_000_000), usd(4_999_999), usd(5_000_000), usd(9_000_000)], 'USD');
    expect(bands.map((b) => [b.kind, b.center, b.count])).to.deep.equal([
      ['about', 1, 2], ['about', 2, 1], ['about', 3, 1], ['about', 4, 1], ['above', 5, 2],
    ]);
    expect(bands[0]!.min).to.equal(null);
    expect(bands[3]!.max).to.equal(usd(5_000_000));
    expect(bands[4]!.max).to.equal(null);
  });

  it('takes another band width and top', () => {
    const bands = bookingBands([usd(150_000), usd(260_000)], 'USD', { width: 100_000, topAt: 3 });
    // "About $200k" reaches up to the open band at $300k.
    expect(bands.map((b) => [b.kind, b.center, b.count])).to.deep.equal([['about', 1, 0], ['about', 2, 2], ['above', 3, 0]]);
    expect(bands[1]!.max).to.equal(usd(300_000));
  });

  it('reproduces the essay’s team in the sample company: 1, 5, 15, 7 and 2', () => {
    const company = generateSampleCompany();
    const reps = company.people.filter((p) => p.managerId === company.viewers.managerId);
    const { totals } = trailingTotals(company.bookings, reps.map((r) => r.id), company.today, 'USD');
    expect(bookingBands(totals.values(), 'USD').map((b) => b.count)).to.deep.equal([1, 5, 15, 7, 2]);
  });
});

describe('stretch: quota against what the rep already sells', () => {
  it('annualises one period’s quota and divides by the trailing year', () => {
    expect(stretchRatio(plan({ quota: 89_500_000 }), usd(3_120_000))).to.be.closeTo(895_000 * 4 / 3_120_000, 1e-12);
    expect(stretchRatio(plan({ period: 'month', quota: usd(100_000) }), usd(1_000_000))).to.equal(1.2);
    expect(stretchRatio(plan(), 0)).to.equal(null);
    expect(stretchRatio(plan(), -usd(10))).to.equal(null);
    expect(periodsPerYear({ period: 'year' })).to.equal(1);
  });

  it('reads 1.0 to 1.3 as aspirational yet attainable', () => {
    expect(stretchVerdict(0.99)).to.equal('below');
    expect(stretchVerdict(1)).to.equal('attainable');
    expect(stretchVerdict(1.3)).to.equal('attainable');
    expect(stretchVerdict(1.31)).to.equal('out-of-reach');
  });

  it('judges the team by where two thirds of its reps stand', () => {
    expect(judgeTeam([1.1, 1.2, 1.15, 1.4]).overall).to.equal('attainable');
    expect(judgeTeam([1.5, 1.6, 1.1]).overall).to.equal('out-of-reach');
    expect(judgeTeam([0.8, 0.9, 1.1]).overall).to.equal('below');
    expect(judgeTeam([0.8, 1.1, 1.5]).overall).to.equal('mixed');
    expect(judgeTeam([]).overall).to.equal('unknown');
    const judged = judgeTeam([0.8, 1.1, 1.2, 1.5]);
    expect([judged.judged, judged.below, judged.attainable, judged.outOfReach, judged.median]).to.deep.equal([4, 1, 2, 1, 1.15]);
  });
});

describe('teamDistribution: aggregate for all, per rep as each rep chose', () => {
  const reps: TeamRepInput[] = [
    { personId: 'named', name: 'Ana Named', presence: 'named', plan: plan({ ownerId: 'named', quota: usd(300_000) }) },
    { personId: 'anon', name: 'Ben Anonymous', presence: 'anonymous', plan: plan({ ownerId: 'anon', quota: usd(600_000) }) },
    { personId: 'hidden', name: 'Chloé Hidden', presence: 'hidden', plan: plan({ ownerId: 'hidden', quota: usd(2_000_000) }) },
    { personId: 'noplan', name: 'Dev Noplan', presence: 'named' },
  ];
  const bookings = [
    booking('2026-06-01', 1_000_000, 'named'), booking('2026-06-01', 2_000_000, 'anon'),
    booking('2026-06-01', 5_500_000, 'hidden'), booking('2026-06-01', 3_100_000, 'noplan'),
  ];

  it('counts every rep in the histogram, hidden ones too', () => {
    const team = teamDistribution(reps, bookings, '2026-11-27', 'USD');
    expect(team.bands.map((b) => b.count)).to.deep.equal([1, 1, 1, 0, 1]);
    expect(team.counted).to.equal(4);
    expect(team.hidden).to.equal(1);
    expect(team.median!.amount).to.equal(usd(2_550_000));
    expect(team.window).to.deep.equal({ start: '2025-11-28', end: '2026-11-27' });
  });

  it('names only reps who chose it, leaves hidden ones out, and skips reps without a plan', () => {
    const team = teamDistribution(reps, bookings, '2026-11-27', 'USD');
    expect(team.reps.map((r) => [r.name, r.personId, r.presence])).to.deep.equal([
      ['Ana Named', 'named', 'named'], [null, null, 'anonymous'],
    ]);
    expect(team.reps[0]!.ratio).to.equal(1.2);
    expect(team.reps[0]!.annualQuota.amount).to.equal(usd(1_200_000));
    expect(team.reps[0]!.trailing.amount).to.equal(usd(1_000_000));
    expect(team.reps[1]!.ratio).to.equal(1.2);
    expect(JSON.stringify(team.reps)).not.to.contain('Ben');
    expect(JSON.stringify(team.reps)).not.to.contain('Chloé');
    // The verdict is aggregate: the hidden rep's 1.45 counts.
    expect(team.judgement.judged).to.equal(3);
    expect(team.judgement.outOfReach).to.equal(1);
    expect(team.judgement.overall).to.equal('attainable');
  });
});
