/**
 * Lets a host page without Lit provide Goalpost's context from any element of its own:
 *
 * ```js
 * const provider = provideGoalpost(document.querySelector('#sales-panel'), { storage, viewer });
 * provider.update({ viewer: otherViewer }); // every element below re-reads
 * ```
 */
import { ContextProvider } from '@lit/context';
import type { StorageAdapter } from '../storage/adapter.js';
import type { Viewer } from '../core/types.js';
import { clockContext, currencyContext, localeContext, storageContext, viewerContext } from './keys.js';
import type { Clock } from './keys.js';

export interface GoalpostContextValues {
  storage?: StorageAdapter;
  viewer?: Viewer;
  locale?: string;
  currency?: string;
  clock?: Clock;
}

export interface HostProvider {
  update(values: GoalpostContextValues): void;
  /** Stops answering context requests from below `root`. */
  disconnect(): void;
}

export function provideGoalpost(root: HTMLElement, values: GoalpostContextValues): HostProvider {
  const providers = {
    storage: new ContextProvider(root, { context: storageContext, initialValue: values.storage }),
    viewer: new ContextProvider(root, { context: viewerContext, initialValue: values.viewer }),
    locale: new ContextProvider(root, { context: localeContext, initialValue: values.locale }),
    currency: new ContextProvider(root, { context: currencyContext, initialValue: values.currency }),
    clock: new ContextProvider(root, { context: clockContext, initialValue: values.clock }),
  };
  // A plain element has no reactive lifecycle, so start listening now.
  for (const provider of Object.values(providers)) provider.hostConnected();
  return {
    update(next) {
      if ('storage' in next) providers.storage.setValue(next.storage);
      if ('viewer' in next) providers.viewer.setValue(next.viewer);
      if ('locale' in next) providers.locale.setValue(next.locale);
      if ('currency' in next) providers.currency.setValue(next.currency);
      if ('clock' in next) providers.clock.setValue(next.clock);
    },
    disconnect() {
      for (const provider of Object.values(providers)) {
        root.removeEventListener('context-request', provider.onContextRequest);
        root.removeEventListener('context-provider', provider.onProviderRequest);
        provider.clearCallbacks();
      }
    },
  };
}
