/**
 * Hearing about changes made elsewhere (another browser, a server job), for each viewer that
 * has subscribers, in one of two ways:
 *
 * - `poll` (works with any server that sends `ETag`s): every `interval` ms, each collection the
 *   subscribers care about is listed with `If-None-Match`; `304 Not Modified` costs nothing,
 *   and a fresh list is compared with the previous one to tell which records were added,
 *   changed (a new version) or went away. The lists also refresh the offline read cache.
 * - `sse`: one `GET {base}/_events` per viewer, read as `text/event-stream` through `fetch` (not
 *   `EventSource`, which cannot send an `Authorization` header); each `change` event carries
 *   `{ collection, id, type, version }`, filtered by the server for the viewer. A server that
 *   does not offer the stream (no `text/event-stream` answer) is polled instead.
 *
 * Either way, the changes this tab made itself are recognised by version and not announced twice.
 */
import { COLLECTIONS } from '../core/types.js';
import type { CollectionName, Id, Viewer } from '../core/types.js';
import type { ChangeEvent } from './adapter.js';
import { reportLater } from './changes.js';
import { backoffDelay, sleep } from './http-transport.js';

export interface LiveOptions {
  mode: 'poll' | 'sse';
  /** Between polls, in ms. */
  interval: number;
}

export interface PollResult {
  notModified: boolean;
  etag?: string;
  /** Every record of the collection the viewer may see: id and version are enough. */
  records: ReadonlyArray<{ id: Id; version: number }>;
}

export interface LiveHost {
  poll(viewer: Viewer | null, collection: CollectionName, etag: string | undefined): Promise<PollResult>;
  openEvents(viewer: Viewer | null, signal: AbortSignal): Promise<Response>;
  deliver(viewer: Viewer | null, events: readonly ChangeEvent[]): void;
  isOnline(): boolean;
}

interface Channel {
  viewer: Viewer | null;
  /** Subscribers per collection; `all` counts those who want every collection. */
  wanted: Map<CollectionName, number>;
  all: number;
  etags: Map<CollectionName, string>;
  snapshots: Map<CollectionName, Map<Id, number>>;
  mode: 'poll' | 'sse';
  timer?: ReturnType<typeof setTimeout>;
  abort?: AbortController;
  stopped: boolean;
}

const LOCAL_MEMORY = 2000;

function viewerKey(viewer: Viewer | null): string {
  return viewer ? `p:${viewer.personId}` : '*';
}

export class LiveUpdates {
  private readonly channels = new Map<string, Channel>();
  /** Versions this tab wrote, by record: what a poll or the stream then reports is not news. */
  private readonly local = new Map<string, number | 'deleted'>();

  constructor(
    private readonly host: LiveHost,
    private readonly options: LiveOptions,
  ) {}

  /** Starts listening for `viewer` (if not already) and returns the stop for this subscriber. */
  watch(viewer: Viewer | null, collections?: readonly CollectionName[]): () => void {
    const key = viewerKey(viewer);
    let channel = this.channels.get(key);
    const fresh = !channel;
    channel ??= { viewer, wanted: new Map(), all: 0, etags: new Map(), snapshots: new Map(), mode: this.options.mode, stopped: false };
    this.channels.set(key, channel);
    const counted = collections ?? [];
    if (collections === undefined) channel.all += 1;
    for (const collection of counted) channel.wanted.set(collection, (channel.wanted.get(collection) ?? 0) + 1);
    if (fresh) this.start(channel);
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      if (collections === undefined) channel.all -= 1;
      for (const collection of counted) {
        const left = (channel.wanted.get(collection) ?? 1) - 1;
        if (left > 0) channel.wanted.set(collection, left);
        else {
          channel.wanted.delete(collection);
          channel.snapshots.delete(collection);
          channel.etags.delete(collection);
        }
      }
      if (channel.all <= 0 && channel.wanted.size === 0) this.stopChannel(key, channel);
    };
  }

  /** A change this tab made; a poll or the stream reporting the same version is not news. */
  noteLocal(collection: CollectionName, id: Id, version: number | 'deleted'): void {
    const key = `${collection}\u0000${id}`;
    this.local.delete(key);
    this.local.set(key, version);
    if (this.local.size > LOCAL_MEMORY) this.local.delete(this.local.keys().next().value!);
  }

  stop(): void {
    for (const [key, channel] of this.channels) this.stopChannel(key, channel);
  }

  // --- polling --------------------------------------------------------------------------------

  private start(channel: Channel): void {
    if (channel.mode === 'sse') void this.stream(channel);
    else this.schedule(channel, 0);
  }

  private schedule(channel: Channel, delay: number): void {
    if (channel.stopped) return;
    channel.timer = setTimeout(() => {
      channel.timer = undefined;
      this.tick(channel).catch(reportLater).finally(() => this.schedule(channel, this.options.interval));
    }, delay);
  }

  private collectionsOf(channel: Channel): CollectionName[] {
    return channel.all > 0 ? [...COLLECTIONS] : [...channel.wanted.keys()];
  }

  private async tick(channel: Channel): Promise<void> {
    // While the server is away the outbox probes it; polls resume once it answers.
    if (!this.host.isOnline()) return;
    for (const collection of this.collectionsOf(channel)) {
      if (channel.stopped) return;
      let result: PollResult;
      try {
        result = await this.host.poll(channel.viewer, collection, channel.etags.get(collection));
      } catch {
        return;
      }
      if (result.notModified || channel.stopped) continue;
      if (result.etag) channel.etags.set(collection, result.etag);
      const next = new Map(result.records.map((record) => [record.id, record.version]));
      const previous = channel.snapshots.get(collection);
      channel.snapshots.set(collection, next);
      // The first list is the baseline: nothing to compare it with yet.
      if (!previous) continue;
      const events: ChangeEvent[] = [];
      for (const [id, version] of next) {
        if (previous.get(id) !== version && !this.isLocal(collection, id, version)) events.push({ collection, id, type: 'put', version, origin: 'remote' });
      }
      for (const id of previous.keys()) {
        if (!next.has(id) && !this.isLocal(collection, id, 'deleted')) events.push({ collection, id, type: 'delete', origin: 'remote' });
      }
      if (events.length > 0) this.host.deliver(channel.viewer, events);
    }
  }

  private isLocal(collection: CollectionName, id: Id, version: number | 'deleted'): boolean {
    return this.local.get(`${collection}\u0000${id}`) === version;
  }

  // --- server-sent events ---------------------------------------------------------------------

  private async stream(channel: Channel): Promise<void> {
    for (let attempt = 0; !channel.stopped; attempt += 1) {
      const abort = new AbortController();
      channel.abort = abort;
      try {
        const response = await this.host.openEvents(channel.viewer, abort.signal);
        if (!response.ok || !(response.headers.get('Content-Type') ?? '').includes('text/event-stream') || !response.body) {
          // No stream here: poll instead.
          void response.body?.cancel().catch(() => undefined);
          channel.mode = 'poll';
          this.schedule(channel, 0);
          return;
        }
        attempt = 0;
        await readEventStream(response.body, (type, data) => this.onEvent(channel, type, data));
      } catch {
        if (channel.stopped) return;
      }
      try {
        await sleep(backoffDelay(attempt, { baseDelay: 500, maxDelay: 30_000 }) + 100, abort.signal);
      } catch {
        return;
      }
    }
  }

  private onEvent(channel: Channel, type: string, data: string): void {
    if (type !== 'change') return;
    let change: Partial<ChangeEvent>;
    try {
      change = JSON.parse(data) as Partial<ChangeEvent>;
    } catch {
      return;
    }
    const { collection, id } = change;
    if (!(COLLECTIONS as readonly unknown[]).includes(collection) || typeof id !== 'string' || (change.type !== 'put' && change.type !== 'delete')) return;
    const version = change.type === 'delete' ? 'deleted' : change.version;
    if (typeof version === 'number' || version === 'deleted') {
      if (this.isLocal(collection!, id, version)) return;
    }
    const event: ChangeEvent = { collection: collection!, id, type: change.type, origin: 'remote' };
    if (change.type === 'put' && typeof change.version === 'number') event.version = change.version;
    this.host.deliver(channel.viewer, [event]);
  }

  private stopChannel(key: string, channel: Channel): void {
    channel.stopped = true;
    if (channel.timer !== undefined) clearTimeout(channel.timer);
    channel.abort?.abort();
    this.channels.delete(key);
  }
}

/** Reads `text/event-stream` until it ends, calling `onEvent(type, data)` for each event. */
export async function readEventStream(body: ReadableStream<Uint8Array>, onEvent: (type: string, data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let type = 'message';
  let data: string[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffer.search(/\r\n|\r|\n/)) !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
        if (line === '') {
          if (data.length > 0) onEvent(type, data.join('\n'));
          type = 'message';
          data = [];
        } else if (!line.startsWith(':')) {
          const colon = line.indexOf(':');
          const field = colon === -1 ? line : line.slice(0, colon);
          const text = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') type = text;
          else if (field === 'data') data.push(text);
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
}
