/**
 * The watcher behind automatic celebrations, on the sample company: it posts what a change in
 * this tab crosses, once, and an import of many bookings costs it one look, not one per booking.
 */
import { expect } from '@open-wc/testing';
import { CelebrationWatcher } from '../../src/context/celebration-watcher.js';
import { loadMessages, translate } from '../../src/i18n/messages.js';
import { commissionFor } from '../../src/core/commission.js';
import { pace } from '../../src/core/quota-to-goal.js';
import type { BatchOp, StorageAdapter } from '../../src/storage/adapter.js';
import type { Recognition, Viewer } from '../../src/core/types.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';

describe('CelebrationWatcher', () => {
  it('posts a tier crossed by a batch of 60 bookings once, after one look at the rep’s figures', async () => {
    const company = await seededCompany();
    const v = company.company.viewers;
    const maya: Viewer = { personId: v.repId, role: 'rep' };
    const real = company.as(maya);
    let looks = 0;
    // Every look starts by reading the rep: count those reads.
    const storage = Object.create(real) as StorageAdapter;
    storage.get = ((collection: string, ...rest: unknown[]) => {
      if (collection === 'people') looks += 1;
      return (real.get as (...args: unknown[]) => unknown)(collection, ...rest);
    }) as StorageAdapter['get'];
    const watcher = new CelebrationWatcher(storage, company.clock, () => 'en-US', { translate, loadMessages });
    watcher.start();
    await watcher.idle();
    const before = looks;

    const plan = company.company.plans.find((p) => p.ownerId === v.repId)!;
    const bookings = company.company.bookings.filter((b) => b.ownerId === v.repId);
    const booked = pace(plan, bookings, SAMPLE_TODAY).booked.amount;
    const next = plan.tiers[commissionFor(plan, booked).tierReached + 1]!;
    const each = Math.ceil((Math.ceil(next.from * plan.quota) - booked) / 60);
    const ops = Array.from({ length: 60 }, (_, i): BatchOp => ({
      type: 'put', collection: 'bookings', record: { ownerId: v.repId, amount: { amount: each, currency: plan.currency }, closedOn: SAMPLE_TODAY, label: `Imported deal ${i + 1}` },
    }) as BatchOp);
    await real.batch(ops);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await watcher.idle();
    watcher.stop();

    expect(looks - before, 'looks at the figures after the import').to.equal(1);
    const posts = (await company.system.list('recognitions', { where: { fromId: v.repId } })).items as Recognition[];
    expect(posts.filter((post) => post.automatic).length).to.equal(1);
  });
});
