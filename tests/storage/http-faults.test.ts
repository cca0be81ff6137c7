/**
 * The HTTP adapter against a real server that misbehaves on purpose (tests/http/server-plugin.mjs):
 * failures, hangs, dropped connections, unreadable replies, conflicts, and being offline. Every
 * test ends by checking the server's own log of applied writes: each write landed exactly once,
 * in the order it was made, or it is held as an issue with both versions recoverable.
 */
import { expect } from '@open-wc/testing';
import type { Draft, PersonalGoal, Person, Booking, Viewer } from '../../src/core/types.js';
import { mulberry32 } from '../../src/core/sample-data.js';
import type { HttpAdapter } from '../../src/storage/http.js';
import {
  clearFaults, closeTestAdapters, dropSpace, injectFaults, newSpace, serverRecord, serverStats, testAdapter, until, writeLog,
} from '../http/support.js';
import type { Fault, LoggedWrite } from '../http/support.js';

const RAVI: Viewer = { personId: 'ravi', role: 'rep' };

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

function booking(id: string): Draft<Booking> {
  return { id, ownerId: 'ravi', amount: { amount: 500_000, currency: 'USD' }, closedOn: '2026-02-02', label: 'Renewal' };
}

type Landed = [type: 'put' | 'delete', collection: string, id: string, version: number | null];

/** The writes applied since `from` (a log length), as [type, collection, id, version]. */
async function landedSince(base: string, from: number): Promise<Landed[]> {
  return (await writeLog(base)).slice(from).map((row: LoggedWrite) => [row.type, row.collection, row.id, row.version]);
}

async function messageOf(promise: Promise<unknown>): Promise<{ code?: string; current?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; current?: unknown };
  }
  throw new Error('expected a failure');
}

describe('HttpAdapter under faults: nothing is lost', () => {
  let base: string;
  let system: HttpAdapter;
  let ravi: HttpAdapter;
  let start: number;

  beforeEach(async () => {
    base = newSpace('faults');
    system = testAdapter(base);
    await system.batch(people.map((record) => ({ type: 'put', collection: 'people', record } as const)));
    ravi = system.withViewer(RAVI);
    start = (await writeLog(base)).length;
  });

  afterEach(async () => {
    await clearFaults(base);
    await closeTestAdapters();
    await dropSpace(base);
  });

  describe('while the caller waits', () => {
    it('retries 500s and 503s with backoff, and the write lands once', async () => {
      await injectFaults(base, { kind: 'status', status: 500, method: 'PUT' }, { kind: 'status', status: 503, retryAfter: 0, method: 'PUT' });
      const stored = await ravi.put('goals', goal({ id: 'g-1' }));
      expect(stored.version).to.equal(1);
      expect(ravi.sync).to.deep.include({ state: 'saved', pending: 0 });
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1]]);
      const stats = await serverStats(base);
      expect([stats.byStatus['500'], stats.byStatus['503']]).to.deep.equal([1, 1]);
    });

    it('gives up on a request that hangs (timeout through AbortSignal) and sends it again', async () => {
      await injectFaults(base, { kind: 'hang', method: 'PUT' });
      const began = performance.now();
      const stored = await ravi.put('goals', goal({ id: 'g-1' }));
      expect(performance.now() - began).to.be.greaterThan(350);
      expect(stored.version).to.equal(1);
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1]]);
    });

    it('lands once when a slow server applies the write after the client gave up waiting', async () => {
      // The first attempt times out at 400 ms; the server applies it at 600 ms; the resend carries the same key.
      await injectFaults(base, { kind: 'delay', ms: 600, method: 'PUT' });
      const stored = await ravi.put('goals', goal({ id: 'g-1' }));
      expect(stored.version).to.equal(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1]]);
    });

    it('answers from the prediction when the server is slow, and the write still lands once', async () => {
      const patient = testAdapter(base, { waitForServer: 150, timeout: 3000 }).withViewer(RAVI);
      await injectFaults(base, { kind: 'delay', ms: 800, method: 'PUT' });
      const began = performance.now();
      const stored = await patient.put('goals', goal({ id: 'g-1' }));
      expect(performance.now() - began).to.be.lessThan(700);
      expect(stored.version).to.equal(1);
      expect(patient.sync.state).to.equal('saving');
      await until(() => patient.sync.state === 'saved', 'the write to land');
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1]]);
    });

    it('sends again over a connection dropped before the server read the request', async () => {
      await injectFaults(base, { kind: 'drop', when: 'before', method: 'PUT', times: 2 });
      const stored = await ravi.put('goals', goal({ id: 'g-1' }));
      expect(stored.version).to.equal(1);
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1]]);
    });

    it('lands once when the connection drops after the write (the reply is lost): the idempotency key answers', async () => {
      const created = await ravi.put('goals', goal({ id: 'g-1' }));
      // Abrupt: not a byte of the reply, so the browser itself may resend it too; the key answers either way.
      await injectFaults(base, { kind: 'drop', when: 'after', method: 'PUT', abrupt: true });
      const updated = await ravi.put('goals', { ...created, title: 'Bigger lake house' });
      expect(updated.version).to.equal(2);
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1], ['put', 'goals', 'g-1', 2]]);
      expect((await serverStats(base)).replayed).to.be.greaterThan(0);
    });

    it('lands once when the reply is lost and the server has no idempotency keys: the client recognises its own write', async () => {
      const created = await ravi.put('goals', goal({ id: 'g-1' }));
      await injectFaults(base, { kind: 'drop', when: 'after', method: 'PUT', forgetKey: true });
      const updated = await ravi.put('goals', { ...created, title: 'Bigger lake house' });
      expect([updated.version, (updated as PersonalGoal).title]).to.deep.equal([2, 'Bigger lake house']);
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1], ['put', 'goals', 'g-1', 2]]);
      const stats = await serverStats(base);
      expect([stats.replayed, stats.byStatus['409']]).to.deep.equal([0, 1]);
    });

    it('lands a batch once when its reply is lost', async () => {
      await injectFaults(base, { kind: 'drop', when: 'after', path: '_batch' });
      const results = await ravi.batch([
        { type: 'put', collection: 'goals', record: goal({ id: 'g-1' }) },
        { type: 'put', collection: 'bookings', record: booking('b-1') },
      ]);
      expect(results.map((record) => record.version)).to.deep.equal([1, 1]);
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1], ['put', 'bookings', 'b-1', 1]]);
    });

    it('treats a reply that is not JSON as a typed failure, retries, and the write lands once', async () => {
      await injectFaults(base, { kind: 'malformed', method: 'PUT' }, { kind: 'malformed', method: 'GET', path: '/people' });
      const stored = await ravi.put('goals', goal({ id: 'g-1' }));
      expect(stored.version).to.equal(1);
      expect((await ravi.list('people')).items.length).to.equal(3);
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1]]);
    });

    it('fails a read with a typed, readable UnavailableError once the retries are spent', async () => {
      const offline = testAdapter(base, { offline: false });
      await injectFaults(base, { kind: 'malformed', method: 'GET', times: -1 });
      const error = await messageOf(offline.get('people', 'ravi'));
      expect(error.code).to.equal('unavailable');
      expect((error as Error).message).to.contain('could not read');
    });

    it('without an outbox, fails a write the server never got with UnavailableError and keeps nothing', async () => {
      const direct = testAdapter(base, { offline: false }).withViewer(RAVI);
      await injectFaults(base, { kind: 'drop', times: -1 });
      expect((await messageOf(direct.put('goals', goal({ id: 'g-1' })))).code).to.equal('unavailable');
      expect(direct.sync).to.deep.include({ pending: 0, durable: false });
      await clearFaults(base);
      expect((await direct.put('goals', goal({ id: 'g-2' }))).version).to.equal(1);
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-2', 1]]);
    });

    it('reports a 409 to the waiting caller as a ConflictError carrying the stored record', async () => {
      const created = await ravi.put('goals', goal({ id: 'g-1' }));
      await injectFaults(base, { kind: 'conflict', method: 'PUT' });
      const error = await messageOf(ravi.put('goals', { ...created, title: 'Edited' }));
      expect(error.code).to.equal('conflict');
      expect((error.current as PersonalGoal).title).to.equal('Lake-house deposit');
      expect(ravi.sync).to.deep.include({ state: 'saved', pending: 0 });
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1]]);
    });

    it('never sends a create as a POST: creates are PUTs under a client-made id, every write keyed', async () => {
      const requests: Array<{ method: string; url: string; key: string | null }> = [];
      const spy: typeof fetch = (input, init) => {
        requests.push({ method: init?.method ?? 'GET', url: String(input), key: new Headers(init?.headers).get('Idempotency-Key') });
        return fetch(input, init);
      };
      const writer = testAdapter(base, { fetch: spy }).withViewer(RAVI);
      await writer.put('goals', goal());
      await writer.batch([{ type: 'put', collection: 'bookings', record: booking('b-1') }]);
      const writes = requests.filter((request) => request.method !== 'GET');
      expect(writes.map((request) => request.method)).to.deep.equal(['PUT', 'POST']);
      expect(writes[1]!.url).to.match(/\/_batch$/);
      expect(writes.every((request) => request.key !== null)).to.equal(true);
    });
  });

  describe('offline: the outbox', () => {
    it('keeps writes while every connection drops, serves reads from the device, then replays them in order', async () => {
      const g1 = await ravi.put('goals', goal({ id: 'g-1' }));
      await ravi.get('people', 'maya');
      await ravi.list('goals');
      await injectFaults(base, { kind: 'drop', times: -1 });

      const edited = await ravi.put('goals', { ...g1, title: 'Edited offline' });
      const g2 = await ravi.put('goals', goal({ id: 'g-2', title: 'Year off' }));
      const g2b = await ravi.put('goals', { ...g2, status: 'paused' });
      await ravi.delete('goals', 'g-1', { expectedVersion: edited.version });
      await ravi.batch([
        { type: 'put', collection: 'goals', record: goal({ id: 'g-3', title: 'Marathon' }) },
        { type: 'put', collection: 'bookings', record: booking('b-1') },
      ]);
      expect([edited.version, g2.version, g2b.version]).to.deep.equal([2, 1, 2]);
      expect(ravi.sync).to.deep.include({ state: 'offline', pending: 5, online: false });

      // Reads: the device's copy plus the writes still waiting.
      expect((await ravi.get('people', 'maya')).name).to.equal('Maya');
      expect((await ravi.get('goals', 'g-2') as PersonalGoal).status).to.equal('paused');
      expect((await ravi.list('goals')).items.map((item) => item.id)).to.deep.equal(['g-2', 'g-3']);
      expect((await messageOf(ravi.get('profiles', 'never-read'))).code).to.equal('unavailable');
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1]]);

      await clearFaults(base);
      await until(() => ravi.sync.state === 'saved', 'the outbox to drain');
      expect(ravi.sync.pending).to.equal(0);
      expect(await landedSince(base, start)).to.deep.equal([
        ['put', 'goals', 'g-1', 1],
        ['put', 'goals', 'g-1', 2],
        ['put', 'goals', 'g-2', 1],
        ['put', 'goals', 'g-2', 2],
        ['delete', 'goals', 'g-1', null],
        ['put', 'goals', 'g-3', 1],
        ['put', 'bookings', 'b-1', 1],
      ]);
      expect(await serverRecord(base, 'goals', 'g-1')).to.equal(undefined);
      expect((await serverRecord(base, 'goals', 'g-2'))?.status).to.equal('paused');
    });

    it('keeps waiting writes across a reload and sends them from the next session', async () => {
      const dbName = `goalpost-http-test-reload-${crypto.randomUUID()}`;
      const first = testAdapter(base, { offline: { dbName }, replay: { baseDelay: 60_000, maxDelay: 60_000 } }).withViewer(RAVI);
      await injectFaults(base, { kind: 'drop', times: -1 });
      await first.put('goals', goal({ id: 'g-1' }));
      await first.put('bookings', booking('b-1'));
      expect(first.sync.pending).to.equal(2);
      await first.close();
      await clearFaults(base);

      const second = testAdapter(base, { offline: { dbName } });
      await second.syncNow();
      await until(() => second.sync.state === 'saved' && second.sync.pending === 0, 'the next session to send them');
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1], ['put', 'bookings', 'b-1', 1]]);
    });

    it('replays at once when the browser says it is online again', async () => {
      const listening = testAdapter(base, { watchConnectivity: true, replay: { baseDelay: 60_000, maxDelay: 60_000 } }).withViewer(RAVI);
      await injectFaults(base, { kind: 'drop', times: -1 });
      window.dispatchEvent(new Event('offline'));
      await until(() => listening.sync.state === 'offline', 'offline');
      await listening.put('goals', goal({ id: 'g-1' }));
      await clearFaults(base);
      window.dispatchEvent(new Event('online'));
      await until(() => listening.sync.state === 'saved', 'the replay', 2000);
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1]]);
    });

    it('replays after 500s that outlast the retries, once the server recovers', async () => {
      await injectFaults(base, { kind: 'status', status: 500, times: 6 });
      const stored = await ravi.put('goals', goal({ id: 'g-1' }));
      expect(stored.version).to.equal(1);
      expect(ravi.sync.state).to.equal('offline');
      await until(() => ravi.sync.state === 'saved', 'the replay');
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1]]);
    });
  });

  describe('a long run', () => {
    it('lands 60 writes made under random faults exactly once each, in order', async () => {
      // Seeded, so a failure can be replayed exactly.
      const next = mulberry32(20260301);
      const writer = testAdapter(base, { waitForServer: 60 }).withViewer(RAVI);
      const faults: Fault[] = [
        { kind: 'status', status: 500 }, { kind: 'status', status: 503 }, { kind: 'drop', when: 'before' }, { kind: 'drop', when: 'after' },
        { kind: 'drop', when: 'after', abrupt: true }, { kind: 'malformed' }, { kind: 'delay', ms: 450 }, { kind: 'hang' },
      ];
      const versions = new Map<string, PersonalGoal>();
      const expected: Landed[] = [];
      for (let step = 0; step < 60; step += 1) {
        if (next() < 0.5) await injectFaults(base, faults[Math.floor(next() * faults.length)]!);
        const id = `g-${Math.floor(next() * 4)}`;
        const current = versions.get(id);
        if (!current) {
          const created = await writer.put('goals', goal({ id, title: `Goal ${step}` })) as PersonalGoal;
          versions.set(id, created);
          expected.push(['put', 'goals', id, created.version]);
        } else if (next() < 0.2) {
          await writer.delete('goals', id, { expectedVersion: current.version });
          versions.delete(id);
          expected.push(['delete', 'goals', id, null]);
        } else {
          const updated = await writer.put('goals', { ...current, title: `Goal ${step}` }) as PersonalGoal;
          versions.set(id, updated);
          expected.push(['put', 'goals', id, updated.version]);
        }
      }
      await clearFaults(base);
      await writer.syncNow();
      await until(() => writer.sync.state === 'saved', 'every write to land', 20_000);
      expect(writer.sync.issues).to.deep.equal([]);
      expect(await landedSince(base, start)).to.deep.equal(expected);
      for (const [id, record] of versions) expect((await serverRecord(base, 'goals', id))?.title).to.equal(record.title);
    });
  });

  describe('conflicts found while replaying', () => {
    let offline: HttpAdapter;

    beforeEach(() => {
      // Replays only when told to, so the test decides when the other client writes.
      offline = testAdapter(base, { replay: { baseDelay: 60_000, maxDelay: 60_000 } }).withViewer(RAVI);
    });

    async function editedElsewhereWhileOffline(): Promise<PersonalGoal> {
      const g1 = await offline.put('goals', goal({ id: 'g-1' }));
      await injectFaults(base, { kind: 'drop', times: -1 });
      const mine = await offline.put('goals', { ...g1, title: 'My edit' });
      await offline.put('goals', { ...mine, status: 'paused' });
      await clearFaults(base);
      const other = testAdapter(base).withViewer(RAVI);
      await other.put('goals', { ...g1, title: 'Their edit' });
      await offline.syncNow();
      await until(() => offline.sync.state === 'error', 'the conflict to surface');
      return g1;
    }

    it('surfaces the conflict with both versions, holds later writes to the record, and sends "mine" on request', async () => {
      await editedElsewhereWhileOffline();
      const [issue] = offline.sync.issues;
      expect(offline.sync.issues.length).to.equal(1);
      expect([issue!.kind, issue!.collection, issue!.recordId, issue!.writes]).to.deep.equal(['conflict', 'goals', 'g-1', 2]);
      expect([(issue!.mine as PersonalGoal).title, (issue!.mine as PersonalGoal).status]).to.deep.equal(['My edit', 'paused']);
      expect([(issue!.theirs as PersonalGoal).title, issue!.theirs!.version]).to.deep.equal(['Their edit', 2]);
      // This person still sees their own version until they choose.
      expect((await offline.get('goals', 'g-1') as PersonalGoal).title).to.equal('My edit');
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1], ['put', 'goals', 'g-1', 2]]);

      await offline.resolveIssue(issue!.id, 'mine');
      await until(() => offline.sync.state === 'saved', 'mine to land');
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1], ['put', 'goals', 'g-1', 2], ['put', 'goals', 'g-1', 3]]);
      const stored = await serverRecord(base, 'goals', 'g-1');
      expect([stored?.title, stored?.status]).to.deep.equal(['My edit', 'paused']);
    });

    it('drops this person\'s version only when they choose "theirs"', async () => {
      await editedElsewhereWhileOffline();
      const [issue] = offline.sync.issues;
      await offline.resolveIssue(issue!.id, 'theirs');
      expect(offline.sync).to.deep.include({ state: 'saved', pending: 0 });
      expect((await offline.get('goals', 'g-1') as PersonalGoal).title).to.equal('Their edit');
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1], ['put', 'goals', 'g-1', 2]]);
    });

    it('keeps a queued write the server rejects (a 409 injected while replaying) until someone decides', async () => {
      const g1 = await offline.put('goals', goal({ id: 'g-1' }));
      await injectFaults(base, { kind: 'drop', times: -1 });
      await offline.put('goals', { ...g1, title: 'My edit' });
      await clearFaults(base);
      await injectFaults(base, { kind: 'conflict', method: 'PUT' });
      await offline.syncNow();
      await until(() => offline.sync.state === 'error', 'the conflict to surface');
      const [issue] = offline.sync.issues;
      expect([(issue!.mine as PersonalGoal).title, (issue!.theirs as PersonalGoal).title]).to.deep.equal(['My edit', 'Lake-house deposit']);
      await offline.resolveIssue(issue!.id, 'mine');
      await until(() => offline.sync.state === 'saved', 'mine to land');
      expect(await landedSince(base, start)).to.deep.equal([['put', 'goals', 'g-1', 1], ['put', 'goals', 'g-1', 2]]);
      expect((await serverRecord(base, 'goals', 'g-1'))?.title).to.equal('My edit');
    });

    it('keeps a queued write the server refuses for another reason (permission) as a rejected issue', async () => {
      const tess = testAdapter(base, { replay: { baseDelay: 60_000, maxDelay: 60_000 } }).withViewer({ personId: 'tess', role: 'rep' });
      await injectFaults(base, { kind: 'drop', times: -1 });
      // Tess cannot write a goal in Ravi's name; offline, nobody can tell her yet.
      await tess.put('goals', goal({ id: 'g-ravi', ownerId: 'ravi' }));
      await tess.put('bookings', { ...booking('b-tess'), ownerId: 'tess' });
      await clearFaults(base);
      await tess.syncNow();
      await until(() => tess.sync.state === 'error' && tess.sync.pending === 0, 'the refusal to surface');
      const [issue] = tess.sync.issues;
      expect([issue!.kind, issue!.code, issue!.recordId]).to.deep.equal(['rejected', 'permission', 'g-ravi']);
      expect((issue!.mine as PersonalGoal).title).to.equal('Lake-house deposit');
      // Writes to other records were not held back.
      expect(await landedSince(base, start)).to.deep.equal([['put', 'bookings', 'b-tess', 1]]);
      await tess.resolveIssue(issue!.id, 'theirs');
      expect(tess.sync.state).to.equal('saved');
    });
  });
});
