const ARTICLE = /(^|\s)(?:al|el|ad|ar|as|ash|az|at|ath|an|ed|er|es|esh|ez|et|en|ul|l)[-\s'’](?=\S)/g;

/**
 * Folds a Latin-script place or actor name to a matching key: diacritics and ayn/hamza marks
 * removed, lowercase, the Arabic article (al-, el-, ad-, ash-, az- …) dropped, hyphens and
 * apostrophes turned into spaces, an article glued to a sun letter dropped (`Ezzor` → `zor`),
 * doubled letters squeezed. `Deir ez-Zor`, `Deir al-Zor`,
 * `Dayr az Zawr` and `Deir Ezzor` do not all meet here (vowels differ); see
 * {@link latinSkeleton} for the looser key.
 *
 * @example
 * ```ts
 * foldLatin('Al Buşayrah'); //=> 'busayrah'
 * foldLatin('Deir ez-Zor') === foldLatin('Deir al-Zor'); //=> true
 * ```
 */
export function foldLatin(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʿʾ`´ʼ']/g, '')
    .toLowerCase()
    .replace(/[-‐‑–—_.,;:()/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return base
    .replace(ARTICLE, '$1')
    // An article assimilated to a sun letter and glued on: "Ezzor", "Arraqqa".
    .replace(/(^|\s)[ae]([tdrzsn])\2(?=[a-z]{2})/g, '$1$2')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A looser Latin key for names transliterated from Arabic: {@link foldLatin}, then vowels and
 * the semivowels y and w dropped except at the start of a word, and common digraph variants
 * folded (dh → z, th → t, kh → h, gh → g, sh → s, q → k) and a final taa-marbuta h dropped. `Deir ez-Zor`,
 * `Deir al-Zour` and `Dayr az Zawr` all become `dr zr`. Use it as a second-chance key, with
 * lower confidence than an exact fold.
 *
 * @example
 * ```ts
 * latinSkeleton('Dayr az Zawr') === latinSkeleton('Deir ez-Zor'); //=> true
 * ```
 */
export function latinSkeleton(text: string): string {
  return foldLatin(text)
    .replace(/dh/g, 'z')
    .replace(/th/g, 't')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/sh/g, 's')
    .replace(/q/g, 'k')
    .split(' ')
    .map((w) => (w.length === 0 ? w : (w[0] ?? '') + w.slice(1).replace(/[aeiouyw]/g, '')))
    .map((w) => (/^[aeiouyw]/.test(w) ? w.replace(/^[aeiouyw]+/, 'a') : w))
    // A final h is usually taa marbuta: "Raqqah" and "Raqqa" meet.
    .map((w) => (w.length > 2 ? w.replace(/h$/, '') : w))
    .join(' ')
    .replace(/([a-z])\1+/g, '$1');
}
