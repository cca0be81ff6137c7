/**
 * Context keys. `Symbol.for` makes two copies of the Goalpost bundle on one page share the same
 * keys, so a provider from one copy serves elements from the other.
 */
import { createContext } from '@lit/context';
import type { StorageAdapter } from '../storage/adapter.js';
import type { Viewer } from '../core/types.js';

export const storageContext = createContext<StorageAdapter | undefined>(Symbol.for('goalpost/storage@1'));
export const viewerContext = createContext<Viewer | undefined>(Symbol.for('goalpost/viewer@1'));
export const localeContext = createContext<string | undefined>(Symbol.for('goalpost/locale@1'));
export const currencyContext = createContext<string | undefined>(Symbol.for('goalpost/currency@1'));
/** A clock returns "now". Demos and tests pin it with the provider's `now` attribute. */
export type Clock = () => Date;
export const clockContext = createContext<Clock | undefined>(Symbol.for('goalpost/clock@1'));
