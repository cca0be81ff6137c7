/**
 * A manager-summary goal carries figures computed from the rep's plan, bookings and check-ins,
 * which the adapter reads on the manager's behalf without handing any of them over.
 */
import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { summaryFigures } from '../../src/core/goal-summary.js';
import type { Booking, CheckIn, CompPlan, PersonalGoal } from '../../src/core/types.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb.js';
import { MemoryAdapter } from '../../src/storage/memory.js';

const clock = () => new Date('2026-05-15T12:00:00.000Z');

const makers: Array<[string, () => StorageAdapter]> = [
  ['MemoryAdapter', () => new MemoryAdapter({ clock })],
  ['IndexedDbAdapter', () => new IndexedDbAdapter({ dbName: `goalpost-summary-${crypto.randomUUID()}`, clock })],
];

for (const [name, make] of makers) {
  describe(`${name}: manager summaries`, () => {
    let system: StorageAdapter;

    beforeEach(async () => {
      system = make();
      await system.batch([
        { type: 'put', collection: 'people', record: { id: 'maya', name: 'Maya', role: 'manager', teamId: 'east' } },
        { type: 'put', collection: 'people', record: { id: 'ravi', name: 'Ravi', role: 'rep', teamId: 'east', managerId: 'maya' } },
        { type: 'put', collection: 'people', record: { id: 'tess', name: 'Tess', role: 'rep', teamId: 'east', managerId: 'maya' } },
      ]);
    });

    afterEach(async () => {
      await system.close();
      if (system instanceof IndexedDbAdapter) await deleteDB(system.dbName);
    });

    it('computes progress and the next check-in from the rep’s own data, as of the adapter’s clock', async () => {
      const oldPlan = await system.put('plans', {
        ownerId: 'ravi', name: 'FY25', currency: 'USD', period: 'quarter', quota: 20_000_000, targetIncentive: 4_000_000,
        tiers: [{ from: 0, multiplier: 1, retroactive: false }], basis: 'per-period', yearStart: '2025-01-01',
      });
      const plan = await system.put('plans', {
        ownerId: 'ravi', name: 'FY26', currency: 'USD', period: 'quarter', quota: 25_000_000, targetIncentive: 2_500_000,
        tiers: [{ from: 0, multiplier: 1, retroactive: false }, { from: 1, multiplier: 2, retroactive: false }], basis: 'per-period', yearStart: '2026-01-01',
      });
      const booking = await system.put('bookings', { ownerId: 'ravi', amount: { amount: 30_000_000, currency: 'USD' }, closedOn: '2026-04-20', label: 'Contoso' });
      // Tess's bookings must not count toward Ravi's goal.
      await system.put('bookings', { ownerId: 'tess', amount: { amount: 90_000_000, currency: 'USD' }, closedOn: '2026-04-21', label: 'Fabrikam' });
      const goal = await system.put('goals', {
        ownerId: 'ravi', title: 'Lake-house deposit', why: 'Summers', category: 'home', target: { amount: 6_000_000, currency: 'USD' },
        writtenOn: '2026-01-10', fundingShare: 0.5, saved: { amount: 500_000, currency: 'USD' }, milestones: [], status: 'active',
        visibility: 'manager-summary', cadence: 'monthly',
      });
      const checkIn = await system.put('checkins', {
        personId: 'ravi', goalId: goal.id, authorId: 'maya', date: '2026-05-01', note: 'On track', confidence: 4, blockers: '',
        commitment: '', nextDueOn: '2026-06-03',
      });

      const expected = summaryFigures(goal, { plan, bookings: [booking as Booking], checkins: [checkIn as CheckIn], today: '2026-05-15' });
      expect(oldPlan.yearStart < (plan as CompPlan).yearStart).to.equal(true);
      expect(expected.progress, 'the fixture funds part of the goal').to.be.a('number');
      const seen = await system.withViewer({ personId: 'maya', role: 'manager' }).get('goals', goal.id);
      expect(seen).to.deep.equal({
        id: goal.id, ownerId: 'ravi', category: 'home', status: 'active', visibility: 'manager-summary',
        progress: expected.progress, nextCheckInOn: '2026-06-03', version: 1, updatedAt: goal.updatedAt, summaryOnly: true,
      });
    });

    it('shows the owner the whole goal, not a summary', async () => {
      const goal = await system.put('goals', {
        ownerId: 'ravi', title: 'Year off', why: 'Time', category: 'family', writtenOn: '2026-01-10', fundingShare: 0.1,
        milestones: [], status: 'active', visibility: 'manager-summary', cadence: 'quarterly',
      });
      expect(await system.withViewer({ personId: 'ravi', role: 'rep' }).get('goals', goal.id)).to.deep.equal(goal as PersonalGoal);
    });
  });
}
