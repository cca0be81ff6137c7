import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/commission-what-if/define.js';
import type { CommissionWhatIf, WhatIfChangeDetail } from '../../src/elements/commission-what-if/commission-what-if.js';
import { provideGoalpost } from '../../src/context/host-provider.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';
import type { Booking, CompPlan, PersonalGoal, Viewer } from '../../src/core/types.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { outlinePlan, whatIf } from '../../src/core/what-if.js';
import { addDays } from '../../src/core/dates.js';
import { formatMoney } from '../../src/core/money.js';

let company: SeededCompany;
let maya: Viewer;
let dana: Viewer;
let plan: CompPlan;
let bookings: Booking[];
let lakeHouse: PersonalGoal;

const usd = (amount: number) => formatMoney({ amount, currency: 'USD' }, 'en-US', { style: 'whole' });
const dollars = (major: number) => major * 100;

async function until(el: CommissionWhatIf, condition: () => boolean): Promise<void> {
  for (let i = 0; i < 150 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}

/** Renders the element under a context that pins the clock to the sample company's today. */
async function render(storage: StorageAdapter, attrs: { personId?: string; goalId?: string } = {}): Promise<CommissionWhatIf> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  provideGoalpost(wrapper, { clock: company.clock, locale: 'en-US' });
  const el = document.createElement('commission-what-if');
  el.personId = attrs.personId ?? maya.personId;
  if (attrs.goalId) el.goalId = attrs.goalId;
  el.storage = storage;
  wrapper.append(el);
  await until(el, () => Boolean(el.shadowRoot!.querySelector('.plan-words, .muted, [role="alert"]')) && !el.shadowRoot!.querySelector('[aria-busy="true"]'));
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: CommissionWhatIf, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
};
const all = (el: CommissionWhatIf, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();

async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
}

/** Adds a deal with the keyboard: the button, then the amount typed into the field it focuses. */
async function addDeal(el: CommissionWhatIf, amount: string, closedOn?: string): Promise<void> {
  const add = $(el, '.add');
  add.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  const rows = all(el, '.deal');
  const row = rows[rows.length - 1]!;
  const amountInput = row.querySelector<HTMLInputElement>('input[inputmode]')!;
  expect(el.shadowRoot!.activeElement === amountInput, 'the new amount field has focus').to.equal(true);
  await sendKeys({ type: amount });
  if (closedOn) {
    const date = row.querySelector<HTMLInputElement>('input[type="date"]')!;
    date.value = closedOn;
    date.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
}

/** A store that records every write attempted through it. */
function recordingWrites(base: StorageAdapter): { storage: StorageAdapter; writes: string[] } {
  const writes: string[] = [];
  const storage = new Proxy(base, {
    get(target, prop, receiver) {
      if (prop === 'put' || prop === 'delete' || prop === 'batch') {
        return (...args: unknown[]) => {
          writes.push(String(prop));
          return (Reflect.get(target, prop, receiver) as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { storage, writes };
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

describe('commission-what-if', () => {
  it('says the plan in words and lays its tiers out as a table, marking where the rep is now', async () => {
    const el = await render(company.as(maya));
    expect(text($(el, '.plan-words'))).to.equal(
      'Quarterly plan: quota $895,000, $53,500 at 100%. Below 50% pays half rate; 50–100% the base rate of 5.98%, ' +
      'retroactive to the first dollar; 100–150% 1.5×; Above 150% 2×; capped at 3× target ($160,500).',
    );
    expect(text($(el, '.plan'))).to.contain('A retroactive gate, then accelerators');
    expect(text($(el, '.plan'))).to.contain('Each quarter is paid on its own bookings.');
    const table = $(el, 'table.tiers');
    expect(text(table.querySelector('caption')!)).to.equal(`Tiers of ${plan.name}`);
    expect(table.querySelectorAll('thead th[scope="col"]').length).to.equal(5);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(4);
    expect(rows.every((row) => row.querySelector('th[scope="row"]'))).to.equal(true);
    expect(text(rows[1]!)).to.contain('$447,500–$895,000');
    expect(text(rows[1]!)).to.contain('Yes: reaching it re-rates everything below');
    expect(text(rows[3]!)).to.contain('$1,342,500 and up');
    // Maya is at 69% of quota: the 50–100% tier is "now".
    expect(rows.map((row) => row.getAttribute('aria-current'))).to.deep.equal(['false', 'true', 'false', 'false']);
    expect(text(rows[1]!)).to.contain('now');
  });

  it('says nothing is saved, and never writes to storage however the deals change', async () => {
    const { storage, writes } = recordingWrites(company.as(maya));
    const el = await render(storage);
    expect(text($(el, '.note'))).to.contain('Nothing here is saved');
    await addDeal(el, '120000');
    await addDeal(el, '50000', addDays(SAMPLE_TODAY, 40));
    $(el, '.remove').click();
    await el.updateComplete;
    expect(writes).to.deep.equal([]);
    const stored = await company.system.list('bookings', { where: { ownerId: maya.personId } });
    expect(stored.items.length).to.equal(bookings.length);
  });

  it('shows commission before and after a deal, as the engine computes it, and reports it in an event', async () => {
    const el = await render(company.as(maya));
    const events: WhatIfChangeDetail[] = [];
    el.addEventListener('goalpost-whatif-change', (e) => events.push(e.detail));
    expect(text($(el, '.results'))).to.contain('Add a deal or move the slider');
    await addDeal(el, '120,000');
    const expected = whatIf({ plan, bookings, asOf: SAMPLE_TODAY, deals: [{ id: 'd', amount: dollars(120_000), closedOn: SAMPLE_TODAY }] });
    const commission = text($(el, '.commission'));
    expect(commission).to.contain(`${usd(expected.current.payoutBefore.amount)} → ${usd(expected.current.payoutAfter.amount)}`);
    expect(commission).to.contain(`+${usd(expected.current.gain.amount)}`);
    const last = events.at(-1)!;
    expect(last.personId).to.equal(maya.personId);
    expect(last.deals).to.deep.equal([{ amount: { amount: dollars(120_000), currency: 'USD' }, closedOn: SAMPLE_TODAY }]);
    expect(last.commissionAfter.amount).to.equal(expected.commissionAfter.amount);
    expect(last.gain.amount).to.equal(expected.gain.amount);
    expect(last.added.amount).to.equal(dollars(120_000));
    // Each row says what its deal does on its own.
    expect(text($(el, '.deal-note'))).to.contain(`On its own: ${usd(expected.gain.amount)} more commission`);
  });

  it('starts from deals handed in, such as the opportunity on the page, and lets the person change them', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
    provideGoalpost(wrapper, { clock: company.clock, locale: 'en-US' });
    const el = document.createElement('commission-what-if');
    el.personId = maya.personId;
    el.storage = company.as(maya);
    el.deals = [{ amount: { amount: dollars(120_000), currency: 'USD' }, closedOn: addDays(SAMPLE_TODAY, 10) }];
    wrapper.append(el);
    await until(el, () => Boolean(el.shadowRoot!.querySelector('.plan-words')));
    const amount = $<HTMLInputElement>(el, '.deal input[inputmode]');
    expect(amount.value).to.equal('120,000');
    expect($<HTMLInputElement>(el, '.deal input[type="date"]').value).to.equal(addDays(SAMPLE_TODAY, 10));
    const expected = whatIf({ plan, bookings, asOf: SAMPLE_TODAY, deals: [{ id: 'd', amount: dollars(120_000), closedOn: addDays(SAMPLE_TODAY, 10) }] });
    expect(text($(el, '.commission'))).to.contain(usd(expected.current.payoutAfter.amount));
    await typeInto(amount, '60000');
    await el.updateComplete;
    const halved = whatIf({ plan, bookings, asOf: SAMPLE_TODAY, deals: [{ id: 'd', amount: dollars(60_000), closedOn: addDays(SAMPLE_TODAY, 10) }] });
    expect(text($(el, '.commission'))).to.contain(usd(halved.current.payoutAfter.amount));
  });

  it('fires no event until the person does something', async () => {
    let fired = 0;
    const wrapper = fixtureSync<HTMLDivElement>(html`<div @goalpost-whatif-change=${() => { fired += 1; }}></div>`);
    provideGoalpost(wrapper, { clock: company.clock });
    const el = document.createElement('commission-what-if');
    el.storage = company.as(maya);
    wrapper.append(el);
    await until(el, () => Boolean(el.shadowRoot!.querySelector('.plan-words')));
    expect(fired).to.equal(0);
    await addDeal(el, '1');
    expect(fired).to.be.greaterThan(0);
  });

  it('names the tier crossed and splits the gain between the base rate and the accelerator', async () => {
    const el = await render(company.as(maya));
    // $620,700 booked: $300,000 more takes Maya past quota ($895,000).
    await addDeal(el, '300000');
    const expected = whatIf({ plan, bookings, asOf: SAMPLE_TODAY, deals: [{ id: 'd', amount: dollars(300_000), closedOn: SAMPLE_TODAY }] });
    expect(expected.crossed.map((c) => c.from)).to.deep.equal([1]);
    expect(text($(el, '.crossed > span:last-child'))).to.equal('Crosses 100% in Q4 2026: every dollar past it pays 1.5×.');
    expect(text($(el, '.split > span:last-child'))).to.equal(
      `Of the ${usd(expected.gain.amount)} more, ${usd(expected.atBaseRate.amount)} is the base rate on $300,000 and ${usd(expected.fromAccelerator.amount)} comes from the accelerator.`,
    );
    const rows = all(el, 'table.tiers tbody tr');
    expect(text(rows[2]!)).to.contain('with these deals');
  });

  it('says how much of the goal the deals fund', async () => {
    const el = await render(company.as(maya), { goalId: lakeHouse.id });
    await addDeal(el, '200000');
    const expected = whatIf({ plan, bookings, asOf: SAMPLE_TODAY, deals: [{ id: 'd', amount: dollars(200_000), closedOn: SAMPLE_TODAY }], goal: lakeHouse });
    const share = Math.round(expected.goal!.share! * 100);
    expect(share).to.be.greaterThan(0);
    expect(text($(el, '.goal'))).to.contain(`This funds ${share}% of Lake-house deposit: ${usd(expected.goal!.added.amount)} more, from`);
  });

  it('makes the retroactive cliff visible: where it stands, and whether it is behind, ahead or crossed', async () => {
    const el = await render(company.as(maya));
    const [cliff] = outlinePlan(plan, bookings, SAMPLE_TODAY).cliffs;
    expect(cliff!.at.amount).to.equal(dollars(447_500));
    expect(text($(el, '.cliff > span:last-child'))).to.equal(`At $447,500 the whole quarter re-rates: one more dollar pays ${usd(cliff!.oneMore.amount)} more. Already behind you this period.`);

    // On a fully retroactive plan the next cliff is at quota, ahead of Maya; a big deal crosses it.
    const stored = (await company.system.get('plans', plan.id)) as CompPlan;
    await company.system.put('plans', { ...stored, tiers: stored.tiers.map((t) => ({ ...t, retroactive: true })) });
    await until(el, () => all(el, '.cliff').length === 3);
    const atQuota = all(el, '.cliff').map(text).find((t) => t.includes('At $895,000'))!;
    expect(atQuota).to.contain(`${usd(dollars(895_000) - bookings.filter((b) => b.closedOn >= '2026-10-01').reduce((s, b) => s + b.amount.amount, 0))} away.`);
    await addDeal(el, '300000');
    expect(all(el, '.cliff').map(text).find((t) => t.includes('At $895,000'))).to.contain('These deals cross it.');
  });

  it('compares per-period and cumulative bases on the same deals', async () => {
    const el = await render(company.as(maya));
    await addDeal(el, '250000');
    const expected = whatIf({ plan, bookings, asOf: SAMPLE_TODAY, deals: [{ id: 'd', amount: dollars(250_000), closedOn: SAMPLE_TODAY }] });
    const basis = text($(el, '.basis'));
    expect(basis).to.contain(`${usd(expected.basis!.perPeriod.amount)} paid quarter by quarter, ${usd(expected.basis!.cumulative.amount)} on a cumulative true-up.`);
    expect(basis).to.contain('This plan uses the per-period basis.');
    expect(basis).to.match(expected.basis!.difference.amount === 0 ? /Both bases pay the same/ : /basis pays \$[\d,]+ more\./);
  });

  it('pays a deal that closes next quarter in next quarter', async () => {
    const el = await render(company.as(maya));
    await addDeal(el, '150000', '2027-01-20');
    expect(text($(el, '.figures'))).to.contain('Commission Q1 2027');
    expect(text($(el, '.deal-note'))).to.contain('Pays in Q1 2027.');
    expect(text($(el, '.figures'))).to.contain('All periods together');
  });

  it('slides extra bookings with the keyboard, speaking money, and announces the new commission', async () => {
    const el = await render(company.as(maya));
    const slider = $<HTMLInputElement>(el, 'input[type="range"]');
    expect(el.shadowRoot!.querySelector('label[for="extra"]')!.textContent).to.equal('Extra bookings this quarter');
    expect(slider.getAttribute('aria-valuetext')).to.equal('$0 more this quarter');
    const events: WhatIfChangeDetail[] = [];
    el.addEventListener('goalpost-whatif-change', (e) => events.push(e.detail));
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(slider.getAttribute('aria-valuetext')).to.equal('$10,000 more this quarter');
    expect(events.at(-1)!.extra.amount).to.equal(dollars(10_000));
    const expected = whatIf({ plan, bookings, asOf: SAMPLE_TODAY, deals: [], extra: dollars(10_000) });
    const live = $(el, '[aria-live="polite"]');
    await until(el, () => text(live).length > 0);
    expect(text(live)).to.equal(`Commission Q4 2026: ${usd(expected.current.payoutAfter.amount)}, +${usd(expected.current.gain.amount)}.`);
    expect(Number(slider.max)).to.be.greaterThan(dollars(895_000));
  });

  it('flags an amount it cannot read, and a date in the past, and leaves those deals out', async () => {
    const el = await render(company.as(maya));
    await addDeal(el, 'lots');
    const amount = $<HTMLInputElement>(el, '.deal input[inputmode]');
    $(el, '.add').focus();
    await el.updateComplete;
    expect(amount.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '.deal-note'))).to.equal('Enter an amount above zero, such as 120,000.');
    expect(text($(el, '.results'))).to.contain('Add a deal or move the slider');
    await typeInto(amount, '90000');
    const date = $<HTMLInputElement>(el, '.deal input[type="date"]');
    date.value = addDays(SAMPLE_TODAY, -1);
    date.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '.deal-note'))).to.equal('A hypothetical deal closes today or later.');
    expect(date.min).to.equal(SAMPLE_TODAY);
    expect(text($(el, '.results'))).to.contain('Add a deal or move the slider');
  });

  it('removes a deal and keeps focus in the form', async () => {
    const el = await render(company.as(maya));
    await addDeal(el, '100000');
    await addDeal(el, '200000');
    const remove = all(el, '.remove');
    expect(remove[0]!.getAttribute('aria-label')).to.equal('Remove deal 1');
    remove[0]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(all(el, '.deal').length).to.equal(1);
    expect((el.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('200000');
    all(el, '.remove')[0]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.classList.contains('add')).to.equal(true);
    expect(text($(el, '.results'))).to.contain('Add a deal or move the slider');
  });

  it('works for the rep’s manager, and says so when the viewer may not see the plan', async () => {
    const managed = await render(company.as(dana));
    expect(text($(managed, '.plan-words'))).to.contain('quota $895,000');
    const theo = { personId: company.company.viewers.teammateId, role: 'rep' as const };
    const hidden = await render(company.as(theo));
    expect(text(hidden.shadowRoot!)).to.contain('No compensation plan is shared here yet');
    expect(all(hidden, 'input').length).to.equal(0);
  });

  it('shows loading, then an error with retry when storage fails', async () => {
    const real = company.as(maya);
    let fail = true;
    const failing = new Proxy(real, {
      get(target, prop, receiver) {
        if (prop === 'get' && fail) return () => new Promise((_, reject) => setTimeout(() => reject(new Error('Server said 503')), 80));
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
    provideGoalpost(wrapper, { clock: company.clock });
    const el = document.createElement('commission-what-if');
    el.storage = failing;
    el.personId = maya.personId;
    wrapper.append(el);
    await el.updateComplete;
    expect(all(el, '.skeleton').length).to.equal(1);
    await until(el, () => Boolean(el.shadowRoot!.querySelector('[role="alert"]')));
    expect(text($(el, '[role="alert"]'))).to.contain('Server said 503');
    fail = false;
    $(el, '[role="alert"] + div button').click();
    await until(el, () => Boolean(el.shadowRoot!.querySelector('.plan-words')));
    expect(all(el, '.plan-words').length).to.equal(1);
  });

  it('says what is wrong, without breaking, when a booking cannot be priced', async () => {
    await company.system.put('bookings', { ownerId: maya.personId, amount: { amount: 100_00, currency: 'EUR' }, closedOn: SAMPLE_TODAY, label: 'Euro deal' });
    const el = await render(company.as(maya));
    expect(text($(el, '[role="alert"]'))).to.contain('EUR');
  });

  it('is accessible, light and dark, with deals in play', async () => {
    const el = await render(company.as(maya), { goalId: lakeHouse.id });
    await addDeal(el, '300000');
    el.theme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
