import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/team-goals-board/define.js';
import { TeamGoalsBoard } from '../../src/elements/team-goals-board/team-goals-board.js';
import { GoalpostElement } from '../../src/elements/goalpost-element.js';
import { GoalCard } from '../../src/elements/goal-card/goal-card.js';
import { QuotaToGoalMeter } from '../../src/elements/quota-to-goal-meter/quota-to-goal-meter.js';
import { GoalCheckin } from '../../src/elements/goal-checkin/goal-checkin.js';
import { provideGoalpost } from '../../src/context/host-provider.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';
import { addDays } from '../../src/core/dates.js';
import { UnavailableError } from '../../src/core/errors.js';
import { formatMoney } from '../../src/core/money.js';
import { pace } from '../../src/core/quota-to-goal.js';
import type { CompPlan, Driver, Entity, MotivationProfile, Person, Viewer } from '../../src/core/types.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb.js';
import { seedStorage } from '../../src/core/seed.js';
import { deleteDB } from 'idb';

let company: SeededCompany;
let dana: Viewer;
let maya: Viewer;

const ROBIN = 'person-robin-vale';
const day = (offset: number) => addDays(SAMPLE_TODAY, offset);

/** The board's shadow root. */
const rootOf = (board: TeamGoalsBoard) => board.shadowRoot!;
const text = (node: ParentNode | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (board: TeamGoalsBoard) => [...rootOf(board).querySelectorAll<HTMLTableRowElement>('tr.rep-row')];
const rowOf = (board: TeamGoalsBoard, personId: string) => rootOf(board).querySelector<HTMLTableRowElement>(`tr.rep-row[data-rep="${personId}"]`);
const cell = (board: TeamGoalsBoard, personId: string, column: string) => text(rowOf(board, personId)?.querySelector(`.col-${column}`));
const button = (board: TeamGoalsBoard, personId: string) => rootOf(board).querySelector<HTMLButtonElement>(`button.rep-button[data-rep="${personId}"]`)!;
const focused = (board: TeamGoalsBoard) => rootOf(board).activeElement as HTMLElement | null;

/** Everything rendered, through every nested shadow root: what a person (or a screen reader) could ever reach. */
function deepMarkup(root: ShadowRoot | Element): string {
  let markup = root instanceof ShadowRoot ? root.innerHTML : root.outerHTML;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) markup += deepMarkup(el.shadowRoot);
  return markup;
}

async function settle(board: TeamGoalsBoard): Promise<void> {
  await waitUntil(() => rootOf(board).querySelector('.board[aria-busy="false"]'), 'the board has loaded', { timeout: 5000 });
  await board.updateComplete;
}

/** Renders the board under a provider that pins the clock to the sample company's today. */
async function render(storage: StorageAdapter | undefined, attrs: Record<string, string | boolean> = {}, viewer?: Viewer): Promise<TeamGoalsBoard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  provideGoalpost(wrapper, { clock: company.clock, locale: 'en-US', ...(storage ? {} : { storage: company.as(viewer!), viewer }) });
  const board = document.createElement('team-goals-board');
  if (storage) board.storage = storage;
  board.theme = 'light';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) board.setAttribute(name, '');
    else if (value !== false) board.setAttribute(name, value);
  }
  wrapper.append(board);
  await settle(board);
  return board;
}

/** Counts how often a board asks for the code of a rep's details. */
let detailAsks = 0;
class WatchedTeamGoalsBoard extends TeamGoalsBoard {
  protected static override loadDetails = () => {
    detailAsks += 1;
    return TeamGoalsBoard.loadDetails();
  };
}
if (!customElements.get('watched-team-goals-board')) customElements.define('watched-team-goals-board', WatchedTeamGoalsBoard);

/** A board on a page that has gone offline until `online` is set: fetching the details fails. */
let online = true;
class OfflineTeamGoalsBoard extends TeamGoalsBoard {
  protected static override loadDetails = () => (online ? TeamGoalsBoard.loadDetails() : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
}
if (!customElements.get('offline-team-goals-board')) customElements.define('offline-team-goals-board', OfflineTeamGoalsBoard);

/** Opens Maya's row on an offline board (`online = false` first) and waits for the row to say the details did not load. */
async function openWhileOffline(): Promise<{ board: TeamGoalsBoard; row: HTMLButtonElement }> {
  const board = await renderTagged('offline-team-goals-board', company.as(dana));
  const row = button(board, maya.personId);
  row.click();
  await waitUntil(() => rootOf(board).querySelector('.detail-row [role="alert"]'), 'the row says the details did not load');
  return { board, row };
}

/** A board whose details' code arrives when the test says so. */
let detailsArrive = Promise.resolve();
class SlowTeamGoalsBoard extends TeamGoalsBoard {
  protected static override loadDetails = () => detailsArrive.then(() => TeamGoalsBoard.loadDetails());
}
if (!customElements.get('slow-team-goals-board')) customElements.define('slow-team-goals-board', SlowTeamGoalsBoard);

/** Renders one of the boards above, as `render` does. */
async function renderTagged(tag: string, storage: StorageAdapter): Promise<TeamGoalsBoard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  provideGoalpost(wrapper, { clock: company.clock, locale: 'en-US' });
  const board = document.createElement(tag) as TeamGoalsBoard;
  board.storage = storage;
  board.theme = 'light';
  wrapper.append(board);
  await settle(board);
  return board;
}

/** What an opened row shows of a rep: their goal cards (by goal), meters and check-ins (by person). */
function detailsShown(board: TeamGoalsBoard) {
  const detail = rootOf(board).querySelector('.detail-row');
  const cards = [...(detail?.querySelectorAll<GoalCard>(customElements.getName(GoalCard)!) ?? [])];
  const meters = [...(detail?.querySelectorAll<QuotaToGoalMeter>(customElements.getName(QuotaToGoalMeter)!) ?? [])];
  const checkins = [...(detail?.querySelectorAll<GoalCheckin>(customElements.getName(GoalCheckin)!) ?? [])];
  return {
    goals: cards.map((card) => card.goal?.id ?? '').sort(),
    meters: meters.map((meter) => `${meter.personId} ${meter.variant}`),
    checkins: checkins.map((checkin) => checkin.personId),
  };
}

/** Counts the reads a storage serves. */
function counted(base: StorageAdapter) {
  const calls = { list: [] as string[], get: [] as string[] };
  const storage = new Proxy(base, {
    get(target, prop, receiver) {
      if (prop === 'list') return (collection: 'people', query?: object) => { calls.list.push(collection); return target.list(collection, query); };
      if (prop === 'get') return (collection: 'people', id: string, options?: object) => { calls.get.push(collection); return target.get(collection, id, options); };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { storage, calls };
}

/** Storage whose reads hang, fail or pass on demand. */
function controlled(base: StorageAdapter) {
  const control = { mode: 'hang' as 'hang' | 'fail' | 'pass' };
  const storage = new Proxy(base, {
    get(target, prop, receiver) {
      if (prop === 'list' || prop === 'get') {
        return (...args: unknown[]) => {
          if (control.mode === 'fail') return Promise.reject(new UnavailableError('The sales server is not answering.'));
          if (control.mode === 'hang') return new Promise(() => {});
          return (target[prop] as (...a: unknown[]) => unknown)(...args);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { storage, control };
}

/**
 * Robin, a rep added to Dana's team with a story the tests control: behind pace, last checked in
 * 45 days ago with confidence 2 and a blocker, a milestone due in 14 days, a promise from Dana
 * three days overdue, never recognised, and one goal of each visibility.
 */
async function addRobin(driver: Driver = 'money', preference: MotivationProfile['recognitionPreference'] = 'private'): Promise<void> {
  const mayaPerson = company.company.people.find((p) => p.id === maya.personId)!;
  const mayaPlan = company.company.plans.find((p) => p.ownerId === maya.personId)!;
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...planFields } = mayaPlan;
  const drivers = { money: 10, winning: 10, recognition: 10, growth: 10, purpose: 10, [driver]: 90 };
  const robin: Omit<Person, keyof Entity> & { id: string } = { id: ROBIN, name: 'Robin Vale', role: 'rep', managerId: dana.personId, teamId: mayaPerson.teamId, title: 'Account Executive' };
  await company.system.batch([
    { type: 'put', collection: 'people', record: robin, expectedVersion: 0 },
    { type: 'put', collection: 'plans', record: { ...planFields, id: 'plan-robin-vale', ownerId: ROBIN, name: 'Robin’s plan' } as Omit<CompPlan, keyof Entity>, expectedVersion: 0 },
    { type: 'put', collection: 'bookings', record: { id: 'booking-robin-1', ownerId: ROBIN, amount: { amount: Math.round(mayaPlan.quota / 10), currency: 'USD' }, closedOn: day(-5), label: 'Contoso — fleet expansion' }, expectedVersion: 0 },
    { type: 'put', collection: 'profiles', record: { id: 'profile-robin-vale', ownerId: ROBIN, drivers, recognitionPreference: preference, leaderboard: 'named', autoCelebrate: false, coachingNote: 'Give it to me straight.' }, expectedVersion: 0 },
    {
      type: 'put', collection: 'goals', expectedVersion: 0,
      record: {
        id: 'goal-robin-lake', ownerId: ROBIN, title: 'Lake house fund', why: 'A dock for my dad to fish from.', category: 'home',
        target: { amount: 5_000_000, currency: 'USD' }, targetDate: day(300), writtenOn: '2026-06-01', fundingShare: 0.3,
        milestones: [{ id: 'goal-robin-lake-m1', title: 'Deposit saved', amount: { amount: 4_000_000, currency: 'USD' }, dueOn: day(14) }],
        status: 'active', visibility: 'manager', cadence: 'monthly',
      },
    },
    {
      type: 'put', collection: 'goals', expectedVersion: 0,
      record: {
        id: 'goal-robin-sabbatical', ownerId: ROBIN, title: 'Secret sabbatical plan', why: 'Nobody at work needs to know why.', category: 'travel',
        target: { amount: 3_000_000, currency: 'USD' }, writtenOn: '2026-07-01', fundingShare: 0.1, saved: { amount: 500_000, currency: 'USD' },
        milestones: [], status: 'active', visibility: 'manager-summary', cadence: 'monthly',
      },
    },
    {
      type: 'put', collection: 'goals', expectedVersion: 0,
      record: {
        id: 'goal-robin-private', ownerId: ROBIN, title: 'Private surgery fund', why: 'Mine alone.', category: 'health',
        target: { amount: 2_000_000, currency: 'USD' }, writtenOn: '2026-07-01', fundingShare: 0.1, milestones: [], status: 'active', visibility: 'private', cadence: 'weekly',
      },
    },
    {
      type: 'put', collection: 'checkins', expectedVersion: 0,
      record: {
        id: 'checkin-robin-1', personId: ROBIN, goalId: 'goal-robin-lake', authorId: dana.personId, date: day(-45), note: 'Quiet quarter so far.', confidence: 2,
        blockers: 'Legal review keeps slipping.', commitment: 'I will make the intro to the CFO.', commitmentDueOn: day(-3), nextDueOn: day(-15),
      },
    },
  ]);
}

async function setRobinProfile(driver: Driver, preference: MotivationProfile['recognitionPreference'] = 'private'): Promise<void> {
  const stored = (await company.system.get('profiles', 'profile-robin-vale')) as MotivationProfile;
  await company.system.put('profiles', { ...stored, drivers: { money: 10, winning: 10, recognition: 10, growth: 10, purpose: 10, [driver]: 90 }, recognitionPreference: preference });
}

beforeEach(async () => {
  document.documentElement.lang = 'en-US';
  company = await seededCompany();
  const v = company.company.viewers;
  dana = { personId: v.managerId, role: 'manager' };
  maya = { personId: v.repId, role: 'rep' };
});

describe('team-goals-board', () => {
  describe('one row per direct report', () => {
    it('shows every direct report of the viewing manager, with table semantics', async () => {
      const board = await render(company.as(dana));
      const team = company.company.people.filter((p) => p.managerId === dana.personId);
      expect(rows(board)).to.have.length(team.length);
      expect(team.length).to.equal(30);
      const root = rootOf(board);
      expect(root.querySelectorAll('table')).to.have.length(1);
      expect(root.querySelectorAll('thead th[scope="col"]')).to.have.length(9);
      expect(root.querySelectorAll('tbody th[scope="row"]')).to.have.length(30);
      expect(text(root.querySelector('h2'))).to.equal('Your team');
      expect(text(root.querySelector('.period'))).to.match(/Q4 2026/);
      for (const person of team) expect(text(rowOf(board, person.id)?.querySelector('th'))).to.contain(person.name);
    });

    it('shows attainment and pace as a meter, matching the commission engine', async () => {
      const board = await render(company.as(dana));
      const plan = company.company.plans.find((p) => p.ownerId === maya.personId)!;
      const bookings = company.company.bookings.filter((b) => b.ownerId === maya.personId);
      const expected = pace(plan, bookings, SAMPLE_TODAY);
      const meter = rowOf(board, maya.personId)!.querySelector<HTMLElement>('[role="meter"]')!;
      expect(meter.getAttribute('aria-label')).to.equal('Maya Okafor’s quota attainment');
      expect(Number(meter.getAttribute('aria-valuenow'))).to.equal(Math.round(expected.attainment * 100));
      expect(meter.getAttribute('aria-valuemin')).to.equal('0');
      const amount = formatMoney({ amount: Math.abs(expected.aheadBy.amount), currency: 'USD' }, 'en-US', { style: 'compact' });
      const words = `${expected.status === 'ahead' ? 'ahead' : 'behind'} by ${amount}`;
      expect(meter.getAttribute('aria-valuetext')).to.contain(words);
      expect(meter.getAttribute('aria-valuetext')).to.match(/expected by today/);
      expect(cell(board, maya.personId, 'attainment')).to.contain(words);
      // Colour is not the only signal: an arrow and words say which side of pace.
      expect(cell(board, maya.personId, 'attainment')).to.match(/[▲▼●]/);
    });

    it('shows the main driver with a word and an icon', async () => {
      const board = await render(company.as(dana));
      expect(cell(board, maya.personId, 'driver')).to.equal('💰 Money');
    });

    it('reads each collection once, not once per rep, and loads 30 reps fast', async () => {
      const { storage, calls } = counted(company.as(dana));
      const started = performance.now();
      const board = await render(storage);
      const elapsed = performance.now() - started;
      expect(rows(board)).to.have.length(30);
      expect(elapsed, `first render of 30 reps took ${Math.round(elapsed)} ms`).to.be.below(1500);
      expect(calls.list.filter((c) => c === 'people')).to.have.length(1);
      for (const collection of ['plans', 'goals', 'bookings', 'checkins', 'recognitions', 'profiles']) {
        expect(calls.list.filter((c) => c === collection), collection).to.have.length(1);
      }
      expect(calls.get.length).to.be.at.most(1);
    });

    it('loads 30 reps fast from the embedded IndexedDB store too', async () => {
      const idb = new IndexedDbAdapter({ dbName: `board-perf-${Date.now()}-${Math.random().toString(36).slice(2)}`, clock: company.clock });
      try {
        await seedStorage(idb, company.company);
        const started = performance.now();
        const board = await render(idb.withViewer(dana));
        const elapsed = performance.now() - started;
        expect(rows(board)).to.have.length(30);
        expect(elapsed, `first render of 30 reps from IndexedDB took ${Math.round(elapsed)} ms`).to.be.below(1500);
      } finally {
        await idb.close();
        await deleteDB(idb.dbName);
      }
    });
  });

  describe('goal funding as visibility allows', () => {
    it('names a shared goal with its funding and a summary-only goal by its category alone', async () => {
      const board = await render(company.as(dana));
      const goals = cell(board, maya.personId, 'goals');
      expect(goals).to.match(/Lake-house deposit \d+%/);
      expect(goals).to.match(/Family goal \d+% \(summary\)/);
      expect(goals).to.contain('Run the Berlin marathon not a money goal');
    });

    it('never puts the title or why of a summary-only goal in the DOM, even with the rep open', async () => {
      const yearOff = company.company.goals.find((g) => g.ownerId === maya.personId && g.visibility === 'manager-summary')!;
      const board = await render(company.as(dana), { 'expanded-rep': maya.personId });
      await waitUntil(() => rootOf(board).querySelector(customElements.getName(GoalCard)!), 'the goal cards render');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const markup = deepMarkup(rootOf(board));
      expect(markup).to.contain('Lake-house deposit');
      for (const secret of [yearOff.title, yearOff.why, ...yearOff.milestones.map((m) => m.title)]) expect(markup).not.to.contain(secret);
    });

    it('says nothing at all about private goals: no title, no count', async () => {
      await addRobin();
      const board = await render(company.as(dana), { 'expanded-rep': ROBIN });
      await waitUntil(() => rootOf(board).querySelector(customElements.getName(GoalCard)!), 'the goal cards render');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const markup = deepMarkup(rootOf(board));
      const lines = [...rowOf(board, ROBIN)!.querySelectorAll('.col-goals li')].map((li) => text(li));
      expect(lines).to.have.length(2);
      expect(lines.some((line) => /^🏡 Lake house fund \d+%$/.test(line))).to.equal(true);
      expect(lines.some((line) => /^✈️ Travel goal \d+% \(summary\)$/.test(line))).to.equal(true);
      for (const secret of ['Private surgery fund', 'Mine alone', 'Secret sabbatical plan', 'Nobody at work']) expect(markup).not.to.contain(secret);
      expect(text(rootOf(board))).not.to.match(/private goal/i);
    });
  });

  describe('flags, risk and commitments', () => {
    it('flags days since check-in past the rep’s shortest cadence, and says so in words', async () => {
      const board = await render(company.as(dana));
      // Maya's shortest shared cadence is biweekly (the marathon); her last check-in was 18 days ago.
      expect(cell(board, maya.personId, 'checkIn')).to.equal('⚠ 18 days ago past the 14-day rhythm');
      expect(rowOf(board, maya.personId)!.querySelector('.col-checkIn.flagged')).to.not.equal(null);
      expect(cell(board, maya.personId, 'recognition')).to.match(/^\d+ days ago$|^Yesterday$|^Today$/);
      expect(rowOf(board, maya.personId)!.querySelector('.col-recognition.flagged')).to.equal(null);
    });

    it('flags a rep never recognised, and respects one who prefers no recognition', async () => {
      await addRobin('money', 'private');
      const board = await render(company.as(dana));
      expect(cell(board, ROBIN, 'recognition')).to.equal('⚠ None this year over 30 days prefers private');
      await setRobinProfile('money', 'none');
      await waitUntil(() => cell(board, ROBIN, 'recognition') === 'Prefers no recognition', 'the preference is respected');
      expect(rowOf(board, ROBIN)!.querySelector('.col-recognition.flagged')).to.equal(null);
    });

    it('phrases risk from combined signals', async () => {
      await addRobin();
      const board = await render(company.as(dana));
      expect(cell(board, ROBIN, 'risk')).to.equal('⚠ Behind pace, no check-in for 45 days, confidence 2/5 at last check-in');
      // A fresh, confident check-in leaves pace and the milestone that pace puts in doubt.
      await company.system.put('checkins', { id: 'checkin-robin-2', personId: ROBIN, authorId: ROBIN, date: day(-2), note: 'Pipeline building.', confidence: 4, blockers: '', commitment: '', nextDueOn: day(28) });
      await waitUntil(() => cell(board, ROBIN, 'risk').startsWith('⚠ Behind pace, milestone due in 14 days'), `risk is now: ${cell(board, ROBIN, 'risk')}`);
      expect(cell(board, ROBIN, 'checkIn')).to.equal('2 days ago');
    });

    it('lists the manager’s open promises, overdue ones flagged', async () => {
      await addRobin();
      const board = await render(company.as(dana));
      expect(cell(board, ROBIN, 'commitments')).to.equal('You promised: make the intro to the CFO — ⚠ overdue by 3 days');
      expect(rowOf(board, ROBIN)!.querySelector('.commitment.overdue')).to.not.equal(null);
      await company.system.put('checkins', { ...(await company.system.get('checkins', 'checkin-robin-1')), commitmentDoneOn: SAMPLE_TODAY });
      await waitUntil(() => cell(board, ROBIN, 'commitments') === 'None open', 'a kept promise leaves the list');
    });

    it('sums up the team: attainment, ahead and behind, at risk, overdue check-ins and open commitments', async () => {
      const board = await render(company.as(dana));
      const root = rootOf(board);
      const all = rows(board);
      const plans = company.company.plans.filter((p) => all.some((r) => r.dataset.rep === p.ownerId));
      const readings = plans.map((plan) => pace(plan, company.company.bookings.filter((b) => b.ownerId === plan.ownerId), SAMPLE_TODAY));
      const booked = readings.reduce((s, r) => s + r.booked.amount, 0);
      const quota = readings.reduce((s, r) => s + r.quota.amount, 0);
      expect(text(root.querySelector('.team-attainment'))).to.equal(`${Math.round((100 * booked) / quota)}%`);
      const ahead = readings.filter((r) => r.status === 'ahead').length;
      expect(text(root.querySelector('.pace-counts'))).to.equal(`${ahead} ahead · ${readings.length - ahead} behind`);
      expect(Number(text(root.querySelector('.at-risk-count')))).to.equal(root.querySelectorAll('tr.rep-row.at-risk').length);
      expect(Number(text(root.querySelector('.overdue-checkins')))).to.equal(root.querySelectorAll('td.col-checkIn.flagged').length);
      const open = company.company.checkins.filter((c) => c.authorId === dana.personId && c.commitment.trim() && !c.commitmentDoneOn);
      expect(Number(text(root.querySelector('.open-commitments')))).to.equal(open.length);
    });
  });

  describe('a next step matched to the rep’s style', () => {
    it('money: what a typical deal funds of a shared goal', async () => {
      await addRobin('money');
      const board = await render(company.as(dana));
      expect(cell(board, ROBIN, 'nextStep')).to.match(/^A \$[\d.]+K deal funds [\d.]+% of “Lake house fund”\.$/);
    });

    it('money: what a deal pays when the only goal is a summary, never its title', async () => {
      await addRobin('money');
      await company.system.delete('goals', 'goal-robin-lake');
      const board = await render(company.as(dana));
      expect(cell(board, ROBIN, 'nextStep')).to.match(/^A \$[\d.]+K deal pays Robin about \$[\d,]+ in commission — show the math\.$/);
    });

    it('winning: a stretch to the next tier', async () => {
      await addRobin('winning');
      const board = await render(company.as(dana));
      expect(cell(board, ROBIN, 'nextStep')).to.match(/^\$[\d.]+K more unlocks ×[\d.]+ — set a two-week sprint\.$/);
    });

    it('recognition: the recent win, privately or publicly as the rep prefers', async () => {
      await addRobin('recognition', 'private');
      const board = await render(company.as(dana));
      expect(cell(board, ROBIN, 'nextStep')).to.equal('Recognise Robin’s Contoso win — privately, as Robin prefers.');
      await setRobinProfile('recognition', 'public');
      await waitUntil(() => cell(board, ROBIN, 'nextStep') === 'Recognise Robin’s Contoso win — in front of the team, as Robin likes it.', 'public preference');
    });

    it('growth: coaching through the blocker from the last check-in', async () => {
      await addRobin('growth');
      const board = await render(company.as(dana));
      expect(cell(board, ROBIN, 'nextStep')).to.equal('Coach Robin through the blocker: “Legal review keeps slipping.”');
    });

    it('purpose: the why of a goal the manager may see', async () => {
      await addRobin('purpose');
      const board = await render(company.as(dana));
      expect(cell(board, ROBIN, 'nextStep')).to.equal('Connect this quarter to why Robin wrote “Lake house fund”.');
      await company.system.delete('goals', 'goal-robin-lake');
      await waitUntil(() => cell(board, ROBIN, 'nextStep') === 'Share what the Contoso deal does for that customer with Robin.', 'customer impact without a visible goal');
    });
  });

  describe('sorting and filtering', () => {
    it('sorts by any column from buttons in the headers, with aria-sort', async () => {
      const board = await render(company.as(dana));
      const root = rootOf(board);
      const header = (column: string) => root.querySelector<HTMLTableCellElement>(`th.col-${column}`)!;
      expect(header('risk').getAttribute('aria-sort')).to.equal('descending');
      header('rep').querySelector('button')!.click();
      await board.updateComplete;
      expect(header('rep').getAttribute('aria-sort')).to.equal('ascending');
      expect(header('risk').getAttribute('aria-sort')).to.equal('none');
      const names = () => rows(board).map((r) => text(r.querySelector('.name')));
      const collator = new Intl.Collator('en-US', { sensitivity: 'base' });
      expect(names()).to.deep.equal([...names()].sort(collator.compare));
      header('rep').querySelector('button')!.click();
      await board.updateComplete;
      expect(header('rep').getAttribute('aria-sort')).to.equal('descending');
      expect(names()).to.deep.equal([...names()].sort(collator.compare).reverse());
      expect(text(root.querySelector('[role="status"][aria-live]'))).to.equal('Sorted by Rep, descending.');

      header('attainment').querySelector('button')!.click();
      await board.updateComplete;
      const values = rows(board).map((r) => Number(r.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')));
      expect(values).to.deep.equal([...values].sort((a, b) => a - b));

      header('checkIn').querySelector('button')!.click();
      await board.updateComplete;
      expect(header('checkIn').getAttribute('aria-sort')).to.equal('descending');
      const days = rows(board).map((r) => text(r.querySelector('.col-checkIn .days'))).map((t) => (t.includes('None') ? Infinity : Number(/(\d+)/.exec(t)?.[1] ?? 0)));
      expect(days).to.deep.equal([...days].sort((a, b) => b - a));
      for (const column of ['goals', 'driver', 'recognition', 'commitments', 'nextStep']) {
        header(column).querySelector('button')!.click();
        await board.updateComplete;
        expect(header(column).getAttribute('aria-sort'), column).to.match(/ascending|descending/);
        expect(rows(board)).to.have.length(30);
      }
    });

    it('filters to the reps at risk and back', async () => {
      const board = await render(company.as(dana));
      const root = rootOf(board);
      const atRisk = root.querySelectorAll('tr.rep-row.at-risk').length;
      expect(atRisk).to.be.greaterThan(0).and.below(30);
      const toggle = root.querySelector<HTMLInputElement>('.at-risk-toggle')!;
      expect(text(toggle.closest('label'))).to.equal(`Only reps at risk (${atRisk})`);
      toggle.click();
      await board.updateComplete;
      expect(board.atRiskOnly).to.equal(true);
      expect(rows(board)).to.have.length(atRisk);
      expect(rows(board).every((r) => r.classList.contains('at-risk'))).to.equal(true);
      expect(text(root.querySelector('[role="status"][aria-live]'))).to.equal(`Showing ${atRisk} of 30 reps.`);
      toggle.click();
      await board.updateComplete;
      expect(rows(board)).to.have.length(30);
    });

    it('starts filtered with the at-risk-only attribute', async () => {
      const board = await render(company.as(dana), { 'at-risk-only': true });
      expect(rows(board).length).to.equal(rootOf(board).querySelectorAll('tr.rep-row.at-risk').length);
      expect(rootOf(board).querySelector<HTMLInputElement>('.at-risk-toggle')!.checked).to.equal(true);
    });
  });

  describe('keyboard and details in place', () => {
    it('moves between rows with the arrow keys, Home and End, one tab stop for the table body', async () => {
      const board = await render(company.as(dana), { 'sort-by': 'rep', 'sort-direction': 'ascending' });
      const ids = rows(board).map((r) => r.dataset.rep!);
      expect(rootOf(board).querySelectorAll('button.rep-button[tabindex="0"]')).to.have.length(1);
      button(board, ids[0]!).focus();
      await sendKeys({ press: 'ArrowDown' });
      await board.updateComplete;
      expect(focused(board)?.dataset.rep).to.equal(ids[1]);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      await board.updateComplete;
      expect(focused(board)?.dataset.rep).to.equal(ids[1]);
      expect(button(board, ids[1]!).tabIndex).to.equal(0);
      expect(button(board, ids[0]!).tabIndex).to.equal(-1);
      await sendKeys({ press: 'End' });
      await board.updateComplete;
      expect(focused(board)?.dataset.rep).to.equal(ids.at(-1));
      await sendKeys({ press: 'Home' });
      await board.updateComplete;
      expect(focused(board)?.dataset.rep).to.equal(ids[0]);
    });

    it('opens a rep in place with Enter, showing their goal cards, quota meter and check-ins; Escape closes and returns focus', async () => {
      const storage = company.as(dana);
      const board = await render(storage);
      const row = button(board, maya.personId);
      row.focus();
      const opened = oneEvent(board, 'goalpost-rep-open');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail.personId).to.equal(maya.personId);
      await board.updateComplete;
      expect(row.getAttribute('aria-expanded')).to.equal('true');
      const detail = rootOf(board).querySelector(`#${row.getAttribute('aria-controls')}`)!;
      expect(detail).to.not.equal(null);
      expect(detail.querySelector('.detail')!.getAttribute('aria-label')).to.equal('Maya Okafor: goals, quota and check-ins');
      await waitUntil(() => detail.querySelector(customElements.getName(GoalCard)!), 'Maya’s goal cards arrive');
      const cards = [...detail.querySelectorAll<GoalCard>(customElements.getName(GoalCard)!)];
      const visibleGoals = company.company.goals.filter((g) => g.ownerId === maya.personId && g.visibility !== 'private');
      expect(cards).to.have.length(visibleGoals.length);
      const meters = detail.querySelectorAll<QuotaToGoalMeter>(customElements.getName(QuotaToGoalMeter)!);
      expect(meters).to.have.length(1);
      expect(meters[0]!.personId).to.equal(maya.personId);
      const checkins = detail.querySelectorAll<GoalCheckin>(customElements.getName(GoalCheckin)!);
      expect(checkins).to.have.length(1);
      // The board was handed its storage, so it hands the same one down.
      expect(cards.every((card) => card.storage === storage)).to.equal(true);
      expect(meters[0]!.storage === storage && checkins[0]!.storage === storage).to.equal(true);
      expect(text(detail)).to.contain('How to coach me');

      const closed = oneEvent(board, 'goalpost-rep-close');
      await sendKeys({ press: 'Escape' });
      expect((await closed).detail.personId).to.equal(maya.personId);
      await board.updateComplete;
      expect(row.getAttribute('aria-expanded')).to.equal('false');
      expect(rootOf(board).querySelector('.detail-row')).to.equal(null);
      expect(focused(board)).to.equal(row);
    });

    it('opens on click, closes from inside the details with Escape or the close button, focus back on the row', async () => {
      const board = await render(company.as(dana));
      const row = button(board, maya.personId);
      row.click();
      await board.updateComplete;
      const close = rootOf(board).querySelector<HTMLButtonElement>('.close-detail')!;
      expect(text(close)).to.equal('Close Maya’s details');
      close.focus();
      await sendKeys({ press: 'Escape' });
      await board.updateComplete;
      expect(rootOf(board).querySelector('.detail-row')).to.equal(null);
      expect(focused(board)).to.equal(row);
      row.click();
      await board.updateComplete;
      rootOf(board).querySelector<HTMLButtonElement>('.close-detail')!.click();
      await board.updateComplete;
      expect(rootOf(board).querySelector('.detail-row')).to.equal(null);
      expect(focused(board)).to.equal(row);
      // Clicking the row again toggles it too.
      row.click();
      await board.updateComplete;
      row.click();
      await board.updateComplete;
      expect(row.getAttribute('aria-expanded')).to.equal('false');
    });

    it('keeps the details open on Escape in a field being typed into, such as a new check-in', async () => {
      const board = await render(company.as(dana), { 'expanded-rep': maya.personId });
      await waitUntil(() => rootOf(board).querySelector(customElements.getName(GoalCheckin)!), 'the check-ins arrive');
      const checkin = rootOf(board).querySelector<GoalCheckin>(customElements.getName(GoalCheckin)!)!;
      await waitUntil(() => checkin.shadowRoot!.querySelector('[aria-busy="false"], .history, ol, ul'), 'the check-ins load');
      checkin.composing = true;
      await waitUntil(() => checkin.shadowRoot!.querySelector('textarea'), 'the check-in form opens');
      const note = checkin.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
      note.focus();
      await sendKeys({ type: 'Half a thought' });
      await sendKeys({ press: 'Escape' });
      await board.updateComplete;
      expect(rootOf(board).querySelector('.detail-row')).to.not.equal(null);
      expect(note.value).to.equal('Half a thought');
    });

    it('under a provider, the details read the provider’s storage through context', async () => {
      const board = await render(undefined, {}, dana);
      expect(board.storage).to.equal(undefined);
      button(board, maya.personId).click();
      await board.updateComplete;
      await waitUntil(() => rootOf(board).querySelector(customElements.getName(QuotaToGoalMeter)!), 'the meter arrives');
      const meter = rootOf(board).querySelector<QuotaToGoalMeter>(customElements.getName(QuotaToGoalMeter)!)!;
      await waitUntil(() => meter.shadowRoot!.querySelector('.sentence'), 'the meter reads through the provider');
      expect(meter.shadowRoot!.querySelector('.sentence')!.textContent).to.contain('Maya');
    });
  });

  describe('details loaded on first open', () => {
    const visibleGoalIds = (personId: string) => company.company.goals.filter((g) => g.ownerId === personId && g.visibility !== 'private').map((g) => g.id).sort();

    it('does not fetch the goal cards, meter and check-ins before a row opens', async () => {
      const prefetch = GoalpostElement.prefetch;
      GoalpostElement.prefetch = false;
      try {
        detailAsks = 0;
        const board = await renderTagged('watched-team-goals-board', company.as(dana));
        // Time enough for an idle page to have fetched them.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(detailAsks).to.equal(0);
        button(board, maya.personId).click();
        await waitUntil(() => detailsShown(board).checkins.length === 1, 'Maya’s check-ins arrive');
        expect(detailAsks).to.equal(1);
      } finally {
        GoalpostElement.prefetch = prefetch;
      }
    });

    it('fetches them ahead once the page is idle, with no row open', async () => {
      detailAsks = 0;
      const board = await renderTagged('watched-team-goals-board', company.as(dana));
      await waitUntil(() => detailAsks > 0, 'the details are fetched ahead', { timeout: 7000 });
      expect(rootOf(board).querySelector('.detail-row')).to.equal(null);
    });

    it('shows a loading state in the opened row while they are on their way, and keeps the keys working', async () => {
      let arrive = () => {};
      detailsArrive = new Promise<void>((resolve) => (arrive = resolve));
      try {
        const board = await renderTagged('slow-team-goals-board', company.as(dana));
        const row = button(board, maya.personId);
        row.focus();
        await sendKeys({ press: 'Enter' });
        await board.updateComplete;
        const status = rootOf(board).querySelector('.detail-row [role="status"]');
        expect(text(status)).to.equal('Loading goals, quota and check-ins…');
        expect(status!.querySelectorAll('.skeleton').length).to.be.greaterThan(0);
        expect(rootOf(board).querySelector('.detail')!.getAttribute('aria-busy'), 'the details say they are busy').to.equal('true');
        expect(text(rootOf(board).querySelector('.detail-row h3'))).to.equal('Maya Okafor');
        await expect(board).to.be.accessible();
        // Escape closes the row meanwhile, focus back on it; Enter opens it again.
        await sendKeys({ press: 'Escape' });
        await board.updateComplete;
        expect(rootOf(board).querySelector('.detail-row')).to.equal(null);
        expect(focused(board)).to.equal(row);
        await sendKeys({ press: 'Enter' });
        await board.updateComplete;
        expect(row.getAttribute('aria-expanded')).to.equal('true');
        arrive();
        await waitUntil(() => detailsShown(board).checkins.length === 1, 'Maya’s details arrive');
        expect(rootOf(board).querySelector('.detail-row [role="status"]')).to.equal(null);
        expect(rootOf(board).querySelector('.detail')!.getAttribute('aria-busy')).to.equal('false');
        expect(detailsShown(board).goals).to.deep.equal(visibleGoalIds(maya.personId));
      } finally {
        arrive();
        detailsArrive = Promise.resolve();
      }
    });

    it('says so in the row when they cannot load, and Retry brings the cards, meter and check-ins', async () => {
      online = false;
      try {
        const { board, row } = await openWhileOffline();
        const alert = rootOf(board).querySelector('.detail-row [role="alert"]')!;
        expect(text(alert)).to.contain('The goals, quota and check-ins could not be loaded. Check your connection and try again.');
        const retry = alert.querySelector<HTMLButtonElement>('button.retry')!;
        expect(text(retry)).to.equal('Try again');
        // Nothing else breaks: the row stays open and closable, the table whole.
        expect(row.getAttribute('aria-expanded')).to.equal('true');
        expect(text(rootOf(board).querySelector('.close-detail'))).to.equal('Close Maya’s details');
        expect(rows(board)).to.have.length(30);
        await expect(board).to.be.accessible();

        // Still offline: Retry fails again, and focus lands on the new Retry, ready for another try.
        retry.focus();
        retry.click();
        await waitUntil(() => focused(board)?.classList.contains('retry'), 'focus is on Retry again');
        expect(text(rootOf(board).querySelector('.detail-row [role="alert"]'))).to.contain('could not be loaded');

        online = true;
        const again = rootOf(board).querySelector<HTMLButtonElement>('.detail-row button.retry')!;
        again.click();
        await waitUntil(() => detailsShown(board).checkins.length === 1, 'the details arrive after retrying');
        expect(rootOf(board).querySelector('.detail-row [role="alert"]')).to.equal(null);
        expect(detailsShown(board)).to.deep.equal({ goals: visibleGoalIds(maya.personId), meters: [`${maya.personId} compact`], checkins: [maya.personId] });
        // Focus stays in the details, on the rep's name, rather than falling to the page.
        expect(focused(board)?.localName).to.equal('h3');
      } finally {
        online = true;
      }
    });

    it('tries again on the next open after a failure', async () => {
      online = false;
      try {
        const { board, row } = await openWhileOffline();
        row.click();
        await board.updateComplete;
        expect(rootOf(board).querySelector('.detail-row')).to.equal(null);
        online = true;
        row.click();
        await waitUntil(() => detailsShown(board).checkins.length === 1, 'the details arrive on the next open');
        expect(rootOf(board).querySelector('.detail-row [role="alert"]')).to.equal(null);
      } finally {
        online = true;
      }
    });

    it('shows the opened rep’s own goal cards, compact meter and check-ins, rep after rep', async () => {
      await addRobin();
      const board = await render(company.as(dana));
      button(board, maya.personId).click();
      await waitUntil(() => detailsShown(board).checkins.length === 1, 'Maya’s details arrive');
      expect(detailsShown(board)).to.deep.equal({ goals: visibleGoalIds(maya.personId), meters: [`${maya.personId} compact`], checkins: [maya.personId] });
      const lakeHouse = company.company.goals.find((g) => g.ownerId === maya.personId && g.title === 'Lake-house deposit')!;
      const card = [...rootOf(board).querySelectorAll<GoalCard>(`.detail-row ${customElements.getName(GoalCard)!}`)].find((c) => c.goal?.id === lakeHouse.id)!;
      await waitUntil(() => card.shadowRoot?.textContent?.includes(lakeHouse.title), 'the card shows Maya’s goal');

      button(board, ROBIN).click();
      await waitUntil(() => detailsShown(board).checkins[0] === ROBIN, 'Robin’s details replace Maya’s');
      expect(rootOf(board).querySelectorAll('.detail-row')).to.have.length(1);
      expect(detailsShown(board)).to.deep.equal({ goals: ['goal-robin-lake', 'goal-robin-sabbatical'], meters: [`${ROBIN} compact`], checkins: [ROBIN] });
    });
  });

  describe('live updates', () => {
    it('moves a rep’s meter when a deal is booked elsewhere', async () => {
      const board = await render(company.as(dana));
      const meter = () => rowOf(board, maya.personId)!.querySelector<HTMLElement>('[role="meter"]')!;
      const before = Number(meter().getAttribute('aria-valuenow'));
      await company.as(maya).put('bookings', { ownerId: maya.personId, amount: { amount: 25_000_000, currency: 'USD' }, closedOn: SAMPLE_TODAY, label: 'Contoso — fleet expansion' });
      await waitUntil(() => Number(meter().getAttribute('aria-valuenow')) > before, 'the meter moves');
      await waitUntil(() => text(rootOf(board).querySelector('[role="status"][aria-live]')).startsWith('Team figures updated'), 'the change is announced');
    });

    it('adds a new direct report as they join the team', async () => {
      const board = await render(company.as(dana));
      await addRobin();
      await waitUntil(() => rows(board).length === 31, 'Robin appears');
    });
  });

  describe('states', () => {
    it('shows a loading state while the team is on its way', async () => {
      const { storage } = controlled(company.as(dana));
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      provideGoalpost(wrapper, { clock: company.clock });
      const board = document.createElement('team-goals-board');
      board.storage = storage;
      wrapper.append(board);
      await board.updateComplete;
      expect(rootOf(board).querySelector('.board')!.getAttribute('aria-busy')).to.equal('true');
      expect(text(rootOf(board).querySelector('[role="status"].loading'))).to.equal('Loading your team…');
      await expect(board).to.be.accessible();
    });

    it('shows an error with a retry, and recovers', async () => {
      const { storage, control } = controlled(company.as(dana));
      control.mode = 'fail';
      const board = await render(storage);
      expect(text(rootOf(board).querySelector('[role="alert"]'))).to.contain('The sales server is not answering.');
      control.mode = 'pass';
      rootOf(board).querySelector<HTMLButtonElement>('.retry')!.click();
      await waitUntil(() => rows(board).length === 30, 'the team loads after retrying');
    });

    it('says "No direct reports" to a manager without a team', async () => {
      await company.system.put('people', { id: 'person-new-manager', name: 'Noor Haddad', role: 'manager', teamId: 'team-new', managerId: company.company.viewers.leaderId });
      const board = await render(company.as({ personId: 'person-new-manager', role: 'manager' }));
      expect(text(rootOf(board).querySelector('.empty'))).to.contain('No direct reports');
      expect(rootOf(board).querySelector('table')).to.equal(null);
      await expect(board).to.be.accessible();
    });

    it('tells a rep this view is for managers, and reads nothing', async () => {
      const { storage, calls } = counted(company.as(maya));
      const board = await render(storage);
      expect(text(rootOf(board))).to.contain('This view is for managers.');
      expect(rootOf(board).querySelector('table')).to.equal(null);
      expect(calls.list.length + calls.get.length).to.equal(0);
      // Naming a manager does not open someone else's team to a rep.
      board.managerId = dana.personId;
      await board.updateComplete;
      expect(text(rootOf(board))).to.contain('This view is for managers.');
      expect(calls.list.length).to.equal(0);
      await expect(board).to.be.accessible();
    });

    it('shows another manager’s team by manager-id, in their name, as the viewer may see it', async () => {
      const leader: Viewer = { personId: company.company.viewers.leaderId, role: 'leader' };
      const board = await render(company.as(leader), { 'manager-id': dana.personId });
      expect(text(rootOf(board).querySelector('h2'))).to.equal('Dana Whitfield’s team');
      expect(rows(board)).to.have.length(30);
      expect(text(rootOf(board).querySelector('th.col-commitments'))).to.contain('Dana’s commitments');
      // A leader sees plans, not goals.
      expect(cell(board, maya.personId, 'goals')).to.equal('No goals shared');
      expect(deepMarkup(rootOf(board))).not.to.contain('Lake-house deposit');
    });
  });

  describe('accessibility', () => {
    it('is accessible in light and dark', async () => {
      const board = await render(company.as(dana));
      await expect(board).to.be.accessible();
      board.theme = 'dark';
      await board.updateComplete;
      await expect(board).to.be.accessible();
    });

    it('is accessible with a rep open and filtered to those at risk', async () => {
      const board = await render(company.as(dana), { 'at-risk-only': true });
      const first = rows(board)[0]!.dataset.rep!;
      button(board, first).click();
      await board.updateComplete;
      await waitUntil(() => rootOf(board).querySelector(customElements.getName(GoalCheckin)!), 'details render');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(board).to.be.accessible();
    });
  });
});
