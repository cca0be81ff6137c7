import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { styleProps } from '../style-props.js';
import { property, query, state } from 'lit/decorators.js';
import type { Chart } from 'chart.js';
import { GoalpostElement } from '../goalpost-element.js';
import { LiveQuery } from '../../controllers/live-query.js';
import { ChartController } from '../../controllers/chart-controller.js';
import { tokens, controls, card } from '../../styles/tokens.js';
import { chartCardStyles } from '../attainment-chart/chart-card.styles.js';
import { distributionStyles } from './team-distribution-chart.styles.js';
import { histogramConfig, stretchConfig } from './team-distribution-chart.config.js';
import { loadDistribution } from './team-distribution-data.js';
import { ATTAINABLE_STRETCH } from '../../core/distribution.js';
import type { Band, RepStretch, StretchVerdict, TeamDistribution } from '../../core/distribution.js';
import { formatMoney, fromMajor } from '../../core/money.js';
import type { Money } from '../../core/types.js';
import { formatDate, formatList, formatNumber } from '../../i18n/format.js';
import { charts } from '../../i18n/en/charts.js';

const VERDICTS: readonly StretchVerdict[] = ['attainable', 'out-of-reach', 'below'];

/** Bookings bands one million of the team's currency wide, unless the page sets `band-width`. */
const DEFAULT_BAND_WIDTH = 1_000_000;

/**
 * A team's last twelve months of bookings as a histogram in $1M bands, and each rep's quota set
 * against what they sold (the stretch: a year of quota over the trailing twelve months), with a
 * sentence on whether the targets look aspirational yet attainable. For the team's manager and
 * sales leaders only.
 *
 * Privacy: only bookings the viewer may see count. Every rep counts in the histogram and the
 * verdict, which are aggregate; the per-rep view names only reps whose motivation profile says
 * `named`, shows "Anonymous rep" for `anonymous` (and for a choice the viewer cannot read), and
 * leaves out reps who chose `hidden`.
 *
 * @csspart card - The frame.
 * @csspart histogram - The histogram's drawing box.
 * @csspart stretch - The per-rep drawing box.
 * @csspart verdict - The sentence judging the targets.
 */
export class TeamDistributionChart extends GoalpostElement {
  static override styles = [tokens, controls, card, chartCardStyles, distributionStyles];
  static override messages = { ...charts };

  @query('canvas.histogram') private histogramCanvas?: HTMLCanvasElement | null;
  @query('canvas.stretch') private stretchCanvas?: HTMLCanvasElement | null;

  @state() private showHistogramTable = false;
  @state() private showStretchTable = false;

  /** The team to chart (its reps by `teamId`). */
  @property({ attribute: 'team-id', reflect: true }) teamId?: string;

  /** The manager whose reps to chart; defaults to the viewer when no team is named. */
  @property({ attribute: 'manager-id', reflect: true }) managerId?: string;

  /** Width of a histogram band, in major units of the team's currency. */
  @property({ attribute: 'band-width', type: Number }) bandWidth = DEFAULT_BAND_WIDTH;

  /** The band width in use: a cleared, zero or nonsensical value falls back to the default. */
  private get band(): number {
    return Number.isFinite(this.bandWidth) && this.bandWidth > 0 ? this.bandWidth : DEFAULT_BAND_WIDTH;
  }

  private readonly data = new LiveQuery(this, {
    collections: ['bookings', 'plans', 'profiles', 'people'],
    args: () => [this.teamId, this.managerId, this.currentViewer, this.today(), this.currency, this.band] as const,
    enabled: ([teamId, managerId, viewer]) => Boolean(teamId || managerId || viewer),
    load: (storage, [teamId, managerId, viewer, today, currency, width], signal) =>
      loadDistribution(storage, { teamId, managerId, viewer, today, currency, bands: { width } }, signal),
  });

  private readonly histogramDrawing = new ChartController<TeamDistribution>(this, {
    canvas: () => this.histogramCanvas,
    data: () => this.team,
    config: (team, theme) => histogramConfig(team.bands, team.bands.map((band) => this.bandLabel(band, team)), theme, {
      reps: this.t('distributionChart.reps'),
      band: this.t('distributionChart.band'),
    }),
  });

  private readonly stretchDrawing = new ChartController<TeamDistribution>(this, {
    canvas: () => this.stretchCanvas,
    data: () => (this.team && this.team.reps.length > 0 ? this.team : undefined),
    config: (team, theme) => stretchConfig(team.reps, team.reps.map((rep) => this.repName(rep)), theme, {
      stretch: this.t('distributionChart.col.stretch'),
      ratio: (value) => this.ratio(value),
      detail: (index) => this.repDetail(team.reps[index]!),
    }),
  });

  /** The histogram's chart.js instance while drawn. */
  get histogramChart(): Chart | undefined {
    return this.histogramDrawing.chart;
  }

  /** The per-rep stretch chart's chart.js instance while drawn. */
  get stretchChart(): Chart | undefined {
    return this.stretchDrawing.chart;
  }

  private get team(): TeamDistribution | undefined {
    const view = this.data.value;
    return view && view.allowed ? view.team : undefined;
  }

  private money(value: Money, style: 'whole' | 'compact' = 'whole'): string {
    return formatMoney(value, this.locale, { style });
  }

  private ratio(value: number): string {
    return `${formatNumber(Math.round(value * 100) / 100, this.locale)}×`;
  }

  private bandLabel(band: Band, team: TeamDistribution): string {
    const amount = this.money(fromMajor(this.band * band.center, team.currency), 'compact');
    return band.kind === 'above' ? this.t('distributionChart.band.above', { amount }) : this.t('distributionChart.band.about', { amount });
  }

  private repName(rep: RepStretch): string {
    return rep.name ?? this.t('distributionChart.anonymous');
  }

  private repDetail(rep: RepStretch): string {
    return `${this.ratio(rep.ratio)}: ${this.money(rep.annualQuota)} / ${this.money(rep.trailing)}`;
  }

  private widthText(team: TeamDistribution): string {
    return this.money(fromMajor(this.band, team.currency), 'compact');
  }

  private spread(team: TeamDistribution): string {
    const bands = team.bands.map((band) => this.t('distributionChart.bandCount', { count: band.count, band: this.bandLabel(band, team) }));
    return this.t('distributionChart.spread', {
      count: team.counted,
      start: formatDate(team.window.start, this.locale),
      end: formatDate(team.window.end, this.locale),
      bands: formatList(bands, this.locale),
      median: team.median ? this.money(team.median, 'compact') : '—',
    });
  }

  private verdict(team: TeamDistribution): string {
    const { judgement } = team;
    const median = judgement.median === null ? '—' : this.ratio(judgement.median);
    switch (judgement.overall) {
      case 'attainable':
        return this.t('distributionChart.verdict.attainable', { count: judgement.attainable, judged: judgement.judged, median });
      case 'out-of-reach':
        return this.t('distributionChart.verdict.out-of-reach', { count: judgement.outOfReach, judged: judgement.judged, median });
      case 'below':
        return this.t('distributionChart.verdict.below', { count: judgement.below, judged: judgement.judged, median });
      case 'mixed':
        return this.t('distributionChart.verdict.mixed', { attainable: judgement.attainable, outOfReach: judgement.outOfReach, below: judgement.below, median });
      default:
        return this.t('distributionChart.verdict.unknown');
    }
  }

  protected override render(): TemplateResult {
    return html`<section class="card" part="card" aria-labelledby="title" aria-busy=${this.data.loading ? 'true' : 'false'}>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody() {
    const plainTitle = html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('distributionChart.title')}</h3>`;
    if (!this.teamId && !this.managerId && !this.currentViewer) return html`${plainTitle}<p class="muted">${this.t('distributionChart.nothing')}</p>`;
    const error = this.data.error;
    const view = this.data.value;
    if (error && !view) {
      return html`${plainTitle}
        <div class="error-box" role="alert">${this.t('common.error', { message: this.errorText(error) })}</div>
        <div><button class="button" @click=${() => this.data.refresh()}>${this.t('common.retry')}</button></div>`;
    }
    if (!view) {
      return html`${plainTitle}<div class="skeleton" role="status" aria-label=${this.t('common.loading')}><span></span><span class="block"></span></div>`;
    }
    if (!view.allowed) return html`${plainTitle}<p class="notice">${this.t('distributionChart.denied')}</p>`;
    const { team } = view;
    const title = view.managerName ? html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('distributionChart.titleFor', { name: view.managerName })}</h3>` : plainTitle;
    if (team.counted === 0) return html`${title}<p class="muted">${this.t('distributionChart.empty')}</p>`;
    return html`
      <header>${title}</header>
      <p class="summary verdict" part="verdict">${this.verdict(team)}</p>
      ${view.unseen > 0 ? html`<p class="small muted">${this.t('distributionChart.unseen', { count: view.unseen })}</p>` : nothing}
      ${this.renderHistogram(team)}
      ${this.renderStretch(team)}
    `;
  }

  private renderHistogram(team: TeamDistribution) {
    const failed = this.histogramDrawing.error !== undefined;
    const open = this.showHistogramTable || failed;
    const width = this.widthText(team);
    return html`<section class="view" aria-labelledby="histogram-title">
      <header>
        <h4 aria-level=${this.headingAria(4)} id="histogram-title">${this.t('distributionChart.histogram', { width })}</h4>
        ${failed ? nothing : html`<button class="button quiet" aria-expanded=${open ? 'true' : 'false'} aria-controls="histogram-data" @click=${() => { this.showHistogramTable = !this.showHistogramTable; }}>
          ${open ? this.t('chart.hideTable') : this.t('chart.showTable')}
        </button>`}
      </header>
      <p class="small" id="histogram-summary">${this.spread(team)}</p>
      ${failed
        ? html`<p class="notice">${this.t('chart.loadFailed')} <button class="button quiet" @click=${() => this.histogramDrawing.retry()}>${this.t('common.retry')}</button></p>`
        : html`<figure class="frame" part="histogram">
            <canvas class="histogram" role="img" aria-label=${this.t('distributionChart.histogramCanvas', { width })} aria-describedby="histogram-summary"></canvas>
          </figure>`}
      <div id="histogram-data" class="data" ?hidden=${!open}>
        <table class="bands">
          <caption>${this.t('distributionChart.histogram', { width })}</caption>
          <thead><tr>
            <th scope="col">${this.t('distributionChart.band')}</th>
            <th scope="col" class="number">${this.t('distributionChart.reps')}</th>
          </tr></thead>
          <tbody>
            ${team.bands.map((band) => html`<tr><th scope="row">${this.bandLabel(band, team)}</th><td class="number">${band.count}</td></tr>`)}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderStretch(team: TeamDistribution) {
    const failed = this.stretchDrawing.error !== undefined;
    const open = this.showStretchTable || failed;
    const bounds = { min: this.ratio(ATTAINABLE_STRETCH.min), max: this.ratio(ATTAINABLE_STRETCH.max) };
    const height = Math.max(160, team.reps.length * 24 + 60);
    return html`<section class="view" aria-labelledby="stretch-title">
      <header>
        <h4 aria-level=${this.headingAria(4)} id="stretch-title">${this.t('distributionChart.stretch')}</h4>
        ${failed || team.reps.length === 0 ? nothing : html`<button class="button quiet" aria-expanded=${open ? 'true' : 'false'} aria-controls="stretch-data" @click=${() => { this.showStretchTable = !this.showStretchTable; }}>
          ${open ? this.t('chart.hideTable') : this.t('chart.showTable')}
        </button>`}
      </header>
      <p class="small" id="stretch-summary">${this.t('distributionChart.stretchHint', bounds)}</p>
      ${team.hidden > 0 ? html`<p class="small muted hidden-note">${this.t('distributionChart.hiddenNote', { count: team.hidden })}</p>` : nothing}
      ${team.reps.length === 0
        ? html`<p class="muted">${this.t('distributionChart.noStretch')}</p>`
        : html`
          <ul class="legend">
            <li><span class="swatch zone"></span>${this.t('distributionChart.zone', bounds)}</li>
            ${VERDICTS.map((verdict) => html`<li><span class="swatch ${verdict}"></span>${this.t('distributionChart.legend', { verdict })}</li>`)}
          </ul>
          ${failed
            ? html`<p class="notice">${this.t('chart.loadFailed')} <button class="button quiet" @click=${() => this.stretchDrawing.retry()}>${this.t('common.retry')}</button></p>`
            : html`<figure class="frame stretch-frame" part="stretch" style=${styleProps({ height: `${height}px` })}>
                <canvas class="stretch" role="img" aria-label=${this.t('distributionChart.stretchCanvas')} aria-describedby="stretch-summary"></canvas>
              </figure>`}
          <div id="stretch-data" class="data" ?hidden=${!open}>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="stretch-caption">
              <table class="reps">
                <caption id="stretch-caption">${this.t('distributionChart.stretchTable')}</caption>
                <thead><tr>
                  <th scope="col">${this.t('distributionChart.col.rep')}</th>
                  <th scope="col" class="number">${this.t('distributionChart.col.quota')}</th>
                  <th scope="col" class="number">${this.t('distributionChart.col.trailing')}</th>
                  <th scope="col" class="number">${this.t('distributionChart.col.stretch')}</th>
                  <th scope="col">${this.t('distributionChart.col.reading')}</th>
                </tr></thead>
                <tbody>
                  ${team.reps.map((rep) => html`<tr>
                    <th scope="row">${this.repName(rep)}</th>
                    <td class="number">${this.money(rep.annualQuota)}</td>
                    <td class="number">${this.money(rep.trailing)}</td>
                    <td class="number">${this.ratio(rep.ratio)}</td>
                    <td>${this.t('distributionChart.verdictWord', { verdict: rep.verdict })}</td>
                  </tr>`)}
                </tbody>
              </table>
            </div>
          </div>`}
    </section>`;
  }
}
