import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/quota-to-goal-meter/define.js';
import type { MeterVariant } from '../src/elements/quota-to-goal-meter/quota-to-goal-meter.js';
import type { Driver, MotivationProfile } from '../src/core/types.js';
import { MemoryAdapter } from '../src/storage/memory.js';
import { seedStorage } from '../src/core/seed.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../src/core/sample-data.js';
import { DARK_PAGE, LANG, MAYA_GOALS, TEAM_PEOPLE, hidden, idChoices, inState, newcomer, playground, viewerFor } from './support.js';
import type { Lang, Seat } from './support.js';

interface Args {
  driver: Driver | 'no profile';
  seat: Seat;
  variant: MeterVariant;
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error' | 'empty';
  lang: Lang;
}

/** Each story gets its own store, so changing one rep's driver never leaks into another story. */
async function storeWithDriver(driver: Args['driver']) {
  const company = generateSampleCompany();
  const repId = company.viewers.repId;
  const profiles: MotivationProfile[] = company.profiles
    .filter((p) => driver !== 'no profile' || p.ownerId !== repId)
    .map((p) => (p.ownerId === repId && driver !== 'no profile'
      ? { ...p, drivers: { money: 10, winning: 10, recognition: 10, growth: 10, purpose: 10, [driver]: 90 } }
      : p));
  const system = new MemoryAdapter({ clock: () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`) });
  await seedStorage(system, { ...company, profiles });
  return { company, system };
}

const meta: Meta<Args> = {
  title: 'Elements/quota-to-goal-meter',
  component: 'quota-to-goal-meter',
  argTypes: {
    driver: { control: 'select', options: ['money', 'winning', 'recognition', 'growth', 'purpose', 'no profile'] },
    seat: { control: 'select', options: ['rep', 'manager'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error', 'empty'] },
    lang: LANG,
  },
  args: { driver: 'money', seat: 'rep', variant: 'full', theme: 'light', state: 'data', lang: '' },
  loaders: [
    async ({ args }) => ({
      world: await storeWithDriver((args as Args).driver),
      empty: (args as Args).state === 'empty' ? await newcomer('rep') : undefined,
    }),
  ],
  render: (args, { loaded }) => {
    const { world, empty } = loaded as { world: Awaited<ReturnType<typeof storeWithDriver>>; empty?: Awaited<ReturnType<typeof newcomer>> };
    // Empty: a rep who has just joined and has no plan or goals yet, looking at their own meter.
    const viewer = empty?.viewer ?? viewerFor(world.company, args.seat);
    const storage = inState(empty?.storage ?? world.system.withViewer(viewer), args.state);
    const background = args.theme === 'dark' ? DARK_PAGE : 'transparent';
    return html`<div style="max-width: 640px; padding: 16px; background: ${background}">
      <quota-to-goal-meter
        person-id=${empty ? viewer.personId : world.company.viewers.repId}
        variant=${args.variant}
        theme=${args.theme}
        lang=${args.lang || nothing}
        .storage=${storage}
        .viewer=${viewer}
      ></quota-to-goal-meter>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every attribute and property from the manifest as a control. */
export const Playground: StoryObj = playground('quota-to-goal-meter', {
  seats: ['rep', 'manager', 'teammate'],
  args: { 'person-id': TEAM_PEOPLE[0]!.id, 'goal-id': '', variant: 'full' },
  argTypes: { 'person-id': idChoices(TEAM_PEOPLE), 'goal-id': idChoices(MAYA_GOALS), ...hidden('driver') },
});
export const MoneyDriven: Story = {};
export const WinningDriven: Story = { args: { driver: 'winning' } };
export const RecognitionDriven: Story = { args: { driver: 'recognition' } };
export const GrowthDriven: Story = { args: { driver: 'growth' } };
export const PurposeDriven: Story = { args: { driver: 'purpose' } };
export const NoProfile: Story = { args: { driver: 'no profile' } };
export const SeenByManager: Story = { args: { seat: 'manager' } };
export const Compact: Story = { args: { variant: 'compact' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Dark: Story = { args: { theme: 'dark' } };
/** Arabic: the sentence about the goal, amounts and percentages in Arabic, right to left. */
export const Arabic: Story = { args: { lang: 'ar' } };
export const ArabicCompact: Story = { args: { lang: 'ar', variant: 'compact' } };
