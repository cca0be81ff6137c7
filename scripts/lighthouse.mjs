#!/usr/bin/env node
/**
 * Lighthouse on the built demo, as bench/RESULTS.md records it: builds the demo, serves it with
 * `vite preview`, runs Lighthouse 12.2.3 (fetched by npx, not a dependency) in Chromium with the
 * mobile and desktop presets, and prints the scores and the audits that lost points.
 *
 *   node scripts/lighthouse.mjs            both presets
 *   node scripts/lighthouse.mjs desktop    one preset
 *
 * Needs the npm registry once (npx caches Lighthouse) and Chromium (CHROME_PATH or /usr/bin/chromium).
 * Not part of CI: scores vary with the machine's load.
 */
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const presets = process.argv.slice(2).length ? process.argv.slice(2) : ['mobile', 'desktop'];
const port = 4199;
const url = `http://127.0.0.1:${port}/`;

execFileSync('npm', ['run', 'demo:build', '--silent'], { cwd: root, stdio: 'inherit' });
// Vite's own binary, not npx, so killing the child stops the server itself.
const server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--config', 'vite.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
try {
  let up = false;
  for (let i = 0; i < 100 && !up; i += 1) {
    up = await fetch(url).then((response) => response.ok, () => false);
    if (!up) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!up) throw new Error(`vite preview did not answer at ${url}`);
  for (const preset of presets) {
    const out = join(tmpdir(), `goalpost-lighthouse-${preset}.json`);
    rmSync(out, { force: true });
    const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
    execFileSync('npx', ['-y', 'lighthouse@12.2.3', url, ...(preset === 'desktop' ? ['--preset=desktop'] : []), `--chrome-path=${chrome}`, `--chrome-flags=${flags}`,
      '--only-categories=performance,accessibility,best-practices', '--output=json', `--output-path=${out}`, '--quiet'], { stdio: 'inherit' });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const scores = Object.entries(report.categories).map(([name, category]) => `${name} ${Math.round(category.score * 100)}`).join(', ');
    console.log(`${preset}: ${scores}`);
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
      console.log(`  ${id}: ${report.audits[id].displayValue}`);
    }
    const lost = Object.values(report.categories).flatMap((category) => category.auditRefs)
      .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
      .map((ref) => `${ref.id} (${report.audits[ref.id].score})`);
    console.log(`  audits below full marks: ${lost.join(', ') || 'none'}`);
  }
} finally {
  server.kill();
}
