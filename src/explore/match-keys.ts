import { foldLatin } from '../text/fold-latin.js';
import { arabicKey, hasArabic } from '../text/normalize-arabic.js';

/**
 * A key for comparing names typed by a user with names in a dataset: Arabic folded by
 * `arabicKey`, Latin by `foldLatin` (case, diacritics, the article al-/el- and hyphens do not
 * matter).
 *
 * @example
 * ```ts
 * nameMatchKey('Deir ez-Zor') === nameMatchKey('deir al zor'); //=> true
 * nameMatchKey('داعش') === nameMatchKey('دَاعِش'); //=> true
 * ```
 */
export function nameMatchKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = hasArabic(name) ? arabicKey(name) : foldLatin(name);
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    keyCache.set(name, key);
  }
  return key;
}

/** Datasets repeat the same few thousand actor and place names: fold each once. */
const KEY_CACHE_SIZE = 50_000;
const keyCache = new Map<string, string>();

const TRAILING_QUALIFIER = /\s*\([^()]*\)\s*$/;

/**
 * The keys a dataset name answers to: its {@link nameMatchKey}, and the key without a trailing
 * qualifier in parentheses, so that `Military Forces of Syria` finds ACLED's
 * `Military Forces of Syria (2000-)` and `Protesters` finds `Protesters (Iraq)`.
 *
 * @example
 * ```ts
 * nameKeys('Military Forces of Syria (2000-)'); //=> ['military forces of syria 2000', 'military forces of syria']
 * ```
 */
export function nameKeys(name: string): string[] {
  let keys = keysCache.get(name);
  if (keys === undefined) {
    keys = computeNameKeys(name);
    if (keysCache.size >= KEY_CACHE_SIZE) keysCache.clear();
    keysCache.set(name, keys);
  }
  return keys;
}

const keysCache = new Map<string, string[]>();

function computeNameKeys(name: string): string[] {
  const full = nameMatchKey(name);
  const bare = name.replace(TRAILING_QUALIFIER, '');
  if (bare === name || bare.length === 0) return [full];
  const short = nameMatchKey(bare);
  return short === full ? [full] : [full, short];
}
