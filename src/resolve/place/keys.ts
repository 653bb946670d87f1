import { foldLatin, latinSkeleton } from '../../text/fold-latin.js';
import { arabicKey, hasArabic } from '../../text/normalize-arabic.js';

/**
 * The exact matching key of a place name: {@link arabicKey} for Arabic script (alef forms, taa
 * marbuta, alif maqsura, diacritics and tatweel folded), {@link foldLatin} otherwise (diacritics,
 * case, the article al-/el-/ad-/ash-, hyphens and doubled letters folded).
 *
 * @example
 * ```ts
 * placeKey('Deir ez-Zor') === placeKey('Deir al-Zor'); //=> true
 * placeKey('الرقّة') === placeKey('الرقه'); //=> true
 * ```
 */
export function placeKey(text: string): string {
  return hasArabic(text) ? arabicKey(text) : foldLatin(text);
}

const ARABIC_ARTICLE = /(^|\s)ال(?=\S{2})/g;
const ARABIC_INNER_VOWELS = /(?<=\S)[اوي]/g;

/**
 * The looser key of a place name, for a second-chance match with lower confidence: for Latin
 * script {@link latinSkeleton} (vowels, semivowels and digraph variants folded) without spaces, so
 * `Dayr az Zawr`, `Deir al-Zour` and `Deir Ezzor` meet; for Arabic the key without the article,
 * without inner long vowels (ا و ي after a word's first letter), without spaces and with doubled
 * letters squeezed, so `الشحيل` and `شحيل` meet.
 *
 * @example
 * ```ts
 * placeSkeleton('Dayr az Zawr') === placeSkeleton('Deir ez-Zor'); //=> true
 * placeSkeleton('الشحيل') === placeSkeleton('شحيل'); //=> true
 * ```
 */
export function placeSkeleton(text: string): string {
  if (hasArabic(text)) {
    return arabicKey(text)
      .replace(ARABIC_ARTICLE, '$1')
      .split(' ')
      .map((w) => w.replace(ARABIC_INNER_VOWELS, ''))
      .join('')
      .replace(/(.)\1+/gu, '$1');
  }
  return latinSkeleton(text).replace(/ /g, '');
}
