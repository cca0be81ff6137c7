import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { GoalpostElement } from '../goalpost-element.js';
import { LiveQuery } from '../../controllers/live-query.js';
import { tokens, controls, skeleton, card } from '../../styles/tokens.js';
import { goalCheckinStyles } from './goal-checkin.styles.js';
import { loadCheckInView } from './checkin-view.js';
import { CONFIDENCES } from './confidence.js';
import type { CheckInView } from './checkin-view.js';
import type { CheckInEditor, CheckInEditorContext, CheckInEditorElement } from './checkin-editor.js';
import {
  acknowledge,
  checkInSchedule,
  commitmentState,
  inferCadence,
  markCommitment,
  mayAcknowledge,
  mayMarkCommitment,
  acknowledgerOf,
  roleIn,
  suggestedNextDueOn,
} from '../../core/checkin-schedule.js';
import type { CheckInParties, CheckInRole, CheckInSchedule } from '../../core/checkin-schedule.js';
import { ConflictError } from '../../core/errors.js';
import { isGoalSummary } from '../../core/types.js';
import type { Cadence, CheckIn, GoalSummary, Id, PersonalGoal } from '../../core/types.js';
import { formatDate, formatDaysFrom } from '../../i18n/format.js';
import { checkin } from '../../i18n/en/checkin.js';
import { goalCard } from '../../i18n/en/goal-card.js';

/**
 * The review rhythm of one goal (`goal-id`), or of general check-ins with a rep (`person-id`):
 * the cadence, whether the next check-in is due or overdue, a form for a new check-in (the
 * manager also records what they will do to help), and the history newest first, where the
 * other party acknowledges each check-in and the manager marks commitments kept.
 *
 * Privacy comes from storage: a check-in about a private goal reaches only the rep, and a
 * manager following a goal shared as a summary sees its check-ins under its category, never its
 * title.
 *
 * @fires {CustomEvent<CheckIn>} goalpost-checkin-save - A check-in was saved: a new one, or a commitment marked kept (detail: the stored CheckIn).
 * @fires {CustomEvent<CheckIn>} goalpost-checkin-acknowledge - The viewer acknowledged a check-in (detail: the stored CheckIn).
 * @csspart card - The frame.
 * @csspart due - The due or overdue line.
 * @csspart form - The new check-in form.
 * @csspart timeline - The history list.
 */
export class GoalCheckin extends GoalpostElement {
  static override styles = [tokens, controls, card, goalCheckinStyles, skeleton];
  static override messages = { ...checkin, ...goalCard };
  /** Where the form's code comes from, so a test can count its fetches or stand in one that fails. @internal */
  protected static loadEditor = () => import('./checkin-editor.js');

  /**
   * The new check-in form, loaded the first time the rep or their manager opens it (see
   * `checkin-editor.ts`): many pages only show check-ins.
   */
  @state() private editor?: CheckInEditor;
  @state() private editorLoading?: Promise<void>;
  /** The form's code could not be fetched: said beside the button, whose next press fetches it again. */
  @state() private editorFailed = false;
  private editorPrefetched = false;
  @state() private actionError = '';
  @state() private announcement = '';
  @state() private busy = new Set<Id>();
  @state() private showAll = false;

  /** The goal whose check-ins to show. */
  @property({ attribute: 'goal-id', reflect: true }) goalId?: string;

  /** The rep whose general check-ins to show, when no goal is named. */
  @property({ attribute: 'person-id', reflect: true }) personId?: string;

  /** The rhythm of general check-ins; goals bring their own. Unset: the rhythm of the last check-in, else monthly. */
  @property({ reflect: true }) cadence?: Cadence;

  /** Opens the new check-in form (for the rep and their manager). */
  @property({ type: Boolean, reflect: true }) composing = false;

  /** Check-ins this element has seen, so one arriving from elsewhere can be announced. */
  private seenIds?: Set<Id>;
  /** The check-in this element just wrote, which needs no "new check-in" announcement. */
  private ownWrite?: Id;

  private readonly data = new LiveQuery(this, {
    collections: ['checkins', 'goals', 'people'],
    args: () => [this.goalId, this.goalId ? undefined : this.personId] as const,
    enabled: ([goalId, personId]) => Boolean(goalId || personId),
    load: (storage, [goalId, personId], signal) => loadCheckInView(storage, { goalId, personId }, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('goalId') || changed.has('personId')) {
      this.seenIds = undefined;
      this.showAll = false;
      this.editor?.close();
      this.editorFailed = false;
      this.actionError = '';
    }
    // Put in `composing` again from outside: try the form's code again if it failed.
    if (changed.has('composing') && this.composing) this.editorFailed = false;
    this.noticeArrivals();
    if (!this.composing) {
      if (this.editor?.open) this.editor.close();
    } else if (!this.editor?.open && this.view && this.viewerRole !== 'observer' && !this.editorFailed) {
      this.openEditor(false);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The rep or their manager may write: have the form at hand before they ask for it.
    if (!this.editorPrefetched && this.view && this.viewerRole !== 'observer') {
      this.editorPrefetched = true;
      this.prefetchWhenIdle(() => (this.constructor as typeof GoalCheckin).loadEditor());
    }
  }

  /** Announces a check-in that arrived from elsewhere (another tab, the other party). */
  private noticeArrivals(): void {
    const view = this.view;
    if (!view) return;
    if (this.seenIds) {
      const arrived = view.checkins.find((c) => !this.seenIds!.has(c.id) && c.id !== this.ownWrite);
      if (arrived) this.announcement = this.t('checkin.newFrom', { name: this.nameOf(arrived.authorId) });
    }
    this.seenIds = new Set(view.checkins.map((c) => c.id));
  }

  private get view(): CheckInView | undefined {
    return this.data.value ?? undefined;
  }

  private get viewerId(): Id | undefined {
    return this.currentViewer?.personId;
  }

  private parties(view: CheckInView): CheckInParties {
    return { repId: view.rep.id, ...(view.rep.managerId ? { managerId: view.rep.managerId } : {}) };
  }

  private get viewerRole(): CheckInRole {
    const view = this.view;
    return view ? roleIn(this.viewerId, this.parties(view)) : 'observer';
  }

  private wholeGoal(view: CheckInView): PersonalGoal | undefined {
    return view.goal && !isGoalSummary(view.goal) ? view.goal : undefined;
  }

  /** The cadence to schedule by: the goal's, the element's, or the last check-in's rhythm. */
  private cadenceFor(view: CheckInView): Cadence {
    const goal = this.wholeGoal(view);
    if (goal) return goal.cadence;
    if (this.cadence) return this.cadence;
    const latest = view.checkins[0];
    return latest ? inferCadence(latest) : 'monthly';
  }

  private schedule(view: CheckInView): CheckInSchedule {
    const goal = view.goal;
    const whole = this.wholeGoal(view);
    return checkInSchedule({
      checkins: view.checkins,
      today: this.today(),
      ...(whole ? { cadence: whole.cadence, writtenOn: whole.writtenOn } : {}),
      ...(goal && isGoalSummary(goal) && goal.nextCheckInOn ? { knownDueOn: goal.nextCheckInOn } : {}),
      active: goal ? goal.status === 'active' : true,
    });
  }

  private firstName(id: Id | undefined): string {
    const person = id ? this.view?.people.get(id) : undefined;
    return person?.name.split(' ')[0] ?? '';
  }

  /** A person as the viewer reads them: "You", or their name. */
  private nameOf(id: Id | undefined): string {
    if (id && id === this.viewerId) return this.t('common.you');
    const person = id ? this.view?.people.get(id) : undefined;
    return person?.name ?? this.t('checkin.someone');
  }

  /** What a goal is called for this viewer: its title, or for a summary its category only. */
  private goalLabel(goal: PersonalGoal | GoalSummary | undefined): string {
    if (!goal) return this.t('checkin.unknownGoal');
    if (isGoalSummary(goal)) return this.t('checkin.summaryGoal', { category: this.t(`goal.category.${goal.category}`) });
    return goal.title;
  }

  private date(date: string, style: 'short' | 'medium' = 'medium'): string {
    return formatDate(date, this.locale, style);
  }

  // --- the form ------------------------------------------------------------------------------

  /**
   * Runs `then` with the form, fetching its code the first time. While the code is on its way the
   * element says it is busy and "Log a check-in" does nothing more; if the fetch fails, the
   * element says so and the next press fetches again.
   */
  private withEditor(then: (editor: CheckInEditor) => void): void {
    if (this.editor) return then(this.editor);
    this.editorLoading ??= (this.constructor as typeof GoalCheckin).loadEditor().then(
      ({ CheckInEditor, checkinEditorStyles, checkinEditorStrings }) => {
        this.adoptPart(checkinEditorStyles, checkinEditorStrings);
        this.editor = new CheckInEditor(this, () => this.editorContext(), this.editorElement());
        this.editorLoading = undefined;
        then(this.editor);
      },
      () => {
        this.editorLoading = undefined;
        this.editorFailed = true;
        this.composing = false;
      },
    );
  }

  /** Opens an empty form, if it is still wanted once its code is here (focus only if still here). */
  private openEditor(focus: boolean): void {
    this.withEditor((editor) => {
      if (this.composing && this.view && this.viewerRole !== 'observer' && !editor.open) editor.start(focus && this.focusStillHere);
    });
  }

  private editorContext(): CheckInEditorContext {
    const view = this.view;
    const cadence = view ? this.cadenceFor(view) : (this.cadence ?? 'monthly');
    return {
      t: (key, ...params) => this.t(key, ...params),
      locale: this.locale,
      store: this.store,
      viewerId: this.viewerId,
      today: this.today(),
      view,
      role: this.viewerRole,
      cadence,
      suggestedNextDueOn: suggestedNextDueOn(this.today(), cadence),
      headingAria: (tag) => this.headingAria(tag),
    };
  }

  private editorElement(): CheckInEditorElement {
    return {
      saved: async (saved) => {
        this.ownWrite = saved.id;
        this.composing = false;
        this.announcement = this.t('checkin.saved', { date: this.date(saved.nextDueOn) });
        this.emit<CheckIn>('goalpost-checkin-save', saved);
        await this.data.refresh();
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.open-form')?.focus();
      },
      cancelled: () => {
        this.composing = false;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.open-form')?.focus());
      },
    };
  }

  // --- handlers -------------------------------------------------------------------------------

  private openForm(): void {
    if (this.editorLoading) return;
    this.editorFailed = false;
    this.composing = true;
    this.openEditor(true);
  }

  /** Writes a change to one stored check-in, keeping its version so a change made elsewhere is not lost. */
  private async writeCheckIn(checkIn: CheckIn, next: CheckIn, done: (saved: CheckIn) => void): Promise<void> {
    if (this.busy.has(checkIn.id)) return;
    this.busy = new Set([...this.busy, checkIn.id]);
    this.actionError = '';
    try {
      const saved = await this.store.put('checkins', next, { expectedVersion: checkIn.version });
      done(saved);
      await this.data.refresh();
    } catch (error) {
      if (error instanceof ConflictError) {
        this.actionError = this.t('checkin.changedElsewhere');
        await this.data.refresh();
      } else {
        this.actionError = this.t('checkin.updateFailed', { message: this.errorText(error) });
      }
    } finally {
      const busy = new Set(this.busy);
      busy.delete(checkIn.id);
      this.busy = busy;
    }
  }

  private async acknowledgeCheckIn(checkIn: CheckIn): Promise<void> {
    const viewerId = this.viewerId;
    if (!viewerId) return;
    await this.writeCheckIn(checkIn, acknowledge(checkIn, viewerId, this.today()), (saved) => {
      this.announcement = this.t('checkin.ack.announced');
      this.emit<CheckIn>('goalpost-checkin-acknowledge', saved);
    });
    // The button is gone: keep the keyboard where it was, on the check-in itself.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#entry-${CSS.escape(checkIn.id)}`)?.focus();
  }

  private async showOlder(): Promise<void> {
    this.showAll = true;
    await this.updateComplete;
    // Keep the keyboard at the first check-in that just appeared.
    this.renderRoot.querySelectorAll<HTMLElement>('.timeline article')[HISTORY_PAGE]?.focus();
  }

  private async toggleCommitment(checkIn: CheckIn): Promise<void> {
    const done = checkIn.commitmentDoneOn === undefined;
    await this.writeCheckIn(checkIn, markCommitment(checkIn, done, this.today()), (saved) => {
      this.announcement = this.t(done ? 'checkin.commitment.markedDone' : 'checkin.commitment.markedUndone');
      this.emit<CheckIn>('goalpost-checkin-save', saved);
    });
  }

  // --- render ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const busy = this.data.loading || this.editorLoading !== undefined;
    return html`<section class="card" part="card" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderBody(): TemplateResult {
    if (!this.goalId && !this.personId) {
      return html`<h3 aria-level=${this.headingAria(3)} id="title">${this.t('checkin.history')}</h3><p class="empty">${this.t('checkin.empty')}</p>`;
    }
    const error = this.data.error;
    const view = this.view;
    if (error && !view) {
      return html`<h3 aria-level=${this.headingAria(3)} id="title" class="visually-hidden">${this.t('checkin.history')}</h3>${this.renderReadError(error, () => this.data.refresh())}`;
    }
    if (!view) {
      return html`<h3 aria-level=${this.headingAria(3)} id="title" class="visually-hidden">${this.t('checkin.history')}</h3>
        <div class="skeleton" role="status" aria-label=${this.t('common.loading')}><span></span><span></span><span></span></div>`;
    }
    const role = this.viewerRole;
    return html`
      ${this.renderHeader(view, role)}
      ${role === 'observer'
        ? html`<p class="notice">${this.t('checkin.observer', { name: view.rep.name.split(' ')[0]! })}</p>`
        : this.composing && this.editor?.open
          ? this.editor.render()
          : html`<div class="actions start">
              <button class="button primary open-form" aria-disabled=${this.editorLoading ? 'true' : 'false'} @click=${this.openForm}>${this.t('checkin.new')}</button>
            </div>`}
      ${this.editorFailed ? html`<div class="error-box" role="alert">${this.t('common.partUnavailable')}</div>` : nothing}
      ${this.actionError ? html`<div class="error-box" role="alert">${this.actionError}</div>` : nothing}
      ${this.renderHistory(view)}
    `;
  }

  private renderHeader(view: CheckInView, role: CheckInRole): TemplateResult {
    const goal = view.goal;
    const title = goal
      ? this.t('checkin.title.goal', { title: this.goalLabel(goal) })
      : role === 'rep'
        ? this.t('checkin.title.self')
        : this.t('checkin.title.person', { name: view.rep.name });
    const other = role === 'rep' ? view.manager : view.rep;
    // The manager's general timeline already names the rep in its title.
    const eyebrow =
      role === 'manager' ? (goal ? this.t('checkin.ownerGoal', { name: view.rep.name }) : '')
      : role === 'rep' && other ? this.t('checkin.with', { name: other.name })
      : '';
    const whole = this.wholeGoal(view);
    const cadence = whole?.cadence ?? (goal ? undefined : this.cadence);
    return html`<header>
      ${eyebrow ? html`<span class="eyebrow">${eyebrow}</span>` : nothing}
      <h3 aria-level=${this.headingAria(3)} id="title">${title}</h3>
      <ul class="facts">
        ${cadence ? html`<li class="cadence">${this.t(`checkin.cadence.${cadence}`)}</li>` : nothing}
        ${this.renderDue(view)}
        ${view.checkins[0] ? html`<li>${this.t('checkin.last', { relative: formatDaysFrom(this.today(), view.checkins[0].date, this.locale) })}</li>` : nothing}
      </ul>
      ${goal && isGoalSummary(goal) ? html`<p class="hint">${this.t('checkin.summaryNotice')}</p>` : nothing}
    </header>`;
  }

  private renderDue(view: CheckInView) {
    const schedule = this.schedule(view);
    const { state: dueState, nextDueOn, daysUntilDue = 0 } = schedule;
    let words: string;
    switch (dueState) {
      case 'never':
        return html`<li class="due never" part="due">${this.t('checkin.due.never')}</li>`;
      case 'inactive':
        words = this.t('checkin.due.inactive', { status: this.t(`goal.status.${view.goal!.status}`) });
        break;
      case 'overdue':
        words = this.t('checkin.due.overdue', { days: -daysUntilDue });
        break;
      case 'today':
        words = this.t('checkin.due.today');
        break;
      default:
        words = this.t('checkin.due.upcoming', { days: daysUntilDue });
    }
    return html`<li class="due ${dueState}" part="due">
      <strong>${words}</strong>
      ${nextDueOn && dueState !== 'inactive' ? html`<span class="due-date">· <time datetime=${nextDueOn}>${this.date(nextDueOn)}</time></span>` : nothing}
    </li>`;
  }

  private renderHistory(view: CheckInView): TemplateResult {
    const shown = this.showAll ? view.checkins : view.checkins.slice(0, HISTORY_PAGE);
    const older = view.checkins.length - shown.length;
    return html`<section class="history" aria-labelledby="history-title">
      <h4 aria-level=${this.headingAria(4)} id="history-title" class="section-title">${this.t('checkin.history')}</h4>
      ${view.checkins.length === 0
        ? html`<p class="empty">${this.t('checkin.empty')}</p>`
        : html`<ol class="timeline" part="timeline">
            ${repeat(shown, (c) => c.id, (c) => this.renderEntry(view, c))}
          </ol>`}
      ${older > 0
        ? html`<div><button class="button quiet show-older" @click=${this.showOlder}>${this.t('checkin.showOlder', { count: older })}</button></div>`
        : nothing}
    </section>`;
  }

  private renderEntry(view: CheckInView, checkIn: CheckIn): TemplateResult {
    const parties = this.parties(view);
    const viewerId = this.viewerId;
    const word = this.t(`checkin.confidence.${checkIn.confidence}`);
    const titleId = `entry-${checkIn.id}-title`;
    const about = view.goal ? undefined : checkIn.goalId ? this.goalLabel(view.goals.get(checkIn.goalId)) : this.t('checkin.entry.general');
    return html`<li class="entry">
      <article id="entry-${checkIn.id}" tabindex="-1" aria-labelledby=${titleId}>
        <header class="entry-head">
          <strong id=${titleId}>${this.nameOf(checkIn.authorId)} · <time datetime=${checkIn.date}>${this.date(checkIn.date)}</time></strong>
          ${about ? html`<span class="about">${this.t('checkin.entry.about', { goal: about })}</span>` : nothing}
        </header>
        <p class="confidence-line">
          <span class="dots" aria-hidden="true">${CONFIDENCES.map((n) => html`<span class=${n <= checkIn.confidence ? 'dot on' : 'dot'}></span>`)}</span>
          ${this.t('checkin.entry.confidence', { n: checkIn.confidence, word })}
        </p>
        <span class="visually-hidden">${this.t('checkin.entry.note')}: </span><p class="note" dir="auto">${checkIn.note}</p>
        ${checkIn.blockers
          ? html`<p class="blockers"><span class="label">${this.t('checkin.entry.blockers')}:</span> <span dir="auto">${checkIn.blockers}</span></p>`
          : nothing}
        ${this.renderCommitment(checkIn, parties, viewerId)}
        ${this.renderAcknowledgement(checkIn, parties, viewerId, titleId)}
      </article>
    </li>`;
  }

  private renderCommitment(checkIn: CheckIn, parties: CheckInParties, viewerId: Id | undefined) {
    const commitState = commitmentState(checkIn, this.today());
    if (commitState === 'none') return nothing;
    const label = checkIn.authorId === viewerId
      ? this.t('checkin.entry.commitment.you')
      : this.t('checkin.entry.commitment.other', { name: this.firstName(checkIn.authorId) || this.nameOf(checkIn.authorId) });
    const words =
      commitState === 'done' ? this.t('checkin.commitment.done', { date: this.date(checkIn.commitmentDoneOn!, 'short') })
      : commitState === 'overdue' ? this.t('checkin.commitment.overdue', { date: this.date(checkIn.commitmentDueOn!, 'short') })
      : commitState === 'due-today' ? this.t('checkin.commitment.dueToday')
      : checkIn.commitmentDueOn ? `${this.t('checkin.commitment.open')} · ${this.t('checkin.commitment.by', { date: this.date(checkIn.commitmentDueOn, 'short') })}`
      : this.t('checkin.commitment.open');
    const canMark = mayMarkCommitment(checkIn, viewerId, parties);
    const done = commitState === 'done';
    return html`<div class="commitment ${commitState}">
      <div class="commitment-head">
        <span class="label">${label}</span>
        <span class="commitment-state"><span aria-hidden="true">${done ? '✔ ' : ''}</span>${words}</span>
      </div>
      <p class="commitment-text" id="commitment-${checkIn.id}" dir="auto">${checkIn.commitment}</p>
      ${canMark
        ? html`<div>
            <button
              class="button small mark-commitment"
              aria-pressed=${done ? 'true' : 'false'}
              aria-describedby=${`commitment-${checkIn.id}`}
              ?disabled=${this.busy.has(checkIn.id)}
              @click=${() => this.toggleCommitment(checkIn)}
            >${this.t('checkin.commitment.markDone')}</button>
          </div>`
        : nothing}
    </div>`;
  }

  private renderAcknowledgement(checkIn: CheckIn, parties: CheckInParties, viewerId: Id | undefined, titleId: string) {
    if (checkIn.acknowledgedOn) {
      const date = this.date(checkIn.acknowledgedOn, 'short');
      return html`<p class="ack done"><span aria-hidden="true">✔ </span>${checkIn.acknowledgedBy === this.viewerId
        ? this.t('checkin.ack.doneByYou', { date })
        : this.t('checkin.ack.done', { name: this.nameOf(checkIn.acknowledgedBy), date })}</p>`;
    }
    if (mayAcknowledge(checkIn, viewerId, parties)) {
      return html`<div class="ack pending">
        <span>${this.t('checkin.ack.waitingYou')}</span>
        <button class="button primary small acknowledge" aria-describedby=${titleId} ?disabled=${this.busy.has(checkIn.id)} @click=${() => this.acknowledgeCheckIn(checkIn)}>
          ${this.t('checkin.ack.button')}
        </button>
      </div>`;
    }
    const acknowledger = acknowledgerOf(checkIn, parties);
    return acknowledger
      ? html`<p class="ack pending">${this.t('checkin.ack.waiting', { name: this.firstName(acknowledger) || this.nameOf(acknowledger) })}</p>`
      : nothing;
  }
}

/** Check-ins shown before "Show older": enough for the last few months of most rhythms. */
const HISTORY_PAGE = 5;

declare global {
  interface GlobalEventHandlersEventMap {
    'goalpost-checkin-save': CustomEvent<CheckIn>;
    'goalpost-checkin-acknowledge': CustomEvent<CheckIn>;
  }
}
