import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { ContextProvider } from '@lit/context';
import '../src/elements/goal-checkin/define.js';
import { clockContext } from '../src/context/keys.js';
import type { CheckIn, Draft } from '../src/core/types.js';
import { MemoryAdapter } from '../src/storage/memory.js';
import { seedStorage } from '../src/core/seed.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../src/core/sample-data.js';
import type { SampleCompany } from '../src/core/sample-data.js';
import { DARK_PAGE, LANG, MAYA_GOALS, TEAM_PEOPLE, hidden, idChoices, inState, playground, viewerFor } from './support.js';
import type { Lang, Seat } from './support.js';

type Scenario = 'due' | 'overdue' | 'never' | 'person' | 'summary' | 'acknowledge';

interface Args {
  /**
   * - `due`: Maya's lake-house goal, next check-in in 12 days;
   * - `overdue`: her marathon goal, last reviewed a month ago, overdue by 12 days;
   * - `never`: general check-ins with a rep nobody has checked in with;
   * - `person`: every check-in with Maya the viewer may see, each saying which goal it was about;
   * - `summary`: her year-off goal, shared with Dana as a summary (category only);
   * - `acknowledge`: a fresh check-in from Dana with a commitment, waiting for Maya.
   */
  scenario: Scenario;
  seat: Seat;
  composing: boolean;
  theme: 'light' | 'dark';
  state: 'data' | 'loading' | 'error' | 'empty';
  lang: Lang;
}

const clock = () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`);

/** Each story gets its own store, so what one story writes never shows up in another. */
async function storyWorld(scenario: Scenario) {
  const company = generateSampleCompany();
  const system = new MemoryAdapter({ clock });
  await seedStorage(system, company);
  const repId = company.viewers.repId;
  const goal = (title: string) => company.goals.find((g) => g.ownerId === repId && g.title === title)!;
  const draft = (overrides: Partial<Draft<CheckIn>>): Draft<CheckIn> => ({
    personId: repId,
    authorId: company.viewers.managerId,
    date: '2026-11-01',
    note: 'Walked through the Q4 pipeline together.',
    confidence: 3,
    blockers: '',
    commitment: '',
    nextDueOn: '2026-11-15',
    ...overrides,
  });
  if (scenario === 'overdue') {
    await system.put('checkins', draft({
      goalId: goal('Run the Berlin marathon').id,
      authorId: repId,
      note: 'Long runs are on track; the travel weeks are the risk.',
      blockers: 'Two customer trips in December.',
    }));
  }
  if (scenario === 'summary') {
    await system.put('checkins', draft({ goalId: goal('A year off with the kids').id, date: '2026-09-12', nextDueOn: '2026-12-12', confidence: 2, note: 'Savings are behind plan; we talked about the Q1 accelerator.' }));
  }
  if (scenario === 'acknowledge') {
    await system.put('checkins', draft({
      goalId: goal('Lake-house deposit').id,
      date: '2026-11-25',
      nextDueOn: '2026-12-25',
      confidence: 4,
      note: 'Northwind expansion is in legal. Maya is ahead of pace for the quarter.',
      blockers: 'Procurement wants a second security review.',
      commitment: 'I will sit in on the security review and push procurement for a date.',
      commitmentDueOn: '2026-12-02',
    }));
  }
  return { company, system };
}

function subjectOf(company: SampleCompany, scenario: Scenario): { goalId?: string; personId?: string } {
  const repId = company.viewers.repId;
  const goal = (title: string) => company.goals.find((g) => g.ownerId === repId && g.title === title)!.id;
  switch (scenario) {
    case 'overdue':
      return { goalId: goal('Run the Berlin marathon') };
    case 'summary':
      return { goalId: goal('A year off with the kids') };
    case 'person':
      return { personId: repId };
    case 'never': {
      const checkedIn = new Set(company.checkins.map((c) => c.personId));
      return { personId: company.people.find((p) => p.managerId === company.viewers.managerId && !checkedIn.has(p.id))!.id };
    }
    default:
      return { goalId: goal('Lake-house deposit') };
  }
}

/** Pins "now" to the sample company's today, as a provider's `now` would, so due dates never drift. */
const pinClock = ref((element) => {
  if (element && !(element as HTMLElement).dataset.clock) {
    (element as HTMLElement).dataset.clock = 'pinned';
    new ContextProvider(element as HTMLElement, { context: clockContext, initialValue: clock });
  }
});

const meta: Meta<Args> = {
  title: 'Elements/goal-checkin',
  component: 'goal-checkin',
  argTypes: {
    scenario: { control: 'select', options: ['due', 'overdue', 'never', 'person', 'summary', 'acknowledge'] },
    seat: { control: 'select', options: ['rep', 'manager', 'teammate'] },
    composing: { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    state: { control: 'inline-radio', options: ['data', 'loading', 'error', 'empty'] },
    lang: LANG,
  },
  args: { scenario: 'due', seat: 'rep', composing: false, theme: 'light', state: 'data', lang: '' },
  loaders: [async ({ args }) => ({ world: await storyWorld((args as Args).scenario) })],
  render: (args, { loaded }) => {
    const { world } = loaded as { world: Awaited<ReturnType<typeof storyWorld>> };
    const viewer = viewerFor(world.company, args.seat);
    const storage = inState(world.system.withViewer(viewer), args.state);
    const subject = args.state === 'empty' ? {} : subjectOf(world.company, args.scenario);
    const background = args.theme === 'dark' ? DARK_PAGE : 'transparent';
    return html`<div ${pinClock} style="max-width: 640px; padding: 16px; background: ${background}">
      <goal-checkin
        goal-id=${subject.goalId ?? ''}
        person-id=${subject.personId ?? ''}
        ?composing=${args.composing}
        theme=${args.theme}
        lang=${args.lang || nothing}
        .storage=${storage}
        .viewer=${viewer}
      ></goal-checkin>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every attribute and property from the manifest as a control, on the sample company. */
export const Playground: StoryObj = playground('goal-checkin', {
  seats: ['rep', 'manager', 'teammate'],
  args: { 'goal-id': MAYA_GOALS[0]!.id, 'person-id': '', composing: false },
  argTypes: { 'goal-id': idChoices(MAYA_GOALS), 'person-id': idChoices(TEAM_PEOPLE), ...hidden('scenario') },
});
export const Due: Story = {};
export const Overdue: Story = { args: { scenario: 'overdue' } };
export const NeverCheckedIn: Story = { args: { scenario: 'never', seat: 'manager' } };
export const RepWritingCheckIn: Story = { args: { composing: true } };
export const ManagerViewWithCommitment: Story = { args: { seat: 'manager' } };
export const ManagerWritingCheckIn: Story = { args: { seat: 'manager', composing: true } };
export const RepAcknowledging: Story = { args: { scenario: 'acknowledge' } };
export const ManagerSeesSummaryGoal: Story = { args: { scenario: 'summary', seat: 'manager' } };
export const GeneralCheckInsWithRep: Story = { args: { scenario: 'person', seat: 'manager' } };
export const TeammateSeesNoForm: Story = { args: { scenario: 'person', seat: 'teammate' } };
export const Loading: Story = { args: { state: 'loading' } };
export const ErrorState: Story = { args: { state: 'error' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkManagerWriting: Story = { args: { theme: 'dark', seat: 'manager', composing: true } };
/** Arabic: the timeline and its dates in Arabic, laid out right to left. */
export const Arabic: Story = { args: { lang: 'ar', scenario: 'acknowledge' } };
export const ArabicManagerWriting: Story = { args: { lang: 'ar', seat: 'manager', composing: true } };
