/**
 * recognition-feed with 10,000 posts against a plain Lit `repeat` list of the same posts on the
 * same page, in the same run: time to the first rendered rows, and frame times of a scripted
 * scroll. Both read from the same MemoryAdapter (so storage speed is not what is compared);
 * the plain list is timed two ways: reading all the posts and rendering them (what a page would
 * do), and rendering only (the posts already in hand).
 *
 * Besides wall time, each mount reports the main thread's script, layout and task time as a
 * Chromium trace counts it (bench/support/page-metrics.ts), from the append until the frame that
 * shows the first rows is drawn: the target is a frame's worth of script, and wall time on a
 * shared machine also counts whatever else the machine was doing.
 */
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '../src/elements/recognition-feed/define.js';
import { provideGoalpost } from '../src/context/host-provider.js';
import { generateSampleCompany, SAMPLE_TODAY } from '../src/core/sample-data.js';
import { seedStorage } from '../src/core/seed.js';
import type { Draft, Recognition, RecognitionKind, Viewer } from '../src/core/types.js';
import type { StorageAdapter } from '../src/storage/adapter.js';
import { MemoryAdapter } from '../src/storage/memory.js';
import { Report, fmt, frameDrawn, nextFrame, quantile, settle, summarize } from './support/stats.js';
import { measure } from './support/page-metrics.js';
import type { Split } from './support/page-metrics.js';

const COUNT = 10_000;
const RUNS = 7;
const SCROLL_FRAMES = 90;
const SCROLL_STEP = 120;
const TEAM = 'team-bulk';
const HEIGHT = 600;
const clock = () => new Date(`${SAMPLE_TODAY}T12:00:00.000Z`);

/** The 10,000 posts of the feed test (tests/elements/recognition-feed.test.ts, "a long feed"). */
function bulkDrafts(count: number): Draft<Recognition>[] {
  const kinds: RecognitionKind[] = ['win', 'kudos', 'milestone'];
  const start = Date.parse('2026-11-27T09:00:00.000Z');
  return Array.from({ length: count }, (_, i) => ({
    id: `bulk-${String(i).padStart(5, '0')}`,
    fromId: 'person-dana-whitfield', toIds: ['person-jordan-reyes'], teamId: TEAM, kind: kinds[i % kinds.length]!,
    message: `Bulk post number ${i}`, values: [], audience: 'team' as const,
    postedAt: new Date(start - i * 60_000).toISOString(), reactions: {},
  }));
}

/** The same posts as a plain list: one article per post with names, kind, time and message. */
function plainList(posts: readonly Recognition[], names: Map<string, string>) {
  return html`${repeat(posts, (p) => p.id, (p, i) => html`<article class="post" aria-posinset=${i + 1} style="padding: 12px; border-bottom: 1px solid #ddd">
    <header><p><strong>${p.toIds.map((id) => names.get(id) ?? id).join(', ')}</strong></p>
      <p>from ${names.get(p.fromId) ?? p.fromId} <time datetime=${p.postedAt}>${new Date(p.postedAt).toLocaleString('en-US')}</time>
      <span class="badge">${p.kind}</span></p></header>
    <p>${p.message}</p>
  </article>`)}`;
}

function waitForRows(root: ShadowRoot): Promise<number> {
  return new Promise((resolve) => {
    const found = () => root.querySelector('article.post') !== null;
    const observer = new MutationObserver(() => {
      if (found()) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(root, { subtree: true, childList: true });
    if (found()) {
      observer.disconnect();
      resolve(performance.now());
    }
  });
}

/** rAF-to-rAF frame times while the scroller moves SCROLL_STEP px every frame. */
async function scrollFrames(scroller: HTMLElement): Promise<number[]> {
  scroller.scrollTop = 0;
  await nextFrame();
  let last = await nextFrame();
  const frames: number[] = [];
  for (let i = 0; i < SCROLL_FRAMES; i += 1) {
    scroller.scrollTop += SCROLL_STEP;
    const now = await nextFrame();
    frames.push(now - last);
    last = now;
  }
  return frames;
}

describe('bench: recognition-feed with 10,000 posts vs a plain Lit repeat list', () => {
  it('first rows and scroll frames', async () => {
    const company = generateSampleCompany();
    const system = new MemoryAdapter({ clock });
    await seedStorage(system, company);
    await system.batch(bulkDrafts(COUNT).map((record) => ({ type: 'put' as const, collection: 'recognitions' as const, record, expectedVersion: 0 })));
    const dana: Viewer = { personId: company.viewers.managerId, role: 'manager' };
    const storage: StorageAdapter = system.withViewer(dana);
    const names = new Map(company.people.map((p) => [p.id, p.name]));
    const readAll = async () => (await storage.list('recognitions', { where: { teamId: TEAM }, orderBy: 'postedAt', direction: 'desc' })).items as Recognition[];
    const inHand = await readAll();
    if (inHand.length !== COUNT) throw new Error(`expected ${COUNT} posts, read ${inHand.length}`);

    const stage = document.createElement('div');
    stage.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 1600px; display: flex; gap: 16px; align-items: flex-start';
    document.body.append(stage);

    const feedFirst: number[] = [];
    const plainReadFirst: number[] = [];
    const plainRenderFirst: number[] = [];
    const feedFrameMedian: number[] = [];
    const feedFrameP95: number[] = [];
    const plainFrameMedian: number[] = [];
    const plainFrameP95: number[] = [];
    let feedRowsInDom = 0;
    const feedTime: Split[] = [];
    const plainReadTime: Split[] = [];
    const plainRenderTime: Split[] = [];

    const mountFeed = async () => {
      const { result, time } = await measure((begin) => mountFeedOnly(begin));
      return { ...result, time };
    };
    const mountFeedOnly = async (begin: () => void) => {
      const wrapper = document.createElement('div');
      wrapper.style.cssText = `width: 760px; --goalpost-feed-max-height: ${HEIGHT}px`;
      provideGoalpost(wrapper, { storage, viewer: dana, clock, locale: 'en-US' });
      stage.append(wrapper);
      const el = document.createElement('recognition-feed');
      el.setAttribute('team-id', TEAM);
      el.setAttribute('hide-composer', '');
      begin();
      const start = performance.now();
      wrapper.append(el);
      await waitForRows(el.shadowRoot!);
      void el.offsetHeight; // the layout of the first rows counts
      const elapsed = performance.now() - start;
      // Main-thread time is counted until the frame that shows the rows is drawn: layout left for
      // that frame (posts off screen, say) counts too.
      await frameDrawn();
      return { wrapper, el, elapsed };
    };

    const mountPlain = async (read: boolean) => {
      const { result, time } = await measure((begin) => mountPlainOnly(read, begin));
      return { ...result, time };
    };
    const mountPlainOnly = async (read: boolean, begin: () => void) => {
      const box = document.createElement('div');
      box.style.cssText = `width: 760px; height: ${HEIGHT}px; overflow-y: auto`;
      stage.append(box);
      begin();
      const start = performance.now();
      const posts = read ? await readAll() : inHand;
      render(plainList(posts, names), box);
      void box.offsetHeight;
      const elapsed = performance.now() - start;
      await frameDrawn();
      return { box, elapsed };
    };

    for (let run = -1; run < RUNS; run += 1) {
      await settle();
      const order = run % 2 === 0 ? ['feed', 'plain-read', 'plain'] : ['plain', 'plain-read', 'feed'];
      let feed: Awaited<ReturnType<typeof mountFeed>> | undefined;
      let plain: Awaited<ReturnType<typeof mountPlain>> | undefined;
      for (const which of order) {
        if (which === 'feed') {
          feed = await mountFeed();
          if (run >= 0) {
            feedFirst.push(feed.elapsed);
            feedTime.push(feed.time);
          }
        } else if (which === 'plain-read') {
          const p = await mountPlain(true);
          if (run >= 0) {
            plainReadFirst.push(p.elapsed);
            plainReadTime.push(p.time);
          }
          render(html``, p.box);
          p.box.remove();
        } else {
          plain = await mountPlain(false);
          if (run >= 0) {
            plainRenderFirst.push(plain.elapsed);
            plainRenderTime.push(plain.time);
          }
        }
        await settle();
      }

      // Scripted scroll, one list at a time, both on the page.
      const feedScroller = feed!.el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      const scrolls = run % 2 === 0 ? [['feed', feedScroller], ['plain', plain!.box]] as const : [['plain', plain!.box], ['feed', feedScroller]] as const;
      for (const [which, scroller] of scrolls) {
        await settle();
        const frames = (await scrollFrames(scroller)).sort((a, b) => a - b);
        if (which === 'feed') feedRowsInDom = Math.max(feedRowsInDom, feed!.el.shadowRoot!.querySelectorAll('article.post').length);
        if (run < 0) continue;
        (which === 'feed' ? feedFrameMedian : plainFrameMedian).push(quantile(frames, 0.5));
        (which === 'feed' ? feedFrameP95 : plainFrameP95).push(quantile(frames, 0.95));
      }
      render(html``, plain!.box);
      plain!.box.remove();
      feed!.wrapper.remove();
    }
    stage.remove();

    const report = new Report(`recognition-feed, ${COUNT.toLocaleString('en-US')} posts, vs plain Lit repeat list (MemoryAdapter)`);
    // Main-thread time from the append until the frame that shows the first rows is drawn.
    const cpu = (times: Split[], kind: 'script' | 'task') => times.map((t) => t.cpu[kind]);
    const drawn = 'until drawn';
    report.paired({
      name: `first rows: script, main-thread CPU ms ${drawn}`, subject: 'recognition-feed', baseline: 'plain list, reads all', unit: ' ms',
      subjectValues: cpu(feedTime, 'script'), baselineValues: cpu(plainReadTime, 'script'), ratioLabel: 'feed less by', invert: true,
    });
    report.paired({
      name: `first rows: script, wall-clock ms ${drawn}`, subject: 'recognition-feed', baseline: 'plain list, reads all', unit: ' ms',
      subjectValues: feedTime.map((t) => t.wall.script), baselineValues: plainReadTime.map((t) => t.wall.script), ratioLabel: 'feed less by', invert: true,
    });
    report.paired({
      name: `first rows: layout + style, CPU ms ${drawn}`, subject: 'recognition-feed', baseline: 'plain list, reads all', unit: ' ms',
      subjectValues: feedTime.map((t) => t.cpu.layout + t.cpu.style), baselineValues: plainReadTime.map((t) => t.cpu.layout + t.cpu.style), ratioLabel: 'feed less by', invert: true,
    });
    report.paired({
      name: `first rows: all main-thread tasks, CPU ms ${drawn}`, subject: 'recognition-feed', baseline: 'plain list, reads all', unit: ' ms',
      subjectValues: cpu(feedTime, 'task'), baselineValues: cpu(plainReadTime, 'task'), ratioLabel: 'feed less by', invert: true,
    });
    report.paired({
      name: `first rows: all main-thread tasks, wall-clock ms ${drawn}`, subject: 'recognition-feed', baseline: 'plain list, reads all', unit: ' ms',
      subjectValues: feedTime.map((t) => t.wall.task), baselineValues: plainReadTime.map((t) => t.wall.task), ratioLabel: 'feed less by', invert: true,
    });
    report.paired({
      name: `first rows: script, CPU ms ${drawn}, posts in hand`, subject: 'recognition-feed', baseline: 'plain list, render only', unit: ' ms',
      subjectValues: cpu(feedTime, 'script'), baselineValues: cpu(plainRenderTime, 'script'), ratioLabel: 'feed less by', invert: true,
    });
    const vsRead = report.paired({
      name: 'first rows: wall time, append to rows laid out (in the task)', subject: 'recognition-feed', baseline: 'plain list, reads all', unit: ' ms',
      subjectValues: feedFirst, baselineValues: plainReadFirst, ratioLabel: 'feed faster by', invert: true,
    });
    const vsRender = report.paired({
      name: 'first rows: wall time as above, plain list with posts in hand', subject: 'recognition-feed', baseline: 'plain list, render only', unit: ' ms',
      subjectValues: feedFirst, baselineValues: plainRenderFirst, ratioLabel: 'feed faster by', invert: true,
    });
    report.paired({
      name: `scroll frame time, median of ${SCROLL_FRAMES} frames`, subject: 'recognition-feed', baseline: 'plain list', unit: ' ms',
      subjectValues: feedFrameMedian, baselineValues: plainFrameMedian, ratioLabel: 'feed/plain',
    });
    report.paired({
      name: 'scroll frame time, p95 of each run', subject: 'recognition-feed', baseline: 'plain list', unit: ' ms',
      subjectValues: feedFrameP95, baselineValues: plainFrameP95, ratioLabel: 'feed/plain',
    });
    const firstScript = summarize(cpu(feedTime, 'script'));
    const firstBusy = summarize(feedTime.map((t) => t.wall.task));
    report.target('feed first rows within one frame: ≤ 16 ms of script (main-thread CPU, until drawn)', `${fmt(firstScript.median)} ms`, '≤ 16 ms', firstScript.median <= 16);
    report.target('for reference: all main-thread work until drawn, wall clock (counts a busy machine too)', `${fmt(firstBusy.median)} ms`, '≤ 16 ms', firstBusy.median <= 16);
    report.target('feed ≥ 20× faster than plain list (both read from storage)', `${fmt(vsRead.median)}×`, '≥ 20×', vsRead.median >= 20);
    report.target('feed ≥ 20× faster than plain list (posts in hand)', `${fmt(vsRender.median)}×`, '≥ 20×', vsRender.median >= 20);
    report.print();
    console.log(`feed: at most ${feedRowsInDom} post elements in the DOM after scrolling (plain list: ${COUNT})`);
  });
});
