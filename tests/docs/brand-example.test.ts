// docs/brand-example.css, the branded theme docs/theming.md tells integrators to paste, applied to a
// real element: it must take effect in light, dark and pinned themes, and stay readable.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/goal-card/define.js';
import type { GoalCard } from '../../src/elements/goal-card/goal-card.js';
import { seededCompany } from '../support/company.js';

let style: HTMLStyleElement;

before(async () => {
  style = document.createElement('style');
  style.textContent = await (await fetch('/docs/brand-example.css')).text();
  document.head.append(style);
});

after(() => style.remove());

afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

async function brandedCard(theme?: 'light' | 'dark'): Promise<GoalCard> {
  const company = await seededCompany();
  const rep = { personId: company.company.viewers.repId, role: 'rep' as const };
  const goal = company.company.goals.find((g) => g.ownerId === rep.personId)!;
  const card = await fixture<GoalCard>(html`<goal-card goal-id=${goal.id} .storage=${company.as(rep)} theme=${theme ?? ''}></goal-card>`);
  if (!theme) card.removeAttribute('theme');
  for (let i = 0; i < 100 && (!card.shadowRoot!.querySelector('[part~="card"]') || card.shadowRoot!.querySelector('[aria-busy="true"]')); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return card;
}

const colour = (card: GoalCard, token: string) => getComputedStyle(card).getPropertyValue(`--_${token}`).trim().toLowerCase();

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Every pair of colours a person reads text in, with its weakest contrast. */
function weakestText(card: GoalCard): string {
  const pairs = [
    ['text', 'surface'], ['text', 'surface-raised'], ['muted', 'surface'], ['muted', 'surface-raised'], ['accent', 'surface'],
    ['on-accent', 'accent'], ['positive', 'surface'], ['warning', 'surface'], ['danger', 'surface'], ['danger', 'surface-raised'],
  ];
  const ratios = pairs.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(colour(card, fg!), colour(card, bg!)) }));
  const weakest = ratios.sort((x, y) => x.ratio - y.ratio)[0]!;
  return weakest.ratio >= 4.5 ? 'all at least 4.5:1' : `${weakest.pair} is ${weakest.ratio.toFixed(2)}:1`;
}

describe('the branded example in docs/brand-example.css', () => {
  it('gives a card the brand colour, typeface and corners on a light page', async () => {
    const card = await brandedCard();
    expect(colour(card, 'accent')).to.equal('#0b6b6b');
    const frame = card.shadowRoot!.querySelector<HTMLElement>('[part~="card"]')!;
    expect(getComputedStyle(frame).borderTopLeftRadius).to.equal('6px');
    expect(getComputedStyle(frame).fontFamily).to.contain('Source Sans 3');
    expect(getComputedStyle(frame).boxShadow).not.to.equal('none');
    expect(weakestText(card)).to.equal('all at least 4.5:1');
  });

  it('switches to the dark brand when the system is dark, and keeps it readable', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const card = await brandedCard();
    expect(colour(card, 'accent')).to.equal('#5cc6bf');
    expect(colour(card, 'surface')).to.equal('#0f1b1c');
    expect(weakestText(card)).to.equal('all at least 4.5:1');
  });

  it('follows theme="light" on a dark system and theme="dark" on a light one', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const pinnedLight = await brandedCard('light');
    expect([colour(pinnedLight, 'accent'), colour(pinnedLight, 'surface')]).to.deep.equal(['#0b6b6b', '#ffffff']);
    await emulateMedia({ colorScheme: 'light' });
    const pinnedDark = await brandedCard('dark');
    expect([colour(pinnedDark, 'accent'), colour(pinnedDark, 'surface')]).to.deep.equal(['#5cc6bf', '#0f1b1c']);
  });
});
