/**
 * Malformed records straight from storage — written under validation, as a buggy sync, an old
 * client or a hand-edited IndexedDB could leave them — must never crash an element: it shows a
 * clear error for the bad record and still shows the good ones around it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/goal-card/define.js';
import '../../src/elements/goal-checkin/define.js';
import '../../src/elements/recognition-feed/define.js';
import '../../src/elements/quota-to-goal-meter/define.js';
import '../../src/elements/team-goals-board/define.js';
import { provideGoalpost } from '../../src/context/host-provider.js';
import type { CollectionName, Entity, Viewer } from '../../src/core/types.js';
import type { RawBackend } from '../../src/storage/base-adapter.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';

type Shadowed = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<unknown> };

let company: SeededCompany;
let maya: Viewer;
let dana: Viewer;
const pageErrors: string[] = [];

function onError(event: ErrorEvent): void {
  pageErrors.push(String(event.message));
}
function onRejection(event: PromiseRejectionEvent): void {
  pageErrors.push(String(event.reason));
}

/** Writes `record` as it is, past validation and privacy, the way a corrupt store would hold it. */
async function putRaw(collection: CollectionName, record: Record<string, unknown>): Promise<void> {
  const backend = (company.system as unknown as { backend: RawBackend }).backend;
  const stored = { createdAt: `${SAMPLE_TODAY}T08:00:00.000Z`, updatedAt: `${SAMPLE_TODAY}T08:00:00.000Z`, version: 1, ...record } as Entity;
  await backend.write((store) => store.put(collection, stored));
  await backend.announce([{ collection, id: stored.id, type: 'put', version: stored.version, after: stored }]);
}

async function mount(tag: string, attrs: Record<string, string>, viewer: Viewer): Promise<Shadowed> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
  provideGoalpost(wrapper, { storage: company.as(viewer), viewer, clock: company.clock, locale: 'en-US' });
  const el = document.createElement(tag) as Shadowed;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  el.scrollIntoView();
  return el;
}

const text = (root: ParentNode) => (root.textContent ?? '').replace(/\s+/g, ' ');
const alerts = (root: ShadowRoot) => [...root.querySelectorAll('[role="alert"]')].map((a) => text(a).trim()).filter(Boolean);

async function settled(el: Shadowed, condition: () => boolean, what: string): Promise<void> {
  await waitUntil(condition, what, { timeout: 5000 });
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 20));
}

beforeEach(async () => {
  pageErrors.length = 0;
  company = await seededCompany();
  const v = company.company.viewers;
  maya = { personId: v.repId, role: 'rep' };
  dana = { personId: v.managerId, role: 'manager' };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

const mayaGoal = () => company.company.goals.find((g) => g.ownerId === maya.personId && g.title === 'Lake-house deposit')!;

describe('bad records from storage', () => {
  describe('goal-card', () => {
    const BAD_GOALS: Array<[string, Record<string, unknown>]> = [
      ['milestones: null', { milestones: null }],
      ['a missing title', { title: undefined }],
      ['a title that is a number', { title: 42 }],
      ['a NaN target in an unknown currency', { target: { amount: NaN, currency: 'XYZ' } }],
      ['a target of 1e308', { target: { amount: 1e308, currency: 'USD' } }],
      ['an unknown category and status', { category: 'yacht', status: 'maybe' }],
      ['a funding share of -Infinity', { fundingShare: -Infinity }],
      ['a milestone that is null', { milestones: [null, { id: 'm', title: 'ok' }] }],
    ];
    for (const [label, patch] of BAD_GOALS) {
      it(`shows an error for a goal with ${label}, and a good goal beside it still renders`, async () => {
        const good = mayaGoal();
        await putRaw('goals', { ...good, id: 'goal-bad', ...patch });
        const bad = await mount('goal-card', { 'goal-id': 'goal-bad' }, maya);
        await settled(bad, () => alerts(bad.shadowRoot).length > 0 || !bad.shadowRoot.querySelector('[aria-busy="true"]'), 'the card settles');
        await settled(bad, () => alerts(bad.shadowRoot).length > 0, 'the card shows an error');
        expect(alerts(bad.shadowRoot).join(' ')).not.to.equal('');
        const fine = await mount('goal-card', { 'goal-id': good.id }, maya);
        await settled(fine, () => text(fine.shadowRoot).includes('Lake-house deposit'), 'the good card renders');
        expect(pageErrors).to.deep.equal([]);
      });
    }
  });

  describe('quota-to-goal-meter', () => {
    const mayaPlan = () => company.company.plans.find((p) => p.ownerId === maya.personId)!;
    const BAD_PLANS: Array<[string, Record<string, unknown>]> = [
      ['a negative quota', { quota: -500_000 }],
      ['a NaN quota', { quota: NaN }],
      ['a quota of 1e308', { quota: 1e308, targetIncentive: 1e308 }],
      ['an unknown currency', { currency: 'XYZ' }],
      ['tiers that do not increase', { tiers: [{ from: 0, multiplier: 1, retroactive: false }, { from: 1.2, multiplier: 2, retroactive: false }, { from: 0.5, multiplier: 1.5, retroactive: false }] }],
      ['tiers: null', { tiers: null }],
      ['no year start', { yearStart: undefined }],
    ];
    for (const [label, patch] of BAD_PLANS) {
      it(`shows an error for a plan with ${label}, and other reps' meters still render`, async () => {
        const plan = mayaPlan();
        await putRaw('plans', { ...plan, ...patch });
        const bad = await mount('quota-to-goal-meter', { 'person-id': maya.personId }, maya);
        await settled(bad, () => alerts(bad.shadowRoot).length > 0, 'the meter shows an error');
        const theo: Viewer = { personId: company.company.viewers.teammateId, role: 'rep' };
        const fine = await mount('quota-to-goal-meter', { 'person-id': theo.personId }, theo);
        await settled(fine, () => Boolean(fine.shadowRoot.querySelector('[role="meter"]')), 'a good meter renders');
        expect(pageErrors).to.deep.equal([]);
      });
    }

    it('shows an error for a booking of NaN or 1e308, not a NaN figure', async () => {
      // A booking of this plan year, so the meter reads it.
      const booking = company.company.bookings.find((b) => b.ownerId === maya.personId && b.closedOn >= '2026-10-01')!;
      await putRaw('bookings', { ...booking, id: 'booking-nan', amount: { amount: NaN, currency: 'USD' } });
      await putRaw('bookings', { ...booking, id: 'booking-huge', amount: { amount: 1e308, currency: 'USD' } });
      const bad = await mount('quota-to-goal-meter', { 'person-id': maya.personId }, maya);
      await settled(bad, () => alerts(bad.shadowRoot).length > 0 || Boolean(bad.shadowRoot.querySelector('.sentence')), 'the meter settles');
      expect(text(bad.shadowRoot)).not.to.match(/NaN|Infinity|e\+308/);
      expect(alerts(bad.shadowRoot).length).to.be.greaterThan(0);
      expect(pageErrors).to.deep.equal([]);
    });
  });

  describe('recognition-feed', () => {
    it('shows the good posts and a short error for each bad one, and never links to javascript:', async () => {
      const good = company.company.recognitions.filter((r) => r.teamId === 'team-west' && r.audience === 'team' && r.kind !== 'coaching-example')
        .sort((a, b) => (a.postedAt < b.postedAt ? 1 : -1))[0]!;
      const at = (minutes: number) => new Date(Date.parse(`${SAMPLE_TODAY}T12:00:00.000Z`) + minutes * 60_000).toISOString();
      const bads: Array<Record<string, unknown>> = [
        { id: 'post-bad-message', message: 123 },
        { id: 'post-bad-values', values: null },
        { id: 'post-bad-to', toIds: null },
        { id: 'post-bad-reactions', reactions: null },
        { id: 'post-bad-link', link: 'javascript:window.__pwned=1' },
        { id: 'post-bad-kind', kind: 'bribe' },
      ];
      for (const [index, patch] of bads.entries()) await putRaw('recognitions', { ...good, postedAt: at(-index - 1), ...patch });
      const feed = await mount('recognition-feed', { 'team-id': 'team-west', 'hide-composer': '' }, maya);
      await settled(feed, () => Boolean(feed.shadowRoot.querySelector(`#post-${good.id}`)), 'the good post shows');
      const root = feed.shadowRoot;
      expect(text(root)).to.contain(good.message.slice(0, 40));
      expect(root.querySelectorAll('a[href^="javascript" i]').length).to.equal(0);
      expect((window as Window & { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(text(root)).not.to.match(/\[object Object\]|undefined|NaN/);
      expect(pageErrors).to.deep.equal([]);
    });
  });

  describe('team-goals-board', () => {
    it('shows the other reps when one rep has a broken profile, goal and plan', async () => {
      const theoId = company.company.viewers.teammateId;
      const profile = company.company.profiles.find((p) => p.ownerId === theoId)!;
      const goal = company.company.goals.find((g) => g.ownerId === theoId)!;
      const plan = company.company.plans.find((p) => p.ownerId === theoId)!;
      await putRaw('profiles', { ...profile, drivers: null, coachingNote: 7 });
      if (goal) await putRaw('goals', { ...goal, milestones: null, target: { amount: NaN, currency: 'XYZ' } });
      await putRaw('plans', { ...plan, quota: -1, tiers: null });
      const board = await mount('team-goals-board', { 'manager-id': dana.personId }, dana);
      const root = board.shadowRoot;
      await settled(board, () => Boolean(root.querySelector('.board[aria-busy="false"]')), 'the board loads');
      await settled(board, () => root.querySelectorAll('tr.rep-row').length > 1, 'the board shows reps');
      expect(root.querySelector(`tr.rep-row[data-rep="${maya.personId}"]`), 'Maya still shows').not.to.equal(null);
      expect(text(root)).not.to.match(/NaN|\[object Object\]/);
      expect(pageErrors).to.deep.equal([]);
    });

    it('shows the other reps when one person record is missing its name and role', async () => {
      const theo = company.company.people.find((p) => p.id === company.company.viewers.teammateId)!;
      await putRaw('people', { ...theo, name: undefined, role: 42 });
      const board = await mount('team-goals-board', { 'manager-id': dana.personId }, dana);
      const root = board.shadowRoot;
      await settled(board, () => Boolean(root.querySelector('.board[aria-busy="false"]')), 'the board loads');
      await settled(board, () => root.querySelectorAll('tr.rep-row').length > 1 || alerts(root).length > 0, 'the board settles');
      expect(root.querySelector(`tr.rep-row[data-rep="${maya.personId}"]`), 'Maya still shows').not.to.equal(null);
      expect(pageErrors).to.deep.equal([]);
    });
  });

  describe('goal-checkin', () => {
    it('shows the good check-ins when one has a null note, a confidence of 99 and a bad date', async () => {
      // The newest check-in: the timeline shows the latest five first.
      const mine = company.company.checkins.filter((c) => c.personId === maya.personId).sort((a, b) => b.date.localeCompare(a.date));
      const good = mine[0]!;
      await putRaw('checkins', { ...good, id: 'checkin-bad', note: null, blockers: 5, commitment: undefined, confidence: 99, date: 'yesterday-ish', nextDueOn: 'soon' });
      const el = await mount('goal-checkin', { 'person-id': maya.personId, ...(good.goalId ? { 'goal-id': good.goalId } : {}) }, maya);
      const root = el.shadowRoot;
      await settled(el, () => !root.querySelector('[aria-busy="true"]') && (Boolean(root.querySelector('.note')) || alerts(root).length > 0), 'the check-ins settle');
      expect(text(root)).to.contain(good.note.slice(0, 30));
      expect(text(root)).not.to.match(/NaN|Invalid Date|\[object Object\]/);
      expect(pageErrors).to.deep.equal([]);
    });
  });
});
