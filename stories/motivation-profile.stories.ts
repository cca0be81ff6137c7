import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/motivation-profile/define.js';
import { MemoryAdapter } from '../src/storage/memory.js';
import { seedStorage } from '../src/core/seed.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../src/core/sample-data.js';
import { DARK_PAGE, LANG, TEAM_PEOPLE, hidden, idChoices, inState, playground, viewerFor } from './support.js';
import type { Lang, Seat } from './support.js';

interface Args {
  /** Whose seat the story is seen from: Maya edits, Dana reads the summary, a teammate is refused. */
  seat: Seat;
  /** `none`: Maya has no profile yet (the rep creates one; the manager is told there is none). */
  profile: 'sample' | 'none';
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error';
  lang: Lang;
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
    lang: LANG,
  },
  args: { seat: 'rep', profile: 'sample', theme: 'light', state: 'data', lang: '' },
  loaders: [async ({ args }) => ({ world: await storyWorld((args as Args).profile) })],
  render: (args, { loaded }) => {
    const { world } = loaded as { world: Awaited<ReturnType<typeof storyWorld>> };
    const viewer = viewerFor(world.company, args.seat);
    const storage = inState(world.system.withViewer(viewer), args.state);
    const background = args.theme === 'dark' ? DARK_PAGE : 'transparent';
    return html`<div style="max-width: 640px; padding: 16px; background: ${background}">
      <motivation-profile
        person-id=${world.company.viewers.repId}
        theme=${args.theme}
        lang=${args.lang || nothing}
        .storage=${storage}
        .viewer=${viewer}
      ></motivation-profile>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every attribute and property from the manifest as a control. */
export const Playground: StoryObj = playground('motivation-profile', {
  args: { 'person-id': TEAM_PEOPLE[0]!.id },
  argTypes: { 'person-id': idChoices(TEAM_PEOPLE), ...hidden('profile') },
});
export const RepEditing: Story = {};
/** The empty state, as the rep sees it: no profile yet, so the form starts one. */
export const RepCreatingFirstProfile: Story = { args: { profile: 'none' } };
export const ManagerSummary: Story = { args: { seat: 'manager' } };
/** The empty state, as the manager sees it. */
export const ManagerNoProfileYet: Story = { args: { seat: 'manager', profile: 'none' } };
export const NotSharedWithTeammate: Story = { args: { seat: 'teammate' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkManagerSummary: Story = { args: { theme: 'dark', seat: 'manager' } };
/** Arabic: the questions, driver names and sliders in Arabic, laid out right to left. */
export const Arabic: Story = { args: { lang: 'ar' } };
export const ArabicManagerSummary: Story = { args: { lang: 'ar', seat: 'manager' } };
