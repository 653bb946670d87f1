// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
/**
 * Real Arabic tweets with emoji before the spans (IDRISI-R, CC BY 4.0), converted to Label
 * Studio and doccano fixtures by test/fixtures/annotations/convert-idrisi.ts: every stored span
 * must come out with the text the dataset gives, under the offset unit each tool writes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDoccano } from '../../src/annotations/doccano/parse-doccano.js';
import type { AnnotatedDocument, OffsetUnit } from '../../src/annotations/document.js';
import { parseLabelStudio } from '../../src/annotations/label-studio/parse-label-studio.js';
import { sharedPath } from '../helpers/shared.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const source = sharedPath('reference-data/annotations/idrisi-ar-crisis-tweets');
const fixtures = resolve(repoRoot, 'test/fixtures/annotations');

interface Tweet {
  tweet_id: string;
  text: string;
  location_mentions: { text: string; type: string; startIdx: number; endIdx: number }[];
}
const tweets = (name: string): Tweet[] =>
  readFileSync(resolve(source, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Tweet);
const DATA = { beirut: tweets('beirut_explosion_2020.dev.sample.jsonl'), cairo: tweets('cairo_bombing_2019.dev.sample.jsonl') };

/** True when an astral character (emoji) comes before one of the tweet's spans. */
function emojiBeforeSpan(t: Tweet): boolean {
  const cps = Array.from(t.text);
  return t.location_mentions.some((m) => cps.slice(0, m.startIdx).some((c) => c.length > 1));
}

function expectSameMentions(docs: AnnotatedDocument[], data: Tweet[]): void {
  expect(docs.map((d) => d.id)).toEqual(data.map((t) => t.tweet_id));
  docs.forEach((doc, i) => {
    const t = data[i]!;
    expect(doc.text).toBe(t.text);
    expect(doc.spans.map((s) => [s.label, s.text, s.fragments[0]!.start, s.fragments[0]!.end])).toEqual(t.location_mentions.map((m) => [m.type, m.text, m.startIdx, m.endIdx]));
  });
}

describe('IDRISI Arabic tweets', () => {
  it('has emoji before spans in both samples (the case the conversion is about)', () => {
    expect(DATA.beirut.filter(emojiBeforeSpan).length).toBeGreaterThan(0);
    expect(DATA.cairo.filter(emojiBeforeSpan).length).toBeGreaterThan(0);
    const mentions = [...DATA.beirut, ...DATA.cairo].reduce((n, t) => n + t.location_mentions.length, 0);
    expect(mentions).toBe(102);
  });

  describe.each(['beirut', 'cairo'] as const)('Label Studio, %s', (city) => {
    it.each(['codepoint', 'utf16'] as const)('%s export: spans match, and the unit is detected per task', (unit) => {
      const { value, issues } = parseLabelStudio(readFileSync(resolve(fixtures, `label-studio/idrisi-${city}.${unit}.json`), 'utf8'));
      expectSameMentions(value, DATA[city]);
      expect(issues.filter((i) => i.code !== 'offset_unit_detected')).toEqual([]);
      value.forEach((doc, i) => {
        const expected: OffsetUnit = unit === 'utf16' && emojiBeforeSpan(DATA[city][i]!) ? 'utf16' : 'codepoint';
        expect(doc.sourceOffsetUnit).toBe(expected);
      });
      expect(issues.length).toBe(unit === 'utf16' ? DATA[city].filter(emojiBeforeSpan).length : 0);
    });
  });

  it.each([
    ['utf16', undefined],
    ['codepoint', 'codepoint'],
    ['grapheme', 'grapheme'],
  ] as const)('doccano %s export read with offsetUnit %s: spans match', (unit, option) => {
    const jsonl = readFileSync(resolve(fixtures, `doccano/idrisi-beirut.${unit}.jsonl`), 'utf8');
    const { value, issues } = parseDoccano(jsonl, option === undefined ? {} : { offsetUnit: option });
    expect(issues).toEqual([]);
    expectSameMentions(value, DATA.beirut);
    expect(value.every((d) => d.sourceOffsetUnit === unit)).toBe(true);
  });

  it('doccano code point offsets read as UTF-16 (the default) go wrong exactly where emoji precede the spans', () => {
    const jsonl = readFileSync(resolve(fixtures, 'doccano/idrisi-beirut.codepoint.jsonl'), 'utf8');
    const { value, issues } = parseDoccano(jsonl);
    const wrong = DATA.beirut.filter((t) => {
      const doc = value.find((d) => d.id === t.tweet_id);
      const ok = doc !== undefined && doc.spans.length === t.location_mentions.length && doc.spans.every((s, j) => s.text === t.location_mentions[j]!.text);
      expect(ok).toBe(!emojiBeforeSpan(t));
      return !ok;
    });
    expect(wrong.length).toBe(DATA.beirut.filter(emojiBeforeSpan).length);
    // Offsets that split a surrogate pair are reported, with the hint to read code points.
    for (const i of issues) expect(i.message).toContain('code points');
  });
});
