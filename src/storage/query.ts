/**
 * What a list query means, in one place, so every backend filters, orders and pages alike.
 * IndexedDB uses an index to find candidates faster, then still applies `matchesQuery` and
 * `compareRecords` from here, so its answers are the memory adapter's answers.
 *
 * Ordering mirrors IndexedDB's key order where the two meet (numbers before text, text by
 * UTF-16 code unit) so an index cursor and an in-memory sort agree.
 */
import { GoalpostError } from '../core/errors.js';
import type { Entity, Id } from '../core/types.js';

/** A list query as a raw store sees it: no paging, no signal; `orderBy: 'id'` already folded away. */
export interface ScanQuery {
  where?: Readonly<Record<string, string | number | boolean | undefined>>;
  range?: { field: string; gt?: string | number; gte?: string | number; lt?: string | number; lte?: string | number };
  orderBy?: string;
  direction?: 'asc' | 'desc';
}

/** A value a list can order by. `null` stands for "absent or not orderable". */
export type SortValue = string | number | boolean | null;

/** Where a page stopped: the order value and id of its last record. */
export interface Position {
  id: Id;
  value: SortValue;
}

export function scanQueryOf(query: ScanQuery): ScanQuery {
  const scan: ScanQuery = {};
  if (query.where) scan.where = query.where;
  if (query.range) scan.range = query.range;
  // Ties are broken by id anyway, so ordering by id is the default order.
  if (query.orderBy !== undefined && query.orderBy !== 'id') scan.orderBy = query.orderBy;
  if (query.direction === 'desc') scan.direction = 'desc';
  return scan;
}

function field(record: object, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, name) ? (record as Record<string, unknown>)[name] : undefined;
}

export function sortValueOf(record: object, name: string): SortValue {
  const value = field(record, name);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && !Number.isNaN(value)) return value;
  return null;
}

// Booleans are not IndexedDB keys, so no index ever orders them; after text is as good as any.
const RANK = { number: 0, string: 1, boolean: 2 } as const;

function compareValues(a: string | number | boolean, b: string | number | boolean): number {
  const rank = RANK[typeof a as keyof typeof RANK] - RANK[typeof b as keyof typeof RANK];
  if (rank !== 0) return rank;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareIds(a: Id, b: Id): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two positions in the query's order. Absent order values come last in either direction. */
export function comparePositions(a: Position, b: Position, query: ScanQuery): number {
  const sign = query.direction === 'desc' ? -1 : 1;
  if (query.orderBy !== undefined) {
    if (a.value === null && b.value !== null) return 1;
    if (a.value !== null && b.value === null) return -1;
    if (a.value !== null && b.value !== null) {
      const byValue = compareValues(a.value, b.value);
      if (byValue !== 0) return sign * byValue;
    }
  }
  return sign * compareIds(a.id, b.id);
}

export function positionOf(record: Entity, query: ScanQuery): Position {
  return { id: record.id, value: query.orderBy === undefined ? null : sortValueOf(record, query.orderBy) };
}

export function compareRecords(a: Entity, b: Entity, query: ScanQuery): number {
  return comparePositions(positionOf(a, query), positionOf(b, query), query);
}

export function comesAfter(record: Entity, after: Position, query: ScanQuery): boolean {
  return comparePositions(positionOf(record, query), after, query) > 0;
}

function withinBound(value: unknown, bound: string | number | undefined, accept: (order: number) => boolean): boolean {
  if (bound === undefined) return true;
  // A bound only matches values of its own kind: "after 5" says nothing about text.
  if (typeof value !== typeof bound || (typeof value === 'number' && Number.isNaN(value))) return false;
  return accept(compareValues(value as string | number, bound));
}

/** Whether `record` passes the query's `where` and `range`. Works on any object, so on a goal summary too. */
export function matchesQuery(record: object, query: ScanQuery): boolean {
  if (query.where) {
    for (const [name, expected] of Object.entries(query.where)) {
      if (expected !== undefined && field(record, name) !== expected) return false;
    }
  }
  const range = query.range;
  if (range) {
    const value = field(record, range.field);
    if (typeof value !== 'string' && typeof value !== 'number') return false;
    if (!withinBound(value, range.gt, (order) => order > 0)) return false;
    if (!withinBound(value, range.gte, (order) => order >= 0)) return false;
    if (!withinBound(value, range.lt, (order) => order < 0)) return false;
    if (!withinBound(value, range.lte, (order) => order <= 0)) return false;
  }
  return true;
}

/** The records of `all` that match, in the query's order, after `after`. */
export function selectRecords<T extends Entity>(all: Iterable<T>, query: ScanQuery, after?: Position): T[] {
  const selected: T[] = [];
  for (const record of all) {
    if (matchesQuery(record, query) && (after === undefined || comesAfter(record, after, query))) selected.push(record);
  }
  return selected.sort((a, b) => compareRecords(a, b, query));
}

interface CursorBody {
  /** Format, so an old cursor from a newer release is refused rather than misread. */
  f: 1;
  o: string | null;
  d: 'asc' | 'desc';
  v: SortValue;
  i: Id;
}

function invalidCursor(): GoalpostError {
  return new GoalpostError('invalid-input', 'That page cursor does not belong to this list; start again from the first page.');
}

/** An opaque cursor: base64 of UTF-8 JSON (text may be any language, and `btoa` takes only Latin-1). */
export function encodeCursor(position: Position, query: ScanQuery): string {
  const body: CursorBody = { f: 1, o: query.orderBy ?? null, d: query.direction ?? 'asc', v: position.value, i: position.id };
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The position a cursor stands for; `invalid-input` when it is damaged or from another ordering. */
export function decodeCursor(cursor: string, query: ScanQuery): Position {
  let body: Partial<CursorBody>;
  try {
    const binary = atob(cursor);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Partial<CursorBody>;
  } catch {
    throw invalidCursor();
  }
  const value = body.v;
  const valueOk = value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  if (
    typeof body !== 'object' || body === null || body.f !== 1 || typeof body.i !== 'string' || !valueOk ||
    body.o !== (query.orderBy ?? null) || body.d !== (query.direction ?? 'asc')
  ) {
    throw invalidCursor();
  }
  return { id: body.i, value: value as SortValue };
}
