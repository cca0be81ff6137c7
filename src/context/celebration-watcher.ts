/**
 * Runs automatic celebrations for the rep using a page: watches their bookings and goals, and
 * when a change made in this tab crosses a tier or reaches a milestone, posts the celebration.
 * Each post's id names what it celebrates and is written as a create, so two tabs or a repeat
 * never post it twice.
 */
import { celebrations, snapshot } from '../core/celebrations.js';
import type { CelebrationSnapshot } from '../core/celebrations.js';
import { ConflictError, NotFoundError } from '../core/errors.js';
import { toIsoDate } from '../core/dates.js';
import type { Booking, MotivationProfile, Person, PersonalGoal } from '../core/types.js';
import type { StorageAdapter } from '../storage/adapter.js';
import { celebrationWords } from '../i18n/celebration-words.js';
import type { loadMessages, translate } from '../i18n/messages.js';
import { listAll, loadFundingInputs } from './goal-view.js';

export class CelebrationWatcher {
  private last?: CelebrationSnapshot;
  private unsubscribe?: () => void;
  private running: Promise<void> = Promise.resolve();
  private checkWaiting = false;

  constructor(
    private readonly storage: StorageAdapter,
    private readonly clock: () => Date,
    /** The page's language: celebrations are posted in it, as the rep's own posts are. */
    private readonly locale: () => string,
    /** The page's own message functions, handed in by the provider (see celebration-words.ts). */
    private readonly messages: { translate: typeof translate; loadMessages: typeof loadMessages },
  ) {}

  start(): void {
    const viewer = this.storage.viewer;
    if (!viewer) return;
    this.running = this.read().then((state) => {
      this.last = state?.snapshot;
    });
    this.unsubscribe = this.storage.subscribe(
      (change) => {
        // A check reads everything afresh: one waiting to start covers every change before it (a batch of 500 is one check).
        if (change.origin !== 'this-tab' || this.checkWaiting) return;
        this.checkWaiting = true;
        this.running = this.running
          .then(() => {
            this.checkWaiting = false;
            return this.check();
          })
          .catch(() => undefined);
      },
      { collections: ['bookings', 'goals'] },
    );
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Settles once every change seen so far has been checked (for tests and orderly shutdown). */
  idle(): Promise<void> {
    return this.running;
  }

  private async read() {
    const viewer = this.storage.viewer;
    if (!viewer) return undefined;
    const today = toIsoDate(this.clock());
    try {
      const person = (await this.storage.get('people', viewer.personId)) as Person;
      const [{ plan, bookings }, goals, profiles] = await Promise.all([
        loadFundingInputs(this.storage, viewer.personId, today),
        listAll<PersonalGoal>(this.storage, 'goals', { where: { ownerId: viewer.personId } }),
        this.storage.list('profiles', { where: { ownerId: viewer.personId }, limit: 1 }),
      ]);
      return {
        person,
        plan,
        profile: profiles.items[0] as MotivationProfile | undefined,
        snapshot: snapshot(plan, bookings as Booking[], goals, today),
      };
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  private async check(): Promise<void> {
    const state = await this.read();
    if (!state) return;
    const before = this.last;
    this.last = state.snapshot;
    if (!before) return;
    const locale = this.locale();
    // German or Arabic words come with their catalog (the page's elements have usually loaded it
    // already); a post is written once, so it waits for them. Offline, it is written in English.
    await this.messages.loadMessages(locale)?.catch(() => undefined);
    const posts = celebrations(before, state.snapshot, {
      person: state.person,
      profile: state.profile,
      plan: state.plan,
      now: this.clock().toISOString(),
      words: celebrationWords(locale, this.messages.translate),
    });
    for (const post of posts) {
      try {
        await this.storage.put('recognitions', post, { expectedVersion: 0 });
      } catch (error) {
        // Already celebrated (another tab, or an earlier crossing): nothing to add.
        if (!(error instanceof ConflictError)) throw error;
      }
    }
  }
}
