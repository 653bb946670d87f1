/**
 * A short, stable hash of strings: cyrb53 (53-bit) written in base 36. Pure JavaScript, so ids are
 * the same in Node and browsers, on every run.
 *
 * @example
 * ```ts
 * hashString('seed|T1'); //=> a stable 1–11 character base-36 string
 * ```
 */
export function hashString(input: string, seed = 0): string {
  return hash53(input, seed).toString(36);
}

/**
 * The same hash as {@link hashString}, as a number below 2^53.
 *
 * @example
 * ```ts
 * hash53('seed-report') === hash53('seed-report'); //=> true
 * ```
 */
export function hash53(input: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A stable id from parts: the same parts give the same id whatever their order, because the
 * parts are sorted before hashing. Use it for merged events (parts = member ids) and for events
 * assembled from annotations (parts = document id and trigger span).
 *
 * @example
 * ```ts
 * stableId('ev', ['b', 'a']) === stableId('ev', ['a', 'b']); //=> true
 * ```
 */
export function stableId(prefix: string, parts: readonly string[]): string {
  const key = [...parts].sort().join('\u001f');
  return `${prefix}-${hashString(key).padStart(11, '0')}`;
}
