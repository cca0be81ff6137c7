/**
 * Goalpost's elements inside a React 19 application, rendered by the real react-dom in Chromium:
 * content from a provider's storage, objects passed as properties, `ongoalpost-*` handler props
 * fired by what a person does, and re-renders that change what the elements show.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { GoalpostProvider } from '../../src/elements/goalpost-provider/goalpost-provider.js';
import type { GoalCard } from '../../src/elements/goal-card/goal-card.js';
import type { RecognitionFeed } from '../../src/elements/recognition-feed/recognition-feed.js';
import type { GoalSaveDetail } from '../../src/elements/goal-card/goal-card.js';
import type { PersonalGoal } from '../../src/core/types.js';
import type { SeededCompany } from '../support/company.js';
import { consoleComplaints, loadPage, offeredValueTags, retitleGoal, shown, untilShown } from './support.js';
import type * as ReactPageModule from './react.page.js';

type ReactPage = typeof ReactPageModule;

let page: ReactPage;
let company: SeededCompany;
let container: HTMLDivElement;
let mounted: ReactPageModule.MountedPortal | undefined;
let lakeHouse: PersonalGoal;
let yearOff: PersonalGoal;

function portalProps(overrides: Partial<ReactPageModule.PortalProps> = {}): ReactPageModule.PortalProps {
  const v = company.company.viewers;
  return {
    storage: company.system,
    viewerId: v.repId,
    today: page.SAMPLE_TODAY,
    goalId: lakeHouse.id,
    teamId: company.company.people.find((p) => p.id === v.repId)!.teamId!,
    meterVariant: 'full',
    ...overrides,
  };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  const found = container.querySelector(tag);
  if (!found) throw new Error(`React rendered no <${tag}>`);
  return found;
}

before(async () => {
  page = await loadPage<ReactPage>('react');
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

describe('Goalpost in React 19', () => {
  it('renders a goal card, a quota meter and a recognition feed from a memory-storage provider', async () => {
    const complaints = await consoleComplaints(async () => {
      mounted = page.mountPortal(container, portalProps({ storage: 'memory' }));
      const provider = el('goalpost-provider');
      expect(provider.storage).to.equal('memory');
      // The provider made its own empty memory store; seed the sample company into it.
      await page.seedStorage(provider.baseStorage, page.generateSampleCompany());
      await untilShown(el('goal-card'), 'Lake-house deposit');
      expect(shown(el('goal-card'))).to.contain(lakeHouse.why);
      expect(shown(el('goal-card'))).to.contain('$100,000');
      await waitUntil(() => /\d+%/.test(shown(el('quota-to-goal-meter'))), 'the meter shows attainment', { timeout: 5000 });
      expect(shown(el('quota-to-goal-meter'))).to.contain('Lake-house deposit');
      const feed = el('recognition-feed');
      feed.scrollIntoView();
      await waitUntil(() => feed.shadowRoot!.querySelectorAll('article.post').length > 0, 'the feed shows posts', { timeout: 5000 });
    });
    expect(complaints).to.deep.equal([]);
  });

  it('passes objects and arrays as properties, not as attributes', async () => {
    mounted = page.mountPortal(container, portalProps({ valueTags: ['grit', 'craft'] }));
    const provider: GoalpostProvider = el('goalpost-provider');
    expect(provider.storage === company.system).to.equal(true);
    expect(provider.hasAttribute('storage')).to.equal(false);
    // viewer-id has no property of that name: React sets the attribute, and the provider reads it.
    expect(provider.getAttribute('viewer-id')).to.equal(company.company.viewers.repId);
    expect(provider.viewerId).to.equal(company.company.viewers.repId);
    const card: GoalCard = el('goal-card');
    expect(card.goalId).to.equal(lakeHouse.id);
    expect(card.className).to.equal('portal-goal');
    await untilShown(card, 'Lake-house deposit');
    const feed: RecognitionFeed = el('recognition-feed');
    expect(feed.suggestedValues).to.deep.equal(['grit', 'craft']);
    expect(await offeredValueTags(feed)).to.deep.equal(['#grit', '#craft']);
  });

  it('calls an ongoalpost-goal-save handler prop when the person saves the goal, and React re-renders from it', async () => {
    const saves: GoalSaveDetail[] = [];
    mounted = page.mountPortal(container, portalProps({ onGoalSave: (detail) => saves.push(detail) }));
    const card = el('goal-card');
    await untilShown(card, 'Lake-house deposit');
    await retitleGoal(card, 'Lake-house deposit (with a dock)');
    await waitUntil(() => saves.length === 1, 'the handler prop is called', { timeout: 5000 });
    expect(saves[0]!.goal.title).to.equal('Lake-house deposit (with a dock)');
    expect(saves[0]!.created).to.equal(false);
    // The handler set React state: React's own markup shows the save.
    await waitUntil(() => container.querySelector('.saved-note')!.textContent === 'Saved “Lake-house deposit (with a dock)”', 'React shows the save');
    await untilShown(card, 'Lake-house deposit (with a dock)');
    // The meter beside it reads the same store and follows.
    await untilShown(el('quota-to-goal-meter'), 'Lake-house deposit (with a dock)');
  });

  it('a re-render with new props updates the elements, and the newest handler is the only one called', async () => {
    const first: string[] = [];
    const second: string[] = [];
    mounted = page.mountPortal(container, portalProps({ onGoalSave: (d) => first.push(d.goal.title) }));
    const card = el('goal-card');
    const meter = el('quota-to-goal-meter');
    await untilShown(card, 'Lake-house deposit');
    expect(meter.getAttribute('variant')).to.equal('full');

    mounted.render(portalProps({ goalId: yearOff.id, meterVariant: 'compact', onGoalSave: (d) => second.push(d.goal.title) }));
    // The same elements, not new ones: React updated them in place.
    expect(el('goal-card') === card).to.equal(true);
    expect(card.goalId).to.equal(yearOff.id);
    await untilShown(card, 'A year off with the kids');
    expect(shown(card)).not.to.contain('Lake-house deposit');
    expect(meter.getAttribute('goal-id')).to.equal(yearOff.id);
    expect(meter.getAttribute('variant')).to.equal('compact');
    await untilShown(meter, 'A year off with the kids');

    await retitleGoal(card, 'A year off with the kids, in Lisbon');
    await waitUntil(() => second.length === 1, 'the new handler is called', { timeout: 5000 });
    expect(second).to.deep.equal(['A year off with the kids, in Lisbon']);
    expect(first).to.deep.equal([]);
  });

  it('unmounting removes the elements, and mounting again renders them afresh', async () => {
    mounted = page.mountPortal(container, portalProps());
    const card = el('goal-card');
    await untilShown(card, 'Lake-house deposit');
    mounted.unmount();
    mounted = undefined;
    expect(container.querySelectorAll('goalpost-provider, goal-card, quota-to-goal-meter, recognition-feed').length).to.equal(0);
    expect(card.isConnected).to.equal(false);
    mounted = page.mountPortal(container, portalProps({ goalId: yearOff.id }));
    expect(el('goal-card') === card).to.equal(false);
    await untilShown(el('goal-card'), 'A year off with the kids');
  });
});
