import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/goalpost-provider/define.js';
import '../../src/elements/goal-card/define.js';
import type { GoalpostProvider } from '../../src/elements/goalpost-provider/goalpost-provider.js';
import type { GoalCard } from '../../src/elements/goal-card/goal-card.js';
import { GoalCard as GoalCardClass } from '../../src/elements/goal-card/goal-card.js';
import { define, tagFor } from '../../src/define.js';
import { provideGoalpost } from '../../src/context/host-provider.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';
import type { MotivationProfile, Recognition } from '../../src/core/types.js';
import { commissionFor } from '../../src/core/commission.js';
import { pace } from '../../src/core/quota-to-goal.js';

let company: SeededCompany;

async function settled(card: GoalCard): Promise<string> {
  for (let i = 0; i < 100; i += 1) {
    await card.updateComplete;
    if (card.shadowRoot!.querySelector('[aria-busy="false"]') && !card.shadowRoot!.querySelector('.skeleton')) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  return card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

async function waitUntilText(card: GoalCard, text: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if ((await settled(card)).includes(text)) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  expect.fail(`"${text}" never appeared`);
}

beforeEach(async () => {
  company = await seededCompany();
});

describe('goalpost-provider', () => {
  it('gives every element inside it storage filtered for the viewer it names', async () => {
    const goal = company.company.goals.find((g) => g.ownerId === company.company.viewers.repId && g.visibility === 'manager-summary')!;
    const provider = await fixture<GoalpostProvider>(html`<goalpost-provider viewer-id=${company.company.viewers.managerId} viewer-role="manager" now=${SAMPLE_TODAY}>
      <goal-card goal-id=${goal.id}></goal-card>
    </goalpost-provider>`);
    provider.storage = company.system;
    const card = provider.querySelector('goal-card')!;
    const text = await settled(card);
    expect(text).to.contain('summary');
    expect(card.shadowRoot!.innerHTML).not.to.contain(goal.title);
    // Switching the viewer to the owner re-reads: the whole goal appears.
    provider.setAttribute('viewer-id', company.company.viewers.repId);
    provider.setAttribute('viewer-role', 'rep');
    await provider.updateComplete;
    for (let i = 0; i < 100 && !card.shadowRoot!.textContent!.includes(goal.title); i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(card.shadowRoot!.textContent).to.contain(goal.title);
  });

  it('serves nobody in particular when no viewer is named, never the unfiltered store', async () => {
    const goal = company.company.goals.find((g) => g.visibility === 'private')!;
    const provider = await fixture<GoalpostProvider>(html`<goalpost-provider now=${SAMPLE_TODAY}>
      <goal-card goal-id=${goal.id}></goal-card>
    </goalpost-provider>`);
    provider.storage = company.system;
    const card = provider.querySelector('goal-card')!;
    const text = await settled(card);
    expect(text).to.contain('could not be found, or it is not shared with you');
    expect(card.shadowRoot!.innerHTML).not.to.contain(goal.title);
  });

  it('looks up the viewer’s role when it is not given, serving the least privileged role meanwhile', async () => {
    const provider = await fixture<GoalpostProvider>(html`<goalpost-provider viewer-id=${company.company.viewers.leaderId}></goalpost-provider>`);
    provider.storage = company.system;
    expect(provider.currentViewer!.role).to.equal('rep');
    for (let i = 0; i < 100 && provider.currentViewer!.role === 'rep'; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(provider.currentViewer!.role).to.equal('leader');
  });

  it('creates memory storage when asked, and an element’s own storage property beats the provider', async () => {
    const goal = company.company.goals.find((g) => g.ownerId === company.company.viewers.repId)!;
    const provider = await fixture<GoalpostProvider>(html`<goalpost-provider storage="memory" viewer-id=${company.company.viewers.repId} viewer-role="rep">
      <goal-card goal-id=${goal.id}></goal-card>
    </goalpost-provider>`);
    const card = provider.querySelector('goal-card')!;
    expect(await settled(card)).to.contain('could not be found');
    card.storage = company.as({ personId: company.company.viewers.repId, role: 'rep' });
    expect(await settled(card)).to.contain(goal.title);
  });

  it('reads from a REST backend with storage="http", loading the HTTP adapter only then', async () => {
    const base = `/api/s/provider-${crypto.randomUUID()}`;
    const reset = await fetch(`${base}/_reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ seed: true }) });
    expect(reset.ok).to.equal(true);
    const v = company.company.viewers;
    const goal = company.company.goals.find((g) => g.ownerId === v.repId && g.title === 'Lake-house deposit')!;
    const provider = await fixture<GoalpostProvider>(html`<goalpost-provider storage="http" endpoint=${base} viewer-id=${v.repId} viewer-role="rep">
      <goal-card goal-id=${goal.id}></goal-card>
    </goalpost-provider>`);
    const card = provider.querySelector('goal-card')!;
    for (let i = 0; i < 300 && !card.shadowRoot!.textContent!.includes('Lake-house deposit'); i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(card.shadowRoot!.textContent).to.contain('Lake-house deposit');
    await fetch(`${base}/_drop`, { method: 'POST' });
  });

  it('keeps working in memory with a visible warning when the browser refuses IndexedDB', async () => {
    const realOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function refuse(): IDBOpenDBRequest {
      throw new DOMException('Access to storage is not allowed from this context.', 'SecurityError');
    };
    try {
      const maya = company.company.viewers.repId;
      const provider = await fixture<GoalpostProvider>(html`<goalpost-provider db-name="refused-${Date.now()}" viewer-id=${maya} viewer-role="rep" now=${SAMPLE_TODAY}>
        <goal-card goal-id="goal-typed-here"></goal-card>
      </goalpost-provider>`);
      const heard = new Promise((resolve) => provider.addEventListener('goalpost-storage-fallback', resolve, { once: true }));
      const { version: _version, ...person } = company.company.people.find((candidate) => candidate.id === maya)!;
      await provider.baseStorage.put('people', person);
      await heard;
      await provider.updateComplete;
      const warning = provider.shadowRoot!.querySelector('[role="alert"]');
      expect(warning?.textContent).to.match(/Not saving\..*lasts only until you close the page/s);
      expect(warning!.getBoundingClientRect().height, 'the warning is on screen, not hidden').to.be.greaterThan(0);
      // What the rep adds still works for this page's life.
      await provider.baseStorage.withViewer({ personId: maya, role: 'rep' }).put('goals', {
        id: 'goal-typed-here', ownerId: maya, title: 'Typed in private mode', why: 'To see the sea', category: 'travel', status: 'active',
        visibility: 'private', fundingShare: 0.1, milestones: [], cadence: 'monthly', writtenOn: '2026-11-01',
      } as never);
      // The card, which found nothing at first, follows the write by itself.
      const card = provider.querySelector('goal-card')!;
      await waitUntilText(card, 'Typed in private mode');
      await expect(provider).to.be.accessible();
    } finally {
      IDBFactory.prototype.open = realOpen;
    }
  });

  it('shows no warning when IndexedDB works', async () => {
    const provider = await fixture<GoalpostProvider>(html`<goalpost-provider db-name="works-${Date.now()}" viewer-id="someone"></goalpost-provider>`);
    await provider.baseStorage.list('people');
    await provider.updateComplete;
    expect(provider.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await provider.baseStorage.close();
  });

  it('pins the clock with now, so relative dates read the same in every run', async () => {
    const provider = await fixture<GoalpostProvider>(html`<goalpost-provider now="2030-01-02"></goalpost-provider>`);
    const card = document.createElement('goal-card');
    provider.append(card);
    await card.updateComplete;
    expect(card.today()).to.equal('2030-01-02');
  });

  it('celebrates automatically when the rep’s own booking crosses a tier', async () => {
    const v = company.company.viewers;
    const maya = { personId: v.repId, role: 'rep' as const };
    const profile = company.company.profiles.find((p) => p.ownerId === v.repId)!;
    expect(profile.autoCelebrate).to.equal(true);
    const provider = await fixture<GoalpostProvider>(html`<goalpost-provider viewer-id=${v.repId} viewer-role="rep" now=${SAMPLE_TODAY}></goalpost-provider>`);
    provider.storage = company.system;
    await provider.updateComplete;
    await provider.celebrationsIdle();
    const plan = company.company.plans.find((p) => p.ownerId === v.repId)!;
    const bookings = company.company.bookings.filter((b) => b.ownerId === v.repId);
    const booked = pace(plan, bookings, SAMPLE_TODAY).booked.amount;
    const tier = commissionFor(plan, booked).tierReached;
    const next = plan.tiers[tier + 1]!;
    const needed = Math.ceil(next.from * plan.quota) - booked;
    await company.as(maya).put('bookings', { ownerId: v.repId, amount: { amount: needed, currency: 'USD' }, closedOn: SAMPLE_TODAY, label: 'Big renewal' });
    await new Promise((r) => setTimeout(r, 20));
    await provider.celebrationsIdle();
    const posts = (await company.system.list('recognitions', { where: { fromId: v.repId } })).items as Recognition[];
    const auto = posts.filter((p) => p.automatic);
    expect(auto.length).to.equal(1);
    expect(auto[0]!.message).to.match(/^Maya just reached \d+% of Q4 2026 quota — the ×[\d.]+ tier is unlocked\.$/);
    expect(auto[0]!.audience).to.equal((profile as MotivationProfile).recognitionPreference === 'public' ? 'team' : 'private');
  });

  it('posts the celebration in the page’s language, as the rep’s own posts would be', async () => {
    const v = company.company.viewers;
    const maya = { personId: v.repId, role: 'rep' as const };
    const provider = await fixture<GoalpostProvider>(html`<goalpost-provider viewer-id=${v.repId} viewer-role="rep" locale="de-DE" now=${SAMPLE_TODAY}></goalpost-provider>`);
    provider.storage = company.system;
    await provider.updateComplete;
    await provider.celebrationsIdle();
    const plan = company.company.plans.find((p) => p.ownerId === v.repId)!;
    const booked = pace(plan, company.company.bookings.filter((b) => b.ownerId === v.repId), SAMPLE_TODAY).booked.amount;
    const next = plan.tiers[commissionFor(plan, booked).tierReached + 1]!;
    await company.as(maya).put('bookings', { ownerId: v.repId, amount: { amount: Math.ceil(next.from * plan.quota) - booked, currency: 'USD' }, closedOn: SAMPLE_TODAY, label: 'Großer Abschluss' });
    await new Promise((r) => setTimeout(r, 20));
    await provider.celebrationsIdle();
    const auto = ((await company.system.list('recognitions', { where: { fromId: v.repId } })).items as Recognition[]).filter((p) => p.automatic);
    expect(auto.length).to.equal(1);
    expect(auto[0]!.message).to.match(/^Maya hat gerade \d+\u00a0% der Quota für Q4 2026 erreicht — die ×[\d,]+-Stufe ist freigeschaltet\.$/);
  });
});

describe('registration', () => {
  it('does nothing when the same class registers again', () => {
    expect(define('goal-card', GoalCardClass)).to.equal('already-defined');
  });

  it('warns, naming both versions, when another copy of Goalpost owns the tag', () => {
    class OtherCopy extends HTMLElement {
      static goalpostVersion = '0.0.9';
    }
    customElements.define('goalpost-test-other-copy', OtherCopy);
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(define('goalpost-test-other-copy', GoalCardClass)).to.equal('other-version');
    } finally {
      console.warn = original;
    }
    expect(String(warnings[0]![0])).to.contain('Goalpost 0.0.9').and.to.contain('Goalpost 0.1.0');
  });

  it('logs a clear error and never throws when a foreign element owns the tag', () => {
    class Foreign extends HTMLElement {}
    customElements.define('goalpost-test-foreign', Foreign);
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(define('goalpost-test-foreign', GoalCardClass)).to.equal('foreign');
    } finally {
      console.error = original;
    }
    expect(String(errors[0]![0])).to.contain('already belongs to another library');
    expect(customElements.get('goalpost-test-foreign')).to.equal(Foreign);
  });

  it('lets an integrator register a Goalpost element under another name, and finds that name', async () => {
    class RenamedCard extends GoalCardClass {}
    expect(define('acme-goal-card', RenamedCard)).to.equal('defined');
    expect(tagFor(RenamedCard, 'goal-card')).to.equal('acme-goal-card');
    const el = document.createElement('acme-goal-card') as GoalCard;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('No goal to show yet');
    el.remove();
  });
});

describe('provideGoalpost (a host page without Lit)', () => {
  it('answers context requests from a plain element, and updates elements when the viewer changes', async () => {
    const v = company.company.viewers;
    const goal = company.company.goals.find((g) => g.ownerId === v.repId && g.visibility === 'manager')!;
    // A plain element of the host page (not a fixture: fixtures of plain elements wait for an
    // animation frame, which a background test tab never gets).
    const host = document.createElement('div');
    document.body.append(host);
    const provider = provideGoalpost(host, { storage: company.as({ personId: v.otherManagerId, role: 'manager' }) });
    const card = document.createElement('goal-card');
    card.setAttribute('goal-id', goal.id);
    host.append(card);
    expect(await settled(card)).to.contain('could not be found');
    provider.update({ storage: company.as({ personId: v.managerId, role: 'manager' }) });
    for (let i = 0; i < 100 && !card.shadowRoot!.textContent!.includes(goal.title); i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(card.shadowRoot!.textContent).to.contain(goal.title);
    provider.disconnect();
    host.remove();
  });
});
