import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '../src/elements/goalpost-provider/define.js';
import '../src/elements/goal-card/define.js';
import '../src/elements/quota-to-goal-meter/define.js';
import type { GoalpostProvider } from '../src/elements/goalpost-provider/goalpost-provider.js';
import { applyElementArgs, hidden, sampleWorld, storyArgTypes, viewerFor, SAMPLE, SAMPLE_TODAY } from './support.js';
import type { SampleWorld, Seat } from './support.js';

interface Args {
  seat: Seat;
  locale: string;
}

/** The two elements every story puts inside the provider, with no storage or viewer of their own. */
function children(world: SampleWorld) {
  const rep = world.company.viewers.repId;
  const goal = world.company.goals.find((g) => g.ownerId === rep && g.visibility === 'manager-summary')!;
  return html`<div style="display: grid; gap: 16px; max-width: 640px">
    <quota-to-goal-meter person-id=${rep} variant="compact"></quota-to-goal-meter>
    <goal-card goal-id=${goal.id}></goal-card>
  </div>`;
}

/**
 * The context root: the same two elements, with no properties of their own, read through the
 * provider as whoever it names. Switch the seat to see privacy apply to everything inside.
 */
const meta: Meta<Args> = {
  title: 'Elements/goalpost-provider',
  component: 'goalpost-provider',
  argTypes: {
    seat: { control: 'select', options: ['rep', 'manager', 'teammate', 'other-team manager'] },
    locale: { control: 'select', options: ['en-US', 'en-GB', 'de-DE', 'ar'] },
  },
  args: { seat: 'rep', locale: 'en-US' },
  loaders: [async () => ({ world: await sampleWorld() })],
  render: (args, { loaded }) => {
    const { world } = loaded as { world: SampleWorld };
    const viewer = viewerFor(world.company, args.seat);
    return html`<goalpost-provider
      .storage=${world.system}
      viewer-id=${viewer.personId}
      viewer-role=${viewer.role}
      locale=${args.locale}
      now=${SAMPLE_TODAY}
    >
      ${children(world)}
    </goalpost-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

const PEOPLE = SAMPLE.people
  .filter((person) => [SAMPLE.viewers.repId, SAMPLE.viewers.managerId, SAMPLE.viewers.teammateId, SAMPLE.viewers.otherManagerId, SAMPLE.viewers.leaderId].includes(person.id))
  .map((person) => ({ id: person.id, label: `${person.name} (${person.role})` }));

/**
 * Every attribute from the manifest as a control: whom the provider names (`viewer-id`,
 * `viewer-role`), its `locale`, `currency` and pinned `now`. Its storage is the sample company.
 */
export const Playground: StoryObj = {
  parameters: { manifestControls: true },
  args: { 'viewer-id': SAMPLE.viewers.repId, 'viewer-role': 'rep', locale: 'en-US', currency: '', now: SAMPLE_TODAY, lang: '' },
  argTypes: {
    lang: storyArgTypes()['lang']!,
    'viewer-id': {
      control: { type: 'select', labels: Object.fromEntries(PEOPLE.map((person) => [person.id, person.label])) },
      options: PEOPLE.map((person) => person.id),
    },
    locale: { control: 'select', options: ['', 'en-US', 'en-GB', 'de-DE', 'ar'] },
    ...hidden('seat'),
  },
  render: (args, context) => {
    const { world } = context.loaded as { world: SampleWorld };
    const provider = document.createElement('goalpost-provider') as GoalpostProvider;
    provider.storage = world.system;
    if (args['lang']) provider.setAttribute('lang', String(args['lang']));
    applyElementArgs(provider, args, context.argTypes);
    // The children go into the provider's light DOM, as a page's markup would have them.
    render(children(world), provider);
    return provider;
  },
};

/** Maya sees her own goal in full. */
export const AsTheRep: Story = {};
/** Dana, her manager, sees the same goal as a summary only. */
export const AsTheManager: Story = { args: { seat: 'manager' } };
/** A teammate sees neither the plan nor the goal. */
export const AsATeammate: Story = { args: { seat: 'teammate' } };
/** German: the provider's `locale` reaches every element inside. */
export const German: Story = { args: { locale: 'de-DE' } };
/** Arabic: the provider's `locale` turns everything inside to Arabic, right to left. */
export const Arabic: Story = { args: { locale: 'ar' } };
