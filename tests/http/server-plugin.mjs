// A @web/dev-server plugin that mounts the Goalpost REST API (scripts/rest-api.mjs) on the test
// server itself, under /api/, with fault injection: browser tests talk to a real HTTP server on
// their own origin, with no mocked fetch. Each test uses its own space (/api/s/<name>/).
//
// Why not `app.use()` in `serverStart`: Koa composes its middleware when the server is created
// (koa-compose copies the list), so middleware added later never runs. Requests under the mount
// are taken off the server before Koa sees them; everything else goes on to Koa untouched.
import console from 'node:console';
import { URL } from 'node:url';
import { createRestApi } from '../../scripts/rest-api.mjs';

export function goalpostRestPlugin({ mount = '/api' } = {}) {
  let api;
  return {
    name: 'goalpost-rest-api',
    async serverStart({ server }) {
      api = await createRestApi({ mount, quiet: true });
      if (!server) throw new Error('goalpost-rest-api needs the dev server to own its HTTP server (not middleware mode).');
      const others = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (api.owns(path)) {
          api.handle(req, res).catch((error) => {
            console.error('[goalpost-rest-api]', error);
            if (!res.headersSent) res.writeHead(500);
            res.end();
          });
          return;
        }
        for (const listener of others) listener.call(server, req, res);
      });
    },
    async serverStop() {
      await api?.close();
    },
  };
}

export default goalpostRestPlugin;
