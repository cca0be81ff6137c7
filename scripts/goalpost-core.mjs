// Loads Goalpost's own TypeScript rules into Node for the reference REST server: the memory
// store (privacy, validation and versions exactly as every adapter applies them), the REST
// contract, and the sample company. Bundled in memory with esbuild (already installed as a dev
// dependency of the test and build tools), so the server and the browser can never disagree.
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const ENTRY = `
export { MemoryAdapter } from './src/storage/memory.ts';
export { parseListParams, errorResponse, versionOfTag, VIEWER_HEADER, SYSTEM_VIEWER, IDEMPOTENCY_HEADER, NEXT_CURSOR_HEADER } from './src/storage/rest-contract.ts';
export { GoalpostError, UnavailableError, PermissionError, NotFoundError } from './src/core/errors.ts';
export { COLLECTIONS } from './src/core/types.ts';
export { generateSampleCompany } from './src/core/sample-data.ts';
export { seedStorage } from './src/core/seed.ts';
`;

let loading;

/** The Goalpost modules the server needs, compiled once per process. */
export function loadGoalpostCore() {
  loading ??= (async () => {
    const result = await build({
      stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'goalpost-server-core.ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      tsconfig: `${root}tsconfig.json`,
    });
    const code = result.outputFiles[0].text;
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  })();
  return loading;
}
