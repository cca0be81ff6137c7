/**
 * Storage change to updated DOM, for quota-to-goal-meter and goal-card: the time from calling
 * `put` until the new value shows in the element's shadow DOM (seen by a MutationObserver, with
 * a requestAnimationFrame poll as a fallback). The baseline, measured in the same run on the
 * same page and store, is a minimal Lit element that subscribes to the same storage, re-reads
 * the same records and renders one value: the least any live element has to do.
 */
import { LitElement, html } from 'lit';
import '../src/elements/goal-card/define.js';
import '../src/elements/quota-to-goal-meter/define.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../src/core/sample-data.js';
import { seedStorage } from '../src/core/seed.js';
import type { Booking, PersonalGoal, Viewer } from '../src/core/types.js';
import type { StorageAdapter } from '../src/storage/adapter.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb.js';
import { MemoryAdapter } from '../src/storage/memory.js';
import { Report, fmt, nextFrame, settle, sleep } from './support/stats.js';

const RUNS = 15;
const clock = () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`);

/** The baseline: subscribe, re-read, render one string. */
class PlainLiveValue extends LitElement {
  static override properties = { value: { state: true } };
  storage!: StorageAdapter;
  read!: (storage: StorageAdapter) => Promise<string>;
  collections: ('goals' | 'bookings')[] = [];
  value = '';
  private stop?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    const refresh = async () => {
      this.value = await this.read(this.storage);
    };
    this.stop = this.storage.subscribe(() => void refresh(), { collections: this.collections });
    void refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
  }

  override render() {
    return html`<span class="value">${this.value}</span>`;
  }
}
customElements.define('bench-plain-live-value', PlainLiveValue);

/** Milliseconds from `change()` starting until `shows()` is true of `el`'s shadow DOM. */
async function changeToDom(el: HTMLElement, change: () => Promise<unknown>, shows: () => boolean): Promise<number> {
  const root = el.shadowRoot!;
  let resolveSeen!: (t: number) => void;
  const seen = new Promise<number>((resolve) => (resolveSeen = resolve));
  let finished = false;
  const check = () => {
    if (!finished && shows()) {
      finished = true;
      resolveSeen(performance.now());
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  const poll = () => {
    check();
    if (!finished) requestAnimationFrame(poll);
  };
  const start = performance.now();
  await change();
  check();
  requestAnimationFrame(poll);
  const timeout = sleep(5000).then(() => NaN);
  const end = await Promise.race([seen, timeout]);
  finished = true;
  observer.disconnect();
  return end - start;
}

async function until(condition: () => boolean, timeout = 10000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('timed out waiting for the element to render');
    await sleep(10);
  }
}

async function store(kind: 'memory' | 'indexeddb'): Promise<{ system: StorageAdapter; close: () => Promise<void> }> {
  const company = generateSampleCompany();
  if (kind === 'memory') {
    const system = new MemoryAdapter({ clock });
    await seedStorage(system, company);
    return { system, close: () => system.close() };
  }
  const name = 'bench-live-update';
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
  const system = new IndexedDbAdapter({ dbName: name, clock });
  await seedStorage(system, company);
  return { system, close: () => system.close() };
}

const company = generateSampleCompany();
const maya: Viewer = { personId: company.viewers.repId, role: 'rep' };
const lakeHouse = company.goals.find((g) => g.ownerId === maya.personId && g.title === 'Lake-house deposit')!;

describe('bench: storage change to DOM', () => {
  const report = new Report('storage change (put) → updated DOM');
  after(() => report.print());

  for (const kind of ['memory', 'indexeddb'] as const) {
    it(`quota-to-goal-meter and goal-card over ${kind}`, async () => {
      const { system, close } = await store(kind);
      const storage = system.withViewer(maya);
      const host = document.createElement('div');
      host.style.width = '760px';
      document.body.append(host);

      // --- quota-to-goal-meter: a booking lands.
      const meter = document.createElement('quota-to-goal-meter') as HTMLElement & { storage: StorageAdapter };
      meter.setAttribute('person-id', maya.personId);
      meter.storage = storage;
      const plainBookings = document.createElement('bench-plain-live-value') as PlainLiveValue;
      plainBookings.storage = storage;
      plainBookings.collections = ['bookings'];
      plainBookings.read = async (s) => {
        const items = (await s.list('bookings', { where: { ownerId: maya.personId } })).items as Booking[];
        return String(items.reduce((sum, b) => sum + b.amount.amount, 0));
      };
      host.append(meter, plainBookings);
      const meterText = () => meter.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? '';
      const plainText = (el: PlainLiveValue) => el.shadowRoot?.querySelector('.value')?.textContent ?? '';
      await until(() => meterText() !== '' && plainText(plainBookings) !== '');

      const meterTimes: number[] = [];
      const meterBase: number[] = [];
      const addBooking = (i: number) => storage.put('bookings', { ownerId: maya.personId, amount: { amount: 1_000_000 + i * 10_000, currency: 'USD' }, closedOn: SAMPLE_TODAY, label: `Bench deal ${i}` });
      for (let run = -1; run < RUNS; run += 1) {
        await settle();
        const measureSubject = async () => {
          const before = meterText();
          return changeToDom(meter, () => addBooking(2 * run + 10), () => meterText() !== before);
        };
        const measureBase = async () => {
          const before = plainText(plainBookings);
          return changeToDom(plainBookings, () => addBooking(2 * run + 11), () => plainText(plainBookings) !== before);
        };
        let s: number;
        let b: number;
        if (run % 2 === 0) {
          s = await measureSubject();
          await settle();
          b = await measureBase();
        } else {
          b = await measureBase();
          await settle();
          s = await measureSubject();
        }
        if (run >= 0) {
          meterTimes.push(s);
          meterBase.push(b);
        }
      }
      meter.remove();
      plainBookings.remove();

      // --- goal-card: the goal's title changes.
      const card = document.createElement('goal-card') as HTMLElement & { storage: StorageAdapter };
      card.setAttribute('goal-id', lakeHouse.id);
      card.storage = storage;
      const plainGoal = document.createElement('bench-plain-live-value') as PlainLiveValue;
      plainGoal.storage = storage;
      plainGoal.collections = ['goals'];
      plainGoal.read = async (s) => ((await s.get('goals', lakeHouse.id)) as PersonalGoal).title;
      host.append(card, plainGoal);
      const cardText = () => card.shadowRoot?.textContent ?? '';
      await until(() => cardText().includes('Lake-house deposit') && plainText(plainGoal) !== '');

      const cardTimes: number[] = [];
      const cardBase: number[] = [];
      const retitle = async (title: string) => {
        const current = (await storage.get('goals', lakeHouse.id)) as PersonalGoal;
        return () => storage.put('goals', { ...current, title });
      };
      for (let run = -1; run < RUNS; run += 1) {
        await settle();
        const measureSubject = async () => {
          const title = `Lake-house deposit ${run}a`;
          const put = await retitle(title);
          return changeToDom(card, put, () => cardText().includes(title));
        };
        const measureBase = async () => {
          const title = `Lake-house deposit ${run}b`;
          const put = await retitle(title);
          return changeToDom(plainGoal, put, () => plainText(plainGoal) === title);
        };
        let s: number;
        let b: number;
        if (run % 2 === 0) {
          s = await measureSubject();
          await settle();
          b = await measureBase();
        } else {
          b = await measureBase();
          await settle();
          s = await measureSubject();
        }
        if (run >= 0) {
          cardTimes.push(s);
          cardBase.push(b);
        }
      }
      card.remove();
      plainGoal.remove();
      host.remove();
      await nextFrame();
      await close();

      for (const [name, subject, base] of [['quota-to-goal-meter', meterTimes, meterBase], ['goal-card', cardTimes, cardBase]] as const) {
        report.paired({
          name: `${name} (${kind})`, subject: name, baseline: 'plain Lit subscriber', unit: ' ms',
          subjectValues: subject, baselineValues: base, ratioLabel: 'element/plain',
        });
        const median = [...subject].sort((a, b) => a - b)[Math.floor(subject.length / 2)]!;
        report.target(`${name} (${kind}): put → DOM ≤ 16 ms`, `${fmt(median)} ms`, '≤ 16 ms', median <= 16);
      }
    });
  }
});
