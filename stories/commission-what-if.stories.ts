import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/commission-what-if/define.js';
import { addDays } from '../src/core/dates.js';
import type { IsoDate, Money } from '../src/core/types.js';
import { sampleWorld, viewerFor, withStalledReads, SAMPLE_TODAY } from './support.js';
import type { Seat } from './support.js';

interface Args {
  seat: Seat;
  deals: 'none' | 'one this quarter' | 'past quota' | 'slips to next quarter';
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error';
}

const usd = (dollars: number): Money => ({ amount: dollars * 100, currency: 'USD' });

const presets: Record<Args['deals'], Array<{ amount: Money; closedOn: IsoDate }>> = {
  none: [],
  'one this quarter': [{ amount: usd(120_000), closedOn: addDays(SAMPLE_TODAY, 14) }],
  'past quota': [{ amount: usd(180_000), closedOn: addDays(SAMPLE_TODAY, 7) }, { amount: usd(140_000), closedOn: addDays(SAMPLE_TODAY, 21) }],
  'slips to next quarter': [{ amount: usd(150_000), closedOn: addDays(SAMPLE_TODAY, 45) }],
};

const meta: Meta<Args> = {
  title: 'Elements/commission-what-if',
  component: 'commission-what-if',
  argTypes: {
    seat: { control: 'select', options: ['rep', 'manager', 'teammate'] },
    deals: { control: 'select', options: Object.keys(presets) },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error'] },
  },
  args: { seat: 'rep', deals: 'none', theme: 'light', state: 'data' },
  loaders: [async () => ({ world: await sampleWorld() })],
  render: (args, { loaded }) => {
    const { world } = loaded as { world: Awaited<ReturnType<typeof sampleWorld>> };
    const viewer = viewerFor(world.company, args.seat);
    const base = world.system.withViewer(viewer);
    const storage = args.state === 'loading' ? withStalledReads(base, 'hang') : args.state === 'error' ? withStalledReads(base, 'fail') : base;
    const lakeHouse = world.company.goals.find((g) => g.ownerId === world.company.viewers.repId && g.title === 'Lake-house deposit')!;
    const background = args.theme === 'dark' ? '#0e121a' : 'transparent';
    return html`<div style="max-width: 760px; padding: 16px; background: ${background}">
      <commission-what-if
        person-id=${world.company.viewers.repId}
        goal-id=${lakeHouse.id}
        theme=${args.theme}
        .deals=${presets[args.deals]}
        .storage=${storage}
        .viewer=${viewer}
      ></commission-what-if>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const PlanOnly: Story = {};
export const OneDeal: Story = { args: { deals: 'one this quarter' } };
export const CrossesQuota: Story = { args: { deals: 'past quota' } };
export const SlipsToNextQuarter: Story = { args: { deals: 'slips to next quarter' } };
export const SeenByManager: Story = { args: { seat: 'manager', deals: 'one this quarter' } };
export const PlanNotShared: Story = { args: { seat: 'teammate' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Dark: Story = { args: { theme: 'dark', deals: 'past quota' } };
