/**
 * Languages as a user meets them: an element speaks its own `lang`, else the provider's locale,
 * else the page's; German and Arabic load on first use; Arabic reads right to left with the
 * layout mirrored; numbers, money and dates follow the language through Intl.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/goalpost-provider/define.js';
import '../../src/elements/goal-card/define.js';
import '../../src/elements/quota-to-goal-meter/define.js';
import type { GoalCard } from '../../src/elements/goal-card/goal-card.js';
import type { GoalpostProvider } from '../../src/elements/goalpost-provider/goalpost-provider.js';
import { registerMessages } from '../../src/i18n/messages.js';
import de from '../../src/i18n/de.js';
import ar from '../../src/i18n/ar.js';
import { en } from '../../src/i18n/en.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';
import type { PersonalGoal, Viewer } from '../../src/core/types.js';

let company: SeededCompany;
let maya: Viewer;
let goal: PersonalGoal;

const textOf = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

async function card(attrs: { lang?: string; dir?: string } = {}): Promise<GoalCard> {
  const element = await fixture<GoalCard>(html`<goal-card goal-id=${goal.id} lang=${attrs.lang ?? ''} .storage=${company.as(maya)}></goal-card>`);
  if (!attrs.lang) element.removeAttribute('lang');
  await waitUntil(() => element.shadowRoot?.querySelector('[role="meter"]'), 'the goal renders', { timeout: 5000 });
  return element;
}

beforeEach(async () => {
  document.documentElement.lang = 'en';
  document.documentElement.dir = '';
  company = await seededCompany();
  maya = { personId: company.company.viewers.repId, role: 'rep' };
  goal = company.company.goals.find((g) => g.ownerId === maya.personId && g.title === 'Lake-house deposit')!;
});

afterEach(() => {
  document.documentElement.lang = 'en';
  document.documentElement.dir = '';
});

describe('languages', () => {
  it('speaks German from its own lang, loading the German strings on first use, with German numbers', async () => {
    const element = await card({ lang: 'de' });
    await waitUntil(() => textOf(element).includes(de['goal.why']), 'German strings arrive', { timeout: 5000 });
    expect(textOf(element)).not.to.contain(en['goal.why']);
    expect(element.shadowRoot!.querySelector('.edit-button')!.textContent!.trim()).to.equal(de['common.edit']);
    // German money: dot for thousands, the currency sign after the amount.
    expect(textOf(element)).to.match(/100\.000\s\$/);
    expect(element.getAttribute('dir'), 'German needs no direction of its own').to.equal(null);
  });

  it('reads Arabic right to left with the funding bar filling from the right', async () => {
    const element = await card({ lang: 'ar' });
    await waitUntil(() => textOf(element).includes(ar['goal.why']), 'Arabic strings arrive', { timeout: 5000 });
    expect(element.getAttribute('dir')).to.equal('rtl');
    const track = element.shadowRoot!.querySelector('[role="meter"]')!.getBoundingClientRect();
    const fill = element.shadowRoot!.querySelector('[role="meter"] .fill')!.getBoundingClientRect();
    expect(fill.width, 'something is funded').to.be.greaterThan(10);
    expect(Math.abs(fill.right - track.right), 'the fill starts at the right edge').to.be.lessThan(2);
    expect(fill.left - track.left, 'and leaves the left part empty').to.be.greaterThan(10);
    // The title the rep typed in English keeps its own direction inside the Arabic card.
    expect(element.shadowRoot!.querySelector('h3')!.getAttribute('dir')).to.equal('auto');
  });

  it('follows the provider’s locale, and an element’s own lang beats it', async () => {
    const provider = await fixture<GoalpostProvider>(html`<goalpost-provider locale="de" viewer-id=${maya.personId} viewer-role="rep" now=${SAMPLE_TODAY}>
      <goal-card goal-id=${goal.id}></goal-card>
      <goal-card goal-id=${goal.id} lang="en"></goal-card>
    </goalpost-provider>`);
    provider.storage = company.system;
    const [german, english] = [...provider.querySelectorAll('goal-card')];
    await waitUntil(() => textOf(german!).includes(de['goal.why']), 'the provider’s German reaches the card', { timeout: 5000 });
    await waitUntil(() => textOf(english!).includes(en['goal.why']), 'the English card renders', { timeout: 5000 });
    expect(textOf(english!)).not.to.contain(de['goal.why']);

    // Switching the provider to Arabic switches the card, direction included.
    provider.locale = 'ar';
    await waitUntil(() => textOf(german!).includes(ar['goal.why']), 'Arabic replaces German', { timeout: 5000 });
    expect(german!.getAttribute('dir')).to.equal('rtl');
    provider.locale = 'de';
    await waitUntil(() => textOf(german!).includes(de['goal.why']), 'and back', { timeout: 5000 });
    expect(german!.getAttribute('dir'), 'the direction Goalpost set is taken back').to.equal(null);
  });

  it('takes the page’s language when nothing closer names one, and keeps English inside an Arabic page left to right', async () => {
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    const arabic = await card();
    await waitUntil(() => textOf(arabic).includes(ar['goal.why']), 'the page’s Arabic', { timeout: 5000 });
    expect(arabic.getAttribute('dir'), 'the page already reads right to left').to.equal(null);
    const english = await card({ lang: 'en' });
    expect(english.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(english).direction).to.equal('ltr');
  });

  it('lets an integrator’s own wording win over the shipped catalog', async () => {
    registerMessages('de', { 'goal.why': 'Darum geht es mir' });
    const element = await card({ lang: 'de-AT' });
    await waitUntil(() => textOf(element).includes('Darum geht es mir'), 'the integrator’s string shows', { timeout: 5000 });
    expect(textOf(element)).not.to.contain(`${de['goal.why']} `);
    registerMessages('de', { 'goal.why': de['goal.why'] });
  });

  it('formats money in the record’s own currency, whatever the language', async () => {
    const stored = (await company.system.get('goals', goal.id)) as PersonalGoal;
    await company.system.put('goals', { ...stored, target: { amount: 1_500_000, currency: 'JPY' }, saved: { amount: 250_000, currency: 'JPY' }, milestones: [] });
    const element = await card({ lang: 'de' });
    await waitUntil(() => textOf(element).includes('1.500.000 ¥'), 'yen, formatted the German way', { timeout: 5000 });
  });

  it('is accessible in Arabic', async () => {
    const element = await card({ lang: 'ar' });
    await waitUntil(() => textOf(element).includes(ar['goal.why']), 'Arabic strings arrive', { timeout: 5000 });
    await expect(element).to.be.accessible();
  });
});
