import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/team-distribution-chart/define.js';
import type { Viewer } from '../src/core/types.js';
import { DARK_PAGE, LANG, MANAGERS, idChoices, inState, newcomer, playground, sampleWorld, viewerFor } from './support.js';
import type { Lang, SampleWorld } from './support.js';

interface Args {
  seat: 'manager' | 'leader' | 'rep' | 'other-team manager';
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error' | 'empty';
  lang: Lang;
}

const meta: Meta<Args> = {
  title: 'Elements/team-distribution-chart',
  component: 'team-distribution-chart',
  argTypes: {
    seat: { control: 'select', options: ['manager', 'leader', 'rep', 'other-team manager'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error', 'empty'] },
    lang: LANG,
  },
  args: { seat: 'manager', theme: 'light', state: 'data', lang: '' },
  loaders: [async ({ args }) => ({ world: await sampleWorld(), empty: (args as Args).state === 'empty' ? await newcomer('manager') : undefined })],
  render: (args, { loaded }) => {
    const { world, empty } = loaded as { world: SampleWorld; empty?: Awaited<ReturnType<typeof newcomer>> };
    const { company } = world;
    // Empty: a manager nobody reports to yet, looking at their own team.
    const viewer: Viewer = empty?.viewer ?? (args.seat === 'leader' ? { personId: company.viewers.leaderId, role: 'leader' } : viewerFor(company, args.seat));
    const storage = inState(empty?.storage ?? world.system.withViewer(viewer), args.state);
    const background = args.theme === 'dark' ? DARK_PAGE : 'transparent';
    return html`<div style="max-width: 760px; padding: 16px; background: ${background}">
      <team-distribution-chart
        manager-id=${empty ? viewer.personId : company.viewers.managerId}
        theme=${args.theme}
        lang=${args.lang || nothing}
        .storage=${storage}
        .viewer=${viewer}
      ></team-distribution-chart>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every attribute and property from the manifest as a control. */
export const Playground: StoryObj = playground('team-distribution-chart', {
  width: 760,
  seats: ['manager', 'leader', 'rep', 'other-team manager'],
  args: { 'manager-id': MANAGERS.find((m) => m.label === 'Dana Whitfield')?.id ?? MANAGERS[0]!.id, 'team-id': '' },
  argTypes: { 'manager-id': idChoices(MANAGERS) },
});
export const Manager: Story = {};
export const SalesLeader: Story = { args: { seat: 'leader' } };
export const RepIsKeptOut: Story = { args: { seat: 'rep' } };
export const OtherTeamManagerIsKeptOut: Story = { args: { seat: 'other-team manager' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Dark: Story = { args: { theme: 'dark' } };
/** Arabic: bands, labels and the verdict in Arabic, laid out right to left. */
export const Arabic: Story = { args: { lang: 'ar' } };
