/**
 * Reading a rendered Goalpost page the way the trust tests need to: every text node, every
 * attribute value (aria-label, aria-valuetext, title, data-*) and every form control's current
 * value, through every open shadow root, whether or not CSS shows it. Hidden is not absent.
 */

/** Every element under `root`, crossing into open shadow roots and template contents. */
export function* deepElements(root: Node): Generator<Element> {
  for (const child of root.childNodes) {
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const el = child as Element;
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
    if (el instanceof HTMLTemplateElement) yield* deepElements(el.content);
    yield* deepElements(el);
  }
}

/**
 * All the text a person, a screen reader or a curious inspector could find under `root`: text
 * nodes, attribute values and the values of inputs, text areas and selects, one per line.
 * Style sheets are left out: they hold no data.
 */
export function everythingIn(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (el.localName === 'style' || el.localName === 'script') continue;
      for (const attr of el.attributes) parts.push(attr.value);
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) parts.push(el.value);
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el instanceof HTMLTemplateElement) visit(el.content);
      visit(el);
    }
  };
  if (root instanceof Element) {
    for (const attr of root.attributes) parts.push(attr.value);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return parts.join('\n');
}

/** The first element matching `selector` anywhere under `root`, shadow roots included. */
export function deepQuery<T extends Element = Element>(root: Node, selector: string): T | undefined {
  for (const el of deepElements(root)) if (el.matches(selector)) return el as T;
  return undefined;
}

/** How many elements match `selector` anywhere under `root`, shadow roots included. */
export function deepCount(root: Node, selector: string): number {
  let count = 0;
  for (const el of deepElements(root)) if (el.matches(selector)) count += 1;
  return count;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Something under `root` still says it is loading. */
function busy(root: Node): boolean {
  for (const el of deepElements(root)) {
    if (el.getAttribute('aria-busy') === 'true') return true;
    if (el.classList.contains('skeleton')) return true;
  }
  return false;
}

/**
 * Waits until every element under `root` has finished reading and rendering: nothing is busy and
 * the whole rendered content stays the same over a few polls.
 */
export async function settle(root: Node, timeout = 8000): Promise<void> {
  const start = performance.now();
  let last = '';
  let stable = 0;
  while (performance.now() - start < timeout) {
    const updates = [...deepElements(root)]
      .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      .filter((p): p is Promise<unknown> => p instanceof Promise);
    await Promise.all(updates);
    await sleep(25);
    const now = everythingIn(root);
    if (!busy(root) && now === last) {
      stable += 1;
      if (stable >= 2) return;
    } else {
      stable = 0;
    }
    last = now;
  }
  throw new Error(`The page did not settle within ${timeout} ms`);
}
