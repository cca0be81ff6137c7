/**
 * The embedded default: one IndexedDB database per page, opened only when an element needs
 * storage and finds neither its own nor a provider's.
 */
import { IndexedDbAdapter } from '../storage/indexeddb.js';
import type { StorageAdapter } from '../storage/adapter.js';
import type { Viewer } from '../core/types.js';

let shared: IndexedDbAdapter | undefined;
const views = new Map<string, StorageAdapter>();

/**
 * Nobody in particular: with no viewer named, elements read as a stranger to every team, who
 * sees the directory and nothing personal. Never the unfiltered system view.
 */
export const ANONYMOUS_VIEWER: Viewer = Object.freeze({ personId: '', role: 'rep' });

export function defaultStorage(viewer: Viewer | null): StorageAdapter {
  if (!shared) {
    shared = new IndexedDbAdapter({ dbName: 'goalpost', fallback: 'memory' });
    // No provider to show the warning on the page: say it where a developer looks.
    shared.onFallback((fallback) => console.warn(`Goalpost keeps data in memory only: ${fallback.reason}`));
  }
  const who = viewer ?? ANONYMOUS_VIEWER;
  const key = `${who.personId}|${who.role}`;
  let view = views.get(key);
  if (!view) {
    view = shared.withViewer(who);
    views.set(key, view);
  }
  return view;
}
