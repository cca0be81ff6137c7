#!/usr/bin/env node
// A local Goalpost REST backend in one command, with the sample company seeded:
//
//   node scripts/rest-server.mjs                 # API on http://127.0.0.1:3030/api
//   node scripts/rest-server.mjs --port 4000 --empty
//   node scripts/rest-server.mjs --demo          # also serves the demo portal on it (Vite), in REST mode
//
// The store lives in memory: stop the server and it is gone (POST /api/_reset starts over).
// See scripts/rest-api.mjs for the contract, the fault-injection endpoints and the spaces.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createRestApi } from './rest-api.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3030' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    mount: { type: 'string', default: '/api' },
    empty: { type: 'boolean', default: false },
    demo: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('Usage: node scripts/rest-server.mjs [--port 3030] [--host 127.0.0.1] [--mount /api] [--empty] [--demo]');
  process.exit(0);
}

const api = await createRestApi({ mount: values.mount, seed: !values.empty, cors: true });
const port = Number(values.port);

if (values.demo) {
  // The demo portal on Vite, with the API mounted on the same origin.
  const { createServer: createVite } = await import('vite');
  const vite = await createVite({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    server: { host: values.host, port, strictPort: false },
    // Its own dependency cache, so a plain `npm start` running beside it is not re-optimised.
    cacheDir: fileURLToPath(new URL('../node_modules/.vite-rest', import.meta.url)),
    plugins: [{
      name: 'goalpost-rest-api',
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url, 'http://localhost').pathname;
          if (api.owns(path)) void api.handle(req, res);
          else next();
        });
      },
    }],
  });
  await vite.listen();
  const address = vite.resolvedUrls?.local?.[0] ?? `http://${values.host}:${port}/`;
  console.log(`Goalpost demo on REST: ${address}?storage=http`);
  console.log(`REST API:              ${address.replace(/\/$/, '')}${api.mount}  (sample company ${values.empty ? 'not ' : ''}seeded)`);
} else {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    if (api.owns(path)) {
      void api.handle(req, res);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'not-found', message: `The API lives under ${api.mount}/.` } }));
  });
  server.listen(port, values.host, () => {
    const base = `http://${values.host}:${server.address().port}${api.mount}`;
    console.log(`Goalpost REST API on ${base}  (sample company ${values.empty ? 'not ' : ''}seeded)`);
    console.log(`Try: curl -H 'X-Goalpost-Viewer: *' '${base}/people?_limit=3'`);
  });
  const stop = () => server.close(() => api.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
