import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/motivation-profile/define.js';
import { MotivationProfileElement } from '../../src/elements/motivation-profile/motivation-profile.js';
import { GoalpostElement } from '../../src/elements/goalpost-element.js';
import { clampWeight, leadingDrivers, moveDriver, newProfileDraft, rankDrivers } from '../../src/core/motivation.js';
import type { DriverWeights } from '../../src/core/motivation.js';
import { mainDriver } from '../../src/core/quota-reading.js';
import { validateProfile } from '../../src/core/validation.js';
import { DRIVERS } from '../../src/core/types.js';
import type { Driver, MotivationProfile, Viewer } from '../../src/core/types.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { seededCompany } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';

let company: SeededCompany;
let maya: Viewer;
let dana: Viewer;
let theo: Viewer;
let otherManager: Viewer;
let mayaProfile: MotivationProfile;

async function settle(el: MotivationProfileElement): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    await el.updateComplete;
    if (!el.shadowRoot!.querySelector('[aria-busy="true"]')) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await el.updateComplete;
}

async function until(el: MotivationProfileElement, condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}

/** What the rep waits for after a Save the form cannot pass: the problems to fix. */
async function problemsShow(el: MotivationProfileElement): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.error-box[role="alert"]')?.textContent?.includes('before saving'), 'the problems show', { timeout: 3000 });
  await el.updateComplete;
}

async function render(storage: StorageAdapter, personId: string | undefined = maya.personId, theme: 'light' | 'dark' = 'light'): Promise<MotivationProfileElement> {
  const el = await fixture<MotivationProfileElement>(html`<motivation-profile person-id=${personId ?? ''} theme=${theme} .storage=${storage}></motivation-profile>`);
  if (!personId) el.removeAttribute('person-id');
  await settle(el);
  return el;
}

function count(el: MotivationProfileElement, selector: string): number {
  return el.shadowRoot!.querySelectorAll(selector).length;
}

function text(node: Element | ShadowRoot): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ');
}

function $(el: MotivationProfileElement, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in motivation-profile`);
  return found;
}

/** The drivers in the order the ranking shows them. */
function ranking(el: MotivationProfileElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('.ranking label')].map((label) => label.textContent!.trim());
}

function slider(el: MotivationProfileElement, driver: Driver): HTMLInputElement {
  return $(el, `#weight-${driver}`) as HTMLInputElement;
}

function buttonNamed(el: MotivationProfileElement, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).trim() === label || b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`No button “${label}”`);
  return found;
}

async function storedProfile(storage: StorageAdapter, ownerId: string): Promise<MotivationProfile | undefined> {
  return (await storage.list('profiles', { where: { ownerId } })).items[0];
}

/**
 * A motivation-profile that counts how often it asks for the code that saves. The page can go
 * offline (the fetch fails until `online` is set again), and `held` keeps the code on its way
 * until the test lets it arrive.
 */
let editorAsks = 0;
let online = true;
let held: Promise<void> | undefined;
class WatchedProfile extends MotivationProfileElement {
  protected static override loadEditor = async () => {
    editorAsks += 1;
    await held;
    if (!online) throw new TypeError('Failed to fetch dynamically imported module');
    return MotivationProfileElement.loadEditor();
  };
}
if (!customElements.get('watched-motivation-profile')) customElements.define('watched-motivation-profile', WatchedProfile);

async function watched(storage: StorageAdapter, personId: string = maya.personId): Promise<MotivationProfileElement> {
  const el = await fixture<MotivationProfileElement>(html`<watched-motivation-profile person-id=${personId} .storage=${storage}></watched-motivation-profile>`);
  await settle(el);
  return el;
}

/** Until the page has been idle, when the element fetches ahead what it may need. */
async function pageIdle(): Promise<void> {
  await new Promise((resolve) => requestIdleCallback(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
}

beforeEach(async () => {
  company = await seededCompany();
  const v = company.company.viewers;
  maya = { personId: v.repId, role: 'rep' };
  dana = { personId: v.managerId, role: 'manager' };
  theo = { personId: v.teammateId, role: 'rep' };
  otherManager = { personId: v.otherManagerId, role: 'manager' };
  mayaProfile = company.company.profiles.find((p) => p.ownerId === v.repId)!;
});

describe('driver ranking', () => {
  const weights = (w: Partial<DriverWeights>): DriverWeights => ({ money: 0, winning: 0, recognition: 0, growth: 0, purpose: 0, ...w });

  it('ranks heaviest first, ties in the order given (the canonical order by default)', () => {
    expect(rankDrivers(weights({ money: 10, purpose: 90, growth: 50 }))).to.deep.equal(['purpose', 'growth', 'money', 'winning', 'recognition']);
    expect(rankDrivers(weights({ money: 50, purpose: 50 }), ['purpose', 'money', 'winning', 'recognition', 'growth'])).to.deep.equal(['purpose', 'money', 'winning', 'recognition', 'growth']);
  });

  it('agrees with mainDriver on who comes first', () => {
    for (const drivers of [weights({ money: 85, purpose: 70 }), weights({ winning: 60, growth: 60 }), weights({ recognition: 1 })]) {
      expect(rankDrivers(drivers)[0]).to.equal(mainDriver({ drivers } as MotivationProfile));
    }
  });

  it('moving a driver swaps weights with its neighbour, so the order survives a reload', () => {
    const start = weights({ money: 85, purpose: 70, growth: 55, winning: 45, recognition: 30 });
    const order = rankDrivers(start);
    const moved = moveDriver(start, order, 'purpose', -1);
    expect(moved.order).to.deep.equal(['purpose', 'money', 'growth', 'winning', 'recognition']);
    expect(moved.weights.purpose).to.equal(85);
    expect(moved.weights.money).to.equal(70);
    expect(rankDrivers(moved.weights)).to.deep.equal(moved.order);
  });

  it('splits equal weights by one point, without jumping past anyone else', () => {
    const start = weights({ money: 60, winning: 50, recognition: 50, growth: 40, purpose: 10 });
    const up = moveDriver(start, rankDrivers(start), 'recognition', -1);
    expect(up.order).to.deep.equal(['money', 'recognition', 'winning', 'growth', 'purpose']);
    expect(up.weights.recognition).to.equal(51);
    expect(rankDrivers(up.weights)).to.deep.equal(up.order);
    const down = moveDriver(start, rankDrivers(start), 'winning', 1);
    expect(down.order).to.deep.equal(up.order);
    expect(rankDrivers(down.weights)).to.deep.equal(down.order);
    // At the top of the scale the neighbour gives way instead.
    const top = weights({ money: 100, winning: 100 });
    const lifted = moveDriver(top, rankDrivers(top), 'winning', -1);
    expect(lifted.weights).to.include({ winning: 100, money: 99 });
  });

  it('where three weigh the same, only the order on screen changes', () => {
    const start = weights({ money: 50, winning: 50, recognition: 50 });
    const moved = moveDriver(start, rankDrivers(start), 'winning', -1);
    expect(moved.order.slice(0, 3)).to.deep.equal(['winning', 'money', 'recognition']);
    expect(rankDrivers(moved.weights, moved.order)).to.deep.equal(moved.order);
  });

  it('does nothing past either end', () => {
    const start = weights({ money: 90, purpose: 10 });
    const order = rankDrivers(start);
    expect(moveDriver(start, order, 'money', -1).order).to.deep.equal(order);
    expect(moveDriver(start, order, order[4]!, 1).order).to.deep.equal(order);
  });

  it('keeps weights whole numbers from 0 to 100', () => {
    expect([clampWeight(-5), clampWeight(100.4), clampWeight(250), clampWeight(Number.NaN), clampWeight(42.6)]).to.deep.equal([0, 100, 100, 0, 43]);
  });

  it('leads with the drivers that count at all', () => {
    expect(leadingDrivers(weights({ purpose: 40, money: 20 }))).to.deep.equal(['purpose', 'money']);
    expect(leadingDrivers(weights({}))).to.deep.equal([]);
  });

  it('starts a new profile valid, distinct and quiet', () => {
    const draft = newProfileDraft('maya');
    expect(validateProfile(draft)).to.deep.equal([]);
    expect(new Set(DRIVERS.map((d) => draft.drivers[d])).size).to.equal(5);
    expect(draft.recognitionPreference).to.equal('private');
    expect(draft.autoCelebrate).to.equal(false);
  });
});

describe('motivation-profile', () => {
  describe('fetching the code that saves only when it is wanted', () => {
    // These count what the element asks for: the fetch ahead at idle (tested below) would blur them.
    before(() => (GoalpostElement.prefetch = false));
    after(() => (GoalpostElement.prefetch = true));
    beforeEach(() => (editorAsks = 0));
    afterEach(() => {
      online = true;
      held = undefined;
    });

    it('shows and changes the profile without it; the first Save fetches it once, says it is saving meanwhile, then saves', async () => {
      const storage = company.as(maya);
      const el = await watched(storage);
      await pageIdle();
      expect(count(el, 'form')).to.equal(1);
      expect(ranking(el)[0]).to.equal('Money');
      buttonNamed(el, 'Move Purpose up').click();
      await el.updateComplete;
      expect(ranking(el)[0]).to.equal('Purpose');
      expect(editorAsks, 'the code that saves asked for before Save').to.equal(0);
      let arrive!: () => void;
      held = new Promise((resolve) => (arrive = resolve));
      const saved = oneEvent(el, 'goalpost-profile-save');
      const save = $(el, 'button[type="submit"]') as HTMLButtonElement;
      save.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(editorAsks).to.equal(1);
      expect(text(save).trim()).to.equal('Saving…');
      expect(save.disabled).to.equal(true);
      expect((await storedProfile(storage, maya.personId))!.version, 'nothing stored yet').to.equal(mayaProfile.version);
      arrive();
      const { profile } = (await saved).detail;
      expect(rankDrivers(profile.drivers)[0]).to.equal('purpose');
      expect((await storedProfile(storage, maya.personId))!.version).to.equal(mayaProfile.version + 1);
      await until(el, () => !save.disabled);
      expect(text(el.shadowRoot!)).to.contain('Saved.');
      expect(text(save).trim()).to.equal('Save profile');
      // The next save has the code at hand.
      buttonNamed(el, 'Move Growth up').click();
      await el.updateComplete;
      const again = oneEvent(el, 'goalpost-profile-save');
      save.click();
      expect((await again).detail.profile.version).to.equal(mayaProfile.version + 2);
      expect(editorAsks, 'the code asked for once').to.equal(1);
    });

    it('never fetches it for a manager or a teammate, who cannot save', async () => {
      GoalpostElement.prefetch = true;
      try {
        const manager = await watched(company.as(dana));
        const teammate = await watched(company.as(theo));
        await pageIdle();
        expect(count(manager, '[role="meter"]')).to.equal(5);
        expect(text(teammate.shadowRoot!)).to.contain('not shared with you');
        expect(editorAsks).to.equal(0);
      } finally {
        GoalpostElement.prefetch = false;
      }
    });

    it('fetches it ahead when the page is idle, for the rep themself, without saving anything', async () => {
      GoalpostElement.prefetch = true;
      try {
        const storage = company.as(maya);
        const el = await watched(storage);
        await waitUntil(() => editorAsks > 0, 'the rep’s profile fetches the code that saves without a Save', { timeout: 6000 });
        expect(editorAsks).to.equal(1);
        expect((await storedProfile(storage, maya.personId))!.version).to.equal(mayaProfile.version);
        expect(text(el.shadowRoot!)).not.to.contain('Saved.');
        // So the first Save is at once: nothing more to fetch.
        const saved = oneEvent(el, 'goalpost-profile-save');
        $(el, 'button[type="submit"]').click();
        await saved;
        expect(editorAsks).to.equal(1);
      } finally {
        GoalpostElement.prefetch = false;
      }
    });

    it('says so when the code cannot be fetched, keeps the changes, and the next Save tries again', async () => {
      online = false;
      const storage = company.as(maya);
      const el = await watched(storage);
      buttonNamed(el, 'Move Purpose up').click();
      await el.updateComplete;
      const save = $(el, 'button[type="submit"]') as HTMLButtonElement;
      save.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('.status-line[role="alert"]')?.textContent?.includes('did not load'), 'the rep is told it did not load');
      expect(text($(el, '.status-line[role="alert"]')).trim()).to.equal(
        'Not saved: That did not load. Check your connection and try again. Your changes are still in the form.',
      );
      expect(ranking(el)[0]).to.equal('Purpose');
      expect(text(el.shadowRoot!)).to.contain('Unsaved changes');
      expect(save.disabled, 'Save is available again').to.equal(false);
      expect(el.shadowRoot!.activeElement === save, 'focus stays on Save').to.equal(true);
      expect(text(save).trim()).to.equal('Save profile');
      expect((await storedProfile(storage, maya.personId))!.version).to.equal(mayaProfile.version);
      online = true;
      const saved = oneEvent(el, 'goalpost-profile-save');
      save.click();
      expect(rankDrivers((await saved).detail.profile.drivers)[0]).to.equal('purpose');
      expect(editorAsks).to.equal(2);
      await until(el, () => text(el.shadowRoot!).includes('Saved.'));
      expect(text(el.shadowRoot!)).not.to.contain('did not load');
      expect(text(el.shadowRoot!)).to.contain('Saved.');
    });

    it('stores nothing when the element shows someone else by the time the code arrives', async () => {
      const theoProfile = company.company.profiles.find((p) => p.ownerId === theo.personId)!;
      const el = await watched(company.as(maya));
      buttonNamed(el, 'Move Purpose up').click();
      await el.updateComplete;
      let arrive!: () => void;
      held = new Promise((resolve) => (arrive = resolve));
      let events = 0;
      el.addEventListener('goalpost-profile-save', () => (events += 1));
      ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
      await until(el, () => editorAsks === 1);
      // The page now shows Theo, signed in as Theo, as a portal's person switcher would.
      el.storage = company.as(theo);
      el.personId = theo.personId;
      await settle(el);
      await until(el, () => ranking(el)[0] === rankDrivers(theoProfile.drivers).map((d) => d[0]!.toUpperCase() + d.slice(1))[0]);
      arrive();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect(events, 'no save reported').to.equal(0);
      expect((await storedProfile(company.system, theo.personId))!.version, 'Theo’s profile untouched').to.equal(theoProfile.version);
      expect((await storedProfile(company.system, maya.personId))!.version, 'Maya’s profile untouched').to.equal(mayaProfile.version);
      expect(text(el.shadowRoot!)).not.to.contain('Saved.');
    });

    it('checks the form with the fetched code: problems beside their field, in their own looks, then a fixed form saves', async () => {
      const storage = company.as(maya);
      const el = await watched(storage);
      const note = $(el, '#coachingNote') as HTMLTextAreaElement;
      note.value = 'x'.repeat(2001);
      note.dispatchEvent(new Event('input'));
      $(el, 'button[type="submit"]').click();
      await problemsShow(el);
      expect(text($(el, '#coachingNote-error'))).to.contain('Keep the coaching note to 2000 characters or fewer.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('coachingNote');
      expect(getComputedStyle($(el, '.problems')).marginTop, 'the problem list is styled').to.equal('0px');
      note.select();
      await sendKeys({ type: 'Short and kind.' });
      const saved = oneEvent(el, 'goalpost-profile-save');
      $(el, 'button[type="submit"]').click();
      expect((await saved).detail.profile.coachingNote).to.equal('Short and kind.');
      await settle(el);
      expect(count(el, '[role="alert"]')).to.equal(0);
      expect(note.getAttribute('aria-invalid')).to.equal('false');
      expect(editorAsks).to.equal(1);
    });
  });

  describe('the rep edits their own', () => {
    it('shows the drivers ranked by weight with labelled sliders, the preferences and the coaching note', async () => {
      const el = await render(company.as(maya));
      expect(text($(el, 'h3'))).to.equal('What drives you');
      expect(ranking(el)).to.deep.equal(['Money', 'Purpose', 'Growth', 'Winning', 'Recognition']);
      const money = slider(el, 'money');
      expect(money.type).to.equal('range');
      expect(money.min).to.equal('0');
      expect(money.max).to.equal('100');
      expect(money.value).to.equal('85');
      expect(money.getAttribute('aria-valuetext')).to.equal('85 of 100');
      expect(text($(el, 'output[for="weight-money"]'))).to.equal('85');
      expect(money.labels![0]!.textContent!.trim()).to.equal('Money');
      expect(($(el, '#recognitionPreference-public') as HTMLInputElement).checked).to.equal(true);
      expect(($(el, '#leaderboard-named') as HTMLInputElement).checked).to.equal(true);
      expect(($(el, '#autoCelebrate') as HTMLInputElement).checked).to.equal(true);
      expect(($(el, '#coachingNote') as HTMLTextAreaElement).value).to.equal(mayaProfile.coachingNote);
      expect(text($(el, '.preview'))).to.contain('What Dana sees');
      expect(text($(el, '.preview'))).to.contain('Maya is driven most by money, then purpose. Prefers public recognition.');
    });

    it('explains what each recognition choice means for the team feed', async () => {
      const el = await render(company.as(maya));
      expect(text($(el, '#recognitionPreference-public-help'))).to.contain('whole team feed');
      expect(text($(el, '#recognitionPreference-private-help'))).to.contain('you and your manager only');
      expect(text($(el, '#recognitionPreference-none-help'))).to.contain('no automatic celebrations');
      expect($(el, '#recognitionPreference-none').getAttribute('aria-describedby')).to.equal('recognitionPreference-none-help');
    });

    it('reranks with the keyboard using the move buttons, then saves', async () => {
      const storage = company.as(maya);
      const el = await render(storage);
      buttonNamed(el, 'Move Purpose up').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(ranking(el)).to.deep.equal(['Purpose', 'Money', 'Growth', 'Winning', 'Recognition']);
      // At the top, "up" is disabled: the keyboard lands on "down" for the same driver.
      expect(el.shadowRoot!.activeElement?.id).to.equal('move-purpose-down');
      expect(text($(el, '[role="status"]'))).to.contain('Purpose is now number 1 of 5.');
      expect(slider(el, 'purpose').value).to.equal('85');
      expect(slider(el, 'money').value).to.equal('70');
      expect(text($(el, '.preview'))).to.contain('Maya is driven most by purpose, then money.');
      expect(text(el.shadowRoot!)).to.contain('Unsaved changes');
      expect(text($(el, '.preview'))).to.contain('What Dana will see once you save');
      buttonNamed(el, 'Move Winning down').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(ranking(el)).to.deep.equal(['Purpose', 'Money', 'Growth', 'Recognition', 'Winning']);
      const saved = oneEvent(el, 'goalpost-profile-save');
      $(el, 'button[type="submit"]').focus();
      await sendKeys({ press: 'Enter' });
      const event = await saved;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.created).to.equal(false);
      expect(event.detail.profile.drivers).to.deep.equal({ money: 70, winning: 30, recognition: 45, growth: 55, purpose: 85 });
      const stored = (await storedProfile(storage, maya.personId))!;
      expect(stored.version).to.equal(mayaProfile.version + 1);
      expect(rankDrivers(stored.drivers)).to.deep.equal(['purpose', 'money', 'growth', 'recognition', 'winning']);
      await settle(el);
      expect(text(el.shadowRoot!)).to.contain('Saved.');
      expect(text(el.shadowRoot!)).not.to.contain('Unsaved changes');
    });

    it('weighs with the slider keys; letting go reorders and keeps the keyboard on the slider', async () => {
      const el = await render(company.as(maya));
      slider(el, 'recognition').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(slider(el, 'recognition').value).to.equal('31');
      expect(text($(el, 'output[for="weight-recognition"]'))).to.equal('31');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(slider(el, 'recognition').value).to.equal('100');
      expect(ranking(el)[0]).to.equal('Recognition');
      expect(el.shadowRoot!.activeElement?.id).to.equal('weight-recognition');
      expect(text($(el, '[role="status"]'))).to.contain('Recognition is now number 1 of 5.');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(ranking(el)[4]).to.equal('Recognition');
      expect(el.shadowRoot!.activeElement?.id).to.equal('weight-recognition');
    });

    it('saves the recognition preference, leaderboard presence, celebrations and coaching note', async () => {
      const storage = company.as(maya);
      const el = await render(storage);
      ($(el, '#recognitionPreference-none') as HTMLInputElement).click();
      await el.updateComplete;
      expect(text($(el, '#autoCelebrate-help'))).to.contain('This has no effect while you prefer not to be recognised.');
      ($(el, '#leaderboard-hidden') as HTMLInputElement).focus();
      await sendKeys({ press: 'Space' });
      $(el, '#autoCelebrate').focus();
      await sendKeys({ press: 'Space' });
      const note = $(el, '#coachingNote') as HTMLTextAreaElement;
      note.focus();
      note.select();
      await sendKeys({ type: 'Ask me what I learned, not what I closed.' });
      await el.updateComplete;
      expect(text($(el, '.preview'))).to.contain('Prefers not to be recognised.');
      expect(text($(el, '.preview'))).to.contain('How to coach Maya: Ask me what I learned, not what I closed.');
      const saved = oneEvent(el, 'goalpost-profile-save');
      $(el, 'button[type="submit"]').click();
      const { profile } = (await saved).detail;
      expect(profile.recognitionPreference).to.equal('none');
      expect(profile.leaderboard).to.equal('hidden');
      expect(profile.autoCelebrate).to.equal(false);
      expect(profile.coachingNote).to.equal('Ask me what I learned, not what I closed.');
      expect((await storedProfile(storage, maya.personId))!.leaderboard).to.equal('hidden');
    });

    it('shows core’s validation message beside the field and saves nothing', async () => {
      const storage = company.as(maya);
      const el = await render(storage);
      const note = $(el, '#coachingNote') as HTMLTextAreaElement;
      // Pasted past the limit by a script or an extension; maxlength stops typing, validation stops saving.
      note.value = 'x'.repeat(2001);
      note.dispatchEvent(new Event('input'));
      $(el, 'button[type="submit"]').click();
      await problemsShow(el);
      expect(note.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#coachingNote-error'))).to.contain('Keep the coaching note to 2000 characters or fewer.');
      expect(text($(el, '[role="alert"]'))).to.contain('Fix one thing before saving');
      expect(el.shadowRoot!.activeElement?.id).to.equal('coachingNote');
      expect((await storedProfile(storage, maya.personId))!.version).to.equal(mayaProfile.version);
    });

    it('a conflicting save offers to load the saved version or keep mine', async () => {
      const storage = company.as(maya);
      const el = await render(storage);
      buttonNamed(el, 'Move Growth up').click();
      await el.updateComplete;
      // Another tab saves first.
      await storage.put('profiles', { ...mayaProfile, coachingNote: 'Changed in another tab.' });
      $(el, 'button[type="submit"]').click();
      await until(el, () => text(el.shadowRoot!).includes('changed somewhere else'));
      expect(text($(el, '[role="alert"]'))).to.contain('Your profile changed somewhere else since you opened it.');
      expect(el.shadowRoot!.activeElement?.classList.contains('conflict-reload')).to.equal(true);
      // Nothing was lost: my ranking is still on screen, theirs is stored.
      expect(ranking(el).slice(0, 2)).to.deep.equal(['Money', 'Growth']);
      expect((await storedProfile(storage, maya.personId))!.coachingNote).to.equal('Changed in another tab.');
      const saved = oneEvent(el, 'goalpost-profile-save');
      buttonNamed(el, 'Keep mine and save').click();
      const { profile } = (await saved).detail;
      expect(rankDrivers(profile.drivers).slice(0, 2)).to.deep.equal(['money', 'growth']);
      // Maya changed only the ranking: the other tab's note, a field she never touched, stays.
      expect(profile.coachingNote).to.equal('Changed in another tab.');
    });

    it('or loads the saved version instead', async () => {
      const storage = company.as(maya);
      const el = await render(storage);
      buttonNamed(el, 'Move Growth up').click();
      await el.updateComplete;
      await storage.put('profiles', { ...mayaProfile, coachingNote: 'Changed in another tab.' });
      $(el, 'button[type="submit"]').click();
      await until(el, () => text(el.shadowRoot!).includes('changed somewhere else'));
      buttonNamed(el, 'Load the saved version').click();
      await until(el, () => ($(el, '#coachingNote') as HTMLTextAreaElement).value === 'Changed in another tab.');
      expect(ranking(el).slice(0, 2)).to.deep.equal(['Money', 'Purpose']);
      expect(count(el, '[role="alert"]')).to.equal(0);
      const saved = oneEvent(el, 'goalpost-profile-save');
      $(el, 'button[type="submit"]').click();
      expect((await saved).detail.profile.version).to.equal(mayaProfile.version + 2);
    });

    it('a failed save keeps the form and says why', async () => {
      const real = company.as(maya);
      const failing = Object.create(real) as StorageAdapter;
      failing.put = (() => Promise.reject(new Error('Network down.'))) as StorageAdapter['put'];
      failing.subscribe = real.subscribe.bind(real);
      const el = await render(failing);
      buttonNamed(el, 'Move Purpose up').click();
      await el.updateComplete;
      $(el, 'button[type="submit"]').click();
      await until(el, () => text(el.shadowRoot!).includes('Not saved'));
      expect(text(el.shadowRoot!)).to.contain('Not saved: Network down. Your changes are still in the form.');
      expect(ranking(el)[0]).to.equal('Purpose');
    });

    it('follows changes made elsewhere while untouched', async () => {
      const storage = company.as(maya);
      const el = await render(storage);
      await storage.put('profiles', { ...mayaProfile, leaderboard: 'anonymous' });
      await until(el, () => ($(el, '#leaderboard-anonymous') as HTMLInputElement).checked);
      expect(($(el, '#leaderboard-anonymous') as HTMLInputElement).checked).to.equal(true);
    });

    it('defaults to the viewer when no person is named', async () => {
      const el = await render(company.as(maya), undefined);
      expect(text($(el, 'h3'))).to.equal('What drives you');
      expect(ranking(el)[0]).to.equal('Money');
    });

    it('creates a profile for a rep who has none', async () => {
      const storage = company.as(maya);
      await company.system.delete('profiles', mayaProfile.id);
      const el = await render(storage);
      expect(text(el.shadowRoot!)).to.contain('You haven’t said what drives you yet.');
      expect(text($(el, '.preview'))).to.contain('What Dana will see once you save');
      expect(($(el, '#recognitionPreference-private') as HTMLInputElement).checked).to.equal(true);
      expect(($(el, '#autoCelebrate') as HTMLInputElement).checked).to.equal(false);
      buttonNamed(el, 'Move Purpose up').click();
      await el.updateComplete;
      buttonNamed(el, 'Move Purpose up').click();
      await el.updateComplete;
      buttonNamed(el, 'Move Purpose up').click();
      await el.updateComplete;
      buttonNamed(el, 'Move Purpose up').click();
      await el.updateComplete;
      expect(ranking(el)[0]).to.equal('Purpose');
      const saved = oneEvent(el, 'goalpost-profile-save');
      buttonNamed(el, 'Save my profile').click();
      const { profile, created } = (await saved).detail;
      expect(created).to.equal(true);
      expect(profile.ownerId).to.equal(maya.personId);
      expect(profile.version).to.equal(1);
      expect(mainDriver(profile)).to.equal('purpose');
      // Her manager reads it now.
      const managerView = await render(company.as(dana));
      expect(text(managerView.shadowRoot!)).to.contain('Maya is driven most by purpose, then money.');
    });
  });

  describe('the manager reads a summary', () => {
    it('in a sentence, with the weights as meters, and nothing to edit', async () => {
      const el = await render(company.as(dana));
      expect(text($(el, 'h3'))).to.equal('What drives Maya');
      const t = text(el.shadowRoot!);
      expect(t).to.contain('Maya is driven most by money, then purpose. Prefers public recognition.');
      expect(t).to.contain(`How to coach Maya: ${mayaProfile.coachingNote}`);
      expect(t).to.contain('On leaderboards by name.');
      expect(t).to.contain('Milestones are celebrated automatically.');
      expect(t).to.contain('Only Maya can change this.');
      expect(count(el, 'input, textarea, select, form, button')).to.equal(0);
      const meters = [...el.shadowRoot!.querySelectorAll('[role="meter"]')];
      expect(meters.length).to.equal(5);
      expect(meters[0]!.getAttribute('aria-valuenow')).to.equal('85');
      expect(meters[0]!.getAttribute('aria-valuetext')).to.equal('85 of 100');
    });

    it('renders the rep’s words as text', async () => {
      const hostile = '<img src=x onerror="window.__pwnedProfile=1"> <b>bold</b>';
      await company.system.put('profiles', { ...mayaProfile, coachingNote: hostile });
      const el = await render(company.as(dana));
      expect(count(el, 'img')).to.equal(0);
      expect(count(el, 'b')).to.equal(0);
      expect(text($(el, '.coach .note'))).to.equal(hostile);
      expect((window as unknown as { __pwnedProfile?: number }).__pwnedProfile).to.equal(undefined);
    });

    it('says so when the rep has none yet', async () => {
      await company.system.delete('profiles', mayaProfile.id);
      const el = await render(company.as(dana));
      expect(text(el.shadowRoot!)).to.contain('Maya hasn’t filled in a motivation profile yet.');
      expect(count(el, 'form')).to.equal(0);
    });
  });

  describe('anyone else', () => {
    it('a teammate is told it is not shared with them, and gets none of it', async () => {
      const el = await render(company.as(theo));
      expect(text(el.shadowRoot!)).to.contain('Maya’s motivation profile is not shared with you.');
      expect(el.shadowRoot!.innerHTML).not.to.contain(mayaProfile.coachingNote);
      expect(count(el, 'form, [role="meter"]')).to.equal(0);
    });

    it('so is another team’s manager', async () => {
      const el = await render(company.as(otherManager));
      expect(text(el.shadowRoot!)).to.contain('not shared with you');
    });
  });

  describe('states', () => {
    it('shows loading, then an error with a retry that recovers', async () => {
      const real = company.as(maya);
      let fail = true;
      const pending: Array<(error: Error) => void> = [];
      const flaky = Object.create(real) as StorageAdapter;
      flaky.get = ((...args: Parameters<StorageAdapter['get']>) =>
        fail ? new Promise((_, reject) => pending.push(reject)) : real.get(...args)) as StorageAdapter['get'];
      flaky.subscribe = real.subscribe.bind(real);
      const el = await fixture<MotivationProfileElement>(html`<motivation-profile person-id=${maya.personId} .storage=${flaky}></motivation-profile>`);
      expect(count(el, '.skeleton')).to.equal(1);
      for (const reject of pending) reject(new Error('Disk on fire.'));
      await settle(el);
      expect(text($(el, '[role="alert"]'))).to.contain('Disk on fire.');
      fail = false;
      $(el, '.retry').click();
      await until(el, () => count(el, 'form') === 1);
      expect(ranking(el)[0]).to.equal('Money');
    });

    it('an unknown person is not found', async () => {
      const el = await render(company.as(maya), 'nobody');
      expect(text($(el, '[role="alert"]'))).to.contain('could not be found');
    });
  });

  describe('accessibility', () => {
    it('the editor is accessible, light and dark, with problems shown', async () => {
      const el = await render(company.as(maya));
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const note = $(el, '#coachingNote') as HTMLTextAreaElement;
      note.value = 'x'.repeat(2001);
      note.dispatchEvent(new Event('input'));
      $(el, 'button[type="submit"]').click();
      await problemsShow(el);
      await expect(el).to.be.accessible();
    });

    it('the summary is accessible, light and dark', async () => {
      const el = await render(company.as(dana), maya.personId, 'dark');
      await expect(el).to.be.accessible();
      el.theme = 'light';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
