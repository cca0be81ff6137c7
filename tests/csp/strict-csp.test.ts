import { expect } from '@open-wc/testing';

interface Report {
  violations: string[];
  rendered?: Array<{ tag: string; text: string }>;
  error?: string;
}

/** Loads the strict host page in a frame and waits for what it reports. */
function loadStrictPage(): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '1200px';
    frame.style.height = '900px';
    const timer = setTimeout(() => reject(new Error('The strict page never reported')), 20_000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.data?.type !== 'goalpost-csp-report') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data as Report);
    });
    frame.src = '/tests/csp/strict-page.html';
    document.body.append(frame);
  });
}

describe('a host page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders every element with zero policy violations', async function () {
    this.timeout(30_000);
    const response = await fetch('/tests/csp/strict-page.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("default-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'");
    const report = await loadStrictPage();
    expect(report.error).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    for (const { tag, text } of report.rendered ?? []) {
      expect(text.length, `${tag} rendered something`).to.be.greaterThan(20);
      expect(text, tag).not.to.match(/Something went wrong/);
    }
    expect((report.rendered ?? []).map((r) => r.tag)).to.include.members(['quota-to-goal-meter', 'goal-card', 'recognition-feed']);
  });
});
