/**
 * Structural equality of JSON-like values (plain objects, arrays, strings, numbers, booleans,
 * `null`, `undefined`). An object key whose value is `undefined` counts as absent, so
 * `{ a: 1, b: undefined }` equals `{ a: 1 }`. Used to decide whether an imported value was
 * edited before writing it back.
 *
 * @example
 * ```ts
 * deepEqual({ a: [1, 2], b: undefined }, { a: [1, 2] }); //=> true
 * ```
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k]));
}
