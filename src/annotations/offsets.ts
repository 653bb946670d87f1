/**
 * Offset conversion between the units annotation tools write (UTF-16 code units, Unicode code
 * points, extended grapheme clusters) and the library's unit, code points. One index per text;
 * when the text has no astral characters (no surrogate pairs) UTF-16 offsets are code points and
 * the conversion is the identity, and when nothing in it can join code points into one grapheme
 * the grapheme conversion is the identity too.
 */
import { hasHighSurrogate } from '../text/code-units.js';
import type { OffsetUnit } from './document.js';

/**
 * Characters that can make a grapheme cluster longer than one code point (UAX #29): CR LF,
 * extending and spacing marks, ZWJ/ZWNJ and other format characters, Hangul jamo, regional
 * indicators, emoji modifiers, prepended concatenation marks, Thai/Lao SARA AM. A text without any of them has one
 * grapheme per code point.
 */
const GRAPHEME_JOINERS =
  /\r\n|[\p{Grapheme_Extend}\p{Mc}\p{Cf}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\p{Regional_Indicator}\p{Emoji_Modifier}\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u0E33\u0EB3\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}]/u;

/**
 * Converts offsets of one text between units. Build it once per text with
 * {@link createOffsetIndex}; every conversion is then O(log n) at worst, O(1) on the fast paths.
 *
 * @example
 * ```ts
 * const index = createOffsetIndex('💩 داعش');
 * index.toCodePoint(3, 'utf16'); //=> 2
 * index.fromCodePoint(2, 'utf16'); //=> 3
 * ```
 */
export interface OffsetIndex {
  /** The text. */
  readonly text: string;
  /** Its length in code points. */
  readonly length: number;
  /** True when the text has no surrogate pairs, so UTF-16 offsets are code points. */
  readonly utf16IsCodePoint: boolean;
  /** True when every grapheme is one code point, so grapheme offsets are code points. */
  readonly graphemeIsCodePoint: boolean;
  /**
   * Converts an offset in `unit` to code points; `undefined` when it is out of range or falls
   * inside a surrogate pair (UTF-16) — not a boundary in that unit.
   */
  toCodePoint(offset: number, unit: OffsetUnit): number | undefined;
  /** Converts a code point offset to `unit`; `undefined` when out of range or not a boundary in `unit` (grapheme). */
  fromCodePoint(offset: number, unit: OffsetUnit): number | undefined;
  /** The length of the text in `unit`. */
  lengthIn(unit: OffsetUnit): number;
  /** The text between two code point offsets. */
  slice(start: number, end: number): string;
  /** The UTF-16 index of a code point offset (for `String.prototype.slice`). */
  utf16At(offset: number): number;
}

/** Index of the largest element of `sorted` that is < `value`, plus one (= count of elements < value). */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class Index implements OffsetIndex {
  readonly text: string;
  readonly length: number;
  readonly utf16IsCodePoint: boolean;
  /** UTF-16 indices of the high surrogates of the surrogate pairs. */
  private readonly pairsU16: number[];
  /** Code point offsets of the same characters. */
  private readonly pairsCp: number[];
  private graphemeStarts: number[] | undefined;
  private identity: boolean | undefined;

  constructor(text: string) {
    this.text = text;
    this.pairsU16 = [];
    this.pairsCp = [];
    if (hasHighSurrogate(text)) {
      for (let i = 0; i < text.length - 1; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            this.pairsCp.push(i - this.pairsU16.length);
            this.pairsU16.push(i);
            i++;
          }
        }
      }
    }
    this.utf16IsCodePoint = this.pairsU16.length === 0;
    this.length = text.length - this.pairsU16.length;
  }

  /** True when no character of the text can join another into one grapheme (computed on first use). */
  private get graphemeIdentity(): boolean {
    this.identity ??= !GRAPHEME_JOINERS.test(this.text);
    return this.identity;
  }

  get graphemeIsCodePoint(): boolean {
    if (this.graphemeIdentity) return true;
    return this.graphemes().length - 1 === this.length;
  }

  private graphemes(): number[] {
    if (this.graphemeStarts !== undefined) return this.graphemeStarts;
    const starts: number[] = [];
    if (this.graphemeIdentity) {
      for (let i = 0; i <= this.length; i++) starts.push(i);
    } else {
      const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
      for (const seg of segmenter.segment(this.text)) starts.push(this.u16ToCp(seg.index));
      starts.push(this.length);
    }
    this.graphemeStarts = starts;
    return starts;
  }

  private u16ToCp(u: number): number {
    return this.utf16IsCodePoint ? u : u - countBelow(this.pairsU16, u);
  }

  utf16At(offset: number): number {
    return this.utf16IsCodePoint ? offset : offset + countBelow(this.pairsCp, offset);
  }

  toCodePoint(offset: number, unit: OffsetUnit): number | undefined {
    if (!Number.isInteger(offset) || offset < 0) return undefined;
    if (unit === 'codepoint') return offset <= this.length ? offset : undefined;
    if (unit === 'utf16') {
      if (offset > this.text.length) return undefined;
      if (this.utf16IsCodePoint) return offset;
      const below = countBelow(this.pairsU16, offset);
      // Inside a pair: the previous pair starts one unit before the offset.
      if (below > 0 && this.pairsU16[below - 1] === offset - 1) return undefined;
      return offset - below;
    }
    if (this.graphemeIdentity) return offset <= this.length ? offset : undefined;
    return this.graphemes()[offset];
  }

  fromCodePoint(offset: number, unit: OffsetUnit): number | undefined {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.length) return undefined;
    if (unit === 'codepoint') return offset;
    if (unit === 'utf16') return this.utf16At(offset);
    if (this.graphemeIdentity) return offset;
    const starts = this.graphemes();
    const i = countBelow(starts, offset);
    return starts[i] === offset ? i : undefined;
  }

  lengthIn(unit: OffsetUnit): number {
    if (unit === 'codepoint') return this.length;
    if (unit === 'utf16') return this.text.length;
    return this.graphemeIdentity ? this.length : this.graphemes().length - 1;
  }

  slice(start: number, end: number): string {
    if (this.utf16IsCodePoint) return this.text.slice(start, end);
    return this.text.slice(this.utf16At(start), this.utf16At(end));
  }
}

/**
 * Builds the offset index of a text. Cheap for BMP-only text (Arabic, Latin): a single regular
 * expression test, and every conversion becomes the identity.
 *
 * @example
 * ```ts
 * const index = createOffsetIndex('a😀b');
 * index.length; //=> 3
 * index.slice(1, 2); //=> '😀'
 * index.toCodePoint(2, 'utf16'); //=> undefined (inside the surrogate pair)
 * ```
 */
export function createOffsetIndex(text: string): OffsetIndex {
  return new Index(text);
}

/**
 * The length of a text in code points.
 *
 * @example
 * ```ts
 * codePointLength('😀x'); //=> 2
 * ```
 */
export function codePointLength(text: string): number {
  if (!hasHighSurrogate(text)) return text.length;
  return createOffsetIndex(text).length;
}

/**
 * Converts a `[start, end)` pair in `unit` to code points of the index's text; `undefined` when
 * either end is out of range or not a boundary in that unit.
 *
 * @example
 * ```ts
 * convertRange(createOffsetIndex('😀 Idlib'), 3, 8, 'utf16'); //=> { start: 2, end: 7 }
 * ```
 */
export function convertRange(index: OffsetIndex, start: number, end: number, unit: OffsetUnit): { start: number; end: number } | undefined {
  const s = index.toCodePoint(start, unit);
  const e = index.toCodePoint(end, unit);
  if (s === undefined || e === undefined) return undefined;
  return { start: s, end: e };
}
