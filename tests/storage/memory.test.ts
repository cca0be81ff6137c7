import { expect } from '@open-wc/testing';
import { runStorageConformance } from '../../src/testing.js';
import { MemoryAdapter } from '../../src/storage/memory.js';
import type { PersonalGoal } from '../../src/core/types.js';

runStorageConformance('MemoryAdapter', () => new MemoryAdapter());

describe('MemoryAdapter', () => {
  it('keeps separate instances separate', async () => {
    const one = new MemoryAdapter();
    const two = new MemoryAdapter();
    await one.put('people', { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east' });
    expect((await two.list('people')).items).to.deep.equal([]);
  });

  it('stamps records with its own clock', async () => {
    let now = new Date('2026-05-01T09:00:00.000Z');
    const store = new MemoryAdapter({ clock: () => now });
    const goal = await store.put('goals', {
      ownerId: 'ravi', title: 'Year off', why: 'Time with the kids', category: 'family', writtenOn: '2026-01-01', fundingShare: 0.2,
      milestones: [], status: 'active', visibility: 'private', cadence: 'quarterly',
    });
    expect([goal.createdAt, goal.updatedAt]).to.deep.equal(['2026-05-01T09:00:00.000Z', '2026-05-01T09:00:00.000Z']);
    now = new Date('2026-05-02T10:00:00.000Z');
    const edited = await store.put('goals', { ...goal, status: 'paused' } satisfies PersonalGoal);
    expect([edited.createdAt, edited.updatedAt]).to.deep.equal(['2026-05-01T09:00:00.000Z', '2026-05-02T10:00:00.000Z']);
  });

  it('delivers a change to subscribers before the write settles, but never inside it', async () => {
    const store = new MemoryAdapter();
    const heard: string[] = [];
    store.subscribe((change) => heard.push(change.id));
    const writing = store.put('people', { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east' });
    expect(heard, 'nothing is delivered synchronously inside put').to.deep.equal([]);
    await writing;
    expect(heard).to.deep.equal(['ravi']);
  });
});
