import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/recognition-feed/define.js';
import type { RecognitionFeed } from '../src/elements/recognition-feed/recognition-feed.js';
import { provideGoalpost } from '../src/context/host-provider.js';
import type { RecognitionKind } from '../src/core/types.js';
import { sampleWorld, viewerFor, withStalledReads } from './support.js';
import type { SampleWorld, Seat } from './support.js';

interface FeedArgs {
  seat: Seat;
  teamId: string;
  personId: string;
  kind: RecognitionKind | '';
  theme: 'light' | 'dark' | '';
  hideComposer: boolean;
  storage: 'sample' | 'loading' | 'error';
}

/** Renders a feed inside page-level context, as an integrator's portal provides it. */
function renderFeed(args: FeedArgs, loaded: { world?: SampleWorld }): HTMLElement {
  const frame = document.createElement('div');
  frame.style.maxWidth = '760px';
  const sample = loaded.world;
  if (!sample) return frame;
  const viewer = viewerFor(sample.company, args.seat);
  const scoped = sample.system.withViewer(viewer);
  const storage = args.storage === 'sample' ? scoped : withStalledReads(scoped, args.storage === 'error' ? 'fail' : 'hang');
  provideGoalpost(frame, { storage, viewer, clock: sample.clock, locale: 'en-US' });
  if (args.theme === 'dark') {
    frame.style.background = '#0d1117';
    frame.style.padding = '16px';
    frame.style.borderRadius = '12px';
  }
  const feed = document.createElement('recognition-feed') as RecognitionFeed;
  if (args.teamId) feed.setAttribute('team-id', args.teamId);
  if (args.personId) feed.setAttribute('person-id', args.personId);
  if (args.kind) feed.setAttribute('kind', args.kind);
  if (args.theme) feed.setAttribute('theme', args.theme);
  feed.hideComposer = args.hideComposer;
  frame.append(feed);
  return frame;
}

/**
 * Newest-first recognition for a team or a person, with composer, reactions, kind filters,
 * live updates and the consent flow for coaching examples. Data: the sample company in memory.
 */
const meta: Meta<FeedArgs> = {
  title: 'Elements/recognition-feed',
  component: 'recognition-feed',
  loaders: [async () => ({ world: await sampleWorld() })],
  render: (args, { loaded }) => renderFeed(args, loaded as { world?: SampleWorld }),
  args: {
    seat: 'manager',
    teamId: 'team-west',
    personId: '',
    kind: '',
    theme: '',
    hideComposer: false,
    storage: 'sample',
  },
  argTypes: {
    seat: { control: 'inline-radio', options: ['manager', 'rep', 'teammate'], description: 'Who is looking: Dana (manager), Maya (rep) or a teammate.' },
    teamId: { control: 'text', description: '`team-id`' },
    personId: { control: 'text', description: '`person-id`: posts to or from this person' },
    kind: { control: 'select', options: ['', 'win', 'kudos', 'coaching-example', 'milestone', 'goal-achieved'], description: '`kind` filter' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], description: '`theme`; empty follows the system' },
    hideComposer: { control: 'boolean', description: '`hide-composer`' },
    storage: { control: 'inline-radio', options: ['sample', 'loading', 'error'], description: 'Storage behaviour for the story' },
  },
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<FeedArgs>;

/** West Commercial's feed as Dana, their manager, sees it. */
export const TeamFeed: Story = {};

/** Everything to or from Maya Okafor, as Maya sees it. */
export const PersonFeed: Story = {
  args: { seat: 'rep', teamId: '', personId: 'person-maya-okafor' },
};

/** A team with nothing posted yet. */
export const Empty: Story = {
  args: { teamId: 'team-new' },
};

/** The first page is on its way. */
export const Loading: Story = {
  args: { storage: 'loading' },
};

/** Storage failed; the feed offers to try again. */
export const ErrorState: Story = {
  name: 'Error',
  args: { storage: 'error' },
};

/** Maya sees Dana's request to play her cold call in the sales meeting, with Grant and Decline. */
export const CoachingPending: Story = {
  args: { seat: 'rep', kind: 'coaching-example' },
};

/** The same feed in dark mode. */
export const Dark: Story = {
  args: { theme: 'dark' },
};

/** Dana starts recognising someone who prefers private recognition: the composer says so first. */
export const PrivatePreference: Story = {
  loaders: [
    async () => {
      const sample = await sampleWorld();
      const shy = sample.company.profiles.find((p) => p.recognitionPreference === 'private' && sample.company.people.find((x) => x.id === p.ownerId)?.teamId === 'team-west');
      return { world: sample, shyId: shy?.ownerId ?? '' };
    },
  ],
  render: (args, { loaded }) => {
    const { world: sample, shyId } = loaded as { world?: SampleWorld; shyId: string };
    return renderFeed({ ...args, teamId: 'team-west', personId: shyId }, { world: sample });
  },
  play: async ({ canvasElement }) => {
    const feed = canvasElement.querySelector('recognition-feed') as RecognitionFeed;
    await feed.updateComplete;
    feed.shadowRoot?.querySelector<HTMLButtonElement>('#composer-toggle')?.click();
  },
};
