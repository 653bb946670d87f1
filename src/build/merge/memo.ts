/**
 * Memoises a pure function of a string with a bounded cache (cleared when full), for the names
 * that repeat throughout a dataset: governorates, actors, places. The results are the same with or
 * without the cache; only the time differs.
 *
 * @example
 * ```ts
 * const skeleton = memoize(nameSkeleton);
 * skeleton('Deir ez-Zor'); //=> 'dr zr' (computed once)
 * ```
 */
export function memoize<T>(fn: (text: string) => T, limit = 100_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
