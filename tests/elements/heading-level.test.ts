/**
 * Elements fit the page's outline: `heading-level` moves an element's headings, so a page with
 * an h1 and an element right under it reads as one outline with no level skipped (axe's
 * heading-order), and the board's nested cards sit below the rep they belong to.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/quota-to-goal-meter/define.js';
import '../../src/elements/team-goals-board/define.js';
import '../../src/elements/recognition-feed/define.js';
import type { QuotaToGoalMeter } from '../../src/elements/quota-to-goal-meter/quota-to-goal-meter.js';
import type { TeamGoalsBoard } from '../../src/elements/team-goals-board/team-goals-board.js';
import type { RecognitionFeed } from '../../src/elements/recognition-feed/recognition-feed.js';
import { seededCompany } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';

let company: SeededCompany;

/** Every heading's level as assistive technology reads it, through shadow roots, in document order. */
function outline(root: ParentNode): number[] {
  const levels: number[] = [];
  for (const node of root.querySelectorAll('*')) {
    const match = /^h([1-6])$/.exec(node.localName);
    if (match) levels.push(Number(node.getAttribute('aria-level') ?? match[1]));
    if (node.shadowRoot) levels.push(...outline(node.shadowRoot));
  }
  return levels;
}

beforeEach(async () => {
  document.documentElement.lang = 'en-US';
  company = await seededCompany();
});

describe('heading-level', () => {
  it('puts the meter’s heading at the level the page asks for, and none skips a level', async () => {
    const maya = { personId: company.company.viewers.repId, role: 'rep' as const };
    const page = await fixture<HTMLElement>(html`<main><h1>Welcome back, Maya</h1>
      <quota-to-goal-meter heading-level="2" person-id=${maya.personId} .storage=${company.as(maya)}></quota-to-goal-meter></main>`);
    const meter = page.querySelector<QuotaToGoalMeter>('quota-to-goal-meter')!;
    await waitUntil(() => meter.shadowRoot?.querySelector('[role="meter"]'), 'the meter renders', { timeout: 5000 });
    const levels = outline(page);
    expect(levels.slice(0, 2)).to.deep.equal([1, 2]);
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1), `outline ${levels.join(' ')}`).to.equal(true);
    await expect(page).to.be.accessible();
  });

  it('without it, an element keeps its own levels and writes no aria-level', async () => {
    const maya = { personId: company.company.viewers.repId, role: 'rep' as const };
    const meter = await fixture<QuotaToGoalMeter>(html`<quota-to-goal-meter person-id=${maya.personId} .storage=${company.as(maya)}></quota-to-goal-meter>`);
    await waitUntil(() => meter.shadowRoot?.querySelector('[role="meter"]'), 'the meter renders', { timeout: 5000 });
    expect(meter.shadowRoot!.querySelectorAll('[aria-level]').length).to.equal(0);
    expect(outline(meter.shadowRoot!)[0]).to.equal(3);
  });

  it('puts the feed’s composer, loaded when it first opens, one level below the feed’s heading', async () => {
    const maya = { personId: company.company.viewers.repId, role: 'rep' as const };
    const page = await fixture<HTMLElement>(html`<main><h1>Team West</h1><section><h2>This week</h2>
      <recognition-feed heading-level="3" team-id="team-west" .storage=${company.as(maya)}></recognition-feed></section></main>`);
    const feed = page.querySelector<RecognitionFeed>('recognition-feed')!;
    await waitUntil(() => feed.shadowRoot?.querySelector('#composer-toggle'), 'the feed renders', { timeout: 5000 });
    feed.shadowRoot!.querySelector<HTMLButtonElement>('#composer-toggle')!.click();
    await waitUntil(() => feed.shadowRoot!.querySelector('#composer-title'), 'the composer opens', { timeout: 5000 });
    expect(outline(page)).to.deep.equal([1, 2, 3, 4]);
  });

  it('nests a rep’s goal cards, meter and check-ins below the rep in the board’s outline', async () => {
    const dana = { personId: company.company.viewers.managerId, role: 'manager' as const };
    const board = await fixture<TeamGoalsBoard>(html`<team-goals-board heading-level="2" .storage=${company.as(dana)}></team-goals-board>`);
    const row = () => board.shadowRoot!.querySelector<HTMLButtonElement>(`button.rep-button[data-rep="${company.company.viewers.repId}"]`);
    await waitUntil(row, 'the board lists Maya', { timeout: 5000 });
    row()!.click();
    await waitUntil(() => board.shadowRoot!.querySelector('.detail-row quota-to-goal-meter')?.shadowRoot?.querySelector('h3'), 'Maya’s details render', { timeout: 5000 });
    const levels = outline(board.shadowRoot!);
    expect(levels[0]).to.equal(2);
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1), `outline ${levels.join(' ')}`).to.equal(true);
    // Maya's name is a level below the board, her sections below her, her cards below those.
    expect(levels).to.include.members([3, 4, 5]);
  });
});
