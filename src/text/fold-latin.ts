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
  let s = text;
  if (NON_ASCII.test(s)) s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return foldFast(s) ?? foldSlow(s);
}

const NON_ASCII = /[^ -~\t\n\v\f\r]/;
const ARTICLE_WORDS = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'at', 'ath', 'an', 'ed', 'er', 'es', 'esh', 'ez', 'et', 'en', 'ul', 'l']);
/** Characters {@link foldLatin} deletes (after NFKD): apostrophes, ayn and hamza marks. */
const DELETED = new Set([0x2018, 0x2019, 0x2bf, 0x2be, 0x60, 0xb4, 0x2bc, 0x27]);
/** Characters it turns into spaces. */
const SPACED = new Set([0x2d, 0x2010, 0x2011, 0x2013, 0x2014, 0x5f, 0x2e, 0x2c, 0x3b, 0x3a, 0x28, 0x29, 0x2f]);

/**
 * The same fold as {@link foldSlow}, in one pass over the characters and one over the words; used
 * when, after NFKD, the text has no other non-ASCII characters than the deleted and spaced ones
 * (always the case for GeoNames and news romanisations). Returns `undefined` otherwise.
 */
let scratchIn = new Uint16Array(256);
let scratchOut = new Uint16Array(256);

function foldFast(s: string): string | undefined {
  // Pass 1: delete, space, lowercase; collapse and trim spaces. Codes go to `buf` (a buffer
  // reused across calls: folding is synchronous, and look-ups fold millions of names).
  if (scratchIn.length < s.length) {
    scratchIn = new Uint16Array(s.length * 2);
    scratchOut = new Uint16Array(s.length * 2);
  }
  const buf = scratchIn;
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) {
      if (DELETED.has(c)) continue;
      if (!SPACED.has(c)) return undefined;
      pendingSpace = n > 0;
      continue;
    }
    if (c === 0x27 || c === 0x60) continue;
    if (c === 32 || (c >= 9 && c <= 13) || SPACED.has(c)) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      buf[n++] = 32;
      pendingSpace = false;
    }
    buf[n++] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  // Pass 2, word by word: drop articles, unglue assimilated articles, squeeze doubled letters.
  const out = scratchOut;
  let m = 0;
  let removedPrevious = false;
  let start = 0;
  while (start < n) {
    let end = start;
    while (end < n && buf[end] !== 32) end++;
    const isLast = end >= n;
    if (!isLast && !removedPrevious && isArticle(buf, start, end)) {
      removedPrevious = true;
      start = end + 1;
      continue;
    }
    removedPrevious = false;
    let from = start;
    // An article assimilated to a sun letter and glued on: "ezzor", "arraqqa".
    if (end - start >= 5) {
      const a = buf[start] ?? 0;
      const b = buf[start + 1] ?? 0;
      const c3 = buf[start + 3] ?? 0;
      const c4 = buf[start + 4] ?? 0;
      if ((a === 97 || a === 101) && SUN.has(b) && buf[start + 2] === b && c3 >= 97 && c3 <= 122 && c4 >= 97 && c4 <= 122) from = start + 1;
    }
    if (m > 0) out[m++] = 32;
    let prev = -1;
    for (let i = from; i < end; i++) {
      const c = buf[i] ?? 0;
      if (c === prev && c >= 97 && c <= 122) continue;
      out[m++] = c;
      prev = c;
    }
    start = end + 1;
  }
  return codesToString(out, m);
}

const SUN = new Set([116, 100, 114, 122, 115, 110]); // t d r z s n

function isArticle(buf: Uint16Array, start: number, end: number): boolean {
  const len = end - start;
  if (len < 1 || len > 3) return false;
  let w = '';
  for (let i = start; i < end; i++) w += String.fromCharCode(buf[i] ?? 0);
  return ARTICLE_WORDS.has(w);
}

const LATIN1 = new TextDecoder('latin1');
const BYTES = new Uint8Array(256);

function codesToString(codes: Uint16Array, length: number): string {
  // The fast path only writes ASCII codes: decode them as bytes, without spreading into arguments.
  const bytes = length <= BYTES.length ? BYTES : new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = codes[i] ?? 0;
  return LATIN1.decode(bytes.subarray(0, length));
}

/** The reference implementation, with regular expressions: any text. */
function foldSlow(text: string): string {
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
