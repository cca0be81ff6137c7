import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/team-goals-board/define.js';
import type { TeamGoalsBoard } from '../src/elements/team-goals-board/team-goals-board.js';
import type { BoardColumn, SortDirection } from '../src/core/team-review.js';
import { BOARD_COLUMNS } from '../src/core/team-review.js';
import { provideGoalpost } from '../src/context/host-provider.js';
import { MemoryAdapter } from '../src/storage/memory.js';
import type { StorageAdapter } from '../src/storage/adapter.js';
import type { Viewer } from '../src/core/types.js';
import { DARK_PAGE, LANG, MANAGERS, SAMPLE_TODAY, TEAM_PEOPLE, hidden, idChoices, inState, playground, sampleWorld, viewerFor } from './support.js';
import type { Lang, SampleWorld, Seat } from './support.js';

/** The board's own attributes under their own names, and the sample world's seat, state and language. */
interface Args {
  seat: Seat;
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error' | 'empty';
  'at-risk-only': boolean;
  /** Open Maya's details (the board's `expanded-rep`). */
  open: boolean;
  'sort-by': BoardColumn;
  'sort-direction': SortDirection;
  lang: Lang;
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
    'at-risk-only': { control: 'boolean' },
    open: { control: 'boolean' },
    'sort-by': { control: 'select', options: [...BOARD_COLUMNS] },
    'sort-direction': { control: 'inline-radio', options: ['ascending', 'descending'] },
    lang: LANG,
  },
  args: { seat: 'manager', theme: 'light', state: 'data', 'at-risk-only': false, open: false, 'sort-by': 'risk', 'sort-direction': 'descending', lang: '' },
  loaders: [async ({ args }) => ({ world: await sampleWorld(), empty: (args as Args).state === 'empty' ? await newManagerStore() : undefined })],
  render: (args, { loaded }) => {
    const { world, empty } = loaded as { world: SampleWorld; empty?: Awaited<ReturnType<typeof newManagerStore>> };
    const viewer = empty?.viewer ?? viewerFor(world.company, args.seat);
    const base = empty?.storage ?? world.system.withViewer(viewer);
    const storage = inState(base, args.state);
    // The frame provides the sample company's clock, as a page's provider would.
    const frame = document.createElement('div');
    frame.style.cssText = `padding: 16px; background: ${args.theme === 'dark' ? DARK_PAGE : 'transparent'}`;
    provideGoalpost(frame, { clock, locale: 'en-US' });
    const board = document.createElement('team-goals-board') as TeamGoalsBoard;
    board.storage = storage;
    board.viewer = viewer;
    board.theme = args.theme;
    board.atRiskOnly = args['at-risk-only'];
    board.sortBy = args['sort-by'];
    board.sortDirection = args['sort-direction'];
    if (args.lang) board.setAttribute('lang', args.lang);
    if (args.open) board.expandedRep = world.company.viewers.repId;
    frame.append(board);
    return frame;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every attribute and property from the manifest as a control. */
export const Playground: StoryObj = playground('team-goals-board', {
  width: 1200,
  seats: ['manager', 'leader', 'rep', 'other-team manager'],
  args: { 'manager-id': '', 'expanded-rep': '' },
  argTypes: { 'manager-id': idChoices(MANAGERS), 'expanded-rep': idChoices(TEAM_PEOPLE), ...hidden('open') },
});

/** Dana Whitfield's team of 30, most at risk first. */
export const Default: Story = {};
export const AtRiskOnly: Story = { args: { 'at-risk-only': true } };
export const DetailOpen: Story = { args: { open: true, 'sort-by': 'rep', 'sort-direction': 'ascending' } };
export const SortedByAttainment: Story = { args: { 'sort-by': 'attainment', 'sort-direction': 'ascending' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkDetailOpen: Story = { args: { theme: 'dark', open: true } };
export const NotAManager: Story = { args: { seat: 'rep' } };
/** Arabic: headers, risk reasons and dates in Arabic; the table reads right to left. */
export const Arabic: Story = { args: { lang: 'ar' } };
export const ArabicDetailOpen: Story = { args: { lang: 'ar', open: true } };
/** German: the longer column headers and risk reasons in the same table. */
export const German: Story = { args: { lang: 'de' } };
