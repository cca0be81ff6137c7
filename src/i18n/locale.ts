/**
 * Which language an element speaks: its own `lang` or the nearest ancestor's (crossing shadow
 * roots), else the provider's locale, else `<html lang>`, else the browser's.
 */
export function resolveLocale(element: Element, provided?: string): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return node === document.documentElement && provided ? provided : lang;
      node = node.parentNode ?? null;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = null;
    }
  }
  return provided ?? (navigator.language || 'en');
}

/** Whether a locale is written right to left. */
export function isRightToLeft(locale: string): boolean {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction) return direction === 'rtl';
  } catch {
    // fall through to the short list
  }
  return /^(ar|he|fa|ur|ps|sd|ug|yi|dv)\b/i.test(locale);
}
