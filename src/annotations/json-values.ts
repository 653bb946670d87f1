/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/**
 * True for a JSON object (not an array, not null).
 *
 * @example
 * ```ts
 * isJsonObject({ text: 'x' }); //=> true
 * isJsonObject([1]); //=> false
 * ```
 */
export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A JSON value as text: a string as it is, a finite number written out (ids are often numbers in
 * annotation exports), anything else undefined.
 *
 * @example
 * ```ts
 * jsonText(1662); //=> '1662'
 * jsonText(null); //=> undefined
 * ```
 */
export function jsonText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}
