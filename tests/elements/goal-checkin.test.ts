import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import '../../src/elements/goal-checkin/define.js';
import { GoalCheckin } from '../../src/elements/goal-checkin/goal-checkin.js';
import { GoalpostElement } from '../../src/elements/goalpost-element.js';
import { clockContext } from '../../src/context/keys.js';
import { daysBetween, nextReviewDate } from '../../src/core/dates.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';
import type { CheckIn, Draft, PersonalGoal, Viewer } from '../../src/core/types.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';

let company: SeededCompany;
let maya: Viewer;
let dana: Viewer;
let theo: Viewer;
let lakeHouse: PersonalGoal;
let yearOff: PersonalGoal;
let loans: PersonalGoal;
let marathon: PersonalGoal;
let parents: HTMLElement[] = [];

/**
 * Renders inside a clock pinned to the sample company's "today", as a provider would; with
 * `composing`, until the form is there (its code loads on first use). `tag` renders a subclass.
 */
async function render(
  attrs: { goalId?: string; personId?: string; cadence?: string; composing?: boolean; theme?: 'light' | 'dark'; tag?: string },
  storage: StorageAdapter,
): Promise<GoalCheckin> {
  const parent = document.createElement('div');
  document.body.append(parent);
  parents.push(parent);
  new ContextProvider(parent, { context: clockContext, initialValue: company.clock });
  let el: GoalCheckin;
  if (attrs.tag) {
    // A subclass under its own tag, written as a page would write it.
    el = document.createElement(attrs.tag) as GoalCheckin;
    for (const [name, value] of [['goal-id', attrs.goalId], ['person-id', attrs.personId], ['cadence', attrs.cadence], ['theme', attrs.theme ?? 'light']]) {
      if (value !== undefined) el.setAttribute(name!, value);
    }
    el.composing = attrs.composing ?? false;
    el.storage = storage;
    parent.append(el);
  } else {
    el = await fixture<GoalCheckin>(
      html`<goal-checkin
        goal-id=${attrs.goalId ?? ''}
        person-id=${attrs.personId ?? ''}
        cadence=${attrs.cadence ?? nothing}
        ?composing=${attrs.composing ?? false}
        theme=${attrs.theme ?? 'light'}
        .storage=${storage}
      ></goal-checkin>`,
      { parentNode: parent },
    );
  }
  await settle(el);
  if (attrs.composing) await formOpens(el);
  return el;
}

/** What a person waits for after "Log a check-in": the form, whose code may still be on its way. */
async function formOpens(el: GoalCheckin): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the check-in form opens', { timeout: 3000 });
  await el.updateComplete;
}

/**
 * A goal-checkin that counts how often it asks for its form's code. (That nothing loads the form
 * up front, by a static import say, shows in `npm run size`: goal-checkin alone loads no
 * validation.)
 */
let editorAsks = 0;
class WatchedGoalCheckin extends GoalCheckin {
  protected static override loadEditor = () => {
    editorAsks += 1;
    return GoalCheckin.loadEditor();
  };
}
if (!customElements.get('watched-goal-checkin')) customElements.define('watched-goal-checkin', WatchedGoalCheckin);

/** A goal-checkin on a page that has gone offline until `online` is set: fetching the form fails. */
let online = true;
class OfflineGoalCheckin extends GoalCheckin {
  protected static override loadEditor = () => (online ? GoalCheckin.loadEditor() : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
}
if (!customElements.get('offline-goal-checkin')) customElements.define('offline-goal-checkin', OfflineGoalCheckin);

async function settle(el: GoalCheckin): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    await el.updateComplete;
    if (!el.shadowRoot!.querySelector('[aria-busy="true"]')) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await el.updateComplete;
}

async function until(el: GoalCheckin, condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}

function count(el: GoalCheckin, selector: string): number {
  return el.shadowRoot!.querySelectorAll(selector).length;
}

function text(el: Element | ShadowRoot): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ');
}

function $(el: GoalCheckin, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in goal-checkin`);
  return found;
}

function button(el: GoalCheckin, label: string, within: ParentNode = el.shadowRoot!): HTMLButtonElement {
  const found = [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).trim() === label);
  if (!found) throw new Error(`No button “${label}”`);
  return found;
}

function entries(el: GoalCheckin): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.timeline > li')];
}

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  input.focus();
  input.select?.();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
}

function setDate(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function checkInDraft(overrides: Partial<Draft<CheckIn>>): Draft<CheckIn> {
  return {
    personId: maya.personId,
    authorId: dana.personId,
    date: '2026-11-20',
    note: 'Talked through the Q4 pipeline.',
    confidence: 3,
    blockers: '',
    commitment: '',
    nextDueOn: '2026-12-20',
    ...overrides,
  };
}

beforeEach(async () => {
  company = await seededCompany();
  const v = company.company.viewers;
  maya = { personId: v.repId, role: 'rep' };
  dana = { personId: v.managerId, role: 'manager' };
  theo = { personId: v.teammateId, role: 'rep' };
  const goals = company.company.goals.filter((g) => g.ownerId === v.repId);
  lakeHouse = goals.find((g) => g.title === 'Lake-house deposit')!;
  yearOff = goals.find((g) => g.title === 'A year off with the kids')!;
  loans = goals.find((g) => g.title === 'Pay off student loans')!;
  marathon = goals.find((g) => g.title === 'Run the Berlin marathon')!;
});

afterEach(() => {
  for (const parent of parents) parent.remove();
  parents = [];
});

describe('goal-checkin', () => {
  // First in the file: once a test has opened the form, the page has its code.
  describe('fetching the form only when it is wanted', () => {
    // These count what the element asks for: the fetch ahead at idle (tested below) would blur them.
    before(() => (GoalpostElement.prefetch = false));
    after(() => (GoalpostElement.prefetch = true));

    it('does not fetch the form to show check-ins; “Log a check-in” fetches it once, however often pressed, and moves focus to its first field', async () => {
      editorAsks = 0;
      const el = await render({ goalId: lakeHouse.id, tag: 'watched-goal-checkin' }, company.as(maya));
      await new Promise((resolve) => requestIdleCallback(resolve));
      expect(entries(el).length).to.equal(5);
      expect(text($(el, '.due'))).to.match(/Due in \d+ days/);
      expect(count(el, 'form')).to.equal(0);
      expect(editorAsks, 'the form’s code asked for before “Log a check-in”').to.equal(0);
      const open = $(el, '.open-form');
      open.focus();
      open.click();
      await el.updateComplete;
      // On its way, it cannot arrive within this task: the element is busy and the button says it is unavailable.
      expect(count(el, 'form')).to.equal(0);
      expect(open.getAttribute('aria-disabled')).to.equal('true');
      expect(count(el, '.card[aria-busy="true"]')).to.equal(1);
      open.click();
      await formOpens(el);
      expect(editorAsks, 'the form’s code asked for once, after “Log a check-in”').to.equal(1);
      expect(count(el, 'form')).to.equal(1);
      expect(el.composing).to.equal(true);
      expect(el.shadowRoot!.activeElement?.id).to.equal('note');
      expect(text($(el, 'form'))).to.contain('New check-in');
      expect(count(el, '.card[aria-busy="true"]')).to.equal(0);
    });

    it('leaves focus where the person went while the form’s code was on its way', async () => {
      let arrive!: () => void;
      const held = new Promise<void>((resolve) => (arrive = resolve));
      class HeldGoalCheckin extends GoalCheckin {
        protected static override loadEditor = () => held.then(() => GoalCheckin.loadEditor());
      }
      if (!customElements.get('held-goal-checkin')) customElements.define('held-goal-checkin', HeldGoalCheckin);
      const el = await render({ goalId: lakeHouse.id, tag: 'held-goal-checkin' }, company.as(maya));
      const elsewhere = Object.assign(document.createElement('input'), { ariaLabel: 'Search the portal' });
      document.body.append(elsewhere);
      try {
        const open = $(el, '.open-form');
        open.focus();
        open.click();
        await el.updateComplete;
        // The rep gives up waiting and starts typing in the page's search box.
        elsewhere.focus();
        arrive();
        await formOpens(el);
        expect(count(el, 'form'), 'the form still opens').to.equal(1);
        expect(document.activeElement === elsewhere, 'focus stays in the search box').to.equal(true);
        expect(el.shadowRoot!.activeElement === null, 'nothing in the element took focus').to.equal(true);
      } finally {
        elsewhere.remove();
      }
    });

    it('logs a check-in end to end when the form’s code arrives after the press', async () => {
      editorAsks = 0;
      const storage = company.as(dana);
      const el = await render({ goalId: lakeHouse.id, tag: 'watched-goal-checkin' }, storage);
      const before = entries(el).length;
      $(el, '.open-form').click();
      await formOpens(el);
      expect(editorAsks).to.equal(1);
      expect(el.shadowRoot!.activeElement?.id).to.equal('note');
      await sendKeys({ type: 'Maya closed the Northwind expansion.' });
      ($(el, '#confidence-5') as HTMLInputElement).click();
      await type($(el, '#commitment') as HTMLTextAreaElement, 'Introduce Maya to the Fabrikam buyer.');
      const saved = oneEvent(el, 'goalpost-checkin-save');
      $(el, 'button[type="submit"]').click();
      const checkIn = (await saved).detail;
      expect(checkIn.authorId).to.equal(dana.personId);
      expect(checkIn.confidence).to.equal(5);
      expect((await storage.get('checkins', checkIn.id)).note).to.equal('Maya closed the Northwind expansion.');
      await until(el, () => count(el, 'form') === 0 && text(entries(el)[0]!).includes('Northwind expansion'));
      expect(count(el, 'form')).to.equal(0);
      expect(count(el, '.timeline > li')).to.equal(Math.min(5, before + 1));
      expect(text(entries(el)[0]!)).to.contain('Maya closed the Northwind expansion.');
      expect(text(entries(el)[0]!)).to.contain('Introduce Maya to the Fabrikam buyer.');
      expect(text($(el, '[role="status"]'))).to.contain('Check-in saved. The next one is due Dec 27, 2026.');
      expect(el.shadowRoot!.activeElement?.classList.contains('open-form')).to.equal(true);
      expect(editorAsks, 'no second fetch').to.equal(1);
    });

    it('says so when the form cannot be fetched, keeps showing the check-ins, and the next press tries again', async () => {
      online = false;
      try {
        const el = await render({ goalId: lakeHouse.id, tag: 'offline-goal-checkin' }, company.as(maya));
        const open = $(el, '.open-form');
        open.focus();
        open.click();
        await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes('did not load'), 'the element says the form did not load');
        expect(text($(el, '[role="alert"]'))).to.contain('That did not load. Check your connection and try again.');
        expect(count(el, 'form')).to.equal(0);
        expect(el.composing).to.equal(false);
        expect(entries(el).length).to.equal(5);
        expect(el.shadowRoot!.activeElement === open, 'focus stays on “Log a check-in”').to.equal(true);
        expect(open.getAttribute('aria-disabled'), '“Log a check-in” is available again').to.equal('false');
        expect(count(el, '.card[aria-busy="true"]')).to.equal(0);
        online = true;
        open.click();
        await formOpens(el);
        expect(el.shadowRoot!.activeElement?.id).to.equal('note');
        expect(text(el.shadowRoot!)).not.to.contain('did not load');
      } finally {
        online = true;
      }
    });

    it('fetches the form ahead when the page is idle, for the rep and their manager only', async () => {
      GoalpostElement.prefetch = true;
      try {
        const asked: string[] = [];
        class CountingGoalCheckin extends GoalCheckin {
          protected static override loadEditor = () => {
            asked.push('editor');
            return GoalCheckin.loadEditor();
          };
        }
        if (!customElements.get('counting-goal-checkin')) customElements.define('counting-goal-checkin', CountingGoalCheckin);
        const teammates = await render({ personId: maya.personId, tag: 'counting-goal-checkin' }, company.as(theo));
        expect(count(teammates, '.open-form'), 'a teammate, who writes no check-ins here').to.equal(0);
        await new Promise((resolve) => requestIdleCallback(resolve));
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(asked, 'a teammate').to.deep.equal([]);
        const managers = await render({ goalId: lakeHouse.id, tag: 'counting-goal-checkin' }, company.as(dana));
        await waitUntil(() => asked.length > 0, 'the manager’s element fetches its form without a press', { timeout: 6000 });
        expect(asked).to.deep.equal(['editor']);
        expect(count(managers, 'form'), 'fetched, not opened').to.equal(0);
        const reps = await render({ goalId: lakeHouse.id, tag: 'counting-goal-checkin' }, company.as(maya));
        await waitUntil(() => asked.length > 1, 'the rep’s element fetches its form without a press', { timeout: 6000 });
        expect(asked).to.deep.equal(['editor', 'editor']);
        expect(count(reps, 'form'), 'fetched, not opened').to.equal(0);
      } finally {
        GoalpostElement.prefetch = false;
      }
    });
  });

  describe('cadence and due dates', () => {
    it('shows the goal’s cadence, when the next check-in is due (from the latest check-in) and when the last was', async () => {
      const el = await render({ goalId: lakeHouse.id }, company.as(maya));
      const latest = company.company.checkins.filter((c) => c.goalId === lakeHouse.id).sort((a, b) => b.date.localeCompare(a.date))[0]!;
      const days = daysBetween(SAMPLE_TODAY, latest.nextDueOn);
      const t = text(el.shadowRoot!);
      expect(t).to.contain('Check-ins · Lake-house deposit');
      expect(t).to.contain('With Dana Whitfield');
      expect(t).to.contain('Reviewed every month');
      expect(text($(el, '.due'))).to.contain(`Due in ${days} days`);
      expect($(el, '.due time').getAttribute('datetime')).to.equal(latest.nextDueOn);
      expect(t).to.contain('Last check-in 18 days ago');
    });

    it('says “Overdue by 12 days” when the latest check-in’s next date passed twelve days ago', async () => {
      await company.system.put('checkins', checkInDraft({ goalId: marathon.id, date: '2026-11-01', nextDueOn: '2026-11-15' }));
      const el = await render({ goalId: marathon.id }, company.as(maya));
      expect(text($(el, '.due'))).to.contain('Overdue by 12 days');
      expect(count(el, '.due.overdue')).to.equal(1);
      expect(text(el.shadowRoot!)).to.contain('Reviewed every two weeks');
    });

    it('says “Due today” and “Due tomorrow”', async () => {
      await company.system.put('checkins', checkInDraft({ goalId: marathon.id, date: '2026-11-13', nextDueOn: '2026-11-27' }));
      const el = await render({ goalId: marathon.id }, company.as(maya));
      expect(text($(el, '.due'))).to.contain('Due today');
      await company.system.put('checkins', checkInDraft({ goalId: marathon.id, date: '2026-11-14', nextDueOn: '2026-11-28' }));
      await until(el, () => text($(el, '.due')).includes('Due tomorrow'));
      expect(text($(el, '.due'))).to.contain('Due tomorrow');
    });

    it('without any check-in, counts one cadence from the day the goal was written, and invites the first', async () => {
      const el = await render({ goalId: marathon.id }, company.as(maya));
      const due = nextReviewDate(marathon.writtenOn, marathon.cadence);
      expect(text($(el, '.due'))).to.contain(`Overdue by ${daysBetween(due, SAMPLE_TODAY)} days`);
      expect(text(el.shadowRoot!)).to.contain('No check-ins yet — the first one sets the rhythm');
      expect(count(el, '.timeline')).to.equal(0);
    });

    it('general check-ins with a rep never checked in with have nothing scheduled yet', async () => {
      const withCheckIns = new Set(company.company.checkins.map((c) => c.personId));
      const fresh = company.company.people.find((p) => p.managerId === dana.personId && !withCheckIns.has(p.id))!;
      const el = await render({ personId: fresh.id }, company.as(dana));
      expect(text($(el, '.due'))).to.contain('No check-in scheduled yet');
      expect(text(el.shadowRoot!)).to.contain('No check-ins yet — the first one sets the rhythm');
      expect(text(el.shadowRoot!)).to.contain(`Check-ins with ${fresh.name}`);
    });

    it('general check-ins follow the cadence the page sets, else the rhythm of the last one', async () => {
      const weekly = await render({ personId: maya.personId, cadence: 'weekly', composing: true }, company.as(dana));
      expect(text(weekly.shadowRoot!)).to.contain('Reviewed every week');
      expect(($(weekly, '#nextDueOn') as HTMLInputElement).value).to.equal('2026-12-04');
      const inferred = await render({ personId: maya.personId, composing: true }, company.as(dana));
      expect(count(inferred, '.cadence')).to.equal(0);
      // Maya's check-ins are monthly: the suggestion follows them.
      expect(($(inferred, '#nextDueOn') as HTMLInputElement).value).to.equal('2026-12-27');
      expect(text(inferred.shadowRoot!)).to.contain('Set a month from today');
    });

    it('a paused goal is never overdue', async () => {
      await company.system.put('goals', { ...marathon, status: 'paused' });
      const el = await render({ goalId: marathon.id }, company.as(maya));
      expect(text($(el, '.due'))).to.contain('No reviews due: the goal is paused');
      expect(count(el, '.due.overdue')).to.equal(0);
    });
  });

  describe('history', () => {
    it('lists every check-in newest first with author, date, confidence, note, blockers and commitment', async () => {
      const el = await render({ goalId: lakeHouse.id }, company.as(maya));
      const stored = company.company.checkins.filter((c) => c.goalId === lakeHouse.id).sort((a, b) => b.date.localeCompare(a.date));
      // The latest five first; the rest one keypress away.
      expect(stored.length).to.be.greaterThan(5);
      expect(entries(el).length).to.equal(5);
      const older = $(el, '.show-older');
      expect(text(older)).to.contain(`Show ${stored.length - 5} older check-in`);
      older.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const items = entries(el);
      expect(items.length).to.equal(stored.length);
      expect(count(el, '.show-older')).to.equal(0);
      expect(el.shadowRoot!.activeElement === items[5]!.querySelector('article')).to.equal(true);
      const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
      expect(dates).to.deep.equal([...dates].sort().reverse());
      const first = text(items[0]!);
      expect(first).to.contain('Dana Whitfield');
      expect(first).to.contain('Confidence 4 of 5 · Fairly');
      expect(first).to.contain(stored[0]!.note);
      expect(first).to.contain('What Dana will do to help');
      expect(first).to.contain('You acknowledged this on');
      expect(first).to.contain('I will make the intro to Northwind’s new VP of Operations.');
      // Due a week after the check-in, eleven days ago, and not yet done.
      expect(first).to.match(/Not done, was due Nov 16/);
      const withBlockers = stored.findIndex((c) => c.blockers);
      if (withBlockers >= 0) expect(text(items[withBlockers]!)).to.contain(`In the way: ${stored[withBlockers]!.blockers}`);
    });

    it('says whether each commitment was done', async () => {
      const done = await company.system.put('checkins', checkInDraft({
        goalId: marathon.id, commitment: 'Book the long-run Saturday off the calendar.', commitmentDueOn: '2026-11-22', commitmentDoneOn: '2026-11-21',
      }));
      const el = await render({ goalId: marathon.id }, company.as(maya));
      expect(text(el.shadowRoot!)).to.contain('Book the long-run Saturday off the calendar.');
      expect(text(el.shadowRoot!)).to.contain('Done Nov 21');
      expect(done.commitmentDoneOn).to.equal('2026-11-21');
    });

    it('renders hostile text as text', async () => {
      const hostile = '<img src=x onerror="window.__pwnedCheckin=1"> & <b>bold</b>';
      await company.system.put('checkins', checkInDraft({ goalId: marathon.id, note: hostile, blockers: hostile, commitment: hostile }));
      const el = await render({ goalId: marathon.id }, company.as(maya));
      expect(count(el, 'img')).to.equal(0);
      expect(count(el, 'b')).to.equal(0);
      expect(text($(el, '.note'))).to.contain(hostile);
      expect((window as unknown as { __pwnedCheckin?: number }).__pwnedCheckin).to.equal(undefined);
    });

    it('general check-ins say which goal each was about', async () => {
      await company.system.put('checkins', checkInDraft({ date: '2026-11-25', note: 'General catch-up on territory.' }));
      const el = await render({ personId: maya.personId }, company.as(maya));
      expect(text(el.shadowRoot!)).to.contain('Your check-ins');
      expect(text(entries(el)[0]!)).to.contain('General check-in');
      expect(text(entries(el)[1]!)).to.contain('About: Lake-house deposit');
    });
  });

  describe('logging a check-in', () => {
    it('the rep logs one with the keyboard: note, confidence on a radio group, blockers, next date set by the cadence', async () => {
      const storage = company.as(maya);
      const el = await render({ goalId: lakeHouse.id }, storage);
      $(el, '.open-form').focus();
      await sendKeys({ press: 'Enter' });
      await formOpens(el);
      expect(el.shadowRoot!.activeElement?.id).to.equal('note');
      await sendKeys({ type: 'Two deals slipped, but the Northwind expansion is close.' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('confidence');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(($(el, '#confidence-4') as HTMLInputElement).checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('blockers');
      await sendKeys({ type: 'Legal review on Contoso' });
      // The commitment is the manager's to make.
      expect(count(el, '#commitment')).to.equal(0);
      expect(($(el, '#nextDueOn') as HTMLInputElement).value).to.equal('2026-12-27');
      expect(text(el.shadowRoot!)).to.contain('Set a month from today');
      const saved = oneEvent(el, 'goalpost-checkin-save');
      $(el, 'button[type="submit"]').focus();
      await sendKeys({ press: 'Enter' });
      const event = await saved;
      expect(event.bubbles && event.composed).to.equal(true);
      const checkIn = event.detail;
      expect(checkIn.authorId).to.equal(maya.personId);
      expect(checkIn.personId).to.equal(maya.personId);
      expect(checkIn.goalId).to.equal(lakeHouse.id);
      expect(checkIn.confidence).to.equal(4);
      expect(checkIn.blockers).to.equal('Legal review on Contoso');
      expect(checkIn.commitment).to.equal('');
      expect(checkIn.date).to.equal(SAMPLE_TODAY);
      expect(checkIn.nextDueOn).to.equal('2026-12-27');
      expect((await storage.get('checkins', checkIn.id)).note).to.equal('Two deals slipped, but the Northwind expansion is close.');
      await settle(el);
      expect(count(el, 'form')).to.equal(0);
      expect(text(entries(el)[0]!)).to.contain('Two deals slipped');
      expect(text(entries(el)[0]!)).to.contain('Waiting for Dana to acknowledge');
      expect(text($(el, '.due'))).to.contain('Due in 30 days');
      expect(text($(el, '[role="status"]'))).to.contain('Check-in saved. The next one is due Dec 27, 2026.');
      expect(el.shadowRoot!.activeElement?.classList.contains('open-form')).to.equal(true);
    });

    it('the next date is editable', async () => {
      const el = await render({ goalId: lakeHouse.id, composing: true }, company.as(maya));
      await type($(el, '#note') as HTMLTextAreaElement, 'Quick one.');
      ($(el, '#confidence-3') as HTMLInputElement).click();
      setDate($(el, '#nextDueOn') as HTMLInputElement, '2026-12-11');
      const saved = oneEvent(el, 'goalpost-checkin-save');
      $(el, 'button[type="submit"]').click();
      expect((await saved).detail.nextDueOn).to.equal('2026-12-11');
    });

    it('the manager records what they will do to help, with a due date; the rep sees it and acknowledges', async () => {
      const el = await render({ goalId: lakeHouse.id, composing: true }, company.as(dana));
      expect(text($(el, 'form'))).to.contain('How is it going for Maya?');
      expect(text($(el, 'fieldset legend'))).to.contain('How sure is Maya of reaching this goal?');
      await type($(el, '#note') as HTMLTextAreaElement, 'Maya is ahead of pace.');
      ($(el, '#confidence-5') as HTMLInputElement).click();
      await type($(el, '#commitment') as HTMLTextAreaElement, 'Get Maya into the Fabrikam exec briefing.');
      setDate($(el, '#commitmentDueOn') as HTMLInputElement, '2026-12-04');
      const saved = oneEvent(el, 'goalpost-checkin-save');
      $(el, 'button[type="submit"]').click();
      const checkIn = (await saved).detail;
      expect(checkIn.authorId).to.equal(dana.personId);
      expect(checkIn.commitment).to.equal('Get Maya into the Fabrikam exec briefing.');
      expect(checkIn.commitmentDueOn).to.equal('2026-12-04');

      const mine = company.as(maya);
      const repView = await render({ goalId: lakeHouse.id }, mine);
      const first = entries(repView)[0]!;
      expect(text(first)).to.contain('What Dana will do to help');
      expect(text(first)).to.contain('Get Maya into the Fabrikam exec briefing.');
      expect(text(first)).to.contain('by Dec 4');
      expect(text(first)).to.contain('Waiting for you to acknowledge');
      // The rep does not keep the manager's commitment.
      expect(first.querySelectorAll('.mark-commitment').length).to.equal(0);
      const acknowledged = oneEvent(repView, 'goalpost-checkin-acknowledge');
      button(repView, 'Acknowledge', first).focus();
      await sendKeys({ press: 'Enter' });
      const event = await acknowledged;
      expect(event.detail.id).to.equal(checkIn.id);
      expect(event.detail.acknowledgedOn).to.equal(SAMPLE_TODAY);
      expect(event.detail.acknowledgedBy).to.equal(maya.personId);
      const stored = await mine.get('checkins', checkIn.id);
      expect(stored.acknowledgedBy).to.equal(maya.personId);
      await until(repView, () => text(entries(repView)[0]!).includes('Acknowledged by'));
      expect(text(entries(repView)[0]!)).to.contain('You acknowledged this on Nov 27');
      expect(repView.shadowRoot!.activeElement?.id).to.equal(`entry-${checkIn.id}`);
      expect(text($(repView, '[role="status"]'))).to.contain('Check-in acknowledged.');
    });

    it('a check-in the rep wrote is acknowledged by the manager, not by the rep', async () => {
      const byRep = await company.system.put('checkins', checkInDraft({ goalId: lakeHouse.id, authorId: maya.personId, date: '2026-11-26', nextDueOn: '2026-12-26' }));
      const repView = await render({ goalId: lakeHouse.id }, company.as(maya));
      expect(text(entries(repView)[0]!)).to.contain('Waiting for Dana to acknowledge');
      expect(entries(repView)[0]!.querySelectorAll('.acknowledge').length).to.equal(0);
      const managerView = await render({ goalId: lakeHouse.id }, company.as(dana));
      const acknowledged = oneEvent(managerView, 'goalpost-checkin-acknowledge');
      button(managerView, 'Acknowledge', entries(managerView)[0]!).click();
      expect((await acknowledged).detail.acknowledgedBy).to.equal(dana.personId);
      expect((await company.system.get('checkins', byRep.id)).acknowledgedOn).to.equal(SAMPLE_TODAY);
    });

    it('the manager marks a commitment done, and can take it back', async () => {
      const storage = company.as(dana);
      const el = await render({ goalId: lakeHouse.id }, storage);
      const first = entries(el)[0]!;
      const toggle = first.querySelector<HTMLButtonElement>('.mark-commitment')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      const id = first.querySelector('article')!.id.replace(/^entry-/, '');
      const saved = oneEvent(el, 'goalpost-checkin-save');
      toggle.focus();
      await sendKeys({ press: 'Space' });
      expect((await saved).detail.commitmentDoneOn).to.equal(SAMPLE_TODAY);
      expect((await storage.get('checkins', id)).commitmentDoneOn).to.equal(SAMPLE_TODAY);
      await until(el, () => text(entries(el)[0]!).includes('Done Nov 27'));
      expect(text(entries(el)[0]!)).to.contain('Done Nov 27');
      const again = entries(el)[0]!.querySelector<HTMLButtonElement>('.mark-commitment')!;
      expect(again.getAttribute('aria-pressed')).to.equal('true');
      expect(el.shadowRoot!.activeElement === again).to.equal(true);
      again.click();
      await until(el, () => !text(entries(el)[0]!).includes('Done Nov 27'));
      expect((await storage.get('checkins', id)).commitmentDoneOn).to.equal(undefined);
    });

    it('shows core’s validation messages beside the fields, focuses the first and saves nothing', async () => {
      const storage = company.as(dana);
      const before = (await storage.list('checkins', { where: { goalId: lakeHouse.id } })).items.length;
      const el = await render({ goalId: lakeHouse.id, composing: true }, storage);
      await type($(el, '#commitment') as HTMLTextAreaElement, 'Shadow two of her calls.');
      setDate($(el, '#commitmentDueOn') as HTMLInputElement, '2026-11-01');
      $(el, 'button[type="submit"]').click();
      await el.updateComplete;
      expect($(el, '#note').getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#note-error'))).to.contain('Write a short note about how it is going.');
      expect(text($(el, '#confidence-error'))).to.contain('Confidence must be a whole number from 1 to 5.');
      expect(text($(el, '#commitmentDueOn-error'))).to.contain('The commitment is due before the check-in took place.');
      expect(text($(el, '[role="alert"]'))).to.contain('Fix 3 things before saving');
      expect(el.shadowRoot!.activeElement?.id).to.equal('note');
      expect((await storage.list('checkins', { where: { goalId: lakeHouse.id } })).items.length).to.equal(before);
      // Fixing them saves.
      await type($(el, '#note') as HTMLTextAreaElement, 'Better week.');
      ($(el, '#confidence-2') as HTMLInputElement).click();
      setDate($(el, '#commitmentDueOn') as HTMLInputElement, '2026-12-01');
      const saved = oneEvent(el, 'goalpost-checkin-save');
      $(el, 'button[type="submit"]').click();
      expect((await saved).detail.confidence).to.equal(2);
    });

    it('a failed save keeps the form as typed and says why', async () => {
      const real = company.as(maya);
      const failing = Object.create(real) as StorageAdapter;
      failing.put = (() => Promise.reject(new Error('Network down.'))) as StorageAdapter['put'];
      failing.subscribe = real.subscribe.bind(real);
      const el = await render({ goalId: lakeHouse.id, composing: true }, failing);
      await type($(el, '#note') as HTMLTextAreaElement, 'Keep this text.');
      ($(el, '#confidence-3') as HTMLInputElement).click();
      $(el, 'button[type="submit"]').click();
      await until(el, () => text(el.shadowRoot!).includes('Not saved'));
      expect(text(el.shadowRoot!)).to.contain('Not saved: Network down. Your check-in is still in the form.');
      expect(($(el, '#note') as HTMLTextAreaElement).value).to.equal('Keep this text.');
      expect(($(el, '#confidence-3') as HTMLInputElement).checked).to.equal(true);
    });

    it('cancel closes the form and returns focus to the button that opened it', async () => {
      const el = await render({ goalId: lakeHouse.id }, company.as(maya));
      $(el, '.open-form').click();
      await formOpens(el);
      button(el, 'Cancel').click();
      await el.updateComplete;
      expect(count(el, 'form')).to.equal(0);
      expect(el.shadowRoot!.activeElement?.classList.contains('open-form')).to.equal(true);
    });

    it('general check-ins with a rep are about no goal', async () => {
      const el = await render({ personId: maya.personId, composing: true }, company.as(dana));
      expect(text($(el, 'fieldset legend'))).to.contain('How confident does Maya feel right now?');
      await type($(el, '#note') as HTMLTextAreaElement, 'Career conversation.');
      ($(el, '#confidence-4') as HTMLInputElement).click();
      const saved = oneEvent(el, 'goalpost-checkin-save');
      $(el, 'button[type="submit"]').click();
      const checkIn = (await saved).detail;
      expect('goalId' in checkIn).to.equal(false);
      expect(checkIn.personId).to.equal(maya.personId);
    });
  });

  describe('privacy', () => {
    it('a manager following a goal shared as a summary sees its check-ins under its category, never its title', async () => {
      await company.system.put('checkins', checkInDraft({ goalId: yearOff.id, note: 'Savings plan on track for the sabbatical fund.' }));
      const el = await render({ goalId: yearOff.id }, company.as(dana));
      const dom = el.shadowRoot!.innerHTML;
      expect(text(el.shadowRoot!)).to.contain('Check-ins · Family goal');
      expect(text(el.shadowRoot!)).to.contain('Savings plan on track');
      for (const secret of [yearOff.title, yearOff.why, 'Ask HR how a sabbatical works']) expect(dom).not.to.contain(secret);
      // Summaries carry no cadence, so none is claimed.
      expect(count(el, '.cadence')).to.equal(0);
    });

    it('the same summary goal is called by category in the manager’s general timeline too', async () => {
      await company.system.put('checkins', checkInDraft({ goalId: yearOff.id, date: '2026-11-26', note: 'Sabbatical fund check.' }));
      const el = await render({ personId: maya.personId }, company.as(dana));
      expect(text(entries(el)[0]!)).to.contain('About: Family goal');
      expect(el.shadowRoot!.innerHTML).not.to.contain(yearOff.title);
    });

    it('check-ins about a private goal reach the rep alone', async () => {
      await company.system.put('checkins', checkInDraft({ goalId: loans.id, authorId: maya.personId, date: '2026-11-26', note: 'Loan refinancing went through.' }));
      const managerGoal = await render({ goalId: loans.id }, company.as(dana));
      expect(text($(managerGoal, '[role="alert"]'))).to.contain('could not be found');
      const managerPerson = await render({ personId: maya.personId }, company.as(dana));
      expect(managerPerson.shadowRoot!.innerHTML).not.to.contain('Loan refinancing');
      expect(managerPerson.shadowRoot!.innerHTML).not.to.contain(loans.title);
      const rep = await render({ personId: maya.personId }, company.as(maya));
      expect(text(entries(rep)[0]!)).to.contain('Loan refinancing went through.');
      expect(text(entries(rep)[0]!)).to.contain('About: Pay off student loans');
    });

    it('anyone else gets no form', async () => {
      const el = await render({ personId: maya.personId }, company.as(theo));
      expect(count(el, '.open-form')).to.equal(0);
      expect(count(el, 'form')).to.equal(0);
      expect(text(el.shadowRoot!)).to.contain('Only Maya and their manager write check-ins here.');
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
      const parent = document.createElement('div');
      document.body.append(parent);
      parents.push(parent);
      const el = await fixture<GoalCheckin>(html`<goal-checkin goal-id=${lakeHouse.id} .storage=${flaky}></goal-checkin>`, { parentNode: parent });
      expect(count(el, '.skeleton')).to.equal(1);
      expect($(el, '.card').getAttribute('aria-busy')).to.equal('true');
      for (const reject of pending) reject(new Error('Disk on fire.'));
      await settle(el);
      expect(text($(el, '[role="alert"]'))).to.contain('Disk on fire.');
      fail = false;
      $(el, '.retry').click();
      await until(el, () => count(el, '.timeline') === 1);
      expect(text(el.shadowRoot!)).to.contain('Lake-house deposit');
    });

    it('without a goal or a person it says there is nothing yet', async () => {
      const el = await render({}, company.as(maya));
      expect(text(el.shadowRoot!)).to.contain('No check-ins yet');
    });

    it('updates live and announces a check-in written elsewhere', async () => {
      const el = await render({ goalId: lakeHouse.id }, company.as(maya));
      const before = entries(el).length;
      await company.as(dana).put('checkins', checkInDraft({ goalId: lakeHouse.id, date: SAMPLE_TODAY, nextDueOn: '2026-12-27', note: 'Written in another tab.' }));
      await until(el, () => entries(el).length === before + 1);
      expect(text(entries(el)[0]!)).to.contain('Written in another tab.');
      expect(text($(el, '[role="status"]'))).to.contain('New check-in from Dana Whitfield.');
      expect(text($(el, '.due'))).to.contain('Due in 30 days');
    });

    it('a commitment changed elsewhere meanwhile is not overwritten', async () => {
      const storage = company.as(dana);
      const el = await render({ goalId: lakeHouse.id }, storage);
      const first = entries(el)[0]!;
      const id = first.querySelector('article')!.id.replace(/^entry-/, '');
      // Another tab changes the check-in first; this element has not heard yet.
      const stale = await storage.get('checkins', id);
      const stalePut = storage.put.bind(storage);
      const racing = Object.create(storage) as StorageAdapter;
      racing.put = (async (collection: 'checkins', record: CheckIn, options?: { expectedVersion?: number }) => {
        await company.system.put('checkins', { ...stale, blockers: 'Changed in another tab' });
        return stalePut(collection, record, options);
      }) as StorageAdapter['put'];
      racing.subscribe = storage.subscribe.bind(storage);
      el.storage = racing;
      await settle(el);
      entries(el)[0]!.querySelector<HTMLButtonElement>('.mark-commitment')!.click();
      await until(el, () => text(el.shadowRoot!).includes('changed somewhere else'));
      expect(text($(el, '[role="alert"]'))).to.contain('This check-in changed somewhere else');
      const stored = await storage.get('checkins', id);
      expect(stored.blockers).to.equal('Changed in another tab');
      expect(stored.commitmentDoneOn).to.equal(undefined);
    });
  });

  describe('accessibility', () => {
    it('is accessible for the rep, with the form open and in dark mode', async () => {
      const el = await render({ goalId: lakeHouse.id }, company.as(maya));
      await expect(el).to.be.accessible();
      $(el, '.open-form').click();
      await formOpens(el);
      await expect(el).to.be.accessible();
      $(el, 'button[type="submit"]').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible for the manager with the commitment fields, light and dark', async () => {
      const el = await render({ goalId: lakeHouse.id, composing: true }, company.as(dana));
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('labels the confidence scale with words, as one radio group', async () => {
      const el = await render({ goalId: lakeHouse.id, composing: true }, company.as(maya));
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"][name="confidence"]')];
      expect(radios.length).to.equal(5);
      const labels = radios.map((r) => text(r.closest('label')!).trim());
      expect(labels).to.deep.equal(['1 · Not at all', '2 · Not very', '3 · Somewhat', '4 · Fairly', '5 · Certain']);
      expect(count(el, 'fieldset.confidence > legend')).to.equal(1);
    });
  });
});
