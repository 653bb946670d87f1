/**
 * The table of real-style date expressions (test/fixtures/time/expressions.json): each text with
 * its publication date and the EventDate a coder expects. The expectations were written by hand
 * from the calendar, not taken from this code.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EventDateSchema } from '../../../src/schema/date.js';
import { resolveDate } from '../../../src/resolve/time/index.js';

interface Row {
  text: string;
  published?: string;
  timeZone?: string;
  language?: string;
  expected: { start?: string; end?: string; precision: string };
  issue?: string;
  note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const table = JSON.parse(readFileSync(join(here, '../../fixtures/time/expressions.json'), 'utf8')) as { expressions: Row[] };

describe('resolveDate on the expression table', () => {
  it('has at least 150 expressions in Arabic and English', () => {
    expect(table.expressions.length).toBeGreaterThanOrEqual(150);
    expect(table.expressions.filter((r) => /[\u0600-\u06FF]/.test(r.text)).length).toBeGreaterThanOrEqual(75);
    expect(table.expressions.filter((r) => !/[\u0600-\u06FF]/.test(r.text)).length).toBeGreaterThanOrEqual(60);
  });

  it.each(table.expressions.map((r) => [`${r.text} @ ${r.published ?? 'no date'}${r.timeZone !== undefined ? ` ${r.timeZone}` : ''}`, r] as const))('%s', (_name, row) => {
    const context: { published?: string; timeZone?: string; language?: string } = {};
    if (row.published !== undefined) context.published = row.published;
    if (row.timeZone !== undefined) context.timeZone = row.timeZone;
    if (row.language !== undefined) context.language = row.language;
    const r = resolveDate(row.text, context);
    const got: { start?: string; end?: string; precision: string } = { precision: r.value.precision };
    if (r.value.start !== undefined) got.start = r.value.start;
    if (r.value.end !== undefined) got.end = r.value.end;
    expect(got).toEqual(row.expected);
    expect(r.value.text).toBe(row.text);
    expect(EventDateSchema.safeParse(r.value).success).toBe(true);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    if (row.expected.precision === 'unknown') expect(r.issues.length).toBeGreaterThan(0);
    if (row.issue !== undefined) expect(r.issues.map((i) => i.code)).toContain(row.issue);
  });
});
