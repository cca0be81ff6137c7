#!/usr/bin/env node
/**
 * Smoke test for the built Storybook: every story must render without a console error or an
 * uncaught exception, and without a serious or critical axe violation.
 *
 *   npx storybook build --quiet -o storybook-static && node scripts/story-smoke.mjs [filter…]
 *
 * Serves storybook-static/ on 127.0.0.1 (a few lines of node:http, so no dev server or new
 * dependency), opens each story's iframe in headless Chromium through playwright-core, and prints
 * one line per story and a final `N stories passed, N failed`. Exits 1 on any failure.
 *
 * Arguments filter story ids by substring. Environment: CHROME_PATH (default /usr/bin/chromium),
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
/** Storybook's loaders and the elements' storage reads finish after the root has children. */
const SETTLE_MS = 500;
/** axe impacts that fail a story; lesser ones are printed but pass. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

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

function readStories(dir) {
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) {
    console.error(`${indexFile} is missing: build Storybook first (npx storybook build --quiet -o storybook-static).`);
    process.exit(1);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .filter((entry) => filters.length === 0 || filters.some((filter) => entry.id.includes(filter)));
}

/** A 404 for the favicon is the browser asking on its own, not the story failing. */
function isFaviconMiss(url) {
  return /\/favicon(?:\.[a-z]+)?(?:\?.*)?$/i.test(new URL(url, 'http://x').pathname);
}

async function checkStory(context, baseUrl, story) {
  const started = Date.now();
  const problems = [];
  const notes = [];
  const page = await context.newPage();
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
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, {
      waitUntil: 'load',
      timeout: RENDER_TIMEOUT_MS,
    });
    // Storybook marks the body sb-show-main once a story rendered, sb-show-errordisplay when it threw.
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-errordisplay') ||
        (document.querySelector('#storybook-root')?.children.length ?? 0) > 0,
      undefined,
      { timeout: RENDER_TIMEOUT_MS },
    );
    const storybookError = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? '') + '\n' + (document.querySelector('#error-stack')?.textContent ?? '')
        : null,
    );
    if (storybookError !== null) {
      problems.push(`story threw: ${storybookError.trim()}`);
    } else {
      // Network idle (no request for 500 ms) and the settle time overlap: wait for both.
      await Promise.all([
        page.waitForLoadState('networkidle', { timeout: RENDER_TIMEOUT_MS }).catch(() => notes.push('network never went idle')),
        page.waitForTimeout(SETTLE_MS),
      ]);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await globalThis.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
        return result.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
          count: violation.nodes.length,
        }));
      });
      for (const violation of violations) {
        const line = `axe ${violation.impact} ${violation.id}: ${violation.help} — ${violation.count} node(s): ${violation.targets.join(', ')}`;
        (FAILING_IMPACTS.has(violation.impact) ? problems : notes).push(line);
      }
    }
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return { story, problems, notes, ms: Date.now() - started };
}

async function main() {
  const started = Date.now();
  const stories = readStories(staticDir);
  if (stories.length === 0) {
    console.error('No stories matched.');
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

  // One context for every story so the HTTP and code caches are shared; stories keep their data
  // in a MemoryAdapter, so nothing a story writes reaches the next one.
  const context = await browser.newContext();
  const results = [];
  let next = 0;
  async function worker() {
    while (next < stories.length) {
      const story = stories[next++];
      const result = await checkStory(context, baseUrl, story);
      results.push(result);
      const mark = result.problems.length ? '✗' : '✓';
      console.log(`${mark} ${story.id} (${result.ms} ms)`);
      for (const problem of result.problems) console.log(`    ${problem.replace(/\n/g, '\n    ')}`);
      for (const note of result.notes) console.log(`    note: ${note}`);
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, stories.length) }, worker));
  } finally {
    await browser.close();
    server.close();
  }

  const failed = results.filter((result) => result.problems.length).length;
  console.log(`\nChecked ${results.length} stories in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`${results.length - failed} stories passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
