// `npm run bench`: the benchmarks in bench/*.bench.ts, one file at a time in the same Chromium
// the tests use. Not part of CI (CI budgets bytes, in scripts/size.mjs); speed is reported as
// ratios against a baseline measured in the same run, because absolute times depend on whatever
// else the machine is doing. Each bench prints a compact table through console.log; the reporter
// below prints those lines as they are (copyable into bench/RESULTS.md) plus any failures.
import { relative } from 'node:path';
import base from '../web-test-runner.config.mjs';
import { pageMetricsPlugin } from './support/page-metrics-plugin.mjs';

function benchReporter() {
  let passed = 0;
  let failed = 0;
  const failures = [];
  const walk = (suite, prefix, file) => {
    if (!suite) return;
    for (const test of suite.tests ?? []) {
      if (test.skipped) continue;
      if (test.passed) passed += 1;
      else {
        failed += 1;
        failures.push(`${file}: ${prefix}${test.name}: ${test.error?.message ?? 'failed'}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, `${prefix}${child.name} > `, file);
  };
  return {
    async reportTestFileResults({ sessionsForTestFile, testFile }) {
      const file = relative(process.cwd(), testFile);
      for (const session of sessionsForTestFile) {
        for (const log of session.logs ?? []) {
          process.stdout.write(`${log.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ')}\n`);
        }
        walk(session.testResults, '', file);
        for (const error of session.errors ?? []) {
          failed += 1;
          failures.push(`${file}: ${error.message ?? error}`);
        }
      }
    },
    getTestProgress() {
      return '';
    },
    stop() {
      process.once('exit', () => {
        for (const failure of failures) process.stdout.write(`FAILED ${failure}\n`);
        process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
      });
    },
  };
}

export default {
  ...base,
  files: ['bench/**/*.bench.ts'],
  // Lit's production build, as pages run it: dev mode's checks and warnings would weigh on every update.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 600000, slow: 600000 } },
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 1800000,
  reporters: [benchReporter()],
  // Script, layout and style time of the page, read from Chromium (bench/support/page-metrics.ts).
  plugins: [...base.plugins, pageMetricsPlugin()],
};
