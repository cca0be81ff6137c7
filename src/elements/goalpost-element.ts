/**
 * What every Goalpost element shares: where its data comes from (an explicit property beats the
 * nearest provider's context, which beats a lazily created IndexedDB default), who is looking,
 * the locale and the clock. Elements extend this and stay thin.
 */
import { LitElement, adoptStyles, html, nothing } from 'lit';
import type { CSSResult, PropertyValues, TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import type { StorageAdapter } from '../storage/adapter.js';
import type { Viewer } from '../core/types.js';
import { toIsoDate } from '../core/dates.js';
import { GOALPOST_VERSION } from '../define.js';
import { NotFoundError } from '../core/errors.js';
import type { FieldProblem } from '../core/errors.js';
import { clockContext, currencyContext, localeContext, storageContext, viewerContext } from '../context/keys.js';
import type { Clock } from '../context/keys.js';
import { defaultStorage } from '../context/default-storage.js';
import { isRightToLeft, resolveLocale } from '../i18n/locale.js';
import { periodText } from '../i18n/period.js';
import type { PeriodRange } from '../core/dates.js';
import { loadMessages, translate } from '../i18n/messages.js';
import type { MessageKey, MessageParams, PartialCatalog } from '../i18n/messages.js';
import { errorText, problemText } from '../i18n/problem-text.js';

/**
 * The base every Goalpost element extends: storage, viewer, locale, currency and clock from the
 * element itself, else the nearest `goalpost-provider`, else the embedded defaults.
 */
export class GoalpostElement extends LitElement {
  static readonly goalpostVersion = GOALPOST_VERSION;
  /** The English strings this element shows; other languages come from `registerMessages`. */
  static messages: PartialCatalog = {};
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** The tag level of this element's main heading in its template. */
  protected static topHeading = 3;
  /**
   * Whether parts loaded on first use (the goal form, the feed's composer and reactions) are
   * fetched ahead, once the page is idle after they could be wanted, so they are at hand even if
   * the connection drops. `GoalpostElement.prefetch = false` fetches them only when used.
   */
  static prefetch = true;

  @consume({ context: storageContext, subscribe: true })
  @state()
  private contextStorage?: StorageAdapter;

  @consume({ context: viewerContext, subscribe: true })
  @state()
  private contextViewer?: Viewer;

  @consume({ context: localeContext, subscribe: true })
  @state()
  private contextLocale?: string;

  @consume({ context: currencyContext, subscribe: true })
  @state()
  private contextCurrency?: string;

  @consume({ context: clockContext, subscribe: true })
  @state()
  private contextClock?: Clock;

  /** Storage to read and write; overrides the provider's. */
  @property({ attribute: false }) storage?: StorageAdapter;

  /** Who is looking; overrides the provider's. */
  @property({ attribute: false }) viewer?: Viewer;

  /**
   * The level of this element's main heading, so it fits the page's outline: `2` under the page's
   * `h1`, `4` inside a section headed `h3`. Its other headings follow one level down. Unset, the
   * element uses its own levels (2 for the feed and the board, 3 for the rest).
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** `light` or `dark` pins the colour scheme; unset follows the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * The registry this element was created from. In a shadow root with a scoped registry
   * (`new CustomElementRegistry()`), the elements it renders inside resolve there too.
   */
  get registry(): CustomElementRegistry {
    return (this as { customElementRegistry?: CustomElementRegistry | null }).customElementRegistry ?? customElements;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const registry = this.registry;
    if (registry === customElements || this.shadowRoot) return super.createRenderRoot();
    // Scoped: give the shadow root the same registry, and let Lit create nodes through it.
    const ctor = this.constructor as typeof GoalpostElement;
    const root = this.attachShadow({ ...ctor.shadowRootOptions, customElementRegistry: registry } as ShadowRootInit);
    adoptStyles(root, ctor.elementStyles);
    this.renderOptions.creationScope = {
      importNode: (node: Node, deep?: boolean) => document.importNode(node, { selfOnly: deep === false, customElementRegistry: registry } as unknown as boolean),
    };
    return root;
  }

  /** Fetches a part loaded on first use when the page is idle (see `prefetch`); a failure waits for the first use. */
  protected prefetchWhenIdle(load: () => Promise<unknown>): void {
    if (!(this.constructor as typeof GoalpostElement).prefetch) return;
    const fetchIt = () => void load().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchIt, { timeout: 5000 });
    else setTimeout(fetchIt, 1000);
  }

  /**
   * Whether focus may move into a part that just arrived: it is still in this element, or nowhere
   * in particular. Someone who went on to type elsewhere while it loaded keeps typing there.
   */
  protected get focusStillHere(): boolean {
    return this.matches(':focus-within') || document.activeElement === document.body;
  }

  /**
   * Takes in a part loaded on first use (a form, a list's actions): its styles join this
   * element's shadow root and its strings the element's catalog.
   */
  protected adoptPart(styles: CSSResult, strings: PartialCatalog): void {
    const root = this.renderRoot;
    if (root instanceof ShadowRoot && styles.styleSheet && !root.adoptedStyleSheets.includes(styles.styleSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
    }
    const own = this.constructor as typeof GoalpostElement;
    own.messages = { ...own.messages, ...strings };
  }

  private localeNow?: string;
  /** The locale the strings and direction were last set up for. */
  private spokenLocale?: string;
  /** Whether the `dir` attribute on the host is Goalpost's doing (an author's is left alone). */
  private ownDir = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = this.locale;
    if (locale === this.spokenLocale) return;
    this.spokenLocale = locale;
    this.setDirection(locale);
    // A language Goalpost ships loads once; until it arrives the English shows, then this re-renders.
    loadMessages(locale)?.then(() => this.requestUpdate(), (error: unknown) => console.warn(`[goalpost] Could not load the ${locale} strings:`, error));
  }

  /**
   * Arabic inside an English page (or English inside an Arabic one) reads in its own direction:
   * the host gets `dir` when its language's direction differs from what it would inherit.
   */
  private setDirection(locale: string): void {
    if (this.hasAttribute('dir') && !this.ownDir) return;
    const wanted = isRightToLeft(locale) ? 'rtl' : 'ltr';
    const around = this.parentElement?.closest('[dir]')?.getAttribute('dir') || document.documentElement.dir || 'ltr';
    if (wanted !== around.toLowerCase()) {
      this.setAttribute('dir', wanted);
      this.ownDir = true;
    } else if (this.ownDir) {
      this.removeAttribute('dir');
      this.ownDir = false;
    }
  }

  /** The storage this element reads: its own, the provider's, or the embedded default. */
  get store(): StorageAdapter {
    const viewer = this.viewer ?? this.contextViewer ?? null;
    return this.storage ?? this.contextStorage ?? defaultStorage(viewer);
  }

  /** Who is looking: this element's own viewer, the provider's, or the one its storage serves. */
  get currentViewer(): Viewer | null {
    return this.viewer ?? this.contextViewer ?? this.storage?.viewer ?? this.contextStorage?.viewer ?? null;
  }

  /** The element's language: its own `lang` (or an ancestor's), the provider's, the page's, the browser's. */
  get locale(): string {
    // Asked dozens of times per render (every string, number and date), and the answer walks up
    // the tree: keep it until pending microtasks have run. A `lang` changed later shows at the
    // element's next render (the provider's `locale` re-renders by itself).
    if (this.localeNow === undefined) {
      this.localeNow = resolveLocale(this, this.contextLocale);
      queueMicrotask(() => (this.localeNow = undefined));
    }
    return this.localeNow;
  }

  /** ISO 4217 code used where a record names none: the provider's, else USD. */
  get currency(): string {
    return this.contextCurrency ?? 'USD';
  }

  /** Now, by the provider's clock (pinned with its `now` attribute in demos and tests). */
  now(): Date {
    return this.contextClock?.() ?? new Date();
  }

  /** Today as `YYYY-MM-DD`, by the same clock. */
  today(): string {
    return toIsoDate(this.now());
  }

  /** The level a heading written as `h{tag}` takes once shifted by `heading-level`, 1 to 6. */
  protected levelOf(tag: number): number {
    const top = (this.constructor as typeof GoalpostElement).topHeading;
    const level = this.headingLevel ? this.headingLevel + tag - top : tag;
    return Math.min(6, Math.max(1, Math.round(level)));
  }

  /** `aria-level` for a heading written as `h{tag}`: only when `heading-level` moves it. */
  protected headingAria(tag: number): string | typeof nothing {
    return this.headingLevel ? String(this.levelOf(tag)) : nothing;
  }

  /** A plan period ("Q3 2026", "3. Quartal 2026", a month) in the element's language. */
  protected periodName(period: PeriodRange): string {
    return periodText(period, this.locale);
  }

  /** A message in the element's language. */
  protected t<K extends MessageKey>(key: K, ...params: MessageParams<K>): string {
    return translate(this.locale, key, (this.constructor as typeof GoalpostElement).messages, ...params);
  }

  /** A validation problem in the element's language; its English message where the language has no words for it. */
  protected problemText(problem: FieldProblem): string {
    return problemText(problem, this.locale);
  }

  /** What went wrong, for "Something went wrong: …" and "Not saved: …": a Goalpost error in the element's language. */
  protected errorText(error: unknown): string {
    return errorText(error, this.locale);
  }

  /**
   * The error state every element shows when its first read failed: "not found or not shared"
   * needs no retry; anything else says what happened and offers one.
   */
  protected renderReadError(error: unknown, retry: () => unknown): TemplateResult {
    const notFound = error instanceof NotFoundError;
    return html`<div class="error-box" role="alert">
        ${notFound ? this.t('common.notFound') : this.t('common.error', { message: this.errorText(error) })}
      </div>
      ${notFound ? nothing : html`<div class="actions"><button class="button retry" @click=${retry}>${this.t('common.retry')}</button></div>`}`;
  }

  /** Fires a Goalpost domain event: bubbling and composed, so the host page hears it. */
  protected emit<T>(type: string, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
