import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Chart } from 'chart.js';
import '../../src/elements/attainment-chart/define.js';
import type { AttainmentChart } from '../../src/elements/attainment-chart/attainment-chart.js';
import { ChartController, chartJsRequests, loadChartJs, readTheme } from '../../src/controllers/chart-controller.js';
import type { ChartModule } from '../../src/controllers/chart-controller.js';
import { provideGoalpost } from '../../src/context/host-provider.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';
import type { Booking, CompPlan, Viewer } from '../../src/core/types.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { attainmentSeries } from '../../src/core/distribution.js';
import { formatMoney } from '../../src/core/money.js';
import { tokens } from '../../src/styles/tokens.js';

let company: SeededCompany;
let maya: Viewer;
let plan: CompPlan;
let bookings: Booking[];

const usd = (amount: number) => formatMoney({ amount, currency: 'USD' }, 'en-US', { style: 'whole' });
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const chartResources = () => performance.getEntriesByType('resource').filter((entry) => /chart\.js/i.test(entry.name));

async function until(condition: () => boolean, el?: LitElement): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el?.updateComplete;
  }
}

async function render(storage: StorageAdapter, personId = maya.personId, width = 720): Promise<AttainmentChart> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  provideGoalpost(wrapper, { clock: company.clock, locale: 'en-US' });
  const el = document.createElement('attainment-chart');
  el.personId = personId;
  el.storage = storage;
  wrapper.append(el);
  await until(() => Boolean(el.chart) || Boolean(el.shadowRoot!.querySelector('.muted, [role="alert"]')), el);
  return el;
}

beforeEach(async () => {
  document.documentElement.lang = 'en-US';
  company = await seededCompany();
  maya = { personId: company.company.viewers.repId, role: 'rep' };
  plan = company.company.plans.find((p) => p.ownerId === maya.personId)!;
  bookings = company.company.bookings.filter((b) => b.ownerId === maya.personId);
});

describe('attainment-chart', () => {
  // Runs first, on a page that has imported the element but shown no chart yet.
  it('downloads chart.js only once a chart has data to draw', async () => {
    expect(chartJsRequests()).to.equal(0);
    expect(chartResources().length).to.equal(0);
    // A rep whose plan the viewer may not see: nothing to draw, so still nothing downloaded.
    const theo = { personId: company.company.viewers.teammateId, role: 'rep' as const };
    const hidden = await render(company.as(theo));
    expect(text(hidden.shadowRoot!.querySelector('.muted')!)).to.equal('No compensation plan is shared here yet.');
    expect(chartJsRequests()).to.equal(0);
    expect(chartResources().length).to.equal(0);

    const el = await render(company.as(maya));
    expect(el.chart !== undefined, 'a chart is drawn').to.equal(true);
    expect(chartJsRequests()).to.equal(1);
    expect(chartResources().length).to.be.greaterThan(0);
  });

  it('registers only the chart.js parts Goalpost draws with', async () => {
    await render(company.as(maya));
    const { Chart: ChartClass } = await import('chart.js');
    for (const type of ['line', 'bar']) expect(() => ChartClass.registry.getController(type)).not.to.throw();
    for (const type of ['pie', 'doughnut', 'radar', 'polarArea', 'bubble']) expect(() => ChartClass.registry.getController(type)).to.throw();
    expect(() => ChartClass.registry.getScale('time')).to.throw();
    expect(() => ChartClass.registry.getScale('linear')).not.to.throw();
  });

  it('draws cumulative bookings day by day against the pace line and the tier thresholds', async () => {
    const el = await render(company.as(maya));
    const series = attainmentSeries(plan, bookings, SAMPLE_TODAY);
    const chart = el.chart!;
    expect(chart.data.labels!.length).to.equal(series.days.length);
    expect(chart.data.labels!.length).to.equal(92);
    const [booked, pace, ...thresholds] = chart.data.datasets;
    expect(booked!.label).to.equal('Booked to date');
    expect(pace!.label).to.equal('Pace line');
    expect(booked!.data).to.deep.equal(series.days.map((d) => (d.booked ? d.booked.amount / 100 : null)));
    expect(pace!.data.at(-1)).to.equal(895_000);
    expect(pace!.data[0]).to.equal(Math.round(89_500_000 / 92) / 100);
    expect(thresholds.map((t) => t.label)).to.deep.equal(['50% tier (×1)', '100% tier (×1.5)', '150% tier (×2)']);
    expect(thresholds.map((t) => t.data[0])).to.deep.equal([447_500, 895_000, 1_342_500]);
    expect(thresholds.every((t) => new Set(t.data).size === 1)).to.equal(true);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('Chart of cumulative bookings day by day in Q4 2026, against the pace line and the tier thresholds');
    expect(canvas.getAttribute('aria-describedby')).to.equal('summary');
  });

  it('says in a sentence what the chart shows', async () => {
    const el = await render(company.as(maya));
    const series = attainmentSeries(plan, bookings, SAMPLE_TODAY);
    const gap = series.booked.amount - series.expected.amount;
    expect(text(el.shadowRoot!.querySelector('.summary')!)).to.equal(
      `Through November 27, 2026, you have booked ${usd(series.booked.amount)}, 69% of the $895,000 quota. ` +
      `The pace line stands at ${usd(series.expected.amount)}: ${usd(Math.abs(gap))} ${gap > 0 ? 'ahead of' : 'behind'} it. ` +
      `Next threshold: 100% of quota at $895,000, paid at ×1.5 — ${usd(89_500_000 - series.booked.amount)} to go.`,
    );
    const dana = { personId: company.company.viewers.managerId, role: 'manager' as const };
    const managed = await render(company.as(dana));
    expect(text(managed.shadowRoot!.querySelector('.summary')!)).to.match(/^Through November 27, 2026, Maya has booked/);
  });

  it('shows the same figures as a table behind "Show as table"', async () => {
    const el = await render(company.as(maya));
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('header button')!;
    const data = el.shadowRoot!.querySelector<HTMLElement>('#data')!;
    expect(text(toggle)).to.equal('Show as table');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('data');
    expect(data.hidden).to.equal(true);
    expect(data.getBoundingClientRect().height).to.equal(0);
    toggle.click();
    await el.updateComplete;
    expect(text(toggle)).to.equal('Hide table');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(data.hidden).to.equal(false);
    expect(data.getBoundingClientRect().height).to.be.greaterThan(0);

    const chart = el.chart!;
    const rows = [...el.shadowRoot!.querySelectorAll('table.days tbody tr')];
    expect(rows.length).to.equal(chart.data.labels!.length);
    const [booked, pace, ...thresholds] = chart.data.datasets;
    rows.forEach((row, i) => {
      const cells = row.querySelectorAll('td');
      const value = booked!.data[i] as number | null;
      expect(text(cells[0]!), `booked on row ${i}`).to.equal(value === null ? '—not yet' : usd(Math.round(value * 100)));
      expect(text(cells[1]!), `pace on row ${i}`).to.equal(usd(Math.round((pace!.data[i] as number) * 100)));
    });
    expect(rows.filter((row) => row.classList.contains('today')).length).to.equal(1);
    const thresholdRows = [...el.shadowRoot!.querySelectorAll('table.thresholds tbody tr')];
    expect(thresholdRows.map((row) => text(row.querySelector('td')!))).to.deep.equal(thresholds.map((t) => usd((t.data[0] as number) * 100)));
  });

  it('moves when a booking lands, updating the same chart in place', async () => {
    const storage = company.as(maya);
    const el = await render(storage);
    const chart = el.chart!;
    const before = chart.data.datasets[0]!.data.filter((v) => v !== null).at(-1) as number;
    await storage.put('bookings', { ownerId: maya.personId, amount: { amount: 5_000_000, currency: 'USD' }, closedOn: SAMPLE_TODAY, label: 'Contoso — fleet expansion' });
    await until(() => (el.chart!.data.datasets[0]!.data.filter((v) => v !== null).at(-1) as number) !== before, el);
    expect(el.chart === chart, 'the same chart').to.equal(true);
    expect(chart.data.datasets[0]!.data.filter((v) => v !== null).at(-1)).to.equal(before + 50_000);
  });

  it('takes its colours from the theme, light and dark, and redraws when the theme changes', async () => {
    const el = await render(company.as(maya));
    el.theme = 'light';
    await until(() => el.chart!.data.datasets[0]!.borderColor === '#2456c7', el);
    expect(el.chart!.data.datasets[0]!.borderColor).to.equal('#2456c7');
    el.theme = 'dark';
    await until(() => el.chart!.data.datasets[0]!.borderColor === '#86a8ff', el);
    expect(el.chart!.data.datasets[0]!.borderColor).to.equal('#86a8ff');
    expect(readTheme(el).dark).to.equal(true);
    // An integrator's own colour reaches the canvas too.
    el.style.setProperty('--goalpost-color-accent', 'rebeccapurple');
    await until(() => el.chart!.data.datasets[0]!.borderColor === '#663399', el);
    expect(el.chart!.data.datasets[0]!.borderColor).to.equal('#663399');
  });

  it('resizes with the element', async () => {
    // Resizing happens in the browser's rendering steps, which a hidden page never runs.
    const rendering = await new Promise<boolean>((resolve) => {
      requestAnimationFrame(() => resolve(true));
      setTimeout(() => resolve(false), 1000);
    });
    expect(rendering, 'this test page renders no frames: it is hidden behind another test page. Open each test page in its own browser context (chromeLauncher createPage) so every page renders.').to.equal(true);
    const el = await render(company.as(maya), maya.personId, 720);
    const chart = el.chart!;
    await until(() => chart.width > 600);
    const wide = chart.width;
    el.parentElement!.style.width = '420px';
    await until(() => chart.width < wide - 200);
    expect(chart.width).to.be.lessThan(wide - 200);
  });

  it('destroys the chart when the element is removed, and draws a new one when it comes back', async () => {
    const el = await render(company.as(maya));
    const chart = el.chart!;
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const { Chart: ChartClass } = await import('chart.js');
    expect(ChartClass.getChart(canvas) === chart, 'chart.js knows the chart').to.equal(true);
    const parent = el.parentElement!;
    el.remove();
    expect(el.chart === undefined, 'no chart').to.equal(true);
    expect(ChartClass.getChart(canvas) === undefined, 'chart.js forgot the chart').to.equal(true);
    expect((chart as Chart & { canvas: HTMLCanvasElement | null }).canvas === null, 'the old chart let go of its canvas').to.equal(true);
    parent.append(el);
    await until(() => Boolean(el.chart), el);
    expect(el.chart !== undefined, 'a chart is drawn').to.equal(true);
    expect(el.chart !== chart, 'a new chart').to.equal(true);
    expect(ChartClass.getChart(canvas) === el.chart, 'chart.js knows the new chart').to.equal(true);
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
    const el = document.createElement('attainment-chart');
    el.storage = failing;
    el.personId = maya.personId;
    wrapper.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.skeleton').length).to.equal(1);
    await until(() => Boolean(el.shadowRoot!.querySelector('[role="alert"]')), el);
    expect(text(el.shadowRoot!.querySelector('[role="alert"]')!)).to.contain('Server said 503');
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] + div button')!.click();
    await until(() => Boolean(el.chart), el);
    expect(el.chart !== undefined, 'a chart is drawn').to.equal(true);
  });

  it('is accessible, light and dark, with the table open', async () => {
    const el = await render(company.as(maya));
    el.shadowRoot!.querySelector<HTMLButtonElement>('header button')!.click();
    el.theme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

/** A bare host for the controller: a canvas, and data set from the test. */
class ChartProbe extends LitElement {
  static override styles = [tokens];
  static override properties = { points: { attribute: false } };
  points?: number[];
  loader?: () => Promise<ChartModule>;
  readonly drawing = new ChartController<number[]>(this, {
    canvas: () => this.renderRoot.querySelector('canvas'),
    data: () => this.points,
    config: (points, theme) => ({ type: 'bar', data: { labels: points.map(String), datasets: [{ data: points, backgroundColor: theme.accent }] } }),
    loader: () => this.loader!(),
  });
  protected override render() {
    return html`<div style="height: 100px"><canvas></canvas></div>${this.drawing.error ? html`<p class="failed">failed</p>` : ''}`;
  }
}
customElements.define('chart-probe', ChartProbe);

describe('ChartController', () => {
  it('waits for data before loading chart.js, and redraws when the data changes', async () => {
    let loads = 0;
    const el = await fixture<ChartProbe>(html`<chart-probe></chart-probe>`);
    el.loader = () => {
      loads += 1;
      return loadChartJs();
    };
    el.requestUpdate();
    await el.updateComplete;
    expect(loads).to.equal(0);
    el.points = [1, 2, 3];
    await until(() => Boolean(el.drawing.chart), el);
    expect(loads).to.equal(1);
    const chart = el.drawing.chart!;
    el.points = [4, 5];
    await until(() => chart.data.labels!.length === 2, el);
    expect(el.drawing.chart === chart, 'the same chart').to.equal(true);
    expect(chart.data.datasets[0]!.data).to.deep.equal([4, 5]);
  });

  it('waits until a chart far down the page, or in a hidden view, comes near before loading chart.js', async () => {
    let loads = 0;
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 4000px"></div>
      <chart-probe id="below"></chart-probe>
      <div id="view" hidden><chart-probe id="hidden"></chart-probe></div>
    </div>`);
    const below = page.querySelector<ChartProbe>('#below')!;
    const hidden = page.querySelector<ChartProbe>('#hidden')!;
    for (const probe of [below, hidden]) {
      probe.loader = () => {
        loads += 1;
        return loadChartJs();
      };
      probe.points = [1, 2, 3];
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(loads, 'nothing near the screen, nothing loaded').to.equal(0);
    expect(below.drawing.chart === undefined && hidden.drawing.chart === undefined, 'no chart yet').to.equal(true);

    below.scrollIntoView();
    await until(() => Boolean(below.drawing.chart), below);
    expect(below.drawing.chart !== undefined, 'drawn once scrolled to').to.equal(true);
    expect(hidden.drawing.chart === undefined, 'the hidden view still waits').to.equal(true);

    page.querySelector<HTMLElement>('#view')!.hidden = false;
    await until(() => Boolean(hidden.drawing.chart), hidden);
    expect(hidden.drawing.chart !== undefined, 'drawn once shown').to.equal(true);
    expect(loads).to.equal(2);
    window.scrollTo(0, 0);
  });

  it('draws a chart never scrolled to when the page is about to print', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div style="height: 4000px"></div><chart-probe></chart-probe></div>`);
    const probe = page.querySelector<ChartProbe>('chart-probe')!;
    probe.loader = () => loadChartJs();
    probe.points = [4, 2];
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(probe.drawing.chart === undefined, 'not drawn far down the page').to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    await until(() => Boolean(probe.drawing.chart), probe);
    expect(probe.drawing.chart !== undefined, 'drawn for printing').to.equal(true);
  });

  it('reports a chart.js that cannot be loaded, tries once per data, and again on retry', async () => {
    const el = await fixture<ChartProbe>(html`<chart-probe></chart-probe>`);
    let attempts = 0;
    el.loader = () => {
      attempts += 1;
      return Promise.reject(new Error('offline'));
    };
    el.points = [1];
    await until(() => Boolean(el.shadowRoot!.querySelector('.failed')), el);
    expect((el.drawing.error as Error).message).to.equal('offline');
    expect(el.drawing.chart === undefined, 'no chart').to.equal(true);
    // Re-rendering does not hammer the network.
    el.requestUpdate();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(attempts).to.equal(1);
    el.loader = () => loadChartJs();
    el.drawing.retry();
    await until(() => Boolean(el.drawing.chart), el);
    expect(el.drawing.error).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('.failed').length).to.equal(0);
  });

  it('never draws on an element removed while chart.js was loading', async () => {
    let release!: () => void;
    const el = await fixture<ChartProbe>(html`<chart-probe></chart-probe>`);
    el.loader = () => new Promise((resolve) => { release = () => resolve(loadChartJs()); });
    el.points = [1, 2];
    await until(() => release !== undefined, el);
    el.remove();
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.drawing.chart === undefined, 'no chart').to.equal(true);
  });
});
