/**
 * One HTTP exchange, done carefully: a timeout on every attempt through `AbortSignal`, retries
 * with exponential backoff and full jitter for requests that are safe to send again, and every
 * way a server can fail to answer turned into one typed `UnavailableError` (with a `reason`).
 *
 * What counts as "safe to send again" is the caller's call (`retry`): a GET, a write guarded by
 * `If-Match`, or a write that carries an `Idempotency-Key`. A plain create is never retried.
 */
import { UnavailableError } from '../core/errors.js';

export type UnavailableReason = 'network' | 'timeout' | 'server' | 'malformed';

/** The server could not be reached, did not answer in time, failed, or answered gibberish. */
export class HttpUnavailableError extends UnavailableError {
  /** True when an attempt may have reached the server: a write may have happened. */
  ambiguous = true;

  constructor(
    readonly reason: UnavailableReason,
    message: string,
    readonly status?: number,
    /** Milliseconds the server asked to wait (`Retry-After`). */
    readonly retryAfter?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** The first backoff ceiling, in ms; it doubles with each attempt. */
  baseDelay: number;
  /** No wait is longer than this, in ms. */
  maxDelay: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelay: 250, maxDelay: 4000 };

/** Headers, or a function that returns them afresh for every request (tokens expire). */
export type HeadersSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface TransportOptions {
  fetch?: typeof fetch;
  headers?: HeadersSource;
  credentials?: RequestCredentials;
  /** Per attempt, in ms. */
  timeout?: number;
  retry?: Partial<RetryPolicy>;
  /** For tests: a source of randomness in [0, 1). */
  random?: () => number;
}

export type HttpMethod = 'GET' | 'PUT' | 'PATCH' | 'DELETE' | 'POST';

export interface HttpCall {
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Safe to send again after a failure that may or may not have reached the server. */
  retry: boolean;
  /** Attempts after the first, when fewer than the policy's (a probe tries once). */
  retries?: number;
  signal?: AbortSignal;
}

export interface HttpReply {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or undefined when there was none. */
  body: unknown;
  /** An earlier attempt of this call may have reached the server. */
  ambiguous: boolean;
}

/** Full jitter: a random wait up to a ceiling that doubles per attempt (AWS architecture blog). */
export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseDelay' | 'maxDelay'>, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt);
  return Math.round(random() * ceiling);
}

/** Waits `ms`, or rejects with the signal's reason once it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const done = () => {
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const TIMED_OUT = Symbol('timed out');

export class HttpTransport {
  private readonly fetchImpl: typeof fetch;
  private readonly policy: RetryPolicy;
  private readonly timeout: number;
  private readonly random: () => number;

  constructor(private readonly options: TransportOptions = {}) {
    // Called unbound, `window.fetch` throws "Illegal invocation".
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.policy = { ...DEFAULT_RETRY, ...options.retry };
    this.timeout = options.timeout ?? 10_000;
    this.random = options.random ?? Math.random;
  }

  /**
   * Sends `call` and returns the reply of any status below 500 (the caller maps 4xx to typed
   * errors). 5xx, 408, 429, network failures, timeouts and unreadable bodies are retried when
   * `call.retry` allows, then thrown as `HttpUnavailableError`. A caller's abort is rethrown as is.
   */
  async send(call: HttpCall): Promise<HttpReply> {
    const retries = call.retries ?? this.policy.retries;
    let ambiguous = false;
    for (let attempt = 0; ; attempt += 1) {
      call.signal?.throwIfAborted();
      try {
        const reply = await this.attempt(call);
        if (reply.status >= 500 || reply.status === 408 || reply.status === 429) {
          throw new HttpUnavailableError('server', `The server failed to answer (HTTP ${reply.status}). Try again in a moment.`, reply.status, retryAfterMs(reply.headers));
        }
        return { ...reply, ambiguous };
      } catch (error) {
        if (!(error instanceof HttpUnavailableError)) throw error;
        // Any of these may have happened after the server acted on the request.
        ambiguous = true;
        error.ambiguous = true;
        if (!call.retry || attempt >= retries) throw error;
        const wait = Math.min(this.policy.maxDelay, Math.max(error.retryAfter ?? 0, backoffDelay(attempt, this.policy, this.random)));
        await sleep(wait, call.signal);
      }
    }
  }

  /**
   * Opens a long-lived response (an event stream) with the configured headers and credentials.
   * No timeout and no retries: the caller reads it until it ends and reconnects itself.
   */
  async stream(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    const all = await this.headersFor({ method: 'GET', url, headers, retry: false });
    all.set('Accept', 'text/event-stream');
    return this.fetchImpl(url, { method: 'GET', headers: all, credentials: this.options.credentials ?? 'same-origin', signal, cache: 'no-store' });
  }

  private async headersFor(call: HttpCall): Promise<Headers> {
    const source = this.options.headers;
    const base = typeof source === 'function' ? await source() : source;
    const headers = new Headers(base);
    headers.set('Accept', 'application/json');
    if (call.body !== undefined) headers.set('Content-Type', 'application/json');
    for (const [name, value] of Object.entries(call.headers ?? {})) headers.set(name, value);
    return headers;
  }

  private async attempt(call: HttpCall): Promise<Omit<HttpReply, 'ambiguous'>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMED_OUT), this.timeout);
    const forward = () => controller.abort(call.signal!.reason);
    call.signal?.addEventListener('abort', forward, { once: true });
    const failed = (error: unknown): unknown => {
      if (call.signal?.aborted) return call.signal.reason;
      if (controller.signal.reason === TIMED_OUT) {
        return new HttpUnavailableError('timeout', `The server did not answer within ${Math.round(this.timeout / 100) / 10} s. Check your connection.`, undefined, undefined, { cause: error });
      }
      return new HttpUnavailableError('network', 'The server could not be reached. Check your connection.', undefined, undefined, { cause: error });
    };
    try {
      let response: Response;
      let text: string;
      try {
        response = await this.fetchImpl(call.url, {
          method: call.method,
          headers: await this.headersFor(call),
          body: call.body === undefined ? null : JSON.stringify(call.body),
          credentials: this.options.credentials ?? 'same-origin',
          signal: controller.signal,
          // Revalidation is ours (If-None-Match); the HTTP cache must not answer in the server's place.
          cache: 'no-store',
        });
        text = await response.text();
      } catch (error) {
        throw failed(error);
      }
      return { status: response.status, headers: response.headers, body: parseBody(response, text) };
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', forward);
    }
  }
}

function parseBody(response: Response, text: string): unknown {
  if (response.status === 204 || response.status === 304 || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // An error page in HTML says nothing more than its status does; a success must be readable.
    if (response.status < 200 || response.status >= 300) return undefined;
    throw new HttpUnavailableError('malformed', 'The server sent a reply Goalpost could not read (not JSON). Try again in a moment.', response.status, undefined, { cause: error });
  }
}
