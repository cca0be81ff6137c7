import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/quota-to-goal-meter/define.js';
import type { QuotaToGoalMeter } from '../../src/elements/quota-to-goal-meter/quota-to-goal-meter.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';
import type { Booking, CompPlan, Driver, MotivationProfile, PersonalGoal, Viewer } from '../../src/core/types.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { pace, goalFundingAsOf, bookingsNeededForGoal } from '../../src/core/quota-to-goal.js';
import { nextUnlock } from '../../src/core/commission.js';
import { formatMoney } from '../../src/core/money.js';

let company: SeededCompany;
let maya: Viewer;
let dana: Viewer;
let plan: CompPlan;
let bookings: Booking[];
let lakeHouse: PersonalGoal;

async function until(meter: QuotaToGoalMeter, condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await meter.updateComplete;
  }
}

async function render(storage: StorageAdapter, attrs: { personId?: string; goalId?: string; variant?: 'full' | 'compact' } = {}): Promise<QuotaToGoalMeter> {
  const meter = await fixture<QuotaToGoalMeter>(html`<quota-to-goal-meter
    person-id=${attrs.personId ?? maya.personId}
    goal-id=${attrs.goalId ?? ''}
    variant=${attrs.variant ?? 'full'}
    .storage=${storage}
  ></quota-to-goal-meter>`);
  if (!attrs.goalId) meter.removeAttribute('goal-id');
  await until(meter, () => Boolean(meter.shadowRoot!.querySelector('.sentence')));
  return meter;
}

const sentence = (meter: QuotaToGoalMeter) => meter.shadowRoot!.querySelector('.sentence')!.textContent!.trim();
const meters = (meter: QuotaToGoalMeter) => [...meter.shadowRoot!.querySelectorAll<HTMLElement>('[role="meter"]')];
const usd = (amount: number) => formatMoney({ amount, currency: 'USD' }, 'en-US', { style: 'whole' });

async function setDriver(driver: Driver): Promise<void> {
  const profile = company.company.profiles.find((p) => p.ownerId === maya.personId)!;
  const drivers = { money: 10, winning: 10, recognition: 10, growth: 10, purpose: 10, [driver]: 90 };
  const stored = (await company.system.get('profiles', profile.id)) as MotivationProfile;
  await company.system.put('profiles', { ...stored, drivers });
}

beforeEach(async () => {
  document.documentElement.lang = 'en-US';
  company = await seededCompany();
  const v = company.company.viewers;
  maya = { personId: v.repId, role: 'rep' };
  dana = { personId: v.managerId, role: 'manager' };
  plan = company.company.plans.find((p) => p.ownerId === maya.personId)!;
  bookings = company.company.bookings.filter((b) => b.ownerId === maya.personId);
  lakeHouse = company.company.goals.find((g) => g.ownerId === maya.personId && g.title === 'Lake-house deposit')!;
});

describe('quota-to-goal-meter', () => {
  it('shows attainment with pace and tiers as an accessible meter, matching the commission engine', async () => {
    const meter = await render(company.as(maya));
    const expected = pace(plan, bookings, SAMPLE_TODAY);
    const [attainment] = meters(meter);
    expect(attainment!.getAttribute('aria-label')).to.equal('Quota attainment this period');
    expect(Number(attainment!.getAttribute('aria-valuenow'))).to.equal(Math.round(expected.attainment * 100));
    expect(attainment!.getAttribute('aria-valuemin')).to.equal('0');
    const text = attainment!.getAttribute('aria-valuetext')!;
    expect(text).to.contain(`${usd(expected.booked.amount)} of ${usd(expected.quota.amount)}`);
    expect(text).to.match(/Expected by today: \d+%/);
    expect(text).to.match(expected.status === 'behind' ? /Behind pace by/ : /Ahead of pace by|Right on pace/);
    // A tick for every tier threshold above zero, and the pace marker.
    expect(meter.shadowRoot!.querySelectorAll('.tick').length).to.equal(plan.tiers.filter((t) => t.from > 0).length);
    expect(meter.shadowRoot!.querySelectorAll('.marker').length).to.equal(1);
    // Colour is not the only signal: the pace is written out.
    expect(meter.shadowRoot!.querySelector('.status')!.textContent).to.match(/pace/);
  });

  it('ties quota to the goal taking the largest share of commission, with funding, next unlock and back-solve', async () => {
    const meter = await render(company.as(maya));
    const funding = goalFundingAsOf(plan, bookings, lakeHouse, SAMPLE_TODAY);
    const goalMeter = meters(meter)[1]!;
    expect(goalMeter.getAttribute('aria-label')).to.equal('Funding of Lake-house deposit');
    expect(Number(goalMeter.getAttribute('aria-valuenow'))).to.equal(Math.round(funding.progress! * 100));
    expect(goalMeter.getAttribute('aria-valuetext')).to.contain(`${usd(funding.funded.amount)} of $100,000`);
    const insights = meter.shadowRoot!.querySelector('.insights')!.textContent!.replace(/\s+/g, ' ');
    const unlock = nextUnlock(plan, pace(plan, bookings, SAMPLE_TODAY).booked.amount);
    if (unlock) expect(insights).to.contain(`${usd(unlock.bookingsNeeded.amount)} more reaches`);
    const need = bookingsNeededForGoal(plan, bookings, lakeHouse, SAMPLE_TODAY);
    if (need) expect(insights).to.contain(`Book ${usd(need.bookingsNeeded.amount)} more by`);
    else expect(insights).to.contain('can’t fully fund');
    expect(insights).to.contain("This period’s commission has put");
  });

  it('phrases the sentence for the rep’s strongest driver', async () => {
    const storage = company.as(maya);
    const meter = await render(storage);
    // Maya is driven by money.
    expect(sentence(meter)).to.match(/^Your commission so far this period is \$[\d,]+, and \$[\d,]+ of it goes to Lake-house deposit: \d+% funded\.$/);
    const checks: Array<[Driver, RegExp]> = [
      ['winning', /^You’re \$[\d,]+ (ahead of|behind) pace at \d+% of quota\./],
      ['recognition', /past quota|worth celebrating/],
      ['growth', /with \d+ days to go; at this pace you finish at \d+%/],
      ['purpose', /^Every deal this period moves your Lake-house deposit closer: \d+% funded so far\.$/],
    ];
    for (const [driver, pattern] of checks) {
      const before = sentence(meter);
      await setDriver(driver);
      await until(meter, () => sentence(meter) !== before);
      expect(sentence(meter), driver).to.match(pattern);
    }
  });

  it('falls back to a plain sentence when there is no profile to read', async () => {
    const profile = company.company.profiles.find((p) => p.ownerId === maya.personId)!;
    await company.system.delete('profiles', profile.id);
    const meter = await render(company.as(maya));
    expect(sentence(meter)).to.match(/^You’re at \d+% of quota, (ahead of|behind|right on) pace\. Lake-house deposit is \d+% funded\.$/);
  });

  it('speaks of the rep by name to their manager, and shows no goal the manager may not see', async () => {
    const meter = await render(company.as(dana));
    expect(sentence(meter)).to.match(/^Maya’s commission so far this period/);
    // The lake-house goal is shared with the manager; the private loans goal never appears.
    expect(meter.shadowRoot!.innerHTML).not.to.contain('student loans');
  });

  it('tells a manager no goal is shared with them, instead of asking them to write the rep’s goal', async () => {
    // Every goal of Maya's made private: the manager may see none of them.
    for (const goal of company.company.goals.filter((g) => g.ownerId === maya.personId)) {
      const stored = (await company.system.get('goals', goal.id)) as PersonalGoal;
      await company.system.put('goals', { ...stored, visibility: 'private' });
    }
    const meter = await render(company.as(dana));
    const text = meter.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Maya Okafor has not shared a goal this commission funds with you.');
    expect(text).not.to.contain('Write one down');
    const own = await render(company.as(maya));
    expect(own.shadowRoot!.textContent).not.to.contain('has not shared');
  });

  it('moves live when a booking lands, and announces it politely', async () => {
    const storage = company.as(maya);
    const meter = await render(storage);
    const before = Number(meters(meter)[0]!.getAttribute('aria-valuenow'));
    const fundedBefore = meters(meter)[1]!.getAttribute('aria-valuetext');
    await storage.put('bookings', { ownerId: maya.personId, amount: { amount: 25_000_000, currency: 'USD' }, closedOn: SAMPLE_TODAY, label: 'Contoso — fleet expansion' });
    await until(meter, () => Number(meters(meter)[0]!.getAttribute('aria-valuenow')) !== before);
    const after = Number(meters(meter)[0]!.getAttribute('aria-valuenow'));
    // Each reading is rounded to a whole percent, so the step may differ from the booking's share by one.
    expect(Math.abs(after - before - (25_000_000 / plan.quota) * 100)).to.be.at.most(1);
    expect(meters(meter)[1]!.getAttribute('aria-valuetext')).not.to.equal(fundedBefore);
    const live = meter.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.match(/Updated: \d+% of quota\./);
    expect(live.textContent, 'one space between sentences').not.to.match(/ {2}/);
  });

  it('the compact variant keeps the sentence and both meters, without the insights', async () => {
    const meter = await render(company.as(maya), { variant: 'compact' });
    expect(meters(meter).length).to.equal(2);
    expect(meter.shadowRoot!.querySelectorAll('.insights').length).to.equal(0);
    expect(sentence(meter).length).to.be.greaterThan(20);
  });

  it('says so when the viewer may not see the rep’s plan', async () => {
    const theo = { personId: company.company.viewers.teammateId, role: 'rep' as const };
    const meter = await fixture<QuotaToGoalMeter>(html`<quota-to-goal-meter person-id=${maya.personId} .storage=${company.as(theo)}></quota-to-goal-meter>`);
    await until(meter, () => meter.shadowRoot!.textContent!.includes('No compensation plan'));
    expect(meter.shadowRoot!.textContent).to.contain('No compensation plan is shared here yet.');
    expect(meters(meter).length).to.equal(0);
  });

  it('shows loading, then an error with retry when storage fails', async () => {
    const real = company.as(maya);
    const failing = Object.create(real) as StorageAdapter;
    failing.get = (() => new Promise((_, reject) => setTimeout(() => reject(new Error('Server said 503')), 100))) as StorageAdapter['get'];
    failing.subscribe = real.subscribe.bind(real);
    const meter = await fixture<QuotaToGoalMeter>(html`<quota-to-goal-meter person-id=${maya.personId} .storage=${failing}></quota-to-goal-meter>`);
    expect(meter.shadowRoot!.querySelectorAll('.skeleton').length).to.equal(1);
    await until(meter, () => Boolean(meter.shadowRoot!.querySelector('[role="alert"]')));
    expect(meter.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Server said 503');
    expect(meter.shadowRoot!.querySelectorAll('button').length).to.equal(1);
  });

  it('is accessible, light and dark', async () => {
    const meter = await render(company.as(maya));
    meter.theme = 'light';
    await meter.updateComplete;
    await expect(meter).to.be.accessible();
    meter.theme = 'dark';
    await meter.updateComplete;
    await expect(meter).to.be.accessible();
  });
});
