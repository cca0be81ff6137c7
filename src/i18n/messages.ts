/**
 * Every string Goalpost shows, by key. English is the fallback. Each element carries the English
 * strings it uses (its static `messages`), so a page loads only the strings of the elements it
 * has; other languages are registered with `registerMessages`.
 */
import type { en } from './en.js';
import { common } from './en/common.js';

export type Catalog = typeof en;
export type MessageKey = keyof Catalog;
export type MessageParams<K extends MessageKey> = Catalog[K] extends (params: infer P) => string ? [P] : [];
/** A message lookup bound to a locale, as an element's `t` is: handed to the parts it loads on demand. */
export type Translate = <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;
/** Every key, each a plain string or a function of the same parameters as the English one: a whole language. */
export type CompleteCatalog = { [K in MessageKey]: Catalog[K] extends string ? string : Catalog[K] };
export type PartialCatalog = Partial<CompleteCatalog>;

const catalogs = new Map<string, PartialCatalog>();

/** Adds or extends a language, such as `registerMessages('fr', { 'common.loading': 'Chargement…' })`. */
export function registerMessages(language: string, messages: PartialCatalog): void {
  const key = language.toLowerCase();
  catalogs.set(key, { ...(catalogs.get(key) ?? {}), ...messages });
}

/** Languages Goalpost ships, each a chunk of its own fetched the first time an element speaks it. */
const shipped: Record<string, () => Promise<{ default: PartialCatalog }>> = {
  de: () => import('./de.js'),
  ar: () => import('./ar.js'),
};
const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>(['en']);

/**
 * Loads the catalog Goalpost ships for `locale`'s language, once. Returns `undefined` when there
 * is nothing to wait for (English, a language already loaded, or one Goalpost does not ship);
 * otherwise a promise that settles once its strings are registered. Strings an integrator
 * registered for the language keep precedence over the shipped ones.
 */
export function loadMessages(locale: string): Promise<void> | undefined {
  const language = locale.toLowerCase().split('-')[0]!;
  const load = shipped[language];
  if (!load || loaded.has(language)) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then(
      (module) => {
        catalogs.set(language, { ...module.default, ...(catalogs.get(language) ?? {}) });
        loaded.add(language);
      },
      (error: unknown) => {
        // Try again next time; meanwhile the English fallback shows.
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

function lookup<K extends MessageKey>(locale: string, key: K, english: PartialCatalog): Catalog[K] | undefined {
  const lower = locale.toLowerCase();
  return (catalogs.get(lower)?.[key] ?? catalogs.get(lower.split('-')[0]!)?.[key] ?? english[key] ?? (common as PartialCatalog)[key]) as
    | Catalog[K]
    | undefined;
}

/**
 * A message in `locale`, falling back to English from `english` (the strings the asking element
 * carries). A key nobody knows comes back as itself, so a missing string is visible, not blank.
 */
export function translate<K extends MessageKey>(locale: string, key: K, english: PartialCatalog, ...params: MessageParams<K>): string {
  const message = lookup(locale, key, english) as string | ((p: unknown) => string) | undefined;
  if (message === undefined) return key;
  return typeof message === 'function' ? message(params[0]) : message;
}
