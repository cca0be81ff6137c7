import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/sync-status/define.js';
import type { IssueChoice, SyncIssue, SyncSnapshot, SyncSource } from '../src/storage/sync-state.js';
import type { PersonalGoal } from '../src/core/types.js';
import { DARK_PAGE, LANG, hidden, playground } from './support.js';
import type { Lang } from './support.js';

type Scene = 'saved' | 'saving' | 'offline' | 'offline-not-durable' | 'conflict' | 'deleted-elsewhere' | 'rejected';

interface Args {
  scene: Scene;
  pending: number;
  theme: 'light' | 'dark';
  lang: Lang;
}

const stamp = { createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z' };

function lakeHouse(title: string, version: number): PersonalGoal {
  return {
    id: 'goal-lake-house', ownerId: 'person-maya', title, why: 'Summers with my dad', category: 'home', writtenOn: '2026-01-10',
    fundingShare: 0.4, milestones: [], status: 'active', visibility: 'manager', cadence: 'monthly', version, ...stamp,
  };
}

function issue(kind: SyncIssue['kind'], theirs: PersonalGoal | null | undefined): SyncIssue {
  const mine = lakeHouse('Lake-house deposit (bigger dock)', 4);
  const base: SyncIssue = {
    id: `issue-${kind}`, kind, code: kind === 'conflict' ? 'conflict' : 'permission',
    message: kind === 'conflict' ? 'This goals record changed elsewhere.' : 'Only the rep who wrote a goal can change it.',
    collection: 'goals', recordId: mine.id, viewer: { personId: 'person-maya', role: 'rep' }, mine,
    changes: [{ collection: 'goals', id: mine.id, record: mine }], writes: 1, createdAt: stamp.createdAt,
  };
  return theirs === undefined ? base : { ...base, theirs };
}

/** A store that stays in the scene it is given; choosing an option clears the issue. */
function scripted(args: Pick<Args, 'scene' | 'pending'>): SyncSource {
  const offline = args.scene === 'offline' || args.scene === 'offline-not-durable';
  const issues: Record<Scene, SyncIssue[]> = {
    saved: [], saving: [], offline: [], 'offline-not-durable': [],
    conflict: [issue('conflict', lakeHouse('Lake-house deposit', 4))],
    'deleted-elsewhere': [issue('conflict', null)],
    rejected: [issue('rejected', undefined)],
  };
  let sync: SyncSnapshot = {
    state: offline ? 'offline' : issues[args.scene].length > 0 ? 'error' : args.scene === 'saving' ? 'saving' : 'saved',
    pending: offline || args.scene === 'saving' ? args.pending : 0,
    issues: issues[args.scene],
    online: !offline,
    durable: args.scene !== 'offline-not-durable',
  };
  const listeners = new Set<(next: SyncSnapshot) => void>();
  return {
    get sync() {
      return sync;
    },
    onSyncChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async syncNow() {},
    async resolveIssue(issueId: string, _choice: IssueChoice) {
      sync = { ...sync, state: 'saved', issues: sync.issues.filter((candidate) => candidate.id !== issueId) };
      for (const listener of listeners) listener(sync);
    },
  };
}

const meta: Meta<Args> = {
  title: 'Elements/goalpost-sync-status',
  component: 'goalpost-sync-status',
  argTypes: {
    scene: { control: 'select', options: ['saved', 'saving', 'offline', 'offline-not-durable', 'conflict', 'deleted-elsewhere', 'rejected'] },
    pending: { control: { type: 'number', min: 0, max: 50 } },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    lang: LANG,
  },
  args: { scene: 'saved', pending: 3, theme: 'light', lang: '' },
  render: (args) => {
    const background = args.theme === 'dark' ? DARK_PAGE : 'transparent';
    return html`<div style="max-width: 520px; padding: 16px; background: ${background}">
      <goalpost-sync-status .source=${scripted(args)} theme=${args.theme} lang=${args.lang || nothing}></goalpost-sync-status>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Every attribute and property from the manifest as a control. The status reads a scripted
 * `source` (choose its scene) rather than storage, so there is no seat or storage state here.
 */
export const Playground: StoryObj = playground('goalpost-sync-status', {
  width: 520,
  args: { scene: 'conflict' },
  argTypes: {
    scene: { table: { category: 'story' } },
    pending: { table: { category: 'story' } },
    ...hidden('seat', 'state'),
  },
  prepare: (element, args) => {
    (element as HTMLElement & { source?: SyncSource }).source = scripted({ scene: args['scene'] as Scene, pending: Number(args['pending']) });
  },
});
export const Saved: Story = {};
export const Saving: Story = { args: { scene: 'saving', pending: 1 } };
export const Offline: Story = { args: { scene: 'offline', pending: 3 } };
export const OfflineNothingWaiting: Story = { args: { scene: 'offline', pending: 0 } };
export const OfflineNotDurable: Story = { args: { scene: 'offline-not-durable', pending: 2 } };
export const Conflict: Story = { args: { scene: 'conflict' } };
export const DeletedElsewhere: Story = { args: { scene: 'deleted-elsewhere' } };
export const Rejected: Story = { args: { scene: 'rejected' } };
export const DarkConflict: Story = { args: { scene: 'conflict', theme: 'dark' } };
export const DarkOffline: Story = { args: { scene: 'offline', theme: 'dark' } };
/** Arabic: the status line and the conflict's choices in Arabic, laid out right to left. */
export const ArabicConflict: Story = { args: { scene: 'conflict', lang: 'ar' } };
export const ArabicOffline: Story = { args: { scene: 'offline', lang: 'ar' } };
