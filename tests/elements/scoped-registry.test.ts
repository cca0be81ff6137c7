/**
 * Goalpost inside a scoped custom element registry, on a page where another library already owns
 * `goal-card` in the global registry. Nothing here imports a define entry: the integrator
 * registers Goalpost's classes in their own registry, and elements Goalpost renders inside
 * (the board's goal cards, meters and check-ins) resolve in that registry too.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { define } from '../../src/define.js';
import { GoalpostProvider } from '../../src/elements/goalpost-provider/goalpost-provider.js';
import { GoalCard } from '../../src/elements/goal-card/goal-card.js';
import { QuotaToGoalMeter } from '../../src/elements/quota-to-goal-meter/quota-to-goal-meter.js';
import { GoalCheckin } from '../../src/elements/goal-checkin/goal-checkin.js';
import { TeamGoalsBoard } from '../../src/elements/team-goals-board/team-goals-board.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';

/** Another library's element that happens to be called goal-card. */
class ForeignGoalCard extends HTMLElement {
  connectedCallback(): void {
    this.textContent = 'someone else’s goal card';
  }
}

const hasScopedRegistries = (() => {
  try {
    return typeof CustomElementRegistry === 'function' && new CustomElementRegistry() instanceof CustomElementRegistry;
  } catch {
    return false;
  }
})();

describe('scoped custom element registries', () => {
  it('this Chromium has them (the tests below rely on it)', () => {
    expect(hasScopedRegistries).to.equal(true);
  });

  it('renders Goalpost from a scoped registry while the global goal-card belongs to another library', async () => {
    customElements.define('goal-card', ForeignGoalCard);
    const registry = new CustomElementRegistry();
    for (const [tag, ctor] of [['goalpost-provider', GoalpostProvider], ['goal-card', GoalCard], ['quota-to-goal-meter', QuotaToGoalMeter], ['goal-checkin', GoalCheckin], ['team-goals-board', TeamGoalsBoard]] as const) {
      expect(define(tag, ctor, registry), tag).to.equal('defined');
    }
    expect(customElements.getName(GoalCard), 'Goalpost stays out of the global registry').to.equal(null);

    const company = await seededCompany();
    const { repId, managerId } = company.company.viewers;
    const goal = company.company.goals.find((g) => g.ownerId === repId && g.visibility !== 'private')!;
    const host = document.createElement('div');
    document.body.append(host, Object.assign(document.createElement('goal-card'), { id: 'theirs' }));
    const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    root.innerHTML = `<goalpost-provider viewer-id="${managerId}" viewer-role="manager" now="${SAMPLE_TODAY}">
      <goal-card goal-id="${goal.id}"></goal-card>
      <team-goals-board></team-goals-board>
    </goalpost-provider>`;
    const provider = root.querySelector('goalpost-provider') as GoalpostProvider;
    provider.storage = company.system;

    const card = root.querySelector('goal-card')!;
    expect(card instanceof GoalCard, 'the scoped goal-card is Goalpost’s').to.equal(true);
    expect(document.getElementById('theirs')!.textContent).to.equal('someone else’s goal card');
    await waitUntil(() => card.shadowRoot?.textContent?.includes(goal.title), 'the goal card renders the goal', { timeout: 5000 });

    // The board opens a rep in place: the cards, meter and check-ins it renders come from the same registry.
    const board = root.querySelector('team-goals-board') as TeamGoalsBoard;
    const row = () => board.shadowRoot!.querySelector<HTMLButtonElement>(`button.rep-button[data-rep="${repId}"]`);
    await waitUntil(row, 'the board lists the rep', { timeout: 5000 });
    row()!.click();
    // The details' code loads on first open: wait for what it draws, not for the row's frame.
    await waitUntil(() => board.shadowRoot!.querySelector('.detail-row .detail-grid'), 'the rep’s details open', { timeout: 5000 });
    const detail = board.shadowRoot!.querySelector('.detail-row')!;
    const nested = [...detail.querySelectorAll('goal-card, quota-to-goal-meter, goal-checkin')];
    expect(nested.length).to.be.greaterThan(2);
    expect(nested.filter((el) => !(el instanceof GoalCard || el instanceof QuotaToGoalMeter || el instanceof GoalCheckin)).map((el) => el.localName), 'nested elements left un-upgraded or foreign').to.deep.equal([]);
    await waitUntil(() => detail.querySelector('quota-to-goal-meter')?.shadowRoot?.querySelector('[role="meter"]'), 'the nested meter renders', { timeout: 5000 });
    host.remove();
    document.getElementById('theirs')!.remove();
  });
});
