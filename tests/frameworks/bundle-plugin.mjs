/**
 * A test-runner plugin that serves a framework page as one ES module. React ships as CommonJS,
 * which the dev server cannot hand to a browser as it is, so a request for
 * `/tests/frameworks/dist/<name>.js` bundles `tests/frameworks/<name>.page.tsx` (or `.page.ts`)
 * with esbuild, in memory, the way an application's bundler would: React or Vue, the page and
 * Goalpost's sources in one file, so the page and its elements share one copy of everything.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const PREFIX = '/tests/frameworks/dist/';

/** The page source for a bundle name, or undefined when there is none. */
function pageFor(name) {
  if (!/^[a-z0-9-]+$/.test(name)) return undefined;
  return ['.page.tsx', '.page.ts'].map((ext) => path.join(here, `${name}${ext}`)).find((file) => existsSync(file));
}

export function frameworkBundlePlugin({ mode = 'development' } = {}) {
  return {
    name: 'goalpost-framework-bundles',
    async serve(context) {
      if (!context.path.startsWith(PREFIX) || !context.path.endsWith('.js')) return undefined;
      const entry = pageFor(context.path.slice(PREFIX.length, -'.js'.length));
      if (!entry) return undefined;
      try {
        const result = await build({
          entryPoints: [entry],
          absWorkingDir: root,
          bundle: true,
          write: false,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          jsx: 'automatic',
          sourcemap: 'inline',
          logLevel: 'silent',
          define: {
            'process.env.NODE_ENV': JSON.stringify(mode),
            // Vue's bundler build reads these compile-time flags.
            __VUE_OPTIONS_API__: 'true',
            __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          },
        });
        return { body: result.outputFiles[0].text, type: 'js' };
      } catch (error) {
        // Fail the test that loads the page with esbuild's own words.
        const message = error?.errors?.map((e) => `${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}`).join('\n') ?? String(error);
        return { body: `throw new Error(${JSON.stringify(`Could not bundle ${path.relative(root, entry)}:\n${message}`)});`, type: 'js' };
      }
    },
  };
}
