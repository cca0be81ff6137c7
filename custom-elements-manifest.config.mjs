/**
 * custom-elements.json from the elements' JSDoc: attributes, properties, events, slots, parts and
 * CSS properties. Run with `custom-elements-manifest analyze --litelement --config <this file>`.
 *
 * Two things the analyzer cannot see on its own, filled in by the plugins below:
 * - Tag names. Classes never register themselves; each `define.ts` calls `define('tag', Class)`,
 *   and those files are left out of the globs (they are side effects, not API). The plugin reads
 *   them, so the tag is written down once.
 * - Noise. `GoalpostElement.emit(type, detail)` takes the event name as a parameter, so the
 *   analyzer lists an event literally called `type` on every element; the real events are the
 *   `@fires` tags. Private members are implementation, not API, and are left out.
 * - Theme tokens. `src/styles/tokens.ts` (and the shared chart frame's styles) document
 *   `@cssprop`s on a stylesheet, not a class; every element that adopts that stylesheet gets them.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ELEMENTS = 'src/elements';

/** `define('goal-card', GoalCard)` in each element folder's define.ts → { GoalCard: 'goal-card' }. */
function tagsFromDefineFiles() {
  const tags = new Map();
  for (const folder of readdirSync(ELEMENTS, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const file = join(ELEMENTS, folder.name, 'define.ts');
    if (!existsSync(file)) continue;
    for (const [, tag, className] of readFileSync(file, 'utf8').matchAll(/\bdefine\(\s*['"]([a-z][\w-]*-[\w-]*)['"]\s*,\s*(\w+)\s*\)/g)) {
      tags.set(className, { tag, definePath: file });
    }
  }
  return tags;
}

/** `@cssprop --name - Description` lines of a stylesheet module's JSDoc. */
function cssPropsFrom(file) {
  const props = [];
  for (const [, name, description] of readFileSync(file, 'utf8').matchAll(/@cssprop(?:erty)?\s+(--[\w-]+)\s*(?:-\s*(.*))?$/gm)) {
    props.push({ name, ...(description ? { description: description.trim() } : {}) });
  }
  return props;
}

/** Which stylesheet modules carry shared `@cssprop`s, and the identifier an element imports them by. */
const SHARED_STYLESHEETS = [
  { identifier: 'tokens', file: 'src/styles/tokens.ts' },
  { identifier: 'chartCardStyles', file: 'src/elements/attainment-chart/chart-card.styles.ts' },
];

function goalpostPlugin() {
  const tags = tagsFromDefineFiles();
  const shared = SHARED_STYLESHEETS.map((sheet) => ({ ...sheet, props: cssPropsFrom(sheet.file) }));
  return {
    name: 'goalpost',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const source = readFileSync(mod.path, 'utf8');
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.name !== 'type');
            if (!declaration.events.length) delete declaration.events;
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
          }
          const registration = tags.get(declaration.name);
          if (registration) {
            declaration.tagName = registration.tag;
            declaration.customElement = true;
            const definePath = registration.definePath.replace(/\\/g, '/');
            customElementsManifest.modules.push({
              kind: 'javascript-module',
              path: definePath,
              declarations: [],
              exports: [
                {
                  kind: 'custom-element-definition',
                  name: registration.tag,
                  declaration: { name: declaration.name, module: mod.path },
                },
              ],
            });
          }
          if (!declaration.customElement) continue;
          const own = declaration.cssProperties ?? [];
          const known = new Set(own.map((prop) => prop.name));
          for (const sheet of shared) {
            if (!new RegExp(`\\b${sheet.identifier}\\b`).test(source)) continue;
            for (const prop of sheet.props) {
              if (known.has(prop.name)) continue;
              known.add(prop.name);
              own.push(prop);
            }
          }
          if (own.length) declaration.cssProperties = own;
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/define.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [goalpostPlugin()],
};
