#!/usr/bin/env node
/**
 * Smoke test for the built Storybook: every story and every docs page must render without a
 * console error or an uncaught exception, and without an axe violation of any impact.
 *
 *   npx storybook build --quiet -o storybook-static && node scripts/story-smoke.mjs [filter…]
 *
 * Serves storybook-static/ on 127.0.0.1 (a few lines of node:http, so no dev server or new
 * dependency) and opens each entry of its index.json in headless Chromium through playwright-core:
 *
 * - a story (`type: 'story'`) must finish rendering with Storybook's own verdict `success`: that
 *   covers a throwing render or play function and the a11y addon's axe run, which the preview
 *   sets to fail the story (`a11y.test: 'error'`). Once the element has loaded its data, axe runs
 *   again here on the story's root, since the addon checks the first render, often a loading state;
 * - a docs page (`type: 'docs'`, one per element through `autodocs`) renders every story of the
 *   element inline, with the manifest's tables. Axe runs on the stories inside it (`.sb-story`),
 *   not on Storybook's own doc blocks around them, which are not Goalpost's markup; and without
 *   the two rules that judge the page around a story rather than the story (`heading-order`: the
 *   stories sit under Storybook's headings; `landmark-unique`: the same element appears in several
 *   stories on one page). Both still run on every story on a page of its own.
 *
 * Prints one line per entry and a final `N passed, N failed`. Exits 1 on any failure.
 *
 * Arguments filter entry ids by substring. Environment: CHROME_PATH (default /usr/bin/chromium),
 * STORYBOOK_DIR (default storybook-static), SMOKE_CONCURRENCY (default 2).
 */
/* global document -- the functions handed to page.evaluate run in the story's page, not in Node. */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = resolve(root, process.env.STORYBOOK_DIR ?? 'storybook-static');
const axePath = join(root, 'node_modules', 'axe-core', 'axe.min.js');
const concurrency = Math.max(1, Number(process.env.SMOKE_CONCURRENCY ?? 2));
const filters = process.argv.slice(2);

/** Budget for one story to render; a story that takes longer is reported as broken. */
const RENDER_TIMEOUT_MS = 15_000;
/** A docs page renders every story of its element, so it gets longer. */
const DOCS_TIMEOUT_MS = 45_000;
/** Storybook's loaders and the elements' storage reads finish after the root has children. */
const SETTLE_MS = 500;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function serve(dir) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = normalize(join(dir, decodeURIComponent(pathname)));
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Hashed assets never change within a run: letting the browser cache them (and keep their
    // compiled code) is most of what keeps a hundred page loads fast.
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': extname(file) === '.html' || extname(file) === '.json' ? 'no-cache' : 'max-age=3600',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

function readEntries(dir) {
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) {
    console.error(`${indexFile} is missing: build Storybook first (npx storybook build --quiet -o storybook-static).`);
    process.exit(1);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story' || entry.type === 'docs')
    .filter((entry) => filters.length === 0 || filters.some((filter) => entry.id.includes(filter)));
}

/** A 404 for the favicon is the browser asking on its own, not the story failing. */
function isFaviconMiss(url) {
  return /\/favicon(?:\.[a-z]+)?(?:\?.*)?$/i.test(new URL(url, 'http://x').pathname);
}

/**
 * Runs before any of Storybook's code: when the preview creates its channel, listen for the
 * verdict on the story (storyFinished, with the a11y addon's report) and for a docs page done.
 */
function recordStorybookEvents() {
  const seen = { finished: null, docsRendered: false, errored: null };
  globalThis.__smoke = seen;
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      next.on('storyFinished', (payload) => {
        seen.finished = {
          status: payload.status,
          reports: (payload.reporters ?? []).map((report) => ({
            type: report.type,
            status: report.status,
            error: report.result?.error ? String(report.result.error) : null,
            violations: (report.result?.violations ?? []).map((violation) => ({
              id: violation.id,
              impact: violation.impact,
              help: violation.help,
              targets: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
              count: violation.nodes.length,
            })),
          })),
        };
      });
      next.on('docsRendered', () => (seen.docsRendered = true));
      for (const event of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
        next.on(event, (payload) => (seen.errored ??= `${event}: ${payload?.message ?? payload?.title ?? JSON.stringify(payload)}`));
      }
    },
  });
}

function describeViolation(violation, where) {
  return `axe ${violation.impact} ${violation.id}${where}: ${violation.help} — ${violation.count} node(s): ${violation.targets.join(', ')}`;
}

/** Rules about the page a docs page's stories share, not about any one story (see above). */
const DOCS_PAGE_RULES = ['heading-order', 'landmark-unique'];

async function runAxe(page, scope, skipRules = []) {
  if (!(await page.evaluate(() => typeof globalThis.axe?.run === 'function'))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async ({ selector, skip }) => {
    const roots = [...document.querySelectorAll(selector)];
    if (roots.length === 0) return [];
    // The same rule set as the a11y addon: "region" (content outside landmarks) is about whole
    // pages, not a component shown on its own.
    const rules = Object.fromEntries(['region', ...skip].map((id) => [id, { enabled: false }]));
    const result = await globalThis.axe.run(roots.length === 1 ? roots[0] : { include: roots }, {
      resultTypes: ['violations'],
      rules,
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
      count: violation.nodes.length,
    }));
  }, { selector: scope, skip: skipRules });
}

async function checkEntry(context, baseUrl, entry) {
  const started = Date.now();
  const problems = [];
  const notes = [];
  const docs = entry.type === 'docs';
  const timeout = docs ? DOCS_TIMEOUT_MS : RENDER_TIMEOUT_MS;
  const page = await context.newPage();
  await page.addInitScript(recordStorybookEvents);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    if (url && isFaviconMiss(url) && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) => {
    if (!isFaviconMiss(request.url())) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });

  try {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}`, {
      waitUntil: 'load',
      timeout,
    });
    // A story is done when Storybook gives its verdict (after render, play and the a11y addon);
    // a docs page when it says so. Either may instead end on Storybook's error display.
    await page.waitForFunction(
      (isDocs) =>
        document.body.classList.contains('sb-show-errordisplay') ||
        globalThis.__smoke?.errored ||
        (isDocs ? globalThis.__smoke?.docsRendered : globalThis.__smoke?.finished),
      docs,
      { timeout },
    );
    const { storybookError, errored, finished } = await page.evaluate(() => ({
      storybookError: document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? '') + '\n' + (document.querySelector('#error-stack')?.textContent ?? '')
        : null,
      errored: globalThis.__smoke.errored,
      finished: globalThis.__smoke.finished,
    }));
    if (storybookError !== null) problems.push(`story threw: ${storybookError.trim()}`);
    else if (errored) problems.push(errored);
    else {
      if (finished) {
        for (const report of finished.reports) {
          if (report.error) problems.push(`${report.type} addon failed to run: ${report.error}`);
          for (const violation of report.violations) problems.push(describeViolation(violation, ' (a11y addon, first render)'));
        }
        if (finished.status !== 'success' && problems.length === 0) problems.push(`Storybook marked the story ${finished.status}`);
      }
      // Network idle (no request for 500 ms) and the settle time overlap: wait for both.
      await Promise.all([
        page.waitForLoadState('networkidle', { timeout }).catch(() => notes.push('network never went idle')),
        page.waitForTimeout(docs ? SETTLE_MS * 2 : SETTLE_MS),
      ]);
      const violations = docs ? await runAxe(page, '#storybook-docs .sb-story', DOCS_PAGE_RULES) : await runAxe(page, '#storybook-root');
      for (const violation of violations) problems.push(describeViolation(violation, docs ? ' (stories on the docs page)' : ''));
      if (docs) {
        const shown = await page.evaluate(() => document.querySelectorAll('#storybook-docs .sb-story').length);
        if (shown === 0) problems.push('the docs page shows no story');
        else notes.push(`${shown} stories rendered on the page`);
      }
    }
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return { entry, problems, notes, ms: Date.now() - started };
}

async function main() {
  const started = Date.now();
  const entries = readEntries(staticDir);
  if (entries.length === 0) {
    console.error('No stories or docs pages matched.');
    process.exit(1);
  }
  const server = await serve(staticDir);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

  // One context for every page so the HTTP and code caches are shared; stories keep their data
  // in a MemoryAdapter, so nothing a story writes reaches the next one.
  const context = await browser.newContext();
  const results = [];
  let next = 0;
  async function worker() {
    while (next < entries.length) {
      const entry = entries[next++];
      const result = await checkEntry(context, baseUrl, entry);
      results.push(result);
      const mark = result.problems.length ? '✗' : '✓';
      console.log(`${mark} ${entry.id} (${result.ms} ms)`);
      for (const problem of result.problems) console.log(`    ${problem.replace(/\n/g, '\n    ')}`);
      for (const note of result.notes) console.log(`    note: ${note}`);
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
  } finally {
    await browser.close();
    server.close();
  }

  const failed = results.filter((result) => result.problems.length).length;
  const docsPages = results.filter((result) => result.entry.type === 'docs').length;
  console.log(`\nChecked ${results.length - docsPages} stories and ${docsPages} docs pages in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
