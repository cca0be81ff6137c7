// The adapter docs/storage-adapters.md walks through, held to the same contract as Goalpost's own.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/goalpost-provider/define.js';
import '../../src/elements/goal-card/define.js';
import type { GoalpostProvider } from '../../src/elements/goalpost-provider/goalpost-provider.js';
import { runStorageConformance } from '../../src/testing.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../../src/core/sample-data.js';
import { seedStorage } from '../../src/core/seed.js';
import type { ChangeEvent } from '../../src/storage/adapter.js';
import type { Draft, PersonalGoal } from '../../src/core/types.js';
import { LocalStorageAdapter } from './example-adapter.js';

let stores = 0;
const freshKey = () => `goalpost-example-${Date.now()}-${(stores += 1)}`;

runStorageConformance('LocalStorageAdapter (the guide\'s example)', () => new LocalStorageAdapter({ key: freshKey() }), {
  teardown: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('goalpost-example-')) localStorage.removeItem(key);
  },
});

const goal: Draft<PersonalGoal> = {
  ownerId: 'ravi', title: 'Year off', why: 'Time with the kids', category: 'family', writtenOn: '2026-01-01', fundingShare: 0.2,
  milestones: [], status: 'active', visibility: 'private', cadence: 'quarterly',
};

describe('LocalStorageAdapter', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('goalpost-example-')) localStorage.removeItem(key);
  });

  it('keeps what was saved for the next page load', async () => {
    const key = freshKey();
    const before = new LocalStorageAdapter({ key });
    const saved = await before.put('goals', goal);
    await before.close();
    const after = new LocalStorageAdapter({ key });
    expect((await after.get('goals', saved.id) as PersonalGoal).title).to.equal('Year off');
    await after.close();
  });

  it('tells subscribers about a write another tab made', async () => {
    const key = freshKey();
    const thisTab = new LocalStorageAdapter({ key });
    const heard: ChangeEvent[] = [];
    thisTab.subscribe((change) => heard.push(change));
    // What another tab's write looks like from here: the browser fires `storage` with both versions.
    const oldValue = localStorage.getItem(key);
    const otherTab = new LocalStorageAdapter({ key });
    const saved = await otherTab.put('goals', goal);
    await otherTab.close();
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: localStorage.getItem(key), storageArea: localStorage }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard.map((change) => `${change.type} ${change.id} v${change.version} ${change.origin}`))
      .to.deep.equal([`put ${saved.id} v1 other-tab`]);
    await thisTab.close();
  });

  it('refuses a write that does not fit, and keeps what was there', async () => {
    const key = freshKey();
    let full = false;
    const area: Storage = {
      get length() { return localStorage.length; },
      key: (index) => localStorage.key(index),
      getItem: (name) => localStorage.getItem(name),
      removeItem: (name) => localStorage.removeItem(name),
      clear: () => localStorage.clear(),
      setItem: (name, value) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        localStorage.setItem(name, value);
      },
    };
    const store = new LocalStorageAdapter({ key, area });
    const saved = await store.put('goals', goal);
    full = true;
    let code: string | undefined;
    try {
      await store.put('goals', { ...saved, title: 'A longer year off' });
    } catch (error) {
      code = (error as { code?: string }).code;
    }
    expect(code).to.equal('quota-exceeded');
    expect((await store.get('goals', saved.id) as PersonalGoal).title).to.equal('Year off');
    await store.close();
  });
});

describe('LocalStorageAdapter behind goalpost-provider', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('goalpost-example-')) localStorage.removeItem(key);
  });

  it('serves the elements inside, filtered for the provider\'s viewer', async () => {
    const company = generateSampleCompany();
    const storage = new LocalStorageAdapter({ key: freshKey() });
    await seedStorage(storage, company);
    const { repId, managerId } = company.viewers;
    const shared = company.goals.find((g) => g.ownerId === repId && g.visibility === 'manager-summary')!;
    const provider = await fixture<GoalpostProvider>(html`<goalpost-provider viewer-id=${managerId} viewer-role="manager" now=${SAMPLE_TODAY}>
      <goal-card goal-id=${shared.id}></goal-card>
    </goalpost-provider>`);
    provider.storage = storage;
    const card = provider.querySelector('goal-card')!;
    const text = () => card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    for (let i = 0; i < 200 && !text().includes('summary'); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(text()).to.contain('summary');
    expect(card.shadowRoot!.innerHTML.includes(shared.title), 'the manager never receives the title').to.equal(false);
    await storage.close();
  });
});
