/**
 * Hostile text in every free-text field, seeded through the system store and rendered by every
 * element that shows it: nothing runs, nothing is injected, the text shows literally, long words
 * wrap inside their card, and an edit round trip gives the text back.
 *
 * One company is seeded once. Each hostile string gets its own rep (named with the string), their
 * own manager (a plain name, so each board shows one rep), team, goal, check-in, post and profile.
 * A field whose limit the string exceeds is refused with a `ValidationError` and left plain.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/goal-card/define.js';
import '../../src/elements/goal-checkin/define.js';
import '../../src/elements/recognition-feed/define.js';
import '../../src/elements/motivation-profile/define.js';
import '../../src/elements/team-goals-board/define.js';
import { provideGoalpost } from '../../src/context/host-provider.js';
import { ValidationError } from '../../src/core/errors.js';
import { LIMITS } from '../../src/core/validation.js';
import type { CollectionName, PersonalGoal, Viewer } from '../../src/core/types.js';
import { seededCompany, SAMPLE_TODAY } from '../support/company.js';
import type { SeededCompany } from '../support/company.js';
import { HOSTILE_CORPUS } from './hostile-corpus.js';

type Pwned = Window & { __pwned?: unknown; parent: Window & { __pwned?: unknown } };

/** Elements an injected string could create; a plain-text render shows the baseline count of each. */
const DANGEROUS = ['script', 'img', 'svg', 'style', 'iframe', 'object', 'embed', 'meta', 'form', 'math', 'details', 'body', 'a[href^="javascript" i]', 'a[href^="data" i]', 'a[href^="vbscript" i]'];
const PLAIN = 'Plain words';
const WIDTH = 360;

let company: SeededCompany;
const pageErrors: string[] = [];
/** Fields the store refused per string index, for the report in the test titles. */
const refused = new Map<number, string[]>();

interface Field {
  collection: CollectionName;
  field: string;
  limit: number;
}
const FIELDS: Field[] = [
  { collection: 'people', field: 'name', limit: LIMITS.name },
  { collection: 'goals', field: 'title', limit: LIMITS.title },
  { collection: 'goals', field: 'why', limit: LIMITS.why },
  { collection: 'goals', field: 'milestones.0.title', limit: LIMITS.title },
  { collection: 'checkins', field: 'note', limit: LIMITS.note },
  { collection: 'checkins', field: 'blockers', limit: LIMITS.blockers },
  { collection: 'checkins', field: 'commitment', limit: LIMITS.commitment },
  { collection: 'recognitions', field: 'message', limit: LIMITS.message },
  { collection: 'recognitions', field: 'values.0', limit: LIMITS.valueTag },
  { collection: 'profiles', field: 'coachingNote', limit: LIMITS.coachingNote },
];

const chars = (s: string) => [...s].length;
const ids = (i: number | 'plain') => ({
  rep: `person-hostile-${i}`,
  manager: `person-hostile-mgr-${i}`,
  team: `team-hostile-${i}`,
  goal: `goal-hostile-${i}`,
  checkin: `checkin-hostile-${i}`,
  post: `post-hostile-${i}`,
  profile: `profile-hostile-${i}`,
});

function records(i: number | 'plain', text: (field: string) => string) {
  const id = ids(i);
  return {
    manager: { id: id.manager, name: `Manager ${i}`, role: 'manager' as const, teamId: id.team },
    rep: { id: id.rep, name: text('name'), role: 'rep' as const, managerId: id.manager, teamId: id.team },
    goal: {
      id: id.goal, ownerId: id.rep, title: text('title'), why: text('why'), category: 'other' as const,
      writtenOn: SAMPLE_TODAY, fundingShare: 0, milestones: [{ id: `ms-${i}`, title: text('milestones.0.title') }],
      status: 'active' as const, visibility: 'team' as const, cadence: 'monthly' as const,
    },
    checkin: {
      id: id.checkin, personId: id.rep, authorId: id.manager, date: SAMPLE_TODAY, note: text('note'), confidence: 3 as const,
      blockers: text('blockers'), commitment: text('commitment'), nextDueOn: SAMPLE_TODAY,
    },
    post: {
      id: id.post, fromId: id.rep, toIds: [id.manager], teamId: id.team, kind: 'kudos' as const, message: text('message'),
      values: [text('values.0')], audience: 'team' as const, postedAt: `${SAMPLE_TODAY}T09:00:00.000Z`, reactions: {},
    },
    profile: {
      id: id.profile, ownerId: id.rep, drivers: { money: 50, winning: 50, recognition: 50, growth: 50, purpose: 50 },
      recognitionPreference: 'public' as const, leaderboard: 'named' as const, autoCelebrate: false, coachingNote: text('coachingNote'),
    },
  };
}

async function seed(i: number | 'plain', value: string): Promise<void> {
  const over = new Set(FIELDS.filter((f) => chars(value) > f.limit).map((f) => f.field));
  const text = (field: string) => (over.has(field) ? `${PLAIN} ${field}` : value);
  const r = records(i, text);
  await company.system.batch([
    { type: 'put', collection: 'people', record: r.manager },
    { type: 'put', collection: 'people', record: r.rep },
    { type: 'put', collection: 'goals', record: r.goal },
    { type: 'put', collection: 'checkins', record: r.checkin },
    { type: 'put', collection: 'recognitions', record: r.post },
    { type: 'put', collection: 'profiles', record: r.profile },
  ]);
  if (typeof i !== 'number' || over.size === 0) return;
  // Each field over its limit is refused on its own with a typed error naming the field.
  const hostile = records(i, () => value);
  const recordFor: Record<string, object> = {
    people: hostile.rep, goals: hostile.goal, checkins: hostile.checkin, recognitions: hostile.post, profiles: hostile.profile,
  };
  for (const field of FIELDS.filter((f) => over.has(f.field))) {
    let error: unknown;
    try {
      await company.system.put(field.collection, recordFor[field.collection] as never);
    } catch (caught) {
      error = caught;
    }
    expect(error, `${field.field} of ${chars(value)} characters`).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).messageFor(field.field), field.field).to.be.a('string');
  }
  refused.set(i, [...over]);
}

/** Every element under `root`, through nested shadow roots, matching `selector`. */
function deepCount(root: ShadowRoot | Element, selector: string): number {
  let n = root.querySelectorAll(selector).length;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) n += deepCount(el.shadowRoot, selector);
  return n;
}

function deepText(root: ShadowRoot | Element): string {
  let t = root.textContent ?? '';
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) t += deepText(el.shadowRoot);
  return t;
}

/** Attributes named like event handlers: Lit listeners never create them, so any one was injected. */
function handlerAttributes(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
    if (el.shadowRoot) found.push(...handlerAttributes(el.shadowRoot));
  }
  return found;
}

function dangerCounts(root: ShadowRoot): Record<string, number> {
  return Object.fromEntries(DANGEROUS.map((selector) => [selector, deepCount(root, selector)]));
}

type Kind = 'card' | 'checkin' | 'feed' | 'profile' | 'board';

async function renderKind(kind: Kind, i: number | 'plain'): Promise<HTMLElement & { shadowRoot: ShadowRoot }> {
  const id = ids(i);
  const rep: Viewer = { personId: id.rep, role: 'rep' };
  const manager: Viewer = { personId: id.manager, role: 'manager' };
  const viewer = kind === 'checkin' || kind === 'board' ? manager : rep;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDTH}px"></div>`);
  provideGoalpost(wrapper, { storage: company.as(viewer), viewer, clock: company.clock, locale: 'en-US' });
  const tag = { card: 'goal-card', checkin: 'goal-checkin', feed: 'recognition-feed', profile: 'motivation-profile', board: 'team-goals-board' }[kind];
  const el = document.createElement(tag) as HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<unknown> };
  el.setAttribute('theme', 'light');
  if (kind === 'card') el.setAttribute('goal-id', id.goal);
  if (kind === 'checkin') el.setAttribute('person-id', id.rep);
  if (kind === 'feed') {
    el.setAttribute('team-id', id.team);
    el.setAttribute('hide-composer', '');
  }
  if (kind === 'profile') el.setAttribute('person-id', id.rep);
  if (kind === 'board') {
    el.setAttribute('manager-id', id.manager);
    el.setAttribute('expanded-rep', id.rep);
  }
  wrapper.append(el);
  await el.updateComplete;
  // The feed is virtualised: it renders posts only once it is on screen.
  el.scrollIntoView();
  const root = el.shadowRoot;
  const ready: Record<Kind, () => boolean> = {
    card: () => Boolean(root.querySelector('.why')),
    checkin: () => Boolean(root.querySelector('.note')),
    feed: () => Boolean(root.querySelector('article.post .message')),
    profile: () => Boolean(root.querySelector('[aria-busy="false"]')) && (root.textContent ?? '').includes('Manager'),
    board: () => Boolean(root.querySelector('.board[aria-busy="false"] tr.rep-row')) && Boolean(root.querySelector('.coaching')),
  };
  await waitUntil(ready[kind], `${tag} shows the seeded records`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The box whose width a long word must not exceed. */
const CARD: Record<Kind, string> = { card: '.card', checkin: '.card', feed: 'article.post', profile: '.card', board: '.detail, .coaching' };

/** The texts each element must show literally, given which fields the store refused. */
function expectedTexts(kind: Kind, value: string, over: readonly string[]): string[] {
  const ok = (field: string) => !over.includes(field);
  const fields: Record<Kind, string[]> = {
    card: ['title', 'why', 'milestones.0.title'],
    checkin: ['name', 'note', 'blockers', 'commitment'],
    feed: ['name', 'message', 'values.0'],
    profile: ['coachingNote'],
    board: ['name', 'coachingNote'],
  };
  return fields[kind].filter(ok).map(() => value.trim());
}

const baseline = new Map<Kind, Record<string, number>>();
const KINDS: Kind[] = ['card', 'checkin', 'feed', 'profile', 'board'];

function onError(event: ErrorEvent): void {
  pageErrors.push(String(event.message));
}
function onRejection(event: PromiseRejectionEvent): void {
  pageErrors.push(String(event.reason));
}

before(async () => {
  company = await seededCompany();
  await seed('plain', PLAIN);
  for (const [i, { value }] of HOSTILE_CORPUS.entries()) await seed(i, value);
  for (const kind of KINDS) {
    const el = await renderKind(kind, 'plain');
    baseline.set(kind, dangerCounts(el.shadowRoot));
  }
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

describe('hostile text', () => {
  it(`the corpus has at least 40 strings, and the store refuses only fields over their limit (${HOSTILE_CORPUS.length} strings)`, () => {
    expect(HOSTILE_CORPUS.length).to.be.at.least(40);
    const hundredK = HOSTILE_CORPUS.findIndex((h) => h.value.length >= 100 * 1024);
    expect(refused.get(hundredK)).to.have.length(FIELDS.length);
    // Strings under every limit were stored whole.
    const short = HOSTILE_CORPUS.findIndex((h) => h.label === 'null-ish: null');
    expect(refused.has(short)).to.equal(false);
  });

  for (const kind of KINDS) {
    describe(kind, () => {
      for (const [i, { label, value }] of HOSTILE_CORPUS.entries()) {
        it(`renders “${label}” as plain text`, async () => {
          const el = await renderKind(kind, i);
          const root = el.shadowRoot;
          const win = window as Pwned;
          expect(win.__pwned, 'a payload ran').to.equal(undefined);
          expect(handlerAttributes(root), 'event-handler attributes').to.deep.equal([]);
          expect(dangerCounts(root), 'injected elements').to.deep.equal(baseline.get(kind));
          const shown = deepText(root);
          for (const expected of expectedTexts(kind, value, refused.get(i) ?? [])) {
            expect(shown.includes(expected), `${kind} shows the text literally`).to.equal(true);
          }
          for (const box of root.querySelectorAll<HTMLElement>(CARD[kind])) {
            expect(box.scrollWidth, `${kind} ${CARD[kind]} keeps long words inside`).to.be.at.most(box.clientWidth + 1);
          }
          expect(el.getBoundingClientRect().width, `${kind} stays inside its ${WIDTH}px column`).to.be.at.most(WIDTH + 1);
          await new Promise((resolve) => setTimeout(resolve, 0));
          expect(win.__pwned, 'a payload ran later').to.equal(undefined);
          expect(pageErrors, 'errors on the page').to.deep.equal([]);
        });
      }
    });
  }

  describe('saving then reloading gives the text back (goal-card why)', () => {
    for (const [i, { label, value }] of HOSTILE_CORPUS.entries()) {
      if (chars(value.trim()) > LIMITS.why) continue;
      it(`round-trips “${label}”`, async () => {
        const el = await renderKind('card', i);
        const root = el.shadowRoot;
        root.querySelector<HTMLButtonElement>('.edit-button')!.click();
        await waitUntil(() => root.querySelector('#why'), 'the form opens');
        const why = root.querySelector<HTMLTextAreaElement>('#why')!;
        why.value = value;
        why.dispatchEvent(new Event('input'));
        const saved = oneEvent(el, 'goalpost-goal-save');
        root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await saved;
        const stored = (await company.system.get('goals', ids(i).goal)) as PersonalGoal;
        // The form trims surrounding whitespace on purpose, and a textarea turns CR LF into LF as
        // browsers do; everything else is kept exactly.
        const typed = value.replace(/\r\n?/g, '\n').trim();
        expect(stored.why === typed, 'stored why').to.equal(true);
        await waitUntil(() => root.querySelector('.why'), 'the card shows the goal again');
        expect((root.querySelector('.why')!.textContent ?? '').includes(typed), 'shown why').to.equal(true);
        expect((window as Pwned).__pwned).to.equal(undefined);
      });
    }
  });
});
