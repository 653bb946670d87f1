import { describe, expect, it } from 'vitest';
import { codePointLength, convertRange, createOffsetIndex } from '../../src/annotations/offsets.js';

/** Reference conversions, written independently of the index: via Array.from and Intl.Segmenter. */
function referenceUtf16ToCp(text: string, u: number): number | undefined {
  const cps = Array.from(text);
  let acc = 0;
  for (let i = 0; i <= cps.length; i++) {
    if (acc === u) return i;
    if (acc > u) return undefined;
    acc += (cps[i] ?? '').length;
  }
  return undefined;
}

function referenceGraphemeStarts(text: string): number[] {
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const out: number[] = [];
  let cp = 0;
  for (const s of seg.segment(text)) {
    out.push(cp);
    cp += Array.from(s.segment).length;
  }
  out.push(cp);
  return out;
}

const SAMPLES = [
  '',
  'plain ASCII',
  'دير الزور — تنظيم “داعش”',
  'دَيْرُ الزُّورِ with harakat',
  '💩This is an annotation.',
  '👨🏻‍🚒 firemen drive firetrucks',
  'flags 🇱🇧🇸🇾 and keycap 1️⃣',
  'line one\r\nline two\r\n\r\n',
  '\uFEFFBOM then 😀 emoji',
  'हिन्दी देवनागरी',
  '한국어 조합 각',
  'lone \uD800 surrogate and pair 😀',
  'ลำไย Thai sara am',
  '\u0600\u0661 prepended',
];

describe('createOffsetIndex', () => {
  it('is the identity for text without astral characters', () => {
    const index = createOffsetIndex('داعش في البادية');
    expect(index.utf16IsCodePoint).toBe(true);
    expect(index.toCodePoint(5, 'utf16')).toBe(5);
    expect(index.fromCodePoint(5, 'utf16')).toBe(5);
    expect(index.length).toBe(15);
  });

  it('converts UTF-16 offsets after emoji (Label Studio #1347 example)', () => {
    const index = createOffsetIndex('💩This is an annotation.');
    // UTF-16 13..23 is "annotation"; code points 12..22.
    expect(convertRange(index, 13, 23, 'utf16')).toEqual({ start: 12, end: 22 });
    expect(index.slice(12, 22)).toBe('annotation');
    expect(index.toCodePoint(1, 'utf16')).toBeUndefined();
  });

  it('converts doccano grapheme offsets (issue #2290 example)', () => {
    const text = '👨🏻‍🚒 firemen drive firetrucks';
    const index = createOffsetIndex(text);
    // Python (code points) 19..29 is "firetrucks"; doccano UTF-16 gives 22..32; graphemes 16..26.
    expect(index.slice(19, 29)).toBe('firetrucks');
    expect(convertRange(index, 22, 32, 'utf16')).toEqual({ start: 19, end: 29 });
    expect(convertRange(index, 16, 26, 'grapheme')).toEqual({ start: 19, end: 29 });
    expect(index.lengthIn('grapheme')).toBe(26);
  });

  it('counts CRLF as one grapheme', () => {
    const index = createOffsetIndex('a\r\nb');
    expect(index.graphemeIsCodePoint).toBe(false);
    expect(index.toCodePoint(2, 'grapheme')).toBe(3);
    expect(index.fromCodePoint(2, 'grapheme')).toBeUndefined();
  });

  it.each(SAMPLES)('agrees with Array.from and Intl.Segmenter on %j', (text) => {
    const index = createOffsetIndex(text);
    expect(index.length).toBe(Array.from(text).length);
    expect(codePointLength(text)).toBe(Array.from(text).length);
    for (let u = 0; u <= text.length + 1; u++) expect(index.toCodePoint(u, 'utf16')).toBe(referenceUtf16ToCp(text, u));
    const cps = Array.from(text);
    for (let cp = 0; cp <= cps.length; cp++) {
      expect(index.fromCodePoint(cp, 'utf16')).toBe(cps.slice(0, cp).join('').length);
      expect(index.slice(0, cp)).toBe(cps.slice(0, cp).join(''));
    }
    const starts = referenceGraphemeStarts(text);
    expect(index.lengthIn('grapheme')).toBe(starts.length - 1);
    starts.forEach((cp, g) => {
      expect(index.toCodePoint(g, 'grapheme')).toBe(cp);
      expect(index.fromCodePoint(cp, 'grapheme')).toBe(g);
    });
    expect(index.toCodePoint(starts.length, 'grapheme')).toBeUndefined();
  });

  it('uses the identity for graphemes only when no character can join another', () => {
    expect(createOffsetIndex('تنظيم داعش 😀').graphemeIsCodePoint).toBe(true);
    expect(createOffsetIndex('دَير').graphemeIsCodePoint).toBe(false);
  });

  it('rejects negative, fractional and out-of-range offsets', () => {
    const index = createOffsetIndex('abc');
    expect(index.toCodePoint(-1, 'codepoint')).toBeUndefined();
    expect(index.toCodePoint(1.5, 'utf16')).toBeUndefined();
    expect(index.toCodePoint(4, 'codepoint')).toBeUndefined();
    expect(index.fromCodePoint(4, 'utf16')).toBeUndefined();
    expect(convertRange(index, 0, 9, 'codepoint')).toBeUndefined();
  });
});
