/**
 * A page that only reads through the IndexedDB adapter never downloads full validation or the
 * English wording of its problems: reads check a record's shape, and the write path loads with
 * the first write, which still refuses a bad draft with every problem validation finds.
 *
 * What the page loaded is read from its resource timing entries: this file imports nothing of
 * Goalpost up front, so everything listed was loaded by the steps below.
 */
import { expect } from '@open-wc/testing';
import type { FieldProblem } from '../../src/core/errors.js';
import type { PersonalGoal } from '../../src/core/types.js';
import type { RawBackend } from '../../src/storage/base-adapter.js';

// Keep every entry from here on: the default buffer fills up with the test framework's own files.
performance.setResourceTimingBufferSize(100_000);

/** Whether this page has fetched the module at `path` (`src/core/validation`), whatever it was served as. */
function loaded(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => /^\/[^?]*\.(ts|js)$/.test(new URL(entry.name).pathname) && new URL(entry.name).pathname.replace(/\.(ts|js)$/, '').endsWith(path));
}

const stamp = { createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z', version: 1 };
const goal = {
  ...stamp, id: 'goal-lake', ownerId: 'maya', title: 'Lake-house deposit', why: 'Summers on the water.', category: 'home',
  target: { amount: 6_000_000, currency: 'USD' }, writtenOn: '2026-02-09', fundingShare: 0.4, milestones: [],
  status: 'active', visibility: 'private', cadence: 'monthly',
} satisfies PersonalGoal;

describe('a page that only reads', () => {
  it('reads, lists and refuses a damaged record without loading validation; the first write loads it', async () => {
    const { IndexedDbAdapter } = await import('../../src/storage/indexeddb.js');
    const { DamagedRecordError, ValidationError } = await import('../../src/core/errors.js');
    const dbName = `goalpost-test-read-only-${crypto.randomUUID()}`;
    const store = new IndexedDbAdapter({ dbName });
    // Seeded past every check, as an import or an older release would have left the database.
    const backend = (store as unknown as { backend: RawBackend }).backend;
    await backend.write(async (raw) => {
      await raw.put('people', { ...stamp, id: 'maya', name: 'Maya Okafor', role: 'rep', teamId: 'west' } as never);
      await raw.put('goals', goal);
      await raw.put('goals', { ...goal, id: 'goal-damaged', title: 42, milestones: null } as never);
    });
    const maya = store.withViewer({ personId: 'maya', role: 'rep' });

    const read = (await maya.get('goals', 'goal-lake')) as PersonalGoal;
    expect(read.title).to.equal('Lake-house deposit');
    const page = await maya.list('goals', { where: { ownerId: 'maya' } });
    expect(page.items.map((item) => item.id)).to.deep.equal(['goal-lake']);
    expect(page.damaged).to.equal(1);
    const damaged = await maya.get('goals', 'goal-damaged').then(() => undefined, (error: unknown) => error);
    expect(damaged instanceof DamagedRecordError, String(damaged)).to.equal(true);
    const problems = (damaged as InstanceType<typeof DamagedRecordError>).problems;
    expect(problems.map((problem) => `${problem.field} ${problem.code}`)).to.deep.equal(['title goalTitle', 'milestones notList']);
    expect((damaged as Error).message).to.equal(
      'This goals record (goal-damaged) is damaged and cannot be shown: The field title is damaged (goalTitle). The field milestones is damaged (notList).',
    );

    // The entries show what the page fetched: the adapter and the shape check, and nothing of validation.
    expect(loaded('/src/storage/indexeddb'), 'the adapter is listed').to.equal(true);
    expect(loaded('/src/core/shape'), 'the shape check is listed').to.equal(true);
    expect(loaded('/src/core/validation'), 'validation is not loaded by reads').to.equal(false);
    expect(loaded('/src/i18n/en/problems'), 'the wording of problems is not loaded by reads').to.equal(false);
    expect(loaded('/src/storage/writes'), 'the write path is not loaded by reads').to.equal(false);

    // The first write loads validation and refuses a bad draft exactly as validation words it.
    const draft = { ...goal, id: 'goal-new', version: 0, title: '', fundingShare: 2 };
    const refused = await maya.put('goals', draft).then(() => undefined, (error: unknown) => error);
    expect(refused instanceof ValidationError, String(refused)).to.equal(true);
    expect(loaded('/src/storage/writes') && loaded('/src/core/validation') && loaded('/src/i18n/en/problems'), 'the write loaded validation').to.equal(true);
    const { validateRecord } = await import('../../src/core/validation.js');
    const expected: FieldProblem[] = validateRecord('goals', draft);
    expect(expected.map((problem) => problem.message)).to.deep.equal(['Give the goal a title.', 'Funding share must be between 0% and 100%.']);
    expect((refused as InstanceType<typeof ValidationError>).problems).to.deep.equal(expected);
    expect((refused as Error).message).to.equal('The goal has 2 problems: Give the goal a title. Funding share must be between 0% and 100%.');

    // A sound write goes through; what was already stored is untouched.
    const saved = await maya.put('goals', { ...draft, title: 'Boat', fundingShare: 0.1 });
    expect([saved.title, saved.version]).to.deep.equal(['Boat', 1]);
    expect(((await maya.get('goals', 'goal-lake')) as PersonalGoal).version).to.equal(1);
    expect(await maya.get('goals', 'goal-damaged').then(() => 'shown', (error: unknown) => (error as Error).name)).to.equal('DamagedRecordError');

    await store.close();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(dbName);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  });
});
