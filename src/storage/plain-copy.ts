/**
 * Copies of what callers hand to storage, taken the moment they call, so nothing they change
 * afterwards can slip past validation. Plain data (objects, lists, text, numbers, booleans, null)
 * is copied here, several times faster than `structuredClone` for a large batch, and the same way
 * whatever the data sits in (a framework's reactive wrapper reads as the plain data it shows).
 */

/** What `copyOf` answers for a value it leaves to `structuredClone`. */
const NOT_PLAIN = Symbol('not plain');
/**
 * Records are small and shallow; anything deeper, longer or larger (a shared value reached many
 * times over, say) is left to `structuredClone`, which copes with any shape.
 */
const PLAIN_DEPTH = 8;
const PLAIN_ITEMS = 1000;
const PLAIN_VALUES = 5000;

function copyOf(value: unknown, depth: number, budget: { values: number }): unknown {
  if (typeof value !== 'object') {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === undefined ? value : NOT_PLAIN;
  }
  if (value === null) return null;
  const keys = Object.keys(value);
  budget.values -= keys.length;
  if (depth > PLAIN_DEPTH || keys.length > PLAIN_ITEMS || budget.values < 0) return NOT_PLAIN;
  const prototype = Object.getPrototypeOf(value) as unknown;
  let copy: Record<string, unknown>;
  if (Array.isArray(value)) {
    // Dense and nothing but items: the keys are exactly 0 … length - 1.
    if (prototype !== Array.prototype || keys.length !== value.length || (keys.length > 0 && keys.at(-1) !== String(keys.length - 1))) return NOT_PLAIN;
    copy = [] as unknown as Record<string, unknown>;
  } else if (prototype === Object.prototype || prototype === null) {
    copy = {};
  } else {
    return NOT_PLAIN;
  }
  for (const key of keys) {
    // Assigning `__proto__` would set a prototype rather than copy a field.
    if (key === '__proto__') return NOT_PLAIN;
    const item = copyOf((value as Record<string, unknown>)[key], depth + 1, budget);
    if (item === NOT_PLAIN) return NOT_PLAIN;
    copy[key] = item;
  }
  return copy;
}

/**
 * A copy of a draft made of plain data (objects, lists, text, numbers, booleans, null), several
 * times cheaper than `structuredClone` for a large batch. `undefined` for anything else (a Date,
 * a Map, a class instance, a sparse, cyclic or huge value, a getter that throws): the adapter
 * then copies it with `structuredClone`, which also refuses what cannot be saved.
 */
export function plainCopy(value: unknown): Record<string, unknown> | undefined {
  try {
    const copy = copyOf(value, 0, { values: PLAIN_VALUES });
    return typeof copy === 'object' && copy !== null && !Array.isArray(copy) ? (copy as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
