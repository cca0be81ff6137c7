/**
 * The self-contained bundle, as a portal without a bundler uses it: a page whose only script
 * imports dist/cdn/goalpost.js (built by scripts/build-cdn.mjs before the tests run). Every
 * element registers, renders real data, and nothing is fetched from src/ or node_modules/;
 * chart.js arrives only on a page with a chart.
 */
import { expect, waitUntil } from '@open-wc/testing';

const TAGS = [
  'goalpost-provider', 'goal-card', 'quota-to-goal-meter', 'recognition-feed', 'goal-checkin', 'motivation-profile',
  'team-goals-board', 'commission-what-if', 'attainment-chart', 'team-distribution-chart', 'goalpost-sync-status',
];

async function openPage(search = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '1400px';
  frame.src = `/tests/cdn/page.html${search}`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as (Window & { goalpostReady?: string }) | null)?.goalpostReady, 'the page script ran', { timeout: 10000 });
  return frame;
}

function shadowText(frame: HTMLIFrameElement, tag: string): string {
  return frame.contentDocument!.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

function requested(frame: HTMLIFrameElement): string[] {
  return frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

describe('self-contained bundle (dist/cdn/goalpost.js)', () => {
  it('registers every element and renders real data with nothing but the bundle', async () => {
    const frame = await openPage();
    const registry = frame.contentWindow!.customElements;
    expect(TAGS.filter((tag) => !registry.get(tag)), 'tags left unregistered').to.deep.equal([]);

    await waitUntil(() => shadowText(frame, 'goal-card').includes('Lake-house deposit'), 'the goal card shows the goal', { timeout: 10000 });
    await waitUntil(() => shadowText(frame, 'recognition-feed').includes('Northwind renewed the whole fleet'), 'the feed shows the post', { timeout: 10000 });
    const meter = () => frame.contentDocument!.querySelector('quota-to-goal-meter')!.shadowRoot!.querySelector('[role="meter"]');
    await waitUntil(() => meter()?.getAttribute('aria-valuetext'), 'the meter speaks its value', { timeout: 10000 });
    // $180,000 booked against a $250,000 quota.
    expect(meter()!.getAttribute('aria-valuetext')).to.contain('72%');

    const scripts = requested(frame).filter((path) => path.endsWith('.js'));
    // The test server adds its own live-reload socket script to every page it serves.
    const ours = scripts.filter((path) => !path.startsWith('/__web-dev-server'));
    expect(ours.filter((path) => !path.startsWith('/dist/cdn/') && path !== '/tests/cdn/page.js'), 'scripts from outside the bundle').to.deep.equal([]);
    expect(scripts.some((path) => /\/chunks\/chart-/.test(path)), 'chart.js fetched on a page without a chart').to.equal(false);
  });

  it('tries the sample company from a chunk beside the bundle, as the README shows', async () => {
    const frame = await openPage('?sample');
    await waitUntil(() => shadowText(frame, 'goal-card').includes('Lake-house deposit'), 'the sample goal renders', { timeout: 10000 });
    await waitUntil(() => shadowText(frame, 'recognition-feed').includes('Northwind renewed'), 'the sample feed renders', { timeout: 10000 });
    expect(requested(frame).some((path) => /\/dist\/cdn\/chunks\/sample-/.test(path))).to.equal(true);
  });

  it('fetches the chart chunk only when a chart is on the page, and draws it', async () => {
    const frame = await openPage('?chart');
    const chart = () => frame.contentDocument!.querySelector('attainment-chart')!.shadowRoot;
    await waitUntil(() => requested(frame).some((path) => /\/dist\/cdn\/chunks\/chart-/.test(path)), 'the chart chunk is fetched from beside the bundle', { timeout: 15000 });
    await waitUntil(() => (chart()?.querySelector('canvas')?.width ?? 0) > 0, 'the chart draws on a canvas', { timeout: 15000 });
  });
});
