/**
 * What the framework tests share: loading a bundled page, reading what an element shows, and
 * the user actions they take (editing a goal's title, opening the recognition composer).
 */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The page `tests/frameworks/<name>.page.tsx`, bundled with its framework by bundle-plugin.mjs. */
export function loadPage<Page>(name: string): Promise<Page> {
  return import(new URL(`./dist/${name}.js`, import.meta.url).href) as Promise<Page>;
}

/** The text an element shows in its shadow root, whitespace collapsed. */
export function shown(el: Element | null | undefined): string {
  return (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until `el` shows `text`. */
export async function untilShown(el: Element | null | undefined, text: string, timeout = 5000): Promise<void> {
  await waitUntil(() => shown(el).includes(text), `expected the element to show “${text}”, it shows “${shown(el).slice(0, 200)}”`, { timeout });
}

function inShadow<E extends Element>(el: Element, selector: string): E {
  const found = el.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`No ${selector} in <${el.localName}>`);
  return found;
}

/** Opens the card's form with its Edit button, types a new title and presses Save, as a person would. */
export async function retitleGoal(card: Element, title: string): Promise<void> {
  await waitUntil(() => card.shadowRoot?.querySelector('.edit-button'), 'the card offers Edit', { timeout: 5000 });
  inShadow<HTMLButtonElement>(card, '.edit-button').click();
  await waitUntil(() => card.shadowRoot?.querySelector('#title'), 'the form opens');
  const input = inShadow<HTMLInputElement>(card, '#title');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: title });
  inShadow<HTMLButtonElement>(card, 'button[type="submit"]').click();
}

/** Opens the feed's composer and returns the value tags it offers, as shown. */
export async function offeredValueTags(feed: Element): Promise<string[]> {
  await waitUntil(() => feed.shadowRoot?.querySelector('#composer-toggle'), 'the feed offers to post', { timeout: 5000 });
  inShadow<HTMLButtonElement>(feed, '#composer-toggle').click();
  await waitUntil(() => feed.shadowRoot?.querySelector('.values-field'), 'the composer opens');
  return [...feed.shadowRoot!.querySelectorAll('.values-field .toggle-chip')].map((chip) => chip.textContent!.replace(/\s+/g, ''));
}

/** Collects what the page logs as errors or warnings while `run` runs (React and Vue warn there). */
export async function consoleComplaints(run: () => Promise<void>): Promise<string[]> {
  const complaints: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    complaints.push(args.map(String).join(' '));
    error.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    complaints.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  try {
    await run();
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return complaints;
}
