/**
 * What motivation-profile does when the rep saves their profile: checks it with core's
 * validation (problems listed above the form and beside their fields), stores it, and, when it
 * changed elsewhere meanwhile, asks whether to load the saved version or keep the rep's changes
 * over the other ones.
 *
 * It is lazy: the element imports it on the first Save (or ahead, when the page is idle, for
 * the rep who can save), because a manager reading the summary never saves, and the validation
 * with its English wording weighs more than the rest of the element. The form itself stays with
 * the element: it is what the rep reads their profile in. Like goal-card's editor it renders into
 * the element's shadow root rather than as an element of its own, so every label, problem and
 * live region shares one accessibility tree. What the form holds and what happens around a save
 * (the status line, the event the page hears, reading the profile again) stays with the element,
 * which this part tells through `ProfileEditorElement`.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ConflictError, ValidationError } from '../../core/errors.js';
import type { FieldProblem } from '../../core/errors.js';
import { keepMine } from '../../core/merge.js';
import { validateProfile } from '../../core/validation.js';
import type { Draft, Id, MotivationProfile } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import type { Translate } from '../../i18n/messages.js';
import { errorText, problemText } from '../../i18n/problem-text.js';
import type { ProfileFormState } from './profile-form.js';
import { FormPart } from '../form-part.js';
import type { FormPartHost } from '../form-part.js';
export { profileEditorStyles } from './profile-editor.styles.js';
export { profileEditor as profileEditorStrings } from '../../i18n/en/profile-editor.js';

/** What the element's status line says, if anything. */
export type ProfileStatusLine = { kind: 'ok' | 'error'; text: string } | undefined;

/** What saving needs from the element, read fresh on every use. */
export interface ProfileEditorContext {
  t: Translate;
  locale: string;
  store: StorageAdapter;
  /** The rep the profile belongs to: the viewer. */
  ownerId: Id;
  /** The form as the rep left it. */
  form: ProfileFormState | undefined;
  /** The stored profile the form started from (a save expects its version); none for a rep who has no profile yet. */
  base: MotivationProfile | undefined;
}

/** The element's side of a save. */
export interface ProfileEditorElement {
  /** Sets or clears the status line. */
  say(status: ProfileStatusLine): void;
  /** Stored: the form now stands for `profile`; tell the page and read the profile again. */
  saved(profile: MotivationProfile, created: boolean): Promise<void>;
  /** Drops the rep's changes and fills the form with what is stored now. */
  discardChanges(): Promise<void>;
}


export class ProfileEditor extends FormPart {
  /** What stops the profile from being saved; empty until a save was tried. */
  private problems: FieldProblem[] = [];
  /** A save refused because the profile changed elsewhere meanwhile: the rep chooses what to keep. */
  private conflict?: ConflictError;
  /** A save is on its way to storage. */
  saving = false;

  constructor(
    host: FormPartHost,
    private readonly context: () => ProfileEditorContext,
    private readonly element: ProfileEditorElement,
  ) {
    super(host);
  }

  /** Forgets problems and conflicts: the form shows another rep now. */
  reset(): void {
    this.problems = [];
    this.conflict = undefined;
    this.changed();
  }

  /** Checks and stores the form; `overwrite` keeps the rep's changes over a save made elsewhere. */
  async save(overwrite = false): Promise<void> {
    const { t, locale, store, ownerId, form, base } = this.context();
    if (!form || this.saving) return;
    const fromForm: Draft<MotivationProfile> = {
      ...(base ? { id: base.id, createdAt: base.createdAt } : {}),
      ownerId,
      drivers: { ...form.weights },
      recognitionPreference: form.recognitionPreference,
      leaderboard: form.leaderboard,
      autoCelebrate: form.autoCelebrate,
      coachingNote: form.coachingNote,
    };
    // Keeping mine after a conflict keeps what the other save changed in fields not edited here.
    const record = overwrite && this.conflict ? keepMine(base, fromForm, this.conflict.current) : fromForm;
    this.problems = validateProfile(record);
    this.changed();
    if (this.problems.length > 0) {
      this.element.say(undefined);
      await this.host.updateComplete;
      this.focusFirstProblem();
      return;
    }
    const expectedVersion = overwrite && this.conflict ? (this.conflict.actualVersion ?? 0) : (base?.version ?? 0);
    this.saving = true;
    this.conflict = undefined;
    this.changed();
    try {
      const saved = await store.put('profiles', record, { expectedVersion });
      this.problems = [];
      this.element.say({ kind: 'ok', text: t('profile.saved') });
      await this.element.saved(saved, base === undefined);
    } catch (error) {
      if (error instanceof ConflictError) {
        this.conflict = error;
        this.element.say(undefined);
        this.changed();
        await this.host.updateComplete;
        this.focus('.conflict-reload');
      } else {
        if (error instanceof ValidationError) this.problems = [...error.problems];
        this.element.say({ kind: 'error', text: t('profile.saveFailed', { message: errorText(error, locale) }) });
      }
    } finally {
      this.saving = false;
      this.changed();
    }
  }

  /** The problem with `field` (or a part of it), in the element's language. */
  problemFor(field: string): string | undefined {
    const problem = this.problems.find((p) => p.field === field || p.field.startsWith(`${field}.`));
    return problem && problemText(problem, this.context().locale);
  }

  // --- state changes ---------------------------------------------------------------------------

  private async reloadAfterConflict(): Promise<void> {
    this.reset();
    await this.element.discardChanges();
    this.focus('.ranking button:not([disabled])');
  }

  private focusFirstProblem(): void {
    const field = this.problems[0]?.field ?? '';
    const [head, driver] = field.split('.');
    const id = head === 'drivers' && driver ? `weight-${driver}` : head === 'coachingNote' ? 'coachingNote' : '';
    if (!id || !this.focus(`#${CSS.escape(id)}`)) this.focus('[aria-invalid="true"]');
  }

  // --- render ------------------------------------------------------------------------------------

  /** What the top of the form says after a save was tried: the problems to fix, or the conflict question. */
  renderNotices(): TemplateResult {
    const { t, locale } = this.context();
    return html`
      ${this.problems.length
        ? html`<div class="error-box" role="alert">
            ${t('profile.problems', { count: this.problems.length })}
            <ul class="problems">${this.problems.map((p) => html`<li>${problemText(p, locale)}</li>`)}</ul>
          </div>`
        : nothing}
      ${this.conflict
        ? html`<div class="error-box" role="alert">
            <p class="conflict-text">${t('profile.conflict')}</p>
            <div class="actions start">
              <button type="button" class="button conflict-reload" @click=${() => this.reloadAfterConflict()}>${t('profile.conflictReload')}</button>
              <button type="button" class="button primary" @click=${() => this.save(true)}>${t('profile.conflictOverwrite')}</button>
            </div>
          </div>`
        : nothing}
    `;
  }
}
