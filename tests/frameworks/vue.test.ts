/**
 * Goalpost's elements inside a Vue 3 application (`createApp` and `h()`, the real `vue` runtime)
 * in Chromium: content from a provider's storage, objects passed as properties, `onGoalpost…`
 * listeners fired by what a person does, and reactive state that changes what the elements show.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GoalpostProvider } from '../../src/elements/goalpost-provider/goalpost-provider.js';
import type { CommissionWhatIf, WhatIfChangeDetail } from '../../src/elements/commission-what-if/commission-what-if.js';
import type { GoalSaveDetail } from '../../src/elements/goal-card/goal-card.js';
import type { PersonalGoal } from '../../src/core/types.js';
import type { SeededCompany } from '../support/company.js';
import { consoleComplaints, loadPage, retitleGoal, shown, untilShown } from './support.js';
import type * as VuePageModule from './vue.page.js';

type VuePage = typeof VuePageModule;

let page: VuePage;
let company: SeededCompany;
let container: HTMLDivElement;
let mounted: VuePageModule.MountedPlanner | undefined;
let lakeHouse: PersonalGoal;
let yearOff: PersonalGoal;

function plannerProps(overrides: Partial<VuePageModule.PlannerProps> = {}): VuePageModule.PlannerProps {
  return { storage: company.system, viewerId: company.company.viewers.repId, today: page.SAMPLE_TODAY, goalId: lakeHouse.id, ...overrides };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  const found = container.querySelector(tag);
  if (!found) throw new Error(`Vue rendered no <${tag}>`);
  return found;
}

/** What the what-if's deal rows hold, as the person sees them in the amount fields. */
function dealAmounts(whatIf: CommissionWhatIf): string[] {
  return [...whatIf.shadowRoot!.querySelectorAll<HTMLInputElement>('.deal input[inputmode]')].map((input) => input.value);
}

async function untilPlanShown(whatIf: CommissionWhatIf): Promise<void> {
  await waitUntil(() => whatIf.shadowRoot?.querySelector('.plan-words') && whatIf.shadowRoot.querySelector('input[type="range"]'), 'the what-if shows the plan', { timeout: 5000 });
}

before(async () => {
  page = await loadPage<VuePage>('vue');
});

beforeEach(async () => {
  company = await page.seededCompany();
  const goals = company.company.goals.filter((g) => g.ownerId === company.company.viewers.repId);
  lakeHouse = goals.find((g) => g.title === 'Lake-house deposit')!;
  yearOff = goals.find((g) => g.title === 'A year off with the kids')!;
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  container.remove();
});

describe('Goalpost in Vue 3', () => {
  it('renders a goal card and a commission what-if from a memory-storage provider', async () => {
    const complaints = await consoleComplaints(async () => {
      mounted = page.mountPlanner(container, plannerProps({ storage: 'memory' }));
      const provider = el('goalpost-provider');
      expect(provider.storage).to.equal('memory');
      await page.seedStorage(provider.baseStorage, page.generateSampleCompany());
      await untilShown(el('goal-card'), 'Lake-house deposit');
      expect(shown(el('goal-card'))).to.contain(lakeHouse.why);
      await untilPlanShown(el('commission-what-if'));
      expect(shown(el('commission-what-if'))).to.contain('Add a deal or move the slider');
    });
    expect(complaints).to.deep.equal([]);
  });

  it('passes objects and arrays as properties, not as attributes', async () => {
    const deals = [{ amount: { amount: 12_000_000, currency: 'USD' }, closedOn: page.SAMPLE_TODAY }];
    mounted = page.mountPlanner(container, plannerProps({ deals }));
    const provider: GoalpostProvider = el('goalpost-provider');
    expect(provider.storage === company.system).to.equal(true);
    expect(provider.hasAttribute('storage')).to.equal(false);
    expect(provider.viewerId).to.equal(company.company.viewers.repId);
    const card = el('goal-card');
    expect(card.goalId).to.equal(lakeHouse.id);
    expect(card.className).to.equal('planner-goal');
    const whatIf = el('commission-what-if');
    expect(whatIf.deals === deals).to.equal(true);
    expect(whatIf.getAttribute('goal-id')).to.equal(lakeHouse.id);
    await untilPlanShown(whatIf);
    await waitUntil(() => dealAmounts(whatIf).length === 1, 'the deal handed in shows as a row');
    expect(dealAmounts(whatIf)).to.deep.equal(['120,000']);
    expect(shown(whatIf)).not.to.contain('Add a deal or move the slider');
  });

  it('calls onGoalpostWhatifChange and onGoalpostGoalSave listeners on what the person does', async () => {
    const changes: WhatIfChangeDetail[] = [];
    const saves: GoalSaveDetail[] = [];
    mounted = page.mountPlanner(container, plannerProps({ onWhatIf: (d) => changes.push(d), onGoalSave: (d) => saves.push(d) }));
    const whatIf = el('commission-what-if');
    await untilPlanShown(whatIf);
    whatIf.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => changes.length > 0, 'the listener hears the what-if', { timeout: 5000 });
    const last = changes.at(-1)!;
    expect(last.personId).to.equal(company.company.viewers.repId);
    expect(last.extra.amount).to.be.greaterThan(0);
    expect(last.commissionAfter.amount).to.be.greaterThan(last.commissionBefore.amount);
    // The listener set Vue state: Vue's own markup shows the figures.
    await waitUntil(() => /^With \$[\d,]+ more booked: \$[\d,]+ commission$/.test(container.querySelector('.whatif-note')!.textContent!), 'Vue shows the what-if');

    const card = el('goal-card');
    await untilShown(card, 'Lake-house deposit');
    await retitleGoal(card, 'Lake-house deposit (with a dock)');
    await waitUntil(() => saves.length === 1, 'the listener hears the save', { timeout: 5000 });
    expect(saves[0]!.goal.title).to.equal('Lake-house deposit (with a dock)');
    await waitUntil(() => container.querySelector('.saved-note')!.textContent === 'Saved “Lake-house deposit (with a dock)”', 'Vue shows the save');
  });

  it('changing reactive state updates the elements in place, and the newest listener is the only one called', async () => {
    const first: string[] = [];
    const second: string[] = [];
    mounted = page.mountPlanner(container, plannerProps({ onGoalSave: (d) => first.push(d.goal.title) }));
    const card = el('goal-card');
    const whatIf = el('commission-what-if');
    await untilShown(card, 'Lake-house deposit');
    await untilPlanShown(whatIf);
    expect(dealAmounts(whatIf)).to.deep.equal([]);

    mounted.state.goalId = yearOff.id;
    mounted.state.deals = [
      { amount: { amount: 5_000_000, currency: 'USD' }, closedOn: page.SAMPLE_TODAY },
      { amount: { amount: 7_500_000, currency: 'USD' }, closedOn: page.SAMPLE_TODAY },
    ];
    mounted.state.onGoalSave = (d) => second.push(d.goal.title);
    await untilShown(card, 'A year off with the kids');
    expect(el('goal-card') === card).to.equal(true);
    expect(card.goalId).to.equal(yearOff.id);
    expect(shown(card)).not.to.contain('Lake-house deposit');
    expect(whatIf.getAttribute('goal-id')).to.equal(yearOff.id);
    await waitUntil(() => dealAmounts(whatIf).length === 2, 'the new deals show as rows');
    expect(dealAmounts(whatIf)).to.deep.equal(['50,000', '75,000']);

    await retitleGoal(card, 'A year off with the kids, in Lisbon');
    await waitUntil(() => second.length === 1, 'the new listener is called', { timeout: 5000 });
    expect(second).to.deep.equal(['A year off with the kids, in Lisbon']);
    expect(first).to.deep.equal([]);
  });

  it('unmounting the app removes the elements', async () => {
    mounted = page.mountPlanner(container, plannerProps());
    await untilShown(el('goal-card'), 'Lake-house deposit');
    mounted.unmount();
    mounted = undefined;
    expect(container.querySelectorAll('goalpost-provider, goal-card, commission-what-if').length).to.equal(0);
  });
});
