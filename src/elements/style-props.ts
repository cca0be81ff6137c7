/**
 * Inline styles set through the CSSOM only. Lit's `styleMap` writes a `style` attribute on first
 * render, which a host page with `style-src 'self'` blocks; `element.style.setProperty` is never
 * blocked, so this directive is what every Goalpost template uses for computed widths and
 * positions.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { AttributePart, PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | undefined>>;

/** `fooBar` → `foo-bar`; custom properties (`--x`) are kept as they are. */
function cssName(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('styleProps() belongs in a style attribute: style=${styleProps({...})}');
    }
  }

  render(_props: StyleProps): symbol {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): symbol {
    const { style } = part.element as HTMLElement;
    const next = new Set<string>();
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined) continue;
      const name = cssName(key);
      next.add(name);
      style.setProperty(name, String(value));
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
