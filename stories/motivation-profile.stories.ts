import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/motivation-profile/define.js';
import { MemoryAdapter } from '../src/storage/memory.js';
import { seedStorage } from '../src/core/seed.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../src/core/sample-data.js';
import { viewerFor, withStalledReads } from './support.js';
import type { Seat } from './support.js';

interface Args {
  /** Whose seat the story is seen from: Maya edits, Dana reads the summary, a teammate is refused. */
  seat: Seat;
  /** `none`: Maya has no profile yet (the rep creates one; the manager is told there is none). */
  profile: 'sample' | 'none';
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error';
}

/** Each story gets its own store, so a profile saved in one story never shows up in another. */
async function storyWorld(profile: Args['profile']) {
  const company = generateSampleCompany();
  const repId = company.viewers.repId;
  const system = new MemoryAdapter({ clock: () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`) });
  await seedStorage(system, profile === 'none' ? { ...company, profiles: company.profiles.filter((p) => p.ownerId !== repId) } : company);
  return { company, system };
}

const meta: Meta<Args> = {
  title: 'Elements/motivation-profile',
  component: 'motivation-profile',
  argTypes: {
    seat: { control: 'select', options: ['rep', 'manager', 'teammate', 'other-team manager'] },
    profile: { control: 'inline-radio', options: ['sample', 'none'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error'] },
  },
  args: { seat: 'rep', profile: 'sample', theme: 'light', state: 'data' },
  loaders: [async ({ args }) => ({ world: await storyWorld((args as Args).profile) })],
  render: (args, { loaded }) => {
    const { world } = loaded as { world: Awaited<ReturnType<typeof storyWorld>> };
    const viewer = viewerFor(world.company, args.seat);
    const base = world.system.withViewer(viewer);
    const storage = args.state === 'loading' ? withStalledReads(base, 'hang') : args.state === 'error' ? withStalledReads(base, 'fail') : base;
    const background = args.theme === 'dark' ? '#0e121a' : 'transparent';
    return html`<div style="max-width: 640px; padding: 16px; background: ${background}">
      <motivation-profile
        person-id=${world.company.viewers.repId}
        theme=${args.theme}
        .storage=${storage}
        .viewer=${viewer}
      ></motivation-profile>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const RepEditing: Story = {};
export const RepCreatingFirstProfile: Story = { args: { profile: 'none' } };
export const ManagerSummary: Story = { args: { seat: 'manager' } };
export const ManagerNoProfileYet: Story = { args: { seat: 'manager', profile: 'none' } };
export const NotSharedWithTeammate: Story = { args: { seat: 'teammate' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkManagerSummary: Story = { args: { theme: 'dark', seat: 'manager' } };
