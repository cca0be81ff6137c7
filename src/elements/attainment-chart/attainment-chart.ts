import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Chart } from 'chart.js';
import { GoalpostElement } from '../goalpost-element.js';
import { LiveQuery } from '../../controllers/live-query.js';
import { ChartController } from '../../controllers/chart-controller.js';
import { tokens, controls, card } from '../../styles/tokens.js';
import { chartCardStyles } from './chart-card.styles.js';
import { attainmentChartConfig } from './attainment-chart.config.js';
import { listAll } from '../../context/goal-view.js';
import { attainmentSeries } from '../../core/distribution.js';
import type { AttainmentSeries } from '../../core/distribution.js';
import { periodContaining } from '../../core/dates.js';
import { formatMoney, fromMajor } from '../../core/money.js';
import type { Booking, CompPlan, Money, Person } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format.js';
import { charts } from '../../i18n/en/charts.js';

interface AttainmentView {
  person: Person;
  plan?: CompPlan;
  series?: AttainmentSeries;
}

async function loadAttainmentView(storage: StorageAdapter, personId: string, today: string, signal: AbortSignal): Promise<AttainmentView> {
  const person = await storage.get('people', personId, { signal });
  const plans = await storage.list('plans', { where: { ownerId: personId }, limit: 1, signal });
  const plan = plans.items[0] as CompPlan | undefined;
  if (!plan) return { person };
  const period = periodContaining(today, plan.period, plan.yearStart);
  const bookings = await listAll<Booking>(storage, 'bookings', { where: { ownerId: personId }, range: { field: 'closedOn', gte: period.start, lte: today }, signal });
  return { person, plan, series: attainmentSeries(plan, bookings, today) };
}

/**
 * Cumulative bookings across the current plan period, day by day, against the pace line (a
 * straight line from nothing to quota) and the plan's tier thresholds. Drawn with chart.js,
 * which is downloaded only when a chart has data to show and is within a screen of the viewport;
 * a sentence says what the chart shows, and "Show as table" opens the same figures as a table.
 *
 * @csspart card - The frame.
 * @csspart summary - The sentence under the title.
 * @csspart chart - The box the chart is drawn in; its height is `--goalpost-chart-height`.
 * @csspart table - The data tables.
 */
export class AttainmentChart extends GoalpostElement {
  static override styles = [tokens, controls, card, chartCardStyles];
  static override messages = { ...charts };

  @query('canvas') private canvas?: HTMLCanvasElement | null;

  @state() private showTable = false;

  /** The rep whose bookings to chart; defaults to the viewer. */
  @property({ attribute: 'person-id', reflect: true }) personId?: string;

  private readonly data = new LiveQuery(this, {
    collections: ['bookings', 'plans', 'people'],
    args: () => [this.personId ?? this.currentViewer?.personId, this.today()] as const,
    enabled: ([personId]) => Boolean(personId),
    load: (storage, [personId, today], signal) => loadAttainmentView(storage, personId!, today, signal),
  });

  private readonly drawing = new ChartController<AttainmentSeries>(this, {
    canvas: () => this.canvas,
    data: () => this.data.value?.series,
    config: (series, theme) => attainmentChartConfig(series, theme, {
      booked: this.t('attainmentChart.booked'),
      pace: this.t('attainmentChart.pace'),
      threshold: (index) => this.thresholdLabel(series, index),
      day: (date) => formatDate(date, this.locale, 'short'),
      money: (major, compact) => formatMoney(fromMajor(major, series.quota.currency), this.locale, { style: compact ? 'compact' : 'whole' }),
    }),
  });

  /** The chart.js instance while the chart is drawn, for integrators who export or annotate it. */
  get chart(): Chart | undefined {
    return this.drawing.chart;
  }

  private toggleTable(): void {
    this.showTable = !this.showTable;
  }

  private money(value: Money): string {
    return formatMoney(value, this.locale, { style: 'whole' });
  }

  private pct(share: number): string {
    return formatPercent(share, this.locale);
  }

  private thresholdLabel(series: AttainmentSeries, index: number): string {
    const threshold = series.thresholds[index]!;
    return this.t('attainmentChart.threshold', { percent: this.pct(threshold.from), multiplier: formatNumber(threshold.multiplier, this.locale) });
  }

  private summary(view: AttainmentView, series: AttainmentSeries): string {
    const viewer = this.currentViewer;
    const who = viewer && viewer.personId !== view.person.id ? { name: view.person.name.split(' ')[0]! } : {};
    const gap = series.booked.amount - series.expected.amount;
    const amount = this.money({ ...series.booked, amount: Math.abs(gap) });
    const pace = gap > 0 ? this.t('attainmentChart.ahead', { amount }) : gap < 0 ? this.t('attainmentChart.behind', { amount }) : this.t('attainmentChart.onPace');
    const sentence = this.t('attainmentChart.summary', {
      ...who,
      date: formatDate(series.asOf, this.locale, 'long'),
      booked: this.money(series.booked),
      percent: this.pct(series.booked.amount / series.quota.amount),
      quota: this.money(series.quota),
      expected: this.money(series.expected),
      pace,
    });
    const next = series.thresholds.find((threshold) => threshold.bookings.amount > series.booked.amount);
    const after = next
      ? this.t('attainmentChart.next', {
        percent: this.pct(next.from),
        amount: this.money(next.bookings),
        multiplier: formatNumber(next.multiplier, this.locale),
        left: this.money({ ...next.bookings, amount: next.bookings.amount - series.booked.amount }),
      })
      : series.thresholds.length > 0 ? this.t('attainmentChart.top') : '';
    return after ? `${sentence} ${after}` : sentence;
  }

  protected override render(): TemplateResult {
    return html`<section class="card" part="card" aria-labelledby="title" aria-busy=${this.data.loading ? 'true' : 'false'}>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody() {
    const personId = this.personId ?? this.currentViewer?.personId;
    const plainTitle = html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('attainmentChart.titlePlain')}</h3>`;
    if (!personId) return html`${plainTitle}<p class="muted">${this.t('attainmentChart.nothing')}</p>`;
    const error = this.data.error;
    const view = this.data.value;
    if (error && !view) {
      return html`${plainTitle}
        ${this.renderReadError(error, () => this.data.refresh())}`;
    }
    if (!view) {
      return html`${plainTitle}<div class="skeleton" role="status" aria-label=${this.t('common.loading')}><span></span><span class="block"></span></div>`;
    }
    const series = view.series;
    if (!series) return html`${plainTitle}<p class="muted">${this.t('attainmentChart.noPlan')}</p>`;
    const failed = this.drawing.error !== undefined;
    const tableOpen = this.showTable || failed;
    return html`
      <header>
        <h3 aria-level=${this.headingAria(3)} id="title">${this.t('attainmentChart.title', { period: this.periodName(series.period) })}</h3>
        ${failed ? nothing : html`<button class="button quiet" aria-expanded=${tableOpen ? 'true' : 'false'} aria-controls="data" @click=${this.toggleTable}>
          ${tableOpen ? this.t('chart.hideTable') : this.t('chart.showTable')}
        </button>`}
      </header>
      <p class="summary" id="summary" part="summary">${this.summary(view, series)}</p>
      ${failed
        ? html`<p class="notice">${this.t('chart.loadFailed')} <button class="button quiet" @click=${() => this.drawing.retry()}>${this.t('common.retry')}</button></p>`
        : html`<figure class="frame" part="chart">
            <canvas role="img" aria-label=${this.t('attainmentChart.canvas', { period: this.periodName(series.period) })} aria-describedby="summary"></canvas>
          </figure>`}
      <div id="data" class="data" part="table" ?hidden=${!tableOpen}>${this.renderTables(series)}</div>
    `;
  }

  private renderTables(series: AttainmentSeries) {
    return html`
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="days-caption">
        <table class="days">
          <caption id="days-caption">${this.t('attainmentChart.table.caption', { period: this.periodName(series.period) })}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('attainmentChart.table.day')}</th>
              <th scope="col" class="number">${this.t('attainmentChart.booked')}</th>
              <th scope="col" class="number">${this.t('attainmentChart.pace')}</th>
            </tr>
          </thead>
          <tbody>
            ${series.days.map((day) => html`<tr class=${day.date === series.asOf ? 'today' : ''}>
              <th scope="row">${formatDate(day.date, this.locale)}</th>
              <td class="number">${day.booked
                ? this.money(day.booked)
                : html`<span aria-hidden="true">—</span><span class="visually-hidden">${this.t('chart.notYet')}</span>`}</td>
              <td class="number">${this.money(day.pace)}</td>
            </tr>`)}
          </tbody>
        </table>
      </div>
      ${series.thresholds.length > 0 ? html`<table class="thresholds">
        <caption>${this.t('attainmentChart.thresholds.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('attainmentChart.thresholds.from')}</th>
            <th scope="col" class="number">${this.t('attainmentChart.thresholds.bookings')}</th>
            <th scope="col" class="number">${this.t('attainmentChart.thresholds.multiplier')}</th>
          </tr>
        </thead>
        <tbody>
          ${series.thresholds.map((threshold) => html`<tr>
            <th scope="row">${this.pct(threshold.from)}</th>
            <td class="number">${this.money(threshold.bookings)}</td>
            <td class="number">×${formatNumber(threshold.multiplier, this.locale)}</td>
          </tr>`)}
        </tbody>
      </table>` : nothing}
    `;
  }
}
