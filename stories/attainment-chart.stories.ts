import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/attainment-chart/define.js';
import { pace } from '../src/core/quota-to-goal.js';
import type { SampleCompany } from '../src/core/sample-data.js';
import { sampleWorld, viewerFor, withStalledReads } from './support.js';
import type { Seat } from './support.js';

interface Args {
  seat: Seat;
  rep: 'Maya (ahead)' | 'a rep behind pace';
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error';
}

/** The rep on Dana's team furthest behind the pace line today. */
function furthestBehind(company: SampleCompany): string {
  const gaps = company.plans
    .filter((plan) => company.people.find((p) => p.id === plan.ownerId)?.managerId === company.viewers.managerId)
    .map((plan) => ({ id: plan.ownerId, gap: pace(plan, company.bookings.filter((b) => b.ownerId === plan.ownerId), company.today).aheadBy.amount }));
  return gaps.reduce((worst, next) => (next.gap < worst.gap ? next : worst)).id;
}

const meta: Meta<Args> = {
  title: 'Elements/attainment-chart',
  component: 'attainment-chart',
  argTypes: {
    seat: { control: 'select', options: ['rep', 'manager', 'teammate'] },
    rep: { control: 'inline-radio', options: ['Maya (ahead)', 'a rep behind pace'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error'] },
  },
  args: { seat: 'rep', rep: 'Maya (ahead)', theme: 'light', state: 'data' },
  loaders: [async () => ({ world: await sampleWorld() })],
  render: (args, { loaded }) => {
    const { world } = loaded as { world: Awaited<ReturnType<typeof sampleWorld>> };
    const { company } = world;
    // Behind pace is shown from the manager's seat: Dana may see every rep on her team.
    const behind = args.rep === 'a rep behind pace';
    const viewer = viewerFor(company, behind ? 'manager' : args.seat);
    const base = world.system.withViewer(viewer);
    const storage = args.state === 'loading' ? withStalledReads(base, 'hang') : args.state === 'error' ? withStalledReads(base, 'fail') : base;
    const personId = behind ? furthestBehind(company) : company.viewers.repId;
    const background = args.theme === 'dark' ? '#0e121a' : 'transparent';
    return html`<div style="max-width: 720px; padding: 16px; background: ${background}">
      <attainment-chart person-id=${personId} theme=${args.theme} .storage=${storage} .viewer=${viewer}></attainment-chart>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Rep: Story = {};
export const SeenByManager: Story = { args: { seat: 'manager' } };
export const AnotherRep: Story = { args: { rep: 'a rep behind pace' } };
export const PlanNotShared: Story = { args: { seat: 'teammate' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Dark: Story = { args: { theme: 'dark' } };
