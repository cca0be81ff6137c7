/**
 * What goal-checkin's rep and manager use to write a check-in: the form (how it is going, the
 * confidence scale, what is in the way, the manager's commitment and its date, the next
 * check-in's date), the problems beside their fields, and the save.
 *
 * It is lazy: the element imports it when the form first opens (the "Log a check-in" button or
 * `composing`), or ahead at idle for a viewer who may write, because many pages only show
 * check-ins, and the form with its strings, its looks and core's check-in validation weighs as
 * much as the rest of the element. Like goal-card's editor it renders into the element's shadow
 * root (it asks the element to update), not as an element of its own, so every label, error and
 * live region shares one accessibility tree. What happens around a save (the announcement, the
 * event the page hears, the timeline read again, where focus goes) stays with the element, which
 * the form tells through `CheckInEditorElement`.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ValidationError } from '../../core/errors.js';
import type { FieldProblem } from '../../core/errors.js';
import type { CheckInRole } from '../../core/checkin-schedule.js';
import { LIMITS } from '../../core/shape.js';
import type { Cadence, CheckIn, Id, IsoDate } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import type { Translate } from '../../i18n/messages.js';
import { errorText, problemText } from '../../i18n/problem-text.js';
import { checkInFromForm, emptyCheckInForm } from './checkin-form.js';
import type { CheckInFormState } from './checkin-form.js';
import { CONFIDENCES } from './confidence.js';
import type { Confidence } from './confidence.js';
import type { CheckInView } from './checkin-view.js';
import { FormPart } from '../form-part.js';
import type { FormPartHost } from '../form-part.js';
export { checkinEditorStyles } from './checkin-editor.styles.js';
export { checkinEditor as checkinEditorStrings } from '../../i18n/en/checkin-editor.js';

/** What the form needs from the element, read fresh on every use. */
export interface CheckInEditorContext {
  t: Translate;
  locale: string;
  store: StorageAdapter;
  /** Who writes the check-in. */
  viewerId: Id | undefined;
  today: IsoDate;
  /** What the element shows: the rep, and the goal the check-in is about (none for general ones). */
  view: CheckInView | undefined;
  /** The rep, or their manager, who also records what they will do to help. */
  role: CheckInRole;
  /** The review rhythm the next check-in's date is suggested by. */
  cadence: Cadence;
  /** That date: one rhythm from today. */
  suggestedNextDueOn: IsoDate;
  headingAria: (tag: number) => string | typeof nothing;
}

/** The element's side of the form: what it does once a check-in is stored, or the form is left. */
export interface CheckInEditorElement {
  /** Stored, and the form has closed: announce it, tell the page, show it in the timeline. */
  saved(checkIn: CheckIn): Promise<void>;
  /** The form closed without saving. */
  cancelled(): void;
}


/** The order fields appear in the form, so the first problem listed is the first one met. */
const FIELD_ORDER = ['note', 'confidence', 'blockers', 'commitment', 'commitmentDueOn', 'nextDueOn'];

function inFormOrder(problems: FieldProblem[]): FieldProblem[] {
  const rank = (field: string) => {
    const index = FIELD_ORDER.indexOf(field.split('.')[0]!);
    return index === -1 ? FIELD_ORDER.length : index;
  };
  return [...problems].sort((a, b) => rank(a.field) - rank(b.field));
}

export class CheckInEditor extends FormPart {
  /** The form as typed; undefined while the form is closed. */
  private form?: CheckInFormState;
  private problems: FieldProblem[] = [];
  private saving = false;
  /** Why the last save failed, said above the buttons. */
  private formError = '';

  constructor(
    host: FormPartHost,
    private readonly context: () => CheckInEditorContext,
    private readonly element: CheckInEditorElement,
  ) {
    super(host);
  }

  get open(): boolean {
    return this.form !== undefined;
  }

  /** Opens an empty form, the next check-in a rhythm from today; `focus` moves focus to its first field. */
  start(focus: boolean): void {
    this.form = emptyCheckInForm(this.context().suggestedNextDueOn);
    this.problems = [];
    this.formError = '';
    this.changed();
    if (focus) void this.host.updateComplete.then(() => this.focus('#note'));
  }

  /** Closes the form and forgets what was in it. */
  close(): void {
    this.form = undefined;
    this.problems = [];
    this.formError = '';
    this.changed();
  }

  // --- state changes ---------------------------------------------------------------------------

  private cancel(): void {
    this.close();
    this.element.cancelled();
  }

  private setField<K extends keyof CheckInFormState>(key: K, value: CheckInFormState[K]): void {
    if (!this.form) return;
    this.form = { ...this.form, [key]: value };
    this.changed();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const { t, locale, store, viewerId, today, view, role } = this.context();
    if (!this.form || !view || this.saving) return;
    if (!viewerId) {
      this.formError = t('checkin.noViewer');
      this.changed();
      return;
    }
    const { record, problems } = checkInFromForm(this.form, {
      personId: view.rep.id,
      ...(view.goal ? { goalId: view.goal.id } : {}),
      authorId: viewerId,
      today,
      byManager: role === 'manager',
    });
    this.problems = inFormOrder(problems);
    this.formError = '';
    this.changed();
    if (problems.length > 0) {
      await this.host.updateComplete;
      this.focusFirstProblem();
      return;
    }
    this.saving = true;
    this.changed();
    let saved: CheckIn;
    try {
      saved = await store.put('checkins', record, { expectedVersion: 0 });
    } catch (error) {
      // The form stays as typed; storage's own problems go beside the fields.
      if (error instanceof ValidationError) this.problems = inFormOrder([...error.problems]);
      this.formError = t('checkin.saveFailed', { message: errorText(error, locale) });
      return;
    } finally {
      this.saving = false;
      this.changed();
    }
    this.close();
    await this.element.saved(saved);
  }

  private focusFirstProblem(): void {
    const field = this.problems[0]?.field;
    if (!field) return;
    const root = this.host.renderRoot;
    const target =
      field === 'confidence'
        ? root.querySelector<HTMLInputElement>('input[name="confidence"]:checked') ?? root.querySelector<HTMLInputElement>('#confidence-1')
        : root.querySelector<HTMLElement>(`#${CSS.escape(field)}`);
    (target ?? root.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus();
  }

  private problemFor(field: string): string | undefined {
    const problem = this.problems.find((p) => p.field === field || p.field.startsWith(`${field}.`));
    return problem && problemText(problem, this.context().locale);
  }

  // --- render ------------------------------------------------------------------------------------

  render(): TemplateResult | typeof nothing {
    const form = this.form;
    const { t, locale, view, role, cadence, headingAria } = this.context();
    if (!form || !view) return nothing;
    const manager = role === 'manager';
    const repName = view.rep.name.split(' ')[0]!;
    const about = view.goal ? 'goal' : 'general';
    const confidenceLegend = manager
      ? t(`checkin.field.confidence.manager.${about}`, { name: repName })
      : t(`checkin.field.confidence.rep.${about}`);
    const confidenceProblem = this.problemFor('confidence');
    return html`<form part="form" novalidate aria-labelledby="form-title" @submit=${(e: Event) => this.submit(e)}>
      <h4 aria-level=${headingAria(4)} id="form-title">${t('checkin.form.title')}</h4>
      ${this.problems.length
        ? html`<div class="error-box" role="alert">
            ${t('checkin.problems', { count: this.problems.length })}
            <ul class="problems">${this.problems.map((p) => html`<li>${problemText(p, locale)}</li>`)}</ul>
          </div>`
        : nothing}
      ${this.renderTextArea('note', manager ? t('checkin.field.note.manager', { name: repName }) : t('checkin.field.note.rep'), form.note, LIMITS.note)}
      <fieldset class="confidence" aria-invalid=${confidenceProblem ? 'true' : 'false'} aria-describedby=${confidenceProblem ? 'confidence-error' : nothing}>
        <legend>${confidenceLegend}</legend>
        <div class="scale">
          ${CONFIDENCES.map(
            (n) => html`<label class="scale-option">
              <input
                type="radio"
                id="confidence-${n}"
                name="confidence"
                value=${n}
                .checked=${form.confidence === n}
                @change=${() => this.setField('confidence', n as Confidence)}
              />
              <span class="scale-words"><span class="n">${n}</span><span class="visually-hidden"> · </span><span class="word">${t(`checkin.confidence.${n}`)}</span></span>
            </label>`,
          )}
        </div>
        ${this.renderError('confidence')}
      </fieldset>
      ${this.renderTextArea('blockers', t('checkin.field.blockers'), form.blockers, LIMITS.blockers)}
      ${manager
        ? html`<div class="manager-part">
            ${this.renderTextArea('commitment', t('checkin.field.commitment'), form.commitment, LIMITS.commitment, t('checkin.field.commitment.help', { name: repName }))}
            ${this.renderDateInput('commitmentDueOn', t('checkin.field.commitmentDueOn'), form.commitmentDueOn)}
          </div>`
        : nothing}
      ${this.renderDateInput('nextDueOn', t('checkin.field.nextDueOn'), form.nextDueOn, t('checkin.field.nextDueOn.help', { span: t(`checkin.span.${cadence}`) }))}
      ${this.formError ? html`<p class="status-line error" role="alert">${this.formError}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button" @click=${() => this.cancel()}>${t('common.cancel')}</button>
        <button type="submit" class="button primary" ?disabled=${this.saving}>${this.saving ? t('common.saving') : t('checkin.save')}</button>
      </div>
    </form>`;
  }

  private describedBy(id: string, hint = false): string | undefined {
    return [this.problemFor(id) ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  }

  private renderError(id: string) {
    const problem = this.problemFor(id);
    return problem ? html`<span class="field-error" id="${id}-error">${problem}</span>` : nothing;
  }

  private renderTextArea(id: 'note' | 'blockers' | 'commitment', label: string, value: string, max: number, hint?: string) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <textarea
        id=${id}
        name=${id}
        maxlength=${max}
        .value=${value}
        aria-invalid=${this.problemFor(id) ? 'true' : 'false'}
        aria-describedby=${this.describedBy(id, Boolean(hint)) ?? nothing}
        @input=${(e: Event) => this.setField(id, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${this.renderError(id)}
    </div>`;
  }

  private renderDateInput(id: 'commitmentDueOn' | 'nextDueOn', label: string, value: string, hint?: string) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        name=${id}
        type="date"
        min=${this.context().today}
        .value=${value}
        aria-invalid=${this.problemFor(id) ? 'true' : 'false'}
        aria-describedby=${this.describedBy(id, Boolean(hint)) ?? nothing}
        @input=${(e: Event) => this.setField(id, (e.target as HTMLInputElement).value)}
      />
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${this.renderError(id)}
    </div>`;
  }
}
