#!/usr/bin/env node
/**
 * Builds the self-contained ES module bundle for pages without a bundler:
 * `dist/cdn/goalpost.js`, with Lit and idb inside and lazy chunks (chart.js, the composer, the
 * REST adapter's outbox) beside it, all loaded relative to the entry's own URL.
 *
 *   node scripts/build-cdn.mjs            build into dist/cdn
 *   node scripts/build-cdn.mjs --out DIR  build into DIR
 */
import { build } from 'esbuild';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outdir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, 'dist/cdn');

export async function buildCdn(dir = outdir) {
  await rm(dir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { goalpost: join(root, 'src/cdn.ts') },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: dir,
    chunkNames: 'chunks/[name]-[hash]',
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'eof',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    sourcemap: true,
    logLevel: 'warning',
    plugins: [minifyTemplatesPlugin()],
  });
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCdn();
  console.log(`Built ${join(outdir, 'goalpost.js')}`);
}
