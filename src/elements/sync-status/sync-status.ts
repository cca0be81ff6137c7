import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GoalpostElement } from '../goalpost-element.js';
import { tokens, controls } from '../../styles/tokens.js';
import { syncStatusStyles } from './sync-status.styles.js';
import { isSyncSource } from '../../storage/sync-state.js';
import type { IssueChoice, SyncIssue, SyncSnapshot, SyncSource } from '../../storage/sync-state.js';
import type { CollectionName, Entity } from '../../core/types.js';
import { sync } from '../../i18n/en/http.js';

export interface SyncResolveDetail {
  issueId: string;
  choice: IssueChoice;
}

/** What a record is called in a sentence: its title, name or label when it has one. */
function nameOf(record: Entity | null | undefined): string | undefined {
  const fields = record as Record<string, unknown> | null | undefined;
  for (const field of ['title', 'name', 'label', 'message', 'date']) {
    const value = fields?.[field];
    if (typeof value === 'string' && value.trim()) return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  }
  return undefined;
}

/**
 * How far saving has got, for storage that talks to a server: "Saved", "Saving…",
 * "Offline — 3 changes waiting", and every waiting change the server then refused, with both
 * versions and the choice of keeping this person's or the server's.
 *
 * It follows the storage it is given (`source`), else the storage of the nearest provider. A
 * store that saves on the device (IndexedDB, memory) is always "Saved on this device".
 *
 * @fires {CustomEvent<SyncResolveDetail>} goalpost-sync-resolve - After the person chose what to do with a refused change.
 * @csspart status - The status line.
 * @csspart issues - The list of refused changes and their choices.
 */
export class SyncStatus extends GoalpostElement {
  static override styles = [tokens, controls, syncStatusStyles];
  static override messages = { ...sync };

  @state() private sync?: SyncSnapshot;
  @state() private busy = false;
  @state() private failure?: string;
  private following?: { source: SyncSource; stop: () => void };

  /** The store to follow; overrides the storage of the provider. */
  @property({ attribute: false }) source?: SyncSource;

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.following?.stop();
    this.following = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.follow();
  }

  /** The store shown: `source`, or the element's storage when it reports how saving goes. */
  private get current(): SyncSource | undefined {
    if (this.source) return this.source;
    const store = this.store;
    return isSyncSource(store) ? store : undefined;
  }

  private follow(): void {
    if (!this.isConnected) return;
    const source = this.current;
    if (this.following?.source === source) return;
    this.following?.stop();
    this.following = undefined;
    this.sync = source?.sync;
    if (source) this.following = { source, stop: source.onSyncChange((sync) => (this.sync = sync)) };
  }

  // --- handlers -------------------------------------------------------------------------------

  private async retryNow(): Promise<void> {
    this.failure = undefined;
    try {
      await this.current?.syncNow();
    } catch (error) {
      this.failure = this.t('sync.resolveFailed', { message: this.errorText(error) });
    }
  }

  private async resolve(issue: SyncIssue, choice: IssueChoice): Promise<void> {
    const source = this.current;
    if (!source || this.busy) return;
    this.busy = true;
    this.failure = undefined;
    try {
      await source.resolveIssue(issue.id, choice);
      this.emit<SyncResolveDetail>('goalpost-sync-resolve', { issueId: issue.id, choice });
      await this.updateComplete;
      // The buttons are gone: keep the keyboard where the person can go on from.
      this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
    } catch (error) {
      this.failure = this.t('sync.resolveFailed', { message: this.errorText(error) });
    } finally {
      this.busy = false;
    }
  }

  // --- render ---------------------------------------------------------------------------------

  private statusText(sync: SyncSnapshot | undefined): string {
    if (!sync) return this.t('sync.savedLocally');
    switch (sync.state) {
      case 'saving':
        return this.t('sync.saving');
      case 'offline':
        return this.t('sync.offline', { count: sync.pending });
      case 'error':
        return this.t('sync.attention', { count: sync.issues.length });
      default:
        return this.t('sync.saved');
    }
  }

  private what(collection: CollectionName, record: Entity | null | undefined): string {
    const kind = this.t(`sync.what.${collection}`);
    const name = nameOf(record);
    return name ? this.t('sync.what.named', { kind, name }) : kind;
  }

  private version(record: Entity | null | undefined): string {
    if (!record) return this.t('sync.deleted');
    const name = nameOf(record);
    const version = this.t('sync.version', { version: record.version });
    return name ? `“${name}”, ${version}` : version;
  }

  protected override render(): TemplateResult {
    const sync = this.sync;
    const state = sync?.state ?? 'saved';
    return html`
      <div class="status ${state}" part="status" tabindex="-1">
        <span class="dot" aria-hidden="true"></span>
        <span role="status">${this.statusText(sync)}</span>
        ${state === 'offline'
          ? html`<button type="button" class="button quiet" @click=${this.retryNow}>${this.t('sync.retryNow')}</button>`
          : nothing}
      </div>
      ${state === 'offline' && sync && !sync.durable && sync.pending > 0 ? html`<p class="failure">${this.t('sync.notDurable')}</p>` : nothing}
      ${sync && sync.issues.length > 0 ? this.renderIssues(sync.issues) : nothing}
      ${this.failure ? html`<p class="failure" role="alert">${this.failure}</p>` : nothing}
    `;
  }

  private renderIssues(issues: readonly SyncIssue[]): TemplateResult {
    return html`<section class="issues" part="issues" aria-labelledby="issues-title">
      <strong id="issues-title" class="issues-title">${this.t('sync.issues')}</strong>
      <ul>
        ${issues.map((issue) => {
          const what = this.what(issue.collection, issue.mine ?? issue.theirs);
          const sentence =
            issue.kind === 'rejected' ? this.t('sync.rejected', { what, message: issue.message })
            : issue.theirs === null ? this.t('sync.conflictDeleted', { what })
            : this.t('sync.conflict', { what });
          const conflict = issue.kind === 'conflict';
          return html`<li>
            <p>${sentence}</p>
            <dl>
              <dt>${this.t('sync.yours')}</dt>
              <dd>${this.version(issue.mine)}</dd>
              ${issue.theirs !== undefined
                ? html`<dt>${this.t('sync.theirs')}</dt>
                    <dd>${this.version(issue.theirs)}</dd>`
                : nothing}
            </dl>
            ${issue.writes > 1 ? html`<p class="hint">${this.t('sync.heldWrites', { count: issue.writes })}</p>` : nothing}
            <div class="actions">
              <button type="button" class="button primary" ?disabled=${this.busy} @click=${() => this.resolve(issue, 'mine')}>
                ${conflict ? this.t('sync.keepMine') : this.t('sync.tryAgain')}
              </button>
              <button type="button" class="button" ?disabled=${this.busy} @click=${() => this.resolve(issue, 'theirs')}>
                ${conflict ? this.t('sync.useTheirs') : this.t('sync.discard')}
              </button>
            </div>
          </li>`;
        })}
      </ul>
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goalpost-sync-resolve': CustomEvent<SyncResolveDetail>;
  }
}
