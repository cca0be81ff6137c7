import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/team-distribution-chart/define.js';
import type { Viewer } from '../src/core/types.js';
import { sampleWorld, viewerFor, withStalledReads } from './support.js';

interface Args {
  seat: 'manager' | 'leader' | 'rep' | 'other-team manager';
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error';
}

const meta: Meta<Args> = {
  title: 'Elements/team-distribution-chart',
  component: 'team-distribution-chart',
  argTypes: {
    seat: { control: 'select', options: ['manager', 'leader', 'rep', 'other-team manager'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error'] },
  },
  args: { seat: 'manager', theme: 'light', state: 'data' },
  loaders: [async () => ({ world: await sampleWorld() })],
  render: (args, { loaded }) => {
    const { world } = loaded as { world: Awaited<ReturnType<typeof sampleWorld>> };
    const { company } = world;
    const viewer: Viewer = args.seat === 'leader' ? { personId: company.viewers.leaderId, role: 'leader' } : viewerFor(company, args.seat);
    const base = world.system.withViewer(viewer);
    const storage = args.state === 'loading' ? withStalledReads(base, 'hang') : args.state === 'error' ? withStalledReads(base, 'fail') : base;
    const background = args.theme === 'dark' ? '#0e121a' : 'transparent';
    return html`<div style="max-width: 760px; padding: 16px; background: ${background}">
      <team-distribution-chart manager-id=${company.viewers.managerId} theme=${args.theme} .storage=${storage} .viewer=${viewer}></team-distribution-chart>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Manager: Story = {};
export const SalesLeader: Story = { args: { seat: 'leader' } };
export const RepIsKeptOut: Story = { args: { seat: 'rep' } };
export const OtherTeamManagerIsKeptOut: Story = { args: { seat: 'other-team manager' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Dark: Story = { args: { theme: 'dark' } };
