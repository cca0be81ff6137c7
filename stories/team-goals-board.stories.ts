import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/team-goals-board/define.js';
import type { TeamGoalsBoard } from '../src/elements/team-goals-board/team-goals-board.js';
import type { BoardColumn, SortDirection } from '../src/core/team-review.js';
import { BOARD_COLUMNS } from '../src/core/team-review.js';
import { provideGoalpost } from '../src/context/host-provider.js';
import { MemoryAdapter } from '../src/storage/memory.js';
import type { StorageAdapter } from '../src/storage/adapter.js';
import type { Viewer } from '../src/core/types.js';
import { SAMPLE_TODAY, sampleWorld, viewerFor, withStalledReads } from './support.js';
import type { SampleWorld, Seat } from './support.js';

interface Args {
  seat: Seat;
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error' | 'empty';
  atRiskOnly: boolean;
  /** Open the demo rep's details. */
  open: boolean;
  sortBy: BoardColumn;
  sortDirection: SortDirection;
}

const clock = () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`);

/** A manager nobody reports to yet, in a store of their own, for the empty state. */
async function newManagerStore(): Promise<{ storage: StorageAdapter; viewer: Viewer }> {
  const viewer: Viewer = { personId: 'person-noor-haddad', role: 'manager' };
  const system = new MemoryAdapter({ clock });
  await system.put('people', { id: viewer.personId, name: 'Noor Haddad', role: 'manager', teamId: 'team-new' });
  return { storage: system.withViewer(viewer), viewer };
}

const meta: Meta<Args> = {
  title: 'Elements/team-goals-board',
  component: 'team-goals-board',
  argTypes: {
    seat: { control: 'select', options: ['manager', 'rep', 'other-team manager'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error', 'empty'] },
    atRiskOnly: { control: 'boolean' },
    open: { control: 'boolean' },
    sortBy: { control: 'select', options: [...BOARD_COLUMNS] },
    sortDirection: { control: 'inline-radio', options: ['ascending', 'descending'] },
  },
  args: { seat: 'manager', theme: 'light', state: 'data', atRiskOnly: false, open: false, sortBy: 'risk', sortDirection: 'descending' },
  loaders: [async ({ args }) => ({ world: await sampleWorld(), empty: (args as Args).state === 'empty' ? await newManagerStore() : undefined })],
  render: (args, { loaded }) => {
    const { world, empty } = loaded as { world: SampleWorld; empty?: Awaited<ReturnType<typeof newManagerStore>> };
    const viewer = empty?.viewer ?? viewerFor(world.company, args.seat);
    const base = empty?.storage ?? world.system.withViewer(viewer);
    const storage = args.state === 'loading' ? withStalledReads(base, 'hang') : args.state === 'error' ? withStalledReads(base, 'fail') : base;
    // The frame provides the sample company's clock, as a page's provider would.
    const frame = document.createElement('div');
    frame.style.cssText = `padding: 16px; background: ${args.theme === 'dark' ? '#0e121a' : 'transparent'}`;
    provideGoalpost(frame, { clock, locale: 'en-US' });
    const board = document.createElement('team-goals-board') as TeamGoalsBoard;
    board.storage = storage;
    board.viewer = viewer;
    board.theme = args.theme;
    board.atRiskOnly = args.atRiskOnly;
    board.sortBy = args.sortBy;
    board.sortDirection = args.sortDirection;
    if (args.open) board.expandedRep = world.company.viewers.repId;
    frame.append(board);
    return frame;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Dana Whitfield's team of 30, most at risk first. */
export const Default: Story = {};
export const AtRiskOnly: Story = { args: { atRiskOnly: true } };
export const DetailOpen: Story = { args: { open: true, sortBy: 'rep', sortDirection: 'ascending' } };
export const SortedByAttainment: Story = { args: { sortBy: 'attainment', sortDirection: 'ascending' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkDetailOpen: Story = { args: { theme: 'dark', open: true } };
export const NotAManager: Story = { args: { seat: 'rep' } };
