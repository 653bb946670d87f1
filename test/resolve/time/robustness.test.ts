// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
/**
 * Whatever the text, the resolver returns a schema-valid date, never throws on user text, and
 * findDates gives ordered, non-overlapping spans that are exactly the text at their offsets.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EventDateSchema } from '../../../src/schema/date.js';
import { findDates, resolveDate } from '../../../src/resolve/time/index.js';
import { sharedPath } from '../../helpers/shared.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const seed = readFileSync(sharedPath('seed/000_af08a84683ad50d3.txt'), 'utf8');
const table = JSON.parse(readFileSync(resolve(repoRoot, 'test/fixtures/time/expressions.json'), 'utf8')) as { expressions: { text: string }[] };

/** A small deterministic PRNG (mulberry32), so that failures reproduce. */
function prng(seedValue: number): () => number {
  let a = seedValue;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('robustness', () => {
  const random = prng(20210222);
  const pieces = [...table.expressions.map((r) => r.text), '😀', '\u200f', 'ـــ', '١٢', '/', '-', ' و', ' and ', '(', ')', '\n', 'من', 'between', '2019', '31', '0'];
  const texts: string[] = [];
  for (let i = 0; i < 300; i++) {
    const n = 1 + Math.floor(random() * 4);
    let t = '';
    for (let j = 0; j < n; j++) t += `${pieces[Math.floor(random() * pieces.length)] ?? ''} `;
    texts.push(t);
  }
  for (let i = 0; i < 100; i++) {
    const start = Math.floor(random() * seed.length);
    texts.push(seed.slice(start, start + Math.floor(random() * 200)));
  }

  it('resolves any text to a schema-valid EventDate that keeps the text', () => {
    for (const text of texts) {
      for (const context of [{ published: '2021-02-22' }, {}, { published: '2021-02-21T23:30:00Z', timeZone: 'Asia/Damascus' }]) {
        const r = resolveDate(text, context);
        expect(r.value.text).toBe(text);
        expect(EventDateSchema.safeParse(r.value).success, JSON.stringify([text, r.value])).toBe(true);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        for (const i of r.issues) expect(['error', 'warning', 'info']).toContain(i.level);
      }
    }
  });

  it('finds ordered, non-overlapping spans that match the text', () => {
    for (const text of texts) {
      const cps = Array.from(text);
      const { value } = findDates(text, { published: '2021-02-22' });
      let last = 0;
      for (const d of value) {
        expect(d.start).toBeGreaterThanOrEqual(last);
        expect(d.end).toBeGreaterThan(d.start);
        expect(cps.slice(d.start, d.end).join('')).toBe(d.text);
        expect(EventDateSchema.safeParse(d.value).success).toBe(true);
        last = d.end;
      }
    }
  });
});
