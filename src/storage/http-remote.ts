/**
 * The REST calls of the HTTP adapter, for one viewer at a time: where each request goes, what
 * it carries, and what its answer means. Privacy, caching and the outbox live elsewhere; this
 * file only speaks the contract in `rest-contract.ts`.
 *
 * Writes are idempotent on the wire: creates are `PUT`s under a client-made id with
 * `If-None-Match: *`, updates and deletes carry `If-Match: "<version>"`, and every write carries
 * an `Idempotency-Key`. When an earlier attempt may have landed (a reply was lost) and the
 * server then reports a conflict, the record it holds is compared with what was sent: if it is
 * this very write, that is success, not a conflict.
 */
import { ConflictError } from '../core/errors.js';
import type { CollectionName, Entity, Id, Viewer } from '../core/types.js';
import type { ListQuery } from './adapter.js';
import type { OutboxEntry, OutboxOp } from './offline-store.js';
import {
  IDEMPOTENCY_HEADER, NEXT_CURSOR_HEADER, SYSTEM_VIEWER, VIEWER_HEADER, errorFromResponse, listParams, versionTag,
} from './rest-contract.js';
import { HttpUnavailableError } from './http-transport.js';
import type { HttpReply, HttpTransport } from './http-transport.js';

/** A URL template (`{base}` and `{collection}` are filled in) or a function of the collection. */
export type PathTemplate = string | ((collection: CollectionName) => string);
/** One template for every collection, or one per collection (others use `{base}/{collection}`). */
export type PathOption = PathTemplate | Partial<Record<CollectionName, PathTemplate>>;

export interface RemoteOptions {
  /** The base URL, such as `https://goals.example.com/api` or `/api`. */
  endpoint: string;
  paths?: PathOption;
  /** The header that names the viewer; `false` when the server knows from its session. */
  viewerHeader?: string | false;
}

export interface ListReply {
  notModified: boolean;
  items: Entity[];
  nextCursor?: string;
  etag?: string;
}

function malformed(what: string): HttpUnavailableError {
  return new HttpUnavailableError('malformed', `The server sent ${what} Goalpost could not read. Try again in a moment.`);
}

function asRecord(value: unknown): Entity {
  const record = value as Partial<Entity> | null;
  if (typeof record !== 'object' || record === null || Array.isArray(record) || typeof record.id !== 'string' || typeof record.version !== 'number') {
    throw malformed('a record');
  }
  return record as Entity;
}

function isSuccess(reply: HttpReply): boolean {
  return reply.status >= 200 && reply.status < 300;
}

/** JSON with keys sorted and undefined left out, so two equal records compare equal as text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

function withoutBookkeeping(record: object): object {
  const { createdAt: _createdAt, updatedAt: _updatedAt, version: _version, ...fields } = record as Entity & Record<string, unknown>;
  return fields;
}

/** Whether `stored` is exactly what `op` wrote: the version it would make and the same fields. */
function isThisWrite(stored: Entity | undefined, op: Extract<OutboxOp, { type: 'put' }>): boolean {
  return stored !== undefined && stored.version === op.expectedVersion + 1 && canonical(withoutBookkeeping(stored)) === canonical(withoutBookkeeping(op.record));
}

function wireOp(op: OutboxOp): object {
  return op.type === 'put'
    ? { type: 'put', collection: op.collection, record: { ...op.record, version: op.expectedVersion }, expectedVersion: op.expectedVersion }
    : { type: 'delete', collection: op.collection, id: op.id, ...(op.expectedVersion !== undefined ? { expectedVersion: op.expectedVersion } : {}) };
}

export class RestRemote {
  readonly base: string;

  constructor(
    private readonly transport: HttpTransport,
    private readonly options: RemoteOptions,
  ) {
    this.base = options.endpoint.replace(/\/+$/, '');
  }

  collectionUrl(collection: CollectionName): string {
    const paths = this.options.paths;
    const template = (typeof paths === 'string' || typeof paths === 'function' ? paths : paths?.[collection]) ?? '{base}/{collection}';
    return typeof template === 'function' ? template(collection) : template.replaceAll('{base}', this.base).replaceAll('{collection}', collection);
  }

  recordUrl(collection: CollectionName, id: Id): string {
    return `${this.collectionUrl(collection)}/${encodeURIComponent(id)}`;
  }

  /** `{base}/_batch`, `{base}/_events`: endpoints of the store rather than of a collection. */
  storeUrl(name: '_batch' | '_events'): string {
    return `${this.base}/${name}`;
  }

  viewerHeaders(viewer: Viewer | null): Record<string, string> {
    const header = this.options.viewerHeader ?? VIEWER_HEADER;
    return header === false ? {} : { [header]: viewer ? viewer.personId : SYSTEM_VIEWER };
  }

  /** The record as the server shows it to `viewer`, or undefined when it says there is none. */
  async get(viewer: Viewer | null, collection: CollectionName, id: Id, options: { signal?: AbortSignal; retries?: number } = {}): Promise<Entity | undefined> {
    const reply = await this.transport.send({
      method: 'GET', url: this.recordUrl(collection, id), headers: this.viewerHeaders(viewer), retry: true, retries: options.retries, signal: options.signal,
    });
    if (reply.status === 404 || reply.status === 410) return undefined;
    if (!isSuccess(reply)) throw this.failure(reply, { collection, id });
    return asRecord(reply.body);
  }

  async list(viewer: Viewer | null, collection: CollectionName, query: ListQuery<object>, options: { signal?: AbortSignal; retries?: number; etag?: string } = {}): Promise<ListReply> {
    const params = listParams(query).toString();
    const headers = this.viewerHeaders(viewer);
    if (options.etag) headers['If-None-Match'] = options.etag;
    const reply = await this.transport.send({
      method: 'GET', url: params ? `${this.collectionUrl(collection)}?${params}` : this.collectionUrl(collection), headers, retry: true, retries: options.retries, signal: options.signal,
    });
    const etag = reply.headers.get('ETag') ?? undefined;
    if (reply.status === 304) return { notModified: true, items: [], ...(etag ? { etag } : {}) };
    if (!isSuccess(reply)) throw this.failure(reply, { collection });
    const body = reply.body as { items?: unknown; nextCursor?: unknown } | unknown[] | undefined;
    const rawItems = Array.isArray(body) ? body : body?.items;
    if (!Array.isArray(rawItems)) throw malformed('a list');
    const result: ListReply = { notModified: false, items: rawItems.map(asRecord) };
    const nextCursor = reply.headers.get(NEXT_CURSOR_HEADER) ?? (!Array.isArray(body) && typeof body?.nextCursor === 'string' ? body.nextCursor : undefined);
    if (nextCursor) result.nextCursor = nextCursor;
    if (etag) result.etag = etag;
    return result;
  }

  /** Resolves when the server answers at all (a refusal still means it is there). */
  async probe(): Promise<void> {
    await this.transport.send({ method: 'GET', url: `${this.collectionUrl('people')}?_limit=1`, headers: this.viewerHeaders(null), retry: false });
  }

  /** Sends one outbox entry and returns one stored record per op (the removed one for a delete). */
  async send(entry: OutboxEntry, mayHaveLanded: boolean): Promise<Entity[]> {
    if (entry.batch) return this.sendBatch(entry, mayHaveLanded);
    const op = entry.ops[0]!;
    return [op.type === 'put' ? await this.sendPut(entry, op, mayHaveLanded) : await this.sendDelete(entry, op, mayHaveLanded)];
  }

  private async sendPut(entry: OutboxEntry, op: Extract<OutboxOp, { type: 'put' }>, mayHaveLanded: boolean): Promise<Entity> {
    const { collection } = op;
    const id = op.record.id;
    const headers: Record<string, string> = { ...this.viewerHeaders(entry.viewer), [IDEMPOTENCY_HEADER]: entry.key };
    if (op.expectedVersion > 0) headers['If-Match'] = versionTag(op.expectedVersion);
    else headers['If-None-Match'] = '*';
    const reply = await this.transport.send({ method: 'PUT', url: this.recordUrl(collection, id), headers, body: { ...op.record, version: op.expectedVersion }, retry: true });
    if (isSuccess(reply)) {
      const stored = asRecord(reply.body);
      if (stored.id !== id || stored.version !== op.expectedVersion + 1) {
        // The server did not apply the version rule; what it holds now is not what was expected.
        throw new ConflictError(collection, id, op.expectedVersion, stored.version, stored);
      }
      return stored;
    }
    const error = await this.explain(entry.viewer, reply, { collection, id, expectedVersion: op.expectedVersion });
    if (error instanceof ConflictError && (mayHaveLanded || reply.ambiguous) && isThisWrite(error.current as Entity | undefined, op)) {
      return error.current as Entity;
    }
    throw error;
  }

  private async sendDelete(entry: OutboxEntry, op: Extract<OutboxOp, { type: 'delete' }>, mayHaveLanded: boolean): Promise<Entity> {
    const { collection, id } = op;
    const headers: Record<string, string> = { ...this.viewerHeaders(entry.viewer), [IDEMPOTENCY_HEADER]: entry.key };
    if (op.expectedVersion !== undefined) headers['If-Match'] = versionTag(op.expectedVersion);
    const reply = await this.transport.send({ method: 'DELETE', url: this.recordUrl(collection, id), headers, retry: true });
    const stub: Entity = { id, version: op.expectedVersion ?? 0, createdAt: '', updatedAt: '' };
    if (isSuccess(reply)) return reply.body === undefined ? stub : asRecord(reply.body);
    // Gone after an attempt that may have landed: most likely this very delete.
    if ((reply.status === 404 || reply.status === 410) && (mayHaveLanded || reply.ambiguous)) return stub;
    throw await this.explain(entry.viewer, reply, { collection, id, ...(op.expectedVersion !== undefined ? { expectedVersion: op.expectedVersion } : {}) });
  }

  private async sendBatch(entry: OutboxEntry, mayHaveLanded: boolean): Promise<Entity[]> {
    const headers: Record<string, string> = { ...this.viewerHeaders(entry.viewer), [IDEMPOTENCY_HEADER]: entry.key };
    // A POST, but keyed and made of conditional ops: safe to send again.
    const reply = await this.transport.send({ method: 'POST', url: this.storeUrl('_batch'), headers, body: { ops: entry.ops.map(wireOp) }, retry: true });
    if (isSuccess(reply)) {
      const results = (reply.body as { results?: unknown } | undefined)?.results;
      if (!Array.isArray(results) || results.length !== entry.ops.length) throw malformed('a batch result');
      const records = results.map(asRecord);
      entry.ops.forEach((op, index) => {
        const stored = records[index]!;
        if (op.type === 'put' && stored.version !== op.expectedVersion + 1) throw new ConflictError(op.collection, op.record.id, op.expectedVersion, stored.version, stored);
      });
      return records;
    }
    const error = await this.explain(entry.viewer, reply, {});
    if (error instanceof ConflictError && (mayHaveLanded || reply.ambiguous)) {
      const landed = await this.batchLanded(entry);
      if (landed) return landed;
    }
    throw error;
  }

  /** After a lost reply: the stored records if the server holds exactly what the batch wrote. */
  private async batchLanded(entry: OutboxEntry): Promise<Entity[] | undefined> {
    const results: Entity[] = [];
    for (const [index, op] of entry.ops.entries()) {
      const id = op.type === 'put' ? op.record.id : op.id;
      let current: Entity | undefined;
      try {
        current = await this.get(entry.viewer, op.collection, id, { retries: 0 });
      } catch {
        return undefined;
      }
      // A later op of the same batch may have changed the record again: only the last one can be checked.
      const later = entry.ops.slice(index + 1).some((other) => other.collection === op.collection && (other.type === 'put' ? other.record.id : other.id) === id);
      if (!later) {
        if (op.type === 'put' && !isThisWrite(current, op)) return undefined;
        if (op.type === 'delete' && current !== undefined) return undefined;
      }
      results.push(current ?? entry.predicted[index] ?? { id, version: 0, createdAt: '', updatedAt: '' });
    }
    return results;
  }

  /** The typed error of a refused request; a conflict without the stored record gets it fetched. */
  private async explain(viewer: Viewer | null, reply: HttpReply, subject: { collection?: string; id?: string; expectedVersion?: number }): Promise<Error> {
    const error = this.failure(reply, subject);
    if (!(error instanceof ConflictError) || error.current !== undefined) return error;
    let current: Entity | undefined;
    try {
      current = await this.get(viewer, error.collection as CollectionName, error.id, { retries: 0 });
    } catch {
      return error;
    }
    return new ConflictError(error.collection, error.id, error.expectedVersion, current?.version, current);
  }

  private failure(reply: HttpReply, subject: { collection?: string; id?: string; expectedVersion?: number }): Error {
    return errorFromResponse(reply.status, reply.body, subject) ?? new HttpUnavailableError('server', `The server answered in a way Goalpost does not understand (HTTP ${reply.status}).`, reply.status);
  }
}
