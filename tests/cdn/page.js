/* global document, window, location, URLSearchParams */
// Plain JavaScript, as a portal author would write it: everything comes from the one bundle.
import { MemoryAdapter, GOALPOST_VERSION, loadSample } from '/dist/cdn/goalpost.js';

const written = { createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z' };
const usd = (dollars) => ({ amount: dollars * 100, currency: 'USD' });
const store = new MemoryAdapter({ clock: () => new Date('2026-11-20T12:00:00Z') });

await store.batch([
  { type: 'put', collection: 'people', record: { id: 'p-dana', name: 'Dana Whitfield', role: 'manager', teamId: 't-west', ...written } },
  { type: 'put', collection: 'people', record: { id: 'p-maya', name: 'Maya Okafor', role: 'rep', managerId: 'p-dana', teamId: 't-west', ...written } },
  {
    type: 'put', collection: 'plans', record: {
      id: 'plan-maya', ownerId: 'p-maya', name: '2026 AE plan', currency: 'USD', period: 'quarter', quota: usd(250_000).amount,
      targetIncentive: usd(15_000).amount, basis: 'per-period', yearStart: '2026-01-01',
      tiers: [{ from: 0, multiplier: 1, retroactive: false }, { from: 1, multiplier: 1.5, retroactive: false }], ...written,
    },
  },
  { type: 'put', collection: 'bookings', record: { id: 'b-1', ownerId: 'p-maya', amount: usd(120_000), closedOn: '2026-10-14', label: 'Northwind fleet renewal', ...written } },
  { type: 'put', collection: 'bookings', record: { id: 'b-2', ownerId: 'p-maya', amount: usd(60_000), closedOn: '2026-11-03', label: 'Contoso pilot', ...written } },
  {
    type: 'put', collection: 'goals', record: {
      id: 'g-lake-house', ownerId: 'p-maya', title: 'Lake-house deposit', why: 'Summers at the lake with the kids.', category: 'home',
      target: usd(40_000), writtenOn: '2026-10-01', fundingShare: 0.3, milestones: [], status: 'active', visibility: 'team', cadence: 'monthly', ...written,
    },
  },
  {
    type: 'put', collection: 'recognitions', record: {
      id: 'r-1', fromId: 'p-dana', toIds: ['p-maya'], teamId: 't-west', kind: 'win', message: 'Northwind renewed the whole fleet. Brilliant work, Maya.',
      values: ['customer first'], audience: 'team', postedAt: '2026-11-19T15:00:00.000Z', reactions: {}, ...written,
    },
  },
]);

if (new URLSearchParams(location.search).has('sample')) {
  // The README's way to try it with data: the sample company, fetched beside the bundle.
  const { seedSampleCompany, SAMPLE_IDS } = await loadSample();
  const sample = new MemoryAdapter();
  await seedSampleCompany(sample);
  const provider = document.querySelector('#provider');
  provider.setAttribute('viewer-id', SAMPLE_IDS.rep);
  provider.querySelector('quota-to-goal-meter').setAttribute('person-id', SAMPLE_IDS.rep);
  provider.querySelector('goal-card').setAttribute('goal-id', SAMPLE_IDS.goal);
  provider.querySelector('recognition-feed').setAttribute('team-id', SAMPLE_IDS.team);
  provider.storage = sample;
} else {
  document.querySelector('#provider').storage = store;
}
if (new URLSearchParams(location.search).has('chart')) {
  document.querySelector('#provider').append(Object.assign(document.createElement('attainment-chart'), { id: 'chart' }));
  document.querySelector('#chart').setAttribute('person-id', 'p-maya');
}
window.goalpostReady = GOALPOST_VERSION;
