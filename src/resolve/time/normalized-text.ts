import { normalizeArabic } from '../../text/normalize-arabic.js';

/**
 * Text prepared for date matching, with a map back to the original. Internal.
 *
 * @example
 * ```ts
 * normalizeForDates('أمسِ').text; //=> 'أمس'
 * ```
 */
export interface NormalizedText {
  /** The original text. */
  original: string;
  /**
   * The text with diacritics, tatweel and direction marks removed, presentation forms folded,
   * Arabic-Indic digits made ASCII and each run of whitespace made one space (the display form of
   * `normalizeArabic`, applied character by character so that offsets can be mapped back).
   */
  text: string;
  /**
   * For each UTF-16 index `i` of `text`, the code-point offset in `original` of the character it
   * came from; `offsets[text.length]` is the code-point length of `original`.
   */
  offsets: Int32Array;
}

const cache = new Map<string, string>();

function normalizeChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    out = normalizeArabic(ch);
    if (cache.size < 4096) cache.set(ch, out);
  }
  return out;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const WHITESPACE = /\s/;

/**
 * Normalizes text for date matching while keeping a map from the normalized text back to
 * code-point offsets of the original.
 *
 * @example
 * ```ts
 * const n = normalizeForDates('قُتِلَ أَمْسِ');
 * n.text; //=> 'قتل أمس'
 * toOriginalRange(n, 4, 7); //=> [7, 12]  (the word أَمْسِ with its vowel marks)
 * ```
 */
export function normalizeForDates(original: string): NormalizedText {
  if (PRINTABLE_ASCII.test(original)) {
    // Printable ASCII: nothing to fold (patterns accept any run of spaces); identity map.
    const offsets = new Int32Array(original.length + 1);
    for (let i = 0; i <= original.length; i++) offsets[i] = i;
    return { original, text: original, offsets };
  }
  const parts: string[] = [];
  const offsets: number[] = [];
  let cp = 0;
  let lastWasSpace = false;
  for (const ch of original) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x20 || WHITESPACE.test(ch)) {
      if (!lastWasSpace) {
        parts.push(' ');
        offsets.push(cp);
        lastWasSpace = true;
      }
    } else {
      // Printable ASCII and the plain Arabic letters (not tatweel) are left as they are.
      const n = (code > 0x20 && code < 0x7f) || (code >= 0x0621 && code <= 0x064a && code !== 0x0640) ? ch : normalizeChar(ch);
      for (let i = 0; i < n.length; i++) offsets.push(cp);
      if (n.length > 0) {
        parts.push(n);
        lastWasSpace = false;
      }
    }
    cp++;
  }
  offsets.push(cp);
  return { original, text: parts.join(''), offsets: Int32Array.from(offsets) };
}

/**
 * Maps a `[start, end)` range of the normalized text to code-point offsets of the original. The
 * end is extended over characters the normalization removed (vowel marks, tatweel) right after
 * the match, so that a word keeps its marks.
 *
 * @example
 * ```ts
 * toOriginalRange(normalizeForDates('٢٠١٩'), 0, 4); //=> [0, 4]
 * ```
 */
export function toOriginalRange(n: NormalizedText, start: number, end: number): [number, number] {
  const s = n.offsets[start] ?? 0;
  if (end <= start) return [s, s];
  const lastChar = n.offsets[end - 1] ?? s;
  // Up to the next kept character: what lies between was removed (marks, tatweel). A following
  // space stands for a whitespace run whose first character is exactly there, so no whitespace
  // is pulled in.
  let e = n.offsets[end] ?? lastChar + 1;
  if (e <= lastChar) e = lastChar + 1;
  return [s, e];
}
