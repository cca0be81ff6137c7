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
import { formFromGoal, goalFromForm, newMilestone } from './goal-form.js';
import type { GoalFormState, MilestoneDraft } from './goal-form.js';
import { formatMoney } from '../../core/money.js';
import { ConflictError, ValidationError } from '../../core/errors.js';
import { keepMine } from '../../core/merge.js';
import { validateGoal } from '../../core/validation.js';
import type { FieldProblem } from '../../core/errors.js';
import { CADENCES, GOAL_CATEGORIES, GOAL_STATUSES, VISIBILITIES, isGoalSummary } from '../../core/types.js';
import type { GoalCategory, GoalSummary, Money, PersonalGoal, Visibility } from '../../core/types.js';
import { formatDate, formatDaysFrom, formatPercent } from '../../i18n/format.js';
import { goalCard } from '../../i18n/en/goal-card.js';

export type GoalCardMode = 'view' | 'edit' | 'create';
export type GoalCardVariant = 'full' | 'compact';

export interface GoalSaveDetail {
  goal: PersonalGoal;
  created: boolean;
}

export const CATEGORY_ICONS: Record<GoalCategory, string> = {
  home: '🏡',
  family: '👪',
  travel: '✈️',
  financial: '💰',
  health: '💪',
  learning: '📚',
  experience: '🎟️',
  giving: '🤝',
  other: '⭐',
};

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

  @state() private form?: GoalFormState;
  @state() private problems: FieldProblem[] = [];
  @state() private saving = false;
  @state() private status?: { kind: 'ok' | 'error'; text: string };
  @state() private conflict?: ConflictError;
  @state() private confirmingDelete = false;
  @state() private deleted = false;
  /** What the card shows while a save is in flight, so the change appears at once. */
  @state() private optimistic?: PersonalGoal;
  /** The goal as it was when editing began: a save expects this version, so edits made elsewhere meanwhile conflict. */
  private editBase?: PersonalGoal;

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
    if (changed.has('mode') && this.mode === 'create' && !this.form) {
      this.form = formFromGoal(undefined, this.locale, this.currency);
    }
    if ((changed.has('goalId') || changed.has('goal')) && this.mode !== 'create') {
      this.deleted = false;
      this.status = undefined;
    }
  }

  protected override updated(): void {
    // Opening the form from the Edit button: the form exists only once the goal has loaded.
    if (this.mode === 'edit' && !this.form && this.wholeGoal) {
      this.editBase = this.wholeGoal;
      this.form = formFromGoal(this.wholeGoal, this.locale, this.currency);
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

  // --- handlers -------------------------------------------------------------------------------

  private startEdit(): void {
    if (!this.wholeGoal) return;
    this.editBase = this.wholeGoal;
    this.form = formFromGoal(this.wholeGoal, this.locale, this.currency);
    this.problems = [];
    this.status = undefined;
    this.conflict = undefined;
    this.mode = 'edit';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#title')?.focus());
  }

  private cancelEdit(): void {
    const wasCreate = this.mode === 'create';
    this.form = undefined;
    this.problems = [];
    this.conflict = undefined;
    this.mode = 'view';
    if (!wasCreate) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.edit-button')?.focus());
  }

  private setField<K extends keyof GoalFormState>(key: K, value: GoalFormState[K]): void {
    if (!this.form) return;
    this.form = { ...this.form, [key]: value };
  }

  private setMilestone(index: number, patch: Partial<MilestoneDraft>): void {
    if (!this.form) return;
    const milestones = this.form.milestones.map((m, i) => (i === index ? { ...m, ...patch } : m));
    this.form = { ...this.form, milestones };
  }

  private addMilestone(): void {
    if (!this.form) return;
    this.form = { ...this.form, milestones: [...this.form.milestones, newMilestone()] };
    const index = this.form.milestones.length - 1;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#milestone-${index}-title`)?.focus());
  }

  private removeMilestone(index: number): void {
    if (!this.form) return;
    this.form = { ...this.form, milestones: this.form.milestones.filter((_, i) => i !== index) };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-milestone')?.focus());
  }

  private moveMilestone(index: number, by: -1 | 1): void {
    if (!this.form) return;
    const target = index + by;
    if (target < 0 || target >= this.form.milestones.length) return;
    const milestones = [...this.form.milestones];
    [milestones[index], milestones[target]] = [milestones[target]!, milestones[index]!];
    this.form = { ...this.form, milestones };
    const direction = by < 0 ? 'up' : 'down';
    void this.updateComplete.then(() => {
      const next = this.renderRoot.querySelector<HTMLButtonElement>(`#milestone-${target}-${direction}`);
      (next && !next.disabled ? next : this.renderRoot.querySelector<HTMLInputElement>(`#milestone-${target}-title`))?.focus();
    });
  }

  private async submit(event: Event, overwrite = false): Promise<void> {
    event.preventDefault();
    if (!this.form || this.saving) return;
    const creating = this.mode === 'create';
    const base = creating ? undefined : (this.editBase ?? this.wholeGoal);
    const ownerId = this.currentViewer?.personId ?? base?.ownerId;
    if (!ownerId) {
      this.status = { kind: 'error', text: this.t('goal.readOnly') };
      return;
    }
    const { record: fromForm, problems: formProblems } = goalFromForm(this.form, base, ownerId, this.today(), this.locale, this.currency, this.t('goal.notANumber'));
    // Keeping mine after a conflict keeps what the other save changed in fields not edited here;
    // the merge is checked again, since the two changes together may not fit (another currency).
    const merged = overwrite && this.conflict && formProblems.length === 0;
    const record = merged ? keepMine(base, fromForm, this.conflict!.current) : fromForm;
    const problems = merged ? validateGoal(record) : formProblems;
    this.problems = inFormOrder(problems);
    if (problems.length > 0) {
      this.status = undefined;
      await this.updateComplete;
      this.focusFirstProblem();
      return;
    }
    const expectedVersion = overwrite && this.conflict ? (this.conflict.actualVersion ?? 0) : creating ? 0 : base?.version;
    this.saving = true;
    this.conflict = undefined;
    if (!creating) {
      this.optimistic = { ...(base as PersonalGoal), ...(record as PersonalGoal) };
      this.mode = 'view';
    }
    try {
      const saved = await this.store.put('goals', record, { expectedVersion });
      this.form = undefined;
      this.editBase = undefined;
      this.problems = [];
      this.mode = 'view';
      if (creating) {
        this.goal = undefined;
        this.goalId = saved.id;
      }
      this.status = { kind: 'ok', text: this.t('goal.saved') };
      // Keep showing the saved goal until the fresh read arrives, so nothing flickers back.
      this.optimistic = creating ? undefined : saved;
      await this.data.refresh();
      this.optimistic = undefined;
      this.emit<GoalSaveDetail>('goalpost-goal-save', { goal: saved, created: creating });
    } catch (error) {
      // Roll back: show the stored goal again and give the person their form back.
      this.optimistic = undefined;
      this.mode = creating ? 'create' : 'edit';
      if (error instanceof ConflictError) {
        this.conflict = error;
        this.status = undefined;
      } else {
        if (error instanceof ValidationError) this.problems = inFormOrder([...error.problems]);
        this.status = { kind: 'error', text: this.t('goal.saveFailed', { message: this.errorText(error) }) };
      }
    } finally {
      this.saving = false;
    }
  }

  private async reloadAfterConflict(): Promise<void> {
    this.conflict = undefined;
    await this.data.refresh();
    this.editBase = this.wholeGoal;
    this.form = this.wholeGoal ? formFromGoal(this.wholeGoal, this.locale, this.currency) : this.form;
    this.problems = [];
  }

  private focusFirstProblem(): void {
    const field = this.problems[0]?.field;
    if (!field) return;
    const id = field.startsWith('milestones.') ? `milestone-${field.split('.')[1]}-${field.split('.')[2] ?? 'title'}` : field.split('.')[0];
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id!)}`) ?? this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
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
      this.status = { kind: 'error', text: this.t('goal.saveFailed', { message: this.errorText(error) }) };
    }
  }

  private async confirmDelete(): Promise<void> {
    const goal = this.wholeGoal;
    if (!goal) return;
    this.saving = true;
    try {
      await this.store.delete('goals', goal.id, { expectedVersion: goal.version });
      this.confirmingDelete = false;
      this.deleted = true;
      this.status = { kind: 'ok', text: this.t('goal.deleted') };
      this.emit('goalpost-goal-delete', { goalId: goal.id });
    } catch (error) {
      this.confirmingDelete = false;
      this.status = { kind: 'error', text: this.t('goal.saveFailed', { message: this.errorText(error) }) };
    } finally {
      this.saving = false;
    }
  }

  private askDelete(): void {
    this.confirmingDelete = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.keep-button')?.focus());
  }

  private keepGoal(): void {
    this.confirmingDelete = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.delete-button')?.focus());
  }

  // --- render ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<article class="card" part="card" aria-busy=${this.data.loading ? 'true' : 'false'}>${this.renderBody()}</article>`;
  }

  private renderBody(): TemplateResult {
    if (this.mode === 'create') return this.renderForm(undefined);
    if (this.deleted) return html`<p class="status-line ok" role="status">${this.t('goal.deleted')}</p>`;
    if (!this.goalId && !this.goal) {
      return html`<div class="empty"><p>${this.t('goal.empty')}</p></div>`;
    }
    const error = this.data.error;
    if (error && !this.view) {
      return this.renderReadError(error, () => this.data.refresh());
    }
    const view = this.view;
    if (!view) {
      return html`<div class="skeleton" role="status" aria-label=${this.t('common.loading')}><span></span><span></span><span></span></div>`;
    }
    if (isGoalSummary(view.goal)) return this.renderSummary(view.goal, view);
    if (this.mode === 'edit' && this.form) return this.renderForm(view.goal);
    return this.renderGoal(this.optimistic ?? view.goal, view);
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

  private renderSummary(goal: GoalSummary, view: GoalView): TemplateResult {
    const today = this.today();
    const percent = goal.progress !== undefined ? formatPercent(goal.progress, this.locale) : undefined;
    const category = this.t(`goal.category.${goal.category}`);
    const owner = view.owner?.name ?? '';
    return html`
      <header>
        <div class="heading">
          <span class="eyebrow">
            <span class="badge"><span aria-hidden="true">${CATEGORY_ICONS[goal.category] ?? ''}</span>${category}</span>
            <span class="badge ${goal.status}">${this.t(`goal.status.${goal.status}`)}</span>
          </span>
          <h3 aria-level=${this.headingAria(3)}>${owner ? this.t('goal.owner', { name: owner }) : category}</h3>
        </div>
      </header>
      ${percent !== undefined
        ? html`<div class="figures">
            <div class="numbers"><span class="big">${percent}</span><span>${this.t('goal.funded')}</span></div>
            ${this.renderMeter(this.t('goal.meterLabel', { title: category }), goal.progress, this.t('goal.meterSummaryText', { percent }))}
          </div>`
        : nothing}
      ${goal.nextCheckInOn
        ? html`<ul class="facts">
            <li class=${goal.nextCheckInOn < today ? 'overdue' : ''}>
              ${goal.nextCheckInOn < today
                ? this.t('goal.nextCheckInOverdue', { relative: formatDaysFrom(today, goal.nextCheckInOn, this.locale) })
                : this.t('goal.nextCheckIn', { relative: formatDaysFrom(today, goal.nextCheckInOn, this.locale) })}
            </li>
          </ul>`
        : nothing}
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
            <span class="badge"><span aria-hidden="true">${CATEGORY_ICONS[goal.category] ?? ''}</span>${category}</span>
            ${goal.status !== 'active' || !compact ? html`<span class="badge ${goal.status}">${this.t(`goal.status.${goal.status}`)}</span>` : nothing}
            ${compact ? nothing : html`<span title=${this.t('goal.whoSees')}><span aria-hidden="true">👁</span> <span class="visually-hidden">${this.t('goal.whoSees')}: </span>${this.visibilityWords(goal.visibility)}</span>`}
          </span>
          <h3 aria-level=${this.headingAria(3)} dir="auto">${goal.title}</h3>
        </div>
        ${view.editable && !compact
          ? html`<button class="button quiet edit-button" @click=${this.startEdit} aria-label="${this.t('common.edit')}: ${goal.title}">${this.t('common.edit')}</button>`
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
      <li class=${standing.checkInOverdue ? 'overdue' : ''}>
        ${standing.checkInOverdue
          ? this.t('goal.nextCheckInOverdue', { relative: formatDaysFrom(today, standing.nextCheckInOn, this.locale) })
          : this.t('goal.nextCheckIn', { relative: formatDaysFrom(today, standing.nextCheckInOn, this.locale) })}
      </li>
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
    if (this.confirmingDelete) {
      return html`<div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
        <p id="confirm-text" class="flush">${this.t('goal.deleteConfirm', { title: goal.title })}</p>
        <div class="actions">
          <button class="button keep-button" @click=${this.keepGoal}>${this.t('goal.deleteNo')}</button>
          <button class="button danger" ?disabled=${this.saving} @click=${this.confirmDelete}>${this.t('goal.deleteYes')}</button>
        </div>
      </div>`;
    }
    return html`<div class="actions">
      <button class="button quiet danger delete-button" @click=${this.askDelete}>${this.t('common.delete')}</button>
    </div>`;
  }

  private problemFor(field: string): string | undefined {
    const problem = this.problems.find((p) => p.field === field || p.field.startsWith(`${field}.`));
    return problem && this.problemText(problem);
  }

  private renderField(id: string, label: string, control: (describedBy: string | undefined, invalid: boolean) => TemplateResult, hint?: string) {
    const problem = this.problemFor(id);
    const describedBy = [problem ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${control(describedBy, Boolean(problem))}
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${problem ? html`<span class="field-error" id="${id}-error">${problem}</span>` : nothing}
    </div>`;
  }

  private renderForm(goal: PersonalGoal | undefined): TemplateResult {
    const form = this.form ?? formFromGoal(goal, this.locale, this.currency);
    const currency = goal?.target?.currency ?? this.currency;
    const input = (id: keyof GoalFormState, type: 'text' | 'date' = 'text', extra: Record<string, string> = {}) =>
      (describedBy: string | undefined, invalid: boolean) => html`<input
        id=${id}
        name=${id}
        type=${type}
        .value=${String(form[id])}
        inputmode=${extra.inputmode ?? nothing}
        placeholder=${extra.placeholder ?? nothing}
        autocomplete="off"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy ?? nothing}
        @input=${(e: Event) => this.setField(id, (e.target as HTMLInputElement).value as never)}
      />`;
    const select = <T extends string>(id: keyof GoalFormState, options: readonly T[], label: (value: T) => string) =>
      (describedBy: string | undefined, invalid: boolean) => html`<select
        id=${id}
        name=${id}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy ?? nothing}
        @change=${(e: Event) => this.setField(id, (e.target as HTMLSelectElement).value as never)}
      >
        ${options.map((option) => html`<option value=${String(option)} ?selected=${form[id] === option}>${label(option)}</option>`)}
      </select>`;
    const creating = this.mode === 'create';
    return html`
      <form part="form" novalidate @submit=${(e: Event) => this.submit(e)} aria-labelledby="form-title">
        <h3 aria-level=${this.headingAria(3)} id="form-title">${creating ? this.t('goal.createTitle') : this.t('goal.editTitle')}</h3>
        ${this.problems.length
          ? html`<div class="error-box" role="alert">
              ${this.t('goal.problems', { count: this.problems.length })}
              <ul class="problems">${this.problems.map((p) => html`<li>${this.problemText(p)}</li>`)}</ul>
            </div>`
          : nothing}
        ${this.conflict
          ? html`<div class="error-box" role="alert">
              <p class="flush spaced">${this.t('goal.conflict')}</p>
              <div class="actions start">
                <button type="button" class="button" @click=${this.reloadAfterConflict}>${this.t('goal.conflictReload')}</button>
                <button type="button" class="button primary" @click=${(e: Event) => this.submit(e, true)}>${this.t('goal.conflictOverwrite')}</button>
              </div>
            </div>`
          : nothing}
        ${this.renderField('title', this.t('goal.field.title'), input('title', 'text', { placeholder: this.t('goal.field.title.placeholder') }))}
        ${this.renderField('why', this.t('goal.field.why'), (describedBy, invalid) => html`<textarea
          id="why"
          name="why"
          .value=${form.why}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy ?? nothing}
          @input=${(e: Event) => this.setField('why', (e.target as HTMLTextAreaElement).value)}
        ></textarea>`)}
        <div class="row">
          ${this.renderField('category', this.t('goal.field.category'), select('category', GOAL_CATEGORIES, (c) => `${CATEGORY_ICONS[c]} ${this.t(`goal.category.${c}`)}`))}
          ${this.renderField('status', this.t('goal.field.status'), select('status', GOAL_STATUSES, (s) => this.t(`goal.status.${s}`)))}
        </div>
        <div class="row">
          ${this.renderField('target', `${this.t('goal.field.target')} · ${currency}`, input('target', 'text', { inputmode: 'decimal' }), this.t('goal.field.target.help'))}
          ${this.renderField('targetDate', this.t('goal.field.targetDate'), input('targetDate', 'date'))}
        </div>
        <div class="row">
          ${this.renderField('fundingShare', this.t('goal.field.fundingShare'), (describedBy, invalid) => html`<input
            id="fundingShare"
            name="fundingShare"
            type="number"
            min="0"
            max="100"
            step="1"
            inputmode="decimal"
            .value=${form.fundingSharePercent}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy ?? nothing}
            @input=${(e: Event) => this.setField('fundingSharePercent', (e.target as HTMLInputElement).value)}
          />`)}
          ${this.renderField('saved', `${this.t('goal.field.saved')} · ${currency}`, input('saved', 'text', { inputmode: 'decimal' }))}
        </div>
        ${this.renderField('cadence', this.t('goal.field.cadence'), select('cadence', CADENCES, (c) => this.t(`goal.cadence.${c}`)))}
        ${this.renderVisibilityChooser(form)}
        ${this.renderMilestoneEditor(form)}
        ${this.renderStatusLine()}
        <div class="actions">
          <button type="button" class="button" @click=${this.cancelEdit}>${this.t('common.cancel')}</button>
          <button type="submit" class="button primary" ?disabled=${this.saving}>${this.saving ? this.t('common.saving') : this.t('common.save')}</button>
        </div>
      </form>
    `;
  }

  private renderVisibilityChooser(form: GoalFormState) {
    const manager = this.managerName();
    return html`<fieldset>
      <legend>${this.t('goal.field.visibility')}</legend>
      ${VISIBILITIES.map((visibility) => {
        const help =
          visibility === 'private' ? this.t('goal.visibility.private.help')
          : visibility === 'team' ? this.t('goal.visibility.team.help')
          : this.t(`goal.visibility.${visibility}.help`, { manager });
        return html`<label class="choice">
          <input
            type="radio"
            name="visibility"
            value=${visibility}
            .checked=${form.visibility === visibility}
            aria-describedby="visibility-${visibility}-help"
            @change=${() => this.setField('visibility', visibility)}
          />
          <strong>${this.visibilityWords(visibility)}</strong>
          <span class="hint" id="visibility-${visibility}-help">${help}</span>
        </label>`;
      })}
    </fieldset>`;
  }

  private renderMilestoneEditor(form: GoalFormState) {
    const count = form.milestones.length;
    return html`<fieldset>
      <legend>${this.t('goal.field.milestones')}</legend>
      ${form.milestones.map((m, index) => {
        const n = index + 1;
        const titleProblem = this.problemFor(`milestones.${index}.title`);
        const amountProblem = this.problemFor(`milestones.${index}.amount`);
        const dueProblem = this.problemFor(`milestones.${index}.dueOn`);
        return html`<div class="milestone-row">
          <div class="field">
            <label for="milestone-${index}-title">${this.t('goal.field.milestoneTitle', { n })}</label>
            <input id="milestone-${index}-title" .value=${m.title} aria-invalid=${titleProblem ? 'true' : 'false'}
              aria-describedby=${titleProblem ? `milestone-${index}-title-error` : nothing}
              @input=${(e: Event) => this.setMilestone(index, { title: (e.target as HTMLInputElement).value })} />
            ${titleProblem ? html`<span class="field-error" id="milestone-${index}-title-error">${titleProblem}</span>` : nothing}
          </div>
          <div class="field">
            <label for="milestone-${index}-amount" class="visually-hidden">${this.t('goal.field.milestoneAmount', { n })}</label>
            <input id="milestone-${index}-amount" inputmode="decimal" placeholder="—" .value=${m.amount} aria-invalid=${amountProblem ? 'true' : 'false'}
              aria-describedby=${amountProblem ? `milestone-${index}-amount-error` : nothing}
              @input=${(e: Event) => this.setMilestone(index, { amount: (e.target as HTMLInputElement).value })} />
            ${amountProblem ? html`<span class="field-error" id="milestone-${index}-amount-error">${amountProblem}</span>` : nothing}
          </div>
          <div class="field">
            <label for="milestone-${index}-dueOn" class="visually-hidden">${this.t('goal.field.milestoneDue', { n })}</label>
            <input id="milestone-${index}-dueOn" type="date" .value=${m.dueOn} aria-invalid=${dueProblem ? 'true' : 'false'}
              aria-describedby=${dueProblem ? `milestone-${index}-dueOn-error` : nothing}
              @input=${(e: Event) => this.setMilestone(index, { dueOn: (e.target as HTMLInputElement).value })} />
            ${dueProblem ? html`<span class="field-error" id="milestone-${index}-dueOn-error">${dueProblem}</span>` : nothing}
          </div>
          <div class="icon-buttons">
            <button type="button" class="button quiet icon-button" id="milestone-${index}-up" ?disabled=${index === 0}
              aria-label=${this.t('goal.moveUp', { n })} @click=${() => this.moveMilestone(index, -1)}><span aria-hidden="true">↑</span></button>
            <button type="button" class="button quiet icon-button" id="milestone-${index}-down" ?disabled=${index === count - 1}
              aria-label=${this.t('goal.moveDown', { n })} @click=${() => this.moveMilestone(index, 1)}><span aria-hidden="true">↓</span></button>
            <button type="button" class="button quiet icon-button danger" aria-label=${this.t('goal.removeMilestone', { n })}
              @click=${() => this.removeMilestone(index)}><span aria-hidden="true">✕</span></button>
          </div>
        </div>`;
      })}
      <div><button type="button" class="button add-milestone" @click=${this.addMilestone}>+ ${this.t('goal.addMilestone')}</button></div>
    </fieldset>`;
  }
}

/** The order fields appear in the form, so the first problem listed is the first one met. */
const FIELD_ORDER = ['title', 'why', 'category', 'status', 'target', 'targetDate', 'fundingShare', 'saved', 'cadence', 'visibility', 'milestones'];

function inFormOrder(problems: FieldProblem[]): FieldProblem[] {
  const rank = (field: string) => {
    const index = FIELD_ORDER.indexOf(field.split('.')[0]!);
    return index === -1 ? FIELD_ORDER.length : index;
  };
  return [...problems].sort((a, b) => rank(a.field) - rank(b.field) || a.field.localeCompare(b.field, 'en', { numeric: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goalpost-goal-save': CustomEvent<GoalSaveDetail>;
    'goalpost-goal-delete': CustomEvent<{ goalId: string }>;
  }
}
