/**
 * A store that lives in memory, for tests, Storybook and demos. It behaves like the IndexedDB
 * adapter in every way the conformance suite can see: records are copied on the way in and out
 * (a caller can never mutate stored state), writes are transactions that apply wholly or not at
 * all, and subscribers hear about a write after it committed, before the write's promise settles.
 */
import { UnavailableError } from '../core/errors.js';
import { COLLECTIONS } from '../core/types.js';
import type { CollectionName, Entity, Id } from '../core/types.js';
import type { AdapterOptions } from './adapter.js';
import { BaseAdapter, RawBackend } from './base-adapter.js';
import type { RawStore, RawWriter, ScanResult } from './base-adapter.js';
import { selectRecords } from './query.js';
import type { Position, ScanQuery } from './query.js';

type Tables = Map<CollectionName, Map<Id, Entity>>;

class MemoryReader implements RawStore {
  constructor(protected readonly tables: Tables) {}

  async get(collection: CollectionName, id: Id): Promise<Entity | undefined> {
    const record = this.tables.get(collection)?.get(id);
    return record && structuredClone(record);
  }

  // Everything is at hand, but ordering and copying are what cost: only the `max` records asked
  // for, and one more to tell whether more follow, are kept in order, and only the `max` copied.
  async scan(collection: CollectionName, query: ScanQuery, after: Position | undefined, max: number): Promise<ScanResult> {
    const records = selectRecords(this.records(collection).values(), query, after, max + 1);
    return { records: records.slice(0, max).map((record) => structuredClone(record)), done: records.length <= max };
  }

  protected records(collection: CollectionName): ReadonlyMap<Id, Entity> {
    return this.tables.get(collection) ?? new Map();
  }
}

/** A transaction: writes are staged beside the committed tables and applied only on commit. */
class StagedWriter extends MemoryReader implements RawWriter {
  // `null` marks a deletion.
  private readonly staged = new Map<CollectionName, Map<Id, Entity | null>>();

  // Looks in the staged writes first, without merging whole tables: a big batch does one get per op.
  override async get(collection: CollectionName, id: Id): Promise<Entity | undefined> {
    const changes = this.staged.get(collection);
    if (changes?.has(id)) {
      const record = changes.get(id);
      return record ? structuredClone(record) : undefined;
    }
    return super.get(collection, id);
  }

  async put(collection: CollectionName, record: Entity): Promise<void> {
    this.stage(collection).set(record.id, structuredClone(record));
  }

  async add(collection: CollectionName, record: Entity): Promise<void> {
    const changes = this.staged.get(collection);
    const exists = changes?.has(record.id) ? changes.get(record.id) !== null : this.tables.get(collection)?.has(record.id);
    if (exists) throw new DOMException('Exists', 'ConstraintError');
    await this.put(collection, record);
  }

  async delete(collection: CollectionName, id: Id): Promise<void> {
    this.stage(collection).set(id, null);
  }

  commit(): void {
    for (const [collection, changes] of this.staged) {
      const table = this.tables.get(collection)!;
      for (const [id, record] of changes) {
        if (record === null) table.delete(id);
        else table.set(id, record);
      }
    }
  }

  protected override records(collection: CollectionName): ReadonlyMap<Id, Entity> {
    const committed = super.records(collection);
    const changes = this.staged.get(collection);
    if (!changes) return committed;
    const merged = new Map(committed);
    for (const [id, record] of changes) {
      if (record === null) merged.delete(id);
      else merged.set(id, record);
    }
    return merged;
  }

  private stage(collection: CollectionName): Map<Id, Entity | null> {
    let changes = this.staged.get(collection);
    if (!changes) {
      changes = new Map();
      this.staged.set(collection, changes);
    }
    return changes;
  }
}

export class MemoryBackend extends RawBackend {
  private readonly tables: Tables = new Map(COLLECTIONS.map((collection) => [collection, new Map()]));
  // Writes run one after another, as IndexedDB runs overlapping readwrite transactions.
  private writes: Promise<unknown> = Promise.resolve();
  private closed = false;

  async read<T>(work: (store: RawStore) => Promise<T>): Promise<T> {
    this.assertOpen();
    return work(new MemoryReader(this.tables));
  }

  write<T>(work: (store: RawWriter) => Promise<T>): Promise<T> {
    const run = this.writes.then(async () => {
      this.assertOpen();
      const transaction = new StagedWriter(this.tables);
      const result = await work(transaction);
      transaction.commit();
      return result;
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.changes.clear();
  }

  private assertOpen(): void {
    if (this.closed) throw new UnavailableError('This Goalpost store was closed.');
  }
}

export class MemoryAdapter extends BaseAdapter {
  constructor(options: AdapterOptions = {}) {
    super(new MemoryBackend(), options);
  }
}
