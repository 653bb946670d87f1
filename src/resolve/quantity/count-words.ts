import { normalizeArabic } from '../../text/normalize-arabic.js';
import type { VagueQuantity } from './count-convention.js';

/**
 * A word of a count phrase: lower-case, Arabic letters folded (أ→ا, ة→ه, ى→ي), digits ASCII.
 *
 * @example
 * ```ts
 * const tokens: CountToken[] = countTokens('نحو 30'); //=> ['نحو', '30']
 * ```
 */
export type CountToken = string;

/**
 * Normalises and splits a count phrase: digits in either script, thousands separators ("1,200",
 * "١٬٢٠٠") joined, Arabic letter variants folded, dashes kept as words.
 *
 * @example
 * ```ts
 * countTokens('ما بين ١٠ و١٥ قتيلاً'); //=> ['ما', 'بين', '10', 'و', '15', 'قتيلا']
 * ```
 */
export function countTokens(text: string): CountToken[] {
  let s = normalizeArabic(text)
    .replace(/[آأإٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ء/g, '')
    .replace(/٫/g, '.')
    .toLowerCase();
  // Thousands separators between digit groups.
  for (let i = 0; i < 3; i++) s = s.replace(/(\d)[,٬](\d{3})(?!\d)/g, '$1$2');
  return s.match(/\d+(?:\.\d+)?|[\p{L}]+|[-–—]/gu) ?? [];
}

const key = (w: string): string =>
  w.replace(/[آأإٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي').replace(/ء/g, '').toLowerCase();
const table = (entries: Record<string, number>): Map<string, number> => new Map(Object.entries(entries).flatMap(([words, v]) => words.split(' ').map((w) => [key(w), v] as const)));

/** Units 1–9 and 10, Arabic and English, with gender and case forms. */
const UNITS = table({
  'واحد واحدة أحد إحدى one': 1,
  'اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي إثنين إثنان two': 2,
  'ثلاث ثلاثة three': 3,
  'أربع أربعة four': 4,
  'خمس خمسة five': 5,
  'ست ستة six': 6,
  'سبع سبعة seven': 7,
  'ثمان ثماني ثمانية eight': 8,
  'تسع تسعة nine': 9,
  'عشر عشرة ten': 10,
});
const TEENS_EN = table({ eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 });
const TENS = table({
  'عشرون عشرين twenty': 20,
  'ثلاثون ثلاثين thirty': 30,
  'أربعون أربعين forty fourty': 40,
  'خمسون خمسين fifty': 50,
  'ستون ستين sixty': 60,
  'سبعون سبعين seventy': 70,
  'ثمانون ثمانين eighty': 80,
  'تسعون تسعين ninety': 90,
});
/** Whole hundreds written as one word. */
const HUNDREDS = table({
  'مئة مائة مئه ماية hundred': 100,
  'مئتان مئتين مائتان مائتين مئتا مئتي مائتا مائتي': 200,
  'ثلاثمئة ثلاثمائة': 300,
  'أربعمئة أربعمائة': 400,
  'خمسمئة خمسمائة': 500,
  'ستمئة ستمائة': 600,
  'سبعمئة سبعمائة': 700,
  'ثمانمئة ثمانمائة ثمانيمئة ثمانيمائة': 800,
  'تسعمئة تسعمائة': 900,
});
const THOUSAND = table({ 'ألف thousand': 1000, 'ألفان ألفين ألفا ألفي': 2000 });
const THOUSANDS_PLURAL = new Set(['الاف', 'آلاف'].map(key));
const MILLION = table({ 'مليون million': 1_000_000, 'مليونان مليونين': 2_000_000 });
const MILLIONS_PLURAL = new Set(['ملايين'].map(key));
const TEEN_TEN = new Set(['عشر', 'عشرة'].map(key));
const ZERO = new Set(['zero', 'صفر']);
const AND = new Set(['and', 'و']);

/**
 * Strips a leading و / ب / ل / ف / ك glued to an Arabic word when the rest is a known word.
 *
 * @example
 * ```ts
 * stripProclitic('وعشرون', (w) => w === 'عشرون'); //=> 'عشرون'
 * ```
 */
export function stripProclitic(word: string, known: (w: string) => boolean): string | undefined {
  if (known(word)) return word;
  for (const p of ['وال', 'بال', 'فال', 'كال', 'لل', 'و', 'ب', 'ل', 'ف', 'ك']) {
    if (word.startsWith(p) && word.length > p.length + 1) {
      const rest = word.slice(p.length);
      if (known(rest)) return rest;
      if (p.endsWith('ال') || p === 'لل') {
        if (known(`ال${rest}`)) return `ال${rest}`;
      }
    }
  }
  return undefined;
}

function isNumberWord(w: string): boolean {
  return UNITS.has(w) || TEENS_EN.has(w) || TENS.has(w) || HUNDREDS.has(w) || THOUSAND.has(w) || MILLION.has(w) || ZERO.has(w) || w === 'dozen';
}

/**
 * A number read from the tokens.
 *
 * @example
 * ```ts
 * readNumber(['12'], 0); //=> { value: 12, start: 0, end: 1, form: 'digits' }
 * ```
 */
export interface NumberRead {
  value: number;
  /** Index of the first and one past the last token. */
  start: number;
  end: number;
  /** `digits` when written in figures (possibly with a scale word: "3 آلاف"), else `words`. */
  form: 'digits' | 'words';
}

/**
 * Reads a number starting at token `i`: figures ("12", "1.5 million", "3 آلاف") or number words
 * ("ثلاثة عشر", "مائة وخمسون", "twenty-five", "a dozen", "two hundred and ten"). Returns undefined
 * when no number starts there.
 *
 * @example
 * ```ts
 * readNumber(countTokens('خمسة وعشرون شخصا'), 0); //=> { value: 25, start: 0, end: 3, form: 'words' }
 * ```
 */
export function readNumber(tokens: readonly CountToken[], i: number): NumberRead | undefined {
  const first = tokens[i];
  if (first === undefined) return undefined;
  if (/^\d/.test(first)) {
    let value = Number(first);
    let end = i + 1;
    const next = tokens[end] === undefined ? undefined : stripProclitic(tokens[end] ?? '', isPartWord);
    if (next !== undefined && (THOUSAND.has(next) || THOUSANDS_PLURAL.has(next))) {
      value *= 1000;
      end++;
    } else if (next !== undefined && (MILLION.has(next) || MILLIONS_PLURAL.has(next))) {
      value *= 1_000_000;
      end++;
    } else if (next === 'dozen') {
      value *= 12;
      end++;
    }
    if (!Number.isInteger(value)) return undefined;
    return { value, start: i, end, form: 'digits' };
  }
  // English "a hundred", "a dozen", "half a dozen".
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  if (first === 'half' && tokens[i + 1] === 'a' && tokens[i + 2] === 'dozen') return { value: 6, start: i, end: i + 3, form: 'words' };
  if ((first === 'a' || first === 'an') && ['hundred', 'thousand', 'dozen', 'million'].includes(tokens[i + 1] ?? '')) {
    current = 1;
    j = i + 1;
  }
  for (; j < tokens.length; j++) {
    const raw = tokens[j] ?? '';
    const w = seen ? stripAnd(raw) : word(raw);
    if (w === undefined) {
      // "and" / "و" between two parts of a number; "-" inside "twenty-five".
      if ((AND.has(raw) || raw === '-') && seen && isNumberStart(tokens[j + 1])) continue;
      break;
    }
    const unit = UNITS.get(w);
    if (ZERO.has(w) && !seen) {
      return { value: 0, start: i, end: j + 1, form: 'words' };
    }
    if (unit !== undefined) {
      // "ثلاثة عشر" = 13, "أحد عشر" = 11.
      const following = tokens[j + 1];
      if (unit < 10 && following !== undefined && TEEN_TEN.has(following)) {
        current += unit + 10;
        j++;
      } else {
        current += unit;
      }
      seen = true;
      continue;
    }
    const teen = TEENS_EN.get(w);
    if (teen !== undefined) {
      current += teen;
      seen = true;
      continue;
    }
    const ten = TENS.get(w);
    if (ten !== undefined) {
      current += ten;
      seen = true;
      continue;
    }
    const hundred = HUNDREDS.get(w);
    if (hundred !== undefined) {
      if (hundred === 100 && current > 0 && current < 10) current *= 100;
      else current += hundred;
      seen = true;
      continue;
    }
    const thousand = THOUSAND.get(w);
    if (thousand !== undefined) {
      total += thousand === 1000 ? (current === 0 ? 1 : current) * 1000 : thousand;
      current = 0;
      seen = true;
      continue;
    }
    if (THOUSANDS_PLURAL.has(w) || MILLIONS_PLURAL.has(w)) {
      if (!(current >= 3 && current <= 10)) break;
      total += current * (THOUSANDS_PLURAL.has(w) ? 1000 : 1_000_000);
      current = 0;
      continue;
    }
    const million = MILLION.get(w);
    if (million !== undefined) {
      total += million === 1_000_000 ? (current === 0 ? 1 : current) * 1_000_000 : million;
      current = 0;
      seen = true;
      continue;
    }
    if (w === 'dozen') {
      current = (current === 0 ? 1 : current) * 12;
      seen = true;
      continue;
    }
    break;
  }
  if (!seen) return undefined;
  return { value: total + current, start: i, end: j, form: 'words' };
}

function word(raw: string | undefined): string | undefined {
  if (raw === undefined || /^\d/.test(raw)) return undefined;
  return stripProclitic(raw, isNumberWord);
}

/** A word that can continue a number: a number word or a plural scale ("ثلاثة آلاف"). */
function isPartWord(w: string): boolean {
  return isNumberWord(w) || THOUSANDS_PLURAL.has(w) || MILLIONS_PLURAL.has(w);
}

/** Inside a number, "وعشرون" is "and twenty". */
function stripAnd(raw: string): string | undefined {
  if (isPartWord(raw)) return raw;
  if (raw.startsWith('و') && isPartWord(raw.slice(1))) return raw.slice(1);
  return undefined;
}

function isNumberStart(raw: string | undefined): boolean {
  return raw !== undefined && (/^\d/.test(raw) || word(raw) !== undefined);
}

/**
 * True when a number starts at this token.
 *
 * @example
 * ```ts
 * startsNumber(countTokens('a dozen'), 0); //=> true
 * ```
 */
export function startsNumber(tokens: readonly CountToken[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (/^\d/.test(t)) return true;
  if ((t === 'a' || t === 'an') && ['hundred', 'thousand', 'dozen', 'million'].includes(tokens[i + 1] ?? '')) return true;
  if (t === 'half' && tokens[i + 1] === 'a' && tokens[i + 2] === 'dozen') return true;
  return word(t) !== undefined;
}

// Vague words. Multi-word phrases are matched before single words.
const VAGUE_PHRASES: [string[], VagueQuantity][] = (
  [
    ['tens of thousands', 'tens_of_thousands'],
    ['hundreds of thousands', 'hundreds_of_thousands'],
    ['عشرات الالاف', 'tens_of_thousands'],
    ['عشرات آلاف', 'tens_of_thousands'],
    ['مئات الالاف', 'hundreds_of_thousands'],
    ['مئات آلاف', 'hundreds_of_thousands'],
    ['several hundred', 'hundreds'],
    ['a few hundred', 'hundreds'],
    ['few hundred', 'hundreds'],
    ['several thousand', 'thousands'],
    ['a few thousand', 'thousands'],
    ['several dozen', 'dozens'],
    ['a few dozen', 'dozens'],
    ['عدة مئات', 'hundreds'],
    ['بضع مئات', 'hundreds'],
    ['بضعة مئات', 'hundreds'],
    ['عدة آلاف', 'thousands'],
    ['بضعة آلاف', 'thousands'],
    ['بضع آلاف', 'thousands'],
    ['عدة عشرات', 'tens'],
    ['بضع عشرات', 'tens'],
    ['a couple of', 'couple'],
    ['a couple', 'couple'],
    ['a few', 'few'],
    ['a handful', 'few'],
    ['a number of', 'a_number'],
    ['a lot of', 'many'],
    ['lots of', 'many'],
    ['a large number of', 'many'],
    ['large numbers of', 'many'],
    ['عدد كبير', 'many'],
    ['اعداد كبيره', 'many'],
    ['عدد من', 'a_number'],
    ['عدد قليل', 'few'],
    ['tens of', 'tens'],
  ] as [string, VagueQuantity][]
).map(([p, q]) => [p.split(' ').map(key), q]);

const VAGUE_WORDS = new Map<string, VagueQuantity>(
  (
    [
      ['few', 'few'],
      ['handful', 'few'],
      ['قليل', 'few'],
      ['قليلون', 'few'],
      ['قله', 'few'],
      ['بعض', 'few'],
      ['several', 'several'],
      ['various', 'several'],
      ['عده', 'several'],
      ['بضع', 'several'],
      ['بضعه', 'several'],
      ['many', 'many'],
      ['numerous', 'many'],
      ['countless', 'many'],
      ['كثير', 'many'],
      ['كثيرون', 'many'],
      ['كثيرين', 'many'],
      ['الكثير', 'many'],
      ['العديد', 'many'],
      ['عديد', 'many'],
      ['عديدون', 'many'],
      ['dozens', 'dozens'],
      ['scores', 'dozens'],
      ['عشرات', 'tens'],
      ['العشرات', 'tens'],
      ['hundreds', 'hundreds'],
      ['مئات', 'hundreds'],
      ['المئات', 'hundreds'],
      ['thousands', 'thousands'],
      ['الاف', 'thousands'],
      ['آلاف', 'thousands'],
      ['الالاف', 'thousands'],
    ] as [string, VagueQuantity][]
  ).map(([w, q]) => [key(w), q]),
);

/**
 * A vague quantity read from the tokens.
 *
 * @example
 * ```ts
 * findVague(countTokens('dozens')); //=> { quantity: 'dozens', start: 0, end: 1 }
 * ```
 */
export interface VagueRead {
  quantity: VagueQuantity;
  start: number;
  end: number;
}

/**
 * Finds the first vague quantity word or phrase: "dozens", "العشرات", "several hundred",
 * "عشرات الآلاف", "عدد من".
 *
 * @example
 * ```ts
 * findVague(countTokens('فقدت العشرات من عناصرها')); //=> { quantity: 'tens', start: 1, end: 2 }
 * ```
 */
export function findVague(tokens: readonly CountToken[]): VagueRead | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const first = stripProclitic(tokens[i] ?? '', isVagueStart);
    if (first === undefined) continue;
    for (const [phrase, quantity] of VAGUE_BY_FIRST.get(first) ?? []) {
      if (phrase.every((p, k) => k === 0 || tokens[i + k] === p)) return { quantity, start: i, end: i + phrase.length };
    }
    const q = VAGUE_WORDS.get(first);
    if (q !== undefined) return { quantity: q, start: i, end: i + 1 };
  }
  return undefined;
}

/** Vague phrases by their first word, longest first. */
const VAGUE_BY_FIRST = new Map<string, [string[], VagueQuantity][]>();
for (const entry of [...VAGUE_PHRASES].sort((a, b) => b[0].length - a[0].length)) {
  const head = entry[0][0] ?? '';
  VAGUE_BY_FIRST.set(head, [...(VAGUE_BY_FIRST.get(head) ?? []), entry]);
}

function isVagueStart(w: string): boolean {
  return VAGUE_BY_FIRST.has(w) || VAGUE_WORDS.has(w);
}

// Nouns with a broken plural, so that their -ين / -ان form is a dual: عنصرين = two members.
const DUAL_STEMS = new Set(
  ['شخص', 'عنصر', 'جندي', 'طفل', 'رجل', 'ضابط', 'قتيل', 'جريح', 'شاب', 'شقيق', 'اخ', 'ابن', 'راعي', 'طبيب', 'حارس', 'شرطي', 'قائد', 'امير', 'سجين', 'ولد', 'طالب', 'مختار', 'شيخ', 'صبي'].map(key),
);
// Nouns whose -ين form is also their sound plural: مدنيين may be "two civilians" or "civilians".
const AMBIGUOUS_STEMS = new Set(
  ['مدني', 'ناشط', 'مقاتل', 'مسلح', 'صحفي', 'مواطن', 'عامل', 'مزارع', 'معتقل', 'قيادي', 'مدرس', 'موظف', 'اعلامي', 'مسعف', 'متطوع', 'مهندس', 'مصاب', 'مفقود', 'مخطوف', 'مختطف', 'عسكري'].map(key),
);
// Feminine nouns whose -تين / -تان form is a dual: ناشطتين = two (women) activists.
const FEMININE_STEMS = new Set(
  ['ناشطه', 'امراه', 'سيده', 'فتاه', 'طفله', 'طالبه', 'ممرضه', 'صحفيه', 'مدنيه', 'عامله', 'معلمه', 'مواطنه', 'شقيقه', 'ابنه', 'رهينه', 'عضوه', 'مسعفه', 'طبيبه', 'اعلاميه', 'مقاتله', 'مجندة', 'شابه'].map(key),
);

/**
 * A dual noun read from the tokens.
 *
 * @example
 * ```ts
 * findDual(countTokens('مدنيين'))?.ambiguous; //=> true
 * ```
 */
export interface DualRead {
  start: number;
  /** The singular the dual was read from. */
  stem: string;
  /** True when the form may also be a plural (مدنيين). */
  ambiguous: boolean;
}

/**
 * Finds the first Arabic dual noun: "شخصين", "عنصرين", "جنديين", "ناشطتين", "ناشطتان". Masculine
 * forms count only for nouns whose plural is broken (عنصر → عناصر), so that "مدنيين" (civilians,
 * or two civilians) is reported as ambiguous instead of counted.
 *
 * @example
 * ```ts
 * findDual(countTokens('اغتيال ناشطتين')); //=> { start: 1, stem: 'ناشطه', ambiguous: false }
 * ```
 */
export function findDual(tokens: readonly CountToken[]): DualRead | undefined {
  let ambiguous: DualRead | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i] ?? '';
    const forms = [raw, ...['ال', 'وال', 'بال', 'لل', 'و', 'ب', 'ل'].filter((p) => raw.startsWith(p) && raw.length > p.length + 3).map((p) => raw.slice(p.length))];
    for (const w of forms) {
      const fem = /^(.{2,})(?:تين|تان|تي|تا)$/.exec(w);
      if (fem?.[1] !== undefined && FEMININE_STEMS.has(`${fem[1]}ه`)) return { start: i, stem: `${fem[1]}ه`, ambiguous: false };
      const masc = /^(.{2,}?)(?:ين|ان)$/.exec(w);
      const stem = masc?.[1];
      if (stem === undefined) continue;
      if (DUAL_STEMS.has(stem)) return { start: i, stem, ambiguous: false };
      if (AMBIGUOUS_STEMS.has(stem) && ambiguous === undefined) ambiguous = { start: i, stem, ambiguous: true };
    }
  }
  return ambiguous;
}
