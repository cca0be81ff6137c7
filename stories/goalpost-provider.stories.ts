import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/goalpost-provider/define.js';
import '../src/elements/goal-card/define.js';
import '../src/elements/quota-to-goal-meter/define.js';
import { sampleWorld, viewerFor, SAMPLE_TODAY } from './support.js';
import type { Seat } from './support.js';

interface Args {
  seat: Seat;
  locale: string;
}

/**
 * The context root: the same two elements, with no properties of their own, read through the
 * provider as whoever it names. Switch the seat to see privacy apply to everything inside.
 */
const meta: Meta<Args> = {
  title: 'Elements/goalpost-provider',
  component: 'goalpost-provider',
  argTypes: {
    seat: { control: 'select', options: ['rep', 'manager', 'teammate', 'other-team manager'] },
    locale: { control: 'select', options: ['en-US', 'en-GB', 'de-DE'] },
  },
  args: { seat: 'rep', locale: 'en-US' },
  loaders: [async () => ({ world: await sampleWorld() })],
  render: (args, { loaded }) => {
    const { world } = loaded as { world: Awaited<ReturnType<typeof sampleWorld>> };
    const viewer = viewerFor(world.company, args.seat);
    const rep = world.company.viewers.repId;
    const goal = world.company.goals.find((g) => g.ownerId === rep && g.visibility === 'manager-summary')!;
    return html`<goalpost-provider
      .storage=${world.system}
      viewer-id=${viewer.personId}
      viewer-role=${viewer.role}
      locale=${args.locale}
      now=${SAMPLE_TODAY}
    >
      <div style="display: grid; gap: 16px; max-width: 640px">
        <quota-to-goal-meter person-id=${rep} variant="compact"></quota-to-goal-meter>
        <goal-card goal-id=${goal.id}></goal-card>
      </div>
    </goalpost-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Maya sees her own goal in full. */
export const AsTheRep: Story = {};
/** Dana, her manager, sees the same goal as a summary only. */
export const AsTheManager: Story = { args: { seat: 'manager' } };
/** A teammate sees neither the plan nor the goal. */
export const AsATeammate: Story = { args: { seat: 'teammate' } };
