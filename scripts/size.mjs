#!/usr/bin/env node
/**
 * Bundle sizes in gzip -9 bytes, as a page loads Goalpost: minified ES modules with Lit, idb and
 * everything else inside. Bytes are deterministic, so CI checks the budgets here; speed lives in
 * `npm run bench`.
 *
 *   node scripts/size.mjs          print the table; exit 1 when chart.js leaks into a page bundle
 *                                  or the core page grows past its ceiling
 *   node scripts/size.mjs --strict also exit 1 when the core page is over its 30,000-byte budget
 *   node scripts/size.mjs --json   the same figures as JSON
 *
 * "Core page" counts what a page downloads before anything renders: the entry and every chunk
 * it imports statically. It does not meet the 30,000-byte budget: the IndexedDB adapter on the
 * page is where privacy and integrity are kept when there is no server, and bench/RESULTS.md
 * says why that is worth the bytes. `npm test` enforces a ceiling just above today's figure, so
 * the page can only get lighter, and prints how far it is from the budget; lower the ceiling as
 * bytes come off.
 */
import { build } from 'esbuild';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const elementsDir = join(root, 'src/elements');

/** The page-load budget of issue #8: the three core elements, provider and IndexedDB adapter. */
const CORE_BUDGET = 30_000;
/** Today's figure plus a little headroom: a change that makes the core page heavier fails. */
const CORE_CEILING = 56_550;

async function bundle(contents, { splitting = false } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    splitting,
    outdir: splitting ? join(root, 'dist/.size') : undefined,
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'none',
    // Lit's production build: the dev-mode warnings never ship.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    metafile: true,
    // As the package ships them: templates minified (scripts/minify-templates.mjs).
    plugins: [minifyTemplatesPlugin()],
  });
  const files = result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => ({
    path: file.path,
    bytes: file.contents.length,
    gzip: gzipSync(file.contents, { level: 9 }).length,
    text: file.text,
  }));
  return { files, metafile: result.metafile, ...upFront(files, result.metafile) };
}

/**
 * What a page downloads before anything renders: the entry and every chunk it imports
 * statically, transitively. Chunks behind `import()` (the REST adapter, the composer, charts)
 * are counted apart as lazy.
 */
function upFront(files, metafile) {
  const outputs = Object.entries(metafile.outputs).filter(([name]) => name.endsWith('.js'));
  // Chunks behind import() are entry points too: the page's own entry is the one built from stdin.
  const [entryName] = outputs.find(([, output]) => output.entryPoint === 'entry.ts' || output.entryPoint === '<stdin>') ?? outputs[0];
  const seen = new Set();
  const inputs = new Set();
  const visit = (name) => {
    const key = name.split('/').pop();
    if (seen.has(key)) return;
    seen.add(key);
    const output = outputs.find(([candidate]) => candidate.split('/').pop() === key)?.[1];
    for (const input of Object.keys(output?.inputs ?? {})) inputs.add(input);
    for (const imported of output?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryName);
  const eager = files.filter((file) => seen.has(file.path.split('/').pop()));
  const lazy = files.filter((file) => !seen.has(file.path.split('/').pop()));
  const sum = (list) => list.reduce((total, file) => total + file.gzip, 0);
  const inputsOf = (file) => Object.keys(outputs.find(([name]) => name.split('/').pop() === file.path.split('/').pop())?.[1].inputs ?? {});
  const chartChunks = lazy.filter((file) => inputsOf(file).some((input) => input.includes('node_modules/chart.js')));
  return { eager: sum(eager), lazy: sum(lazy), chart: sum(chartChunks), eagerInputs: [...inputs] };
}


const rows = [];
const problems = [];
const missed = [];

// (a) What a portal page loads for the three core elements.
const core = await bundle(`
  import './src/elements/goalpost-provider/define.ts';
  import './src/elements/goal-card/define.ts';
  import './src/elements/quota-to-goal-meter/define.ts';
  import './src/elements/recognition-feed/define.ts';
  import './src/storage/indexeddb.ts';
`, { splitting: true });
const coreBytes = core.eager;
rows.push({ bundle: 'core page: provider + goal-card + quota-to-goal-meter + recognition-feed + IndexedDB', gzip: coreBytes, lazy: core.lazy, budget: `${CORE_BUDGET} (ceiling ${CORE_CEILING})` });
if (coreBytes > CORE_CEILING) {
  problems.push(`The core page bundle is ${coreBytes} bytes gzipped, over its ceiling of ${CORE_CEILING} (and the ${CORE_BUDGET} budget): it may only get lighter.`);
} else if (coreBytes > CORE_BUDGET) {
  (process.argv.includes('--strict') ? problems : missed).push(`The core page bundle is ${coreBytes} bytes gzipped, ${coreBytes - CORE_BUDGET} over its budget of ${CORE_BUDGET}.`);
}
if (core.eagerInputs.some((input) => input.includes('node_modules/chart.js'))) {
  problems.push('chart.js is inside the core page bundle; it must load lazily.');
}
// What only a click, a write or a long feed needs loads when asked for (or when the page is idle):
// a static import that pulls one onto the page load is a mistake, whatever the bytes say.
const LOADED_ON_USE = [
  'src/elements/goal-card/goal-editor.ts',
  'src/elements/recognition-feed/composer.ts',
  'src/elements/recognition-feed/post-actions.ts',
  'src/elements/recognition-feed/virtual-list.ts',
  'src/context/celebration-watcher.ts',
  'src/i18n/celebration-words.ts',
  'src/i18n/en/celebrations.ts',
  'src/storage/writes.ts',
  'src/core/validation.ts',
  'src/i18n/en/problems.ts',
  'src/styles/fields.ts',
];
for (const path of LOADED_ON_USE) {
  if (core.eagerInputs.includes(path)) problems.push(`${path} is on the core page's load; it must load when first used.`);
}

// The same for an element on a page of its own: what only writing or opening needs stays off its load.
const LOADED_ON_USE_BY_ELEMENT = {
  'goal-card': ['src/elements/goal-card/goal-editor.ts', 'src/core/validation.ts'],
  'goal-checkin': ['src/elements/goal-checkin/checkin-editor.ts', 'src/core/validation.ts', 'src/styles/fields.ts'],
  'motivation-profile': ['src/elements/motivation-profile/profile-editor.ts', 'src/core/validation.ts'],
  'recognition-feed': ['src/elements/recognition-feed/composer.ts', 'src/elements/recognition-feed/post-actions.ts', 'src/elements/recognition-feed/virtual-list.ts'],
  // A rep's cards, meter and check-ins load when the manager opens the rep.
  'team-goals-board': ['src/elements/team-goals-board/board-details.ts', 'src/elements/goal-card/goal-card.ts', 'src/elements/goal-checkin/goal-checkin.ts'],
};

// (b) Each element alone, with Lit.
for (const tag of readdirSync(elementsDir).filter((name) => existsSync(join(elementsDir, name, 'define.ts'))).sort()) {
  const alone = await bundle(`import './src/elements/${tag}/define.ts';`, { splitting: true });
  rows.push({ bundle: `${tag} alone (with Lit)`, gzip: alone.eager, lazy: alone.lazy });
  for (const path of LOADED_ON_USE_BY_ELEMENT[tag] ?? []) {
    if (alone.eagerInputs.includes(path)) problems.push(`${path} is on ${tag}'s page load; it must load when first used.`);
  }
  // chart.js may only sit in a lazily loaded chunk, never in what the element loads up front.
  if (alone.eagerInputs.some((input) => input.includes('node_modules/chart.js'))) {
    problems.push(`${tag} loads chart.js up front instead of lazily.`);
  }
}

// (c) The chart chunk: chart.js with only what Goalpost registers.
if (existsSync(join(root, 'src/controllers/chart-controller.ts'))) {
  const charts = await bundle(`import './src/elements/attainment-chart/define.ts'; import './src/elements/team-distribution-chart/define.ts';`, { splitting: true });
  rows.push({ bundle: 'chart chunk (chart.js, lazily loaded)', gzip: charts.chart });
}

// (d) The self-contained bundle for pages without a bundler.
const all = await bundle(`import './src/define-all.ts'; export * from './src/index.ts';`, { splitting: true });
rows.push({ bundle: 'self-contained bundle: every element (entry, chart.js lazy)', gzip: all.eager, lazy: all.lazy });

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows, problems }, null, 2));
} else {
  const width = Math.max(...rows.map((row) => row.bundle.length));
  console.log(`${'bundle'.padEnd(width)}  gzip -9 bytes  lazy chunks  budget`);
  for (const row of rows) {
    console.log(`${row.bundle.padEnd(width)}  ${String(row.gzip).padStart(13)}  ${String(row.lazy ?? '').padStart(11)}  ${row.budget ?? ''}`);
  }
  for (const problem of problems) console.error(`OVER BUDGET: ${problem}`);
  for (const miss of missed) console.log(`Budget not met yet (not enforced): ${miss}`);
  if (problems.length === 0) console.log(missed.length ? 'chart.js stays out of every page bundle.' : 'All size budgets hold.');
}
process.exit(problems.length ? 1 : 0);
