/**
 * What goal-card's owner uses to change a goal: the form for writing a new goal or changing one
 * (every field, the milestone editor, the visibility chooser, problems beside their fields, and
 * what to do when the goal was saved elsewhere meanwhile), and the confirmation before deleting.
 *
 * It is lazy: the card imports it on the first Edit or Delete (or when it is put in `edit` or
 * `create` mode), because most visits only read a goal, and the form with its strings, its looks
 * and the goal validation it runs weighs more than the rest of the card. Like the feed's composer it
 * renders into the card's shadow root (it asks the card to update), not as an element of its own, so the
 * card registers one tag only and every label, error and live region shares one accessibility
 * tree. What happens around a save (the goal shown meanwhile, the status line, the event the page
 * hears) stays with the card, which the form tells through `GoalEditorCard`.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ConflictError, ValidationError } from '../../core/errors.js';
import type { FieldProblem } from '../../core/errors.js';
import { keepMine } from '../../core/merge.js';
import { validateGoal } from '../../core/validation.js';
import { CADENCES, GOAL_CATEGORIES, GOAL_STATUSES, VISIBILITIES } from '../../core/types.js';
import type { Id, IsoDate, PersonalGoal, Visibility } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import type { Translate } from '../../i18n/messages.js';
import { errorText, problemText } from '../../i18n/problem-text.js';
import { CATEGORY_ICONS } from './category-icons.js';
import { formFromGoal, goalFromForm, newMilestone } from './goal-form.js';
import type { GoalFormState, MilestoneDraft } from './goal-form.js';
import { FormPart } from '../form-part.js';
import type { FormPartHost } from '../form-part.js';
export { goalEditorStyles } from './goal-editor.styles.js';
export { goalEditor as goalEditorStrings } from '../../i18n/en/goal-editor.js';


/** What the card's status line says, if anything. */
export type GoalStatusLine = { kind: 'ok' | 'error'; text: string } | undefined;

/** What the form needs from the card, read fresh on every use. */
export interface GoalEditorContext {
  t: Translate;
  locale: string;
  currency: string;
  store: StorageAdapter;
  /** Who is looking: the owner of a goal they write. */
  viewerId: Id | undefined;
  today: IsoDate;
  /** The form writes a new goal (the card's `create` mode) rather than changing `goal`. */
  creating: boolean;
  /** The stored goal as the card last read it. */
  goal: PersonalGoal | undefined;
  headingAria: (tag: number) => string | typeof nothing;
  /** "Only you", "You and Dana": a visibility in the words the card shows it with. */
  visibilityWords: (visibility: Visibility) => string;
  /** The goal owner's manager, by first name. */
  managerName: string;
  /** The card's status line, which the form shows above its buttons. */
  statusLine: () => TemplateResult;
}

/** The card's side of the form: what it shows and says while a goal is saved, and after. */
export interface GoalEditorCard {
  /** Sets or clears the status line. */
  say(status: GoalStatusLine): void;
  /** A change to a stored goal is on its way: show it at once, in place of the form. */
  showWhileSaving(goal: PersonalGoal): void;
  /** Stored, and the form has closed: show the goal, read it again and tell the page. */
  saved(goal: PersonalGoal, created: boolean): Promise<void>;
  /** Deleted from storage: say so and tell the page. */
  deleted(goalId: Id): void;
  /** Not stored: show the form again, everything typed still in it. */
  notSaved(creating: boolean): void;
  /** The form closed without saving. */
  cancelled(creating: boolean): void;
  /** Reads the goal again, so `context().goal` is what is stored now. */
  refresh(): Promise<unknown>;
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

export class GoalEditor extends FormPart {
  /** The form as typed; undefined while the form is closed. */
  private form?: GoalFormState;
  private problems: FieldProblem[] = [];
  private saving = false;
  /** Asking before a delete, in place of the Delete button. */
  confirmingDelete = false;
  private deleting = false;
  private conflict?: ConflictError;
  /** The goal as it was when editing began: a save expects this version, so edits made elsewhere meanwhile conflict. */
  private base?: PersonalGoal;

  constructor(
    host: FormPartHost,
    private readonly context: () => GoalEditorContext,
    private readonly card: GoalEditorCard,
  ) {
    super(host);
  }

  get open(): boolean {
    return this.form !== undefined;
  }

  /** Opens the form on `goal`, or empty for a new goal; `focus` moves focus to its first field. */
  start(goal: PersonalGoal | undefined, focus: boolean): void {
    const { locale, currency } = this.context();
    this.base = goal;
    this.form = formFromGoal(goal, locale, currency);
    this.problems = [];
    this.conflict = undefined;
    this.changed();
    if (focus) void this.host.updateComplete.then(() => this.focus('#title'));
  }

  /** Asks whether to delete the goal, with the safe answer focused. */
  askDelete(): void {
    this.confirmingDelete = true;
    this.changed();
    void this.host.updateComplete.then(() => this.focus('.keep-button'));
  }

  // --- state changes ---------------------------------------------------------------------------

  private close(): void {
    this.form = undefined;
    this.base = undefined;
    this.problems = [];
    this.conflict = undefined;
    this.changed();
  }

  private cancel(): void {
    const { creating } = this.context();
    this.close();
    this.card.cancelled(creating);
  }

  private setField<K extends keyof GoalFormState>(key: K, value: GoalFormState[K]): void {
    if (!this.form) return;
    this.form = { ...this.form, [key]: value };
    this.changed();
  }

  private setMilestone(index: number, patch: Partial<MilestoneDraft>): void {
    if (!this.form) return;
    const milestones = this.form.milestones.map((m, i) => (i === index ? { ...m, ...patch } : m));
    this.setField('milestones', milestones);
  }

  private addMilestone(): void {
    if (!this.form) return;
    const index = this.form.milestones.length;
    this.setField('milestones', [...this.form.milestones, newMilestone()]);
    void this.host.updateComplete.then(() => this.focus(`#milestone-${index}-title`));
  }

  private removeMilestone(index: number): void {
    if (!this.form) return;
    this.setField('milestones', this.form.milestones.filter((_, i) => i !== index));
    void this.host.updateComplete.then(() => this.focus('.add-milestone'));
  }

  private moveMilestone(index: number, by: -1 | 1): void {
    if (!this.form) return;
    const target = index + by;
    if (target < 0 || target >= this.form.milestones.length) return;
    const milestones = [...this.form.milestones];
    [milestones[index], milestones[target]] = [milestones[target]!, milestones[index]!];
    this.setField('milestones', milestones);
    const direction = by < 0 ? 'up' : 'down';
    void this.host.updateComplete.then(() => {
      const next = this.host.renderRoot.querySelector<HTMLButtonElement>(`#milestone-${target}-${direction}`);
      if (next && !next.disabled) next.focus();
      else this.focus(`#milestone-${target}-title`);
    });
  }

  private async submit(event: Event, overwrite = false): Promise<void> {
    event.preventDefault();
    if (!this.form || this.saving) return;
    const { t, locale, currency, store, viewerId, today, creating, goal } = this.context();
    const base = creating ? undefined : (this.base ?? goal);
    const ownerId = viewerId ?? base?.ownerId;
    if (!ownerId) {
      this.card.say({ kind: 'error', text: t('goal.readOnly') });
      return;
    }
    const { record: fromForm, problems: formProblems } = goalFromForm(this.form, base, ownerId, today, locale, currency, t('goal.notANumber'));
    // Keeping mine after a conflict keeps what the other save changed in fields not edited here;
    // the merge is checked again, since the two changes together may not fit (another currency).
    const merged = overwrite && this.conflict && formProblems.length === 0;
    const record = merged ? keepMine(base, fromForm, this.conflict!.current) : fromForm;
    const problems = merged ? validateGoal(record) : formProblems;
    this.problems = inFormOrder(problems);
    this.changed();
    if (problems.length > 0) {
      this.card.say(undefined);
      await this.host.updateComplete;
      this.focusFirstProblem();
      return;
    }
    const expectedVersion = overwrite && this.conflict ? (this.conflict.actualVersion ?? 0) : creating ? 0 : base?.version;
    this.saving = true;
    this.conflict = undefined;
    if (!creating) this.card.showWhileSaving({ ...(base as PersonalGoal), ...(record as PersonalGoal) });
    try {
      const saved = await store.put('goals', record, { expectedVersion });
      this.close();
      await this.card.saved(saved, creating);
    } catch (error) {
      // Give the person their form back, with what went wrong.
      this.card.notSaved(creating);
      if (error instanceof ConflictError) {
        this.conflict = error;
        this.card.say(undefined);
      } else {
        if (error instanceof ValidationError) this.problems = inFormOrder([...error.problems]);
        this.card.say({ kind: 'error', text: t('goal.saveFailed', { message: errorText(error, locale) }) });
      }
    } finally {
      this.saving = false;
      this.changed();
    }
  }

  private keepGoal(): void {
    this.confirmingDelete = false;
    this.changed();
    void this.host.updateComplete.then(() => this.focus('.delete-button'));
  }

  private async confirmDelete(): Promise<void> {
    const { t, locale, store, goal } = this.context();
    if (!goal) return;
    this.deleting = true;
    this.changed();
    try {
      await store.delete('goals', goal.id, { expectedVersion: goal.version });
      this.card.deleted(goal.id);
    } catch (error) {
      this.card.say({ kind: 'error', text: t('goal.deleteFailed', { message: errorText(error, locale) }) });
    } finally {
      this.confirmingDelete = false;
      this.deleting = false;
      this.changed();
    }
  }

  private async reloadAfterConflict(): Promise<void> {
    this.conflict = undefined;
    this.changed();
    await this.card.refresh();
    const { goal, locale, currency } = this.context();
    this.base = goal;
    if (goal && this.form) this.form = formFromGoal(goal, locale, currency);
    this.problems = [];
    this.changed();
  }

  private focusFirstProblem(): void {
    const field = this.problems[0]?.field;
    if (!field) return;
    const [name, index, part] = field.split('.');
    const id = name === 'milestones' && index !== undefined ? `milestone-${index}-${part ?? 'title'}` : name!;
    if (!this.focus(`#${CSS.escape(id)}`)) this.focus('[aria-invalid="true"]');
  }

  private problemFor(field: string): string | undefined {
    const problem = this.problems.find((p) => p.field === field || p.field.startsWith(`${field}.`));
    return problem && problemText(problem, this.context().locale);
  }

  // --- render ------------------------------------------------------------------------------------

  render(): TemplateResult | typeof nothing {
    const form = this.form;
    if (!form) return nothing;
    const { t, currency: fallbackCurrency, creating, goal, headingAria, locale, statusLine } = this.context();
    const currency = (creating ? undefined : (this.base ?? goal)?.target?.currency) ?? fallbackCurrency;
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
    return html`
      <form part="form" novalidate @submit=${(e: Event) => this.submit(e)} aria-labelledby="form-title">
        <h3 aria-level=${headingAria(3)} id="form-title">${creating ? t('goal.createTitle') : t('goal.editTitle')}</h3>
        ${this.problems.length
          ? html`<div class="error-box" role="alert">
              ${t('goal.problems', { count: this.problems.length })}
              <ul class="problems">${this.problems.map((p) => html`<li>${problemText(p, locale)}</li>`)}</ul>
            </div>`
          : nothing}
        ${this.conflict
          ? html`<div class="error-box" role="alert">
              <p class="flush spaced">${t('goal.conflict')}</p>
              <div class="actions start">
                <button type="button" class="button" @click=${() => this.reloadAfterConflict()}>${t('goal.conflictReload')}</button>
                <button type="button" class="button primary" @click=${(e: Event) => this.submit(e, true)}>${t('goal.conflictOverwrite')}</button>
              </div>
            </div>`
          : nothing}
        ${this.renderField('title', t('goal.field.title'), input('title', 'text', { placeholder: t('goal.field.title.placeholder') }))}
        ${this.renderField('why', t('goal.field.why'), (describedBy, invalid) => html`<textarea
          id="why"
          name="why"
          .value=${form.why}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy ?? nothing}
          @input=${(e: Event) => this.setField('why', (e.target as HTMLTextAreaElement).value)}
        ></textarea>`)}
        <div class="row">
          ${this.renderField('category', t('goal.field.category'), select('category', GOAL_CATEGORIES, (c) => `${CATEGORY_ICONS[c]} ${t(`goal.category.${c}`)}`))}
          ${this.renderField('status', t('goal.field.status'), select('status', GOAL_STATUSES, (s) => t(`goal.status.${s}`)))}
        </div>
        <div class="row">
          ${this.renderField('target', `${t('goal.field.target')} · ${currency}`, input('target', 'text', { inputmode: 'decimal' }), t('goal.field.target.help'))}
          ${this.renderField('targetDate', t('goal.field.targetDate'), input('targetDate', 'date'))}
        </div>
        <div class="row">
          ${this.renderField('fundingShare', t('goal.field.fundingShare'), (describedBy, invalid) => html`<input
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
          ${this.renderField('saved', `${t('goal.field.saved')} · ${currency}`, input('saved', 'text', { inputmode: 'decimal' }))}
        </div>
        ${this.renderField('cadence', t('goal.field.cadence'), select('cadence', CADENCES, (c) => t(`goal.cadence.${c}`)))}
        ${this.renderVisibilityChooser(form)}
        ${this.renderMilestoneEditor(form)}
        ${statusLine()}
        <div class="actions">
          <button type="button" class="button" @click=${() => this.cancel()}>${t('common.cancel')}</button>
          <button type="submit" class="button primary" ?disabled=${this.saving}>${this.saving ? t('common.saving') : t('common.save')}</button>
        </div>
      </form>
    `;
  }

  /** The question before a delete, shown by the card in place of its Delete button. */
  renderDeleteConfirmation(goal: PersonalGoal): TemplateResult {
    const { t } = this.context();
    return html`<div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
      <p id="confirm-text" class="flush">${t('goal.deleteConfirm', { title: goal.title })}</p>
      <div class="actions">
        <button class="button keep-button" @click=${() => this.keepGoal()}>${t('goal.deleteNo')}</button>
        <button class="button danger" ?disabled=${this.deleting} @click=${() => this.confirmDelete()}>${t('goal.deleteYes')}</button>
      </div>
    </div>`;
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

  private renderVisibilityChooser(form: GoalFormState) {
    const { t, managerName: manager, visibilityWords } = this.context();
    return html`<fieldset>
      <legend>${t('goal.field.visibility')}</legend>
      ${VISIBILITIES.map((visibility) => {
        const help =
          visibility === 'private' ? t('goal.visibility.private.help')
          : visibility === 'team' ? t('goal.visibility.team.help')
          : t(`goal.visibility.${visibility}.help`, { manager });
        return html`<label class="choice">
          <input
            type="radio"
            name="visibility"
            value=${visibility}
            .checked=${form.visibility === visibility}
            aria-describedby="visibility-${visibility}-help"
            @change=${() => this.setField('visibility', visibility)}
          />
          <strong>${visibilityWords(visibility)}</strong>
          <span class="hint" id="visibility-${visibility}-help">${help}</span>
        </label>`;
      })}
    </fieldset>`;
  }

  private renderMilestoneEditor(form: GoalFormState) {
    const { t } = this.context();
    const count = form.milestones.length;
    return html`<fieldset>
      <legend>${t('goal.field.milestones')}</legend>
      ${form.milestones.map((m, index) => {
        const n = index + 1;
        const titleProblem = this.problemFor(`milestones.${index}.title`);
        const amountProblem = this.problemFor(`milestones.${index}.amount`);
        const dueProblem = this.problemFor(`milestones.${index}.dueOn`);
        return html`<div class="milestone-row">
          <div class="field">
            <label for="milestone-${index}-title">${t('goal.field.milestoneTitle', { n })}</label>
            <input id="milestone-${index}-title" .value=${m.title} aria-invalid=${titleProblem ? 'true' : 'false'}
              aria-describedby=${titleProblem ? `milestone-${index}-title-error` : nothing}
              @input=${(e: Event) => this.setMilestone(index, { title: (e.target as HTMLInputElement).value })} />
            ${titleProblem ? html`<span class="field-error" id="milestone-${index}-title-error">${titleProblem}</span>` : nothing}
          </div>
          <div class="field">
            <label for="milestone-${index}-amount" class="visually-hidden">${t('goal.field.milestoneAmount', { n })}</label>
            <input id="milestone-${index}-amount" inputmode="decimal" placeholder="—" .value=${m.amount} aria-invalid=${amountProblem ? 'true' : 'false'}
              aria-describedby=${amountProblem ? `milestone-${index}-amount-error` : nothing}
              @input=${(e: Event) => this.setMilestone(index, { amount: (e.target as HTMLInputElement).value })} />
            ${amountProblem ? html`<span class="field-error" id="milestone-${index}-amount-error">${amountProblem}</span>` : nothing}
          </div>
          <div class="field">
            <label for="milestone-${index}-dueOn" class="visually-hidden">${t('goal.field.milestoneDue', { n })}</label>
            <input id="milestone-${index}-dueOn" type="date" .value=${m.dueOn} aria-invalid=${dueProblem ? 'true' : 'false'}
              aria-describedby=${dueProblem ? `milestone-${index}-dueOn-error` : nothing}
              @input=${(e: Event) => this.setMilestone(index, { dueOn: (e.target as HTMLInputElement).value })} />
            ${dueProblem ? html`<span class="field-error" id="milestone-${index}-dueOn-error">${dueProblem}</span>` : nothing}
          </div>
          <div class="icon-buttons">
            <button type="button" class="button quiet icon-button" id="milestone-${index}-up" ?disabled=${index === 0}
              aria-label=${t('goal.moveUp', { n })} @click=${() => this.moveMilestone(index, -1)}><span aria-hidden="true">↑</span></button>
            <button type="button" class="button quiet icon-button" id="milestone-${index}-down" ?disabled=${index === count - 1}
              aria-label=${t('goal.moveDown', { n })} @click=${() => this.moveMilestone(index, 1)}><span aria-hidden="true">↓</span></button>
            <button type="button" class="button quiet icon-button danger" aria-label=${t('goal.removeMilestone', { n })}
              @click=${() => this.removeMilestone(index)}><span aria-hidden="true">✕</span></button>
          </div>
        </div>`;
      })}
      <div><button type="button" class="button add-milestone" @click=${() => this.addMilestone()}>+ ${t('goal.addMilestone')}</button></div>
    </fieldset>`;
  }
}
