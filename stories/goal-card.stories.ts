import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/goal-card/define.js';
import type { GoalCardMode, GoalCardVariant } from '../src/elements/goal-card/goal-card.js';
import { DARK_PAGE, LANG, MAYA_GOALS, hidden, idChoices, inState, playground, sampleWorld, viewerFor } from './support.js';
import type { Lang, Seat } from './support.js';

interface Args {
  /** Which of Maya's goals (the card's `goal-id`). */
  sampleGoal: 'lake-house' | 'year-off' | 'loans' | 'marathon';
  seat: Seat;
  variant: GoalCardVariant;
  mode: GoalCardMode;
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error' | 'empty';
  lang: Lang;
}

const titles: Record<Args['sampleGoal'], string> = {
  'lake-house': 'Lake-house deposit',
  'year-off': 'A year off with the kids',
  loans: 'Pay off student loans',
  marathon: 'Run the Berlin marathon',
};

const meta: Meta<Args> = {
  title: 'Elements/goal-card',
  component: 'goal-card',
  argTypes: {
    sampleGoal: { control: 'select', options: Object.keys(titles) },
    seat: { control: 'select', options: ['rep', 'manager', 'teammate', 'other-team manager'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    mode: { control: 'inline-radio', options: ['view', 'edit', 'create'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error', 'empty'] },
    lang: LANG,
  },
  args: { sampleGoal: 'lake-house', seat: 'rep', variant: 'full', mode: 'view', theme: 'light', state: 'data', lang: '' },
  loaders: [async () => ({ world: await sampleWorld() })],
  render: (args, { loaded }) => {
    const { world } = loaded as { world: Awaited<ReturnType<typeof sampleWorld>> };
    const viewer = viewerFor(world.company, args.seat);
    const storage = inState(world.system.withViewer(viewer), args.state);
    const goal = world.company.goals.find((g) => g.ownerId === world.company.viewers.repId && g.title === titles[args.sampleGoal])!;
    const background = args.theme === 'dark' ? DARK_PAGE : 'transparent';
    return html`<div style="max-width: 520px; padding: 16px; background: ${background}">
      <goal-card
        goal-id=${args.state === 'empty' ? '' : goal.id}
        variant=${args.variant}
        mode=${args.mode}
        theme=${args.theme}
        lang=${args.lang || nothing}
        .storage=${storage}
        .viewer=${viewer}
      ></goal-card>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every attribute and property from the manifest as a control, on Maya's goals. */
export const Playground: StoryObj = playground('goal-card', {
  width: 520,
  args: { 'goal-id': MAYA_GOALS[0]!.id },
  argTypes: { 'goal-id': idChoices(MAYA_GOALS), ...hidden('sampleGoal') },
});
export const Default: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
export const NotAMoneyGoal: Story = { args: { sampleGoal: 'marathon' } };
export const Editing: Story = { args: { mode: 'edit' } };
export const Creating: Story = { args: { mode: 'create' } };
export const ManagerSeesSummaryOnly: Story = { args: { sampleGoal: 'year-off', seat: 'manager' } };
export const ManagerSeesSharedGoal: Story = { args: { seat: 'manager' } };
export const PrivateGoalHiddenFromManager: Story = { args: { sampleGoal: 'loans', seat: 'manager' } };
export const TeamGoalSeenByTeammate: Story = { args: { sampleGoal: 'marathon', seat: 'teammate' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkEditing: Story = { args: { theme: 'dark', mode: 'edit' } };
/** Arabic: the card's words, numbers and dates in Arabic, laid out right to left. */
export const Arabic: Story = { args: { lang: 'ar' } };
export const ArabicEditing: Story = { args: { lang: 'ar', mode: 'edit' } };
/** German: longer words in the same layout. */
export const German: Story = { args: { lang: 'de' } };
