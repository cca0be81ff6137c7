/**
 * What a person does to a post in recognition-feed: react (from a post's reaction buttons or the
 * picker) and, when featured in a coaching example, grant or decline consent. Most visits only
 * read the feed, so this loads with the first reaction or answer given, the way the composer loads
 * with its first opening. Like the composer it is a reactive controller of the feed, so its
 * buttons and errors share the feed's shadow root and accessibility tree.
 *
 * Changes show at once and stay shown until storage confirms them; a write that loses a race
 * with someone else's is re-applied to the fresh record (`updatePost`).
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { ConsentStatus, Id, Recognition, Viewer } from '../../core/types.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import { errorText } from '../../i18n/problem-text.js';
import type { Translate } from './composer.js';
import { updatePost, withReaction } from './feed-writes.js';
import { REACTIONS, domId } from './feed-visuals.js';
export { postActionStyles as styles } from './post-actions.styles.js';
export { feedActions as strings } from '../../i18n/en/recognition-feed-parts.js';

/** What post actions need from the feed, read fresh on every use. */
export interface PostActionsContext {
  t: Translate;
  locale: string;
  store: StorageAdapter;
  viewer: Viewer | null;
  now: () => Date;
  /** The stored post behind one shown: what a write names as its expected version. */
  stored: (id: Id) => Recognition | undefined;
  /** Says something in the feed's polite live region. */
  announce: (text: string) => void;
}

type PostActionsHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class PostActions implements ReactiveController {
  /** The post whose reaction picker is open. */
  pickerFor?: Id;
  /** Posts as the person just changed them, shown until storage confirms. */
  private optimistic = new Map<Id, Recognition>();
  private errors = new Map<Id, string>();
  private busy = new Set<Id>();

  constructor(
    private readonly host: PostActionsHost,
    private readonly context: () => PostActionsContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  // --- what the feed shows -----------------------------------------------------------------------

  /** `post` as the person last changed it. */
  shown(post: Recognition): Recognition {
    return this.optimistic.get(post.id) ?? post;
  }

  /** Stops showing changes that `stored` (a fresh read) now holds. Called while the feed updates. */
  confirm(stored: readonly Recognition[]): void {
    for (const post of stored) {
      if ((this.optimistic.get(post.id)?.version ?? Infinity) <= post.version) this.optimistic.delete(post.id);
    }
  }

  errorOf(id: Id): string | undefined {
    return this.errors.get(id);
  }

  /** Whether a consent answer to the post is being saved. */
  saving(id: Id): boolean {
    return this.busy.has(id);
  }

  // --- actions -----------------------------------------------------------------------------------

  async toggleReaction(post: Recognition, emoji: string): Promise<void> {
    const { viewer, store, stored, t, locale } = this.context();
    const me = viewer?.personId;
    if (!me) return;
    const on = !(post.reactions[emoji] ?? []).includes(me);
    const shown = withReaction(post, emoji, me, on);
    if (shown) this.optimistic.set(post.id, shown);
    this.setError(post.id, undefined);
    try {
      // Keep showing the saved post until the feed reads it back.
      this.optimistic.set(post.id, await updatePost(store, stored(post.id) ?? post, (fresh) => withReaction(fresh, emoji, me, on)));
    } catch (error) {
      this.optimistic.delete(post.id);
      this.setError(post.id, t('feed.react.failed', { message: errorText(error, locale) }));
    }
    this.host.requestUpdate();
  }

  async decideConsent(post: Recognition, status: ConsentStatus): Promise<void> {
    const { viewer, store, stored, now, t, locale, announce } = this.context();
    if (!viewer || !post.consent || this.busy.has(post.id)) return;
    this.busy.add(post.id);
    this.setError(post.id, undefined);
    try {
      const saved = await updatePost(store, stored(post.id) ?? post, (fresh) => {
        if (!fresh.consent || fresh.consent.status === status) return null;
        return { ...fresh, consent: { ...fresh.consent, status, decidedAt: now().toISOString() } };
      });
      this.optimistic.set(post.id, saved);
      this.host.requestUpdate();
      announce(t(status === 'granted' ? 'feed.consent.grantedNotice' : 'feed.consent.declinedNotice'));
      await this.host.updateComplete;
      // The buttons are gone: focus stays on the post they were in.
      this.focus(`#${domId('post', post.id)}`);
    } catch (error) {
      this.setError(post.id, t('feed.consent.failed', { message: errorText(error, locale) }));
    } finally {
      this.busy.delete(post.id);
      this.host.requestUpdate();
    }
  }

  togglePicker(postId: Id): void {
    this.pickerFor = this.pickerFor === postId ? undefined : postId;
    this.host.requestUpdate();
    if (this.pickerFor) void this.host.updateComplete.then(() => this.focus(`#${domId('picker', postId)} button`));
  }

  /** Closes the post's picker, if open, giving focus back to the button that opened it. */
  closePicker(postId: Id): void {
    if (this.pickerFor !== postId) return;
    this.pickerFor = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focus(`#${domId('add-reaction', postId)}`));
  }

  private async pick(post: Recognition, emoji: string): Promise<void> {
    this.closePicker(post.id);
    await this.toggleReaction(post, emoji);
  }

  private setError(id: Id, message: string | undefined): void {
    if (message === undefined) this.errors.delete(id);
    else this.errors.set(id, message);
    this.host.requestUpdate();
  }

  /**
   * Moves focus within the feed, if it is still there (or nowhere in particular): a picker whose
   * code arrived late, or a slow save, must not pull someone back from where they went meanwhile.
   */
  private focus(selector: string): void {
    if (!this.host.matches(':focus-within') && document.activeElement !== document.body) return;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // --- render ------------------------------------------------------------------------------------

  /** The open picker of `post`: one button per offered reaction, pressed when `me` gave it. */
  renderPicker(post: Recognition, me: Id): TemplateResult | typeof nothing {
    if (this.pickerFor !== post.id) return nothing;
    const { t } = this.context();
    return html`<span id=${domId('picker', post.id)} class="picker" role="group" aria-label=${t('feed.react.choose')}>
      ${REACTIONS.map(({ emoji, name }) => html`<button
        type="button"
        class="pick"
        aria-label=${t(`feed.emoji.${name}`)}
        aria-pressed=${(post.reactions[emoji] ?? []).includes(me) ? 'true' : 'false'}
        @click=${() => this.pick(post, emoji)}
      >
        <span aria-hidden="true">${emoji}</span>
      </button>`)}
    </span>`;
  }
}
