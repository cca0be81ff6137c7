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

/**
 * The kinds of value a list orders by, in their order. Booleans are not IndexedDB keys, so no
 * index ever orders them; after text is as good as any.
 */
const RANK = { number: 0, string: 1, boolean: 2 } as const;

export function sortValueOf(record: object, name: string): SortValue {
  const value = field(record, name);
  return (typeof value) in RANK && !Number.isNaN(value) ? (value as SortValue) : null;
}

function compareValues(a: string | number | boolean, b: string | number | boolean): number {
  return RANK[typeof a as keyof typeof RANK] - RANK[typeof b as keyof typeof RANK] || (a < b ? -1 : a > b ? 1 : 0);
}

/** Compares two positions in the query's order. Absent order values come last in either direction. */
export function comparePositions(a: Position, b: Position, query: ScanQuery): number {
  const sign = query.direction === 'desc' ? -1 : 1;
  // Order values that differ differ in kind or in value, so they decide; equal ones leave it to the id.
  if (query.orderBy !== undefined && a.value !== b.value) {
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return sign * compareValues(a.value, b.value);
  }
  return sign * compareValues(a.id, b.id);
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
  if (typeof value !== typeof bound || Number.isNaN(value)) return false;
  return accept(compareValues(value as string | number, bound));
}

/** The test of a query's `where` and `range`, prepared once for all the records it will judge. */
function matcher(query: ScanQuery): (record: object) => boolean {
  const where = Object.entries(query.where ?? {});
  const range = query.range;
  return (record) => {
    for (const [name, expected] of where) {
      if (expected !== undefined && field(record, name) !== expected) return false;
    }
    if (range) {
      const value = field(record, range.field);
      if (typeof value !== 'string' && typeof value !== 'number') return false;
      if (!withinBound(value, range.gt, (order) => order > 0)) return false;
      if (!withinBound(value, range.gte, (order) => order >= 0)) return false;
      if (!withinBound(value, range.lt, (order) => order < 0)) return false;
      if (!withinBound(value, range.lte, (order) => order <= 0)) return false;
    }
    return true;
  };
}

/** Whether `record` passes the query's `where` and `range`. Works on any object, so on a goal summary too. */
export function matchesQuery(record: object, query: ScanQuery): boolean {
  return matcher(query)(record);
}

/** A record and its position. */
type Ranked<T> = [Position, T];

/**
 * The first `max` records of `all` that match, in the query's order, after `after`; ask for one
 * more than a page to learn whether another follows. With a finite `max`, the records kept are
 * sorted and cut back to `max` whenever `2 * max + 512` are held; from then on, a record that
 * sorts after the last one kept costs one comparison. So the newest few of thousands cost no sort
 * of thousands, in whatever order the records come, and a large `max` costs no more than a sort.
 */
export function selectRecords<T extends Entity>(all: Iterable<T>, query: ScanQuery, after?: Position, max = Infinity): T[] {
  const matches = matcher(query);
  // Each record's position is worked out once, not at every comparison.
  const compare = (a: Ranked<T>, b: Ranked<T>) => comparePositions(a[0], b[0], query);
  const kept: Array<Ranked<T>> = [];
  let last: Ranked<T> | undefined;
  for (const record of all) {
    if (!matches(record)) continue;
    const entry: Ranked<T> = [positionOf(record, query), record];
    if ((after && comparePositions(entry[0], after, query) <= 0) || (last && compare(entry, last) >= 0)) continue;
    if (kept.push(entry) >= 2 * max + 512) {
      kept.sort(compare).length = max;
      last = kept[max - 1];
    }
  }
  return kept.sort(compare).slice(0, max).map((entry) => entry[1]);
}

interface CursorBody {
  /** Format, so an old cursor from a newer release is refused rather than misread. */
  f: 1;
  o: string | null;
  d: 'asc' | 'desc';
  v: SortValue;
  i: Id;
}

/** An opaque cursor: base64 of UTF-8 JSON (text may be any language, and `btoa` takes only Latin-1). */
export function encodeCursor(position: Position, query: ScanQuery): string {
  const body: CursorBody = { f: 1, o: query.orderBy ?? null, d: query.direction ?? 'asc', v: position.value, i: position.id };
  return btoa(Array.from(new TextEncoder().encode(JSON.stringify(body)), (byte) => String.fromCharCode(byte)).join(''));
}

/** The position a cursor stands for; `invalid-input` when it is damaged or from another ordering. */
export function decodeCursor(cursor: string, query: ScanQuery): Position {
  let body: Partial<CursorBody> | null = null;
  try {
    const bytes = Uint8Array.from(atob(cursor), (char) => char.charCodeAt(0));
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Partial<CursorBody> | null;
  } catch {
    // Not base64 of UTF-8 JSON: refused below, with any other cursor that is not one of ours.
  }
  // The value must be one a list orders by, or null.
  if (
    body?.f !== 1 || typeof body.i !== 'string' || sortValueOf(body, 'v') !== body.v ||
    body.o !== (query.orderBy ?? null) || body.d !== (query.direction ?? 'asc')
  ) {
    throw new GoalpostError('invalid-input', 'That page cursor does not belong to this list; start again from the first page.');
  }
  return { id: body.i, value: body.v };
}
