import { foldLatin, latinSkeleton } from '../../text/fold-latin.js';
import { arabicKey, normalizeArabic } from '../../text/normalize-arabic.js';

/**
 * One word of an actor phrase, as a matching key.
 *
 * @example
 * ```ts
 * actorTokens('US forces')[0]; //=> { key: 'us', arabic: false, upper: true }
 * ```
 */
export interface ActorToken {
  /** The matching key: {@link arabicKey} for Arabic words, {@link foldLatin} for Latin ones. */
  key: string;
  /** True when the word is Arabic. */
  arabic: boolean;
  /** True when the word, as written, is in capitals (an acronym such as IS, US, SDF). */
  upper: boolean;
}

const WORD = /[\p{L}\p{N}'’ʿʾ]+/gu;
const ARABIC = /[\u0600-\u06FF]/;
// A transliterated Arabic article glued with a hyphen or apostrophe: "al-Sham", "ash-Shaddadi".
const LATIN_ARTICLE = /(^|[^\p{L}])(?:al|el|ad|ar|as|ash|az|at|ath|an|ed|er|es|esh|ez|et|en|ul)[-‐‑'’](?=\p{L})/giu;
const LOOSE_ARTICLES = new Set(['al', 'el']);
const UPPER = /^[A-Z]+$/;
const LATIN_OR_DIGIT = /[\p{Script=Latin}0-9]/u;

/**
 * Splits an actor phrase into word keys: the text is normalised (NFKC, Arabic diacritics and
 * tatweel removed, digits made ASCII), quotes and punctuation dropped, Arabic words keyed with
 * {@link arabicKey}, Latin words folded with {@link foldLatin} and transliterated Arabic
 * articles (al-, ash-, …) dropped.
 *
 * @example
 * ```ts
 * actorTokens('تنظيم “داعش” المتطرّف').map((t) => t.key); //=> ['تنظيم', 'داعش', 'المتطرف']
 * actorTokens("Hay'at Tahrir al-Sham").map((t) => t.key); //=> ['hayat', 'tahrir', 'sham']
 * ```
 */
export function actorTokens(text: string): ActorToken[] {
  const normal = normalizeArabic(text).replace(LATIN_ARTICLE, '$1');
  const out: ActorToken[] = [];
  // Arabic only (the usual case): one arabicKey over the whole phrase.
  if (!LATIN_OR_DIGIT.test(normal)) {
    for (const key of arabicKey(normal).split(' ')) if (key.length > 0) out.push({ key, arabic: true, upper: false });
    return out;
  }
  for (const m of normal.matchAll(WORD)) {
    const raw = m[0];
    if (ARABIC.test(raw)) {
      for (const key of arabicKey(raw).split(' ')) {
        if (key.length > 0) out.push({ key, arabic: true, upper: false });
      }
      continue;
    }
    const key = foldLatin(raw).replace(/\s+/g, '');
    if (key.length === 0 || LOOSE_ARTICLES.has(key)) continue;
    out.push({ key, arabic: false, upper: UPPER.test(raw) });
  }
  return out;
}

/**
 * The looser Latin key of a token ({@link latinSkeleton}): vowels dropped, digraphs folded, so that
 * "Hizballah" and "Hezbollah" meet. Arabic tokens are returned unchanged.
 *
 * @example
 * ```ts
 * skeletonKey({ key: 'hizbalah', arabic: false, upper: false }) === skeletonKey({ key: 'hezbolah', arabic: false, upper: false }); //=> true
 * ```
 */
export function skeletonKey(token: ActorToken): string {
  return token.arabic ? token.key : latinSkeleton(token.key);
}

/**
 * True when an alias word must match a word written in capitals: short all-capital acronyms
 * (IS, US, SDF, PMF) would otherwise match ordinary words ("is", "us").
 *
 * @example
 * ```ts
 * isStrictAcronym('IS'); //=> true
 * isStrictAcronym('ISIS'); //=> false
 * ```
 */
export function isStrictAcronym(raw: string): boolean {
  return raw.length <= 3 && UPPER.test(raw);
}

/**
 * The tokens of an alias, each with whether it must match a capitalised word of the text.
 *
 * @example
 * ```ts
 * aliasTokens('US forces'); //=> [{ key: 'us', strict: true, … }, { key: 'forces', strict: false, … }]
 * ```
 */
export function aliasTokens(alias: string): (ActorToken & { strict: boolean })[] {
  const normal = normalizeArabic(alias).replace(LATIN_ARTICLE, '$1');
  const raws: string[] = [];
  for (const m of normal.matchAll(WORD)) {
    const raw = m[0];
    if (ARABIC.test(raw)) {
      for (const key of arabicKey(raw).split(' ')) if (key.length > 0) raws.push(key);
    } else {
      const key = foldLatin(raw).replace(/\s+/g, '');
      if (key.length > 0 && !LOOSE_ARTICLES.has(key)) raws.push(raw);
    }
  }
  return raws.map((raw) => {
    if (ARABIC.test(raw)) return { key: raw, arabic: true, upper: false, strict: false };
    return { key: foldLatin(raw).replace(/\s+/g, ''), arabic: false, upper: UPPER.test(raw), strict: isStrictAcronym(raw) };
  });
}

/**
 * The display form of a phrase: normalised, quotes removed, punctuation around it trimmed, spaces collapsed.
 *
 * @example
 * ```ts
 * displayText('تنظيم “داعش”،'); //=> 'تنظيم داعش'
 * ```
 */
export function displayText(text: string): string {
  return normalizeArabic(text)
    .replace(/[“”„"«»‹›「」]/g, '')
    .replace(/^[\s'’‘.,;:،؛\-–—]+|[\s'’‘.,;:،؛\-–—]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
