import { listAll } from '../../context/goal-view.js';
import { html, nothing } from 'lit';
import type { CSSResult, PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { keyed } from 'lit/directives/keyed.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent, VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import { GoalpostElement } from '../goalpost-element.js';
import { LiveQuery } from '../../controllers/live-query.js';
import { awaitsConsent } from '../../core/privacy.js';
import { isSafeLink } from '../../core/links.js';
import { RECOGNITION_KINDS } from '../../core/types.js';
import type { Id, Person, Recognition, RecognitionKind } from '../../core/types.js';
import type { Page, StorageAdapter } from '../../storage/adapter.js';
import { tokens, controls, card } from '../../styles/tokens.js';
import { formatList, formatRelative } from '../../i18n/format.js';
import { feedStyles } from './recognition-feed.styles.js';
import type { ComposerContext, RecognitionComposer } from './composer.js';
import type { PostActions } from './post-actions.js';
import type { WindowedList } from './virtual-list.js';
import { loadFeedPage } from './feed-query.js';
import type { FeedScope } from './feed-query.js';
import {
  DEFAULT_VALUE_TAGS, avatar, checkIcon, displayLink, domId, formatDateTime, hourglassIcon, kindIcon, linkIcon,
  lockIcon, plusIcon, reactionName, smileIcon, sparkIcon,
} from './feed-visuals.js';
import { feed } from '../../i18n/en/recognition-feed.js';
import type { PartialCatalog } from '../../i18n/messages.js';

/** A page of the feed as loaded, with the scope it was loaded for. */
interface FeedHead extends Page<Recognition> {
  key: string;
}

/** Names shown in a "who reacted" tooltip before the rest are counted. */
const MAX_NAMES = 12;
/** How often relative times ("3 minutes ago") are brought up to date. */
const CLOCK_TICK_MS = 30_000;
/** Load the next page when the last visible post is this close to the end of what is loaded. */
const LOAD_AHEAD = 5;
/**
 * Up to this many posts render as a plain list: every post in the DOM, nothing to measure, no
 * virtualizer to download. Past it (someone scrolled far back) the windowed list takes over.
 */
const VIRTUALIZE_FROM = 60;
/** How close to the end of a plain list (in pixels) scrolling asks for older posts. */
const LOAD_AHEAD_PX = 480;

/** A part of the feed loaded on first use: its code, and the looks and strings it brings. */
interface FeedPart {
  styles: CSSResult;
  strings: PartialCatalog;
}

/**
 * A newest-first feed of recognition for a team or a person: wins, kudos, coaching examples,
 * milestones and goals achieved, with a composer, reactions, a kind filter and live updates.
 * Long feeds are virtualised and paged in by cursor. Coaching examples reach the team only once
 * the featured rep consents, and the composer says so when a recipient prefers private
 * recognition before anything is posted publicly.
 *
 * ```html
 * <recognition-feed team-id="team-west"></recognition-feed>
 * <recognition-feed person-id="person-maya-okafor" kind="win"></recognition-feed>
 * ```
 *
 * @fires {CustomEvent<Recognition>} goalpost-recognition-post - After the person using the feed posted recognition; `detail` is the saved `Recognition`.
 * @csspart feed - The frame around the whole feed.
 * @csspart composer - The form for new recognition.
 * @csspart filters - The row of kind filters.
 * @csspart list - The scrolling list of posts.
 * @csspart post - One post.
 * @csspart avatar - A person's picture or initials.
 * @csspart reactions - A post's reaction bar.
 * @cssprop --goalpost-feed-max-height - Height at which the list scrolls by itself (default `70vh`; `none` lets the page scroll).
 * @cssprop --goalpost-color-kind-win - Colour of win badges (also `-kudos`, `-coaching`, `-milestone`, `-goal`).
 */
export class RecognitionFeed extends GoalpostElement {
  protected static override topHeading = 2;
  static override styles = [tokens, controls, card, feedStyles];
  static override messages: PartialCatalog = { ...feed };
  /** Fetch the parts loaded on first use; statics, so a test can stand in for a page gone offline. */
  protected static loadComposer = () => import('./composer.js');
  protected static loadActions = () => import('./post-actions.js');

  private get feedList(): (HTMLElement & VirtualizerHostElement) | undefined {
    return this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('[role="feed"]') ?? undefined;
  }

  @state() private older: Recognition[] = [];
  @state() private olderCursor?: string;
  @state() private olderPages = 0;
  @state() private loadingOlder = false;
  @state() private olderError?: string;
  @state() private announcement = '';
  /** `postId|emoji` of the reaction whose names are showing. */
  @state() private tooltip?: string;
  /** Whether the virtualizer has any post in the DOM (it renders none while the list is off screen). */
  @state() private rendering = false;
  /**
   * The windowed list, once a feed grew long enough to need it (only part of the posts in the
   * DOM). Once loaded it stays: it styles its container, and a plain list reusing that container
   * (say after a filter shortens the feed) would inherit a height that is not its own.
   */
  @state() private windowed?: WindowedList<Recognition>;
  private windowedLoading?: Promise<void>;
  private endObserver?: IntersectionObserver;
  private watchedEnd?: Element;
  /** The plain list whose first frame was last set up (see `updated`). */
  private freshList?: HTMLElement;

  /** Show the feed of this team. */
  @property({ attribute: 'team-id', reflect: true }) teamId?: string;

  /** Show posts to or from this person. With `team-id` too, only those of that team. */
  @property({ attribute: 'person-id', reflect: true }) personId?: string;

  /** Show only posts of this kind: `win`, `kudos`, `coaching-example`, `milestone` or `goal-achieved`. */
  @property({ reflect: true }) kind?: RecognitionKind;

  /** Posts read per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 25;

  /** Hide the composer, for a read-only feed. */
  @property({ attribute: 'hide-composer', type: Boolean, reflect: true }) hideComposer = false;

  /** The feed's heading; a sensible one is chosen when unset. */
  @property() heading?: string;

  /** Value tags the composer offers; people may add others. */
  @property({ attribute: false }) suggestedValues: readonly string[] = DEFAULT_VALUE_TAGS;

  private readonly posts = new LiveQuery(this, {
    collections: ['recognitions'],
    args: () => [this.teamId, this.personId, this.kind, this.currentViewer?.personId, this.pageSize] as const,
    load: async (storage, [teamId, personId, kind, viewerId, pageSize], signal): Promise<FeedHead> => {
      const key = JSON.stringify([teamId, personId, kind, viewerId]);
      // A refresh re-reads everything already on screen, so live changes reach older pages too.
      const limit = Math.max(pageSize > 0 ? Math.floor(pageSize) : 25, key === this.shownKey ? this.items.length : 0);
      const page = await loadFeedPage(storage, this.scopeOf(teamId, personId, kind), { limit, signal });
      return { ...page, key };
    },
  });

  private readonly people = new LiveQuery(this, {
    collections: ['people'],
    args: () => [] as const,
    load: (storage, _args, signal) => loadPeople(storage, signal),
  });

  /** The composer loads with its first opening: most visits only read the feed. */
  @state() private composer?: RecognitionComposer;
  /** Reactions, the picker and consent answers load with the first one given, for the same reason. */
  @state() private actions?: PostActions;
  /** Parts on their way, by name: a second click meanwhile must not act twice. */
  private loadingParts = new Set<string>();
  /**
   * What readers asked of post actions while they were on their way, by post and action: each
   * runs once they arrive, in order; the same one asked twice (a double click) runs once.
   */
  private waitingActs = new Map<string, (actions: PostActions) => unknown>();
  private partsPrefetched = false;
  /** Posts with an action waiting for that code, marked busy meanwhile. */
  @state() private waitingPosts = new Set<Id>();

  private toggleComposer(): void {
    if (this.composer) this.composer.toggle();
    else this.loadPart('composer', this.ownClass.loadComposer, ({ RecognitionComposer }) => {
      this.composer = new RecognitionComposer(this, () => ({
        ...this.partContext(),
        people: this.peopleById,
        teamId: this.postingTeam,
        preselect: this.personId,
        // A framework clearing the property hands undefined or null: fall back to the defaults.
        suggestedValues: this.suggestedValues ?? DEFAULT_VALUE_TAGS,
        titleLevel: this.headingAria(3),
      }), (saved) => this.posted(saved));
      // Its code may have taken a while: focus moves into it only if the person is still here.
      this.composer.show(this.focusStillHere);
    });
  }

  /** Lets post actions do `use` for the post `postId`, loading them first if this is the first one. */
  private act(postId: Id, action: string, use: (actions: PostActions) => unknown): void {
    if (this.actions) {
      void use(this.actions);
      return;
    }
    const key = `${postId}|${action}`;
    if (!this.waitingActs.has(key)) this.waitingActs.set(key, use);
    this.waitingPosts = new Set([...this.waitingPosts, postId]);
    const settle = () => {
      const waiting = [...this.waitingActs.values()];
      this.waitingActs.clear();
      this.waitingPosts = new Set();
      return waiting;
    };
    this.loadPart('actions', this.ownClass.loadActions, ({ PostActions }) => {
      const actions = (this.actions = new PostActions(this, () => ({
        ...this.partContext(),
        stored: (id) => [...(this.posts.value?.items ?? []), ...this.older].find((post) => post.id === id),
        announce: (text) => this.announce(text),
      })));
      for (const run of settle()) void run(actions);
    }, settle);
  }

  private get ownClass(): typeof RecognitionFeed {
    return this.constructor as typeof RecognitionFeed;
  }

  /** What both parts read from the feed, fresh on every use. */
  private partContext(): Pick<ComposerContext, 't' | 'locale' | 'store' | 'viewer' | 'now'> {
    return { t: (key, ...params) => this.t(key, ...params), locale: this.locale, store: this.store, viewer: this.currentViewer, now: () => this.now() };
  }

  /**
   * Loads a part once, adopts its styles and adds its strings, then hands it to `ready`: the click
   * that asked for it acts as soon as it is here, and clicks meanwhile are not repeated. When it
   * cannot load, the live region says so and the next click tries again.
   */
  private loadPart<P extends FeedPart>(name: string, load: () => Promise<P>, ready: (part: P) => void, failed?: () => void): void {
    if (this.loadingParts.has(name)) return;
    this.loadingParts.add(name);
    load().then((part) => {
      this.adoptPart(part.styles, part.strings);
      ready(part);
    }, (error: unknown) => {
      this.loadingParts.delete(name);
      failed?.();
      this.announce(this.t('feed.partUnavailable'));
      console.warn(`[goalpost] recognition-feed could not load its ${name}:`, error);
    });
  }

  /** The posts on screen, newest first: the head page, older pages, and optimistic changes. */
  private items: Recognition[] = [];
  private shownKey?: string;
  private lastHead?: FeedHead;
  private ownPosts = new Set<Id>();
  /** Re-renders now and then so relative times ("3 minutes ago") stay true. */
  private ticker?: ReturnType<typeof setInterval>;

  // --- lifecycle -------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => this.requestUpdate(), CLOCK_TICK_MS);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.items.length > VIRTUALIZE_FROM && !this.windowed) this.loadWindowedList();
    this.watchEnd();
    // Someone who can react or post will: have that code at hand before the first click.
    if (!this.partsPrefetched && this.items.length > 0 && this.currentViewer) {
      this.partsPrefetched = true;
      this.prefetchWhenIdle(this.ownClass.loadActions);
      if (!this.hideComposer) this.prefetchWhenIdle(this.ownClass.loadComposer);
    }
    // A list just rendered (first read, another team, person or kind) lays out only the posts on
    // screen in the frame that first shows it, the rest in the frame after: the first rows cost
    // the layout of the few in view, not of the whole page. For that frame only, because a post
    // laid out as it scrolls into view would cost layout on every frame of a scroll.
    const list = this.windowed ? undefined : this.feedList;
    if (list && list !== this.freshList) {
      this.freshList = list;
      const { style } = list;
      style.setProperty('--_visibility', 'auto');
      requestAnimationFrame(() => requestAnimationFrame(() => style.removeProperty('--_visibility')));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.endObserver?.disconnect();
    this.endObserver = undefined;
    this.watchedEnd = undefined;
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const head = this.posts.value;
    if (head !== this.lastHead) {
      if (head) this.noticeNewPosts(head);
      this.lastHead = head;
      // The head now covers everything that was loaded before it.
      this.older = [];
      this.olderCursor = undefined;
      this.olderPages = 0;
      this.olderError = undefined;
      if (head) this.actions?.confirm(head.items);
    }
    this.items = this.computeItems(head);
    this.shownKey = head?.key;
  }

  // --- data ------------------------------------------------------------------------------------

  private scopeOf(teamId: string | undefined, personId: string | undefined, kind: RecognitionKind | undefined): FeedScope {
    const scope: FeedScope = {};
    if (teamId) scope.teamId = teamId;
    if (personId) scope.personId = personId;
    if (kind && (RECOGNITION_KINDS as readonly string[]).includes(kind)) scope.kind = kind;
    return scope;
  }

  private computeItems(head: FeedHead | undefined): Recognition[] {
    if (!head) return [];
    const seen = new Set<Id>();
    const all: Recognition[] = [];
    for (const post of [...head.items, ...this.older]) {
      if (seen.has(post.id)) continue;
      seen.add(post.id);
      all.push(this.actions?.shown(post) ?? post);
    }
    const same = all.length === this.items.length && all.every((post, i) => post === this.items[i]);
    return same ? this.items : all;
  }

  private get peopleById(): ReadonlyMap<Id, Person> {
    return this.people.value ?? EMPTY_PEOPLE;
  }

  /** The team new posts go to: the feed's, the person's, or the viewer's own. */
  private get postingTeam(): Id | undefined {
    const people = this.peopleById;
    return this.teamId ?? (this.personId ? people.get(this.personId)?.teamId : undefined) ?? (this.currentViewer ? people.get(this.currentViewer.personId)?.teamId : undefined);
  }

  private get nextCursor(): string | undefined {
    return this.olderPages > 0 ? this.olderCursor : this.posts.value?.nextCursor;
  }

  private nameOf(id: Id): string {
    return this.peopleById.get(id)?.name ?? this.t('feed.someone');
  }

  private firstNameOf(id: Id): string {
    return this.nameOf(id).split(' ')[0] ?? this.nameOf(id);
  }

  private noticeNewPosts(head: FeedHead): void {
    const previous = this.lastHead;
    if (!previous || previous.key !== head.key) return;
    const known = new Set(previous.items.map((post) => post.id));
    const newest = previous.items[0]?.postedAt ?? '';
    const fresh = head.items.filter((post) => !known.has(post.id) && post.postedAt >= newest && !this.ownPosts.has(post.id));
    if (fresh.length === 0) return;
    this.announce(this.t('feed.live.new', { count: fresh.length, from: this.nameOf(fresh[0]!.fromId) }));
  }

  private announce(text: string): void {
    // Clearing first makes a repeated message heard again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  // --- handlers --------------------------------------------------------------------------------

  private posted(saved: Recognition): void {
    this.ownPosts.add(saved.id);
    this.announce(this.t('feed.live.posted'));
    this.emit<Recognition>('goalpost-recognition-post', saved);
    void this.posts.refresh();
  }

  private setKind(kind: RecognitionKind | undefined): void {
    this.kind = kind;
  }

  private async loadOlder(): Promise<void> {
    const cursor = this.nextCursor;
    const head = this.posts.value;
    if (!cursor || !head || this.loadingOlder) return;
    this.loadingOlder = true;
    this.olderError = undefined;
    try {
      const page = await loadFeedPage(this.store, this.scopeOf(this.teamId, this.personId, this.kind), { limit: Math.max(1, Math.floor(this.pageSize) || 25), cursor });
      // A live refresh meanwhile re-read everything loaded; this page may no longer follow it.
      if (this.posts.value !== head) return;
      this.older = [...this.older, ...page.items];
      this.olderCursor = page.nextCursor;
      this.olderPages += 1;
    } catch (error) {
      this.olderError = this.t('feed.olderError', { message: this.errorText(error) });
    } finally {
      this.loadingOlder = false;
    }
  }

  private onRangeChanged(event: RangeChangedEvent): void {
    if (this.windowed) this.rendering = this.windowed.rangeChanged(this.feedList, event);
  }

  private onVisibilityChanged(event: VisibilityChangedEvent): void {
    if (this.olderError) return;
    if (event.last >= this.items.length - LOAD_AHEAD) void this.loadOlder();
  }

  private showTooltip(key: string): void {
    this.tooltip = key;
  }

  private hideTooltip(key: string): void {
    if (this.tooltip === key) this.tooltip = undefined;
  }

  private onPostKeydown(event: KeyboardEvent, index: number): void {
    if (event.key === 'Escape') {
      this.tooltip = undefined;
      const post = this.items[index];
      if (post) this.actions?.closePicker(post.id);
      return;
    }
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const target = index + (event.key === 'PageDown' ? 1 : -1);
    const post = this.items[target];
    if (!post) return;
    event.preventDefault();
    const focus = () => this.renderRoot.querySelector<HTMLElement>(`#${domId('post', post.id)}`);
    const found = focus();
    if (found) {
      found.focus();
      found.scrollIntoView({ block: 'nearest' });
      return;
    }
    // Not rendered yet: let the virtualizer bring it in, then focus it.
    this.windowed?.scrollTo(this.feedList, target, 'nearest');
    requestAnimationFrame(() => requestAnimationFrame(() => focus()?.focus()));
  }

  // --- render ----------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<section class="feed card" part="feed" aria-labelledby="feed-heading">
      <header class="feed-head">
        <h2 aria-level=${this.headingAria(2)} id="feed-heading">${this.headingText()}</h2>
        ${this.hideComposer ? nothing : this.renderComposerToggle()}
      </header>
      ${this.hideComposer ? nothing : this.composer?.render()} ${this.renderFilters()} ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderComposerToggle(): TemplateResult {
    if (!this.currentViewer) return html`<p class="hint">${this.t('feed.compose.noViewer')}</p>`;
    const open = this.composer?.open ?? false;
    return html`<button
      id="composer-toggle"
      class="button primary compose-toggle"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="composer"
      @click=${this.toggleComposer}
    >
      ${plusIcon()} ${this.t('feed.compose.open')}
    </button>`;
  }

  private headingText(): string {
    if (this.heading) return this.heading;
    if (this.personId) return this.t('feed.heading.person', { name: this.nameOf(this.personId) });
    return this.teamId ? this.t('feed.heading.team') : this.t('feed.heading.all');
  }

  private renderFilters(): TemplateResult {
    const chip = (kind: RecognitionKind | undefined, label: string) => html`<button
      type="button"
      class="filter-chip ${kind ? `kind-${kind}` : ''}"
      aria-pressed=${this.kind === kind ? 'true' : 'false'}
      @click=${() => this.setKind(kind)}
    >
      ${kind ? kindIcon(kind) : nothing}<span>${label}</span>
    </button>`;
    return html`<div class="filters" part="filters" role="group" aria-label=${this.t('feed.filter.label')}>
      ${chip(undefined, this.t('feed.filter.all'))} ${RECOGNITION_KINDS.map((kind) => chip(kind, this.t(`feed.kind.${kind}`)))}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const error = this.posts.error;
    if (error !== undefined && !this.posts.value) {
      return html`<div class="state error-state" role="alert">
        <p>${this.t('feed.error', { message: this.errorText(error) })}</p>
        <button type="button" class="button retry" @click=${() => this.posts.refresh()}>${this.t('common.retry')}</button>
      </div>`;
    }
    if (!this.posts.value) {
      return html`<div class="state loading-state" role="status">
        <span class="visually-hidden">${this.t('feed.loading')}</span>
        ${[0, 1, 2, 3, 4, 5].map(() => html`<div class="skeleton" aria-hidden="true"><span class="sk-avatar"></span><span class="sk-lines"><span></span><span></span><span></span></span></div>`)}
      </div>`;
    }
    if (this.items.length === 0) {
      return html`<div class="state empty-state">
        <span class="empty-icon" aria-hidden="true">${sparkIcon()}</span>
        ${this.kind
          ? html`<p>${this.t('feed.empty.filtered', { kind: this.t(`feed.kind.${this.kind}`) })}</p>
              <button type="button" class="button" @click=${() => this.setKind(undefined)}>${this.t('feed.empty.showAll')}</button>`
          : html`<p><strong>${this.t('feed.empty')}</strong></p><p class="hint">${this.t('feed.empty.hint')}</p>`}
      </div>`;
    }
    const more = this.nextCursor !== undefined;
    const refreshError = error !== undefined ? html`<div class="error-box inline-error" role="alert">
      ${this.t('feed.refreshError', { message: this.errorText(error) })}
      <button type="button" class="button quiet" @click=${() => this.posts.refresh()}>${this.t('common.retry')}</button>
    </div>` : nothing;
    // Another team, person or kind is another list: a fresh scroller, starting at the newest post.
    return html`${refreshError}
      ${keyed(this.shownKey, html`<div class="scroller" part="list" role="region" tabindex="0" aria-label=${this.t('feed.scroller.label')}>
        <div
          role="feed"
          class="posts"
          aria-label=${this.t('feed.list.label')}
          aria-describedby="feed-keys"
          aria-busy=${this.loadingOlder || (this.windowed && !this.rendering) ? 'true' : 'false'}
          @rangeChanged=${(e: RangeChangedEvent) => this.onRangeChanged(e)}
          @visibilityChanged=${(e: VisibilityChangedEvent) => this.onVisibilityChanged(e)}
        >
          ${this.renderList(more)}
        </div>
        <div class="more">
          ${this.olderError ? html`<p class="field-error" role="alert">${this.olderError}</p>` : nothing}
          ${more
            ? html`<button type="button" class="button load-older" ?disabled=${this.loadingOlder} @click=${() => this.loadOlder()}>
                ${this.loadingOlder ? this.t('feed.loadingOlder') : this.t('feed.loadOlder')}
              </button>`
            : html`<p class="hint end">${this.t('feed.end')}</p>`}
        </div>
      </div>`)}
      <p id="feed-keys" class="visually-hidden">${this.t('feed.post.keyboardHint')}</p>`;
  }

  /** A plain list while the feed is short; the windowed list once it is long and has loaded. */
  private renderList(more: boolean) {
    const key = (post: Recognition) => post.id;
    const item = (post: Recognition, index: number) => this.renderPost(post, index, more);
    return this.windowed ? this.windowed.render(this.items, key, item) : repeat(this.items, key, item);
  }

  private loadWindowedList(): void {
    this.windowedLoading ??= import('./virtual-list.js').then(
      ({ WindowedList }) => {
        this.windowed = new WindowedList(this.renderRoot);
      },
      () => {
        // Stay a plain list: slower with thousands of posts, but every post still shows.
        this.windowedLoading = undefined;
      },
    );
  }

  /**
   * A plain list asks for older posts as its end comes near, whether the feed scrolls in its own
   * box or the page scrolls it (`--goalpost-feed-max-height: none`); the windowed list says so
   * itself through `visibilityChanged`.
   */
  private watchEnd(): void {
    const end = this.renderRoot.querySelector('.more');
    if (end === this.watchedEnd) return;
    this.endObserver?.disconnect();
    this.watchedEnd = end ?? undefined;
    if (!end || typeof IntersectionObserver !== 'function') return;
    this.endObserver = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !this.windowed && !this.olderError) void this.loadOlder();
      },
      { rootMargin: `${LOAD_AHEAD_PX}px 0px` },
    );
    this.endObserver.observe(end);
  }

  private renderPost(post: Recognition, index: number, more: boolean): TemplateResult {
    const id = domId('post', post.id);
    const messageId = domId('post-message', post.id);
    const fromName = this.nameOf(post.fromId);
    const toNames = formatList(post.toIds.map((to) => this.nameOf(to)), this.locale);
    const kindLabel = this.t(`feed.kind.${post.kind}`);
    const raised = this.actions?.pickerFor === post.id || this.tooltip?.startsWith(`${post.id}|`);
    const error = this.actions?.errorOf(post.id);
    return html`<article
      id=${id}
      class="post kind-${post.kind} ${raised ? 'raised' : ''} ${awaitsConsent(post) ? 'pending' : ''}"
      part="post"
      tabindex="0"
      aria-posinset=${index + 1}
      aria-setsize=${more ? -1 : this.items.length}
      aria-label=${this.t('feed.post.label', { kind: kindLabel, from: fromName, to: toNames })}
      aria-describedby=${messageId}
      aria-busy=${this.waitingPosts.has(post.id) ? 'true' : 'false'}
      @keydown=${(e: KeyboardEvent) => this.onPostKeydown(e, index)}
    >
      <header class="post-head">
        ${this.renderRecipientAvatars(post)}
        <div class="who">
          <p class="names"><strong>${toNames}</strong></p>
          <p class="meta">
            <span class="meta-item from">${this.t('feed.post.from', { name: fromName })}</span>
            <time datetime=${post.postedAt} title=${formatDateTime(post.postedAt, this.locale)}>${formatRelative(post.postedAt, this.now(), this.locale)}</time>
            ${post.audience === 'private'
              ? html`<span class="meta-item audience" title=${this.t('feed.post.private.help')}>${lockIcon()}${this.t('feed.post.private')}</span>`
              : nothing}
            ${post.automatic ? html`<span class="meta-item">${this.t('feed.post.automatic')}</span>` : nothing}
          </p>
        </div>
        <span class="badge kind-badge kind-${post.kind}">${kindIcon(post.kind)}<span>${kindLabel}</span></span>
      </header>
      ${this.renderConsent(post)}
      <p class="message" id=${messageId} dir="auto">${post.message}</p>
      ${post.link && isSafeLink(post.link)
        ? html`<a class="post-link" href=${post.link} target="_blank" rel="noopener noreferrer"
            >${linkIcon()}<span>${displayLink(post.link)}</span><span class="visually-hidden"> ${this.t('feed.post.opensNewTab')}</span></a
          >`
        : nothing}
      ${post.values.length
        ? html`<ul class="values" aria-label=${this.t('feed.post.values')}>
            ${post.values.map((value) => html`<li class="chip value-chip"><span aria-hidden="true">#</span>${value}</li>`)}
          </ul>`
        : nothing}
      ${this.renderReactions(post)}
      ${error ? html`<p class="field-error" role="alert">${error}</p>` : nothing}
    </article>`;
  }

  /** The people recognised lead the post: the first one's avatar, the next tucked beside it. */
  private renderRecipientAvatars(post: Recognition): TemplateResult {
    const [first, second] = post.toIds;
    const extra = post.toIds.length - 2;
    const person = (id: Id | undefined) => (id ? this.peopleById.get(id) : undefined);
    return html`<span class="avatars" aria-hidden="true">
      ${avatar(person(first), first ? this.nameOf(first) : '')}
      ${second ? html`<span class="second">${avatar(person(second), this.nameOf(second), 'small')}</span>` : nothing}
      ${extra > 0 ? html`<span class="more-people">+${extra}</span>` : nothing}
    </span>`;
  }

  private renderConsent(post: Recognition): TemplateResult | typeof nothing {
    if (post.kind !== 'coaching-example' || !post.consent) return nothing;
    const featured = post.consent.personId;
    const me = this.currentViewer?.personId;
    const name = this.firstNameOf(featured);
    if (post.consent.status === 'granted') {
      return html`<p class="consent granted">${checkIcon()}<span>${this.t('feed.consent.granted', { name })}</span></p>`;
    }
    if (post.consent.status === 'declined') {
      return html`<p class="consent declined">${lockIcon()}<span>${me === featured ? this.t('feed.consent.declined.self') : this.t('feed.consent.declined', { name })}</span></p>`;
    }
    if (me === featured) {
      const busy = this.actions?.saving(post.id);
      return html`<div class="consent ask" role="group" aria-label=${this.t('feed.consent.waiting', { name })}>
        <p>${hourglassIcon()}<span>${this.t('feed.consent.ask', { from: this.firstNameOf(post.fromId) })}</span></p>
        <div class="actions">
          <button type="button" class="button primary grant" ?disabled=${busy} @click=${() => this.act(post.id, 'consent', (a) => a.decideConsent(post, 'granted'))}>${this.t('feed.consent.grant')}</button>
          <button type="button" class="button decline" ?disabled=${busy} @click=${() => this.act(post.id, 'consent', (a) => a.decideConsent(post, 'declined'))}>${this.t('feed.consent.decline')}</button>
        </div>
      </div>`;
    }
    return html`<div class="consent waiting">
      <p>${hourglassIcon()}<strong>${this.t('feed.consent.waiting', { name })}</strong></p>
      <p class="hint">${this.t('feed.consent.waiting.help', { name })}</p>
    </div>`;
  }

  private renderReactions(post: Recognition): TemplateResult {
    const me = this.currentViewer?.personId;
    const entries = Object.entries(post.reactions).filter(([, who]) => who.length > 0);
    const pickerOpen = this.actions?.pickerFor === post.id;
    return html`<div class="reactions" part="reactions" role="group" aria-label=${this.t('feed.react.bar')}>
      ${entries.map(([emoji, who]) => {
        const key = `${post.id}|${emoji}`;
        const tipId = domId('reactors', `${post.id}-${[...emoji].map((c) => c.codePointAt(0)!.toString(16)).join('-')}`);
        const name = reactionName(emoji);
        const label = name ? this.t(`feed.emoji.${name}`) : emoji;
        const mine = me !== undefined && who.includes(me);
        const names = who.slice(0, MAX_NAMES).map((id) => (id === me ? this.t('common.you') : this.nameOf(id)));
        if (who.length > MAX_NAMES) names.push(this.t('feed.react.more', { count: who.length - MAX_NAMES }));
        return html`<span class="reaction-wrap" @mouseenter=${() => this.showTooltip(key)} @mouseleave=${() => this.hideTooltip(key)}>
          <button
            type="button"
            class="reaction"
            aria-pressed=${mine ? 'true' : 'false'}
            aria-label=${this.t('feed.react.button', { label, count: who.length })}
            aria-describedby=${tipId}
            ?disabled=${!me}
            @focus=${() => this.showTooltip(key)}
            @blur=${() => this.hideTooltip(key)}
            @click=${() => this.act(post.id, emoji, (a) => a.toggleReaction(post, emoji))}
          >
            <span class="emoji" aria-hidden="true">${emoji}</span><span class="count" aria-hidden="true">${who.length}</span>
          </button>
          <span id=${tipId} role="tooltip" class="tooltip" ?hidden=${this.tooltip !== key}>${this.t('feed.react.by', { names: formatList(names, this.locale) })}</span>
        </span>`;
      })}
      ${me
        ? html`<span class="picker-wrap">
            <button
              type="button"
              id=${domId('add-reaction', post.id)}
              class="reaction add-reaction"
              aria-label=${this.t('feed.react.add')}
              aria-expanded=${pickerOpen ? 'true' : 'false'}
              aria-controls=${pickerOpen ? domId('picker', post.id) : nothing}
              @click=${() => this.act(post.id, 'picker', (a) => a.togglePicker(post.id))}
            >
              ${smileIcon()}
            </button>
            ${this.actions?.renderPicker(post, me)}
          </span>`
        : nothing}
    </div>`;
  }
}

const EMPTY_PEOPLE: ReadonlyMap<Id, Person> = new Map();

/** Everyone in the directory, by id: names and avatars for posts, candidates for the composer. */
async function loadPeople(storage: StorageAdapter, signal: AbortSignal): Promise<ReadonlyMap<Id, Person>> {
  const people = await listAll<Person>(storage, 'people', { limit: 500, signal });
  return new Map(people.map((person) => [person.id, person]));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goalpost-recognition-post': CustomEvent<Recognition>;
  }
}
