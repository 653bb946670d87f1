/**
 * Throughput of the date resolver on a realistic mix of Arabic and English date expressions from
 * Syria/Iraq reporting, against chrono-node's own casual parser on the same strings (the library
 * it builds on), measured in the same process.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ar, en } from 'chrono-node';
import { findDates, resolveDate } from '../src/resolve/time/index.js';
import { measure, report } from './harness.js';
import { sharedPath } from '../test/helpers/shared.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Row {
  text: string;
  published?: string;
  timeZone?: string;
  language?: string;
}

export async function run(): Promise<void> {
  const table = JSON.parse(await readFile(resolve(here, '../test/fixtures/time/expressions.json'), 'utf8')) as { expressions: Row[] };
  const rows = table.expressions.filter((r) => r.published !== undefined);
  const arabic = rows.filter((r) => /[\u0600-\u06FF]/.test(r.text));
  const english = rows.filter((r) => !/[\u0600-\u06FF]/.test(r.text));
  const reference = new Date(2021, 1, 22, 12);

  const resolveAll = (list: Row[]) => () => {
    for (const r of list) {
      const context: { published?: string; timeZone?: string; language?: string } = {};
      if (r.published !== undefined) context.published = r.published;
      if (r.timeZone !== undefined) context.timeZone = r.timeZone;
      if (r.language !== undefined) context.language = r.language;
      resolveDate(r.text, context);
    }
  };
  const chronoAll = (list: Row[]) => () => {
    for (const r of list) (/[\u0600-\u06FF]/.test(r.text) ? ar.casual : en.GB).parse(r.text, reference);
  };

  const all = measure('chrono-node casual parse (ar / en.GB)', chronoAll(rows), { items: rows.length, minMs: 1500 });
  report(`resolveDate on ${String(rows.length)} expressions (${String(arabic.length)} Arabic, ${String(english.length)} English)`, all, [
    measure('resolveDate, all', resolveAll(rows), { items: rows.length, minMs: 1500 }),
  ], 'expressions');

  const arBase = measure('chrono-node ar.casual', chronoAll(arabic), { items: arabic.length, minMs: 1000 });
  report('Arabic only', arBase, [measure('resolveDate, Arabic', resolveAll(arabic), { items: arabic.length, minMs: 1000 })], 'expressions');
  const enBase = measure('chrono-node en.GB', chronoAll(english), { items: english.length, minMs: 1000 });
  report('English only', enBase, [measure('resolveDate, English', resolveAll(english), { items: english.length, minMs: 1000 })], 'expressions');

  // Running text: the seed report (2,100 characters).
  const seed = await readFile(sharedPath('seed/000_af08a84683ad50d3.txt'), 'utf8');
  const seedBase = measure('chrono-node ar.casual on the seed report', () => ar.casual.parse(seed, reference), { minMs: 1000 });
  report('findDates on the seed report', seedBase, [measure('findDates', () => findDates(seed, { published: '2021-02-22', timeZone: 'Asia/Damascus' }), { minMs: 1000 })], 'documents');
}
