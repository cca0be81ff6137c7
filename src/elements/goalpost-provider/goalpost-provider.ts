import { LitElement, css, html, nothing } from 'lit';
import { ContextProvider } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import type { Role, Viewer } from '../../core/types.js';
import type { StorageAdapter, StorageFallback } from '../../storage/adapter.js';
import { IndexedDbAdapter } from '../../storage/indexeddb.js';
import { DeferredAdapter } from '../../storage/deferred.js';
import { GOALPOST_VERSION } from '../../define.js';
import { clockContext, currencyContext, localeContext, storageContext, viewerContext } from '../../context/keys.js';
import type { Clock } from '../../context/keys.js';
import type { CelebrationWatcher } from '../../context/celebration-watcher.js';
import { ANONYMOUS_VIEWER } from '../../context/default-storage.js';
import { loadMessages, translate } from '../../i18n/messages.js';
import { resolveLocale } from '../../i18n/locale.js';
import { tokens } from '../../styles/tokens.js';

export type StorageKind = 'indexeddb' | 'memory' | 'http';

/**
 * The context root of a Goalpost page: every Goalpost element inside it reads its storage,
 * viewer, locale, currency and clock from here. It renders its children and nothing else.
 *
 * ```html
 * <goalpost-provider storage="indexeddb" db-name="acme-sales" viewer-id="person-maya-okafor" viewer-role="rep">
 *   <goal-card goal-id="goal-maya-okafor-1"></goal-card>
 * </goalpost-provider>
 * ```
 *
 * @slot - The elements (and any host markup) that share this context.
 * @fires {CustomEvent<{ viewer: Viewer | null }>} goalpost-viewer-change - When the viewer this provider serves changes.
 * @fires {CustomEvent<StorageFallback>} goalpost-storage-fallback - When the browser refuses IndexedDB and data is kept in this page's memory only; a warning shows above the children.
 * @csspart storage-warning - The warning shown when data is kept in memory only.
 */
export class GoalpostProvider extends LitElement {
  static readonly goalpostVersion = GOALPOST_VERSION;
  static override styles = [
    tokens,
    css`
      :host {
        display: contents;
      }
      .fallback {
        display: flex;
        gap: var(--_space);
        align-items: flex-start;
        margin: 0 0 calc(var(--_space) * 2);
        padding: var(--_space) calc(var(--_space) * 2);
        border: 1px solid var(--_warning);
        border-inline-start-width: 4px;
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        line-height: 1.4;
      }
      .fallback strong {
        font-weight: 600;
      }
    `,
  ];

  private readonly storageProvider = new ContextProvider(this, { context: storageContext });
  private readonly viewerProvider = new ContextProvider(this, { context: viewerContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly currencyProvider = new ContextProvider(this, { context: currencyContext });
  private readonly clockProvider = new ContextProvider(this, { context: clockContext });
  private ownedAdapter?: { key: string; adapter: StorageAdapter };
  private watcher?: { storage: StorageAdapter; stopped: boolean; ready: Promise<CelebrationWatcher | undefined> };
  private resolvedRole?: { personId: string; role: Role };
  private fallbackWatch?: { storage: StorageAdapter; stop: () => void };

  /** Set when storage was refused and data lives only as long as this page. */
  @state() private fallback?: StorageFallback;

  /**
   * An adapter object (set as a property), or the kind of embedded storage to create:
   * `indexeddb` (the default), `memory`, or `http` (the REST backend at `endpoint`).
   */
  @property({
    converter: { fromAttribute: (value: string | null) => value ?? 'indexeddb' },
  })
  storage: StorageAdapter | StorageKind = 'indexeddb';

  /** Base URL of the REST API when `storage="http"`, such as `/api` or `https://goals.example.com/api`. */
  @property() endpoint = '/api';

  /** Name of the IndexedDB database, so two apps on one origin keep separate data. */
  @property({ attribute: 'db-name' }) dbName = 'goalpost';

  /** Id of the person looking. Every read is filtered for them. */
  @property({ attribute: 'viewer-id' }) viewerId?: string;

  /** Their role; looked up from storage when not given. */
  @property({ attribute: 'viewer-role' }) viewerRole?: Role;

  /** BCP 47 locale for every element inside, unless an element sets its own `lang`. */
  @property() locale?: string;

  /** ISO 4217 currency used where a record does not name one. */
  @property() currency = 'USD';

  /** Pins "now" (an ISO date or date-time) for demos, stories and tests. */
  @property() now?: string;

  /** The unscoped adapter this provider reads through. */
  get baseStorage(): StorageAdapter {
    if (typeof this.storage === 'object' && this.storage !== null) return this.storage;
    const kind: StorageKind = this.storage === 'memory' || this.storage === 'http' ? this.storage : 'indexeddb';
    const key = `${kind}|${kind === 'http' ? this.endpoint : this.dbName}`;
    if (this.ownedAdapter?.key !== key) {
      void this.ownedAdapter?.adapter.close();
      const clock = () => this.clock();
      const endpoint = this.endpoint;
      // The REST adapter (with its outbox) and the memory store load only on pages that ask for them.
      const adapter =
        kind === 'http' ? new DeferredAdapter(() => import('../../storage/http.js').then((m) => m.createHttpStorage(endpoint, { clock })))
        : kind === 'memory' ? new DeferredAdapter(() => import('../../storage/memory.js').then((m) => new m.MemoryAdapter({ clock })))
        : new IndexedDbAdapter({ dbName: this.dbName, clock, fallback: 'memory' });
      this.ownedAdapter = { key, adapter };
    }
    return this.ownedAdapter.adapter;
  }

  /** The viewer this provider serves, or `null` when no viewer is set. */
  get currentViewer(): Viewer | null {
    if (!this.viewerId) return null;
    const looked = this.resolvedRole?.personId === this.viewerId ? this.resolvedRole.role : undefined;
    // Until the role is known, serve the least privileged one.
    return { personId: this.viewerId, role: this.viewerRole ?? looked ?? 'rep' };
  }

  private clock(): Date {
    if (!this.now) return new Date();
    const fixed = new Date(this.now.length === 10 ? `${this.now}T12:00:00Z` : this.now);
    return Number.isNaN(fixed.getTime()) ? new Date() : fixed;
  }

  /** Settles once automatic celebrations for every change so far have been posted. */
  celebrationsIdle(): Promise<void> {
    return this.watcher?.ready.then((watcher) => watcher?.idle()) ?? Promise.resolve();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A provider taken off the page must not stay reachable from a store that outlives it.
    this.fallbackWatch?.stop();
    this.fallbackWatch = undefined;
    // Keep the adapter: a provider moved in the DOM reconnects with the same data.
    this.stopCelebrations();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * Celebrations run for the rep looking, through the same storage the elements use. The watcher
   * draws nothing, so it loads beside the first render instead of before it.
   */
  private watchCelebrations(storage: StorageAdapter, viewer: Viewer | null): void {
    if (this.watcher?.storage === storage && this.isConnected) return;
    this.stopCelebrations();
    if (!viewer || viewer.role !== 'rep' || !this.isConnected) return;
    const entry: NonNullable<GoalpostProvider['watcher']> = {
      storage,
      stopped: false,
      ready: import('../../context/celebration-watcher.js').then(
        ({ CelebrationWatcher }) => {
          if (entry.stopped) return undefined;
          const watcher = new CelebrationWatcher(storage, () => this.clock(), () => this.locale || resolveLocale(this), { translate, loadMessages });
          watcher.start();
          return watcher;
        },
        // Offline before the chunk came: the page works on, without automatic celebrations.
        (error: unknown) => {
          console.warn('[goalpost] Automatic celebrations are off: their code could not be loaded.', error);
          return undefined;
        },
      ),
    };
    this.watcher = entry;
  }

  private stopCelebrations(): void {
    const entry = this.watcher;
    this.watcher = undefined;
    if (!entry) return;
    entry.stopped = true;
    void entry.ready.then((watcher) => watcher?.stop());
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const source = changed.has('viewerId') || changed.has('storage') || changed.has('dbName') || changed.has('endpoint');
    if (source && this.viewerId && !this.viewerRole) void this.lookUpRole(this.viewerId);
    const viewer = this.currentViewer;
    const base = this.baseStorage;
    // With no viewer named, elements read as nobody in particular: never the unfiltered system view.
    const scoped = base.withViewer(viewer ?? ANONYMOUS_VIEWER);
    const previousViewer = this.viewerProvider.value;
    if (this.storageProvider.value?.viewer?.personId !== viewer?.personId ||
        this.storageProvider.value?.viewer?.role !== viewer?.role ||
        changed.has('storage') || changed.has('dbName') || changed.has('endpoint') || this.storageProvider.value === undefined) {
      this.storageProvider.setValue(scoped);
    }
    this.watchCelebrations(this.storageProvider.value ?? scoped, viewer);
    this.watchFallback(base);
    if (previousViewer?.personId !== viewer?.personId || previousViewer?.role !== viewer?.role) {
      this.viewerProvider.setValue(viewer ?? undefined);
      if (previousViewer !== undefined) {
        this.dispatchEvent(new CustomEvent('goalpost-viewer-change', { detail: { viewer }, bubbles: true, composed: true }));
      }
    }
    if (changed.has('locale')) this.localeProvider.setValue(this.locale);
    if (changed.has('currency')) this.currencyProvider.setValue(this.currency);
    if (changed.has('now') || this.clockProvider.value === undefined) {
      const now = this.now;
      const clock: Clock = () => (now ? this.clock() : new Date());
      this.clockProvider.setValue(clock);
    }
  }

  /** Shows the memory-only warning the moment the store falls back, and after a move in the DOM. */
  private watchFallback(storage: StorageAdapter): void {
    if (this.fallbackWatch?.storage === storage) return;
    this.fallbackWatch?.stop();
    this.fallback = storage.fallback;
    const stop = storage.onFallback?.((fallback) => {
      this.fallback = fallback;
      this.dispatchEvent(new CustomEvent('goalpost-storage-fallback', { detail: fallback, bubbles: true, composed: true }));
    }) ?? (() => undefined);
    this.fallbackWatch = { storage, stop };
  }

  private async lookUpRole(personId: string): Promise<void> {
    try {
      const person = await this.baseStorage.get('people', personId);
      if (this.viewerId === personId && !this.viewerRole) {
        this.resolvedRole = { personId, role: person.role };
        this.requestUpdate();
      }
    } catch {
      // An unknown viewer keeps the least privileged role.
    }
  }

  protected override render() {
    const locale = this.locale || resolveLocale(this);
    // The warning is the provider's only text: fetch its language's strings when it shows.
    if (this.fallback) loadMessages(locale)?.then(() => this.requestUpdate(), () => undefined);
    const warning = this.fallback
      ? html`<p class="fallback" role="alert" part="storage-warning"><span><strong>${translate(locale, 'common.fallbackTitle', {})}</strong> ${translate(locale, 'common.fallbackBody', {})}</span></p>`
      : nothing;
    return html`${warning}<slot></slot>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goalpost-viewer-change': CustomEvent<{ viewer: Viewer | null }>;
    'goalpost-storage-fallback': CustomEvent<StorageFallback>;
  }
}
