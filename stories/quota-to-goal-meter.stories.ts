import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/quota-to-goal-meter/define.js';
import type { MeterVariant } from '../src/elements/quota-to-goal-meter/quota-to-goal-meter.js';
import type { Driver, MotivationProfile } from '../src/core/types.js';
import { MemoryAdapter } from '../src/storage/memory.js';
import { seedStorage } from '../src/core/seed.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../src/core/sample-data.js';
import { viewerFor, withStalledReads } from './support.js';
import type { Seat } from './support.js';

interface Args {
  driver: Driver | 'no profile';
  seat: Seat;
  variant: MeterVariant;
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error';
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
    state: { control: 'inline-radio', options: ['data', 'loading', 'error'] },
  },
  args: { driver: 'money', seat: 'rep', variant: 'full', theme: 'light', state: 'data' },
  loaders: [async ({ args }) => ({ world: await storeWithDriver((args as Args).driver) })],
  render: (args, { loaded }) => {
    const { world } = loaded as { world: Awaited<ReturnType<typeof storeWithDriver>> };
    const viewer = viewerFor(world.company, args.seat);
    const base = world.system.withViewer(viewer);
    const storage = args.state === 'loading' ? withStalledReads(base, 'hang') : args.state === 'error' ? withStalledReads(base, 'fail') : base;
    const background = args.theme === 'dark' ? '#0e121a' : 'transparent';
    return html`<div style="max-width: 640px; padding: 16px; background: ${background}">
      <quota-to-goal-meter
        person-id=${world.company.viewers.repId}
        variant=${args.variant}
        theme=${args.theme}
        .storage=${storage}
        .viewer=${viewer}
      ></quota-to-goal-meter>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

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
export const Dark: Story = { args: { theme: 'dark' } };
