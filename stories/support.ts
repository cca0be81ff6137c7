/**
 * What every story renders on: the sample company in a MemoryAdapter, the clock pinned to the
 * company's "today", and storage wrappers for the loading and error states.
 */
import { generateSampleCompany, SAMPLE_TODAY } from '../src/core/sample-data.js';
import type { SampleCompany } from '../src/core/sample-data.js';
import { seedStorage } from '../src/core/seed.js';
import { UnavailableError } from '../src/core/errors.js';
import type { Viewer } from '../src/core/types.js';
import { MemoryAdapter } from '../src/storage/memory.js';
import type { StorageAdapter } from '../src/storage/adapter.js';
import { provideGoalpost } from '../src/context/host-provider.js';
import type { ArgTypes, Args, StoryObj } from '@storybook/web-components-vite';
import type { StrictArgTypes } from 'storybook/internal/types';

export interface SampleWorld {
  company: SampleCompany;
  system: StorageAdapter;
  clock: () => Date;
}

let world: Promise<SampleWorld> | undefined;

export function sampleWorld(): Promise<SampleWorld> {
  world ??= (async () => {
    const company = generateSampleCompany();
    const clock = () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`);
    const system = new MemoryAdapter({ clock });
    await seedStorage(system, company);
    return { company, system, clock };
  })();
  return world;
}

export type Seat = 'rep' | 'manager' | 'teammate' | 'other-team manager' | 'leader';

export function viewerFor(company: SampleCompany, seat: Seat): Viewer {
  const ids = company.viewers;
  const id =
    seat === 'manager' ? ids.managerId
    : seat === 'rep' ? ids.repId
    : seat === 'teammate' ? ids.teammateId
    : seat === 'leader' ? ids.leaderId
    : ids.otherManagerId;
  const person = company.people.find((p) => p.id === id)!;
  return { personId: person.id, role: person.role };
}

/** Storage whose reads never finish (`hang`) or fail (`fail`): for loading and error states. */
export function withStalledReads(base: StorageAdapter, mode: 'hang' | 'fail'): StorageAdapter {
  const stall = () =>
    mode === 'fail'
      ? Promise.reject(new UnavailableError('The goal service is not answering. Check your connection and try again.'))
      : new Promise<never>(() => {});
  return new Proxy(base, {
    get(target, prop, receiver) {
      if (prop === 'get' || prop === 'list') return stall;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export { SAMPLE_TODAY };

/**
 * Someone who has just joined, in a store of their own where nothing else exists yet: a rep with
 * no plan, goals or profile, or a manager nobody reports to. For the empty states.
 */
export async function newcomer(role: 'rep' | 'manager'): Promise<{ storage: StorageAdapter; viewer: Viewer }> {
  const viewer: Viewer = { personId: role === 'rep' ? 'person-sam-rivera' : 'person-noor-haddad', role };
  const system = new MemoryAdapter({ clock: () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`) });
  await system.put('people', { id: viewer.personId, name: role === 'rep' ? 'Sam Rivera' : 'Noor Haddad', role, teamId: 'team-new' });
  return { storage: system.withViewer(viewer), viewer };
}

export type StoryState = 'data' | 'loading' | 'error';

/** Storage that answers (`data`), never answers (`loading`) or fails (`error`). */
export function inState(base: StorageAdapter, state: StoryState | 'empty'): StorageAdapter {
  return state === 'loading' ? withStalledReads(base, 'hang') : state === 'error' ? withStalledReads(base, 'fail') : base;
}

/** The canvas colour behind a dark-themed element, as a dark page would have. */
export const DARK_PAGE = '#0e121a';

/**
 * Sets an element's manifest args on it: attribute args (`goal-id`, `at-risk-only`) as
 * attributes, removed when empty or false; property args (`deals`) as properties. Which is which
 * comes from the argTypes the manifest gave the story.
 */
export function applyElementArgs(element: HTMLElement, args: Args, argTypes: StrictArgTypes): void {
  for (const [key, argType] of Object.entries(argTypes)) {
    if (!(key in args)) continue;
    const value: unknown = args[key];
    const category = argType.table?.category;
    if (category === 'attributes') {
      if (value === undefined || value === null || value === false || value === '') element.removeAttribute(key);
      else element.setAttribute(key, value === true ? '' : String(value));
    } else if (category === 'properties' && argType.control !== false && value !== undefined) {
      (element as unknown as Record<string, unknown>)[key] = value;
    }
  }
}

/** The element's `lang`, for the Arabic (right-to-left) and German stories. */
export const LANG: ArgTypes[string] = {
  control: { type: 'inline-radio', labels: { '': '(page)', en: 'English', de: 'Deutsch', ar: 'العربية' } },
  options: ['', 'en', 'de', 'ar'],
  description: 'The element’s `lang`: the language of its words and numbers; Arabic also lays it out right to left.',
  table: { category: 'story' },
};

export type Lang = '' | 'en' | 'de' | 'ar';

const SEATS: Seat[] = ['rep', 'manager', 'teammate', 'other-team manager'];

/** The args every Playground adds to the element's own: whose seat, how storage behaves, which language. */
export function storyArgTypes(seats: readonly Seat[] = SEATS): ArgTypes {
  return {
    seat: {
      control: 'select',
      options: [...seats],
      description: 'Whose seat the element is seen from: its `storage` and `viewer` are the sample company as this person.',
      table: { category: 'story' },
    },
    state: {
      control: 'inline-radio',
      options: ['data', 'loading', 'error'],
      description: 'Storage that answers, never answers (the loading state) or fails (the error state).',
      table: { category: 'story' },
    },
    lang: LANG,
  };
}

/** Hides a stories file's own args in its Playground, where the manifest's controls replace them. */
export function hidden(...keys: string[]): ArgTypes {
  return Object.fromEntries(keys.map((key) => [key, { table: { disable: true } }]));
}

/** A select of ids that shows names: for `person-id`, `goal-id` and the like. */
export function idChoices(choices: ReadonlyArray<{ id: string; label: string }>, optional = true): ArgTypes[string] {
  const options = [...(optional ? [''] : []), ...choices.map((choice) => choice.id)];
  const labels = Object.fromEntries([['', '(none)'], ...choices.map((choice) => [choice.id, choice.label])]);
  return { control: { type: 'select', labels }, options };
}

/** The sample company, for ids that argTypes list before any loader has run (it is deterministic). */
export const SAMPLE = generateSampleCompany();

/** Maya's goals by title, for `goal-id` selects. */
export const MAYA_GOALS = SAMPLE.goals
  .filter((goal) => goal.ownerId === SAMPLE.viewers.repId)
  .map((goal) => ({ id: goal.id, label: goal.title }));

/** People on Dana's team (Maya first) and the managers, for `person-id` and `manager-id` selects. */
export const TEAM_PEOPLE = SAMPLE.people
  .filter((person) => person.id === SAMPLE.viewers.repId || person.managerId === SAMPLE.viewers.managerId)
  .sort((a, b) => Number(b.id === SAMPLE.viewers.repId) - Number(a.id === SAMPLE.viewers.repId))
  .map((person) => ({ id: person.id, label: person.name }));

export const MANAGERS = SAMPLE.people.filter((person) => person.role === 'manager').map((person) => ({ id: person.id, label: person.name }));

export interface PlaygroundOptions {
  /** The element's own args to start from (manifest attribute or property names). */
  args?: Args;
  /** Extra or overriding argTypes: the stories file's own args to hide, id selects. */
  argTypes?: ArgTypes;
  seats?: readonly Seat[];
  width?: number;
  /** Anything else the element needs before its args are applied (a sync source, say). */
  prepare?: (element: HTMLElement, args: Args, world: { company: SampleCompany; system: StorageAdapter } | undefined) => void;
}

/**
 * A Playground story: the element with the manifest's controls for every attribute and property
 * it has, on the sample company as the chosen seat sees it. It renders on the `world` the stories
 * file's loader provides (a company and a MemoryAdapter); changing a control re-renders the element.
 */
export function playground(tag: string, options: PlaygroundOptions = {}): StoryObj {
  const seats = options.seats ?? SEATS;
  return {
    parameters: { manifestControls: true },
    args: { seat: seats[0], state: 'data', lang: '', theme: '', ...options.args },
    argTypes: {
      ...storyArgTypes(seats),
      // Stories files offer light and dark; the element also has "unset" (follow the system).
      theme: { control: { type: 'inline-radio', labels: { '': '(unset)' } }, options: ['', 'light', 'dark'] },
      ...options.argTypes,
    },
    render: (args, context) => {
      const world = (context.loaded as { world?: { company: SampleCompany; system: StorageAdapter } }).world;
      const frame = document.createElement('div');
      frame.style.cssText = `max-width: ${options.width ?? 720}px; padding: 16px; background: ${args['theme'] === 'dark' ? DARK_PAGE : 'transparent'}`;
      provideGoalpost(frame, { clock: () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`), locale: 'en-US' });
      const element = document.createElement(tag) as HTMLElement & { storage?: StorageAdapter; viewer?: Viewer };
      if (world) {
        const viewer = viewerFor(world.company, args['seat'] as Seat);
        element.storage = inState(world.system.withViewer(viewer), args['state'] as StoryState);
        element.viewer = viewer;
      }
      if (args['lang']) element.setAttribute('lang', String(args['lang']));
      options.prepare?.(element, args, world);
      applyElementArgs(element, args, context.argTypes);
      frame.append(element);
      return frame;
    },
  };
}
