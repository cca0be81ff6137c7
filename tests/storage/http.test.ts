import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { runStorageConformance } from '../../src/testing.js';
import { createHttpStorage } from '../../src/storage/http.js';
import type { HttpAdapter } from '../../src/storage/http.js';
import type { ChangeEvent } from '../../src/storage/adapter.js';
import type { Draft, PersonalGoal, Person } from '../../src/core/types.js';
import { closeTestAdapters, dropSpace, newSpace, serverStats, testAdapter, until } from '../http/support.js';

const spaces = new WeakMap<HttpAdapter, { base: string; dbName: string }>();

runStorageConformance('HttpAdapter', () => {
  const base = newSpace('conformance');
  const dbName = `goalpost-http-conformance-${crypto.randomUUID()}`;
  const adapter = createHttpStorage(base, { offline: { dbName }, live: false, watchConnectivity: false });
  spaces.set(adapter, { base, dbName });
  return adapter;
}, {
  teardown: async (adapter) => {
    const { base, dbName } = spaces.get(adapter as HttpAdapter)!;
    await dropSpace(base);
    await deleteDB(dbName);
  },
});

const people: Array<Draft<Person>> = [
  { id: 'maya', name: 'Maya', role: 'manager', teamId: 'east' },
  { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east', managerId: 'maya' },
  { id: 'tess', name: 'Tess', role: 'rep', teamId: 'east', managerId: 'maya' },
];

function goal(overrides: Partial<Draft<PersonalGoal>> = {}): Draft<PersonalGoal> {
  return {
    ownerId: 'ravi', title: 'Lake-house deposit', why: 'Summers with my dad', category: 'home', writtenOn: '2026-01-10',
    fundingShare: 0.4, milestones: [], status: 'active', visibility: 'team', cadence: 'monthly', ...overrides,
  };
}

async function seeded(base: string, options: Parameters<typeof testAdapter>[1] = {}): Promise<HttpAdapter> {
  const system = testAdapter(base, options);
  await system.batch(people.map((record) => ({ type: 'put', collection: 'people', record } as const)));
  return system;
}

describe('HttpAdapter over the REST contract', () => {
  let base: string;

  beforeEach(() => {
    base = newSpace('http');
  });

  afterEach(async () => {
    await closeTestAdapters();
    await dropSpace(base);
  });

  it('creates with a client-made id and PUT, so a create can be sent again safely', async () => {
    const system = await seeded(base);
    const stored = await system.put('goals', goal());
    const response = await fetch(`${base}/goals/${stored.id}`, { headers: { 'X-Goalpost-Viewer': '*' } });
    expect(response.status).to.equal(200);
    expect(response.headers.get('ETag')).to.equal('"1"');
  });

  it('speaks json-server conventions for filters, ranges, sorting and offset paging', async () => {
    const system = await seeded(base);
    for (const [id, date] of [['g-a', '2027-01-01'], ['g-b', '2027-06-01'], ['g-c', '2028-01-01']] as const) {
      await system.put('goals', goal({ id, targetDate: date }));
    }
    const headers = { 'X-Goalpost-Viewer': '*' };
    const ranged = await (await fetch(`${base}/goals?ownerId=ravi&targetDate_gte=2027-06-01&_sort=targetDate&_order=desc`, { headers })).json() as PersonalGoal[];
    expect(ranged.map((g) => g.id)).to.deep.equal(['g-c', 'g-b']);
    const page = await fetch(`${base}/goals?_sort=targetDate&_page=2&_limit=2`, { headers });
    expect(page.headers.get('X-Total-Count')).to.equal('3');
    expect((await page.json() as PersonalGoal[]).map((g) => g.id)).to.deep.equal(['g-c']);
    const sliced = await (await fetch(`${base}/goals?_sort=targetDate&_start=1&_end=2`, { headers })).json() as PersonalGoal[];
    expect(sliced.map((g) => g.id)).to.deep.equal(['g-b']);
  });

  it('enforces privacy on the server as well: a viewer asking directly gets nothing private', async () => {
    const system = await seeded(base);
    const secret = await system.put('goals', goal({ visibility: 'private' }));
    const asTess = await fetch(`${base}/goals/${secret.id}`, { headers: { 'X-Goalpost-Viewer': 'tess' } });
    expect(asTess.status).to.equal(404);
    const anonymous = await fetch(`${base}/goals`);
    expect(anonymous.status).to.equal(401);
  });

  it('filters what the server sends again on the client (defence in depth)', async () => {
    const system = await seeded(base);
    await system.put('goals', goal({ id: 'g-private', visibility: 'private' }));
    // A broken server that ignores the viewer: the client still keeps the goal from Tess.
    const leaky: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('X-Goalpost-Viewer', '*');
      return fetch(input, { ...init, headers });
    };
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const tess = testAdapter(base, { fetch: leaky }).withViewer({ personId: 'tess', role: 'rep' });
      expect((await tess.list('goals')).items).to.deep.equal([]);
      let code: string | undefined;
      try {
        await tess.get('goals', 'g-private');
      } catch (error) {
        code = (error as { code?: string }).code;
      }
      expect(code).to.equal('not-found');
      expect(warnings.length).to.be.greaterThan(0);
    } finally {
      console.warn = warn;
    }
  });

  it('sends the configured headers, template paths and credentials mode', async () => {
    await seeded(base);
    const seen: Array<{ url: string; headers: Headers; credentials?: RequestCredentials }> = [];
    const spy: typeof fetch = (input, init) => {
      seen.push({ url: String(input), headers: new Headers(init?.headers), credentials: init?.credentials });
      return fetch(input, init);
    };
    let token = 'first';
    const adapter = testAdapter(base, {
      fetch: spy,
      credentials: 'include',
      headers: () => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': 'csrf-1' }),
      paths: { people: '{base}/people' },
    });
    await adapter.list('people');
    token = 'second';
    await adapter.get('people', 'ravi');
    expect(seen.map((request) => request.headers.get('Authorization'))).to.deep.equal(['Bearer first', 'Bearer second']);
    expect(seen.every((request) => request.headers.get('X-CSRF-Token') === 'csrf-1' && request.credentials === 'include')).to.equal(true);
    expect(seen[1]!.url).to.equal(`${base}/people/ravi`);
  });

  it('announces changes made by another client, found by polling with ETags (304 when nothing changed)', async () => {
    const system = await seeded(base);
    const watcher = testAdapter(base, { live: { mode: 'poll', interval: 40 } }).withViewer({ personId: 'tess', role: 'rep' });
    const heard: ChangeEvent[] = [];
    watcher.subscribe((event) => heard.push(event), { collections: ['goals'] });
    // Let the first poll take its baseline, then a few more find nothing new.
    await until(async () => (await serverStats(base)).notModified >= 2, 'two unchanged polls');
    const other = testAdapter(base);
    const shared = await other.put('goals', goal({ id: 'g-remote', visibility: 'team' }));
    await other.put('goals', goal({ id: 'g-hidden', visibility: 'private' }));
    await until(() => heard.length >= 1, 'the remote change');
    expect(heard[0]).to.deep.equal({ collection: 'goals', id: 'g-remote', type: 'put', version: shared.version, origin: 'remote' });
    await other.delete('goals', 'g-remote');
    await until(() => heard.length >= 2, 'the remote delete');
    expect(heard.map((event) => [event.id, event.type])).to.deep.equal([['g-remote', 'put'], ['g-remote', 'delete']]);
    expect(system.sync.state).to.equal('saved');
  });

  it('does not announce its own writes twice when polling', async () => {
    const system = await seeded(base, { live: { mode: 'poll', interval: 30 } });
    const heard: ChangeEvent[] = [];
    system.subscribe((event) => heard.push(event), { collections: ['goals'] });
    await until(async () => (await serverStats(base)).notModified >= 1, 'a baseline poll');
    await system.put('goals', goal({ id: 'g-mine' }));
    await until(async () => (await serverStats(base)).notModified >= 3, 'polls after the write');
    expect(heard.map((event) => [event.id, event.origin])).to.deep.equal([['g-mine', 'this-tab']]);
  });

  it('streams changes made elsewhere as server-sent events, filtered for the viewer', async () => {
    const system = await seeded(base);
    const watcher = testAdapter(base, { live: { mode: 'sse' } }).withViewer({ personId: 'tess', role: 'rep' });
    const heard: ChangeEvent[] = [];
    watcher.subscribe((event) => heard.push(event), { collections: ['goals'] });
    // The stream is open once a write made elsewhere reaches it.
    await until(async () => {
      await system.put('goals', goal({ id: `g-probe-${crypto.randomUUID()}`, visibility: 'team' }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return heard.length > 0;
    }, 'the stream to open');
    heard.length = 0;
    await system.put('goals', goal({ id: 'g-secret', visibility: 'private' }));
    await system.put('goals', goal({ id: 'g-team', visibility: 'team' }));
    await until(() => heard.some((event) => event.id === 'g-team'), 'the team goal');
    expect(heard.map((event) => [event.id, event.origin])).to.deep.equal([['g-team', 'remote']]);
  });

  it('exposes its sync state: saved after every write has reached the server', async () => {
    const system = await seeded(base);
    const states: string[] = [];
    system.onSyncChange((sync) => states.push(sync.state));
    await system.put('goals', goal());
    await until(() => states.at(-1) === 'saved', 'saved');
    expect(states).to.include('saving');
    expect([system.syncState, system.pendingCount]).to.deep.equal(['saved', 0]);
  });
});

describe('HttpAdapter on the device', () => {
  it('keeps waiting writes durable when IndexedDB is available', async () => {
    const adapter = testAdapter(newSpace('durable'));
    await until(() => adapter.sync.durable, 'the offline store to open');
    expect(adapter.sync).to.deep.include({ state: 'saved', pending: 0, online: true, durable: true });
    await closeTestAdapters();
  });
});
