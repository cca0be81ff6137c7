/**
 * A Goalpost store in the browser's localStorage: the worked example of docs/storage-adapters.md.
 *
 * The whole store is one JSON document under one key. A write parses it, changes the private
 * copy and saves it back with a single `setItem`, so a write (or a batch) is all or nothing.
 * localStorage holds about 5 MB per origin, so this suits a few hundred records; past that, use
 * IndexedDB.
 */
import { BaseAdapter, RawBackend } from '../../src/storage/base-adapter.js';
import type { RawStore, RawWriter, ScanResult } from '../../src/storage/base-adapter.js';
import type { RawChange } from '../../src/storage/changes.js';
import { selectRecords } from '../../src/storage/query.js';
import type { Position, ScanQuery } from '../../src/storage/query.js';
import type { AdapterOptions } from '../../src/storage/adapter.js';
import { QuotaExceededError, UnavailableError } from '../../src/core/errors.js';
import { COLLECTIONS } from '../../src/core/types.js';
import type { CollectionName, Entity, Id } from '../../src/core/types.js';

type Document = Partial<Record<CollectionName, Record<Id, Entity>>>;

function parse(text: string | null): Document {
  return text ? (JSON.parse(text) as Document) : {};
}

/** Raw reads and writes over one parsed copy of the document. */
class DocumentStore implements RawWriter {
  constructor(readonly doc: Document) {}

  async get(collection: CollectionName, id: Id): Promise<Entity | undefined> {
    const record = this.doc[collection]?.[id];
    return record && structuredClone(record);
  }

  // Everything is in memory already, so the whole rest is returned whatever `max` says.
  async scan(collection: CollectionName, query: ScanQuery, after: Position | undefined): Promise<ScanResult> {
    const records = selectRecords(Object.values(this.doc[collection] ?? {}), query, after);
    return { records: records.map((record) => structuredClone(record)), done: true };
  }

  async put(collection: CollectionName, record: Entity): Promise<void> {
    (this.doc[collection] ??= {})[record.id] = structuredClone(record);
  }

  async delete(collection: CollectionName, id: Id): Promise<void> {
    delete this.doc[collection]?.[id];
  }
}

class LocalStorageBackend extends RawBackend {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly area: Storage,
    private readonly key: string,
  ) {
    super();
    globalThis.addEventListener?.('storage', this.onStorage);
  }

  async read<T>(work: (store: RawStore) => Promise<T>): Promise<T> {
    this.assertOpen();
    return work(new DocumentStore(parse(this.area.getItem(this.key))));
  }

  write<T>(work: (store: RawWriter) => Promise<T>): Promise<T> {
    // One write at a time; a write that throws saves nothing, which is the rollback.
    const run = this.queue.then(async () => {
      this.assertOpen();
      const store = new DocumentStore(parse(this.area.getItem(this.key)));
      const result = await work(store);
      try {
        this.area.setItem(this.key, JSON.stringify(store.doc));
      } catch (error) {
        throw new QuotaExceededError(undefined, { cause: error });
      }
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    this.closed = true;
    globalThis.removeEventListener?.('storage', this.onStorage);
    this.changes.clear();
  }

  private assertOpen(): void {
    if (this.closed) throw new UnavailableError('This store was closed.');
  }

  /** Another tab saved the document: tell this tab's subscribers what changed. */
  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key !== this.key || event.storageArea !== this.area) return;
    const before = parse(event.oldValue);
    const after = parse(event.newValue);
    const changes: RawChange[] = [];
    for (const collection of COLLECTIONS) {
      const was = before[collection] ?? {};
      const now = after[collection] ?? {};
      for (const id of new Set([...Object.keys(was), ...Object.keys(now)])) {
        const [old, record] = [was[id], now[id]];
        if (old?.version === record?.version) continue;
        changes.push(record
          ? { collection, id, type: 'put', version: record.version, after: record, ...(old ? { before: old } : {}) }
          : { collection, id, type: 'delete', before: old! });
      }
    }
    void this.receive(changes, 'other-tab');
  };
}

export interface LocalStorageAdapterOptions extends AdapterOptions {
  /** The localStorage key that holds the store. */
  key?: string;
  /** `localStorage` unless given (`sessionStorage`, or a test double). */
  area?: Storage;
}

export class LocalStorageAdapter extends BaseAdapter {
  constructor(options: LocalStorageAdapterOptions = {}) {
    super(new LocalStorageBackend(options.area ?? localStorage, options.key ?? 'goalpost'), options);
  }
}
