const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const ARABIC_INDIC = /[\u0660-\u0669]/g;
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g;
const ARABIC_LETTER = /[\u0600-\u06FF]/;

/**
 * Replaces Arabic-Indic (٠–٩) and Persian (۰–۹) digits with ASCII digits.
 *
 * @example
 * ```ts
 * toAsciiDigits('٢٠١٩'); //=> '2019'
 * ```
 */
export function toAsciiDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC, (d) => String.fromCharCode(d.charCodeAt(0) - 0x660 + 48))
    .replace(PERSIAN_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0x6f0 + 48));
}

/**
 * The display form of Arabic text: presentation forms folded (NFKC), diacritics (harakat, shadda,
 * tanwin, dagger alif), tatweel and invisible direction marks removed, digits made ASCII,
 * whitespace collapsed. Letters are left as written.
 *
 * Do not use it on a document before applying annotation offsets: it changes lengths.
 *
 * @example
 * ```ts
 * normalizeArabic('دَيْرُ الزُّورِ'); //=> 'دير الزور'
 * normalizeArabic('الرقـــــة'); //=> 'الرقة'
 * ```
 */
export function normalizeArabic(text: string): string {
  return toAsciiDigits(text.normalize('NFKC').replace(DIACRITICS, '').replace(TATWEEL, '').replace(CONTROLS, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The matching key of Arabic text: the display form with the letters that spelling varies on
 * folded together: alef forms (أ إ آ ٱ → ا), alif maqsura (ى → ي), taa marbuta (ة → ه), hamza
 * seats (ؤ → و, ئ → ي), Persian yeh and kaf. Two spellings of one name get one key.
 *
 * @example
 * ```ts
 * arabicKey('الرقّة') === arabicKey('الرقه'); //=> true
 * arabicKey('إدلب'); //=> 'ادلب'
 * ```
 */
export function arabicKey(text: string): string {
  return normalizeArabic(text)
    .replace(/[آأإٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ی/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ء/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when the text contains Arabic letters.
 *
 * @example
 * ```ts
 * hasArabic('Deir ez-Zor دير الزور'); //=> true
 * ```
 */
export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

const PROCLITICS = ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ف', 'ل', 'ك'];

/**
 * Strips the article and one-letter prefixes (و ب ف ل ك) from the first word of an Arabic key,
 * giving every candidate form: `بريف` → `ريف`, `وداعش` → `داعش`, `بالرقه` → `رقه` and `الرقه`.
 * The input itself comes first. Candidates are for look-ups; a candidate shorter than two
 * letters is dropped.
 *
 * @example
 * ```ts
 * arabicPrefixVariants('بالرقه'); //=> ['بالرقه', 'الرقه', 'رقه']
 * ```
 */
export function arabicPrefixVariants(key: string): string[] {
  const out = [key];
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  const rest = space < 0 ? '' : key.slice(space);
  for (const p of PROCLITICS) {
    if (first.startsWith(p) && first.length - p.length >= 2) {
      const stripped = first.slice(p.length);
      // A stripped article-bearing prefix ("بال") also yields the form with the article ("ال…").
      if (p.endsWith('ال')) pushUnique(out, `ال${stripped}${rest}`);
      pushUnique(out, `${stripped}${rest}`);
    }
  }
  return out;
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
