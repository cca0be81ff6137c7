/**
 * Every string Goalpost shows, by key. English is complete and is the fallback; other
 * catalogs may leave keys out while they are being translated.
 */
import { en } from './en.js';

export type Catalog = typeof en;
export type MessageKey = keyof Catalog;
export type MessageParams<K extends MessageKey> = Catalog[K] extends (params: infer P) => string ? [P] : [];
export type PartialCatalog = { [K in MessageKey]?: Catalog[K] };

const catalogs = new Map<string, PartialCatalog>([['en', en]]);

/** Adds or extends a language, such as `registerMessages('fr', { 'common.loading': 'Chargement…' })`. */
export function registerMessages(language: string, messages: PartialCatalog): void {
  catalogs.set(language.toLowerCase(), { ...(catalogs.get(language.toLowerCase()) ?? {}), ...messages });
}

function lookup<K extends MessageKey>(locale: string, key: K): Catalog[K] {
  const lower = locale.toLowerCase();
  const exact = catalogs.get(lower)?.[key];
  if (exact !== undefined) return exact as Catalog[K];
  const base = catalogs.get(lower.split('-')[0]!)?.[key];
  return (base ?? en[key]) as Catalog[K];
}

export function translate<K extends MessageKey>(locale: string, key: K, ...params: MessageParams<K>): string {
  const message = lookup(locale, key) as string | ((p: unknown) => string);
  return typeof message === 'function' ? message(params[0]) : message;
}
