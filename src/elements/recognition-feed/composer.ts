/**
 * The composer of recognition-feed: recipients (a searchable combobox over the team), kind,
 * message, optional link, value tags and audience. It lives in the feed's shadow root as a
 * reactive controller rather than an element of its own, so the feed registers one tag only and
 * every label, error and live region shares one accessibility tree. Most visits only read the
 * feed, so the feed loads this, its styles and its strings with the composer's first opening.
 *
 * Two rules it keeps before anything is stored:
 * - A recipient's recognition preference (from their motivation profile, which storage shows the
 *   sender only when privacy allows) is said before a post goes to the team, with a one-click
 *   switch to private. A profile the sender may not see is never guessed at.
 * - A link must be http(s) (`isSafeLink`); anything else is refused beside the field.
 * A failed post keeps everything typed.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { ValidationError } from '../../core/errors.js';
import type { FieldProblem } from '../../core/errors.js';
import { LIMITS, isSafeLink, validateRecognition } from '../../core/validation.js';
import { RECOGNITION_KINDS } from '../../core/types.js';
import type { Audience, Draft, Id, Person, Recognition, RecognitionKind, RecognitionPreference, Viewer } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';
import { formatList } from '../../i18n/format.js';
import { errorText, problemText } from '../../i18n/problem-text.js';
import { avatar, domId, kindIcon } from './feed-visuals.js';
export { composerStyles as styles } from './composer.styles.js';
export { feedComposer as strings } from '../../i18n/en/recognition-feed-parts.js';

export type Translate = <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;

/** What the composer needs from the feed, read fresh on every use. */
export interface ComposerContext {
  t: Translate;
  locale: string;
  store: StorageAdapter;
  viewer: Viewer | null;
  now: () => Date;
  /** Everyone the store knows, by id. */
  people: ReadonlyMap<Id, Person>;
  /** The team whose feed carries new posts. */
  teamId: Id | undefined;
  /** Person to preselect when the composer opens (a person feed's person). */
  preselect: Id | undefined;
  suggestedValues: readonly string[];
  /** `aria-level` of the composer's title, one below the feed's heading when `heading-level` moves it. */
  titleLevel: string | typeof nothing;
}

type ComposerHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** `null`: the sender may not see the profile (or there is none), so nothing is said. */
type KnownPreference = RecognitionPreference | null;

const FIELD_IDS: Record<string, string> = {
  toIds: 'composer-recipients',
  kind: 'composer-kind',
  consent: 'composer-kind',
  message: 'composer-message',
  link: 'composer-link',
  values: 'composer-value-input',
  audience: 'composer-audience-team',
};

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase();
}

export class RecognitionComposer implements ReactiveController {
  open = false;
  private recipients: Id[] = [];
  private query = '';
  private listOpen = false;
  private activeIndex = 0;
  private kind: RecognitionKind = 'kudos';
  private message = '';
  private link = '';
  private values: string[] = [];
  private extraValues: string[] = [];
  private valueInput = '';
  private audience: Audience = 'team';
  private preferences = new Map<Id, KnownPreference>();
  private preferenceAcknowledged = false;
  private preselectPending = false;
  private preferenceBlocked = false;
  private problems: FieldProblem[] = [];
  private failure?: string;
  private submitting = false;
  private announcement = '';

  constructor(
    private readonly host: ComposerHost,
    private readonly context: () => ComposerContext,
    private readonly onPosted: (saved: Recognition) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  // --- state changes ---------------------------------------------------------------------------

  private changed(): void {
    this.host.requestUpdate();
  }

  /** Before the host renders: a person to preselect once the directory has loaded. */
  hostUpdate(): void {
    if (this.open && this.preselectPending) this.applyPreselect();
  }

  /** Opens the composer; `focus` (the default) moves focus to its first field. */
  show(focus = true): void {
    if (this.open) return;
    this.open = true;
    this.preselectPending = true;
    this.applyPreselect();
    this.changed();
    if (focus) void this.host.updateComplete.then(() => this.focus('composer-recipients'));
  }

  /** On a person's feed, that person is who the sender most likely means. */
  private applyPreselect(): void {
    const { preselect, viewer, people } = this.context();
    // The directory is still loading: try again on the next update.
    if (people.size === 0) return;
    this.preselectPending = false;
    if (preselect && preselect !== viewer?.personId && this.recipients.length === 0 && this.candidates().some((p) => p.id === preselect)) {
      this.addRecipient(preselect, false);
    }
  }

  toggle(): void {
    if (this.open) this.hide();
    else this.show();
  }

  hide(): void {
    this.open = false;
    this.listOpen = false;
    this.changed();
    void this.host.updateComplete.then(() => this.focus('composer-toggle'));
  }

  private focus(id: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** People of the team the sender can recognise: everyone but themself. */
  private candidates(): Person[] {
    const { people, teamId, viewer } = this.context();
    const team = teamId ?? (viewer ? people.get(viewer.personId)?.teamId : undefined);
    return [...people.values()]
      .filter((person) => person.teamId === team && person.id !== viewer?.personId)
      .sort((a, b) => a.name.localeCompare(b.name, this.context().locale));
  }

  private matches(): Person[] {
    const wanted = fold(this.query.trim());
    return this.candidates().filter((person) => !this.recipients.includes(person.id) && (wanted === '' || fold(person.name).includes(wanted)));
  }

  private addRecipient(id: Id, announce = true): void {
    if (this.recipients.includes(id)) return;
    this.recipients = [...this.recipients, id];
    this.query = '';
    this.activeIndex = 0;
    this.preferenceAcknowledged = false;
    this.preferenceBlocked = false;
    this.problems = this.problems.filter((p) => !p.field.startsWith('toIds'));
    const name = this.context().people.get(id)?.name ?? id;
    if (announce) this.announcement = this.context().t('feed.compose.recipients.added', { name });
    void this.readPreference(id);
    this.changed();
  }

  private removeRecipient(id: Id): void {
    const name = this.context().people.get(id)?.name ?? id;
    this.recipients = this.recipients.filter((r) => r !== id);
    this.preferenceBlocked = false;
    this.announcement = this.context().t('feed.compose.recipients.removed', { name });
    this.changed();
    void this.host.updateComplete.then(() => this.focus('composer-recipients'));
  }

  /** Reads a recipient's recognition preference, if storage lets the sender see their profile. */
  private async readPreference(id: Id): Promise<void> {
    if (this.preferences.has(id)) return;
    let preference: KnownPreference;
    try {
      const page = await this.context().store.list('profiles', { where: { ownerId: id }, limit: 1 });
      preference = page.items[0]?.recognitionPreference ?? null;
    } catch {
      // Not visible or unreadable: say nothing rather than guess.
      preference = null;
    }
    this.preferences.set(id, preference);
    this.changed();
  }

  /** Recipients who would rather not be recognised in front of the team. */
  private reluctant(): Array<{ person: Id; preference: 'private' | 'none' }> {
    return this.recipients.flatMap((id) => {
      const preference = this.preferences.get(id);
      return preference === 'private' || preference === 'none' ? [{ person: id, preference }] : [];
    });
  }

  private setAudience(audience: Audience): void {
    this.audience = audience;
    this.preferenceBlocked = false;
    this.problems = this.problems.filter((p) => p.field !== 'audience');
    this.changed();
  }

  private switchToPrivate(): void {
    this.setAudience('private');
    void this.host.updateComplete.then(() => this.focus('composer-audience-private'));
  }

  private keepTeam(): void {
    this.preferenceAcknowledged = true;
    this.preferenceBlocked = false;
    this.announcement = this.context().t('feed.pref.kept');
    this.changed();
    void this.host.updateComplete.then(() => this.focus('composer-submit'));
  }

  private toggleValue(value: string): void {
    this.values = this.values.includes(value) ? this.values.filter((v) => v !== value) : [...this.values, value];
    this.problems = this.problems.filter((p) => !p.field.startsWith('values'));
    this.changed();
  }

  private addCustomValue(): void {
    const value = this.valueInput.trim().replace(/^#/, '');
    if (!value) return;
    const known = [...this.context().suggestedValues, ...this.extraValues].find((v) => fold(v) === fold(value));
    const tag = known ?? value;
    if (!known) this.extraValues = [...this.extraValues, tag];
    if (!this.values.includes(tag)) this.values = [...this.values, tag];
    this.valueInput = '';
    this.problems = this.problems.filter((p) => !p.field.startsWith('values'));
    this.changed();
  }

  private checkLink(): boolean {
    const link = this.link.trim();
    this.problems = this.problems.filter((p) => p.field !== 'link');
    const ok = link === '' || isSafeLink(link);
    if (!ok) this.problems = [...this.problems, { field: 'link', message: this.context().t('feed.compose.link.bad') }];
    this.changed();
    return ok;
  }

  private reset(): void {
    this.recipients = [];
    this.query = '';
    this.listOpen = false;
    this.kind = 'kudos';
    this.message = '';
    this.link = '';
    this.values = [];
    this.valueInput = '';
    this.audience = 'team';
    this.preferenceAcknowledged = false;
    this.preferenceBlocked = false;
    this.problems = [];
    this.failure = undefined;
  }

  private draft(): Draft<Recognition> | undefined {
    const { viewer, people, teamId, now } = this.context();
    if (!viewer) return undefined;
    const team = teamId ?? people.get(this.recipients[0] ?? '')?.teamId ?? people.get(viewer.personId)?.teamId ?? '';
    const draft: Draft<Recognition> = {
      fromId: viewer.personId,
      toIds: [...this.recipients],
      teamId: team,
      kind: this.kind,
      message: this.message.trim(),
      values: [...this.values],
      audience: this.audience,
      postedAt: now().toISOString(),
      reactions: {},
    };
    const link = this.link.trim();
    if (link) draft.link = link;
    if (this.kind === 'coaching-example' && this.recipients[0]) draft.consent = { personId: this.recipients[0], status: 'pending' };
    return draft;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting) return;
    const { store, t, locale } = this.context();
    const draft = this.draft();
    if (!draft) return;
    this.failure = undefined;
    const linkOk = this.checkLink();
    const problems = validateRecognition(draft).filter((p) => !(p.field === 'link' && !linkOk));
    if (!linkOk) problems.push(...this.problems.filter((p) => p.field === 'link'));
    this.problems = problems;
    if (problems.length > 0) {
      this.changed();
      await this.host.updateComplete;
      this.focusFirstProblem();
      return;
    }
    if (this.audience === 'team' && this.reluctant().length > 0 && !this.preferenceAcknowledged) {
      this.preferenceBlocked = true;
      this.changed();
      await this.host.updateComplete;
      this.focus('composer-pref-switch');
      return;
    }
    this.submitting = true;
    this.changed();
    try {
      const saved = await store.put('recognitions', draft, { expectedVersion: 0 });
      this.reset();
      this.open = false;
      this.onPosted(saved);
      await this.host.updateComplete;
      this.focus('composer-toggle');
    } catch (error) {
      if (error instanceof ValidationError) {
        this.problems = [...error.problems];
        this.failure = t('feed.compose.problems');
      } else {
        this.failure = t('feed.compose.failed', { message: errorText(error, locale) });
      }
    } finally {
      this.submitting = false;
      this.changed();
    }
    if (this.problems.length > 0) {
      await this.host.updateComplete;
      this.focusFirstProblem();
    }
  }

  private problemFor(field: string): string | undefined {
    const problem = this.problems.find((p) => p.field === field || p.field.startsWith(`${field}.`));
    return problem && problemText(problem, this.context().locale);
  }

  private focusFirstProblem(): void {
    const field = this.problems[0]?.field.split('.')[0] ?? '';
    this.focus(FIELD_IDS[field] ?? 'composer-message');
  }

  // --- combobox keyboard -------------------------------------------------------------------------

  private onRecipientKeydown(event: KeyboardEvent): void {
    const options = this.matches();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.listOpen) {
          this.listOpen = true;
          this.activeIndex = 0;
        } else if (options.length > 0) {
          this.activeIndex = (this.activeIndex + 1) % options.length;
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.listOpen) {
          this.listOpen = true;
          this.activeIndex = Math.max(0, options.length - 1);
        } else if (options.length > 0) {
          this.activeIndex = (this.activeIndex - 1 + options.length) % options.length;
        }
        break;
      case 'Enter': {
        // Enter in the combobox chooses; it never submits a half-written post.
        event.preventDefault();
        const option = this.listOpen ? options[this.activeIndex] : undefined;
        if (option) this.addRecipient(option.id);
        break;
      }
      case 'Escape':
        if (this.listOpen) {
          event.preventDefault();
          event.stopPropagation();
          this.listOpen = false;
        } else if (this.query) {
          event.preventDefault();
          this.query = '';
        }
        break;
      case 'Backspace':
        if (this.query === '' && this.recipients.length > 0) {
          event.preventDefault();
          this.removeRecipient(this.recipients[this.recipients.length - 1]!);
        }
        break;
      default:
        return;
    }
    this.changed();
    void this.host.updateComplete.then(() => {
      this.host.renderRoot.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  private onRecipientInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.listOpen = true;
    this.activeIndex = 0;
    // Say how many people match, so a screen reader user knows whether to arrow down.
    const count = this.matches().length;
    this.announcement = count === 0 ? this.context().t('feed.compose.recipients.none') : this.context().t('feed.compose.recipients.count', { count });
    this.changed();
  }

  private onRecipientFocusOut(): void {
    // Closing the composer removes the focused field; there is nothing left to close then.
    if (!this.open || !this.listOpen) return;
    // Focus may be moving within the field, or leave because a chip is being re-rendered away:
    // decide once the DOM has settled, from where focus actually is.
    queueMicrotask(() => {
      const box = this.host.renderRoot.querySelector('.recipient-field');
      const active = (this.host.renderRoot as ShadowRoot).activeElement;
      if (!this.listOpen || (active && box?.contains(active))) return;
      this.listOpen = false;
      this.changed();
    });
  }

  private onChipKeydown(event: KeyboardEvent, id: Id): void {
    if (event.key === 'Backspace' || event.key === 'Delete') {
      event.preventDefault();
      this.removeRecipient(id);
    }
  }

  // --- render ------------------------------------------------------------------------------------

  render(): TemplateResult | typeof nothing {
    const { t, viewer, titleLevel } = this.context();
    if (!viewer || !this.open) return nothing;
    return html`<form id="composer" class="composer" part="composer" novalidate aria-labelledby="composer-title" @submit=${(e: Event) => this.submit(e)}>
      <h3 id="composer-title" class="composer-title" aria-level=${titleLevel}>${t('feed.compose.title')}</h3>
      ${this.failure ? html`<div class="error-box" role="alert">${this.failure}</div>` : nothing}
      ${this.renderRecipients()} ${this.renderPreferenceNotice()}
      <div class="row">${this.renderKind()} ${this.renderAudience()}</div>
      ${this.renderMessage()} ${this.renderLink()} ${this.renderValues()}
      <div class="actions">
        <button type="button" class="button quiet" @click=${() => this.hide()}>${t('feed.compose.cancel')}</button>
        <button id="composer-submit" type="submit" class="button primary" ?disabled=${this.submitting} aria-describedby=${this.preferenceBlocked ? 'composer-pref-text' : nothing}>
          ${this.submitting ? t('feed.compose.submitting') : t('feed.compose.submit')}
        </button>
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </form>`;
  }

  private renderRecipients(): TemplateResult {
    const { t, people } = this.context();
    const options = this.matches();
    const active = this.listOpen ? options[Math.min(this.activeIndex, options.length - 1)] : undefined;
    const problem = this.problemFor('toIds');
    const describedBy = ['composer-recipients-hint', problem ? 'composer-recipients-error' : ''].filter(Boolean).join(' ');
    return html`<div class="field recipient-field" @focusout=${() => this.onRecipientFocusOut()}>
      <label for="composer-recipients">${t('feed.compose.recipients')}</label>
      <div class="recipient-box ${problem ? 'invalid' : ''}">
        ${this.recipients.length
          ? html`<ul class="chips" aria-label=${t('feed.compose.recipients.selected')}>
              ${this.recipients.map((id) => {
                const person = people.get(id);
                const name = person?.name ?? id;
                return html`<li class="chip person-chip">
                  ${avatar(person, name, 'small')}<span>${name}</span>
                  <button type="button" class="chip-remove" aria-label=${t('feed.compose.remove', { name })}
                    @click=${() => this.removeRecipient(id)} @keydown=${(e: KeyboardEvent) => this.onChipKeydown(e, id)}>
                    <span aria-hidden="true">×</span>
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing}
        <input
          id="composer-recipients"
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${this.listOpen ? 'true' : 'false'}
          aria-controls="composer-recipient-list"
          aria-activedescendant=${active ? domId('composer-option', active.id) : nothing}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${describedBy}
          placeholder=${t('feed.compose.recipients.placeholder')}
          .value=${this.query}
          @input=${(e: Event) => this.onRecipientInput(e)}
          @keydown=${(e: KeyboardEvent) => this.onRecipientKeydown(e)}
          @click=${() => {
            this.listOpen = true;
            this.changed();
          }}
        />
      </div>
      <ul id="composer-recipient-list" class="listbox" role="listbox" aria-label=${t('feed.compose.recipients')} ?hidden=${!this.listOpen}>
        ${options.length === 0
          ? html`<li class="no-match" role="presentation">${t('feed.compose.recipients.none')}</li>`
          : options.map(
              (person) => html`<li
                id=${domId('composer-option', person.id)}
                role="option"
                class="option"
                aria-selected=${person === active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.addRecipient(person.id)}
              >
                ${avatar(person, person.name, 'small')}
                <span class="option-name">${person.name}</span>
                ${person.title ? html`<span class="option-title">${person.title}</span>` : nothing}
              </li>`,
            )}
      </ul>
      <span class="hint" id="composer-recipients-hint">${t('feed.compose.recipients.hint')}</span>
      ${problem ? html`<span class="field-error" id="composer-recipients-error">${problem}</span>` : nothing}
    </div>`;
  }

  private renderPreferenceNotice(): TemplateResult {
    const { t, people, locale } = this.context();
    const reluctant = this.reluctant();
    const show = this.audience === 'team' && reluctant.length > 0;
    let content: TemplateResult | typeof nothing = nothing;
    if (show) {
      const none = reluctant.filter((r) => r.preference === 'none');
      const group = none.length > 0 ? none : reluctant;
      const names = formatList(group.map((r) => people.get(r.person)?.name.split(' ')[0] ?? r.person), locale);
      const text = none.length > 0 ? t('feed.pref.none', { names, count: group.length }) : t('feed.pref.private', { names, count: group.length });
      content = this.preferenceAcknowledged
        ? html`<p class="hint">${t('feed.pref.kept')}</p>`
        : html`<div class="notice preference ${this.preferenceBlocked ? 'blocking' : ''}">
            <p id="composer-pref-text">${text}${this.preferenceBlocked ? html` <strong>${t('feed.pref.confirm')}</strong>` : nothing}</p>
            <div class="actions">
              <button id="composer-pref-switch" type="button" class="button primary" @click=${() => this.switchToPrivate()}>${t('feed.pref.switch')}</button>
              <button type="button" class="button" @click=${() => this.keepTeam()}>${t('feed.pref.keep')}</button>
            </div>
          </div>`;
    }
    // The region stays in the tree so the notice is announced when it appears.
    return html`<div class="preference-region" aria-live="polite">${content}</div>`;
  }

  private renderKind(): TemplateResult {
    const { t, people } = this.context();
    const problem = this.problemFor('kind') ?? this.problemFor('consent');
    const featured = this.recipients[0] ? people.get(this.recipients[0])?.name.split(' ')[0] ?? this.recipients[0] : undefined;
    const hint = this.kind === 'coaching-example'
      ? featured ? t('feed.compose.coaching.hint', { name: featured }) : t('feed.compose.coaching.noRecipient')
      : undefined;
    const describedBy = [hint ? 'composer-kind-hint' : '', problem ? 'composer-kind-error' : ''].filter(Boolean).join(' ') || undefined;
    return html`<div class="field">
      <label for="composer-kind">${t('feed.compose.kind')}</label>
      <span class="select-with-icon">
        ${kindIcon(this.kind)}
        <select id="composer-kind" aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${describedBy ?? nothing}
          @change=${(e: Event) => {
            this.kind = (e.target as HTMLSelectElement).value as RecognitionKind;
            this.problems = this.problems.filter((p) => p.field !== 'kind' && !p.field.startsWith('consent'));
            this.changed();
          }}>
          ${RECOGNITION_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${t(`feed.kind.${kind}`)}</option>`)}
        </select>
      </span>
      ${hint ? html`<span class="hint" id="composer-kind-hint">${hint}</span>` : nothing}
      ${problem ? html`<span class="field-error" id="composer-kind-error">${problem}</span>` : nothing}
    </div>`;
  }

  private renderAudience(): TemplateResult {
    const { t } = this.context();
    const problem = this.problemFor('audience');
    const option = (audience: Audience, label: string, help: string) => html`<label class="choice">
      <input type="radio" name="composer-audience" id="composer-audience-${audience}" value=${audience}
        .checked=${this.audience === audience} aria-describedby="composer-audience-${audience}-help"
        @change=${() => this.setAudience(audience)} />
      <span><strong>${label}</strong><span class="hint" id="composer-audience-${audience}-help">${help}</span></span>
    </label>`;
    return html`<fieldset class="audience">
      <legend>${t('feed.compose.audience')}</legend>
      ${option('team', t('feed.compose.audience.team'), t('feed.compose.audience.team.help'))}
      ${option('private', t('feed.compose.audience.private'), t('feed.compose.audience.private.help'))}
      ${problem ? html`<span class="field-error">${problem}</span>` : nothing}
    </fieldset>`;
  }

  private renderMessage(): TemplateResult {
    const { t } = this.context();
    const problem = this.problemFor('message');
    return html`<div class="field">
      <label for="composer-message">${t('feed.compose.message')}</label>
      <textarea id="composer-message" rows="3" maxlength=${LIMITS.message}
        placeholder=${t('feed.compose.message.placeholder')}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? 'composer-message-error composer-message-count' : 'composer-message-count'}
        .value=${this.message}
        @input=${(e: Event) => {
          this.message = (e.target as HTMLTextAreaElement).value;
          if (problem) this.problems = this.problems.filter((p) => p.field !== 'message');
          this.changed();
        }}></textarea>
      <span class="hint counter" id="composer-message-count">${t('feed.compose.message.count', { used: this.message.length, max: LIMITS.message })}</span>
      ${problem ? html`<span class="field-error" id="composer-message-error">${problem}</span>` : nothing}
    </div>`;
  }

  private renderLink(): TemplateResult {
    const { t } = this.context();
    const problem = this.problemFor('link');
    return html`<div class="field">
      <label for="composer-link">${t('feed.compose.link')}</label>
      <input id="composer-link" type="url" inputmode="url" autocomplete="off" spellcheck="false" placeholder="https://"
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? 'composer-link-error composer-link-hint' : 'composer-link-hint'}
        .value=${this.link}
        @input=${(e: Event) => {
          this.link = (e.target as HTMLInputElement).value;
          if (problem && (this.link.trim() === '' || isSafeLink(this.link.trim()))) this.checkLink();
          else this.changed();
        }}
        @change=${() => this.checkLink()} />
      <span class="hint" id="composer-link-hint">${t('feed.compose.link.hint')}</span>
      ${problem ? html`<span class="field-error" id="composer-link-error">${problem}</span>` : nothing}
    </div>`;
  }

  private renderValues(): TemplateResult {
    const { t, suggestedValues } = this.context();
    const problem = this.problemFor('values');
    const all = [...suggestedValues, ...this.extraValues.filter((v) => !suggestedValues.includes(v))];
    const full = this.values.length >= LIMITS.values;
    return html`<fieldset class="values-field">
      <legend>${t('feed.compose.values')}</legend>
      <div class="chips">
        ${all.map(
          (value) => html`<button type="button" class="chip toggle-chip" aria-pressed=${this.values.includes(value) ? 'true' : 'false'}
            ?disabled=${full && !this.values.includes(value)} @click=${() => this.toggleValue(value)}>
            <span aria-hidden="true">#</span>${value}
          </button>`,
        )}
      </div>
      <div class="inline-add">
        <label class="visually-hidden" for="composer-value-input">${t('feed.compose.values.add')}</label>
        <input id="composer-value-input" type="text" maxlength=${LIMITS.valueTag} placeholder=${t('feed.compose.values.add')}
          .value=${this.valueInput} ?disabled=${full}
          aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? 'composer-values-error' : nothing}
          @input=${(e: Event) => {
            this.valueInput = (e.target as HTMLInputElement).value;
            this.changed();
          }}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              this.addCustomValue();
            }
          }} />
        <button type="button" class="button" ?disabled=${full || this.valueInput.trim() === ''} @click=${() => this.addCustomValue()}>${t('feed.compose.values.addButton')}</button>
      </div>
      ${full ? html`<span class="hint">${t('feed.compose.values.full', { max: LIMITS.values })}</span>` : nothing}
      ${problem ? html`<span class="field-error" id="composer-values-error">${problem}</span>` : nothing}
    </fieldset>`;
  }
}
