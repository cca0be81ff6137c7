/**
 * Helpers for tests against the REST API the test server mounts (tests/http/server-plugin.mjs):
 * a fresh space per test, fault injection, the server's write log, and adapters tuned for tests
 * (short timeouts and backoffs, their own offline database).
 */
import { deleteDB } from 'idb';
import { HttpAdapter } from '../../src/storage/http.js';
import type { HttpAdapterOptions } from '../../src/storage/http.js';

export interface Fault {
  kind: 'status' | 'hang' | 'delay' | 'drop' | 'malformed' | 'conflict';
  times?: number;
  method?: string;
  path?: string;
  status?: number;
  when?: 'before' | 'after';
  ms?: number;
  retryAfter?: number;
  forgetKey?: boolean;
  abrupt?: boolean;
}

export interface LoggedWrite {
  seq: number;
  method: string;
  key: string | null;
  viewer: string;
  type: 'put' | 'delete';
  collection: string;
  id: string;
  version: number | null;
}

/** A base URL of a space of its own on the test server. */
export function newSpace(purpose: string): string {
  return `/api/s/${purpose}-${crypto.randomUUID()}`;
}

async function control<T>(base: string, name: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}/${name}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${base}/${name} answered ${response.status}`);
  return (await response.json()) as T;
}

export function injectFaults(base: string, ...faults: Fault[]): Promise<unknown> {
  return control(base, '_faults', 'POST', { faults });
}

export function clearFaults(base: string): Promise<unknown> {
  return control(base, '_faults', 'DELETE');
}

export async function writeLog(base: string): Promise<LoggedWrite[]> {
  return (await control<{ writes: LoggedWrite[] }>(base, '_log', 'GET')).writes;
}

export function serverStats(base: string): Promise<{ requests: number; notModified: number; replayed: number; byStatus: Record<string, number> }> {
  return control(base, '_stats', 'GET');
}

export function dropSpace(base: string): Promise<unknown> {
  return control(base, '_drop', 'POST');
}

/** Reads a record straight from the server, as the system, bypassing any adapter. */
export async function serverRecord(base: string, collection: string, id: string): Promise<Record<string, unknown> | undefined> {
  const response = await fetch(`${base}/${collection}/${encodeURIComponent(id)}`, { headers: { 'X-Goalpost-Viewer': '*' } });
  if (response.status === 404) return undefined;
  return (await response.json()) as Record<string, unknown>;
}

const adapters: HttpAdapter[] = [];
const databases: string[] = [];

/** An adapter on `base` with test-sized timeouts; `closeTestAdapters` closes it and deletes its database. */
export function testAdapter(base: string, options: Partial<HttpAdapterOptions> = {}): HttpAdapter {
  const dbName = (typeof options.offline === 'object' ? options.offline.dbName : undefined) ?? `goalpost-http-test-${crypto.randomUUID()}`;
  const adapter = new HttpAdapter({
    endpoint: base,
    timeout: 400,
    retry: { retries: 2, baseDelay: 10, maxDelay: 40 },
    replay: { baseDelay: 40, maxDelay: 200 },
    live: false,
    watchConnectivity: false,
    ...options,
    offline: options.offline === false ? false : { dbName },
  });
  adapters.push(adapter);
  if (options.offline !== false) databases.push(dbName);
  return adapter;
}

export async function closeTestAdapters(): Promise<void> {
  await Promise.all(adapters.splice(0).map((adapter) => adapter.close()));
  await Promise.all(databases.splice(0).map((name) => deleteDB(name)));
}

/** Waits until `condition` holds, checking every 10 ms. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
