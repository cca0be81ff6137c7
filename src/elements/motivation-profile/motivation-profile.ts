import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { styleProps } from '../style-props.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { GoalpostElement } from '../goalpost-element.js';
import { METER_ROLE } from '../aria.js';
import { LiveQuery } from '../../controllers/live-query.js';
import { fields } from '../../styles/fields.js';
import { tokens, controls, skeleton, card } from '../../styles/tokens.js';
import { motivationProfileStyles } from './motivation-profile.styles.js';
import { loadProfileView } from './profile-view.js';
import type { ProfileView } from './profile-view.js';
import { formFrom } from './profile-form.js';
import type { ProfileFacts, ProfileFormState } from './profile-form.js';
import type { ProfileEditor, ProfileEditorContext, ProfileEditorElement, ProfileStatusLine } from './profile-editor.js';
import { clampWeight, leadingDrivers, moveDriver, newProfileDraft, rankDrivers } from '../../core/motivation.js';
import type { DriverWeights } from '../../core/motivation.js';
import { LIMITS } from '../../core/shape.js';
import type { Driver, LeaderboardPresence, MotivationProfile, Person, RecognitionPreference } from '../../core/types.js';
import { profile } from '../../i18n/en/profile.js';

export interface ProfileSaveDetail {
  profile: MotivationProfile;
  created: boolean;
}

const RECOGNITION_PREFERENCES: readonly RecognitionPreference[] = ['public', 'private', 'none'];
const LEADERBOARD_PRESENCES: readonly LeaderboardPresence[] = ['named', 'anonymous', 'hidden'];

/**
 * What drives a rep, in their own words: the five drivers (money, winning, recognition, growth,
 * purpose) ranked and weighed, how they like to be recognised, whether leaderboards show them,
 * whether Goalpost celebrates their milestones by itself, and how to coach them.
 *
 * The rep edits it (creating it the first time). Their manager reads a short summary and never
 * edits it. Anyone else is told it is not shared with them: storage does not hand it over.
 *
 * @fires {CustomEvent<ProfileSaveDetail>} goalpost-profile-save - After the rep saved their profile (detail: the stored profile, and whether it was created).
 * @csspart card - The frame.
 * @csspart form - The editor.
 * @csspart summary - The read-only summary (the manager's view, and the rep's preview of it).
 */
export class MotivationProfileElement extends GoalpostElement {
  static override styles = [tokens, controls, fields, card, motivationProfileStyles, skeleton];
  static override messages = { ...profile };
  /** Where the code for saving comes from, so a test can stand in a fetch that fails (a page gone offline). @internal */
  protected static loadEditor = () => import('./profile-editor.js');

  @state() private form?: ProfileFormState;
  @state() private dirty = false;
  @state() private status?: ProfileStatusLine;
  @state() private announcement = '';
  /**
   * Checking, saving and settling conflicts, loaded on the first Save (see `profile-editor.ts`):
   * a manager reading the summary never needs it.
   */
  @state() private editor?: ProfileEditor;
  /** A Save waits for the editor's code: the button says it is saving meanwhile. */
  @state() private saveWaiting = false;
  private editorLoading?: Promise<ProfileEditor>;
  private editorPrefetched = false;
  /** The stored profile the form started from: a save expects its version. */
  private base?: MotivationProfile;
  /** Which stored version the form shows, so a fresh read replaces an untouched form. */
  private formSource?: string;

  /** The rep whose profile to show; defaults to the viewer. */
  @property({ attribute: 'person-id', reflect: true }) personId?: string;

  private readonly data = new LiveQuery(this, {
    collections: ['profiles', 'people'],
    args: () => [this.personId || this.currentViewer?.personId, this.currentViewer?.personId] as const,
    enabled: ([personId]) => Boolean(personId),
    load: (storage, [personId, viewerId], signal) => loadProfileView(storage, personId!, viewerId, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('personId')) {
      this.form = undefined;
      this.formSource = undefined;
      this.dirty = false;
      this.status = undefined;
      this.editor?.reset();
    }
    const view = this.view;
    if (view?.relation !== 'owner') return;
    // Follow what is stored until the rep starts changing it; after that a save settles it.
    const source = view.profile ? `${view.profile.id}@${view.profile.version}` : `new:${view.person.id}`;
    if (!this.dirty && source !== this.formSource) {
      this.base = view.profile;
      this.form = formFrom(view.profile ?? (newProfileDraft(view.person.id) as ProfileFacts));
      this.formSource = source;
    }
  }

  protected override updated(): void {
    // The rep may save: have the code for it at hand before they ask.
    if (!this.editorPrefetched && this.view?.relation === 'owner') {
      this.editorPrefetched = true;
      this.prefetchWhenIdle(() => this.loadedEditor());
    }
  }

  private get view(): ProfileView | undefined {
    return this.data.value ?? undefined;
  }

  private firstName(person: Person | undefined): string {
    return person?.name.split(' ')[0] ?? '';
  }

  private driverName(driver: Driver): string {
    return this.t(`profile.driver.${driver}`);
  }

  // --- handlers -------------------------------------------------------------------------------

  private change(patch: Partial<ProfileFormState>): void {
    if (!this.form) return;
    this.form = { ...this.form, ...patch };
    this.dirty = true;
    if (this.status?.kind === 'ok') this.status = undefined;
  }

  private setWeight(driver: Driver, value: number): void {
    if (!this.form) return;
    this.change({ weights: { ...this.form.weights, [driver]: clampWeight(value) } });
  }

  /** A slider let go (or a key pressed on it): the ranking follows the weights. */
  private async settleWeight(driver: Driver, value: number): Promise<void> {
    if (!this.form) return;
    const weights = { ...this.form.weights, [driver]: clampWeight(value) };
    const before = this.form.order.indexOf(driver);
    const order = rankDrivers(weights, this.form.order);
    this.change({ weights, order });
    const after = order.indexOf(driver);
    if (after === before) return;
    this.announcement = this.t('profile.moved', { driver: this.driverName(driver), rank: after + 1, total: order.length });
    await this.updateComplete;
    // Moving the row moved the slider in the page: keep the keyboard on it.
    this.renderRoot.querySelector<HTMLInputElement>(`#weight-${driver}`)?.focus();
  }

  private async move(driver: Driver, by: -1 | 1): Promise<void> {
    if (!this.form) return;
    const { weights, order } = moveDriver(this.form.weights, this.form.order, driver, by);
    this.change({ weights, order });
    const rank = order.indexOf(driver) + 1;
    this.announcement = this.t('profile.moved', { driver: this.driverName(driver), rank, total: order.length });
    await this.updateComplete;
    const direction = by < 0 ? 'up' : 'down';
    const same = this.renderRoot.querySelector<HTMLButtonElement>(`#move-${driver}-${direction}`);
    const other = this.renderRoot.querySelector<HTMLButtonElement>(`#move-${driver}-${direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.form || this.view?.relation !== 'owner' || this.saveWaiting || this.editor?.saving) return;
    let editor = this.editor;
    if (!editor) {
      // Whose Save this is: by the time its code arrives the element may show someone else.
      const scope = () => [this.personId, this.view?.person.id, this.currentViewer?.personId, this.store] as const;
      const asked = scope();
      this.saveWaiting = true;
      try {
        editor = await this.loadedEditor();
      } catch {
        this.status = { kind: 'error', text: this.t('profile.saveFailed', { message: this.t('common.partUnavailable') }) };
        return;
      } finally {
        this.saveWaiting = false;
      }
      // Another person, viewer or storage meanwhile: this Save was not for what is shown now.
      if (!this.isConnected || this.view?.relation !== 'owner' || scope().some((part, i) => part !== asked[i])) return;
    }
    await editor.save();
  }

  // --- the editor ------------------------------------------------------------------------------

  /**
   * The editor, fetching its code the first time: its looks join the shadow root and its strings
   * the element's. A failed fetch is forgotten, so the next Save fetches again.
   */
  private loadedEditor(): Promise<ProfileEditor> {
    if (this.editor) return Promise.resolve(this.editor);
    this.editorLoading ??= (this.constructor as typeof MotivationProfileElement).loadEditor().then(
      ({ ProfileEditor, profileEditorStyles, profileEditorStrings }) => {
        this.adoptPart(profileEditorStyles, profileEditorStrings);
        this.editor = new ProfileEditor(this, () => this.editorContext(), this.editorElement());
        this.editorLoading = undefined;
        return this.editor;
      },
      (error: unknown) => {
        this.editorLoading = undefined;
        throw error;
      },
    );
    return this.editorLoading;
  }

  private editorContext(): ProfileEditorContext {
    return {
      t: (key, ...params) => this.t(key, ...params),
      locale: this.locale,
      store: this.store,
      ownerId: this.view!.person.id,
      form: this.form,
      base: this.base,
    };
  }

  private editorElement(): ProfileEditorElement {
    return {
      say: (status) => (this.status = status),
      saved: async (saved, created) => {
        this.base = saved;
        this.dirty = false;
        this.formSource = `${saved.id}@${saved.version}`;
        this.emit<ProfileSaveDetail>('goalpost-profile-save', { profile: saved, created });
        await this.data.refresh();
      },
      discardChanges: async () => {
        this.dirty = false;
        this.formSource = undefined;
        await this.data.refresh();
        this.requestUpdate();
        await this.updateComplete;
      },
    };
  }

  // --- render ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<section class="card" part="card" aria-labelledby="title" aria-busy=${this.data.loading ? 'true' : 'false'}>
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderBody(): TemplateResult {
    if (!this.personId && !this.currentViewer) {
      return html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('profile.title.self')}</h3><p class="empty">${this.t('profile.noPerson')}</p>`;
    }
    const error = this.data.error;
    const view = this.view;
    if (error && !view) {
      return html`<h3 aria-level=${this.headingAria(3)} id="title" class="visually-hidden">${this.t('profile.title.self')}</h3>${this.renderReadError(error, () => this.data.refresh())}`;
    }
    if (!view) {
      return html`<h3 aria-level=${this.headingAria(3)} id="title" class="visually-hidden">${this.t('profile.title.self')}</h3>
        <div class="skeleton" role="status" aria-label=${this.t('common.loading')}><span></span><span></span><span></span></div>`;
    }
    const name = this.firstName(view.person);
    if (view.relation === 'owner' && this.form) return this.renderEditor(view, this.form);
    if (!view.profile) {
      return html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('profile.title.other', { name })}</h3>
        <p class="notice">${view.relation === 'manager' ? this.t('profile.managerEmpty', { name }) : this.t('profile.notShared', { name })}</p>`;
    }
    return html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('profile.title.other', { name })}</h3>
      ${this.renderSummary(view.person, view.profile, true)}
      <p class="hint">${this.t('profile.readOnly', { name })}</p>`;
  }

  /** The short read a manager gets: what drives the rep most, how to recognise them, how to coach them. */
  private renderSummary(person: Person, profile: ProfileFacts, withWeights: boolean): TemplateResult {
    const name = this.firstName(person);
    const word = (driver: Driver) => this.t(`profile.driverWord.${driver}`);
    const [first, second] = leadingDrivers(profile.drivers);
    const drivers = first === undefined
      ? this.t('profile.summary.driversNone', { name })
      : second === undefined
        ? this.t('profile.summary.drivers1', { name, first: word(first) })
        : this.t('profile.summary.drivers2', { name, first: word(first), second: word(second) });
    const note = profile.coachingNote.trim();
    return html`<div class="summary" part="summary">
      <p class="sentence">${drivers} ${this.t(`profile.summary.recognition.${profile.recognitionPreference}`)}</p>
      ${note
        ? html`<p class="coach"><strong>${this.t('profile.summary.coach', { name })}</strong> <span class="note">${note}</span></p>`
        : html`<p class="coach muted">${this.t('profile.summary.noNote', { name })}</p>`}
      <ul class="facts">
        <li>${this.t(`profile.summary.leaderboard.${profile.leaderboard}`)}</li>
        <li>${this.t(profile.autoCelebrate && profile.recognitionPreference !== 'none' ? 'profile.summary.autoCelebrate.on' : 'profile.summary.autoCelebrate.off')}</li>
      </ul>
      ${withWeights ? this.renderWeightBars(profile.drivers) : nothing}
    </div>`;
  }

  private renderWeightBars(weights: DriverWeights): TemplateResult {
    return html`<ol class="bars" aria-label=${this.t('profile.summary.weights')}>
      ${rankDrivers(weights).map((driver) => {
        const value = clampWeight(weights[driver]);
        const name = this.driverName(driver);
        return html`<li>
          <span class="bar-name" id="bar-${driver}">${name}</span>
          <div
            class="bar"
            role=${METER_ROLE}
            aria-labelledby="bar-${driver}"
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=${value}
            aria-valuetext=${this.t('profile.weightText', { value })}
          ><div class="fill" style=${styleProps({ width: `${value}%` })}></div></div>
          <span class="bar-value" aria-hidden="true">${value}</span>
        </li>`;
      })}
    </ol>`;
  }

  private renderEditor(view: ProfileView, form: ProfileFormState): TemplateResult {
    const managerName = this.firstName(view.manager) || this.t('profile.yourManager');
    const creating = this.base === undefined;
    const noteProblem = this.editor?.problemFor('coachingNote');
    const saving = this.saveWaiting || this.editor?.saving;
    return html`
      <header>
        <h3 aria-level=${this.headingAria(3)} id="title">${this.t('profile.title.self')}</h3>
        ${creating ? html`<p class="intro">${this.t('profile.intro.new')}</p>` : nothing}
      </header>
      <form part="form" novalidate aria-labelledby="title" @submit=${(e: Event) => this.submit(e)}>
        ${this.editor?.renderNotices() ?? nothing}
        ${this.renderRanking(form)}
        ${this.renderChoices('recognitionPreference', this.t('profile.recognition.legend'), RECOGNITION_PREFERENCES, form.recognitionPreference,
          (value) => this.t(`profile.recognition.${value}`), (value) => this.t(`profile.recognition.${value}.help`))}
        ${this.renderChoices('leaderboard', this.t('profile.leaderboard.legend'), LEADERBOARD_PRESENCES, form.leaderboard,
          (value) => this.t(`profile.leaderboard.${value}`), (value) => this.t(`profile.leaderboard.${value}.help`))}
        <div class="choice">
          <input
            type="checkbox"
            id="autoCelebrate"
            .checked=${form.autoCelebrate}
            aria-describedby="autoCelebrate-help"
            @change=${(e: Event) => this.change({ autoCelebrate: (e.target as HTMLInputElement).checked })}
          />
          <label for="autoCelebrate">${this.t('profile.autoCelebrate')}</label>
          <span class="hint" id="autoCelebrate-help">
            ${this.t('profile.autoCelebrate.help')}
            ${form.recognitionPreference === 'none' ? html`<strong>${this.t('profile.autoCelebrate.helpNone')}</strong>` : nothing}
          </span>
        </div>
        <div class="field">
          <label for="coachingNote">${this.t('profile.coachingNote')}</label>
          <textarea
            id="coachingNote"
            maxlength=${LIMITS.coachingNote}
            .value=${form.coachingNote}
            aria-invalid=${noteProblem ? 'true' : 'false'}
            aria-describedby=${noteProblem ? 'coachingNote-help coachingNote-error' : 'coachingNote-help'}
            @input=${(e: Event) => this.change({ coachingNote: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
          <span class="hint" id="coachingNote-help">${this.t('profile.coachingNote.help', { manager: managerName })}</span>
          ${noteProblem ? html`<span class="field-error" id="coachingNote-error">${noteProblem}</span>` : nothing}
        </div>
        ${this.status
          ? html`<p class="status-line ${this.status.kind}" role=${this.status.kind === 'error' ? 'alert' : 'status'}>${this.status.text}</p>`
          : nothing}
        <div class="actions">
          ${this.dirty ? html`<span class="hint unsaved">${this.t('profile.unsaved')}</span>` : nothing}
          <button type="submit" class="button primary" ?disabled=${saving}>
            ${saving ? this.t('common.saving') : creating ? this.t('profile.create') : this.t('profile.save')}
          </button>
        </div>
      </form>
      <section class="preview" aria-labelledby="preview-title">
        <h4 aria-level=${this.headingAria(4)} id="preview-title" class="section-title">
          ${creating || this.dirty ? this.t('profile.previewUnsaved', { manager: managerName }) : this.t('profile.preview', { manager: managerName })}
        </h4>
        ${this.renderSummary(view.person, { ...form, drivers: form.weights }, false)}
      </section>
    `;
  }

  private renderRanking(form: ProfileFormState): TemplateResult {
    const total = form.order.length;
    return html`<fieldset class="drivers" aria-describedby="drivers-help">
      <legend>${this.t('profile.drivers.legend')}</legend>
      <p class="hint" id="drivers-help">${this.t('profile.drivers.help')}</p>
      <ol class="ranking">
        ${repeat(form.order, (driver) => driver, (driver, index) => {
          const name = this.driverName(driver);
          const value = form.weights[driver];
          const problem = this.editor?.problemFor(`drivers.${driver}`);
          return html`<li class="driver-row">
            <span class="rank" aria-hidden="true">${this.t('profile.rankNumber', { rank: index + 1 })}</span>
            <div class="driver-main">
              <div class="driver-label">
                <label for="weight-${driver}">${name}</label>
                <span class="hint" id="driver-${driver}-help">${this.t(`profile.driver.${driver}.help`)}</span>
              </div>
              <div class="slider">
                <input
                  type="range"
                  id="weight-${driver}"
                  min="0"
                  max="100"
                  step="1"
                  .value=${String(value)}
                  aria-valuetext=${this.t('profile.weightText', { value })}
                  aria-invalid=${problem ? 'true' : 'false'}
                  aria-describedby=${problem ? `driver-${driver}-help weight-${driver}-error` : `driver-${driver}-help`}
                  @input=${(e: Event) => this.setWeight(driver, Number((e.target as HTMLInputElement).value))}
                  @change=${(e: Event) => this.settleWeight(driver, Number((e.target as HTMLInputElement).value))}
                />
                <output for="weight-${driver}" aria-hidden="true">${value}</output>
              </div>
              ${problem ? html`<span class="field-error" id="weight-${driver}-error">${problem}</span>` : nothing}
            </div>
            <div class="move-buttons">
              <button type="button" class="button quiet icon-button" id="move-${driver}-up" ?disabled=${index === 0}
                aria-label=${this.t('profile.moveUp', { driver: name })} @click=${() => this.move(driver, -1)}><span aria-hidden="true">↑</span></button>
              <button type="button" class="button quiet icon-button" id="move-${driver}-down" ?disabled=${index === total - 1}
                aria-label=${this.t('profile.moveDown', { driver: name })} @click=${() => this.move(driver, 1)}><span aria-hidden="true">↓</span></button>
            </div>
          </li>`;
        })}
      </ol>
    </fieldset>`;
  }

  private renderChoices<T extends string>(
    name: 'recognitionPreference' | 'leaderboard',
    legend: string,
    options: readonly T[],
    current: T,
    label: (value: T) => string,
    help: (value: T) => string,
  ): TemplateResult {
    return html`<fieldset>
      <legend>${legend}</legend>
      ${options.map(
        (value) => html`<div class="choice">
          <input
            type="radio"
            id="${name}-${value}"
            name=${name}
            value=${value as string}
            .checked=${current === value}
            aria-describedby="${name}-${value}-help"
            @change=${() => this.change({ [name]: value } as Partial<ProfileFormState>)}
          />
          <label for="${name}-${value}">${label(value)}</label>
          <span class="hint" id="${name}-${value}-help">${help(value)}</span>
        </div>`,
      )}
    </fieldset>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goalpost-profile-save': CustomEvent<ProfileSaveDetail>;
  }
}
