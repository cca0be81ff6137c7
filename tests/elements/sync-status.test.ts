import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/sync-status/define.js';
import type { SyncStatus } from '../../src/elements/sync-status/sync-status.js';
import type { IssueChoice, SyncIssue, SyncSnapshot, SyncSource } from '../../src/storage/sync-state.js';
import type { PersonalGoal } from '../../src/core/types.js';
import { MemoryAdapter } from '../../src/storage/memory.js';

/** A store that reports whatever the test says about saving. */
class ScriptedSync implements SyncSource {
  sync: SyncSnapshot = { state: 'saved', pending: 0, issues: [], online: true, durable: true };
  readonly resolved: Array<[string, IssueChoice]> = [];
  syncRequests = 0;
  private readonly listeners = new Set<(sync: SyncSnapshot) => void>();

  set(patch: Partial<SyncSnapshot>): void {
    this.sync = { ...this.sync, ...patch };
    for (const listener of this.listeners) listener(this.sync);
  }

  get listening(): number {
    return this.listeners.size;
  }

  onSyncChange(listener: (sync: SyncSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async syncNow(): Promise<void> {
    this.syncRequests += 1;
  }

  async resolveIssue(issueId: string, choice: IssueChoice): Promise<void> {
    this.resolved.push([issueId, choice]);
    this.set({ state: 'saving', issues: this.sync.issues.filter((issue) => issue.id !== issueId) });
  }
}

const stamp = { createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z' };

function goalVersion(title: string, version: number): PersonalGoal {
  return {
    id: 'g-1', ownerId: 'ravi', title, why: 'Summers with my dad', category: 'home', writtenOn: '2026-01-10', fundingShare: 0.4,
    milestones: [], status: 'active', visibility: 'team', cadence: 'monthly', version, ...stamp,
  };
}

const conflict: SyncIssue = {
  id: 'issue-1', kind: 'conflict', code: 'conflict', message: 'This goals record changed elsewhere.', collection: 'goals', recordId: 'g-1',
  viewer: { personId: 'ravi', role: 'rep' }, mine: goalVersion('My edit', 2), theirs: goalVersion('Their edit', 2),
  changes: [{ collection: 'goals', id: 'g-1', record: goalVersion('My edit', 2) }], writes: 2, createdAt: stamp.createdAt,
};

const rejected: SyncIssue = {
  ...conflict, id: 'issue-2', kind: 'rejected', code: 'permission', message: 'Only the rep who wrote a goal can change it.', writes: 1,
};
delete (rejected as Partial<SyncIssue>).theirs;

async function render(source: SyncSource): Promise<SyncStatus> {
  const element = await fixture<SyncStatus>(html`<goalpost-sync-status .source=${source} theme="light"></goalpost-sync-status>`);
  await element.updateComplete;
  return element;
}

function text(element: SyncStatus): string {
  return element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

function statusLine(element: SyncStatus): string {
  return element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

function button(element: SyncStatus, label: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

describe('goalpost-sync-status', () => {
  it('says "Saved" once everything reached the server', async () => {
    const element = await render(new ScriptedSync());
    expect(statusLine(element)).to.equal('Saved');
    await expect(element).to.be.accessible();
  });

  it('follows the store live: saving, then offline with the number of changes waiting', async () => {
    const source = new ScriptedSync();
    const element = await render(source);
    source.set({ state: 'saving', pending: 1 });
    await element.updateComplete;
    expect(statusLine(element)).to.equal('Saving…');
    source.set({ state: 'offline', pending: 3, online: false });
    await element.updateComplete;
    expect(statusLine(element)).to.equal('Offline — 3 changes waiting');
    source.set({ pending: 1 });
    await element.updateComplete;
    expect(statusLine(element)).to.equal('Offline — 1 change waiting');
    await expect(element).to.be.accessible();
  });

  it('offers to try the server now while offline', async () => {
    const source = new ScriptedSync();
    source.set({ state: 'offline', pending: 2, online: false });
    const element = await render(source);
    button(element, 'Try now').click();
    expect(source.syncRequests).to.equal(1);
  });

  it('warns when waiting changes would not survive closing the page', async () => {
    const source = new ScriptedSync();
    source.set({ state: 'offline', pending: 2, online: false, durable: false });
    const element = await render(source);
    expect(text(element)).to.contain('lost if this page is closed');
  });

  it('shows a conflict with both versions, and keeps mine when asked', async () => {
    const source = new ScriptedSync();
    source.set({ state: 'error', issues: [conflict] });
    const element = await render(source);
    expect(statusLine(element)).to.equal('1 change could not be saved');
    expect(text(element)).to.contain('Your change to a goal (“My edit”) conflicts with a change made elsewhere.');
    expect(text(element)).to.contain('Yours “My edit”, version 2');
    expect(text(element)).to.contain('Now on the server “Their edit”, version 2');
    expect(text(element)).to.contain('2 changes held until you choose.');
    await expect(element).to.be.accessible();
    const resolved = oneEvent(element, 'goalpost-sync-resolve');
    button(element, 'Keep mine').click();
    const event = await resolved;
    expect(event.detail).to.deep.equal({ issueId: 'issue-1', choice: 'mine' });
    expect(source.resolved).to.deep.equal([['issue-1', 'mine']]);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.issues')).to.equal(null);
    expect(element.shadowRoot!.activeElement?.classList.contains('status')).to.equal(true);
  });

  it('says when the record was deleted elsewhere', async () => {
    const source = new ScriptedSync();
    source.set({ state: 'error', issues: [{ ...conflict, theirs: null }] });
    const element = await render(source);
    expect(text(element)).to.contain('You changed a goal (“My edit”), but it was deleted elsewhere.');
    button(element, 'Use theirs').click();
    expect(source.resolved).to.deep.equal([['issue-1', 'theirs']]);
  });

  it('shows a refused change with the server\'s reason, to try again or discard', async () => {
    const source = new ScriptedSync();
    source.set({ state: 'error', issues: [rejected] });
    const element = await render(source);
    expect(text(element)).to.contain('The server refused your change to a goal (“My edit”): Only the rep who wrote a goal can change it.');
    button(element, 'Discard my change').click();
    expect(source.resolved).to.deep.equal([['issue-2', 'theirs']]);
    expect(() => button(element, 'Try again')).not.to.throw();
  });

  it('says "Saved on this device" for storage that saves locally', async () => {
    const element = await fixture<SyncStatus>(html`<goalpost-sync-status .storage=${new MemoryAdapter()}></goalpost-sync-status>`);
    expect(statusLine(element)).to.equal('Saved on this device');
  });

  it('stops following the store once removed from the page', async () => {
    const source = new ScriptedSync();
    const element = await render(source);
    expect(source.listening).to.equal(1);
    element.remove();
    expect(source.listening).to.equal(0);
  });
});
