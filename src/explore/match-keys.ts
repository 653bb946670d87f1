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
  return hasArabic(name) ? arabicKey(name) : foldLatin(name);
}

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
  const full = nameMatchKey(name);
  const bare = name.replace(TRAILING_QUALIFIER, '');
  if (bare === name || bare.length === 0) return [full];
  const short = nameMatchKey(bare);
  return short === full ? [full] : [full, short];
}
