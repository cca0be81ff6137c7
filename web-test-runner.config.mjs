// Runs every browser test in real Chromium (Debian's, or CHROME_PATH) and ends with a plain
// "N passed, N failed" line that CI reads as the test count.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { goalpostRestPlugin } from './tests/http/server-plugin.mjs';
import { frameworkBundlePlugin } from './tests/frameworks/bundle-plugin.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Counts every test result across all files and prints one closing line. */
function countingReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite) => {
    if (!suite) return;
    for (const test of suite.tests ?? []) {
      if (test.skipped) skipped += 1;
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load has errors but no test results: count it as a failure.
        if (!session.passed && (session.testResults?.tests?.length ?? 0) === 0 &&
            (session.testResults?.suites?.length ?? 0) === 0) failed += 1;
      }
    },
    async reportTestFileResults() {},
    getTestProgress() { return ''; },
    stop() {
      // The progress display flushes after reporters stop: print on exit so this line is last.
      process.once('exit', () => {
        const tail = skipped ? `, ${skipped} skipped` : '';
        process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
      });
    },
  };
}

/** Serves the strict host page of the CSP test with the policy a locked-down intranet sends. */
function strictPolicy(context, next) {
  if (context.path.startsWith('/tests/csp/strict-page')) {
    context.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; require-trusted-types-for 'script'",
    );
  }
  return next();
}

/** Tests run Goalpost's sources with their templates minified, as the package ships them. */
function minifiedTemplates() {
  return {
    name: 'goalpost-minified-templates',
    transform(context) {
      if (context.path.startsWith('/src/') && context.path.endsWith('.ts')) return { body: minifyTemplates(context.body, context.path) };
      return undefined;
    },
  };
}

export default {
  middleware: [strictPolicy],
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [minifiedTemplates(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), goalpostRestPlugin(), frameworkBundlePlugin()],
  browsers: [
    chromeLauncher({
      // A context per page keeps every test page visible: a hidden tab gets no animation frames
      // and no ResizeObserver callbacks, so tests of layout would stall there.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
          '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov', 'json-summary'],
  },
};
