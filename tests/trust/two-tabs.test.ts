/**
 * Two tabs on one IndexedDB database: two `IndexedDbAdapter`s on the same fresh database, each
 * behind its own provider, as two open tabs of the same portal would be. What one tab saves
 * reaches the other without a reload (the adapter announces it on a `BroadcastChannel`), and when
 * both edit the same record the second save is refused with a conflict that loses nothing: the
 * first tab's version is stored, the second tab's typing stays on screen, and the person can
 * load the stored version or keep theirs.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import '../../src/elements/goal-card/define.js';
import '../../src/elements/motivation-profile/define.js';
import '../../src/elements/goal-checkin/define.js';
import { provideGoalpost } from '../../src/context/host-provider.js';
import { addDays } from '../../src/core/dates.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../../src/core/sample-data.js';
import type { SampleCompany } from '../../src/core/sample-data.js';
import { seedStorage } from '../../src/core/seed.js';
import type { Id, MotivationProfile, PersonalGoal, Viewer } from '../../src/core/types.js';
import type { ChangeEvent } from '../../src/storage/adapter.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb.js';
import { everythingIn, settle } from './deep-dom.js';

const clock = () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`);
const sample = generateSampleCompany();
const { repId, managerId, leaderId } = sample.viewers;
const maya: Viewer = { personId: repId, role: 'rep' };
const lakeHouse = sample.goals.find((g) => g.ownerId === repId && g.title === 'Lake-house deposit')!;
const DANA_CHECKIN = 'checkin-two-tabs-dana';
const DANA_NOTE = 'Walked through the lake-house numbers together.';

/** Only what these tabs read: Maya, her manager and leader, and Maya's own records. */
function mayasWorld(): SampleCompany {
  const people = new Set<Id>([repId, managerId, leaderId]);
  return {
    ...sample,
    people: sample.people.filter((p) => people.has(p.id)),
    plans: sample.plans.filter((p) => p.ownerId === repId),
    bookings: sample.bookings.filter((b) => b.ownerId === repId),
    goals: sample.goals.filter((g) => g.ownerId === repId),
    checkins: sample.checkins.filter((c) => c.personId === repId),
    profiles: sample.profiles.filter((p) => p.ownerId === repId),
    recognitions: [],
  };
}

let dbName: string;
let tabA: IndexedDbAdapter;
let tabB: IndexedDbAdapter;

beforeEach(async () => {
  dbName = `goalpost-two-tabs-${crypto.randomUUID()}`;
  const seeder = new IndexedDbAdapter({ dbName, clock });
  await seedStorage(seeder, mayasWorld());
  // A check-in Dana wrote about the lake house, waiting for Maya to acknowledge it.
  await seeder.put('checkins', {
    id: DANA_CHECKIN, personId: repId, goalId: lakeHouse.id, authorId: managerId, date: addDays(SAMPLE_TODAY, -2),
    note: DANA_NOTE, confidence: 4, blockers: '', commitment: '', nextDueOn: addDays(SAMPLE_TODAY, 28),
  });
  await seeder.close();
  tabA = new IndexedDbAdapter({ dbName, viewer: maya, clock });
  tabB = new IndexedDbAdapter({ dbName, viewer: maya, clock });
});

afterEach(async () => {
  // Take the elements down before their stores close, then leave no database behind.
  fixtureCleanup();
  await tabA.close();
  await tabB.close();
  await deleteDB(dbName);
});

/** One tab: its own provider over its own adapter, holding `template`. */
async function openTab(storage: IndexedDbAdapter, template: TemplateResult): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  provideGoalpost(wrapper, { storage, viewer: maya, clock, locale: 'en-US', currency: 'USD' });
  render(template, wrapper);
  await settle(wrapper);
  return wrapper;
}

/** Resolves when `tab` hears a change that another tab made. */
function heardFromOtherTab(tab: IndexedDbAdapter, collection: ChangeEvent['collection']): Promise<ChangeEvent> {
  return new Promise((resolve) => {
    const stop = tab.subscribe((change) => {
      if (change.origin !== 'other-tab') return;
      stop();
      resolve(change);
    }, { collections: [collection] });
  });
}

const rootOf = (tab: HTMLElement, tag: string) => tab.querySelector(tag)!.shadowRoot!;

function field<T extends HTMLInputElement | HTMLTextAreaElement>(tab: HTMLElement, tag: string, selector: string): T {
  const found = rootOf(tab, tag).querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in ${tag}`);
  return found;
}

function buttonNamed(tab: HTMLElement, tag: string, name: string): HTMLButtonElement {
  const found = [...rootOf(tab, tag).querySelectorAll<HTMLButtonElement>('button')]
    .find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name || b.getAttribute('aria-label') === name);
  if (!found) throw new Error(`No button “${name}” in ${tag}`);
  return found;
}

/** Replaces a field's text by typing, as a person would. */
async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: value });
}

const textOf = (tab: HTMLElement) => everythingIn(tab).replace(/\s+/g, ' ');
const ranking = (tab: HTMLElement) => [...rootOf(tab, 'motivation-profile').querySelectorAll('.ranking label')].map((l) => l.textContent!.trim());

// ---------------------------------------------------------------------------------------------

describe('two tabs on one IndexedDB database', () => {
  describe('goal-card', () => {
    const card = html`<goal-card goal-id=${lakeHouse.id}></goal-card>`;
    const NEW_TITLE = 'Lake-house deposit, signed';
    const MY_WHY = 'Tab B: so the kids learn to swim where I did.';

    /** After Edit: the form, which the card fetches the first time it opens, ready in `tab`. */
    async function formOpens(tab: HTMLElement): Promise<void> {
      await waitUntil(() => rootOf(tab, 'goal-card').querySelector('form #title'), 'the form opens', { timeout: 3000 });
      await settle(tab);
    }

    it('a card that is only showing the goal follows a save made in the other tab, without a reload', async () => {
      const a = await openTab(tabA, card);
      const b = await openTab(tabB, card);
      expect(rootOf(b, 'goal-card').querySelector('h3')!.textContent).to.equal('Lake-house deposit');
      const heard = heardFromOtherTab(tabB, 'goals');
      buttonNamed(a, 'goal-card', 'Edit: Lake-house deposit').click();
      await formOpens(a);
      await typeInto(field(a, 'goal-card', '#title'), NEW_TITLE);
      buttonNamed(a, 'goal-card', 'Save').click();
      await waitUntil(() => textOf(a).includes('Saved.'), 'tab A saves');
      expect((await heard).id).to.equal(lakeHouse.id);
      await waitUntil(() => rootOf(b, 'goal-card').querySelector('h3')?.textContent === NEW_TITLE, 'tab B shows the new title');
      expect(rootOf(b, 'goal-card').querySelectorAll('[role="alert"]').length, 'no error in tab B').to.equal(0);
    });

    /** Both tabs open the goal for editing; A changes the title and saves; B, mid-edit, changes the why and saves. */
    async function conflictingSaves(): Promise<{ a: HTMLElement; b: HTMLElement }> {
      const a = await openTab(tabA, card);
      const b = await openTab(tabB, card);
      buttonNamed(a, 'goal-card', 'Edit: Lake-house deposit').click();
      buttonNamed(b, 'goal-card', 'Edit: Lake-house deposit').click();
      await formOpens(a);
      await formOpens(b);
      await typeInto(field(b, 'goal-card', '#why'), MY_WHY);
      const heard = heardFromOtherTab(tabB, 'goals');
      await typeInto(field(a, 'goal-card', '#title'), NEW_TITLE);
      buttonNamed(a, 'goal-card', 'Save').click();
      await waitUntil(() => textOf(a).includes('Saved.'), 'tab A saves');
      await heard;
      await settle(b);
      // The news from tab A does not throw away what B is typing.
      expect(field(b, 'goal-card', '#why').value).to.equal(MY_WHY);
      buttonNamed(b, 'goal-card', 'Save').click();
      await waitUntil(() => textOf(b).includes('This goal changed somewhere else since you opened it.'), 'tab B is told about the conflict');
      return { a, b };
    }

    it('the second save is refused as a conflict, and nothing is lost', async () => {
      const { a, b } = await conflictingSaves();
      const alert = rootOf(b, 'goal-card').querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).to.contain('This goal changed somewhere else since you opened it.');
      // B's typing is still on screen, in the form, ready to save again.
      expect(field(b, 'goal-card', '#why').value).to.equal(MY_WHY);
      expect(buttonNamed(b, 'goal-card', 'Load their version').isConnected).to.equal(true);
      expect(buttonNamed(b, 'goal-card', 'Keep mine and save').isConnected).to.equal(true);
      // A's version is what is stored, read by either tab.
      for (const tab of [tabA, tabB]) {
        const stored = (await tab.get('goals', lakeHouse.id)) as PersonalGoal;
        expect(stored.title).to.equal(NEW_TITLE);
        expect(stored.why).to.equal(lakeHouse.why);
      }
      expect(rootOf(a, 'goal-card').querySelector('h3')!.textContent).to.equal(NEW_TITLE);
    });

    it('“Load their version” shows what the other tab saved', async () => {
      const { b } = await conflictingSaves();
      buttonNamed(b, 'goal-card', 'Load their version').click();
      await settle(b);
      expect(field(b, 'goal-card', '#title').value).to.equal(NEW_TITLE);
      expect(field(b, 'goal-card', '#why').value).to.equal(lakeHouse.why);
      expect(textOf(b)).not.to.contain('This goal changed somewhere else');
    });

    it('“Keep mine and save” stores my change without undoing the other tab’s change to a field I did not touch', async () => {
      const { b } = await conflictingSaves();
      buttonNamed(b, 'goal-card', 'Keep mine and save').click();
      await waitUntil(() => textOf(b).includes('Saved.'), 'tab B saves');
      const stored = (await tabA.get('goals', lakeHouse.id)) as PersonalGoal;
      expect(stored.why, 'my change').to.equal(MY_WHY);
      expect(stored.title, 'the other tab’s change').to.equal(NEW_TITLE);
    });
  });

  describe('motivation-profile', () => {
    const profile = html`<motivation-profile></motivation-profile>`;
    const MY_NOTE = 'Tab B: ask me about the pipeline before the number.';
    const original = sample.profiles.find((p) => p.ownerId === repId)!;
    const storedProfile = async () => (await tabA.list('profiles', { where: { ownerId: repId } })).items[0] as MotivationProfile;

    it('an untouched profile follows a save made in the other tab, without a reload', async () => {
      const a = await openTab(tabA, profile);
      const b = await openTab(tabB, profile);
      expect(ranking(b).slice(0, 3)).to.deep.equal(['Money', 'Purpose', 'Growth']);
      const heard = heardFromOtherTab(tabB, 'profiles');
      buttonNamed(a, 'motivation-profile', 'Move Growth up').click();
      await settle(a);
      buttonNamed(a, 'motivation-profile', 'Save profile').click();
      await waitUntil(() => textOf(a).includes('Saved'), 'tab A saves');
      await heard;
      await waitUntil(() => ranking(b)[1] === 'Growth', 'tab B shows the new ranking');
      expect(ranking(b).slice(0, 3)).to.deep.equal(['Money', 'Growth', 'Purpose']);
    });

    async function conflictingSaves(): Promise<{ a: HTMLElement; b: HTMLElement }> {
      const a = await openTab(tabA, profile);
      const b = await openTab(tabB, profile);
      await typeInto(field(b, 'motivation-profile', '#coachingNote'), MY_NOTE);
      const heard = heardFromOtherTab(tabB, 'profiles');
      buttonNamed(a, 'motivation-profile', 'Move Growth up').click();
      await settle(a);
      buttonNamed(a, 'motivation-profile', 'Save profile').click();
      await waitUntil(() => textOf(a).includes('Saved'), 'tab A saves');
      await heard;
      await settle(b);
      // B has started changing it: the news from A does not replace B's form.
      expect(field(b, 'motivation-profile', '#coachingNote').value).to.equal(MY_NOTE);
      buttonNamed(b, 'motivation-profile', 'Save profile').click();
      await waitUntil(() => textOf(b).includes('Your profile changed somewhere else since you opened it.'), 'tab B is told about the conflict');
      return { a, b };
    }

    it('the second save is refused as a conflict, and nothing is lost', async () => {
      const { b } = await conflictingSaves();
      expect(rootOf(b, 'motivation-profile').querySelector<HTMLElement>('[role="alert"]')!.textContent).to.contain('Your profile changed somewhere else since you opened it.');
      expect(field(b, 'motivation-profile', '#coachingNote').value).to.equal(MY_NOTE);
      expect(buttonNamed(b, 'motivation-profile', 'Load the saved version').isConnected).to.equal(true);
      expect(buttonNamed(b, 'motivation-profile', 'Keep mine and save').isConnected).to.equal(true);
      const stored = await storedProfile();
      expect(stored.coachingNote).to.equal(original.coachingNote);
      expect(stored.drivers.growth).to.be.greaterThan(stored.drivers.purpose);
    });

    it('“Load the saved version” shows what the other tab saved', async () => {
      const { b } = await conflictingSaves();
      buttonNamed(b, 'motivation-profile', 'Load the saved version').click();
      await settle(b);
      expect(ranking(b).slice(0, 3)).to.deep.equal(['Money', 'Growth', 'Purpose']);
      expect(field(b, 'motivation-profile', '#coachingNote').value).to.equal(original.coachingNote);
    });

    it('“Keep mine and save” stores my note without undoing the other tab’s new ranking', async () => {
      const { b } = await conflictingSaves();
      buttonNamed(b, 'motivation-profile', 'Keep mine and save').click();
      await waitUntil(async () => (await storedProfile()).coachingNote === MY_NOTE, 'tab B saves');
      const stored = await storedProfile();
      expect(stored.drivers.growth, 'the other tab’s ranking').to.be.greaterThan(stored.drivers.purpose);
    });
  });

  describe('goal-checkin', () => {
    const checkin = html`<goal-checkin goal-id=${lakeHouse.id}></goal-checkin>`;

    it('a check-in saved in one tab appears in the other, without a reload', async () => {
      const a = await openTab(tabA, checkin);
      const b = await openTab(tabB, checkin);
      const note = 'Moved the savings transfer to payday.';
      const heard = heardFromOtherTab(tabB, 'checkins');
      buttonNamed(a, 'goal-checkin', 'Log a check-in').click();
      await settle(a);
      await typeInto(field(a, 'goal-checkin', '#note'), note);
      field<HTMLInputElement>(a, 'goal-checkin', '#confidence-4').click();
      rootOf(a, 'goal-checkin').querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(() => rootOf(a, 'goal-checkin').querySelector('form') === null, 'tab A saves');
      await heard;
      await waitUntil(() => textOf(b).includes(note), 'tab B shows the new check-in');
    });

    it('acknowledging in both tabs at once stores one acknowledgement; the later tab is told and shows the latest', async () => {
      const a = await openTab(tabA, checkin);
      const b = await openTab(tabB, checkin);
      const before = await tabA.get('checkins', DANA_CHECKIN);
      const ackIn = (tab: HTMLElement) => rootOf(tab, 'goal-checkin').querySelector<HTMLButtonElement>(`#entry-${DANA_CHECKIN} button.acknowledge`)!;
      // Both clicks in the same moment: each tab writes from the version it showed.
      ackIn(a).click();
      ackIn(b).click();
      const changed = 'This check-in changed somewhere else; here is the latest. Try again if it still needs doing.';
      await waitUntil(() => textOf(a).includes(changed) || textOf(b).includes(changed), 'one tab is told');
      const acknowledgedIn = (tab: HTMLElement) => everythingIn(rootOf(tab, 'goal-checkin').querySelector(`#entry-${DANA_CHECKIN}`)!).includes('You acknowledged this on');
      await waitUntil(() => acknowledgedIn(a) && acknowledgedIn(b), 'both tabs show it acknowledged');
      expect([textOf(a).includes(changed), textOf(b).includes(changed)].filter(Boolean).length, 'exactly one tab was refused').to.equal(1);
      const after = await tabB.get('checkins', DANA_CHECKIN);
      expect(after.version, 'one write').to.equal(before.version + 1);
      expect(after.acknowledgedBy).to.equal(repId);
      expect(after.note).to.equal(DANA_NOTE);
    });
  });
});
