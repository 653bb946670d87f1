/**
 * Regular-expression building blocks shared by the date grammars. Internal.
 */
import { arabicKey } from '../../text/normalize-arabic.js';

/**
 * Left word boundary (Unicode letters and digits).
 *
 * @example
 * ```ts
 * new RegExp(`${LB}May`, 'u').test('Mayday'); //=> true (only the left side is checked)
 * ```
 */
export const LB = '(?<![\\p{L}\\p{N}])';
/**
 * Right word boundary.
 *
 * @example
 * ```ts
 * new RegExp(`May${RB}`, 'u').test('Mayday'); //=> false
 * ```
 */
export const RB = '(?![\\p{L}\\p{N}])';
/**
 * Left boundary for an Arabic word that may carry one or two proclitic letters (و ف ب ل ك):
 * "وأواخر", "بمطلع", "ولغاية". The proclitic is captured in the group `pc`, which `runRules`
 * leaves outside the expression. (A fixed one-character look-behind is much faster than a
 * variable-length one tried at every position.)
 *
 * @example
 * ```ts
 * new RegExp(`${AR_LB}آذار`, 'u').exec('وآذار')?.groups?.pc; //=> 'و'
 * ```
 */
export const AR_LB = '(?<![\\p{L}\\p{N}])(?<pc>[وفبلك]{1,2}(?=[\\p{L}\\p{N}]))?';
/**
 * Optional spaces.
 *
 * @example
 * ```ts
 * new RegExp(`12${S}آذار`, 'u').test('12آذار'); //=> true
 * ```
 */
export const S = '\\s*';
/**
 * Required spaces.
 *
 * @example
 * ```ts
 * new RegExp(`early${SP}2020`, 'u').test('early  2020'); //=> true
 * ```
 */
export const SP = '\\s+';
/**
 * A dash used between two dates: hyphen, en dash, em dash, minus, Arabic tatweel-like kashida removed.
 *
 * @example
 * ```ts
 * new RegExp(DASH, 'u').test('–'); //=> true
 * ```
 */
export const DASH = '[-‐‑‒–—―−]';

const ALEF = '[اأإآٱ]';

/**
 * A regex source matching an Arabic word or phrase in any of its common spellings: the alef with
 * or without hamza or madda, a final taa marbuta or haa, a final alif maqsura or yaa, one or more
 * spaces between words.
 *
 * @example
 * ```ts
 * new RegExp(arabicForm('أواخر'), 'u').test('اواخر'); //=> true
 * ```
 */
export function arabicForm(word: string): string {
  const chars = Array.from(word.trim());
  let out = '';
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    const final = next === undefined || next === ' ';
    if ('اأإآٱ'.includes(c)) out += ALEF;
    else if ((c === 'ة' || c === 'ه') && final) out += '[ةه]';
    else if ((c === 'ى' || c === 'ي') && final) out += '[يى]';
    else if (c === ' ') out += '\\s+';
    else if (c === '.') out += '\\.';
    else out += c;
  });
  return out;
}

/**
 * An alternation (non-capturing) of the given regex sources, longest first, so that the longest
 * form wins.
 *
 * @example
 * ```ts
 * anyOf(['a', 'abc']); //=> '(?:abc|a)'
 * ```
 */
export function anyOf(sources: Iterable<string>): string {
  const list = [...new Set(sources)].sort((a, b) => b.length - a.length);
  return `(?:${list.join('|')})`;
}

/**
 * An alternation of Arabic forms (see {@link arabicForm}).
 *
 * @example
 * ```ts
 * new RegExp(anyArabic(['آذار']), 'u').test('اذار'); //=> true
 * ```
 */
export function anyArabic(words: Iterable<string>): string {
  return anyOf([...words].map(arabicForm));
}

/**
 * Escapes the characters that have a meaning in a regular expression.
 *
 * @example
 * ```ts
 * escapeRegex('Jan.'); //=> 'Jan\\.'
 * ```
 */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation of English words (regex characters escaped, a space matching any spaces).
 *
 * @example
 * ```ts
 * new RegExp(anyEnglish(['the end of']), 'u').test('the  end of'); //=> true
 * ```
 */
export function anyEnglish(words: Iterable<string>): string {
  return anyOf([...words].map((w) => escapeRegex(w).replace(/ /g, '\\s+')));
}

/**
 * A look-up table keyed by a spelling-insensitive key: Arabic through `arabicKey`, Latin in
 * lower case with dots, apostrophes and hyphens dropped.
 *
 * @example
 * ```ts
 * new WordTable([['آذار', 3]]).get('اذار'); //=> 3
 * ```
 */
export class WordTable<T> {
  private readonly map = new Map<string, T>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) this.map.set(WordTable.key(word), value);
  }

  static key(word: string): string {
    return /[\u0600-\u06FF]/.test(word)
      ? arabicKey(word)
      : word
          .toLowerCase()
          .replace(/[.'’ʿʾ`\-\s]/g, '');
  }

  /** Raw spelling → value, so that each spelling is keyed once (keying runs NFKC and several replaces). */
  private readonly memo = new Map<string, T | undefined>();

  get(word: string | undefined): T | undefined {
    if (word === undefined) return undefined;
    if (this.memo.has(word)) return this.memo.get(word);
    const value = this.map.get(WordTable.key(word));
    if (this.memo.size < 4096) this.memo.set(word, value);
    return value;
  }

  words(): string[] {
    return [...this.map.keys()];
  }
}

/**
 * Compiles a grammar rule: sticky-free, global, Unicode, optionally case-insensitive.
 *
 * @example
 * ```ts
 * rule('\\d{4}').flags; //=> 'gu'
 * ```
 */
export function rule(source: string, caseInsensitive = false): RegExp {
  return new RegExp(source, caseInsensitive ? 'giu' : 'gu');
}
