/**
 * `selectRecords` with a `max` keeps only the first `max` records as it scans. Whatever the data,
 * query, cursor and `max`, it must return exactly what filtering everything, sorting it and
 * cutting the sorted list at `max` returns. The filter and order below are written out afresh
 * from the list semantics (src/storage/query.ts), so they also pin the order itself: numbers
 * before text before booleans, absent values last either way, ties broken by id.
 */
import { expect } from '@open-wc/testing';
import type { Entity } from '../../src/core/types.js';
import { mulberry32 } from '../../src/core/sample-data.js';
import { selectRecords } from '../../src/storage/query.js';
import type { Position, ScanQuery, SortValue } from '../../src/storage/query.js';

type Row = Entity & Record<string, unknown>;

// Few distinct values, so ties are common; every kind a field may hold, orderable or not.
const VALUES: unknown[] = [0, -0, 1, 2, 2.5, -3, NaN, '', '2', 'a', 'B', 'b', 'é', 'a b', true, false, null, undefined, { at: 1 }, ['x']];
const BOUNDS: Array<string | number> = [0, 1, 2, 2.5, '', '2', 'a', 'b', 'é'];
const FIELDS = ['team', 'n', 's', 'flag'];
const ABSENT = Symbol('absent');

function run(seed: number): { all: Row[]; query: ScanQuery; after?: Position; max: number; passMax: boolean } {
  // Seeded, so a failing case can be run again by its number.
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // One case in four is big enough that the kept records are cut back many times over.
  const big = seed % 4 === 0;
  const count = big ? 1500 + Math.floor(random() * 1500) : Math.floor(random() * 40);
  const ids = new Set<string>();
  while (ids.size < count) ids.add(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(['a', 'b', 'B', '0', '_', 'é'])).join('') + (big ? String(ids.size) : ''));
  const all = [...ids].map((id) => {
    const row: Row = { id, createdAt: '', updatedAt: '', version: 1 };
    const team = pick(['east', 'west', 'north', ABSENT]);
    if (team !== ABSENT) row.team = team;
    for (const name of ['n', 's', 'flag']) {
      const value = random() < 0.15 ? ABSENT : pick(name === 'flag' ? [true, false, 'yes', 1] : VALUES);
      if (value !== ABSENT) row[name] = value;
    }
    return row;
  });

  const query: ScanQuery = {};
  const where: Record<string, string | number | boolean | undefined> = {};
  for (const name of FIELDS) {
    if (random() < (big ? 0.12 : 0.3)) where[name] = pick<string | number | boolean | undefined>(['east', 'west', 1, 2, 'a', true, false, undefined]);
  }
  if (Object.keys(where).length > 0) query.where = where;
  if (random() < (big ? 0.2 : 0.4)) {
    const range: NonNullable<ScanQuery['range']> = { field: pick(['n', 's', 'team']) };
    for (const bound of ['gt', 'gte', 'lt', 'lte'] as const) if (random() < 0.4) range[bound] = pick(BOUNDS);
    query.range = range;
  }
  const orderBy = pick([undefined, 'n', 's', 'flag', 'team', 'missing']);
  if (orderBy !== undefined) query.orderBy = orderBy;
  if (random() < 0.5) query.direction = pick(['asc', 'desc'] as const);

  let after: Position | undefined;
  const roll = random();
  if (roll < 0.35 && all.length > 0) after = positionOf(pick(all), query);
  else if (roll < 0.6) after = { id: pick(['', 'a', 'b', 'B0', 'é', 'zz']), value: orderBy === undefined ? null : (pick(VALUES.filter(isSortValue)) as SortValue) };

  const max = big ? 1 + Math.floor(random() * 30) : random() < 0.2 ? Infinity : Math.floor(random() * (count + 4));
  return { all, query, after, max, passMax: max !== Infinity || random() < 0.5 };
}

function isSortValue(value: unknown): value is SortValue {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && !Number.isNaN(value));
}

function own(record: object, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, name) ? (record as Record<string, unknown>)[name] : undefined;
}

function positionOf(record: Row, query: ScanQuery): Position {
  const value = query.orderBy === undefined ? null : own(record, query.orderBy);
  return { id: record.id, value: isSortValue(value) ? value : null };
}

const KIND_ORDER = ['number', 'string', 'boolean'];

function compare(a: Position, b: Position, query: ScanQuery): number {
  const sign = query.direction === 'desc' ? -1 : 1;
  if (query.orderBy !== undefined) {
    // Absent last, in either direction.
    if (a.value === null && b.value !== null) return 1;
    if (b.value === null && a.value !== null) return -1;
    if (a.value !== null && b.value !== null) {
      const byKind = KIND_ORDER.indexOf(typeof a.value) - KIND_ORDER.indexOf(typeof b.value);
      if (byKind !== 0) return sign * byKind;
      if (a.value < b.value) return -sign;
      if (a.value > b.value) return sign;
    }
  }
  return a.id < b.id ? -sign : a.id > b.id ? sign : 0;
}

function matches(record: Row, query: ScanQuery): boolean {
  for (const [name, expected] of Object.entries(query.where ?? {})) {
    if (expected !== undefined && own(record, name) !== expected) return false;
  }
  if (!query.range) return true;
  const { field, ...bounds } = query.range;
  const value = own(record, field);
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  return Object.entries(bounds).every(([side, bound]) => {
    if (bound === undefined) return true;
    // A bound says nothing about values of another kind, nor about NaN.
    if (typeof bound !== typeof value || Number.isNaN(value)) return false;
    const order = value < bound ? -1 : value > bound ? 1 : 0;
    return { gt: order > 0, gte: order >= 0, lt: order < 0, lte: order <= 0 }[side];
  });
}

function candidates(all: readonly Row[], query: ScanQuery, after: Position | undefined): Row[] {
  return all.filter((record) => matches(record, query) && (after === undefined || compare(positionOf(record, query), after, query) > 0));
}

function sortAndSlice(all: readonly Row[], query: ScanQuery, after: Position | undefined, max: number): string[] {
  return candidates(all, query, after)
    .sort((a, b) => compare(positionOf(a, query), positionOf(b, query), query))
    .slice(0, max)
    .map((record) => record.id);
}

describe('selectRecords with a limit', () => {
  it('returns exactly what sorting every match and cutting at the limit returns, for 400 random cases', () => {
    let cut = 0;
    for (let seed = 1; seed <= 400; seed += 1) {
      const { all, query, after, max, passMax } = run(seed);
      const expected = sortAndSlice(all, query, after, max);
      const selected = (passMax ? selectRecords(all, query, after, max) : selectRecords(all, query, after)).map((record) => record.id);
      expect(selected, `case ${seed}: ${JSON.stringify({ query, after, max, records: all.length })}`).to.deep.equal(expected);
      // More candidates than selectRecords holds before it cuts back to `max`.
      if (candidates(all, query, after).length > 2 * max + 512) cut += 1;
    }
    // The cases must reach the cutting back, or they say nothing about it.
    expect(cut, 'cases that cut back').to.be.at.least(30);
  });

  it('keeps ties in id order on both sides of a cut', () => {
    // 3,000 records on five order values: every cut falls among ties.
    const all: Row[] = Array.from({ length: 3000 }, (_, i) => ({ id: `r${String((i * 7919) % 3000).padStart(4, '0')}`, createdAt: '', updatedAt: '', version: 1, n: i % 5 }));
    for (const direction of ['asc', 'desc'] as const) {
      const query: ScanQuery = { orderBy: 'n', direction };
      for (const max of [1, 7, 600, 2999, 3000, 5000]) {
        expect(selectRecords(all, query, undefined, max).map((record) => record.id), `${direction}, ${max}`).to.deep.equal(sortAndSlice(all, query, undefined, max));
      }
      const after = positionOf(all[1234]!, query);
      expect(selectRecords(all, query, after, 25).map((record) => record.id)).to.deep.equal(sortAndSlice(all, query, after, 25));
    }
  });

  it('returns nothing for a limit of 0, and everything that follows without a limit', () => {
    const all: Row[] = ['c', 'a', 'b'].map((id) => ({ id, createdAt: '', updatedAt: '', version: 1 }));
    expect(selectRecords(all, {}, undefined, 0)).to.deep.equal([]);
    expect(selectRecords(all, {}, { id: 'a', value: null }).map((record) => record.id)).to.deep.equal(['b', 'c']);
  });
});
