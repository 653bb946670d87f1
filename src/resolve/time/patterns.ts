/**
 * Regular-expression building blocks shared by the date grammars. Internal.
 */
import { arabicKey } from '../../text/normalize-arabic.js';

/** Left word boundary (Unicode letters and digits). */
export const LB = '(?<![\\p{L}\\p{N}])';
/** Right word boundary. */
export const RB = '(?![\\p{L}\\p{N}])';
/**
 * Left boundary for an Arabic word that may carry one or two proclitic letters (و ف ب ل ك):
 * "وأواخر", "بمطلع", "ولغاية". The proclitic stays outside the match.
 */
export const AR_LB = '(?<=(?:^|[^\\p{L}\\p{N}])(?:[وفبلك]{1,2}|ل?ل|وال|بال)?)';
/** Optional spaces. */
export const S = '\\s*';
/** Required spaces. */
export const SP = '\\s+';
/** A dash used between two dates: hyphen, en dash, em dash, minus, Arabic tatweel-like kashida removed. */
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
 */
export function anyOf(sources: Iterable<string>): string {
  const list = [...new Set(sources)].sort((a, b) => b.length - a.length);
  return `(?:${list.join('|')})`;
}

/** An alternation of Arabic forms (see {@link arabicForm}). */
export function anyArabic(words: Iterable<string>): string {
  return anyOf([...words].map(arabicForm));
}

/** Escapes the characters that have a meaning in a regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of English words (regex characters escaped, a space matching any spaces). */
export function anyEnglish(words: Iterable<string>): string {
  return anyOf([...words].map((w) => escapeRegex(w).replace(/ /g, '\\s+')));
}

/**
 * A look-up table keyed by a spelling-insensitive key: Arabic through `arabicKey`, Latin in
 * lower case with dots, apostrophes and hyphens dropped.
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

  get(word: string | undefined): T | undefined {
    return word === undefined ? undefined : this.map.get(WordTable.key(word));
  }

  words(): string[] {
    return [...this.map.keys()];
  }
}

/**
 * Compiles a grammar rule: sticky-free, global, Unicode, optionally case-insensitive.
 */
export function rule(source: string, caseInsensitive = false): RegExp {
  return new RegExp(source, caseInsensitive ? 'giu' : 'gu');
}
