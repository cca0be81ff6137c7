#!/usr/bin/env node
/**
 * Writes docs/elements.md, the element reference, from custom-elements.json (`npm run manifest`).
 *
 *   node scripts/element-reference.mjs            write docs/elements.md
 *   node scripts/element-reference.mjs --check    exit 1 when docs/elements.md is not what it would write
 *   node scripts/element-reference.mjs --missing  list what the manifest leaves undescribed
 *
 * The output depends on the manifest alone (no dates, no paths of this machine), so --check can
 * run in lint. Members a tagged element inherits from an untagged base (GoalpostElement) are
 * written once, under "Shared members", and so are the CSS properties every styled
 * element shares (the theme tokens).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = 'custom-elements.json';
const OUTPUT = 'docs/elements.md';

// ---------------------------------------------------------------------------------------------
// Reading the manifest

function loadManifest() {
  const path = join(root, MANIFEST);
  if (!existsSync(path)) {
    console.error(`${MANIFEST} is missing. Run \`npm run manifest\` first.`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

function classes(manifest) {
  const found = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind === 'class') found.push({ ...declaration, modulePath: mod.path });
    }
  }
  return found;
}

/** `src/elements/<folder>/define.ts` of each tag, from the manifest's definition exports. */
function defineModules(manifest) {
  const byTag = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const exported of mod.exports ?? []) {
      if (exported.kind === 'custom-element-definition') byTag.set(exported.name, mod.path);
    }
  }
  return byTag;
}

const isPublic = (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');

// ---------------------------------------------------------------------------------------------
// Markdown helpers

const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
const cell = (text) => oneLine(text).replace(/\|/g, '\\|');
const code = (text) => (text === undefined || text === '' ? '' : `\`${oneLine(text).replace(/\|/g, '\\|')}\``);

/** The heading anchor GitHub and most Markdown renderers give a heading. */
function slug(heading) {
  return heading
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{Letter}\p{Number}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** The first sentence of a description, for the table of contents. */
function firstSentence(text) {
  const flat = oneLine(text);
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''];
}

/** `CustomEvent<{ viewer: Viewer }>` → `{ viewer: Viewer }`; a bare event type says nothing about the detail. */
function detailType(event) {
  const text = oneLine(event.type?.text);
  if (!text) return undefined;
  const generic = /^CustomEvent<(.+)>$/.exec(text);
  if (generic) return generic[1];
  if (text === 'CustomEvent' || text === 'Event') return undefined;
  return text;
}

// ---------------------------------------------------------------------------------------------
// Sections

function attributeRows(declaration, skip) {
  const fields = new Map((declaration.members ?? []).map((member) => [member.name, member]));
  return (declaration.attributes ?? [])
    .filter((attribute) => !skip(attribute))
    .map((attribute) => {
      const field = attribute.fieldName ? fields.get(attribute.fieldName) : undefined;
      const type = attribute.type?.text ?? field?.type?.text;
      const fallback = attribute.default ?? field?.default;
      const description = attribute.description ?? field?.description;
      return [code(attribute.name), code(attribute.fieldName), code(type), code(fallback), cell(description)];
    });
}

function propertyRows(declaration, skip) {
  return (declaration.members ?? [])
    .filter((member) => member.kind === 'field' && isPublic(member) && !member.attribute && !skip(member))
    .map((member) => [code(member.name), code(member.type?.text), code(member.default), `${member.readonly ? '(read-only) ' : ''}${cell(member.description)}`.trim()]);
}

function methodRows(declaration, skip) {
  return (declaration.members ?? [])
    .filter((member) => member.kind === 'method' && isPublic(member) && !skip(member))
    .map((member) => {
      const parameters = (member.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ');
      const returns = member.return?.type?.text;
      return [code(`${member.name}(${parameters})${returns ? `: ${returns}` : ''}`), cell(member.description)];
    });
}

function memberSections(declaration, skip, level) {
  const heading = '#'.repeat(level);
  const lines = [];
  const attributes = attributeRows(declaration, skip);
  if (attributes.length) lines.push(`${heading} Attributes`, '', ...table(['attribute', 'property', 'type', 'default', 'description'], attributes));
  const properties = propertyRows(declaration, skip);
  if (properties.length) lines.push(`${heading} Properties`, '', 'Set from JavaScript; they have no attribute.', '', ...table(['property', 'type', 'default', 'description'], properties));
  const methods = methodRows(declaration, skip);
  if (methods.length) lines.push(`${heading} Methods`, '', ...table(['method', 'description'], methods));
  return lines;
}

function elementSection(element, context) {
  const { sharedBases, sharedTokens, defines } = context;
  const title = `\`${element.tagName}\``;
  const lines = [`## ${title}`, ''];
  if (element.summary) lines.push(oneLine(element.summary), '');
  if (element.description?.trim()) lines.push(element.description.trim(), '');
  const facts = [`Class \`${element.name}\``];
  const folder = /^src\/elements\/([^/]+)\/define\.ts$/.exec(defines.get(element.tagName) ?? '')?.[1];
  if (folder) facts.push(`registered by \`import 'goalpost/elements/${folder}/define'\``);
  lines.push(`${facts.join(', ')}.`, '');

  const inheritsShared = (member) => member.inheritedFrom && sharedBases.has(member.inheritedFrom.name);
  const base = element.superclass?.name;
  lines.push(...memberSections(element, inheritsShared, 3));
  if (base && sharedBases.has(base)) {
    lines.push(`Also has every [shared attribute, property and method](#${slug('Shared members')}).`, '');
  }

  const events = element.events ?? [];
  if (events.length) {
    lines.push('### Events', '', ...table(['event', 'detail', 'description'], events.map((event) => [code(event.name), code(detailType(event)), cell(event.description)])));
  }
  const slots = element.slots ?? [];
  if (slots.length) {
    lines.push('### Slots', '', ...table(['slot', 'description'], slots.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)])));
  }
  const parts = element.cssParts ?? [];
  if (parts.length) {
    lines.push('### CSS parts', '', ...table(['part', 'description'], parts.map((part) => [code(part.name), cell(part.description)])));
  }
  const props = element.cssProperties ?? [];
  const own = props.filter((prop) => !sharedTokens.has(prop.name));
  const usesTokens = sharedTokens.size > 0 && [...sharedTokens].every((name) => props.some((prop) => prop.name === name));
  if (own.length || usesTokens) {
    lines.push('### CSS custom properties', '');
    const withDefaults = own.some((prop) => prop.default !== undefined);
    lines.push(...table(
      withDefaults ? ['property', 'default', 'description'] : ['property', 'description'],
      own.map((prop) => (withDefaults ? [code(prop.name), code(prop.default), cell(prop.description)] : [code(prop.name), cell(prop.description)])),
    ));
    if (usesTokens) lines.push(`${own.length ? 'Also every' : 'Every'} [theme token](#${slug('Theme tokens')}).`, '');
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// The document

function render(manifest) {
  const all = classes(manifest);
  const elements = all.filter((declaration) => declaration.tagName).sort((a, b) => (a.tagName < b.tagName ? -1 : 1));
  const byName = new Map(all.map((declaration) => [declaration.name, declaration]));
  const sharedBases = new Set(
    elements.map((element) => element.superclass?.name).filter((name) => name && byName.has(name) && !byName.get(name).tagName),
  );
  // The theme tokens: the CSS properties every styled element declares.
  const styled = elements.filter((element) => (element.cssProperties ?? []).length > 0);
  const sharedTokens = new Set(
    styled.length < 2 ? [] : styled[0].cssProperties.map((prop) => prop.name).filter((name) => styled.every((element) => element.cssProperties.some((prop) => prop.name === name))),
  );
  const context = { sharedBases, sharedTokens, defines: defineModules(manifest) };

  const lines = [
    '# Element reference',
    '',
    '<!-- Generated by scripts/element-reference.mjs from custom-elements.json. Do not edit by hand:',
    '     change the JSDoc, run `npm run manifest`, then `node scripts/element-reference.mjs`. -->',
    '',
    'Every Goalpost element: its attributes, the properties you set from JavaScript, the events it fires,',
    'its slots, its CSS parts and its CSS custom properties. `import \'goalpost/define\'` registers all of',
    'them under these tags. Theming is explained in [theming.md](theming.md).',
    '',
    '## Contents',
    '',
  ];
  for (const element of elements) {
    const summary = firstSentence(element.summary || element.description);
    lines.push(`- [\`${element.tagName}\`](#${slug(`\`${element.tagName}\``)})${summary ? `: ${summary}` : ''}`);
  }
  if (sharedBases.size) lines.push(`- [Shared members](#${slug('Shared members')})`);
  if (sharedTokens.size) lines.push(`- [Theme tokens](#${slug('Theme tokens')})`);
  lines.push('');

  for (const element of elements) lines.push(...elementSection(element, context));

  if (sharedBases.size) {
    lines.push('## Shared members', '');
    for (const name of [...sharedBases].sort()) {
      const base = byName.get(name);
      const users = elements.filter((element) => element.superclass?.name === name).map((element) => `\`${element.tagName}\``);
      lines.push(`Every element built on \`${name}\` (${users.join(', ')}) has these.`, '');
      if (base.description?.trim()) lines.push(base.description.trim(), '');
      lines.push(...memberSections(base, () => false, 3));
    }
  }
  if (sharedTokens.size) {
    const first = styled[0];
    lines.push('## Theme tokens', '', 'Every styled element reads these CSS custom properties. [theming.md](theming.md) gives their light and dark defaults.', '');
    lines.push(...table(['property', 'description'], first.cssProperties.filter((prop) => sharedTokens.has(prop.name)).map((prop) => [code(prop.name), cell(prop.description)])));
  }
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

/** Everything a reader would want described that the manifest leaves without a description. */
function missingDescriptions(manifest) {
  const missing = [];
  const elements = classes(manifest).filter((declaration) => declaration.tagName);
  const all = classes(manifest);
  const bases = new Set(elements.map((element) => element.superclass?.name));
  for (const declaration of [...elements, ...all.filter((d) => bases.has(d.name) && !d.tagName)]) {
    const where = declaration.tagName ?? declaration.name;
    if (!oneLine(declaration.description) && !oneLine(declaration.summary)) missing.push(`${where}: the element itself`);
    for (const member of declaration.members ?? []) {
      if (!isPublic(member) || member.inheritedFrom || member.description) continue;
      missing.push(`${where}: ${member.kind} ${member.name}`);
    }
    for (const attribute of declaration.attributes ?? []) {
      if (attribute.inheritedFrom || attribute.description) continue;
      const field = (declaration.members ?? []).find((member) => member.name === attribute.fieldName);
      if (!field?.description) missing.push(`${where}: attribute ${attribute.name}`);
    }
    for (const event of declaration.events ?? []) {
      if (event.inheritedFrom) continue;
      if (!event.description) missing.push(`${where}: event ${event.name} (description)`);
      if (!detailType(event)) missing.push(`${where}: event ${event.name} (detail type)`);
    }
    for (const [kind, list] of [['slot', declaration.slots], ['part', declaration.cssParts], ['CSS property', declaration.cssProperties]]) {
      for (const item of list ?? []) if (!item.description) missing.push(`${where}: ${kind} ${item.name || '(default)'}`);
    }
  }
  return [...new Set(missing)];
}

// ---------------------------------------------------------------------------------------------

function main(args) {
  const manifest = loadManifest();
  if (args.includes('--missing')) {
    const missing = missingDescriptions(manifest);
    console.log(missing.length ? missing.join('\n') : 'Everything in the manifest is described.');
    return;
  }
  const expected = render(manifest);
  const outputPath = join(root, OUTPUT);
  if (args.includes('--check')) {
    const actual = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : null;
    if (actual === expected) return;
    const why = actual === null ? `${OUTPUT} does not exist` : `${OUTPUT} is out of date with ${MANIFEST}`;
    let where = '';
    if (actual !== null) {
      const [a, b] = [actual.split('\n'), expected.split('\n')];
      const line = a.findIndex((text, index) => text !== b[index]);
      const at = line === -1 ? Math.min(a.length, b.length) : line;
      where = `\n  first difference at line ${at + 1}:\n    in the file:  ${a[at] ?? '(end of file)'}\n    expected:     ${b[at] ?? '(end of file)'}`;
    }
    console.error(`${why}.${where}\nRegenerate it with \`node scripts/element-reference.mjs\` (after \`npm run manifest\` if an element changed).`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(dirname(outputPath), { recursive: true });
  writeFileSync(outputPath, expected);
  console.log(`Wrote ${OUTPUT}.`);
}

main(process.argv.slice(2));
