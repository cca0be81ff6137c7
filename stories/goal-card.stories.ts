import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/goal-card/define.js';
import type { GoalCardMode, GoalCardVariant } from '../src/elements/goal-card/goal-card.js';
import { sampleWorld, viewerFor, withStalledReads } from './support.js';
import type { Seat } from './support.js';

interface Args {
  goal: 'lake-house' | 'year-off' | 'loans' | 'marathon';
  seat: Seat;
  variant: GoalCardVariant;
  mode: GoalCardMode;
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error' | 'empty';
}

const titles: Record<Args['goal'], string> = {
  'lake-house': 'Lake-house deposit',
  'year-off': 'A year off with the kids',
  loans: 'Pay off student loans',
  marathon: 'Run the Berlin marathon',
};

const meta: Meta<Args> = {
  title: 'Elements/goal-card',
  component: 'goal-card',
  argTypes: {
    goal: { control: 'select', options: Object.keys(titles) },
    seat: { control: 'select', options: ['rep', 'manager', 'teammate', 'other-team manager'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    mode: { control: 'inline-radio', options: ['view', 'edit', 'create'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error', 'empty'] },
  },
  args: { goal: 'lake-house', seat: 'rep', variant: 'full', mode: 'view', theme: 'light', state: 'data' },
  loaders: [async () => ({ world: await sampleWorld() })],
  render: (args, { loaded }) => {
    const { world } = loaded as { world: Awaited<ReturnType<typeof sampleWorld>> };
    const viewer = viewerFor(world.company, args.seat);
    const base = world.system.withViewer(viewer);
    const storage = args.state === 'loading' ? withStalledReads(base, 'hang') : args.state === 'error' ? withStalledReads(base, 'fail') : base;
    const goal = world.company.goals.find((g) => g.ownerId === world.company.viewers.repId && g.title === titles[args.goal])!;
    const background = args.theme === 'dark' ? '#0e121a' : 'transparent';
    return html`<div style="max-width: 520px; padding: 16px; background: ${background}">
      <goal-card
        goal-id=${args.state === 'empty' ? '' : goal.id}
        variant=${args.variant}
        mode=${args.mode}
        theme=${args.theme}
        .storage=${storage}
        .viewer=${viewer}
      ></goal-card>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
export const NotAMoneyGoal: Story = { args: { goal: 'marathon' } };
export const Editing: Story = { args: { mode: 'edit' } };
export const Creating: Story = { args: { mode: 'create' } };
export const ManagerSeesSummaryOnly: Story = { args: { goal: 'year-off', seat: 'manager' } };
export const ManagerSeesSharedGoal: Story = { args: { seat: 'manager' } };
export const PrivateGoalHiddenFromManager: Story = { args: { goal: 'loans', seat: 'manager' } };
export const TeamGoalSeenByTeammate: Story = { args: { goal: 'marathon', seat: 'teammate' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkEditing: Story = { args: { theme: 'dark', mode: 'edit' } };
