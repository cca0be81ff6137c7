/**
 * Validation problems and storage errors as a German or Arabic reader meets them: the goal-card
 * form says what is wrong in the card's own language, beside each field (which is marked invalid
 * and described by that message) and in the list above the form; a failed save or read says what
 * went wrong in that language too. Expected words come from the catalogs, never typed here.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/goal-card/define.js';
import type { GoalCard } from '../../src/elements/goal-card/goal-card.js';
import { seededCompany } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';
import { LIMITS } from '../../src/core/validation.js';
import { QuotaExceededError, UnavailableError } from '../../src/core/errors.js';
import type { PersonalGoal, Viewer } from '../../src/core/types.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { en } from '../../src/i18n/en.js';
import de from '../../src/i18n/de.js';
import ar from '../../src/i18n/ar.js';
import type { CompleteCatalog } from '../../src/i18n/messages.js';

let company: SeededCompany;
let maya: Viewer;

beforeEach(async () => {
  company = await seededCompany();
  maya = { personId: company.company.viewers.repId, role: 'rep' };
});

function $(card: GoalCard, selector: string): HTMLElement {
  const found = card.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in the card`);
  return found;
}

function textOf(card: GoalCard): string {
  return card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

/** A create form in `lang`, once the form and that language's strings have arrived. */
async function createForm(lang: string, catalog: CompleteCatalog, storage: StorageAdapter = company.as(maya)): Promise<GoalCard> {
  const card = await fixture<GoalCard>(html`<goal-card mode="create" lang=${lang} .storage=${storage}></goal-card>`);
  // The form arrives with its own code, and its title in `lang` once that language's strings have.
  await waitUntil(() => card.shadowRoot!.querySelector('#form-title')?.textContent!.trim() === catalog['goal.createTitle'], `the ${lang} form opens`, { timeout: 5000 });
  return card;
}

function setValue(card: GoalCard, id: string, value: string): void {
  const input = $(card, `#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function submit(card: GoalCard): Promise<void> {
  $(card, 'button[type="submit"]').click();
  await card.updateComplete;
}

/** What a screen reader hears as the field's description: the texts its aria-describedby names. */
function description(card: GoalCard, id: string): string {
  const ids = ($(card, `#${id}`).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((described) => $(card, `#${described}`).textContent!.trim()).join(' ');
}

/** The messages listed above the form. */
function listed(card: GoalCard): string[] {
  return [...card.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent!.trim());
}

/** A field's problem as the reader sees it: the field invalid, and its error text. */
function fieldProblem(card: GoalCard, id: string): { invalid: string | null; error: string; described: boolean } {
  const error = $(card, `#${id}-error`).textContent!.trim();
  return { invalid: $(card, `#${id}`).getAttribute('aria-invalid'), error, described: description(card, id).includes(error) };
}

describe('validation problems in the reader’s language', () => {
  for (const { lang, catalog } of [{ lang: 'de', catalog: de }, { lang: 'ar', catalog: ar }] as const) {
    it(`an empty ${lang} form says what is missing in ${lang}, beside each field and above the form`, async () => {
      const card = await createForm(lang, catalog);
      await submit(card);
      for (const [id, key] of [['title', 'problem.goalTitle'], ['why', 'problem.goalWhy']] as const) {
        const seen = fieldProblem(card, id);
        expect(seen.invalid, id).to.equal('true');
        expect(seen.error, id).to.equal(catalog[key]);
        expect(seen.described, `${id} is described by its problem`).to.equal(true);
        expect(seen.error, id).not.to.equal(en[key]);
      }
      expect(listed(card)).to.deep.equal([catalog['problem.goalTitle'], catalog['problem.goalWhy']]);
      expect($(card, '.error-box[role="alert"]').textContent).to.contain(catalog['goal.problems']({ count: 2 }));
      expect(card.shadowRoot!.activeElement?.id).to.equal('title');
    });

    it(`a ${lang} form with a long title, a share over 100% and a date in the past names the field in ${lang}`, async () => {
      const card = await createForm(lang, catalog);
      setValue(card, 'title', 't'.repeat(LIMITS.title + 1));
      setValue(card, 'why', 'Because it matters.');
      setValue(card, 'fundingShare', '150');
      setValue(card, 'targetDate', '2020-01-01');
      await submit(card);
      const tooLong = catalog['problem.tooLong']({ name: catalog['field.title'], max: LIMITS.title });
      expect(tooLong).to.include(String(LIMITS.title));
      expect(fieldProblem(card, 'title')).to.deep.equal({ invalid: 'true', error: tooLong, described: true });
      expect(fieldProblem(card, 'fundingShare')).to.deep.equal({ invalid: 'true', error: catalog['problem.fundingShare'], described: true });
      expect(fieldProblem(card, 'targetDate')).to.deep.equal({ invalid: 'true', error: catalog['problem.targetBeforeWritten'], described: true });
      expect(listed(card)).to.have.members([tooLong, catalog['problem.fundingShare'], catalog['problem.targetBeforeWritten']]);
      expect($(card, '#why').getAttribute('aria-invalid')).to.equal('false');
    });
  }

  it('reads the Arabic form right to left', async () => {
    const card = await createForm('ar', ar);
    await submit(card);
    expect(card.getAttribute('dir')).to.equal('rtl');
  });

  it('says the problems again in a new language when the card’s lang changes', async () => {
    const card = await createForm('de', de);
    await submit(card);
    expect($(card, '#title-error').textContent!.trim()).to.equal(de['problem.goalTitle']);
    card.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    card.requestUpdate();
    await card.updateComplete;
    expect($(card, '#title-error').textContent!.trim()).to.equal(en['problem.goalTitle']);
  });
});

describe('storage errors in the reader’s language', () => {
  it('a save the browser has no room for says so in German, and keeps the form', async () => {
    const real = company.as(maya);
    const full = Object.create(real) as StorageAdapter;
    full.put = (() => Promise.reject(new QuotaExceededError())) as StorageAdapter['put'];
    full.subscribe = real.subscribe.bind(real);
    const card = await createForm('de', de, full);
    setValue(card, 'title', 'Lissabon mit Papa');
    setValue(card, 'why', 'Er erzählt jeden Sonntag davon.');
    await submit(card);
    await waitUntil(() => textOf(card).includes(de['error.quota-exceeded']), 'the German failure shows', { timeout: 3000 });
    expect(textOf(card)).to.contain(de['goal.saveFailed']({ message: de['error.quota-exceeded'] }));
    expect(textOf(card)).not.to.contain(new QuotaExceededError().message);
    expect(($(card, '#title') as HTMLInputElement).value).to.equal('Lissabon mit Papa');
  });

  it('a failed read says what happened in Arabic, and in English keeps the error’s own words', async () => {
    const real = company.as(maya);
    const goal = company.company.goals.find((g) => g.ownerId === maya.personId) as PersonalGoal;
    const offline = Object.create(real) as StorageAdapter;
    offline.get = (() => Promise.reject(new UnavailableError('This device is offline.'))) as StorageAdapter['get'];
    offline.subscribe = real.subscribe.bind(real);
    for (const lang of ['ar', 'en']) {
      const card = await fixture<GoalCard>(html`<goal-card goal-id=${goal.id} lang=${lang} .storage=${offline}></goal-card>`);
      await waitUntil(() => card.shadowRoot!.querySelector('[role="alert"]') !== null, 'the error shows', { timeout: 3000 });
      const expected = lang === 'ar' ? ar['common.error']({ message: ar['error.unavailable'] }) : en['common.error']({ message: 'This device is offline.' });
      await waitUntil(() => $(card, '[role="alert"]').textContent!.trim() === expected, `${lang} error text`, { timeout: 3000 });
    }
  });
});
