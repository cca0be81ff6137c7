/**
 * Which IndexedDB index serves a list query, and over which key range.
 *
 * Every index is keyed by an array of fields, `[f1, …, fn]`, and IndexedDB orders an index by
 * its key and then by primary key (the id). So an index whose leading fields are all fixed by
 * `where` and whose last field is `orderBy` yields records in exactly the list order
 * (`orderBy`, then id) — e.g. `where teamId, orderBy postedAt desc` walks `teamId+postedAt`
 * backwards and stops after one page. Other indexes can still narrow the candidates, which are
 * then sorted in memory. The plan only ever selects a superset: the caller re-applies the exact
 * filter from `query.ts`, so a plan changes speed, never answers.
 */
import type { ScanQuery } from './query.js';
import { indexName } from './idb-schema.js';

export interface ScanPlan {
  /** The index to read; absent for the store itself, which is in id order. */
  index?: string;
  /** Values fixed by `where` for the index's leading fields. */
  prefix: IDBValidKey[];
  /** Bounds on the field that follows the prefix, when the query's range is on it. */
  lower?: string | number;
  upper?: string | number;
  /** Whether reading the source in order (or reverse) gives the list order, so a page can stop early. */
  ordered: boolean;
}

function isKeyValue(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && !Number.isNaN(value));
}

/** Scores the ways to run `query`, best first: an ordered index, then narrowing, then the whole store. */
export function planScan(indexes: ReadonlyArray<readonly string[]>, query: ScanQuery): ScanPlan {
  const where = query.where ?? {};
  let best: ScanPlan = { prefix: [], ordered: query.orderBy === undefined };
  let bestScore = best.ordered ? 50 : 0;

  for (const keyPath of indexes) {
    const prefix: IDBValidKey[] = [];
    for (const field of keyPath) {
      const value = where[field];
      if (!isKeyValue(value)) break;
      prefix.push(value);
    }
    const next = keyPath[prefix.length];
    const range = query.range && next !== undefined && query.range.field === next ? query.range : undefined;
    const ordered = query.orderBy === undefined
      ? prefix.length === keyPath.length
      : prefix.length === keyPath.length - 1 && next === query.orderBy;
    if (prefix.length === 0 && !range && !ordered) continue;

    const score = (ordered ? 1000 : 100) + prefix.length * 10 + (range ? 5 : 0);
    if (score <= bestScore) continue;
    const plan: ScanPlan = { index: indexName(keyPath), prefix, ordered };
    const lower = range?.gte ?? range?.gt;
    const upper = range?.lte ?? range?.lt;
    if (lower !== undefined) plan.lower = lower;
    if (upper !== undefined) plan.upper = upper;
    best = plan;
    bestScore = score;
  }
  return best;
}

/**
 * The key range of an index plan, or `null` when nothing can match. Bounds are inclusive on
 * purpose (the exact filter runs afterwards); an empty array sorts after every other key, so
 * `[...prefix, []]` is above every key that starts with `prefix`.
 *
 * `resume` narrows an ordered plan to start at a page's last order value (a position the caller
 * then steps past by id).
 */
export function keyRangeOf(plan: ScanPlan, direction: 'asc' | 'desc', resume?: IDBValidKey[]): IDBKeyRange | null | undefined {
  if (plan.index === undefined) return undefined;
  let lower: IDBValidKey[] | undefined = plan.lower !== undefined ? [...plan.prefix, plan.lower] : plan.prefix.length > 0 ? [...plan.prefix] : undefined;
  let upper: IDBValidKey[] | undefined = plan.upper !== undefined ? [...plan.prefix, plan.upper, []] : plan.prefix.length > 0 ? [...plan.prefix, []] : undefined;
  if (resume) {
    if (direction === 'asc') lower = resume;
    else upper = resume;
  }
  if (lower && upper) return indexedDB.cmp(lower, upper) > 0 ? null : IDBKeyRange.bound(lower, upper);
  if (lower) return IDBKeyRange.lowerBound(lower);
  if (upper) return IDBKeyRange.upperBound(upper);
  return undefined;
}
