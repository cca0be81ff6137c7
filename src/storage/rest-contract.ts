/**
 * The Goalpost REST contract in one place: how a list query becomes query parameters, how an
 * error crosses the wire, and the header names. The HTTP adapter speaks it, and the reference
 * server (`scripts/rest-api.mjs`) loads this very file, so the two cannot drift apart.
 *
 * - Collections live at `{base}/{collection}`, records at `{base}/{collection}/{id}`.
 * - `GET {base}/{collection}` takes json-server conventions: `field=value` equality filters,
 *   `field_gte`, `field_lte`, `field_gt`, `field_lt` range bounds, `_sort`, `_order`, `_limit`,
 *   `_page`, `_start`/`_end`; plus `_cursor`, the opaque `X-Next-Cursor` of the previous page.
 * - Values are text unless they read as a JSON number or boolean; text that would read as one
 *   is sent JSON-quoted (`teamId="100"`), so `5` and `"5"` stay different, as they are in storage.
 * - Errors are `{ "error": { "code", "message", ... } }` with the status of `STATUS_OF`.
 */
import { ConflictError, GoalpostError, NotFoundError, PermissionError, QuotaExceededError, UnavailableError, ValidationError } from '../core/errors.js';
import type { FieldProblem, GoalpostErrorCode } from '../core/errors.js';
import type { ListQuery } from './adapter.js';

/** Who is asking. A real backend derives this from its session; the reference server trusts it. */
export const VIEWER_HEADER = 'X-Goalpost-Viewer';
/** The value of `VIEWER_HEADER` for the system viewer (seeding, administration). */
export const SYSTEM_VIEWER = '*';
/** Names one logical write; a server that has seen the key answers again instead of writing again. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** The cursor of the next page of a list, when there is one. */
export const NEXT_CURSOR_HEADER = 'X-Next-Cursor';

const RANGE_SUFFIXES = ['gte', 'lte', 'gt', 'lt'] as const;
type RangeBound = (typeof RANGE_SUFFIXES)[number];

export const STATUS_OF: Readonly<Record<GoalpostErrorCode, number>> = {
  'not-found': 404,
  conflict: 409,
  validation: 422,
  permission: 403,
  'invalid-input': 400,
  'currency-mismatch': 400,
  'quota-exceeded': 507,
  unavailable: 503,
};

/** A filter value as a query parameter: see the module comment on typing. */
export function encodeParamValue(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return looksTyped(value) ? JSON.stringify(value) : value;
}

export function decodeParamValue(text: string): string | number | boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (looksNumeric(text)) return Number(text);
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not JSON after all: the quotes are part of the text.
    }
  }
  return text;
}

function looksNumeric(text: string): boolean {
  return /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text);
}

function looksTyped(text: string): boolean {
  return text === 'true' || text === 'false' || looksNumeric(text) || (text.startsWith('"') && text.endsWith('"') && text.length >= 2);
}

/** The query parameters of a list query (the signal stays behind). */
export function listParams(query: ListQuery<object>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, value] of Object.entries(query.where ?? {})) {
    if (value !== undefined) params.append(field, encodeParamValue(value as string | number | boolean));
  }
  if (query.range) {
    for (const bound of RANGE_SUFFIXES) {
      const value = query.range[bound];
      if (value !== undefined) params.append(`${query.range.field}_${bound}`, encodeParamValue(value));
    }
  }
  if (query.orderBy !== undefined || query.direction === 'desc') {
    params.set('_sort', query.orderBy ?? 'id');
    params.set('_order', query.direction ?? 'asc');
  }
  if (query.limit !== undefined) params.set('_limit', String(query.limit));
  if (query.cursor !== undefined) params.set('_cursor', query.cursor);
  return params;
}

/** Offset paging in json-server's manner, which the reference server also honours. */
export interface OffsetPaging {
  start: number;
  end?: number;
}

export interface ParsedListParams {
  query: ListQuery<Record<string, unknown>>;
  offset?: OffsetPaging;
}

function wholeNumber(text: string, name: string, least: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < least) throw new GoalpostError('invalid-input', `${name} is a whole number of at least ${least}.`);
  return value;
}

/**
 * A list query from query parameters (the server side of `listParams`). Parameters starting with
 * `_` that the contract does not know are ignored, as json-server ignores them.
 */
export function parseListParams(params: URLSearchParams): ParsedListParams {
  const query: ListQuery<Record<string, unknown>> = {};
  const where: Record<string, string | number | boolean> = {};
  let range: NonNullable<ListQuery<Record<string, unknown>>['range']> | undefined;
  let page: number | undefined;
  let start: number | undefined;
  let end: number | undefined;
  for (const [name, text] of params) {
    if (name.startsWith('_')) {
      switch (name) {
        case '_sort':
          query.orderBy = text;
          break;
        case '_order':
          if (text !== 'asc' && text !== 'desc') throw new GoalpostError('invalid-input', '_order is asc or desc.');
          query.direction = text;
          break;
        case '_limit':
          query.limit = wholeNumber(text, '_limit', 1);
          break;
        case '_cursor':
          query.cursor = text;
          break;
        case '_page':
          page = wholeNumber(text, '_page', 1);
          break;
        case '_start':
          start = wholeNumber(text, '_start', 0);
          break;
        case '_end':
          end = wholeNumber(text, '_end', 0);
          break;
        default:
          break;
      }
      continue;
    }
    const match = /^(.+)_(gte|lte|gt|lt)$/.exec(name);
    if (match) {
      const [, field, bound] = match as unknown as [string, string, RangeBound];
      if (range && range.field !== field) throw new GoalpostError('invalid-input', 'A list takes range bounds on one field only.');
      range ??= { field };
      const value = decodeParamValue(text);
      if (typeof value === 'boolean') throw new GoalpostError('invalid-input', 'A range bound is a number or text.');
      range[bound] = value;
      continue;
    }
    if (name in where) throw new GoalpostError('invalid-input', `"${name}" is filtered twice.`);
    where[name] = decodeParamValue(text);
  }
  if (Object.keys(where).length > 0) query.where = where;
  if (range) query.range = range;
  const offsetPaging = page !== undefined || start !== undefined || end !== undefined;
  if (offsetPaging && query.cursor !== undefined) throw new GoalpostError('invalid-input', '_cursor and offset paging do not mix.');
  if (!offsetPaging) return { query };
  const limit = query.limit;
  delete query.limit;
  if (page !== undefined) {
    const size = limit ?? 10;
    return { query, offset: { start: (page - 1) * size, end: page * size } };
  }
  const from = start ?? 0;
  const to = end ?? (limit !== undefined ? from + limit : undefined);
  return { query, offset: to === undefined ? { start: from } : { start: from, end: to } };
}

// ---------------------------------------------------------------------------------------------
// Errors on the wire

export interface WireError {
  code: GoalpostErrorCode;
  message: string;
  problems?: FieldProblem[];
  collection?: string;
  id?: string;
  expectedVersion?: number;
  actualVersion?: number;
  current?: unknown;
}

/** The status and body that carry `error` to a client. Anything unexpected is an opaque 500. */
export function errorResponse(error: unknown): { status: number; body: { error: WireError } } {
  if (error instanceof GoalpostError) {
    const wire: WireError = { code: error.code, message: error.message };
    if (error instanceof ValidationError) {
      wire.problems = [...error.problems];
      wire.collection = error.what;
    }
    if (error instanceof ConflictError) {
      wire.collection = error.collection;
      wire.id = error.id;
      if (error.expectedVersion !== undefined) wire.expectedVersion = error.expectedVersion;
      if (error.actualVersion !== undefined) wire.actualVersion = error.actualVersion;
      if (error.current !== undefined) wire.current = error.current;
    }
    if (error instanceof NotFoundError) {
      wire.collection = error.collection;
      wire.id = error.id;
    }
    return { status: STATUS_OF[error.code], body: { error: wire } };
  }
  return { status: 500, body: { error: { code: 'unavailable', message: 'The server failed to answer this request.' } } };
}

/** What the request was about, so an error without a body can still be specific. */
export interface ErrorSubject {
  collection?: string;
  id?: string;
  expectedVersion?: number;
}

function wireErrorOf(body: unknown): Partial<WireError> {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === 'object' && error !== null ? (error as Partial<WireError>) : {};
}

/**
 * The typed Goalpost error for a response that is not a success. `undefined` for statuses this
 * function does not judge (a 5xx is the transport's business).
 */
export function errorFromResponse(status: number, body: unknown, subject: ErrorSubject = {}): GoalpostError | undefined {
  const wire = wireErrorOf(body);
  const collection = typeof wire.collection === 'string' ? wire.collection : (subject.collection ?? 'record');
  const id = typeof wire.id === 'string' ? wire.id : (subject.id ?? '');
  const message = typeof wire.message === 'string' && wire.message ? wire.message : undefined;
  const code = wire.code ?? codeOfStatus(status);
  switch (code) {
    case 'not-found':
      // Built here, not taken from the server, so a hidden record and a missing one read alike.
      return new NotFoundError(collection, id);
    case 'conflict': {
      const expected = typeof wire.expectedVersion === 'number' ? wire.expectedVersion : subject.expectedVersion;
      const actual = typeof wire.actualVersion === 'number' ? wire.actualVersion : undefined;
      return new ConflictError(collection, id, expected, actual, wire.current ?? undefined);
    }
    case 'validation': {
      const problems = Array.isArray(wire.problems) ? wire.problems.filter(isFieldProblem) : [];
      return new ValidationError(problems.length > 0 ? problems : [{ field: '', message: message ?? 'The server refused this record.' }], collection);
    }
    case 'permission':
      return new PermissionError(message ?? (status === 401 ? 'Sign in again to keep working.' : 'You may not do that.'));
    case 'quota-exceeded':
      return new QuotaExceededError(message ?? 'The server has no room left to save this.');
    case 'invalid-input':
    case 'currency-mismatch':
      return new GoalpostError(code, message ?? 'The server did not accept this request.');
    case 'unavailable':
      return status >= 500 || status === 429 ? undefined : new UnavailableError(message);
    default:
      return undefined;
  }
}

function codeOfStatus(status: number): GoalpostErrorCode | undefined {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 422) return 'validation';
  if (status === 401 || status === 403) return 'permission';
  if (status === 413 || status === 507) return 'quota-exceeded';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'invalid-input';
  return undefined;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const problem = value as Partial<FieldProblem> | null;
  return typeof problem?.field === 'string' && typeof problem.message === 'string';
}

// ---------------------------------------------------------------------------------------------
// Versions in headers

/** `If-Match` for an expected version: `"3"`. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

/** The version an `If-Match` names (`"3"`, `W/"3"` or `3`), or undefined when it names none. */
export function versionOfTag(tag: string | null | undefined): number | undefined {
  if (!tag) return undefined;
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(tag);
  return match ? Number(match[1]) : undefined;
}
