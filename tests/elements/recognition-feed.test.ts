import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/recognition-feed/define.js';
import { RecognitionFeed } from '../../src/elements/recognition-feed/recognition-feed.js';
import { GoalpostElement } from '../../src/elements/goalpost-element.js';
import { provideGoalpost } from '../../src/context/host-provider.js';
import { UnavailableError } from '../../src/core/errors.js';
import type { Draft, Id, Recognition, RecognitionKind, Viewer } from '../../src/core/types.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { seededCompany } from '../support/company.js';
import { formatRelative } from '../../src/i18n/format.js';
import type { SeededCompany } from '../support/company.js';
import de from '../../src/i18n/de.js';

const WEST = 'team-west';
const KIND_LABELS: Record<RecognitionKind, string> = {
  win: 'Win', kudos: 'Kudos', 'coaching-example': 'Coaching example', milestone: 'Milestone', 'goal-achieved': 'Goal achieved',
};

interface Mounted {
  el: RecognitionFeed;
  root: ShadowRoot;
}

/** Mounts a feed inside host-page context (storage, viewer, a pinned clock), as an integrator would. */
async function mount(storage: StorageAdapter, viewer: Viewer, attributes: Record<string, string>, clock: () => Date, wait = true, tag = 'recognition-feed'): Promise<Mounted> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
  provideGoalpost(wrapper, { storage, viewer, clock, locale: 'en-US' });
  const el = document.createElement(tag) as RecognitionFeed;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  if (!wait) return { el, root };
  await waitUntil(() => root.querySelector('[role="feed"]'), 'the first page is read', { timeout: 5000 });
  // The list renders only what is on screen, so bring each feed into view as a reader would.
  el.scrollIntoView();
  await waitUntil(() => posts(root).length > 0, 'the feed shows posts', { timeout: 5000 });
  return { el, root };
}

/**
 * A feed that counts how often it asks for each part's code. (That nothing on the page loads them
 * up front, by a static import say, is checked by `npm run size`, which fails when the core page's
 * modules include them.)
 */
const asks = { composer: 0, actions: 0 };
class WatchedRecognitionFeed extends RecognitionFeed {
  protected static override loadComposer = () => (asks.composer += 1, RecognitionFeed.loadComposer());
  protected static override loadActions = () => (asks.actions += 1, RecognitionFeed.loadActions());
}
if (!customElements.get('watched-recognition-feed')) customElements.define('watched-recognition-feed', WatchedRecognitionFeed);

/** The network as a gated feed sees it: offline, or delivering its parts once `arrived` settles. */
const network = { online: true, arrived: Promise.resolve() };
function whenOnline<T>(load: () => Promise<T>): Promise<T> {
  return network.online ? network.arrived.then(load) : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
}
class GatedRecognitionFeed extends RecognitionFeed {
  protected static override loadComposer = () => whenOnline(() => RecognitionFeed.loadComposer());
  protected static override loadActions = () => whenOnline(() => RecognitionFeed.loadActions());
}
if (!customElements.get('gated-recognition-feed')) customElements.define('gated-recognition-feed', GatedRecognitionFeed);

/** A promise the test settles: the moment a part's code arrives. */
function arrival(): { promise: Promise<void>; arrive: () => void } {
  let arrive = () => {};
  const promise = new Promise<void>((resolve) => (arrive = resolve));
  return { promise, arrive };
}

function liveRegion(root: ShadowRoot): string {
  return root.querySelector('.feed > [role="status"][aria-live="polite"]')!.textContent!.trim();
}

function posts(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('article.post')];
}

function postIds(root: ShadowRoot): Id[] {
  return posts(root)
    .sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')))
    .map((article) => article.id.replace(/^post-/, ''));
}

function postEl(root: ShadowRoot, id: Id): HTMLElement | null {
  return root.querySelector<HTMLElement>(`#post-${id}`);
}

function button(scope: ParentNode, text: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

function viewerOf(company: SeededCompany, id: Id): Viewer {
  const person = company.company.people.find((p) => p.id === id)!;
  return { personId: person.id, role: person.role };
}

/** Everything a viewer may see in a team's feed, newest first, read straight from storage. */
async function expectedFeed(storage: StorageAdapter, where: Partial<Record<'teamId' | 'kind', string>>): Promise<Recognition[]> {
  return (await storage.list('recognitions', { where, orderBy: 'postedAt', direction: 'desc' })).items;
}

async function openComposer(root: ShadowRoot): Promise<void> {
  root.querySelector<HTMLButtonElement>('#composer-toggle')!.click();
  await waitUntil(() => root.activeElement?.id === 'composer-recipients', 'focus moves to the recipient box');
}

/** Types into the combobox and chooses the first match with the keyboard. */
async function chooseRecipient(root: ShadowRoot, text: string): Promise<void> {
  root.querySelector<HTMLInputElement>('#composer-recipients')!.focus();
  await sendKeys({ type: text });
  await waitUntil(() => root.querySelector('#composer-recipient-list [role="option"]'), 'matching people are offered');
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
}

async function typeInto(root: ShadowRoot, selector: string, text: string): Promise<void> {
  root.querySelector<HTMLElement>(selector)!.focus();
  await sendKeys({ type: text });
}

/** A coaching example featuring Maya that waits for her consent. */
function pendingCoaching(c: SeededCompany): Recognition {
  return c.company.recognitions.find((p) => p.kind === 'coaching-example' && p.consent?.status === 'pending' && p.consent.personId === c.company.viewers.repId)!;
}

/** A post's reaction Maya has not given but someone else has, so a click adds hers and there is a name to show. */
function othersReaction(root: ShadowRoot, c: SeededCompany, me: Id): { id: Id; emoji: string; who: readonly Id[]; button: () => HTMLButtonElement } {
  const byId = new Map(c.company.recognitions.map((p) => [p.id, p]));
  const givenByOthers = (id: Id) => Object.entries(byId.get(id)?.reactions ?? {}).find(([, who]) => who.length > 0 && !who.includes(me));
  const article = posts(root).find((a) => givenByOthers(a.id.replace(/^post-/, '')))!;
  const id = article.id.replace(/^post-/, '');
  const [emoji, who] = givenByOthers(id)!;
  const button = () => [...postEl(root, id)!.querySelectorAll<HTMLButtonElement>('.reaction-wrap .reaction')].find((b) => b.querySelector('.emoji')!.textContent === emoji)!;
  return { id, emoji, who, button };
}

function draftPost(overrides: Partial<Draft<Recognition>>): Draft<Recognition> {
  return {
    fromId: 'person-dana-whitfield', toIds: ['person-jordan-reyes'], teamId: WEST, kind: 'kudos', message: 'Thanks!', values: [],
    audience: 'team', postedAt: '2026-11-27T11:30:00.000Z', reactions: {}, ...overrides,
  };
}

describe('recognition-feed', () => {
  let company: SeededCompany;
  let maya: Viewer;
  let dana: Viewer;
  let jordan: Viewer;

  beforeEach(async () => {
    company = await seededCompany();
    maya = viewerOf(company, company.company.viewers.repId);
    dana = viewerOf(company, company.company.viewers.managerId);
    jordan = viewerOf(company, company.company.viewers.teammateId);
  });

  afterEach(() => {
    network.online = true;
    network.arrived = Promise.resolve();
  });

  // First in the file: once a test has reacted or opened the composer, the page has their code.
  describe('loading what only a click needs, with that click', () => {
    // These count what the feed asks for: the fetch ahead at idle (tested below) would blur them.
    before(() => (GoalpostElement.prefetch = false));
    after(() => (GoalpostElement.prefetch = true));

    it('shows the feed without fetching the composer or post actions; the first reaction fetches them and counts', async () => {
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock, true, 'watched-recognition-feed');
      expect(asks, 'no part asked for before any click').to.deep.equal({ composer: 0, actions: 0 });
      expect(root.querySelectorAll('.add-reaction').length, 'every post offers to add a reaction').to.equal(posts(root).length);
      expect(root.querySelectorAll('.picker').length).to.equal(0);

      const { id, emoji, who, button: reaction } = othersReaction(root, company, maya.personId);
      reaction().focus();
      reaction().click();
      await waitUntil(async () => (await company.system.get('recognitions', id)).reactions[emoji]?.includes(maya.personId) === true, 'the one click is stored');
      await waitUntil(() => reaction().getAttribute('aria-pressed') === 'true', 'the button shows it');
      expect(reaction().querySelector('.count')!.textContent).to.equal(String(who.length + 1));
      expect(root.activeElement === reaction(), 'focus stays on the reaction').to.equal(true);
      expect(asks, 'post actions asked for once, the composer, still closed, not at all').to.deep.equal({ composer: 0, actions: 1 });
    });

    it('acts once on a double click while post actions are on their way, and focus moves into the picker', async () => {
      const { el, root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock, true, 'gated-recognition-feed');
      const code = arrival();
      network.arrived = code.promise;
      const add = posts(root)[0]!.querySelector<HTMLButtonElement>('.add-reaction')!;
      add.focus();
      add.click();
      add.click();
      await el.updateComplete;
      expect(add.getAttribute('aria-expanded'), 'nothing opens before the code is here').to.equal('false');
      code.arrive();
      await waitUntil(() => add.getAttribute('aria-expanded') === 'true', 'the picker opens once');
      await waitUntil(() => root.activeElement?.classList.contains('pick'), 'focus moves to the first reaction offered');
      await el.updateComplete;
      expect(add.getAttribute('aria-expanded'), 'the second click did not close it again').to.equal('true');
      expect(root.querySelectorAll('.picker').length).to.equal(1);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => add.getAttribute('aria-expanded') === 'false', 'Escape closes the picker');
      expect(root.activeElement === add, 'focus is back on the button that opened it').to.equal(true);
    });

    it('opens the composer and the picker without taking focus from where the person went while they loaded', async () => {
      const { el, root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock, true, 'gated-recognition-feed');
      const elsewhere = Object.assign(document.createElement('input'), { ariaLabel: 'Search the portal' });
      document.body.append(elsewhere);
      try {
        const code = arrival();
        network.arrived = code.promise;
        root.querySelector<HTMLButtonElement>('#composer-toggle')!.click();
        const add = posts(root)[0]!.querySelector<HTMLButtonElement>('.add-reaction')!;
        add.click();
        await el.updateComplete;
        elsewhere.focus();
        code.arrive();
        await waitUntil(() => root.querySelector('#composer-toggle')!.getAttribute('aria-expanded') === 'true', 'the composer opens');
        await waitUntil(() => add.getAttribute('aria-expanded') === 'true', 'the picker opens');
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(document.activeElement === elsewhere, 'focus stays in the search box').to.equal(true);
        expect(root.activeElement === null, 'nothing in the feed took focus').to.equal(true);
      } finally {
        elsewhere.remove();
      }
    });

    it('runs every different action asked for while the code is on its way, marking those posts busy meanwhile', async () => {
      const coaching = pendingCoaching(company);
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock, true, 'gated-recognition-feed');
      const code = arrival();
      network.arrived = code.promise;
      const { id, emoji, button: reaction } = othersReaction(root, company, maya.personId);
      expect(id, 'two different posts').not.to.equal(coaching.id);
      reaction().click();
      button(postEl(root, coaching.id)!, 'Grant consent').click();
      await waitUntil(() => postEl(root, id)!.getAttribute('aria-busy') === 'true' && postEl(root, coaching.id)!.getAttribute('aria-busy') === 'true', 'both posts are busy');
      code.arrive();
      await waitUntil(async () => (await company.system.get('recognitions', id)).reactions[emoji]?.includes(maya.personId) === true, 'the reaction is stored');
      await waitUntil(async () => (await company.system.get('recognitions', coaching.id)).consent?.status === 'granted', 'and the consent');
      await waitUntil(() => postEl(root, id)!.getAttribute('aria-busy') === 'false' && postEl(root, coaching.id)!.getAttribute('aria-busy') === 'false', 'neither post is busy any more');
    });

    it('fetches its parts ahead when the page is idle for someone who can use them; not the composer when it is hidden', async () => {
      GoalpostElement.prefetch = true;
      try {
        const asked: string[] = [];
        class CountingFeed extends RecognitionFeed {
          protected static override loadComposer = () => (asked.push('composer'), RecognitionFeed.loadComposer());
          protected static override loadActions = () => (asked.push('actions'), RecognitionFeed.loadActions());
        }
        if (!customElements.get('counting-recognition-feed')) customElements.define('counting-recognition-feed', CountingFeed);
        await mount(company.as(maya), maya, { 'team-id': WEST, 'hide-composer': '' }, company.clock, true, 'counting-recognition-feed');
        await waitUntil(() => asked.includes('actions'), 'reactions and consent are fetched without a click', { timeout: 6000 });
        await new Promise((resolve) => requestIdleCallback(resolve));
        expect(asked, 'a feed without a composer').to.deep.equal(['actions']);
        asked.length = 0;
        await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock, true, 'counting-recognition-feed');
        await waitUntil(() => asked.length === 2, 'both parts are fetched without a click', { timeout: 6000 });
        expect([...asked].sort()).to.deep.equal(['actions', 'composer']);
      } finally {
        GoalpostElement.prefetch = false;
      }
    });

    it('grants consent on the first click, though the code behind the button arrives after it', async () => {
      const post = pendingCoaching(company);
      const before = await company.system.get('recognitions', post.id);
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock, true, 'gated-recognition-feed');
      const code = arrival();
      network.arrived = code.promise;
      const grant = button(postEl(root, post.id)!, 'Grant consent');
      grant.focus();
      grant.click();
      grant.click();
      code.arrive();
      await waitUntil(() => postEl(root, post.id)!.textContent!.includes('Shared with Maya’s consent'), 'the rep sees it shared');
      const saved = await company.system.get('recognitions', post.id);
      expect(saved.consent!.status).to.equal('granted');
      expect(saved.version, 'stored once').to.equal(before.version + 1);
      await waitUntil(() => liveRegion(root) === 'Thank you. Your team can see it now.', 'the answer is acknowledged');
      expect(root.activeElement?.id, 'focus stays on the post the buttons were in').to.equal(`post-${post.id}`);
    });

    it('says so when a part cannot be fetched, and the next click fetches it again', async () => {
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock, true, 'gated-recognition-feed');
      network.online = false;
      const { id, emoji, button: reaction } = othersReaction(root, company, maya.personId);
      reaction().click();
      await waitUntil(() => liveRegion(root) === 'This part of the feed could not be loaded. Check your connection and try again.', 'the feed says the reaction could not be given');
      expect(reaction().getAttribute('aria-pressed')).to.equal('false');
      expect((await company.system.get('recognitions', id)).reactions[emoji]?.includes(maya.personId) ?? false).to.equal(false);

      network.online = true;
      reaction().click();
      await waitUntil(() => reaction().getAttribute('aria-pressed') === 'true', 'the next click reacts');
      await waitUntil(async () => (await company.system.get('recognitions', id)).reactions[emoji]?.includes(maya.personId) === true, 'and it is stored');
    });

    it('says so in the reader’s language when the composer cannot be fetched, and opens it on the next click', async () => {
      const { el, root } = await mount(company.as(maya), maya, { 'team-id': WEST, lang: 'de' }, company.clock, true, 'gated-recognition-feed');
      await waitUntil(() => root.querySelector('#composer-toggle')!.textContent!.includes(de['feed.compose.open']), 'the feed speaks German', { timeout: 5000 });
      network.online = false;
      const toggle = root.querySelector<HTMLButtonElement>('#composer-toggle')!;
      toggle.click();
      await waitUntil(() => liveRegion(root) === de['feed.partUnavailable'], 'the feed says, in German, that the composer could not be loaded');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(root.querySelectorAll('form').length).to.equal(0);

      network.online = true;
      toggle.click();
      await waitUntil(() => root.activeElement?.id === 'composer-recipients', 'the composer opens with focus in its first field');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(root.querySelector('#composer-title')!.textContent).to.equal(de['feed.compose.title']);
      await el.updateComplete;
    });
  });

  describe('reading', () => {
    it('shows a team’s posts newest first, with names, kind badges and times', async () => {
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      const expected = await expectedFeed(company.as(maya), { teamId: WEST });
      const shown = postIds(root);
      expect(shown.length).to.be.greaterThan(3);
      expect(shown).to.deep.equal(expected.slice(0, shown.length).map((p) => p.id));

      const times = posts(root).map((article) => article.querySelector('time')!.getAttribute('datetime')!);
      expect([...times].sort().reverse()).to.deep.equal(times);

      const newest = postEl(root, expected[0]!.id)!;
      const sender = company.company.people.find((p) => p.id === expected[0]!.fromId)!;
      const recipient = company.company.people.find((p) => p.id === expected[0]!.toIds[0])!;
      expect(newest.querySelector('.names')!.textContent).to.contain(recipient.name);
      expect(newest.querySelector('.meta')!.textContent).to.contain(`from ${sender.name}`);
      const recipients = new Intl.ListFormat('en-US', { type: 'conjunction' }).format(expected[0]!.toIds.map((id) => company.company.people.find((p) => p.id === id)!.name));
      expect(newest.getAttribute('aria-label')).to.equal(`${KIND_LABELS[expected[0]!.kind]}: ${sender.name} recognised ${recipients}`);
      expect(newest.querySelector('.kind-badge')!.textContent!.trim()).to.equal(KIND_LABELS[expected[0]!.kind]);
      const time = newest.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(expected[0]!.postedAt);
      expect(time.getAttribute('title')).to.contain('2026');
      expect(time.textContent!.trim()).to.equal(formatRelative(expected[0]!.postedAt, company.clock(), 'en-US'));
      expect(time.textContent).to.match(/ago|yesterday|now/);
    });

    it('marks each post with its kind’s colour, the same as its badge', async () => {
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      const edge = new Map<string, string>();
      for (const article of posts(root)) {
        const kind = [...article.classList].find((c) => c.startsWith('kind-'))!;
        const colour = getComputedStyle(article).borderInlineStartColor;
        expect(colour, kind).to.equal(getComputedStyle(article.querySelector('.kind-badge')!).color);
        edge.set(kind, colour);
      }
      expect(edge.size, 'kinds on the first page').to.be.greaterThan(1);
      expect(new Set(edge.values()).size).to.equal(edge.size);
    });

    it('a team feed holds only that team’s posts; a person feed holds posts to or from that person', async () => {
      const gabriel = viewerOf(company, company.company.viewers.otherManagerId);
      const team = await mount(company.as(gabriel), gabriel, { 'team-id': 'team-east' }, company.clock);
      const byId = new Map(company.company.recognitions.map((p) => [p.id, p]));
      expect(postIds(team.root).every((id) => byId.get(id)!.teamId === 'team-east')).to.equal(true);

      const person = await mount(company.as(dana), dana, { 'person-id': maya.personId }, company.clock);
      const ids = postIds(person.root);
      const involved = (p: Recognition) => p.fromId === maya.personId || p.toIds.includes(maya.personId);
      expect(ids.every((id) => involved(byId.get(id)!))).to.equal(true);
      const everything = company.company.recognitions.filter(involved).sort((a, b) => (a.postedAt < b.postedAt ? 1 : -1));
      expect(ids).to.deep.equal(everything.map((p) => p.id).slice(0, ids.length));
      expect(ids.some((id) => byId.get(id)!.fromId === maya.personId), 'a post Maya wrote').to.equal(true);
      expect(ids.some((id) => byId.get(id)!.toIds.includes(maya.personId)), 'a post to Maya').to.equal(true);
      expect(person.root.querySelector('h2')!.textContent).to.contain('Maya Okafor');
    });

    it('filters by kind with the keyboard, and shows everything again', async () => {
      const { el, root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      const win = button(root.querySelector('.filters')!, 'Win');
      win.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => posts(root).every((a) => a.classList.contains('kind-win')) && posts(root).length > 0, 'only wins are shown');
      expect(win.getAttribute('aria-pressed')).to.equal('true');
      expect(el.kind).to.equal('win');
      const wins = await expectedFeed(company.as(maya), { teamId: WEST, kind: 'win' });
      expect(postIds(root)).to.deep.equal(wins.slice(0, postIds(root).length).map((p) => p.id));

      const all = button(root.querySelector('.filters')!, 'All');
      all.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => posts(root).some((a) => !a.classList.contains('kind-win')), 'every kind is back');
      expect(all.getAttribute('aria-pressed')).to.equal('true');
    });

    it('keeps relative times current with a timer it clears when removed', async () => {
      let now = company.clock();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
      provideGoalpost(wrapper, { storage: company.as(maya), viewer: maya, clock: () => now, locale: 'en-US' });
      const el = document.createElement('recognition-feed');
      el.setAttribute('team-id', WEST);
      // Capture the timer the feed starts when it connects.
      const timers = new Map<number, () => void>();
      const realSetInterval = window.setInterval;
      window.setInterval = ((handler: () => void) => {
        const id = realSetInterval(() => {}, 2 ** 30);
        timers.set(id, handler);
        return id;
      }) as unknown as typeof window.setInterval;
      try {
        wrapper.append(el);
      } finally {
        window.setInterval = realSetInterval;
      }
      expect(timers.size).to.equal(1);
      const root = el.shadowRoot!;
      await waitUntil(() => posts(root).length > 0, 'the feed shows posts');
      const first = () => posts(root).find((a) => a.getAttribute('aria-posinset') === '1')!.querySelector('time')!;
      const before = first().textContent;
      const datetime = first().getAttribute('datetime');

      // Three days on, any post's relative time reads differently.
      now = new Date(now.getTime() + 3 * 86_400_000);
      const [[id, tick]] = [...timers];
      tick!();
      await el.updateComplete;
      expect(first().textContent).not.to.equal(before);
      expect(first().getAttribute('datetime')).to.equal(datetime);

      const cleared: unknown[] = [];
      const realClearInterval = window.clearInterval;
      window.clearInterval = ((timer: number) => {
        cleared.push(timer);
        realClearInterval(timer);
      }) as typeof window.clearInterval;
      try {
        el.remove();
      } finally {
        window.clearInterval = realClearInterval;
      }
      expect(cleared).to.include(id);
    });

    it('renders links only as http(s), opening safely in a new tab', async () => {
      const { root } = await mount(company.as(maya), maya, { 'person-id': maya.personId, kind: 'win' }, company.clock);
      const link = root.querySelector<HTMLAnchorElement>('a.post-link')!;
      expect(link.href).to.match(/^https:\/\//);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
    });
  });

  describe('states', () => {
    /** Storage whose recognition reads hang or fail on demand. */
    function controlled(base: StorageAdapter) {
      const control = { mode: 'hang' as 'hang' | 'fail' | 'pass' };
      const storage = new Proxy(base, {
        get(target, prop, receiver) {
          if (prop === 'list') {
            return (collection: string, query: unknown) => {
              if (collection !== 'recognitions' || control.mode === 'pass') return target.list(collection as 'recognitions', query as never);
              if (control.mode === 'fail') return Promise.reject(new UnavailableError('The sales server is not answering.'));
              return new Promise(() => {});
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return { storage, control };
    }

    it('shows a loading state while the first page is on its way', async () => {
      const { storage } = controlled(company.as(maya));
      const { root } = await mount(storage, maya, { 'team-id': WEST }, company.clock, false);
      const loading = root.querySelector('.loading-state')!;
      expect(loading.getAttribute('role')).to.equal('status');
      expect(loading.textContent).to.contain('Loading recognition');
      expect(posts(root)).to.have.length(0);
    });

    it('shows an error with a retry that recovers', async () => {
      const { storage, control } = controlled(company.as(maya));
      control.mode = 'fail';
      const { root } = await mount(storage, maya, { 'team-id': WEST }, company.clock, false);
      await waitUntil(() => root.querySelector('.error-state'), 'the error shows');
      const error = root.querySelector('.error-state')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('The sales server is not answering.');
      control.mode = 'pass';
      button(error, 'Try again').click();
      await waitUntil(() => posts(root).length > 0, 'posts appear after retrying');
      expect(root.querySelector('.error-state')).to.equal(null);
    });

    it('says so when there is nothing to show', async () => {
      const { root } = await mount(company.as(maya), maya, { 'team-id': 'team-nobody' }, company.clock, false);
      await waitUntil(() => root.querySelector('.empty-state'), 'the empty state shows');
      expect(root.querySelector('.empty-state')!.textContent).to.contain('No recognition here yet.');
    });
  });

  describe('posting', () => {
    it('offers the default value tags when a framework clears suggestedValues', async () => {
      const { el, root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      (el as unknown as { suggestedValues: unknown }).suggestedValues = undefined;
      await el.updateComplete;
      await openComposer(root);
      expect(button(root, '#teamwork').getAttribute('aria-pressed'), 'the default tags are offered').to.equal('false');
    });

    it('posts recognition chosen with the keyboard and renders every character as text', async () => {
      const { el, root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      await openComposer(root);
      await chooseRecipient(root, 'Jord');
      const chip = root.querySelector('.person-chip')!;
      expect(chip.textContent).to.contain('Jordan Reyes');

      const message = 'Great demo! <img src=x onerror=alert(1)> & <b>bold</b>';
      await typeInto(root, '#composer-message', message);
      const kind = root.querySelector<HTMLSelectElement>('#composer-kind')!;
      kind.value = 'win';
      kind.dispatchEvent(new Event('change'));
      button(root, '#teamwork').click();

      const posted = oneEvent(el, 'goalpost-recognition-post');
      root.querySelector<HTMLButtonElement>('#composer-submit')!.click();
      const event = (await posted) as CustomEvent<Recognition>;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.message).to.equal(message);
      expect(event.detail.toIds).to.deep.equal([jordan.personId]);
      expect(event.detail.kind).to.equal('win');
      expect(event.detail.values).to.deep.equal(['teamwork']);

      await waitUntil(() => postIds(root)[0] === event.detail.id, 'the new post is first');
      const article = postEl(root, event.detail.id)!;
      expect(article.querySelector('.message')!.textContent).to.equal(message);
      expect(article.querySelector('img')).to.equal(null);
      expect(article.querySelector('b')).to.equal(null);
      expect(root.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.contain('posted');
      expect((await company.system.get('recognitions', event.detail.id)).message).to.equal(message);
    });

    it('chips are removable by keyboard, and the combobox follows the listbox pattern', async () => {
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      await openComposer(root);
      const input = root.querySelector<HTMLInputElement>('#composer-recipients')!;
      expect(input.getAttribute('role')).to.equal('combobox');
      await sendKeys({ press: 'ArrowDown' });
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      const active = input.getAttribute('aria-activedescendant')!;
      expect(root.getElementById(active)!.getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      expect(input.getAttribute('aria-activedescendant')).not.to.equal(active);
      await sendKeys({ press: 'Enter' });
      await chooseRecipient(root, 'Jord');
      expect(root.querySelectorAll('.person-chip')).to.have.length(2);

      await sendKeys({ press: 'Backspace' });
      await waitUntil(() => root.querySelectorAll('.person-chip').length === 1, 'Backspace removes the last person');
      const remove = root.querySelector<HTMLButtonElement>('.chip-remove')!;
      remove.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelectorAll('.person-chip').length === 0, 'the remove button removes the person');
      expect(root.activeElement === input, 'focus is back in the box').to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(input.getAttribute('aria-expanded')).to.equal('false');
    });

    it('on a person’s feed, starts with that person chosen', async () => {
      const { root } = await mount(company.as(maya), maya, { 'person-id': jordan.personId }, company.clock);
      await openComposer(root);
      expect(root.querySelector('.person-chip')!.textContent).to.contain('Jordan Reyes');
    });

    it('refuses a link that is not http(s), beside the field, and keeps what was typed', async () => {
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      const before = (await company.system.list('recognitions')).items.length;
      await openComposer(root);
      await chooseRecipient(root, 'Jord');
      await typeInto(root, '#composer-message', 'Thanks for the notes');
      await typeInto(root, '#composer-link', 'javascript:alert(1)');
      root.querySelector<HTMLButtonElement>('#composer-submit')!.click();
      await waitUntil(() => root.querySelector('#composer-link-error'), 'the link is refused');
      const link = root.querySelector<HTMLInputElement>('#composer-link')!;
      expect(root.querySelector('#composer-link-error')!.textContent).to.contain('http:// or https://');
      expect(link.getAttribute('aria-invalid')).to.equal('true');
      expect(link.getAttribute('aria-describedby')).to.contain('composer-link-error');
      expect(root.activeElement === link, 'focus is on the link field').to.equal(true);
      expect(link.value).to.equal('javascript:alert(1)');
      expect(root.querySelector<HTMLTextAreaElement>('#composer-message')!.value).to.equal('Thanks for the notes');
      expect((await company.system.list('recognitions')).items.length).to.equal(before);
    });

    it('shows core validation beside the field', async () => {
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      await openComposer(root);
      root.querySelector<HTMLButtonElement>('#composer-submit')!.click();
      await waitUntil(() => root.querySelector('#composer-message-error'), 'problems are shown');
      expect(root.querySelector('#composer-recipients-error')!.textContent).to.contain('Choose at least one person');
      expect(root.querySelector('#composer-message-error')!.textContent).to.contain('Write a message');
      expect(root.activeElement!.id).to.equal('composer-recipients');
    });

    it('keeps the typed text when storage fails to post', async () => {
      const base = company.as(maya);
      const failing = new Proxy(base, {
        get(target, prop, receiver) {
          if (prop === 'put') return () => Promise.reject(new UnavailableError('The sales server is not answering.'));
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const { root } = await mount(failing, maya, { 'team-id': WEST }, company.clock);
      await openComposer(root);
      await chooseRecipient(root, 'Jord');
      await typeInto(root, '#composer-message', 'You carried the Contoso deal');
      root.querySelector<HTMLButtonElement>('#composer-submit')!.click();
      await waitUntil(() => root.querySelector('.composer [role="alert"]'), 'the failure is reported');
      expect(root.querySelector('.composer [role="alert"]')!.textContent).to.contain('not posted');
      expect(root.querySelector<HTMLTextAreaElement>('#composer-message')!.value).to.equal('You carried the Contoso deal');
      expect(root.querySelector('.person-chip')!.textContent).to.contain('Jordan Reyes');
    });

    it('says a recipient prefers private recognition before posting to the team, with a one-click switch', async () => {
      const privateRep = company.company.profiles.find((p) => p.recognitionPreference === 'private' && company.company.people.find((x) => x.id === p.ownerId)!.teamId === WEST)!;
      const person = company.company.people.find((p) => p.id === privateRep.ownerId)!;
      const first = person.name.split(' ')[0]!;
      const { root } = await mount(company.as(dana), dana, { 'team-id': WEST }, company.clock);
      const before = (await company.system.list('recognitions')).items.length;
      await openComposer(root);
      await chooseRecipient(root, person.name);
      await waitUntil(() => root.querySelector('.notice.preference'), 'the preference is said');
      const notice = root.querySelector('.notice.preference')!;
      expect(notice.textContent).to.contain(`${first} prefers private recognition — send it privately?`);
      expect(notice.closest('[aria-live="polite"]')).not.to.equal(null);

      await typeInto(root, '#composer-message', 'Brilliant renewal.');
      root.querySelector<HTMLButtonElement>('#composer-submit')!.click();
      await waitUntil(() => root.querySelector('.notice.preference.blocking'), 'posting to the team waits for a choice');
      expect((await company.system.list('recognitions')).items.length).to.equal(before);
      expect(root.activeElement!.id).to.equal('composer-pref-switch');

      button(notice, 'Send privately').click();
      await waitUntil(() => root.querySelector<HTMLInputElement>('#composer-audience-private')!.checked, 'the audience is private');
      expect(root.querySelector('.notice.preference')).to.equal(null);
    });

    it('does not guess a preference the sender may not see', async () => {
      const privateRep = company.company.profiles.find((p) => p.recognitionPreference === 'private' && company.company.people.find((x) => x.id === p.ownerId)!.teamId === WEST)!;
      const person = company.company.people.find((p) => p.id === privateRep.ownerId)!;
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      await openComposer(root);
      await chooseRecipient(root, person.name);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(root.querySelector('.person-chip')!.textContent).to.contain(person.name);
      expect(root.querySelector('.notice.preference')).to.equal(null);
    });
  });

  describe('coaching examples', () => {
    it('wait for the featured rep, who grants consent in the feed; then the team sees them', async () => {
      const post = pendingCoaching(company);
      const teammate = await mount(company.as(jordan), jordan, { 'team-id': WEST }, company.clock);
      expect(postEl(teammate.root, post.id), 'hidden from a teammate before consent').to.equal(null);

      const sender = await mount(company.as(dana), dana, { 'team-id': WEST }, company.clock);
      expect(postEl(sender.root, post.id)!.textContent).to.contain('Waiting for Maya’s consent');

      const rep = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      const article = postEl(rep.root, post.id)!;
      expect(article.textContent).to.contain('would like to share this with the team');
      button(article, 'Decline');
      button(article, 'Grant consent').click();

      await waitUntil(() => postEl(rep.root, post.id)!.textContent!.includes('Shared with Maya’s consent'), 'the rep sees it shared');
      expect((await company.system.get('recognitions', post.id)).consent!.status).to.equal('granted');
      teammate.el.scrollIntoView();
      await waitUntil(() => postEl(teammate.root, post.id), 'the teammate’s feed shows it live once granted', { timeout: 5000 });
      sender.el.scrollIntoView();
      await waitUntil(() => postEl(sender.root, post.id), 'the sender’s feed is on screen');
      expect(postEl(sender.root, post.id)!.textContent).not.to.contain('Waiting for');
    });
  });

  describe('reactions', () => {
    it('toggles with aria-pressed and counts, and names who reacted on focus and hover', async () => {
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      // A reaction someone other than Maya gave, so there is a name to show.
      const byId = new Map(company.company.recognitions.map((p) => [p.id, p]));
      const othersReacted = (id: Id) => Object.entries(byId.get(id)?.reactions ?? {}).find(([, who]) => who.some((w) => w !== maya.personId));
      const target = posts(root).find((a) => othersReacted(a.id.replace(/^post-/, '')))!;
      const id = target.id.replace(/^post-/, '');
      const [emoji, who] = othersReacted(id)!;
      const reaction = [...target.querySelectorAll<HTMLButtonElement>('.reaction-wrap .reaction')].find((b) => b.querySelector('.emoji')!.textContent === emoji)!;
      const tip = root.getElementById(reaction.getAttribute('aria-describedby')!)!;
      expect(tip.getAttribute('role')).to.equal('tooltip');
      expect(tip.hidden).to.equal(true);

      reaction.focus();
      await waitUntil(() => !tip.hidden, 'focus shows who reacted');
      const firstName = company.company.people.find((p) => p.id === who.find((w) => w !== maya.personId))!.name;
      expect(tip.textContent).to.contain(firstName);
      expect(getComputedStyle(tip).display).not.to.equal('none');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => tip.hidden, 'Escape dismisses the names');
      reaction.blur();

      reaction.dispatchEvent(new MouseEvent('mouseenter'));
      reaction.parentElement!.dispatchEvent(new MouseEvent('mouseenter'));
      await waitUntil(() => !tip.hidden, 'hover shows who reacted');
      reaction.parentElement!.dispatchEvent(new MouseEvent('mouseleave'));
      await waitUntil(() => tip.hidden, 'leaving hides them');

      const had = who.includes(maya.personId);
      reaction.click();
      const fresh = () => [...postEl(root, id)!.querySelectorAll<HTMLButtonElement>('.reaction-wrap .reaction')].find((b) => b.querySelector('.emoji')!.textContent === emoji)!;
      await waitUntil(async () => (await company.system.get('recognitions', id)).reactions[emoji]?.includes(maya.personId) !== had, 'the reaction is stored');
      await waitUntil(() => fresh().getAttribute('aria-pressed') === String(!had), 'the button shows it');
      expect(fresh().querySelector('.count')!.textContent).to.equal(String(who.length + (had ? -1 : 1)));
      fresh().click();
      await waitUntil(async () => (await company.system.get('recognitions', id)).reactions[emoji]?.includes(maya.personId) === had, 'toggling again undoes it');
    });

    it('adds a new reaction from the picker, retrying on the fresh record after a conflict', async () => {
      // The newest post Maya sees, with no reactions yet.
      const [newest] = await expectedFeed(company.as(maya), { teamId: WEST });
      const bare = await company.system.put('recognitions', { ...(await company.system.get('recognitions', newest!.id)), reactions: {} });
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      const target = posts(root).find((a) => a.id === `post-${bare.id}`)!;
      expect(target.querySelector('.reaction-wrap'), 'the post starts with no reactions').to.equal(null);
      const id = bare.id;
      // Someone else reacts first: the feed still holds the older version.
      const current = await company.system.get('recognitions', id);
      await company.system.put('recognitions', { ...current, reactions: { '🔥': [dana.personId] } }, { expectedVersion: current.version });

      const add = target.querySelector<HTMLButtonElement>('.add-reaction')!;
      add.click();
      await waitUntil(() => add.getAttribute('aria-expanded') === 'true', 'the picker opens');
      const applause = target.querySelector<HTMLButtonElement>('.picker button[aria-label="Applause"]')!;
      expect(root.activeElement === target.querySelector('.picker button'), 'focus is on the first reaction offered').to.equal(true);
      applause.click();
      await waitUntil(async () => (await company.system.get('recognitions', id)).reactions['👏']?.includes(maya.personId) === true, 'the reaction is stored');
      const saved = await company.system.get('recognitions', id);
      expect(saved.reactions['🔥']).to.deep.equal([dana.personId]);
      expect(saved.version).to.equal(current.version + 2);
    });
  });

  describe('live updates', () => {
    it('shows a post written elsewhere and announces it politely', async () => {
      const { root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      const saved = await company.as(dana).put('recognitions', draftPost({ message: 'Welcome to the team, Jordan!' }), { expectedVersion: 0 });
      await waitUntil(() => postIds(root)[0] === saved.id, 'the new post appears first');
      const live = root.querySelector('.feed > [role="status"][aria-live="polite"]')!;
      await waitUntil(() => live.textContent!.includes('New recognition from Dana Whitfield'), 'it is announced');
    });
  });

  describe('a long feed', () => {
    async function seedLongFeed(count: number): Promise<void> {
      const kinds: RecognitionKind[] = ['win', 'kudos', 'milestone'];
      const start = Date.parse('2026-11-27T09:00:00.000Z');
      const batch = Array.from({ length: count }, (_, i) => ({
        type: 'put' as const,
        collection: 'recognitions' as const,
        record: draftPost({
          id: `bulk-${String(i).padStart(5, '0')}`,
          kind: kinds[i % kinds.length]!,
          message: `Bulk post number ${i}`,
          postedAt: new Date(start - i * 60_000).toISOString(),
          teamId: 'team-bulk',
        }),
        expectedVersion: 0,
      }));
      await company.system.batch(batch);
    }

    it('renders only what is visible of 10,000 posts, and pages older ones in by scrolling or by button', async () => {
      await seedLongFeed(10_000);
      const { root } = await mount(company.as(dana), dana, { 'team-id': 'team-bulk', 'page-size': '30', 'hide-composer': '' }, company.clock);
      const scroller = root.querySelector<HTMLElement>('.scroller')!;
      await waitUntil(() => posts(root).length > 0, 'posts render');
      expect(posts(root).length).to.be.lessThan(60);
      expect(root.querySelector('[role="feed"]')!.querySelectorAll('article').length).to.be.lessThan(60);

      const loaded = () => Math.max(...posts(root).map((a) => Number(a.getAttribute('aria-posinset'))));
      await waitUntil(() => {
        scroller.scrollTop = scroller.scrollHeight;
        return loaded() > 30;
      }, 'scrolling near the end loads older posts', { timeout: 5000 });
      expect(posts(root).length).to.be.lessThan(100);
      expect(posts(root)[0]!.getAttribute('aria-setsize')).to.equal('-1');

      const loadOlder = button(root, 'Load older posts');
      const reachedBefore = loaded();
      loadOlder.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => {
        scroller.scrollTop = scroller.scrollHeight;
        return loaded() > reachedBefore;
      }, 'the button loads older posts too', { timeout: 5000 });
      // Past 60 posts the windowed list takes over (its code loads then): only what shows stays in the DOM.
      const inDom = () => root.querySelector('[role="feed"]')!.querySelectorAll('article').length;
      await waitUntil(() => loaded() > 60 && inDom() < 40, 'a long feed keeps only the visible posts in the DOM', { timeout: 5000 });
      expect(posts(root).length).to.be.lessThan(10_000 / 50);
      // The reader keeps their place: what shows in the box is still the far end, not the top.
      const box = scroller.getBoundingClientRect();
      const showing = posts(root).filter((a) => {
        const r = a.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom;
      }).map((a) => Number(a.getAttribute('aria-posinset')));
      expect(Math.min(...showing), `posts in view: ${showing.join(', ')}`).to.be.greaterThan(30);

      // A filter shortens the feed again: the list's end stays below its last post, nothing overlaps.
      button(root.querySelector('.filters')!, 'Win').click();
      await waitUntil(() => posts(root).length > 0 && posts(root).every((a) => a.classList.contains('kind-win')), 'only wins show, from the newest', { timeout: 5000 });
      expect(Math.min(...posts(root).map((a) => Number(a.getAttribute('aria-posinset'))))).to.equal(1);
      const fresh = root.querySelector<HTMLElement>('.scroller')!;
      fresh.scrollTop = fresh.scrollHeight;
      await nextFrame();
      await nextFrame();
      const lastBottom = Math.max(...posts(root).map((a) => a.getBoundingClientRect().bottom));
      expect(root.querySelector('.more')!.getBoundingClientRect().top + 1).to.be.at.least(lastBottom);
    });

    it('loads older posts as the page scrolls when the feed has no box of its own', async () => {
      await seedLongFeed(500);
      const { el, root } = await mount(company.as(dana), dana, { 'team-id': 'team-bulk', 'page-size': '20', 'hide-composer': '' }, company.clock);
      el.style.setProperty('--goalpost-feed-max-height', 'none');
      await waitUntil(() => posts(root).length >= 20, 'the first page renders');
      const loaded = () => Math.max(...posts(root).map((a) => Number(a.getAttribute('aria-posinset'))));
      await waitUntil(() => {
        root.querySelector('.more')!.scrollIntoView();
        return loaded() > 20;
      }, 'scrolling the page near the feed’s end loads older posts', { timeout: 5000 });
    });
  });

  describe('accessibility', () => {
    it('is accessible with the composer open and a pending coaching example', async () => {
      const { el, root } = await mount(company.as(maya), maya, { 'team-id': WEST }, company.clock);
      await openComposer(root);
      await chooseRecipient(root, 'Jord');
      await expect(el).to.be.accessible();
    });

    it('is accessible in dark mode, and Page Down moves between posts', async () => {
      const { el, root } = await mount(company.as(dana), dana, { 'team-id': WEST, theme: 'dark' }, company.clock);
      await expect(el).to.be.accessible();
      const [first] = posts(root).sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')));
      first!.focus();
      await sendKeys({ press: 'PageDown' });
      expect(root.activeElement!.getAttribute('aria-posinset')).to.equal('2');
      await sendKeys({ press: 'PageUp' });
      expect(root.activeElement === first, 'Page Up moves back to the first post').to.equal(true);
    });
  });
});
