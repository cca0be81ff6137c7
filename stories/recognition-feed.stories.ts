import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/recognition-feed/define.js';
import type { RecognitionFeed } from '../src/elements/recognition-feed/recognition-feed.js';
import { provideGoalpost } from '../src/context/host-provider.js';
import type { RecognitionKind } from '../src/core/types.js';
import { DARK_PAGE, LANG, TEAM_PEOPLE, idChoices, inState, playground, sampleWorld, viewerFor } from './support.js';
import type { Lang, SampleWorld, Seat, StoryState } from './support.js';

/** The feed's own attributes under their own names, and the sample world's seat, state and language. */
interface FeedArgs {
  seat: Seat;
  'team-id': string;
  'person-id': string;
  kind: RecognitionKind | '';
  theme: 'light' | 'dark' | '';
  'hide-composer': boolean;
  state: StoryState;
  lang: Lang;
}

/** Renders a feed inside page-level context, as an integrator's portal provides it. */
function renderFeed(args: FeedArgs, loaded: { world?: SampleWorld }): HTMLElement {
  const frame = document.createElement('div');
  frame.style.maxWidth = '760px';
  const sample = loaded.world;
  if (!sample) return frame;
  const viewer = viewerFor(sample.company, args.seat);
  const scoped = sample.system.withViewer(viewer);
  const storage = inState(scoped, args.state);
  provideGoalpost(frame, { storage, viewer, clock: sample.clock, locale: 'en-US' });
  if (args.theme === 'dark') {
    frame.style.background = DARK_PAGE;
    frame.style.padding = '16px';
    frame.style.borderRadius = '12px';
  }
  const feed = document.createElement('recognition-feed') as RecognitionFeed;
  if (args['team-id']) feed.setAttribute('team-id', args['team-id']);
  if (args['person-id']) feed.setAttribute('person-id', args['person-id']);
  if (args.kind) feed.setAttribute('kind', args.kind);
  if (args.theme) feed.setAttribute('theme', args.theme);
  if (args.lang) feed.setAttribute('lang', args.lang);
  feed.hideComposer = args['hide-composer'];
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
    'team-id': 'team-west',
    'person-id': '',
    kind: '',
    theme: '',
    'hide-composer': false,
    state: 'data',
    lang: '',
  },
  argTypes: {
    seat: { control: 'inline-radio', options: ['manager', 'rep', 'teammate'], description: 'Who is looking: Dana (manager), Maya (rep) or a teammate.' },
    'team-id': { control: 'text' },
    'person-id': { control: 'text' },
    kind: { control: 'select', options: ['', 'win', 'kudos', 'coaching-example', 'milestone', 'goal-achieved'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    'hide-composer': { control: 'boolean' },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error'], description: 'Storage that answers, never answers (loading) or fails (error).' },
    lang: LANG,
  },
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<FeedArgs>;

/** Every attribute and property from the manifest as a control. */
export const Playground: StoryObj = playground('recognition-feed', {
  width: 760,
  seats: ['manager', 'rep', 'teammate'],
  args: { 'team-id': 'team-west', 'person-id': '', 'page-size': 20 },
  argTypes: { 'person-id': idChoices(TEAM_PEOPLE) },
});

/** West Commercial's feed as Dana, their manager, sees it. */
export const TeamFeed: Story = {};

/** Everything to or from Maya Okafor, as Maya sees it. */
export const PersonFeed: Story = {
  args: { seat: 'rep', 'team-id': '', 'person-id': 'person-maya-okafor' },
};

/** A team with nothing posted yet. */
export const Empty: Story = {
  args: { 'team-id': 'team-new' },
};

/** The first page is on its way. */
export const Loading: Story = {
  args: { state: 'loading' },
};

/** Storage failed; the feed offers to try again. */
export const ErrorState: Story = {
  name: 'Error',
  args: { state: 'error' },
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
    return renderFeed({ ...args, 'team-id': 'team-west', 'person-id': shyId }, { world: sample });
  },
  play: async ({ canvasElement }) => {
    const feed = canvasElement.querySelector('recognition-feed') as RecognitionFeed;
    await feed.updateComplete;
    feed.shadowRoot?.querySelector<HTMLButtonElement>('#composer-toggle')?.click();
  },
};

/** Arabic: posts' chrome, filters and relative dates in Arabic, laid out right to left. */
export const Arabic: Story = {
  args: { lang: 'ar' },
};

/** German: the longer filter and button labels in the same layout. */
export const German: Story = {
  args: { lang: 'de' },
};
