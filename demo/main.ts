/**
 * The demo portal: every Goalpost element on the embedded IndexedDB default, seeded once with
 * the sample company so a visitor sees a realistic team on first load. Everything they change
 * is still there after a reload; "Reset demo data" starts over.
 */
// What the first screen shows: the rep's meter, goals and team feed. The rest of the rep's page
// (check-ins, what-if, chart, profile) loads once that screen is painted, and the manager's view
// when someone first switches to it: on a slow phone the first screen's code comes first.
import '../src/elements/goalpost-provider/define.js';
import '../src/elements/quota-to-goal-meter/define.js';
import '../src/elements/goal-card/define.js';
import '../src/elements/recognition-feed/define.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb.js';
import type { StorageAdapter } from '../src/storage/adapter.js';
import { DeferredAdapter } from '../src/storage/deferred.js';
import { parseMoneyInput } from '../src/core/money.js';
import { toIsoDate } from '../src/core/dates.js';
import type { GoalpostProvider } from '../src/elements/goalpost-provider/goalpost-provider.js';
import type { Person, PersonalGoal, Role } from '../src/core/types.js';
import { PORTAL_WORDS, isPortalLanguage, translatePortal } from './portal-i18n.js';
import type { PortalLanguage } from './portal-i18n.js';
// The brand example from docs/theming.md, applied as a company would: one stylesheet on the page.
import brandCss from '../docs/brand-example.css?inline';
import type { SeedReply, SeedRequest } from './seed-worker.js';

const DB_NAME = 'goalpost-demo';
const SAMPLE_REP_ID = 'person-maya-okafor';
// `?storage=http` (npm run demo:rest): the same portal on the REST backend, with its sync status.
// The REST adapter and the sample company load only when needed, as a portal's would.
const rest = new URLSearchParams(location.search).get('storage') === 'http'
  ? (await import('../src/storage/http.js')).createHttpStorage('/api', { live: { interval: 5000 } })
  : undefined;
const storage: StorageAdapter = rest ?? new IndexedDbAdapter({ dbName: DB_NAME });
if (rest) {
  await import('../src/elements/sync-status/define.js');
  document.querySelector('.switches')?.append(Object.assign(document.createElement('goalpost-sync-status'), { source: rest }));
}
const provider = document.querySelector<GoalpostProvider>('#provider')!;
const viewerSwitch = document.querySelector<HTMLSelectElement>('#viewer-switch')!;
const themeSwitch = document.querySelector<HTMLSelectElement>('#theme-switch')!;
const languageSwitch = document.querySelector<HTMLSelectElement>('#language-switch')!;
const brandSwitch = document.querySelector<HTMLSelectElement>('#brand-switch')!;
const settings = new URLSearchParams(location.search);
const goalsContainer = document.querySelector<HTMLElement>('#goals')!;

// On a first visit the sample company is written before anything reads, so the elements go
// from their loading state straight to the data instead of "not found" and back.
const seeded = ensureSeeded();
provider.storage = new DeferredAdapter(() => seeded.then(() => storage));

async function ensureSeeded(): Promise<void> {
  const people = await storage.list('people', { limit: 1 });
  if (people.items.length > 0) return;
  const today = toIsoDate(Date.now() - 12 * 3_600_000);
  // The REST backend seeds itself; IndexedDB is seeded by a worker, so the page stays responsive.
  if (!rest && (await seedInWorker({ dbName: DB_NAME, today }))) return;
  // Seeding is the page's first write: fetch the write path alongside the sample instead of after it.
  const [{ generateSampleCompany }, { seedStorage }] = await Promise.all([
    import('../src/core/sample-data.js'),
    import('../src/core/seed.js'),
    import('../src/storage/writes.js'),
  ]);
  const company = generateSampleCompany({ today });
  // A worker that failed part way may have written some collections, each in one batch: write the rest.
  for (const name of ['people', 'plans', 'profiles', 'goals', 'bookings', 'checkins', 'recognitions'] as const) {
    if ((await storage.list(name, { limit: 1 })).items.length > 0) company[name] = [];
  }
  await seedStorage(storage, company);
}

/** Whether a worker wrote the sample company; false when workers are unavailable or it failed. */
async function seedInWorker(request: SeedRequest): Promise<boolean> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./seed-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return false;
  }
  const reply = await new Promise<SeedReply>((resolve) => {
    worker.onmessage = (event: MessageEvent<SeedReply>) => resolve(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      resolve({ ok: false, message: event.message || 'the seeding worker did not start' });
    };
    worker.postMessage(request);
  });
  worker.terminate();
  if (!reply.ok) console.warn(`[demo] seeding in a worker failed, seeding here instead: ${reply.message}`);
  return reply.ok;
}

/** The rest of the rep's page, below the first screen. */
function loadRestOfRepView(): Promise<unknown> {
  return Promise.all([
    import('../src/elements/goal-checkin/define.js'),
    import('../src/elements/commission-what-if/define.js'),
    import('../src/elements/attainment-chart/define.js'),
    import('../src/elements/motivation-profile/define.js'),
  ]);
}

/** The manager's view: its elements load the first time someone views the page as a manager. */
let managerView: Promise<unknown> | undefined;
function loadManagerView(): Promise<unknown> {
  managerView ??= Promise.all([
    import('../src/elements/team-goals-board/define.js'),
    import('../src/elements/team-distribution-chart/define.js'),
  ]).catch((error: unknown) => {
    managerView = undefined;
    throw error;
  });
  return managerView;
}

function currentViewer(): { personId: string; role: Role } {
  const [personId, role] = viewerSwitch.value.split('|') as [string, Role];
  return { personId, role };
}

function applyTheme(): void {
  const theme = themeSwitch.value;
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  for (const element of provider.querySelectorAll('goal-card, quota-to-goal-meter, recognition-feed, goal-checkin, motivation-profile, commission-what-if, attainment-chart, team-goals-board, team-distribution-chart')) {
    if (theme) element.setAttribute('theme', theme);
    else element.removeAttribute('theme');
  }
}

function language(): PortalLanguage {
  return isPortalLanguage(languageSwitch.value) ? languageSwitch.value : 'en';
}

/** The portal's words and every Goalpost element switch language together; Arabic mirrors the page. */
function applyLanguage(): void {
  const chosen = language();
  translatePortal(chosen);
  const words = PORTAL_WORDS[chosen];
  for (const option of viewerSwitch.options) option.textContent = `${option.title} — ${option.value.endsWith('|manager') ? words.manager : words.rep}`;
  provider.locale = chosen;
  remember('lang', chosen === 'en' ? '' : chosen);
  void switchViewer();
}

function applyBrand(): void {
  document.querySelector('#brand-css')?.remove();
  if (brandSwitch.value === 'fjordline') {
    document.head.append(Object.assign(document.createElement('style'), { id: 'brand-css', textContent: brandCss }));
  }
  document.documentElement.dataset.brand = brandSwitch.value;
  remember('brand', brandSwitch.value);
}

/** Keeps a switch's choice in the address, so a reload or a shared link shows the same page. */
function remember(key: string, value: string): void {
  const url = new URL(location.href);
  if (value) url.searchParams.set(key, value);
  else url.searchParams.delete(key);
  history.replaceState(null, '', url);
}

async function renderGoals(): Promise<void> {
  const viewer = currentViewer();
  const scoped = storage.withViewer(viewer);
  const page = await scoped.list('goals', { where: { ownerId: viewer.personId } });
  const goals = (page.items as PersonalGoal[]).sort((a, b) => (a.status === b.status ? a.writtenOn.localeCompare(b.writtenOn) : a.status === 'active' ? -1 : 1));
  const existing = new Map([...goalsContainer.querySelectorAll('goal-card')].map((card) => [card.getAttribute('goal-id'), card]));
  const cards = goals.map((goal) => {
    const card = existing.get(goal.id) ?? document.createElement('goal-card');
    card.setAttribute('goal-id', goal.id);
    return card;
  });
  goalsContainer.replaceChildren(...cards);
  applyTheme();
}

let switching = 0;

async function switchViewer(): Promise<void> {
  // Only the latest choice may paint the page, however the reads below interleave.
  const turn = ++switching;
  const viewer = currentViewer();
  provider.setAttribute('viewer-id', viewer.personId);
  provider.setAttribute('viewer-role', viewer.role);
  const person = await storage.get('people', viewer.personId);
  if (turn !== switching) return;
  const first = person.name.split(' ')[0];
  const words = PORTAL_WORDS[language()];
  document.querySelector('#greeting')!.textContent = words.welcome(first ?? person.name);
  const team = await storage.list('people', { where: { teamId: person.teamId } });
  if (turn !== switching) return;
  for (const feed of document.querySelectorAll('.feed')) feed.setAttribute('team-id', person.teamId);
  const manager = viewer.role === 'manager';
  let unavailable = false;
  if (manager) {
    // Offline before it loaded: the page says so, and choosing the view again tries again.
    unavailable = await loadManagerView().then(() => false, (error: unknown) => (console.warn('[demo] the manager view did not load:', error), true));
    if (turn !== switching) return;
  }
  document.querySelector<HTMLElement>('#rep-view')!.hidden = manager;
  document.querySelector<HTMLElement>('#manager-view')!.hidden = !manager;
  if (manager) {
    document.querySelector('#board')!.setAttribute('manager-id', viewer.personId);
    document.querySelector('#distribution')!.setAttribute('manager-id', viewer.personId);
  } else {
    for (const id of ['#meter', '#what-if', '#attainment-chart', '#profile', '#rep-checkin']) {
      document.querySelector(id)!.setAttribute('person-id', viewer.personId);
    }
  }
  document.querySelector('#subtitle')!.textContent = unavailable ? words.viewUnavailable : words.subtitle(person.title ?? '', team.items.length);
  await renderGoals();
}

async function addBooking(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const data = new FormData(form);
  const status = document.querySelector('#booking-status')!;
  const amount = parseMoneyInput(String(data.get('amount') ?? ''), 'USD', 'en-US');
  const label = String(data.get('label') ?? '').trim();
  if (!amount || amount.amount <= 0) {
    status.textContent = PORTAL_WORDS[language()].bookingBadAmount;
    return;
  }
  const viewer = currentViewer();
  try {
    await storage.withViewer(viewer).put('bookings', {
      ownerId: viewer.personId,
      amount,
      closedOn: toIsoDate(new Date()),
      label: label || 'New deal',
    });
    status.textContent = PORTAL_WORDS[language()].booked(new Intl.NumberFormat(language(), { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount.amount / 100));
  } catch (error) {
    status.textContent = PORTAL_WORDS[language()].notSaved(error instanceof Error ? error.message : String(error));
  }
}

function openNewGoal(): void {
  const slot = document.querySelector('#new-goal-slot')!;
  if (slot.querySelector('goal-card')) return;
  const card = document.createElement('goal-card');
  card.setAttribute('mode', 'create');
  slot.append(card);
  applyTheme();
  void card.updateComplete.then(() => card.focus());
}

async function main(): Promise<void> {
  const lang = settings.get('lang');
  if (isPortalLanguage(lang)) languageSwitch.value = lang;
  if (settings.get('brand') === 'fjordline') brandSwitch.value = 'fjordline';
  translatePortal(language());
  applyBrand();
  // After the first paint (two frames), not competing with the first screen's code.
  requestAnimationFrame(() => requestAnimationFrame(() => void loadRestOfRepView().catch((error: unknown) => console.warn('[demo] part of the page did not load:', error))));
  await seeded;
  // The sample's ids are stable across seeds and dates: Maya, and her manager Dana's team.
  const people = await listPeople();
  const maya = people.find((p) => p.id === SAMPLE_REP_ID) ?? people.find((p) => p.role === 'rep');
  const manager = people.find((p) => p.id === maya?.managerId);
  const reps = [
    ...(maya ? [maya] : []),
    ...people.filter((p) => p.managerId === manager?.id && p.id !== maya?.id).slice(0, 5),
  ];
  const words = PORTAL_WORDS[language()];
  const options = [...reps.map((p) => ({ p, label: `${p.name} — ${words.rep}` })), ...(manager ? [{ p: manager, label: `${manager.name} — ${words.manager}` }] : [])];
  viewerSwitch.replaceChildren(...options.map(({ p, label }) => Object.assign(new Option(label, `${p.id}|${p.role}`), { title: p.name })));
  provider.locale = language();
  // Listen first: a visitor may pick someone while the first view is still loading.
  viewerSwitch.addEventListener('change', () => void switchViewer());
  await switchViewer();
  // Have the manager's view at hand before someone switches to it.
  if ('requestIdleCallback' in window) requestIdleCallback(() => void loadManagerView().catch(() => undefined));
  themeSwitch.addEventListener('change', applyTheme);
  languageSwitch.addEventListener('change', applyLanguage);
  brandSwitch.addEventListener('change', applyBrand);
  document.querySelector<HTMLFormElement>('#booking-form')!.addEventListener('submit', (e) => void addBooking(e as SubmitEvent));
  document.querySelector('#new-goal')!.addEventListener('click', openNewGoal);
  document.addEventListener('goalpost-goal-save', (event) => {
    if (event.detail.created) document.querySelector('#new-goal-slot goal-card')?.remove();
  });
  storage.subscribe(() => void renderGoals(), { collections: ['goals'] });
  document.querySelector('#reset')!.addEventListener('click', async () => {
    await storage.close();
    if (rest) await fetch('/api/_reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ seed: true }) });
    else indexedDB.deleteDatabase(DB_NAME);
    location.reload();
  });
}

async function listPeople(): Promise<Person[]> {
  const people: Person[] = [];
  let cursor: string | undefined;
  do {
    const page = await storage.list('people', cursor ? { cursor } : {});
    people.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return people;
}

void main();
