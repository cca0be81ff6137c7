/**
 * The custom-elements manifest as Storybook reads it. Docs pages (attribute, property, event,
 * slot, CSS part and custom property tables) and the Playground stories' controls both come from
 * the committed `custom-elements.json`, so they describe each element's real API.
 *
 * Storybook turns every manifest entry into an argType whose type is TypeScript text
 * (`'full' | 'compact'`, `string | undefined`), which it would show as a JSON editor. The
 * enhancer here gives each entry the control its type calls for, keeps controls off what a page
 * cannot set (read-only getters, objects the story supplies, CSS parts and custom properties),
 * and logs each documented event in the Actions panel under its own name.
 */
import type { Decorator, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictArgTypes, StrictInputType } from 'storybook/internal/types';
import rawManifest from '../custom-elements.json';
import { BOARD_COLUMNS } from '../src/core/team-review.js';
import { CADENCES, RECOGNITION_KINDS } from '../src/core/types.js';

interface Described {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

interface Member extends Described {
  kind: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
}

interface Attribute extends Described {
  fieldName?: string;
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

interface Manifest {
  schemaVersion: string;
  modules: Array<{ kind: string; path: string; declarations?: Declaration[] }>;
}

/**
 * What Storybook is given: the manifest less what is not an integrator's API (static class
 * fields such as Lit's `shadowRootOptions` and the English catalogue, and anything private or
 * protected), with CSS parts named as a stylesheet writes them (`::part(card)`, which also keeps
 * a part from shadowing a property of the same name) and the unnamed slot called `(default)`.
 */
export function storybookManifest(): Manifest {
  const manifest = rawManifest as unknown as Manifest;
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName
          ? {
              ...declaration,
              members: declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public'),
              cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
              slots: declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' })),
            }
          : declaration,
      ),
    })),
  };
}

const declarations = new Map<string, Declaration>(
  storybookManifest()
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName!, declaration]),
);

/** The manifest's entry for a tag, if it documents one. */
export function declarationOf(tag: unknown): Declaration | undefined {
  return typeof tag === 'string' ? declarations.get(tag) : undefined;
}

/** The arg Storybook gives an event (`goalpost-goal-save` → `onGoalpostGoalSave`). */
export function eventArgName(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_match, next: string | undefined) => (next ? next.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/** Type aliases the manifest names without spelling out. */
const ALIASES: Record<string, readonly string[]> = {
  GoalCardVariant: ['full', 'compact'],
  GoalCardMode: ['view', 'edit', 'create'],
  MeterVariant: ['full', 'compact'],
  SortDirection: ['ascending', 'descending'],
  StorageKind: ['memory', 'indexeddb', 'http'],
  Role: ['rep', 'manager', 'leader'],
  BoardColumn: BOARD_COLUMNS,
  Cadence: CADENCES,
  RecognitionKind: RECOGNITION_KINDS,
};

/** The choices a type text allows when it is a union of string literals or known aliases. */
function choicesOf(typeText: string): string[] | undefined {
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part && part !== 'undefined' && part !== 'null');
  const choices: string[] = [];
  for (const part of parts) {
    const literal = /^'([^']*)'$/.exec(part);
    if (literal) choices.push(literal[1]!);
    else if (ALIASES[part]) choices.push(...ALIASES[part]!);
    else return undefined;
  }
  return choices.length ? choices : undefined;
}

/**
 * The control a page-settable value of this type gets (`false` for what a control cannot
 * express), and the Storybook type that lets an arg of it come back from a story's URL: args in
 * a link or a reload are dropped unless their type is one Storybook knows.
 */
function controlFor(typeText: string | undefined, optional: boolean): Partial<Pick<StrictInputType, 'control' | 'options' | 'type'>> {
  const text = (typeText ?? '').trim();
  const choices = choicesOf(text);
  if (choices) {
    // An optional choice keeps an empty entry: unset is a state of its own (e.g. theme follows the
    // system). The Playground removes the attribute for it.
    const options = optional || /\bundefined\b/.test(text) ? ['', ...choices] : choices;
    return {
      control: { type: options.length <= 4 ? 'inline-radio' : 'select', labels: { '': '(unset)' } },
      options,
      type: { name: 'enum', value: options },
    };
  }
  const bare = text.replace(/\s*\|\s*undefined/g, '').trim();
  if (bare === 'boolean') return { control: 'boolean', type: { name: 'boolean' } };
  if (bare === 'number') return { control: 'number', type: { name: 'number' } };
  if (bare === 'string') return { control: 'text', type: { name: 'string' } };
  if (/^(readonly\s+string\[\]|ReadonlyArray<.*>|Array<.*>|.*\[\])$/.test(bare)) {
    return { control: 'object', type: { name: 'array', value: { name: 'other', value: bare } } };
  }
  return { control: false };
}

/** Objects a story hands in itself (storage, who is looking, a sync source, a whole goal record). */
const SUPPLIED_BY_STORY = new Set(['storage', 'viewer', 'source', 'goal']);

function merge(current: StrictInputType | undefined, name: string, addition: Partial<StrictInputType>): StrictInputType {
  const base = current ?? ({ name } as StrictInputType);
  const result = { ...base } as StrictInputType;
  // What a stories file set itself (a control, options) wins over what the manifest implies.
  if (base.control === undefined && addition.control !== undefined) {
    result.control = addition.control;
    if (addition.options) result.options = addition.options;
  }
  if (addition.type) result.type = addition.type;
  if (addition.table) {
    const { disable, type, ...rest } = addition.table;
    result.table = { ...rest, ...base.table, ...(type ? { type } : {}), ...(disable !== undefined ? { disable } : {}) };
  }
  if (addition.action !== undefined) (result as StrictInputType & { action?: string }).action = (addition as { action?: string }).action;
  return result;
}

/**
 * Gives every manifest argType of the story's element its control. Stories other than a
 * Playground (`parameters.manifestControls: true`) show only the manifest rows whose args they
 * set themselves: a control that the story's render ignores would only mislead.
 */
export const manifestArgTypes: ArgTypesEnhancer<WebComponentsRenderer> = (context) => {
  const declaration = declarationOf(context.component);
  if (!declaration) return context.argTypes;
  const playground = context.parameters['manifestControls'] === true;
  const argTypes: StrictArgTypes = { ...context.argTypes };
  const manifestKeys = new Set<string>();
  const hideUnlessUsed = (key: string) => (!playground && !(key in context.initialArgs) ? { disable: true } : {});

  const members = new Map((declaration.members ?? []).filter((member) => member.kind === 'field').map((member) => [member.name, member]));
  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
  for (const attribute of declaration.attributes ?? []) {
    const member = attribute.fieldName ? members.get(attribute.fieldName) : undefined;
    const typeText = attribute.type?.text && attribute.type.text !== 'undefined' ? attribute.type.text : member?.type?.text;
    const control = SUPPLIED_BY_STORY.has(attribute.name) ? { control: false as const } : controlFor(typeText, attribute.default === undefined);
    manifestKeys.add(attribute.name);
    argTypes[attribute.name] = merge(argTypes[attribute.name], attribute.name, {
      ...control,
      table: { category: 'attributes', type: { summary: typeText ?? '' }, ...hideUnlessUsed(attribute.name) },
    });
  }
  for (const member of members.values()) {
    if (manifestKeys.has(member.name)) continue; // an attribute of the same name already covers it
    manifestKeys.add(member.name);
    // Properties reflected by an attribute are set through the attribute's control.
    const settable = !member.readonly && !attributeFields.has(member.name) && !SUPPLIED_BY_STORY.has(member.name);
    argTypes[member.name] = merge(argTypes[member.name], member.name, {
      ...(settable ? controlFor(member.type?.text, true) : { control: false }),
      table: { category: 'properties', ...hideUnlessUsed(member.name) },
    });
  }
  for (const event of declaration.events ?? []) {
    const arg = eventArgName(event.name);
    argTypes[arg] = merge(argTypes[arg], arg, { action: event.name } as Partial<StrictInputType>);
    argTypes[event.name] = merge(argTypes[event.name], event.name, { control: false, table: { category: 'events', ...hideUnlessUsed(event.name) } });
  }
  const documentation: Array<[Described[] | undefined, string]> = [
    [declaration.slots, 'slots'],
    [declaration.cssParts, 'css shadow parts'],
    [declaration.cssProperties, 'css custom properties'],
  ];
  for (const [entries, category] of documentation) {
    for (const entry of entries ?? []) {
      argTypes[entry.name] = merge(argTypes[entry.name], entry.name, { control: false, table: { category, ...hideUnlessUsed(entry.name) } });
    }
  }
  // The story's own args first, then the element's API in the order a reader looks for it.
  const order = ['attributes', 'properties', 'events', 'slots', 'css shadow parts', 'css custom properties'];
  const rank = (argType: StrictInputType) => order.indexOf(String(argType.table?.category ?? '')) + 1;
  return Object.fromEntries(Object.entries(argTypes).sort(([, a], [, b]) => rank(a) - rank(b)));
};

const detach = new WeakMap<Element, () => void>();

/**
 * Logs the element's documented events in the Actions panel: they bubble and are composed, so
 * listening on the story's canvas hears every instance the story renders.
 */
export const eventsToActions: Decorator = (storyFn, context) => {
  const root = context.canvasElement as HTMLElement | undefined;
  const events = declarationOf(context.component)?.events ?? [];
  if (root && events.length) {
    detach.get(root)?.();
    const handlers = events.map((event) => {
      const handler = (fired: Event) => {
        const log = context.args[eventArgName(event.name)];
        if (typeof log === 'function') log((fired as CustomEvent).detail);
      };
      root.addEventListener(event.name, handler);
      return () => root.removeEventListener(event.name, handler);
    });
    detach.set(root, () => handlers.forEach((remove) => remove()));
  }
  return storyFn();
};
