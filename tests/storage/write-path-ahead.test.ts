/**
 * The write path loads ahead: a few seconds after a page's first read, without any write, so that
 * saving works even if the connection drops after the page has shown its data. The first render
 * never waits for it (tests/storage/read-without-validation.test.ts).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { PersonalGoal } from '../../src/core/types.js';

performance.setResourceTimingBufferSize(100_000);

function loaded(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.replace(/\.(ts|js)$/, '').endsWith(path));
}

describe('the write path', () => {
  it('is fetched a few seconds after the first read, before any write asks for it', async () => {
    const { IndexedDbAdapter } = await import('../../src/storage/indexeddb.js');
    const dbName = `goalpost-test-write-ahead-${crypto.randomUUID()}`;
    const store = new IndexedDbAdapter({ dbName });
    const page = await store.list('goals', {});
    expect(page.items as PersonalGoal[]).to.deep.equal([]);
    expect(loaded('/src/storage/writes'), 'not with the read').to.equal(false);
    const asked = performance.now();
    await waitUntil(() => loaded('/src/storage/writes') && loaded('/src/core/validation'), 'the write path arrives without a write', { timeout: 8000, interval: 100 });
    expect(performance.now() - asked, 'after the first render has had its time').to.be.greaterThan(2000);
    await store.close();
    indexedDB.deleteDatabase(dbName);
  });
});
