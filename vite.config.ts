import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/**
 * `npm start` serves the demo page (an intranet-style sales portal using every element on the
 * embedded IndexedDB default); `npm run demo:build` builds it into dist/demo.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'demo'),
  publicDir: false,
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
  },
  // The seeding worker loads the write path on demand, which needs ES module chunks.
  worker: { format: 'es' },
});
