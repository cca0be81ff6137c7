// The Goalpost REST contract as a plain Node request handler (node:http's `(req, res)`), over an
// in-memory store that applies Goalpost's own privacy, validation and version rules for the
// viewer named by `X-Goalpost-Viewer`. Used by the standalone server (scripts/rest-server.mjs),
// by the test runner (tests/http/server-plugin.mjs) and by `npm run demo:rest`.
//
// Isolated stores ("spaces") live under `{mount}/s/{name}/`, created on first use, so test files
// running side by side never see each other's data; `{mount}/` itself is the default space.
//
// Control endpoints of a space (never affected by faults):
//   POST   {base}/_faults   { faults: [Fault] }  appends faults, each for the next matching requests
//   DELETE {base}/_faults                        clears them
//   GET    {base}/_log                           the writes applied, in order (one row per op)
//   GET    {base}/_stats                         request counts (total, by status, 304s, replays)
//   POST   {base}/_reset    { seed?: boolean }   empties the store (and seeds the sample company)
//   POST   {base}/_drop                          forgets the space
// A Fault is { kind, times = 1 (-1: until cleared), method?, path? (a substring of the path) } with
//   kind 'status' (+ status = 500, retryAfter?): answer that status without doing anything;
//   kind 'hang': never answer; kind 'delay' (+ ms): wait, then handle the request normally;
//   kind 'drop' (+ when = 'before' | 'after'): destroy the connection before handling the
//     request, or after handling it (the write happens, the reply is lost): cut off mid-reply,
//     or with abrupt: true before a byte of it (browsers may then resend the request themselves);
//   kind 'malformed': handle the request, then send a body that is not JSON;
//   kind 'conflict' (+ status = 409): answer a conflict without a body, without doing anything;
//   and, on 'drop' after / 'malformed', forgetKey: true forgets the request's Idempotency-Key, as
//   a backend without idempotency keys would, so the client's own "did my write land?" check runs.
//
// The viewer header is trusted: this is a development and test server. A real backend derives
// the viewer from its session and refuses `*` (the system viewer) to anyone but a service.
import { Buffer } from 'node:buffer';
import { STATUS_CODES } from 'node:http';
import { setInterval, clearInterval, setTimeout } from 'node:timers';
import { URLSearchParams } from 'node:url';
import { randomUUID } from 'node:crypto';
import { loadGoalpostCore } from './goalpost-core.mjs';

const CONTROL = new Set(['_faults', '_log', '_stats', '_reset', '_drop']);
const MAX_BODY = 5 * 1024 * 1024;
const MAX_KEYS = 10_000;
const SPACE_NAME = /^[A-Za-z0-9_-]{1,80}$/;
const EXPOSED = 'ETag, X-Next-Cursor, X-Total-Count, Link, Location, Idempotent-Replayed, Retry-After';
const ALLOWED = 'Content-Type, Accept, Authorization, If-Match, If-None-Match, Idempotency-Key, X-Goalpost-Viewer, X-CSRF-Token, Last-Event-ID';

class HttpProblem extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

class Space {
  constructor(core, name) {
    this.core = core;
    this.name = name;
    this.store = new core.MemoryAdapter();
    this.revision = 0;
    this.faults = [];
    this.keys = new Map();
    this.log = [];
    this.stats = { requests: 0, notModified: 0, replayed: 0, byStatus: {} };
    this.open = new Set();
    this.events = 0;
  }

  async reset(seed) {
    await this.store.close();
    this.store = new this.core.MemoryAdapter();
    this.revision += 1;
    this.keys.clear();
    this.log = [];
    if (seed) await seedSample(this.core, this.store);
  }

  /** Ends hanging requests and event streams. */
  closeConnections() {
    for (const close of this.open) close();
    this.open.clear();
  }

  takeFault(phase, method, path) {
    for (const fault of this.faults) {
      if (fault.times === 0) continue;
      if (fault.method && fault.method.toUpperCase() !== method) continue;
      if (fault.path && !path.includes(fault.path)) continue;
      const when = fault.kind === 'malformed' || (fault.kind === 'drop' && fault.when === 'after') ? 'after' : 'before';
      if (when !== phase) continue;
      if (fault.times > 0) fault.times -= 1;
      this.faults = this.faults.filter((candidate) => candidate.times !== 0);
      return fault;
    }
    return undefined;
  }
}

async function seedSample(core, store) {
  const today = new Date().toISOString().slice(0, 10);
  await core.seedStorage(store, core.generateSampleCompany({ today }));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpProblem(413, 'invalid-input', 'The request body is too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text) {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'invalid-input', 'The request body is not JSON.');
  }
}

function etagMatches(header, tag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag);
}

export async function createRestApi({ mount = '/api', seed = false, cors = false, quiet = false } = {}) {
  const core = await loadGoalpostCore();
  const spaces = new Map();
  const main = new Space(core, '');
  if (seed) await seedSample(core, main.store);
  const prefix = mount.replace(/\/+$/, '');

  function owns(pathname) {
    return pathname === prefix || pathname.startsWith(`${prefix}/`);
  }

  function spaceFor(segments) {
    if (segments[0] !== 's' || segments.length < 2) return { space: main, rest: segments, base: prefix };
    const name = segments[1];
    if (!SPACE_NAME.test(name)) throw new HttpProblem(400, 'invalid-input', 'A space name is letters, digits, - and _.');
    let space = spaces.get(name);
    if (!space) {
      space = new Space(core, name);
      spaces.set(name, space);
    }
    return { space, rest: segments.slice(2), base: `${prefix}/s/${name}` };
  }

  async function viewerOf(req, url, space, allowQuery) {
    const header = req.headers[core.VIEWER_HEADER.toLowerCase()] ?? (allowQuery ? url.searchParams.get('viewer') : undefined);
    if (header === undefined || header === null || header === '') {
      throw new HttpProblem(401, 'permission', `Say who is asking: send ${core.VIEWER_HEADER} (a person id, or ${core.SYSTEM_VIEWER} for the system).`);
    }
    if (header === core.SYSTEM_VIEWER) return null;
    let role = 'rep';
    try {
      role = (await space.store.get('people', header)).role ?? 'rep';
    } catch {
      // Someone the directory does not know reads as a rep on no team: they see the directory only.
    }
    return { personId: header, role };
  }

  function corsHeaders(req) {
    if (!cors) return {};
    const origin = req.headers.origin;
    return {
      'Access-Control-Allow-Origin': origin ?? '*',
      ...(origin ? { 'Access-Control-Allow-Credentials': 'true' } : {}),
      'Access-Control-Expose-Headers': EXPOSED,
    };
  }

  function write(req, res, response) {
    if (res.headersSent || res.destroyed) return;
    const { status, headers = {}, body, raw } = response;
    const text = raw ?? (body === undefined ? '' : JSON.stringify(body));
    res.writeHead(status, STATUS_CODES[status], {
      ...corsHeaders(req),
      'Cache-Control': 'no-cache',
      Vary: cors ? `Origin, ${core.VIEWER_HEADER}` : core.VIEWER_HEADER,
      ...(text !== '' ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
      ...headers,
    });
    res.end(text);
  }

  function problem(error) {
    if (error instanceof HttpProblem) return { status: error.status, body: { error: { code: error.code, message: error.message } } };
    const { status, body } = core.errorResponse(error);
    if (status === 500 && !quiet) console.error('[rest-api]', error);
    return { status, body };
  }

  function recordWrite(space, method, key, viewer, rows) {
    space.revision += 1;
    for (const row of rows) space.log.push({ seq: space.log.length + 1, method, key: key ?? null, viewer: viewer?.personId ?? '*', ...row });
  }

  // --- the contract ---------------------------------------------------------------------------

  async function route({ req, url, space, rest, base, bodyText }) {
    const method = req.method;
    const [first, id, extra] = rest;
    if (first === undefined || extra !== undefined) throw new HttpProblem(404, 'not-found', 'Nothing lives at this address.');
    const viewer = await viewerOf(req, url, space, first === '_events');
    const store = space.store.withViewer(viewer);
    const key = req.headers['idempotency-key'];

    if (first === '_batch' && id === undefined) {
      if (method !== 'POST') throw new HttpProblem(405, 'invalid-input', 'Batches are POSTed.');
      const body = parseJson(bodyText);
      if (!body || !Array.isArray(body.ops)) throw new HttpProblem(400, 'invalid-input', 'A batch is { "ops": [...] }.');
      const results = await store.batch(body.ops);
      recordWrite(space, 'BATCH', key, viewer, body.ops.map((op, index) => ({
        type: op.type, collection: op.collection, id: results[index].id, version: op.type === 'put' ? results[index].version : null,
      })));
      return { status: 200, body: { results } };
    }

    if (!core.COLLECTIONS.includes(first)) throw new HttpProblem(404, 'not-found', `There is no collection "${first}".`);
    const collection = first;

    if (id === undefined) {
      if (method === 'GET') {
        const tag = `"r${space.revision}"`;
        if (etagMatches(req.headers['if-none-match'], tag)) {
          space.stats.notModified += 1;
          return { status: 304, headers: { ETag: tag } };
        }
        const { query, offset } = core.parseListParams(url.searchParams);
        const headers = { ETag: tag };
        if (offset) {
          const all = (await store.list(collection, query)).items;
          headers['X-Total-Count'] = String(all.length);
          return { status: 200, headers, body: all.slice(offset.start, offset.end) };
        }
        const page = await store.list(collection, query);
        if (page.nextCursor) {
          headers['X-Next-Cursor'] = page.nextCursor;
          const next = new URLSearchParams(url.searchParams);
          next.set('_cursor', page.nextCursor);
          headers.Link = `<${base}/${collection}?${next}>; rel="next"`;
        }
        return { status: 200, headers, body: page.items };
      }
      if (method === 'POST') {
        const body = parseJson(bodyText);
        if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpProblem(400, 'invalid-input', 'A record is a JSON object.');
        const stored = await store.put(collection, body, { expectedVersion: 0 });
        recordWrite(space, method, key, viewer, [{ type: 'put', collection, id: stored.id, version: stored.version }]);
        return { status: 201, headers: { ETag: `"${stored.version}"`, Location: `${base}/${collection}/${encodeURIComponent(stored.id)}` }, body: stored };
      }
      throw new HttpProblem(405, 'invalid-input', `${method} is not allowed on a collection.`);
    }

    const ifMatch = core.versionOfTag(req.headers['if-match']);
    if (req.headers['if-match'] && ifMatch === undefined && req.headers['if-match'] !== '*') {
      throw new HttpProblem(400, 'invalid-input', 'If-Match names a version: "3".');
    }
    switch (method) {
      case 'GET': {
        const record = await store.get(collection, id);
        return { status: 200, headers: { ETag: `"${record.version}"` }, body: record };
      }
      case 'PUT': {
        const body = parseJson(bodyText);
        if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpProblem(400, 'invalid-input', 'A record is a JSON object.');
        if (body.id !== undefined && body.id !== id) throw new HttpProblem(400, 'invalid-input', 'The id in the body differs from the one in the address.');
        const expectedVersion = req.headers['if-none-match'] === '*' ? 0 : (ifMatch ?? (typeof body.version === 'number' ? body.version : undefined));
        const stored = await store.put(collection, { ...body, id }, expectedVersion === undefined ? {} : { expectedVersion });
        recordWrite(space, method, key, viewer, [{ type: 'put', collection, id, version: stored.version }]);
        const headers = { ETag: `"${stored.version}"` };
        if (stored.version === 1) headers.Location = `${base}/${collection}/${encodeURIComponent(id)}`;
        return { status: stored.version === 1 ? 201 : 200, headers, body: stored };
      }
      case 'PATCH': {
        const body = parseJson(bodyText);
        if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpProblem(400, 'invalid-input', 'A patch is a JSON object.');
        const current = await store.get(collection, id);
        if (current.summaryOnly) throw new core.PermissionError('Only the owner can change this goal.');
        const stored = await store.put(collection, { ...current, ...body, id }, { expectedVersion: ifMatch ?? current.version });
        recordWrite(space, method, key, viewer, [{ type: 'put', collection, id, version: stored.version }]);
        return { status: 200, headers: { ETag: `"${stored.version}"` }, body: stored };
      }
      case 'DELETE': {
        const [removed] = await store.batch([{ type: 'delete', collection, id, ...(ifMatch !== undefined ? { expectedVersion: ifMatch } : {}) }]);
        recordWrite(space, method, key, viewer, [{ type: 'delete', collection, id, version: null }]);
        return { status: 200, body: removed };
      }
      default:
        throw new HttpProblem(405, 'invalid-input', `${method} is not allowed on a record.`);
    }
  }

  /** A write carrying a key it has seen: the same answer again, not a second write. */
  async function once(space, req, url, bodyText, run) {
    const key = req.headers['idempotency-key'];
    if (!key || req.method === 'GET') return run();
    const fingerprint = `${req.method} ${url.pathname} ${req.headers[core.VIEWER_HEADER.toLowerCase()] ?? ''} ${bodyText}`;
    const seen = space.keys.get(key);
    if (seen) {
      if (seen.fingerprint !== fingerprint) throw new HttpProblem(422, 'invalid-input', 'This Idempotency-Key was used for a different request.');
      const response = await seen.response;
      space.stats.replayed += 1;
      return { ...response, headers: { ...response.headers, 'Idempotent-Replayed': 'true' } };
    }
    const response = run().catch((error) => problem(error));
    space.keys.set(key, { fingerprint, response });
    const settled = await response;
    // A failure of the server itself is not an answer worth repeating: the next attempt runs again.
    if (settled.status >= 500) space.keys.delete(key);
    if (space.keys.size > MAX_KEYS) space.keys.delete(space.keys.keys().next().value);
    return settled;
  }

  function stream(req, res, space, url) {
    viewerOf(req, url, space, true).then((viewer) => {
      res.writeHead(200, { ...corsHeaders(req), 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
      res.write(': goalpost change stream\nretry: 2000\n\n');
      const unsubscribe = space.store.withViewer(viewer).subscribe((change) => {
        const data = { collection: change.collection, id: change.id, type: change.type, ...(change.version !== undefined ? { version: change.version } : {}) };
        space.events += 1;
        res.write(`id: ${space.events}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        space.open.delete(close);
        res.end();
      };
      space.open.add(close);
      // The response closes when the client goes away (the request itself closed once read).
      res.on('close', close);
    }, (error) => write(req, res, problem(error)));
  }

  async function control(req, res, space, name, bodyText) {
    switch (`${req.method} ${name}`) {
      case 'POST _faults': {
        const body = parseJson(bodyText) ?? {};
        const faults = Array.isArray(body.faults) ? body.faults : [body];
        for (const fault of faults) space.faults.push({ times: 1, ...fault, id: randomUUID() });
        return { status: 200, body: { faults: space.faults } };
      }
      case 'DELETE _faults':
        space.faults = [];
        space.closeConnections();
        return { status: 200, body: { faults: [] } };
      case 'GET _faults':
        return { status: 200, body: { faults: space.faults } };
      case 'GET _log':
        return { status: 200, body: { writes: space.log } };
      case 'GET _stats':
        return { status: 200, body: space.stats };
      case 'POST _reset': {
        const body = parseJson(bodyText) ?? {};
        space.faults = [];
        space.closeConnections();
        await space.reset(body.seed === true);
        return { status: 200, body: { ok: true } };
      }
      case 'POST _drop':
        space.faults = [];
        space.closeConnections();
        await space.store.close();
        spaces.delete(space.name);
        return { status: 200, body: { ok: true } };
      default:
        return { status: 405, body: { error: { code: 'invalid-input', message: `${req.method} ${name} is not a control request.` } } };
    }
  }

  /** Handles one request under `mount`. Resolves once the response is finished (or abandoned). */
  async function handle(req, res) {
    const url = new URL(req.url, 'http://goalpost.invalid');
    let context;
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { ...corsHeaders(req), 'Access-Control-Allow-Methods': 'GET, PUT, PATCH, DELETE, POST, OPTIONS', 'Access-Control-Allow-Headers': ALLOWED, 'Access-Control-Max-Age': '600' });
        res.end();
        return;
      }
      const segments = url.pathname.slice(prefix.length).split('/').filter(Boolean).map(decodeURIComponent);
      context = spaceFor(segments);
    } catch (error) {
      write(req, res, problem(error));
      return;
    }
    const { space, rest, base } = context;
    const bodyText = await readBody(req).catch(() => null);
    if (bodyText === null) return;
    if (rest.length === 1 && CONTROL.has(rest[0])) {
      write(req, res, await control(req, res, space, rest[0], bodyText).catch(problem));
      return;
    }
    space.stats.requests += 1;

    const before = space.takeFault('before', req.method, url.pathname);
    if (before) {
      switch (before.kind) {
        case 'status': {
          const status = before.status ?? 500;
          const headers = before.retryAfter !== undefined ? { 'Retry-After': String(before.retryAfter) } : {};
          count(space, status);
          write(req, res, { status, headers, body: { error: { code: 'unavailable', message: 'Injected failure.' } } });
          return;
        }
        case 'conflict':
          count(space, before.status ?? 409);
          write(req, res, { status: before.status ?? 409 });
          return;
        case 'hang':
          await new Promise((resolve) => {
            const close = () => {
              if (!space.open.delete(close)) return;
              res.destroy();
              resolve();
            };
            space.open.add(close);
            res.on('close', close);
          });
          return;
        case 'drop':
          req.socket.destroy();
          return;
        case 'delay':
          await new Promise((resolve) => setTimeout(resolve, before.ms ?? 1000));
          break;
        default:
          break;
      }
    }

    if (rest[0] === '_events' && rest.length === 1 && req.method === 'GET') {
      stream(req, res, space, url);
      return;
    }

    const response = await once(space, req, url, bodyText, () => route({ req, url, space, rest, base, bodyText })).catch(problem);
    count(space, response.status);
    const after = space.takeFault('after', req.method, url.pathname);
    // `forgetKey`: behave like a backend without idempotency keys, so a resend is judged on its own.
    if (after?.forgetKey && req.headers['idempotency-key']) space.keys.delete(req.headers['idempotency-key']);
    if (after?.kind === 'drop') {
      if (!after.abrupt && !res.headersSent) {
        // Cut off mid-reply: the client has bytes of an answer it cannot finish reading. (With no
        // bytes at all, browsers resend a request on a reused connection by themselves.)
        res.writeHead(response.status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': '4096' });
        res.write('{"id":');
      }
      setTimeout(() => req.socket.destroy(), 10);
      return;
    }
    if (after?.kind === 'malformed') {
      write(req, res, { ...response, raw: '{"id": "this reply was cut sh' });
      return;
    }
    write(req, res, response);
  }

  function count(space, status) {
    space.stats.byStatus[status] = (space.stats.byStatus[status] ?? 0) + 1;
  }

  async function close() {
    for (const space of [main, ...spaces.values()]) {
      space.closeConnections();
      await space.store.close();
    }
    spaces.clear();
  }

  return { mount: prefix, owns, handle, close, spaces, main };
}
