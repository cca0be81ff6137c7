import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/team-distribution-chart/define.js';
import type { TeamDistributionChart } from '../../src/elements/team-distribution-chart/team-distribution-chart.js';
import { chartJsRequests } from '../../src/controllers/chart-controller.js';
import { provideGoalpost } from '../../src/context/host-provider.js';
import { seededCompany } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';
import type { CompPlan, Person, Viewer } from '../../src/core/types.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { stretchRatio, trailingTotals } from '../../src/core/distribution.js';
import { formatMoney } from '../../src/core/money.js';

let company: SeededCompany;
let dana: Viewer;
let maya: Viewer;
let leader: Viewer;
let gabriel: Viewer;
let danaReps: Person[];

const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();
const usd = (amount: number) => formatMoney({ amount, currency: 'USD' }, 'en-US', { style: 'whole' });
const ratio = (value: number) => `${Math.round(value * 100) / 100}×`;

async function until(condition: () => boolean, el?: TeamDistributionChart): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el?.updateComplete;
  }
}

/** Done: every canvas shown is drawn, or the element says why there is no chart. */
const settled = (el: TeamDistributionChart) => {
  const root = el.shadowRoot!;
  if (root.querySelector('.notice, [role="alert"]')) return true;
  const histogram = root.querySelector('canvas.histogram');
  const stretch = root.querySelector('canvas.stretch');
  if (histogram || stretch) return (!histogram || Boolean(el.histogramChart)) && (!stretch || Boolean(el.stretchChart));
  // No chart at all: a sentence in place of the figure (not a side note such as who is left out).
  return Boolean(root.querySelector('.card > .muted:not(.small)'));
};

async function render(storage: StorageAdapter, attrs: { teamId?: string; managerId?: string } = {}): Promise<TeamDistributionChart> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  provideGoalpost(wrapper, { clock: company.clock, locale: 'en-US' });
  const el = document.createElement('team-distribution-chart');
  if (attrs.teamId) el.teamId = attrs.teamId;
  if (attrs.managerId) el.managerId = attrs.managerId;
  el.storage = storage;
  wrapper.append(el);
  await until(() => settled(el), el);
  return el;
}

const profileOf = (id: string) => company.company.profiles.find((p) => p.ownerId === id)!;

beforeEach(async () => {
  document.documentElement.lang = 'en-US';
  company = await seededCompany();
  const v = company.company.viewers;
  dana = { personId: v.managerId, role: 'manager' };
  maya = { personId: v.repId, role: 'rep' };
  leader = { personId: v.leaderId, role: 'leader' };
  gabriel = { personId: v.otherManagerId, role: 'manager' };
  danaReps = company.company.people.filter((p) => p.managerId === v.managerId);
});

describe('team-distribution-chart', () => {
  it('downloads no chart.js for a viewer who may not see the team', async () => {
    const el = await render(company.as(maya), { managerId: dana.personId });
    expect(text(el.shadowRoot!.querySelector('.notice')!)).to.equal('This view is for the team’s manager and for sales leaders.');
    expect(el.shadowRoot!.querySelectorAll('canvas').length).to.equal(0);
    expect(chartJsRequests()).to.equal(0);
    expect(performance.getEntriesByType('resource').filter((e) => /chart\.js/i.test(e.name)).length).to.equal(0);
  });

  it('reproduces the essay’s team as a histogram in $1M bands: 1, 5, 15, 7 and 2', async () => {
    const el = await render(company.as(dana));
    const chart = el.histogramChart!;
    expect(chart.data.labels).to.deep.equal(['About $1M', 'About $2M', 'About $3M', 'About $4M', 'Above $5M']);
    expect(chart.data.datasets[0]!.data).to.deep.equal([1, 5, 15, 7, 2]);
    expect(text(el.shadowRoot!.querySelector('#histogram-summary')!)).to.equal(
      '30 reps, Nov 28, 2025 to Nov 27, 2026: 1 about $1M, 5 about $2M, 15 about $3M, 7 about $4M, and 2 above $5M. Median $3M.',
    );
    const canvas = el.shadowRoot!.querySelector('canvas.histogram')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('Histogram of reps by bookings over the last twelve months, in bands of $1M');
    expect(text(el.shadowRoot!.querySelector('#title')!)).to.equal('Team spread and stretch · Dana Whitfield');
  });

  it('keeps $1M bands when a framework clears band-width', async () => {
    const el = await render(company.as(dana));
    (el as unknown as { bandWidth: unknown }).bandWidth = null;
    await until(() => settled(el), el);
    await el.updateComplete;
    expect(el.histogramChart!.data.labels).to.deep.equal(['About $1M', 'About $2M', 'About $3M', 'About $4M', 'Above $5M']);
  });

  it('shows the histogram’s figures as a table matching the chart', async () => {
    const el = await render(company.as(dana));
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="histogram-data"]')!;
    expect(el.shadowRoot!.querySelector<HTMLElement>('#histogram-data')!.hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Hide table');
    const rows = [...el.shadowRoot!.querySelectorAll('table.bands tbody tr')];
    const chart = el.histogramChart!;
    expect(rows.map((row) => text(row.querySelector('th')!))).to.deep.equal(chart.data.labels);
    expect(rows.map((row) => Number(text(row.querySelector('td')!)))).to.deep.equal(chart.data.datasets[0]!.data);
  });

  it('sets each rep’s quota against their last twelve months, naming only reps who chose to be named', async () => {
    const el = await render(company.as(dana));
    const presence = (p: Person) => profileOf(p.id).leaderboard;
    const named = danaReps.filter((p) => presence(p) === 'named');
    const anonymous = danaReps.filter((p) => presence(p) === 'anonymous');
    const hidden = danaReps.filter((p) => presence(p) === 'hidden');
    expect(hidden.length).to.be.greaterThan(0);
    expect(anonymous.length).to.be.greaterThan(0);
    const chart = el.stretchChart!;
    const labels = chart.data.labels as string[];
    expect(labels.length).to.equal(named.length + anonymous.length);
    expect(labels.filter((l) => l === 'Anonymous rep').length).to.equal(anonymous.length);
    expect([...labels.filter((l) => l !== 'Anonymous rep')].sort()).to.deep.equal(named.map((p) => p.name).sort());
    // Hidden and anonymous reps' names appear nowhere: not on the chart, not in the element.
    const everything = text(el.shadowRoot!) + JSON.stringify(labels);
    for (const rep of [...hidden, ...anonymous]) expect(everything, rep.name).not.to.contain(rep.name);
    expect(text(el.shadowRoot!.querySelector('.hidden-note')!)).to.equal(
      `${hidden.length} reps chose to stay off per-rep views: they count in the spread and the verdict, and are not shown by name or figure.`,
    );
    // Maya is named: 4 × $895,000 over $3,120,000.
    const mayaIndex = labels.indexOf('Maya Okafor');
    expect(chart.data.datasets[0]!.data[mayaIndex]).to.be.closeTo((4 * 895_000) / 3_120_000, 1e-9);
  });

  it('shows the per-rep figures as a table matching the chart', async () => {
    const el = await render(company.as(dana));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="stretch-data"]')!.click();
    await el.updateComplete;
    const chart = el.stretchChart!;
    const rows = [...el.shadowRoot!.querySelectorAll('table.reps tbody tr')];
    expect(rows.map((row) => text(row.querySelector('th')!))).to.deep.equal(chart.data.labels);
    expect(rows.map((row) => text(row.querySelectorAll('td')[2]!))).to.deep.equal((chart.data.datasets[0]!.data as number[]).map(ratio));
    const mayaRow = rows.find((row) => text(row.querySelector('th')!) === 'Maya Okafor')!;
    const plan = company.company.plans.find((p) => p.ownerId === maya.personId)!;
    const trailing = trailingTotals(company.company.bookings, [maya.personId], company.company.today, 'USD').totals.get(maya.personId)!;
    const cells = [...mayaRow.querySelectorAll('td')].map(text);
    expect(cells).to.deep.equal([usd(plan.quota * 4), usd(trailing), ratio(stretchRatio(plan, trailing)!), 'aspirational yet attainable']);
  });

  it('judges whether the targets look aspirational yet attainable, hidden reps included', async () => {
    const el = await render(company.as(dana));
    expect(text(el.shadowRoot!.querySelector('.verdict')!)).to.match(
      /^Targets look aspirational yet attainable: 30 of 30 quotas ask for at most 30% more than the rep sold over the last twelve months \(median 1\.\d+×\)\. Far enough to reach for, close enough to believe in\.$/,
    );
    // Double twenty quotas, far past reach, and the verdict turns.
    for (const rep of danaReps.slice(0, 20)) {
      const stored = (await company.system.get('plans', company.company.plans.find((p) => p.ownerId === rep.id)!.id)) as CompPlan;
      await company.system.put('plans', { ...stored, quota: stored.quota * 2 });
    }
    await until(() => text(el.shadowRoot!.querySelector('.verdict')!).startsWith('Many targets look out of reach'), el);
    expect(text(el.shadowRoot!.querySelector('.verdict')!)).to.match(/^Many targets look out of reach: 20 of 30 quotas/);
  });

  it('reads the team by team id as well as by manager', async () => {
    const el = await render(company.as(dana), { teamId: 'team-west' });
    expect(el.histogramChart!.data.datasets[0]!.data).to.deep.equal([1, 5, 15, 7, 2]);
  });

  it('lets a sales leader see any team, naming nobody whose choice the leader cannot read', async () => {
    const el = await render(company.as(leader), { managerId: dana.personId });
    expect(el.histogramChart!.data.datasets[0]!.data).to.deep.equal([1, 5, 15, 7, 2]);
    const labels = el.stretchChart!.data.labels as string[];
    expect(labels.length).to.equal(30);
    expect(new Set(labels)).to.deep.equal(new Set(['Anonymous rep']));
  });

  it('keeps another manager out of a team that is not theirs', async () => {
    const el = await render(company.as(gabriel), { managerId: dana.personId });
    expect(el.shadowRoot!.querySelectorAll('canvas').length).to.equal(0);
    expect(text(el.shadowRoot!.querySelector('.notice')!)).to.contain('for the team’s manager');
    const byTeam = await render(company.as(gabriel), { teamId: 'team-west' });
    expect(byTeam.shadowRoot!.querySelectorAll('canvas').length).to.equal(0);
    const own = await render(company.as(gabriel));
    expect((own.histogramChart!.data.datasets[0]!.data as number[]).reduce((a, b) => a + b, 0)).to.equal(5);
  });

  it('counts only the bookings the viewer may see', async () => {
    // A rep on Dana's team who reports to Gabriel: Dana may not see their bookings or plan.
    const stranger = { name: 'Pat Outsider', role: 'rep' as const, teamId: 'team-west', managerId: gabriel.personId };
    const person = await company.system.put('people', stranger);
    await company.system.put('bookings', { ownerId: person.id, amount: { amount: 900_000_000, currency: 'USD' }, closedOn: company.company.today, label: 'Huge deal' });
    const el = await render(company.as(dana), { teamId: 'team-west' });
    expect(el.histogramChart!.data.datasets[0]!.data).to.deep.equal([1, 5, 15, 7, 2]);
    expect(text(el.shadowRoot!)).to.contain('1 rep’s figures are not shared with you and are left out.');
    expect(text(el.shadowRoot!)).not.to.contain('Pat Outsider');
  });

  it('destroys both charts when removed', async () => {
    const el = await render(company.as(dana));
    const { Chart } = await import('chart.js');
    const canvases = [...el.shadowRoot!.querySelectorAll('canvas')];
    expect(canvases.length).to.equal(2);
    expect(canvases.every((canvas) => Chart.getChart(canvas) !== undefined)).to.equal(true);
    el.remove();
    expect(canvases.every((canvas) => Chart.getChart(canvas) === undefined)).to.equal(true);
    expect(el.histogramChart === undefined && el.stretchChart === undefined).to.equal(true);
  });

  it('follows the theme, light and dark', async () => {
    const el = await render(company.as(dana));
    el.theme = 'dark';
    await until(() => el.histogramChart!.data.datasets[0]!.borderColor === '#86a8ff', el);
    expect(el.histogramChart!.data.datasets[0]!.borderColor).to.equal('#86a8ff');
    const colours = el.stretchChart!.data.datasets[0]!.borderColor as string[];
    expect(new Set(colours)).to.deep.equal(new Set(['#5fd08f']));
    el.theme = 'light';
    await until(() => el.histogramChart!.data.datasets[0]!.borderColor === '#2456c7', el);
    expect(new Set(el.stretchChart!.data.datasets[0]!.borderColor as string[])).to.deep.equal(new Set(['#1d7a45']));
  });

  it('shows loading, then an error with retry when storage fails', async () => {
    const real = company.as(dana);
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
    const el = document.createElement('team-distribution-chart');
    el.storage = failing;
    wrapper.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.skeleton').length).to.equal(1);
    await until(() => Boolean(el.shadowRoot!.querySelector('[role="alert"]')), el);
    expect(text(el.shadowRoot!.querySelector('[role="alert"]')!)).to.contain('Server said 503');
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] + div button')!.click();
    await until(() => Boolean(el.histogramChart), el);
    expect(el.histogramChart !== undefined).to.equal(true);
  });

  it('is accessible, light and dark, with both tables open', async () => {
    const el = await render(company.as(dana));
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')) button.click();
    el.theme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
