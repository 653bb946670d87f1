import { describe, expect, test } from 'vitest';
import { codeUnits, hasHighSurrogate } from '../../src/text/code-units.js';

const REGEX = /[\uD800-\uDBFF]/;
const arabic = 'قتل عنصران من قوات النظام في ريف دير الزور الشرقي. ';

// hasHighSurrogate answers short texts with a regular expression and long ones with a byte search
// in a buffer; both must agree with the regular expression everywhere.
describe('hasHighSurrogate', () => {
  test.each([
    ['', false],
    ['Idlib', false],
    ['داعش', false],
    ['💩', true],
    ['x\uD83D', true],
    ['lone low \uDC00', false],
  ])('short text %j → %s', (text, expected) => {
    expect(hasHighSurrogate(text)).toBe(expected);
  });

  test('long texts: a pair at the start, in the middle, at the end, or none', () => {
    const long = arabic.repeat(40);
    expect(hasHighSurrogate(long)).toBe(false);
    expect(hasHighSurrogate(`😀${long}`)).toBe(true);
    expect(hasHighSurrogate(`${long.slice(0, 900)}𝕏${long.slice(900)}`)).toBe(true);
    expect(hasHighSurrogate(`${long}🇸🇾`)).toBe(true);
    // Every high surrogate value, alone at the end of a long text.
    for (const hi of [0xd800, 0xd9ff, 0xda00, 0xdbff]) expect(hasHighSurrogate(long + String.fromCharCode(hi))).toBe(true);
  });

  test('long texts whose low bytes are D8–DB (Ø Ù Ú Û, Arabic small high marks) have none', () => {
    const latin = 'ØÙÚÛ Ørsted '.repeat(60);
    const marks = '\u06D8\u06D9\u06DA\u06DB بسم '.repeat(60);
    expect(hasHighSurrogate(latin)).toBe(false);
    expect(hasHighSurrogate(marks)).toBe(false);
    expect(hasHighSurrogate(`${marks}💩`)).toBe(true);
  });

  test('a shorter text after a longer one is not confused by what the buffer still holds', () => {
    expect(hasHighSurrogate(`${arabic.repeat(50)}😀`)).toBe(true);
    expect(hasHighSurrogate(arabic.repeat(10))).toBe(false);
  });

  test('agrees with the regular expression on random texts', () => {
    // A small linear congruential generator: the same texts on every run.
    let seed = 12345;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ['a', ' ', 'د', 'Ø', '\u06D8', '\uD83D', '\uDE00', '\uDBFF', 'é', '\n'];
    for (let t = 0; t < 300; t++) {
      const length = next(1200);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[next(next(20) === 0 ? alphabet.length : 5)] ?? '';
      expect(hasHighSurrogate(text)).toBe(REGEX.test(text));
    }
  });
});

describe('codeUnits', () => {
  const same = (text: string): void => {
    const { units, astral } = codeUnits(text);
    expect(units.length).toBeGreaterThanOrEqual(text.length);
    for (let i = 0; i < text.length; i++) expect(units[i]).toBe(text.charCodeAt(i));
    expect(astral).toBe(REGEX.test(text));
  };

  test('gives every code unit and says whether the text has astral characters', () => {
    same('');
    same('[[داعش|Organization]]');
    same('💩 Idlib');
    same(`${arabic.repeat(30)}🇸🇾`);
    same('ØÙÚÛ\u06D8'.repeat(500));
  });

  test('a text after a longer one: its own units and its own answer, not what the buffer held', () => {
    same(`${arabic.repeat(200)}😀`);
    same(arabic.repeat(3));
    // A surrogate left in the buffer by the longer text, beyond this text's end, is not seen.
    const long = `${'a'.repeat(600)}😀`;
    codeUnits(long);
    expect(codeUnits('a'.repeat(600)).astral).toBe(false);
  });
});
