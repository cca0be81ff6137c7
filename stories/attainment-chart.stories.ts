import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/attainment-chart/define.js';
import { pace } from '../src/core/quota-to-goal.js';
import type { SampleCompany } from '../src/core/sample-data.js';
import { DARK_PAGE, LANG, TEAM_PEOPLE, hidden, idChoices, inState, newcomer, playground, sampleWorld, viewerFor } from './support.js';
import type { Lang, SampleWorld, Seat } from './support.js';

interface Args {
  seat: Seat;
  rep: 'Maya (ahead)' | 'a rep behind pace';
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error' | 'empty';
  lang: Lang;
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
    state: { control: 'inline-radio', options: ['data', 'loading', 'error', 'empty'] },
    lang: LANG,
  },
  args: { seat: 'rep', rep: 'Maya (ahead)', theme: 'light', state: 'data', lang: '' },
  loaders: [async ({ args }) => ({ world: await sampleWorld(), empty: (args as Args).state === 'empty' ? await newcomer('rep') : undefined })],
  render: (args, { loaded }) => {
    const { world, empty } = loaded as { world: SampleWorld; empty?: Awaited<ReturnType<typeof newcomer>> };
    const { company } = world;
    // Behind pace is shown from the manager's seat: Dana may see every rep on her team.
    const behind = args.rep === 'a rep behind pace';
    // Empty: a rep who has just joined and has no plan yet, looking at their own chart.
    const viewer = empty?.viewer ?? viewerFor(company, behind ? 'manager' : args.seat);
    const storage = inState(empty?.storage ?? world.system.withViewer(viewer), args.state);
    const personId = empty ? viewer.personId : behind ? furthestBehind(company) : company.viewers.repId;
    const background = args.theme === 'dark' ? DARK_PAGE : 'transparent';
    return html`<div style="max-width: 720px; padding: 16px; background: ${background}">
      <attainment-chart
        person-id=${personId}
        theme=${args.theme}
        lang=${args.lang || nothing}
        .storage=${storage}
        .viewer=${viewer}
      ></attainment-chart>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every attribute and property from the manifest as a control. */
export const Playground: StoryObj = playground('attainment-chart', {
  seats: ['manager', 'rep', 'teammate'],
  args: { 'person-id': TEAM_PEOPLE[0]!.id },
  argTypes: { 'person-id': idChoices(TEAM_PEOPLE), ...hidden('rep') },
});
export const Rep: Story = {};
export const SeenByManager: Story = { args: { seat: 'manager' } };
export const AnotherRep: Story = { args: { rep: 'a rep behind pace' } };
export const PlanNotShared: Story = { args: { seat: 'teammate' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Dark: Story = { args: { theme: 'dark' } };
/** Arabic: the summary, axis labels, legend and table in Arabic; the card reads right to left. */
export const Arabic: Story = { args: { lang: 'ar' } };
