import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../style-props.js';
import { GoalpostElement } from '../goalpost-element.js';
import { METER_ROLE } from '../aria.js';
import { LiveQuery } from '../../controllers/live-query.js';
import { loadGoalView } from '../../context/goal-view.js';
import type { GoalView } from '../../context/goal-view.js';
import { tokens, controls, skeleton, card } from '../../styles/tokens.js';
import { goalCardStyles } from './goal-card.styles.js';
import { CATEGORY_ICONS } from './category-icons.js';
import type { GoalEditor, GoalEditorCard, GoalEditorContext, GoalStatusLine } from './goal-editor.js';
import { formatMoney } from '../../core/money.js';
import { isGoalSummary } from '../../core/types.js';
import type { GoalSummary, IsoDate, Money, PersonalGoal, Visibility } from '../../core/types.js';
import { formatDate, formatDaysFrom, formatPercent } from '../../i18n/format.js';
import { goalCard } from '../../i18n/en/goal-card.js';

export { CATEGORY_ICONS };

export type GoalCardMode = 'view' | 'edit' | 'create';
export type GoalCardVariant = 'full' | 'compact';

export interface GoalSaveDetail {
  goal: PersonalGoal;
  created: boolean;
}

/**
 * One personal goal: what it is, why it matters, how far quota and commission have funded it,
 * its milestones and its next review. The goal's owner can edit, create and delete; a manager
 * with summary rights sees only category, progress, status and next check-in.
 *
 * @fires {CustomEvent<GoalSaveDetail>} goalpost-goal-save - After a goal is saved (created or changed) by the person using the card.
 * @fires {CustomEvent<{ goalId: string }>} goalpost-goal-delete - After the person using the card deleted the goal.
 * @csspart card - The card's frame.
 * @csspart meter - The funding meter.
 * @csspart form - The edit and create form.
 */
export class GoalCard extends GoalpostElement {
  static override styles = [tokens, controls, card, goalCardStyles, skeleton];
  static override messages = { ...goalCard };
  /** Where the editor's code comes from, so a test can stand in a fetch that fails (a page gone offline). @internal */
  protected static loadEditor = () => import('./goal-editor.js');

  @state() private status?: GoalStatusLine;
  @state() private deleted = false;
  /** What the card shows while a save is in flight, so the change appears at once. */
  @state() private optimistic?: PersonalGoal;
  /**
   * The form and the delete confirmation, loaded the first time the owner asks for either (see
   * `goal-editor.ts`): most visits only read the goal.
   */
  @state() private editor?: GoalEditor;
  @state() private editorLoading?: Promise<void>;
  /** The editor's code could not be fetched; it is fetched again when the person asks. */
  private editorFailed = false;
  private editorPrefetched = false;

  /** Id of the goal to read through storage. */
  @property({ attribute: 'goal-id', reflect: true }) goalId?: string;

  /** A goal handed in directly instead of read by id. */
  @property({ attribute: false }) goal?: PersonalGoal | GoalSummary;

  /** `compact` shows the title, the meter and the date only. */
  @property({ reflect: true }) variant: GoalCardVariant = 'full';

  /** `edit` and `create` open the form; the owner can also switch with the Edit button. */
  @property({ reflect: true }) mode: GoalCardMode = 'view';

  private readonly data = new LiveQuery(this, {
    collections: ['goals', 'checkins', 'bookings', 'plans', 'people'],
    args: () => [this.goalId, this.goal, this.currentViewer, this.today()] as const,
    enabled: ([id, goal]) => Boolean(id || goal),
    load: (storage, [id, goal, viewer, today], signal) => loadGoalView(storage, goal ?? id!, viewer, today, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Put in `edit` or `create` again from outside: try the form's code again if it failed.
    if (changed.has('mode') && this.mode !== 'view') this.editorFailed = false;
    // A new goal from another source starts clean; the one just created here keeps its "Saved.".
    const justCreated = changed.get('mode') === 'create';
    if ((changed.has('goalId') || changed.has('goal')) && this.mode !== 'create' && !justCreated) {
      this.deleted = false;
      this.status = undefined;
    }
  }

  protected override updated(): void {
    // `edit` opens the form once the goal has loaded, `create` at once.
    const ready = this.mode === 'create' || (this.mode === 'edit' && this.wholeGoal);
    if (ready && !this.editor?.open && !this.editorFailed) this.openEditor(false);
    // The owner may edit: have the form at hand before they ask for it.
    if (!this.editorPrefetched && this.view?.editable && this.wholeGoal) {
      this.editorPrefetched = true;
      this.prefetchWhenIdle(() => (this.constructor as typeof GoalCard).loadEditor());
    }
  }

  private get view(): GoalView | undefined {
    return this.data.value ?? undefined;
  }

  /** The stored goal when the viewer may see all of it. */
  private get wholeGoal(): PersonalGoal | undefined {
    const goal = this.view?.goal;
    return goal && !isGoalSummary(goal) ? goal : undefined;
  }

  private money(value: Money, style: 'exact' | 'whole' = 'whole'): string {
    return formatMoney(value, this.locale, { style });
  }

  private managerName(): string {
    return this.view?.manager?.name.split(' ')[0] ?? this.t('goal.yourManager');
  }

  private visibilityWords(visibility: Visibility): string {
    const viewer = this.currentViewer;
    const isOwner = !viewer || viewer.personId === this.view?.goal.ownerId || this.mode === 'create';
    if (isOwner) {
      if (visibility === 'private') return this.t('goal.visibility.private');
      return this.t(`goal.visibility.${visibility}`, { manager: this.managerName() });
    }
    if (visibility === 'manager-summary') return this.t('goal.visibility.sharedSummary');
    if (visibility === 'team') return this.t('goal.visibility.sharedTeam');
    return this.t('goal.visibility.sharedWithYou');
  }

  // --- the editor ------------------------------------------------------------------------------

  /**
   * Runs `then` with the editor, fetching its code the first time. While the code is on its way
   * the card says it is busy and the owner's buttons do nothing more; if the fetch fails, the
   * status line says so and the next request fetches again.
   */
  private withEditor(then: (editor: GoalEditor) => void): void {
    if (this.editor) return then(this.editor);
    this.editorLoading ??= (this.constructor as typeof GoalCard).loadEditor().then(
      ({ GoalEditor, goalEditorStyles, goalEditorStrings }) => {
        this.adoptPart(goalEditorStyles, goalEditorStrings);
        this.editor = new GoalEditor(this, () => this.editorContext(), this.editorCard());
        this.editorLoading = undefined;
        then(this.editor);
      },
      () => {
        this.editorLoading = undefined;
        this.editorFailed = true;
        if (this.mode === 'edit') this.mode = 'view';
        this.status = { kind: 'error', text: this.t('common.partUnavailable') };
      },
    );
  }

  /** Opens the form the mode asks for: on the stored goal to edit, or empty to create one. */
  private openEditor(focus: boolean): void {
    this.withEditor((editor) => {
      const creating = this.mode === 'create';
      const goal = this.wholeGoal;
      if (creating || (this.mode === 'edit' && goal)) editor.start(creating ? undefined : goal, focus && this.focusStillHere);
    });
  }

  private editorContext(): GoalEditorContext {
    return {
      t: (key, ...params) => this.t(key, ...params),
      locale: this.locale,
      currency: this.currency,
      store: this.store,
      viewerId: this.currentViewer?.personId,
      today: this.today(),
      creating: this.mode === 'create',
      goal: this.wholeGoal,
      headingAria: (tag) => this.headingAria(tag),
      visibilityWords: (visibility) => this.visibilityWords(visibility),
      managerName: this.managerName(),
      statusLine: () => this.renderStatusLine(),
    };
  }

  private editorCard(): GoalEditorCard {
    return {
      say: (status) => (this.status = status),
      showWhileSaving: (goal) => {
        this.optimistic = goal;
        this.mode = 'view';
      },
      saved: async (saved, created) => {
        this.mode = 'view';
        if (created) {
          this.goal = undefined;
          this.goalId = saved.id;
        }
        this.status = { kind: 'ok', text: this.t('goal.saved') };
        // Keep showing the saved goal until the fresh read arrives, so nothing flickers back.
        this.optimistic = created ? undefined : saved;
        await this.data.refresh();
        this.optimistic = undefined;
        this.emit<GoalSaveDetail>('goalpost-goal-save', { goal: saved, created });
      },
      notSaved: (creating) => {
        this.optimistic = undefined;
        this.mode = creating ? 'create' : 'edit';
      },
      cancelled: (creating) => {
        this.mode = 'view';
        if (!creating) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.edit-button')?.focus());
      },
      deleted: (goalId) => {
        this.deleted = true;
        this.status = { kind: 'ok', text: this.t('goal.deleted') };
        this.emit('goalpost-goal-delete', { goalId });
      },
      refresh: () => this.data.refresh(),
    };
  }

  // --- handlers -------------------------------------------------------------------------------

  private startEdit(): void {
    if (!this.wholeGoal || this.editorLoading) return;
    this.editorFailed = false;
    this.status = undefined;
    this.mode = 'edit';
    this.openEditor(true);
  }

  private retryEditor(): void {
    this.editorFailed = false;
    this.status = undefined;
    this.openEditor(true);
  }

  private async toggleMilestone(goal: PersonalGoal, milestoneId: string, done: boolean): Promise<void> {
    const milestones = goal.milestones.map((m) => {
      if (m.id !== milestoneId) return m;
      const { doneOn: _previous, ...rest } = m;
      return done ? { ...rest, doneOn: this.today() } : rest;
    });
    const next = { ...goal, milestones };
    this.optimistic = next;
    try {
      const saved = await this.store.put('goals', next, { expectedVersion: goal.version });
      this.optimistic = saved;
      await this.data.refresh();
      this.optimistic = undefined;
      this.emit<GoalSaveDetail>('goalpost-goal-save', { goal: saved, created: false });
    } catch (error) {
      this.optimistic = undefined;
      this.status = { kind: 'error', text: this.t('goal.milestoneFailed', { message: this.errorText(error) }) };
    }
  }

  private askDelete(): void {
    if (this.editorLoading) return;
    this.status = undefined;
    this.withEditor((editor) => editor.askDelete());
  }

  // --- render ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const busy = this.data.loading || this.editorLoading !== undefined;
    return html`<article class="card" part="card" aria-busy=${busy ? 'true' : 'false'}>${this.renderBody()}</article>`;
  }

  private renderBody(): TemplateResult {
    if (this.mode === 'create') return this.renderEditor();
    if (this.deleted) return html`<p class="status-line ok" role="status">${this.t('goal.deleted')}</p>`;
    if (!this.goalId && !this.goal) {
      return html`<div class="empty"><p>${this.t('goal.empty')}</p></div>`;
    }
    const error = this.data.error;
    if (error && !this.view) {
      return this.renderReadError(error, () => this.data.refresh());
    }
    const view = this.view;
    if (!view) return this.renderLoading();
    if (isGoalSummary(view.goal)) return this.renderSummary(view.goal, view);
    if (this.mode === 'edit' && this.editor?.open) return this.renderEditor();
    return this.renderGoal(this.optimistic ?? view.goal, view);
  }

  private renderLoading(): TemplateResult {
    return html`<div class="skeleton" role="status" aria-label=${this.t('common.loading')}><span></span><span></span><span></span></div>`;
  }

  /** The form; for a new goal, until its code arrives, a placeholder (or why it did not come). */
  private renderEditor(): TemplateResult {
    if (this.editor?.open) return html`${this.editor.render()}`;
    if (!this.editorFailed) return this.renderLoading();
    return html`${this.renderStatusLine()}<div class="actions"><button class="button retry" @click=${this.retryEditor}>${this.t('common.retry')}</button></div>`;
  }

  private renderStatusLine() {
    return html`<p class="status-line ${this.status?.kind ?? ''}" role=${this.status?.kind === 'error' ? 'alert' : 'status'}>${this.status?.text ?? ''}</p>`;
  }

  private renderMeter(label: string, progress: number | undefined, valueText: string, savedShare?: number) {
    const percent = Math.round(Math.min(1, Math.max(0, progress ?? 0)) * 100);
    return html`<div
      class="meter"
      part="meter"
      role=${METER_ROLE}
      aria-label=${label}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${percent}
      aria-valuetext=${valueText}
    >
      <div class="fill ${percent >= 100 ? 'done' : ''}" style=${styleProps({ width: `${percent}%` })}></div>
      ${savedShare ? html`<div class="saved" style=${styleProps({ width: `${Math.round(Math.min(1, savedShare) * 100)}%` })}></div>` : nothing}
    </div>`;
  }

  /** The category and status badges that head every view of a goal. */
  private renderBadges(goal: GoalSummary | PersonalGoal, category: string, withStatus: boolean) {
    return html`<span class="badge"><span aria-hidden="true">${CATEGORY_ICONS[goal.category] ?? ''}</span>${category}</span>
      ${withStatus ? html`<span class="badge ${goal.status}">${this.t(`goal.status.${goal.status}`)}</span>` : nothing}`;
  }

  private renderNextCheckIn(on: IsoDate, overdue: boolean) {
    const relative = formatDaysFrom(this.today(), on, this.locale);
    return html`<li class=${overdue ? 'overdue' : ''}>${overdue ? this.t('goal.nextCheckInOverdue', { relative }) : this.t('goal.nextCheckIn', { relative })}</li>`;
  }

  private renderSummary(goal: GoalSummary, view: GoalView): TemplateResult {
    const percent = goal.progress !== undefined ? formatPercent(goal.progress, this.locale) : undefined;
    const category = this.t(`goal.category.${goal.category}`);
    const owner = view.owner?.name ?? '';
    return html`
      <header>
        <div class="heading">
          <span class="eyebrow">${this.renderBadges(goal, category, true)}</span>
          <h3 aria-level=${this.headingAria(3)}>${owner ? this.t('goal.owner', { name: owner }) : category}</h3>
        </div>
      </header>
      ${percent !== undefined
        ? html`<div class="figures">
            <div class="numbers"><span class="big">${percent}</span><span>${this.t('goal.funded')}</span></div>
            ${this.renderMeter(this.t('goal.meterLabel', { title: category }), goal.progress, this.t('goal.meterSummaryText', { percent }))}
          </div>`
        : nothing}
      ${goal.nextCheckInOn ? html`<ul class="facts">${this.renderNextCheckIn(goal.nextCheckInOn, goal.nextCheckInOn < this.today())}</ul>` : nothing}
      <p class="summary-notice">${this.t('goal.summaryNotice')}</p>
    `;
  }

  private renderGoal(goal: PersonalGoal, view: GoalView): TemplateResult {
    const compact = this.variant === 'compact';
    const today = this.today();
    const funding = view.standing?.funding;
    const category = this.t(`goal.category.${goal.category}`);
    const doneCount = goal.milestones.filter((m) => m.doneOn).length;
    return html`
      <header>
        <div class="heading">
          <span class="eyebrow">
            ${this.renderBadges(goal, category, goal.status !== 'active' || !compact)}
            ${compact ? nothing : html`<span title=${this.t('goal.whoSees')}><span aria-hidden="true">👁</span> <span class="visually-hidden">${this.t('goal.whoSees')}: </span>${this.visibilityWords(goal.visibility)}</span>`}
          </span>
          <h3 aria-level=${this.headingAria(3)} dir="auto">${goal.title}</h3>
        </div>
        ${view.editable && !compact
          ? html`<button class="button quiet edit-button" @click=${this.startEdit} aria-label="${this.t('common.edit')}: ${goal.title}" aria-disabled=${this.editorLoading ? 'true' : 'false'}>${this.t('common.edit')}</button>`
          : nothing}
      </header>
      ${!compact && goal.why ? html`<span class="visually-hidden">${this.t('goal.why')}: </span><p class="why" dir="auto">${goal.why}</p>` : nothing}
      ${this.renderFunding(goal, funding, compact)}
      <ul class="facts">
        ${goal.targetDate
          ? html`<li><time datetime=${goal.targetDate} title=${formatDate(goal.targetDate, this.locale, 'long')}>${this.t('goal.timeLeft', { relative: formatDaysFrom(today, goal.targetDate, this.locale) })}</time></li>`
          : nothing}
        ${compact ? nothing : this.renderCheckInFacts(view)}
        ${compact && goal.milestones.length ? html`<li>${this.t('goal.milestonesDone', { done: doneCount, total: goal.milestones.length })}</li>` : nothing}
      </ul>
      ${!compact && goal.milestones.length ? this.renderMilestones(goal, view.editable) : nothing}
      ${compact ? nothing : this.renderOwnerActions(goal, view)}
      ${this.renderStatusLine()}
    `;
  }

  private renderFunding(goal: PersonalGoal, funding: NonNullable<GoalView['standing']>['funding'], compact: boolean) {
    if (!goal.target || !funding) {
      return compact ? nothing : html`<p class="hint">${this.t('goal.noMoneyTarget')}</p>`;
    }
    const progress = funding.progress ?? 0;
    const percent = formatPercent(progress, this.locale);
    const funded = this.money(funding.funded);
    const target = this.money(goal.target);
    const savedShare = goal.target.amount > 0 ? funding.saved.amount / goal.target.amount : 0;
    return html`<div class="figures">
      <div class="numbers">
        <span><span class="big">${percent}</span> ${this.t('goal.funded').toLowerCase()}</span>
        <span>${this.t('goal.fundedOf', { funded, target })}</span>
      </div>
      ${this.renderMeter(this.t('goal.meterLabel', { title: goal.title }), progress, this.t('goal.meterText', { percent, funded, target }), savedShare)}
      ${compact
        ? nothing
        : html`<span class="breakdown">${this.t('goal.fundedBreakdown', {
            earmarked: this.money(funding.earmarked),
            share: formatPercent(goal.fundingShare, this.locale),
            saved: this.money(funding.saved),
          })}</span>`}
    </div>`;
  }

  private renderCheckInFacts(view: GoalView) {
    const standing = view.standing;
    if (!standing) return nothing;
    const today = this.today();
    const last = standing.lastCheckIn;
    return html`
      <li>${last ? this.t('goal.lastCheckIn', { relative: formatDaysFrom(today, last.date, this.locale) }) : this.t('goal.noCheckIn')}</li>
      ${this.renderNextCheckIn(standing.nextCheckInOn, standing.checkInOverdue)}
    `;
  }

  private renderMilestones(goal: PersonalGoal, editable: boolean) {
    return html`<section aria-labelledby="milestones-title">
      <h4 aria-level=${this.headingAria(4)} class="section-title" id="milestones-title">${this.t('goal.milestones')} · ${this.t('goal.milestonesDone', { done: goal.milestones.filter((m) => m.doneOn).length, total: goal.milestones.length })}</h4>
      <ul class="milestones">
        ${goal.milestones.map(
          (m) => html`<li class=${m.doneOn ? 'done' : ''}>
            ${editable
              ? html`<input
                  type="checkbox"
                  id="done-${m.id}"
                  .checked=${Boolean(m.doneOn)}
                  aria-label=${this.t('goal.markDone', { title: m.title })}
                  @change=${(e: Event) => this.toggleMilestone(goal, m.id, (e.target as HTMLInputElement).checked)}
                />`
              : html`<span aria-hidden="true">${m.doneOn ? '✔' : '○'}</span>`}
            <label class="m-title" for="done-${m.id}"><span dir="auto">${m.title}</span>${m.amount ? html` · ${this.money(m.amount)}` : nothing}</label>
            <span class="m-meta">
              ${m.doneOn
                ? this.t('goal.milestoneDone', { date: formatDate(m.doneOn, this.locale, 'short') })
                : m.dueOn
                  ? this.t('goal.milestoneDue', { date: formatDate(m.dueOn, this.locale, 'short') })
                  : nothing}
            </span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderOwnerActions(goal: PersonalGoal, view: GoalView) {
    if (!view.editable) return nothing;
    if (this.editor?.confirmingDelete) return this.editor.renderDeleteConfirmation(goal);
    return html`<div class="actions">
      <button class="button quiet danger delete-button" @click=${this.askDelete} aria-disabled=${this.editorLoading ? 'true' : 'false'}>${this.t('common.delete')}</button>
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goalpost-goal-save': CustomEvent<GoalSaveDetail>;
    'goalpost-goal-delete': CustomEvent<{ goalId: string }>;
  }
}
