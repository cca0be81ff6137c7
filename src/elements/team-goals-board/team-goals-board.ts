import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { styleProps } from '../style-props.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { GoalpostElement } from '../goalpost-element.js';
import { METER_ROLE } from '../aria.js';
import { CATEGORY_ICONS } from '../goal-card/category-icons.js';
import { LiveQuery } from '../../controllers/live-query.js';
import { fields } from '../../styles/fields.js';
import { tokens, controls } from '../../styles/tokens.js';
import { boardStyles } from './team-goals-board.styles.js';
import { loadTeamBoard } from './board-query.js';
import type { TeamBoardData } from './board-query.js';
import type * as BoardDetailsModule from './board-details.js';
import type { NestedContext } from './board-details.js';
import { BoardPhrases, firstName } from './board-phrases.js';
import { BOARD_COLUMNS, defaultDirection, sortRows } from '../../core/team-review.js';
import type { BoardColumn, GoalLine, RepReview, SortDirection, TeamSummary } from '../../core/team-review.js';
import type { Driver, Id } from '../../core/types.js';
import { board } from '../../i18n/en/board.js';
// The category names of the goals in each row.
import { goalCard } from '../../i18n/en/goal-card.js';

export const DRIVER_ICONS: Record<Driver, string> = {
  money: '💰',
  winning: '🏆',
  recognition: '👏',
  growth: '🌱',
  purpose: '🧭',
};

/** Fields where Escape belongs to the person typing, not to closing the details. */
const TYPING_FIELDS = 'textarea, select, input:not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]):not([type="reset"])';

/** Commitments listed in a row; the rest are counted, and all show in the rep's check-ins. */
const COMMITMENTS_SHOWN = 1;

export interface RepToggleDetail {
  personId: Id;
}

type BoardDetails = typeof BoardDetailsModule;

/**
 * The manager's Monday review: one row per direct report with attainment and pace, the goals the
 * rep shares (a summary-only goal by its category, never its title; a private goal not at all),
 * what drives them, days since their last check-in and recognition, what is at risk, the
 * manager's own open promises, and one next step in the rep's style. Rows sort by any column,
 * filter to those at risk, and open in place to the rep's goal cards, quota meter and check-ins.
 *
 * Keyboard: Tab reaches the current row; ↑ and ↓ (Home, End) move between rows; Enter or Space
 * opens a rep; Escape closes them and returns focus to their row.
 *
 * @fires {CustomEvent<RepToggleDetail>} goalpost-rep-open - The manager opened a rep's details (detail: `{ personId }`).
 * @fires {CustomEvent<RepToggleDetail>} goalpost-rep-close - The manager closed a rep's details (detail: `{ personId }`).
 * @csspart board - The frame.
 * @csspart summary - The team figures on top.
 * @csspart table - The scrolling box around the table.
 * @csspart detail - A rep's opened details.
 */
export class TeamGoalsBoard extends GoalpostElement {
  protected static override topHeading = 2;
  static override styles = [tokens, controls, fields, boardStyles];
  static override messages = { ...board, ...goalCard };
  /** The goal cards, meter and check-ins of an opened rep load with the first one opened (see board-details.ts). */
  protected static loadDetails = (): Promise<BoardDetails> => import('./board-details.js');

  @state() private activeRepId?: Id;
  @state() private announcement = '';
  /** What an opened rep's details render, once here. */
  @state() private details?: BoardDetails;
  /** The details' code did not arrive (offline): the opened row says so, and the next open tries again. */
  @state() private detailsFailed = false;
  private detailsLoading?: Promise<void>;
  private detailsPrefetched = false;

  /** The manager whose direct reports to show; defaults to the viewer. */
  @property({ attribute: 'manager-id', reflect: true }) managerId?: string;

  /** The column rows are sorted by. */
  @property({ attribute: 'sort-by', reflect: true }) sortBy: BoardColumn = 'risk';

  /** `ascending` or `descending`. */
  @property({ attribute: 'sort-direction', reflect: true }) sortDirection: SortDirection = 'descending';

  /** Shows only the reps at risk. */
  @property({ attribute: 'at-risk-only', type: Boolean, reflect: true }) atRiskOnly = false;

  /** Id of the rep whose details are open. */
  @property({ attribute: 'expanded-rep', reflect: true }) expandedRep?: string;

  private lastSummary?: TeamSummary;

  private readonly data = new LiveQuery(this, {
    collections: ['people', 'goals', 'bookings', 'checkins', 'recognitions', 'profiles', 'plans'],
    args: () => [this.effectiveManagerId, this.mayView, this.today()] as const,
    enabled: ([managerId, mayView]) => Boolean(managerId) && mayView,
    load: (storage, [managerId, , today], signal) => loadTeamBoard(storage, managerId!, today, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('expandedRep') && this.expandedRep) this.requestDetails();
    // Announce figures that changed under the manager's eyes (a deal booked, a check-in logged).
    const summary = this.view?.summary;
    if (!summary) return;
    const previous = this.lastSummary;
    if (previous && previous !== summary && (previous.atRisk !== summary.atRisk || previous.attainment !== summary.attainment)) {
      this.announcement = this.t('board.updated', { atRisk: summary.atRisk, attainment: this.phrases.percent(summary.attainment ?? 0) });
    }
    this.lastSummary = summary;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A manager looking at their reps will open one: have the details at hand by then, so the
    // first opened row shows them at once.
    if (!this.detailsPrefetched && this.view?.rows.length) {
      this.detailsPrefetched = true;
      this.prefetchWhenIdle(() => this.ownClass.loadDetails().then((details) => {
        this.details ??= details;
      }));
    }
  }

  private get ownClass(): typeof TeamGoalsBoard {
    return this.constructor as typeof TeamGoalsBoard;
  }

  /** Loads the details' elements once; a failure shows in the opened row, and the next open or Retry asks again. */
  private requestDetails(): void {
    if (this.details || this.detailsLoading) return;
    this.detailsFailed = false;
    this.detailsLoading = this.ownClass.loadDetails().then(
      (details) => {
        this.details = details;
      },
      (error: unknown) => {
        this.detailsLoading = undefined;
        this.detailsFailed = true;
        console.warn('[goalpost] team-goals-board could not load a rep’s details:', error);
      },
    );
  }

  private get effectiveManagerId(): string | undefined {
    return this.managerId || this.currentViewer?.personId;
  }

  /** Reps never see the board; a system view (no viewer) needs a named manager. */
  private get mayView(): boolean {
    const viewer = this.currentViewer;
    if (viewer === null) return Boolean(this.managerId);
    return viewer.role !== 'rep';
  }

  /** The viewer is the manager whose team this is: "you" rather than their name. */
  private get viewerIsManager(): boolean {
    const viewer = this.currentViewer;
    return viewer !== null && viewer.personId === this.effectiveManagerId;
  }

  private get view(): TeamBoardData | undefined {
    return this.data.value ?? undefined;
  }

  private get phrases(): BoardPhrases {
    return new BoardPhrases((key, ...params) => this.t(key, ...params), this.locale);
  }

  private visibleRows(view: TeamBoardData): RepReview[] {
    const rows = this.atRiskOnly ? view.rows.filter((r) => r.atRisk) : view.rows;
    return sortRows(rows, this.sortBy, this.sortDirection, this.locale);
  }

  private columnLabel(column: BoardColumn): string {
    if (column === 'commitments') {
      const name = this.viewerIsManager ? undefined : this.view?.manager && firstName(this.view.manager.name);
      return this.t('board.col.commitments', name ? { name } : {});
    }
    return this.t(`board.col.${column}`);
  }

  // --- handlers -------------------------------------------------------------------------------

  private sort(column: BoardColumn): void {
    if (this.sortBy === column) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortBy = column;
      this.sortDirection = defaultDirection(column);
    }
    this.announcement = this.t('board.sorted', { column: this.columnLabel(column), direction: this.sortDirection });
  }

  private toggleAtRisk(event: Event): void {
    this.atRiskOnly = (event.target as HTMLInputElement).checked;
    const view = this.view;
    if (!view) return;
    const rows = this.visibleRows(view);
    if (this.expandedRep && !rows.some((r) => r.person.id === this.expandedRep)) this.expandedRep = undefined;
    this.announcement = this.t('board.showing', { shown: rows.length, total: view.rows.length });
  }

  private toggleRep(personId: Id): void {
    this.activeRepId = personId;
    if (this.expandedRep === personId) {
      this.closeRep(personId, false);
      return;
    }
    this.expandedRep = personId;
    this.emit<RepToggleDetail>('goalpost-rep-open', { personId });
  }

  private closeRep(personId: Id, refocus: boolean): void {
    if (this.expandedRep !== personId) return;
    this.expandedRep = undefined;
    this.emit<RepToggleDetail>('goalpost-rep-close', { personId });
    if (refocus) void this.updateComplete.then(() => this.focusRep(personId));
  }

  private focusRep(personId: Id): void {
    this.activeRepId = personId;
    const button = this.renderRoot.querySelector<HTMLButtonElement>(`button.rep-button[data-rep="${CSS.escape(personId)}"]`);
    button?.focus();
  }

  private onRowKeydown(event: KeyboardEvent, rows: readonly RepReview[], row: RepReview): void {
    const index = rows.indexOf(row);
    let target: RepReview | undefined;
    switch (event.key) {
      case 'ArrowDown':
        target = rows[Math.min(rows.length - 1, index + 1)];
        break;
      case 'ArrowUp':
        target = rows[Math.max(0, index - 1)];
        break;
      case 'Home':
        target = rows[0];
        break;
      case 'End':
        target = rows.at(-1);
        break;
      case 'Escape':
        if (this.expandedRep === row.person.id) {
          event.preventDefault();
          this.closeRep(row.person.id, true);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (target) this.focusRep(target.person.id);
  }

  private onDetailKeydown(event: KeyboardEvent, personId: Id): void {
    // A control inside (an open form, a menu) may use Escape itself first.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape in a field being typed into (a check-in note) must not throw the typing away.
    const origin = event.composedPath()[0];
    if (origin instanceof HTMLElement && (origin.isContentEditable || origin.matches(TYPING_FIELDS))) return;
    event.preventDefault();
    this.closeRep(personId, true);
  }

  // --- render ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<section class="board" part="board" aria-labelledby="board-title" aria-busy=${this.data.loading && this.mayView ? 'true' : 'false'}>
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderTitle(period?: string): TemplateResult {
    const manager = this.view?.manager;
    const title = !this.mayView
      ? this.t('board.title.generic')
      : this.viewerIsManager || !manager ? this.t('board.title.self') : this.t('board.title.other', { name: manager.name });
    return html`<div class="titles">
      <h2 aria-level=${this.headingAria(2)} id="board-title">${title}</h2>
      ${period ? html`<p class="period">${this.t('board.period', { period })}</p>` : nothing}
    </div>`;
  }

  private renderBody(): TemplateResult {
    if (!this.mayView || !this.effectiveManagerId) {
      return html`${this.renderTitle()}<div class="state not-manager">
        <p><strong>${this.t('board.notManager')}</strong></p>
        <p class="hint">${this.t('board.notManager.hint')}</p>
      </div>`;
    }
    const view = this.view;
    const error = this.data.error;
    if (error && !view) {
      return html`${this.renderTitle()}<div class="state">
        <div class="error-box" role="alert">${this.t('common.error', { message: this.errorText(error) })}</div>
        <div><button type="button" class="button retry" @click=${() => this.data.refresh()}>${this.t('common.retry')}</button></div>
      </div>`;
    }
    if (!view) {
      return html`${this.renderTitle()}<div class="state loading" role="status">
        <span class="visually-hidden">${this.t('board.loading')}</span>
        ${[0, 1, 2, 3, 4].map(() => html`<div class="skeleton" aria-hidden="true"><span></span><span></span><span></span><span></span></div>`)}
      </div>`;
    }
    if (view.rows.length === 0) {
      return html`${this.renderTitle()}<div class="state empty">
        <p><strong>${this.t('board.empty')}</strong></p>
        <p class="hint">${this.t('board.empty.hint')}</p>
      </div>`;
    }
    const rows = this.visibleRows(view);
    const range = view.rows.find((r) => r.pace)?.pace?.period;
    const period = range && this.periodName(range);
    const active = rows.some((r) => r.person.id === this.activeRepId) ? this.activeRepId : rows[0]?.person.id;
    return html`
      <header class="head">
        ${this.renderTitle(period)}
        <label class="toggle">
          <input type="checkbox" class="at-risk-toggle" .checked=${this.atRiskOnly} @change=${this.toggleAtRisk} />
          <span>${this.t('board.filter.atRisk', { count: view.summary.atRisk })}</span>
        </label>
      </header>
      ${this.renderSummary(view.summary)}
      ${error ? html`<div class="error-box inline-error" role="alert">
          ${this.t('common.error', { message: this.errorText(error) })}
          <button type="button" class="button quiet retry" @click=${() => this.data.refresh()}>${this.t('common.retry')}</button>
        </div>` : nothing}
      <p class="hint keyboard-hint" id="keyboard-hint">${this.t('board.keyboardHint')}</p>
      <div class="scroller" part="table">
        <table aria-describedby="keyboard-hint">
          <caption class="visually-hidden">${this.t('board.caption', { team: this.viewerIsManager || !view.manager ? this.t('board.title.self') : this.t('board.title.other', { name: view.manager.name }) })}</caption>
          <thead>
            <tr>${BOARD_COLUMNS.map((column) => this.renderHeader(column))}</tr>
          </thead>
          <tbody>
            ${repeat(rows, (row) => row.person.id, (row) => this.renderRow(row, rows, row.person.id === active))}
          </tbody>
        </table>
      </div>
      ${rows.length === 0 ? html`<p class="state none-at-risk">${this.t('board.noneAtRisk')}</p>` : nothing}
    `;
  }

  private renderSummary(summary: TeamSummary): TemplateResult {
    const p = this.phrases;
    const managerName = this.viewerIsManager ? undefined : this.view?.manager && firstName(this.view.manager.name);
    return html`<dl class="summary" part="summary" aria-label=${this.t('board.summary.label')}>
      <div class="stat">
        <dt>${this.t('board.summary.attainment')}</dt>
        ${summary.attainment !== undefined && summary.booked && summary.quota
          ? html`<dd><strong class="team-attainment">${p.percent(summary.attainment)}</strong>
              <span class="hint">${this.t('board.summary.attainment.detail', { booked: p.money(summary.booked), quota: p.money(summary.quota) })}</span></dd>`
          : html`<dd><span class="hint">${this.t('board.summary.noPlans')}</span></dd>`}
      </div>
      <div class="stat">
        <dt>${this.t('board.summary.pace')}</dt>
        <dd><strong class="pace-counts">${this.t('board.summary.pace.value', { ahead: summary.ahead, behind: summary.behind })}</strong></dd>
      </div>
      <div class="stat ${summary.atRisk > 0 ? 'warn' : ''}">
        <dt>${this.t('board.summary.atRisk')}</dt>
        <dd><strong class="at-risk-count">${summary.atRisk}</strong></dd>
      </div>
      <div class="stat ${summary.checkInsOverdue > 0 ? 'warn' : ''}">
        <dt>${this.t('board.summary.checkIns')}</dt>
        <dd><strong class="overdue-checkins">${summary.checkInsOverdue}</strong></dd>
      </div>
      <div class="stat ${summary.overdueCommitments > 0 ? 'danger' : ''}">
        <dt>${this.t('board.summary.commitments', managerName ? { name: managerName } : {})}</dt>
        <dd><strong class="open-commitments">${summary.openCommitments}</strong>
          ${summary.overdueCommitments > 0 ? html`<span class="overdue-note">${this.t('board.summary.commitments.overdue', { count: summary.overdueCommitments })}</span>` : nothing}</dd>
      </div>
    </dl>`;
  }

  private renderHeader(column: BoardColumn): TemplateResult {
    const sorted = this.sortBy === column;
    const arrow = sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '↕';
    return html`<th scope="col" class="col-${column}" aria-sort=${sorted ? this.sortDirection : 'none'}>
      <button type="button" class="sort" data-column=${column} @click=${() => this.sort(column)}>
        <span>${this.columnLabel(column)}</span><span class="arrow ${sorted ? 'on' : ''}" aria-hidden="true">${arrow}</span>
      </button>
    </th>`;
  }

  private renderRow(row: RepReview, rows: readonly RepReview[], active: boolean): TemplateResult {
    const id = row.person.id;
    const open = this.expandedRep === id;
    const p = this.phrases;
    return html`<tr class="rep-row ${row.atRisk ? 'at-risk' : ''} ${open ? 'open' : ''}" data-rep=${id}>
        <th scope="row" class="col-rep">
          <button
            type="button"
            class="rep-button"
            data-rep=${id}
            tabindex=${active ? '0' : '-1'}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${open ? `detail-${id}` : nothing}
            @click=${() => this.toggleRep(id)}
            @focus=${() => { this.activeRepId = id; }}
            @keydown=${(e: KeyboardEvent) => this.onRowKeydown(e, rows, row)}
          ><span class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span><span class="name">${row.person.name}</span></button>
          ${row.person.title ? html`<span class="rep-title">${row.person.title}</span>` : nothing}
        </th>
        <td class="col-attainment">${this.renderAttainment(row)}</td>
        <td class="col-risk">${row.risks.length > 0
          ? html`<span class="risk ${row.atRisk ? 'at-risk' : ''}"><span aria-hidden="true">${row.atRisk ? '⚠ ' : '• '}</span>${p.riskLine(row)}</span>`
          : html`<span class="ok"><span aria-hidden="true">✓ </span>${this.t('board.risk.none')}</span>`}</td>
        <td class="col-nextStep"><span class="next-step">${p.nextStep(row.nextStep, row.person.name)}</span></td>
        <td class="col-driver">${row.driver
          ? html`<span class="driver"><span aria-hidden="true">${DRIVER_ICONS[row.driver]}</span> ${this.t(`board.driver.${row.driver}`)}</span>`
          : html`<span class="muted">${this.t('board.driver.none')}</span>`}</td>
        <td class="col-goals">${this.renderGoals(row)}</td>
        <td class="col-checkIn ${row.checkIn.flagged ? 'flagged' : ''}">${this.renderCheckIn(row)}</td>
        <td class="col-recognition ${row.recognition.flagged ? 'flagged' : ''}">${this.renderRecognition(row)}</td>
        <td class="col-commitments">${this.renderCommitments(row)}</td>
      </tr>
      ${open ? this.renderDetail(row) : nothing}`;
  }

  private renderAttainment(row: RepReview): TemplateResult {
    const pace = row.pace;
    if (!pace) return html`<span class="muted">${this.t('board.noPlan')}</span>`;
    const p = this.phrases;
    const now = Math.round(pace.attainment * 100);
    const max = Math.max(100, now);
    const at = (share: number) => `${Math.min(100, Math.max(0, (share * 100 * 100) / max))}%`;
    const status = pace.status;
    return html`<div class="attainment">
      <div
        class="mini-meter"
        role=${METER_ROLE}
        aria-label=${this.t('board.attainment.label', { name: row.person.name })}
        aria-valuemin="0"
        aria-valuemax=${max}
        aria-valuenow=${now}
        aria-valuetext=${p.attainmentText(row)}
      >
        <span class="fill ${status}" style=${styleProps({ width: at(pace.attainment) })}></span>
        <span class="marker" style=${styleProps({ insetInlineStart: at(pace.expectedAttainment) })}></span>
      </div>
      <span class="figures"><strong>${p.percent(pace.attainment)}</strong>
        <span class="pace ${status}"><span aria-hidden="true">${status === 'ahead' ? '▲' : status === 'behind' ? '▼' : '●'}</span> ${p.pace(row)}</span></span>
    </div>`;
  }

  private renderGoalLine(line: GoalLine): TemplateResult {
    const p = this.phrases;
    const percent = line.progress !== undefined ? p.percent(line.progress) : undefined;
    if (line.kind === 'summary') {
      // Only what a summary carries: its category and progress. Never a title.
      const category = this.t(`goal.category.${line.goal.category}`);
      return html`<li class="goal summary-goal"><span aria-hidden="true">${CATEGORY_ICONS[line.goal.category] ?? ''} </span><span class="goal-name">${this.t('board.goal.summary', { category })}</span>${percent ? html` <strong>${percent}</strong>` : nothing} <span class="muted">${this.t('board.goal.summaryTag')}</span></li>`;
    }
    return html`<li class="goal whole-goal"><span aria-hidden="true">${CATEGORY_ICONS[line.goal.category] ?? ''} </span><span class="goal-name">${line.goal.title}</span>${percent ? html` <strong>${percent}</strong>` : html` <span class="muted">${this.t('board.goal.noTarget')}</span>`}</li>`;
  }

  private renderGoals(row: RepReview): TemplateResult {
    const active = row.goals.filter((line) => line.goal.status === 'active');
    const inactive = row.goals.length - active.length;
    if (row.goals.length === 0) return html`<span class="muted">${this.t('board.goal.none')}</span>`;
    return html`<ul class="goals">
      ${active.map((line) => this.renderGoalLine(line))}
      ${inactive > 0 ? html`<li class="muted">${this.t('board.goal.inactive', { count: inactive })}</li>` : nothing}
    </ul>`;
  }

  private renderCheckIn(row: RepReview): TemplateResult {
    const clock = row.checkIn;
    const when = clock.daysSince === undefined ? this.t('board.checkIn.never') : this.phrases.daysAgo(clock.daysSince);
    return html`<span class="days">${clock.flagged ? html`<span class="flag" aria-hidden="true">⚠</span> ` : nothing}${when}</span>
      ${clock.flagged ? html`<span class="flag-note">${this.t('board.checkIn.flag', { days: clock.thresholdDays })}</span>` : nothing}`;
  }

  private renderRecognition(row: RepReview): TemplateResult {
    const clock = row.recognition;
    if (clock.preference === 'none') return html`<span class="muted">${this.t('board.recognition.prefersNone')}</span>`;
    const when = clock.daysSince === undefined ? this.t('board.recognition.none') : this.phrases.daysAgo(clock.daysSince);
    return html`<span class="days">${clock.flagged ? html`<span class="flag" aria-hidden="true">⚠</span> ` : nothing}${when}</span>
      ${clock.flagged ? html`<span class="flag-note">${this.t('board.recognition.flag', { days: clock.thresholdDays })}</span>` : nothing}
      ${clock.preference === 'private' ? html`<span class="muted pref">${this.t('board.recognition.prefersPrivate')}</span>` : nothing}`;
  }

  private renderCommitments(row: RepReview): TemplateResult {
    if (row.commitments.length === 0) return html`<span class="muted">${this.t('board.commitment.none')}</span>`;
    const managerName = this.viewerIsManager ? undefined : this.view?.manager && firstName(this.view.manager.name);
    const shown = row.commitments.slice(0, COMMITMENTS_SHOWN);
    const more = row.commitments.length - shown.length;
    return html`<ul class="commitments">
      ${shown.map((commitment) => {
        const { text, when } = this.phrases.commitment(commitment, managerName);
        return html`<li class="commitment ${commitment.state}">${text} — <span class="when">${commitment.state === 'overdue' ? html`<span aria-hidden="true">⚠ </span>` : nothing}${when}</span></li>`;
      })}
      ${more > 0 ? html`<li class="muted">${this.t('board.commitment.more', { count: more })}</li>` : nothing}
    </ul>`;
  }

  private renderDetail(row: RepReview): TemplateResult {
    const id = row.person.id;
    const name = row.person.name;
    const coaching = row.profile?.coachingNote.trim();
    return html`<tr class="detail-row" id="detail-${id}">
      <td colspan=${BOARD_COLUMNS.length}>
        <section
          class="detail"
          part="detail"
          aria-label=${this.t('board.detail.label', { name })}
          aria-busy=${this.details || this.detailsFailed ? 'false' : 'true'}
          @keydown=${(e: KeyboardEvent) => this.onDetailKeydown(e, id)}
        >
          <header class="detail-head">
            <h3 aria-level=${this.headingAria(3)} tabindex="-1">${name}</h3>
            <button type="button" class="button quiet close-detail" @click=${() => this.closeRep(id, true)}>${this.t('board.detail.close', { name: firstName(name) })}</button>
          </header>
          ${coaching ? html`<blockquote class="coaching"><span class="label">${this.t('board.detail.coaching')}</span> “${coaching}”</blockquote>` : nothing}
          ${this.details ? this.renderDetailGrid(row, this.details) : this.renderDetailPending()}
        </section>
      </td>
    </tr>`;
  }

  /** While the details' elements are on their way: a skeleton, or why they are not here and a retry. */
  private renderDetailPending(): TemplateResult {
    if (this.detailsFailed) {
      return html`<div class="error-box inline-error detail-error" role="alert">
        ${this.t('board.detail.unavailable')}
        <button type="button" class="button quiet retry" @click=${this.retryDetails}>${this.t('common.retry')}</button>
      </div>`;
    }
    return html`<div class="state detail-loading" role="status">
      <span class="visually-hidden">${this.t('board.detail.loading')}</span>
      ${[0, 1, 2].map(() => html`<div class="skeleton" aria-hidden="true"><span></span><span></span><span></span><span></span></div>`)}
    </div>`;
  }

  private retryDetails(event: Event): void {
    // The button goes away as the details load: keep focus in them (on the rep's name), not lost to the page.
    const name = (event.currentTarget as HTMLElement).closest('.detail')?.querySelector<HTMLElement>('h3');
    name?.focus();
    this.requestDetails();
    // Failed again: back to the new Retry, if the manager is still on the rep's name.
    void this.detailsLoading?.then(async () => {
      if (!this.detailsFailed) return;
      await this.updateComplete;
      if (name && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === name) {
        name.closest('.detail')?.querySelector<HTMLElement>('.retry')?.focus();
      }
    });
  }

  private renderDetailGrid(row: RepReview, details: BoardDetails): TemplateResult {
    const id = row.person.id;
    // Children read the same storage and viewer: through the provider's context, or the ones
    // this board was handed directly.
    const nested: NestedContext = { registry: this.registry, headingLevel: this.levelOf(4) + 1, storage: this.storage, viewer: this.viewer, theme: this.theme };
    return html`<div class="detail-grid">
      <div class="detail-goals">
        <h4 aria-level=${this.headingAria(4)}>${this.t('board.detail.goals')}</h4>
        ${row.goals.length === 0
          ? html`<p class="muted">${this.t('board.detail.noGoals', { name: firstName(row.person.name) })}</p>`
          : details.goalCards(row.goals, nested)}
      </div>
      <div class="detail-side">
        <h4 aria-level=${this.headingAria(4)}>${this.t('board.detail.quota')}</h4>
        ${details.quotaMeter(id, nested)}
        <h4 aria-level=${this.headingAria(4)}>${this.t('board.detail.checkIns')}</h4>
        ${details.checkins(id, nested)}
      </div>
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goalpost-rep-open': CustomEvent<RepToggleDetail>;
    'goalpost-rep-close': CustomEvent<RepToggleDetail>;
  }
}
