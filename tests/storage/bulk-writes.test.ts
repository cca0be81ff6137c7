/**
 * Large batches, as an import writes them: creates are written without reading first, a batch
 * that meets a stored record still saves nothing and says which record, other tabs hear every id
 * (the message names the records rather than carrying them) filtered for their viewer, and an
 * element showing the data in another tab updates.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { deleteDB } from 'idb';
import '../../src/elements/recognition-feed/define.js';
import { provideGoalpost } from '../../src/context/host-provider.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../../src/core/sample-data.js';
import type { Draft, Entity, Id, Person, PersonalGoal, Recognition, Viewer } from '../../src/core/types.js';
import type { BatchOp, ChangeEvent, StorageAdapter } from '../../src/storage/adapter.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb.js';
import { MemoryAdapter } from '../../src/storage/memory.js';

const clock = () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`);
const PEOPLE: ReadonlyArray<Draft<Person>> = [
  { id: 'maya', name: 'Maya', role: 'manager', teamId: 'east' },
  { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east', managerId: 'maya' },
  { id: 'tess', name: 'Tess', role: 'rep', teamId: 'east', managerId: 'maya' },
];
const ravi: Viewer = { personId: 'ravi', role: 'rep' };
const tess: Viewer = { personId: 'tess', role: 'rep' };

function goal(id: Id, overrides: Partial<Draft<PersonalGoal>> = {}): Draft<PersonalGoal> {
  return {
    id, ownerId: 'ravi', title: `Goal ${id}`, why: 'Because', category: 'experience', writtenOn: '2026-01-01', fundingShare: 0.1,
    milestones: [], status: 'active', cadence: 'monthly', visibility: 'team', ...overrides,
  };
}

function post(id: Id, overrides: Partial<Draft<Recognition>> = {}): Draft<Recognition> {
  return {
    id, fromId: 'maya', toIds: ['ravi'], teamId: 'east', kind: 'kudos', message: `Post ${id}`, values: [], audience: 'team',
    postedAt: '2026-11-27T09:00:00.000Z', reactions: {}, ...overrides,
  };
}

const creates = (collection: 'goals' | 'recognitions', records: ReadonlyArray<Draft<PersonalGoal> | Draft<Recognition>>): BatchOp[] =>
  records.map((record) => ({ type: 'put', collection, record, expectedVersion: 0 }) as BatchOp);

const ids = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`);

async function failure(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the write to fail');
}

async function quiet(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const stores: Array<{ name: string; open: () => Promise<{ store: StorageAdapter; done: () => Promise<void> }> }> = [
  { name: 'MemoryAdapter', open: async () => {
    const store = new MemoryAdapter({ clock });
    return { store, done: () => store.close() };
  } },
  { name: 'IndexedDbAdapter', open: async () => {
    const store = new IndexedDbAdapter({ dbName: `goalpost-test-bulk-${crypto.randomUUID()}`, clock });
    return { store, done: async () => {
      await store.close();
      await deleteDB(store.dbName);
    } };
  } },
];

for (const { name, open } of stores) {
  describe(`${name}: a batch of creates`, () => {
    let system: StorageAdapter;
    let done: () => Promise<void>;

    beforeEach(async () => {
      ({ store: system, done } = await open());
      await system.batch(PEOPLE.map((record) => ({ type: 'put', collection: 'people', record, expectedVersion: 0 }) as BatchOp));
    });

    afterEach(() => done());

    it('stores every record at version 1 and returns them in order', async () => {
      const wanted = ids(300, 'post');
      const results = await system.batch(creates('recognitions', wanted.map((id) => post(id))));
      expect(results.map((record) => record.id)).to.deep.equal(wanted);
      expect(results.every((record) => record.version === 1)).to.equal(true);
      const stored = (await system.list('recognitions')).items;
      expect(stored.map((record) => record.id)).to.deep.equal(wanted);
      expect(stored[299]).to.deep.equal(results[299]);
    });

    it('saves nothing when one record exists already, and names that record', async () => {
      const existing = await system.put('recognitions', post('post-150', { message: 'Already here' }));
      const error = await failure(system.batch(creates('recognitions', ids(300, 'post').map((id) => post(id)))));
      expect([error.code, error.id, error.actualVersion]).to.deep.equal(['conflict', 'post-150', 1]);
      expect((error.current as Recognition | undefined)?.message).to.equal('Already here');
      expect((await system.list('recognitions')).items).to.deep.equal([existing]);
    });

    it('reports the first op that fails, as a batch that reads first would', async () => {
      const mine = await system.put('goals', goal('goal-010', { visibility: 'private' }));
      const batch = (order: 'clash-first' | 'refusal-first') => {
        // goal-010 exists already, and Ravi may not write Tess's goal.
        const records = ids(40, 'goal').map((id) => goal(id));
        records[order === 'clash-first' ? 30 : 5] = goal('goal-tess', { ownerId: 'tess' });
        return creates('goals', records);
      };
      expect((await failure(system.withViewer(ravi).batch(batch('clash-first')))).code).to.equal('conflict');
      expect((await failure(system.withViewer(ravi).batch(batch('refusal-first')))).code).to.equal('permission');
      expect((await system.list('goals')).items).to.deep.equal([mine]);
    });

    it('refuses a create over a record the viewer cannot see without revealing it', async () => {
      await system.put('goals', goal('goal-secret', { visibility: 'private' }));
      const error = await failure(system.withViewer(tess).batch(creates('goals', [goal('goal-a', { ownerId: 'tess' }), goal('goal-secret', { ownerId: 'tess' })])));
      expect(error.code).to.equal('permission');
      expect(JSON.stringify(error)).not.to.include('Goal goal-secret');
      expect((await system.list('goals')).items.map((record) => record.id)).to.deep.equal(['goal-secret']);
    });

    it('stores what the caller handed in, whatever they change afterwards', async () => {
      class Tagged {
        constructor(readonly tag: string) {}
      }
      const drafts = ids(60, 'post').map((id) => post(id)) as Array<Draft<Recognition> & Record<string, unknown>>;
      drafts[1]!.imported = { at: new Date(Date.UTC(2026, 0, 2)), source: new Tagged('crm'), rows: new Map([['a', 1]]) };
      const pending = system.batch(creates('recognitions', drafts));
      drafts[0]!.message = 'changed after the call';
      drafts[0]!.toIds.push('tess');
      (drafts[1]!.imported as { source: Tagged }).source = new Tagged('changed');
      const results = await pending;
      results[2]!.id = 'changed result';
      const first = (await system.get('recognitions', 'post-000')) as Recognition;
      expect([first.message, first.toIds]).to.deep.equal(['Post post-000', ['ravi']]);
      const stored = (await system.get('recognitions', 'post-001')) as Entity as Entity & { imported: { at: Date; source: { tag: string }; rows: Map<string, number> } };
      const { imported } = stored;
      expect([imported.at instanceof Date, imported.at.toISOString(), imported.source.tag, imported.rows.get('a')]).to.deep.equal([true, '2026-01-02T00:00:00.000Z', 'crm', 1]);
      expect((await system.get('recognitions', 'post-002')).id).to.equal('post-002');
    });

    it('saves a draft wrapped the way reactive frameworks wrap data, on the very first write as on later ones', async () => {
      // A Proxy over plain data, as Vue's reactive() hands it: structuredClone alone refuses it.
      const wrapped = <T extends object>(value: T): T => new Proxy(value, {});
      expect(() => structuredClone(wrapped(post('probe')))).to.throw();
      const first = await system.put('recognitions', wrapped(post('post-first')) as Draft<Recognition>);
      const [second] = await system.batch(creates('recognitions', [wrapped(post('post-second'))]));
      expect([first.message, second!.id]).to.deep.equal(['Post post-first', 'post-second']);
      expect(((await system.get('recognitions', 'post-first')) as Recognition).toIds).to.deep.equal(['ravi']);
    });

    it('refuses a record holding something that cannot be saved, and saves nothing', async () => {
      const drafts = ids(10, 'post').map((id) => post(id)) as Array<Draft<Recognition> & Record<string, unknown>>;
      drafts[7]!.onSave = () => undefined;
      expect((await failure(system.batch(creates('recognitions', drafts)))).code).to.equal('validation');
      expect((await system.list('recognitions')).items).to.deep.equal([]);
    });

    it('tells a subscriber every id of a large batch, and a viewer only those they may see', async () => {
      const heard: ChangeEvent[] = [];
      const tessHeard: Id[] = [];
      system.subscribe((change) => heard.push(change), { collections: ['goals'] });
      system.withViewer(tess).subscribe((change) => tessHeard.push(change.id), { collections: ['goals'] });
      const wanted = ids(200, 'goal');
      await system.batch(creates('goals', wanted.map((id, i) => goal(id, { visibility: i % 2 === 0 ? 'private' : 'team' }))));
      await waitUntil(() => heard.length === 200, 'every change is announced');
      expect(heard.map((change) => change.id)).to.deep.equal(wanted);
      expect(heard.every((change) => change.type === 'put' && change.version === 1 && change.origin === 'this-tab')).to.equal(true);
      await quiet();
      expect(tessHeard).to.deep.equal(wanted.filter((_, i) => i % 2 === 1));
    });
  });
}

describe('IndexedDbAdapter: a large batch heard in another tab', () => {
  let dbName: string;
  let here: IndexedDbAdapter;
  let there: IndexedDbAdapter;

  beforeEach(async () => {
    dbName = `goalpost-test-bulk-tabs-${crypto.randomUUID()}`;
    here = new IndexedDbAdapter({ dbName, clock });
    there = new IndexedDbAdapter({ dbName, clock });
    await here.batch(PEOPLE.map((record) => ({ type: 'put', collection: 'people', record, expectedVersion: 0 }) as BatchOp));
  });

  afterEach(async () => {
    fixtureCleanup();
    await here.close();
    await there.close();
    await deleteDB(dbName);
  });

  it('reaches the other tab’s subscriber as exactly the ids written, in order', async () => {
    const heard: ChangeEvent[] = [];
    there.subscribe((change) => heard.push(change), { collections: ['recognitions'] });
    const wanted = ids(250, 'post');
    await here.batch(creates('recognitions', wanted.map((id) => post(id))));
    await waitUntil(() => heard.length >= 250, 'the other tab hears the batch');
    await quiet();
    expect(heard.map((change) => change.id)).to.deep.equal(wanted);
    expect(heard.every((change) => change.type === 'put' && change.version === 1 && change.origin === 'other-tab')).to.equal(true);
  });

  it('sends a large batch as ids without the records, and a single write with its record', async () => {
    const channel = new BroadcastChannel(`goalpost:${dbName}`);
    const messages: Array<{ changes: Array<Record<string, unknown>> }> = [];
    channel.onmessage = (event: MessageEvent) => messages.push(event.data as { changes: Array<Record<string, unknown>> });
    try {
      await here.batch(creates('recognitions', ids(250, 'post').map((id) => post(id))));
      await here.put('recognitions', post('post-single'), { expectedVersion: 0 });
      await waitUntil(() => messages.length === 2, 'both messages arrive');
      expect(messages.map((message) => message.changes.length)).to.deep.equal([250, 1]);
      expect(messages[0]!.changes.some((change) => 'after' in change)).to.equal(false);
      expect((messages[1]!.changes[0]!.after as Recognition | undefined)?.message).to.equal('Post post-single');
    } finally {
      channel.close();
    }
  });

  it('filters the other tab’s announcements for its viewer, before and after a large batch', async () => {
    const tessHeard: Id[] = [];
    there.withViewer(tess).subscribe((change) => tessHeard.push(change.id), { collections: ['goals'] });
    const wanted = ids(120, 'goal');
    const stored = await here.batch(creates('goals', wanted.map((id, i) => goal(id, { visibility: i % 3 === 0 ? 'team' : 'private' }))));
    const shared = wanted.filter((_, i) => i % 3 === 0);
    await waitUntil(() => tessHeard.length >= shared.length, 'Tess hears the goals she may see');
    await quiet();
    expect(tessHeard).to.deep.equal(shared);

    // Made private in a second large batch: Tess hears of each goal she could see before.
    tessHeard.length = 0;
    await here.batch(stored.map((record) => ({ type: 'put', collection: 'goals', record: { ...record, visibility: 'private' } }) as BatchOp));
    await waitUntil(() => tessHeard.length >= shared.length, 'Tess hears the goals taken from her');
    await quiet();
    expect(tessHeard).to.deep.equal(shared);
  });

  it('updates a feed open in the other tab', async () => {
    const sample = generateSampleCompany();
    const viewerId = sample.viewers.repId;
    const viewer: Viewer = { personId: viewerId, role: 'rep' };
    const me = sample.people.find((person) => person.id === viewerId)!;
    await here.batch(sample.people.map((record) => ({ type: 'put', collection: 'people', record, expectedVersion: 0 }) as BatchOp));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
    provideGoalpost(wrapper, { storage: there.withViewer(viewer), viewer, clock, locale: 'en-US' });
    const feed = document.createElement('recognition-feed');
    feed.setAttribute('team-id', me.teamId);
    wrapper.append(feed);
    const root = feed.shadowRoot!;
    await waitUntil(() => root.querySelector('.empty-state'), 'the feed shows it is empty', { timeout: 5000 });

    const manager = sample.people.find((person) => person.id === me.managerId)!;
    const start = Date.parse(`${SAMPLE_TODAY}T11:00:00.000Z`);
    await here.batch(creates('recognitions', ids(120, 'bulk').map((id, i) => post(id, {
      fromId: manager.id, toIds: [viewerId], teamId: me.teamId, message: `Imported post ${i}`, postedAt: new Date(start - i * 60_000).toISOString(),
    }))));
    await waitUntil(() => root.querySelector('article.post')?.textContent?.includes('Imported post 0'), 'the newest imported post shows first', { timeout: 5000 });
  });
});
