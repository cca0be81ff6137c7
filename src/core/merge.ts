/**
 * What "keep mine" saves after a conflict. No DOM, no Lit.
 *
 * Someone else saved the record while this person was editing it. Overwriting the stored record
 * with the whole form would silently undo their change to fields this person never touched, so
 * the merge is field by field: a field this person changed since they began keeps their value;
 * every other field takes the value stored now. Fields are compared whole (a list of milestones
 * or a set of driver weights is one field), which keeps the merge predictable.
 */

/** Plain-data equality, as records are stored: `undefined` properties count as absent. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Kept from the stored record, never from the form: the store sets them on every save. */
const BOOKKEEPING = new Set(['version', 'createdAt', 'updatedAt']);

/**
 * `mine` on top of `theirs`: the fields changed between `base` (what the edit began from) and
 * `mine` (what this person wants), over the record as stored now. When the record is gone
 * (`theirs` is not a record) or there is no base to compare with, `mine` stands as it is.
 */
export function keepMine<T extends object>(base: object | undefined, mine: T, theirs: unknown): T {
  if (!base || typeof theirs !== 'object' || theirs === null || Array.isArray(theirs)) return mine;
  const merged: Record<string, unknown> = {};
  const stored = theirs as Record<string, unknown>;
  const started = base as Record<string, unknown>;
  const wanted = mine as Record<string, unknown>;
  for (const key of new Set([...Object.keys(stored), ...Object.keys(wanted)])) {
    if (BOOKKEEPING.has(key)) continue;
    const changedHere = !sameData(wanted[key], started[key]);
    const value = changedHere ? wanted[key] : stored[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}
