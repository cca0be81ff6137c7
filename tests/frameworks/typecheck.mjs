/**
 * Checks Goalpost's framework types, for `npm run typecheck`:
 *  1. every tag registered in src/elements/<name>/define.ts is in HTMLElementTagNameMap there and
 *     typed for React (src/types/react.ts), Vue (src/types/vue.ts) and in src/types/elements.ts;
 *  2. every `goalpost-*` event an element fires is declared in a global event map (what Angular's
 *     template checker and `addEventListener` read) and in GoalpostEventMap (what React and Vue read);
 *  3. `tsc -p tests/frameworks/tsconfig.json`: correct use in React, Vue and Angular style compiles,
 *     and each `@ts-expect-error` there still marks a mistake the types catch.
 * Prints what is wrong and exits 1, or exits 0.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** A source file without its comments, so examples in comments count for nothing. */
const read = (file) => readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const problems = [];

/** The quoted top-level keys of every `interface <name> { ... }` block in `source`. */
function interfaceKeys(source, name) {
  const keys = new Set();
  for (const start of source.matchAll(new RegExp(`interface ${name}\\b[^{]*\\{`, 'g'))) {
    // Keep the block's own level only: drop what nests in braces, angle brackets or parentheses.
    let depth = 1;
    let body = '';
    for (let i = start.index + start[0].length; i < source.length && depth > 0; i += 1) {
      const char = source[i];
      if ('{<('.includes(char)) depth += 1;
      else if ('}>)'.includes(char) && source[i - 1] !== '=') depth -= 1;
      else if (depth === 1) body += char;
    }
    for (const key of body.matchAll(/^\s*'([a-z][a-z0-9-]*)'\s*:/gm)) keys.add(key[1]);
  }
  return keys;
}

const react = interfaceKeys(read('src/types/react.ts'), 'IntrinsicElements');
const vueComponents = interfaceKeys(read('src/types/vue.ts'), 'GlobalComponents');
const vueTsx = interfaceKeys(read('src/types/vue.ts'), 'IntrinsicElementAttributes');
const elementsTypes = read('src/types/elements.ts');
const tagClasses = interfaceKeys(elementsTypes, 'GoalpostTagClasses');
const eventMap = interfaceKeys(elementsTypes, 'GoalpostEventMap');

const elementDirs = readdirSync(path.join(root, 'src/elements'), { withFileTypes: true }).filter((d) => d.isDirectory());
const globalEvents = new Set();
const firedEvents = new Map();
for (const dir of elementDirs) {
  for (const file of readdirSync(path.join(root, 'src/elements', dir.name)).filter((f) => f.endsWith('.ts'))) {
    const relative = `src/elements/${dir.name}/${file}`;
    const source = read(relative);
    for (const map of ['GlobalEventHandlersEventMap', 'HTMLElementEventMap']) for (const key of interfaceKeys(source, map)) globalEvents.add(key);
    for (const fired of source.matchAll(/(?:emit|new CustomEvent)(?:<[^>(]*>)?\(\s*'(goalpost-[a-z-]+)'/g)) firedEvents.set(fired[1], relative);
    if (file !== 'define.ts') continue;
    for (const defined of source.matchAll(/define\(\s*'([a-z][a-z0-9-]*)'/g)) {
      const tag = defined[1];
      if (!interfaceKeys(source, 'HTMLElementTagNameMap').has(tag)) problems.push(`${relative}: <${tag}> is not declared in HTMLElementTagNameMap`);
      if (!tagClasses.has(tag)) problems.push(`src/types/elements.ts: <${tag}> is missing from GoalpostTagClasses`);
      if (!react.has(tag)) problems.push(`src/types/react.ts: <${tag}> is missing from JSX.IntrinsicElements`);
      if (!vueComponents.has(tag)) problems.push(`src/types/vue.ts: <${tag}> is missing from GlobalComponents`);
      if (!vueTsx.has(tag)) problems.push(`src/types/vue.ts: <${tag}> is missing from IntrinsicElementAttributes`);
    }
  }
}
for (const [event, file] of firedEvents) {
  if (!globalEvents.has(event)) problems.push(`${file}: fires ${event}, which no GlobalEventHandlersEventMap or HTMLElementEventMap declares`);
  if (!eventMap.has(event)) problems.push(`src/types/elements.ts: ${event} (fired in ${file}) is missing from GoalpostEventMap`);
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tests/frameworks/tsconfig.json')], { cwd: root, encoding: 'utf8' });
if (compiled.status !== 0) problems.push(`tsc -p tests/frameworks/tsconfig.json:\n${compiled.stdout}${compiled.stderr}`);

if (problems.length > 0) {
  process.stderr.write(`Framework types: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`Framework types: ${tagClasses.size} tags and ${firedEvents.size} events typed for React, Vue and Angular; type tests compile.\n`);
