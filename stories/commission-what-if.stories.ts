import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/commission-what-if/define.js';
import { addDays } from '../src/core/dates.js';
import type { IsoDate, Money } from '../src/core/types.js';
import { DARK_PAGE, LANG, MAYA_GOALS, TEAM_PEOPLE, hidden, idChoices, inState, newcomer, playground, sampleWorld, viewerFor, SAMPLE_TODAY } from './support.js';
import type { Lang, SampleWorld, Seat } from './support.js';

interface Args {
  seat: Seat;
  /** Deals to try, set as the element's `deals` property. */
  dealPreset: 'none' | 'one this quarter' | 'past quota' | 'slips to next quarter';
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error' | 'empty';
  lang: Lang;
}

const usd = (dollars: number): Money => ({ amount: dollars * 100, currency: 'USD' });

const presets: Record<Args['dealPreset'], Array<{ amount: Money; closedOn: IsoDate }>> = {
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
    dealPreset: { control: 'select', options: Object.keys(presets) },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error', 'empty'] },
    lang: LANG,
  },
  args: { seat: 'rep', dealPreset: 'none', theme: 'light', state: 'data', lang: '' },
  loaders: [async ({ args }) => ({ world: await sampleWorld(), empty: (args as Args).state === 'empty' ? await newcomer('rep') : undefined })],
  render: (args, { loaded }) => {
    const { world, empty } = loaded as { world: SampleWorld; empty?: Awaited<ReturnType<typeof newcomer>> };
    // Empty: a rep who has just joined and has no plan yet to try deals against.
    const viewer = empty?.viewer ?? viewerFor(world.company, args.seat);
    const storage = inState(empty?.storage ?? world.system.withViewer(viewer), args.state);
    const lakeHouse = world.company.goals.find((g) => g.ownerId === world.company.viewers.repId && g.title === 'Lake-house deposit')!;
    const background = args.theme === 'dark' ? DARK_PAGE : 'transparent';
    return html`<div style="max-width: 760px; padding: 16px; background: ${background}">
      <commission-what-if
        person-id=${empty ? viewer.personId : world.company.viewers.repId}
        goal-id=${empty ? nothing : lakeHouse.id}
        theme=${args.theme}
        lang=${args.lang || nothing}
        .deals=${presets[args.dealPreset]}
        .storage=${storage}
        .viewer=${viewer}
      ></commission-what-if>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every attribute and property from the manifest as a control; `deals` is edited as JSON. */
export const Playground: StoryObj = playground('commission-what-if', {
  width: 760,
  seats: ['rep', 'manager', 'teammate'],
  args: { 'person-id': TEAM_PEOPLE[0]!.id, 'goal-id': MAYA_GOALS[0]!.id, deals: presets['one this quarter'] },
  argTypes: { 'person-id': idChoices(TEAM_PEOPLE), 'goal-id': idChoices(MAYA_GOALS), ...hidden('dealPreset') },
});
export const PlanOnly: Story = {};
export const OneDeal: Story = { args: { dealPreset: 'one this quarter' } };
export const CrossesQuota: Story = { args: { dealPreset: 'past quota' } };
export const SlipsToNextQuarter: Story = { args: { dealPreset: 'slips to next quarter' } };
export const SeenByManager: Story = { args: { seat: 'manager', dealPreset: 'one this quarter' } };
export const PlanNotShared: Story = { args: { seat: 'teammate' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Dark: Story = { args: { theme: 'dark', dealPreset: 'past quota' } };
/** Arabic: the sentences, amounts and dates in Arabic, laid out right to left. */
export const Arabic: Story = { args: { lang: 'ar', dealPreset: 'past quota' } };
