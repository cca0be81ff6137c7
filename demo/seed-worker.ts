/**
 * Writes the sample company into the demo's IndexedDB off the main thread. A first visit writes
 * about 1,400 records; done here, the portal stays responsive while the elements show their
 * loading state, even on a slow phone. The page asks with `{ dbName, today }` and hears back
 * `{ ok: true }` or `{ ok: false, message }`; on failure it seeds on the main thread instead.
 */
import { IndexedDbAdapter } from '../src/storage/indexeddb.js';
import { generateSampleCompany } from '../src/core/sample-data.js';
import { seedStorage } from '../src/core/seed.js';
import type { IsoDate } from '../src/core/types.js';

export interface SeedRequest {
  dbName: string;
  today: IsoDate;
}

export type SeedReply = { ok: true } | { ok: false; message: string };

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<SeedRequest>) => void) | null; postMessage(reply: SeedReply): void };

scope.onmessage = ({ data }) => {
  void seed(data).then(
    () => scope.postMessage({ ok: true }),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};

async function seed({ dbName, today }: SeedRequest): Promise<void> {
  const storage = new IndexedDbAdapter({ dbName });
  try {
    // Another tab may have seeded since the page looked.
    const people = await storage.list('people', { limit: 1 });
    if (people.items.length === 0) await seedStorage(storage, generateSampleCompany({ today }));
  } finally {
    await storage.close();
  }
}
