// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAcledCsv, readAcledCsv, streamAcledCsv } from '../../src/io/from-acled-csv.js';
import { readUcdpCsv } from '../../src/io/from-ucdp-csv.js';
import { toCsv, writeCsv } from '../../src/io/to-csv.js';
import type { ConflictEvent } from '../../src/schema/event.js';
import { ACLED_SAMPLE, UCDP_SAMPLE, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

const cells = (text: string): string[][] => Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter: ',', skipEmptyLines: true }).data;
/** R's write.csv writes NA as an empty cell and "" as `""`; parsing makes both empty. */
const naAsEmpty = (text: string): string => text.replaceAll(',""', ',');
const formulaStart = /^[=+\-@\t\r]/;

/** Compares two parsed CSVs cell by cell; returns the cells that differ. */
function cellDiffs(a: string[][], b: string[][]): { row: number; col: number; from: string; to: string }[] {
  const out = [];
  for (let r = 0; r < Math.max(a.length, b.length); r++) {
    const x = a[r] ?? [];
    const y = b[r] ?? [];
    for (let c = 0; c < Math.max(x.length, y.length); c++) if (x[c] !== y[c]) out.push({ row: r, col: c, from: x[c] ?? '<none>', to: y[c] ?? '<none>' });
  }
  return out;
}

describe.each([
  { name: 'ACLED', path: ACLED_SAMPLE, layout: 'acled' as const, read: readAcledCsv, rows: 528, columns: 31 },
  { name: 'UCDP GED', path: UCDP_SAMPLE, layout: 'ucdp' as const, read: readUcdpCsv, rows: 1000, columns: 49 },
])('$name sample: read, then write back in its own layout', ({ path, layout, read, rows, columns }) => {
  const original = readFileSync(path, 'utf8');
  let events: ConflictEvent[] = [];

  it('reads every row into an event, with no error', async () => {
    const result = await read(path);
    events = result.value;
    expect(events).toHaveLength(rows);
    expect(result.issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(result.issues.every((i) => i.file === path && typeof i.line === 'number' && i.line >= 2)).toBe(true);
  });

  it('reproduces every cell with spreadsheet safety off', () => {
    const back = toCsv(events, { layout, spreadsheetSafe: false }).value;
    const parsed = cells(back);
    expect(parsed[0]).toHaveLength(columns);
    expect(cellDiffs(cells(original), parsed)).toEqual([]);
  });

  it('with spreadsheet safety on (default), differs only by the quote before text cells that start like a formula', async () => {
    const file = join(tmp.dir, `${layout}.csv`);
    await writeCsv(events, file, { layout });
    const diffs = cellDiffs(cells(original), cells(readFileSync(file, 'utf8')));
    for (const d of diffs) {
      expect(formulaStart.test(d.from)).toBe(true);
      expect(d.to).toBe(`'${d.from}`);
    }
    // No number is ever escaped: every escaped cell is text.
    expect(diffs.every((d) => Number.isNaN(Number(d.from)))).toBe(true);
  });

  it("reproduces the bytes with R's quoting (quotes: 'text'), up to NA versus \"\"", () => {
    const back = toCsv(events, { layout, quotes: 'text', spreadsheetSafe: false }).value;
    expect(naAsEmpty(back)).toBe(naAsEmpty(original));
  });
});

describe('UCDP GED sample, bytes', () => {
  it("is byte-identical when written with quotes: 'text' (it has no \"\" cells)", async () => {
    const { value } = await readUcdpCsv(UCDP_SAMPLE);
    expect(toCsv(value, { layout: 'ucdp', quotes: 'text', spreadsheetSafe: false }).value).toBe(readFileSync(UCDP_SAMPLE, 'utf8'));
  });

  it('names the right line in issues (id 236880: best 2, low 3)', async () => {
    const { issues } = await readUcdpCsv(UCDP_SAMPLE);
    const lines = readFileSync(UCDP_SAMPLE, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.startsWith('236880,')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'count_unordered', event: 'ucdp:236880', line, file: UCDP_SAMPLE }));
  });
});

describe('ACLED CSV reader', () => {
  const original = readFileSync(ACLED_SAMPLE, 'utf8');

  it('counts lines exactly when quoted cells span lines, and tolerates a BOM and CRLF', async () => {
    const rows = original.split('\n');
    // Line 3 (IRQ35662) gets a notes cell with two line breaks; every later row moves down two lines.
    rows[2] = rows[2]!.replace('"On 5 January 2022, unknown militants', '"On 5 January 2022,\nunknown\nmilitants');
    const text = '\ufeff' + rows.join('\r\n');
    const records = [];
    for await (const r of streamAcledCsv(Readable.from([text]))) records.push(r);
    expect(records).toHaveLength(528);
    expect(records[0]).toMatchObject({ line: 2, value: { id: 'acled:IRQ35656' } });
    expect(records[1]).toMatchObject({ line: 3, value: { id: 'acled:IRQ35662' } });
    expect(records[1]!.value!.notes).toContain('On 5 January 2022,\nunknown\nmilitants');
    expect(records[2]).toMatchObject({ line: 6, value: { id: 'acled:IRQ35711' } });
    expect(records[527]!.line).toBe(531);
  });

  it('reports rows with too few or too many fields on their line, and reads them', async () => {
    const rows = original.split('\n');
    rows[1] = rows[1]!.split(',').slice(0, 20).join(',');
    rows[3] = `${rows[3]!},"extra"`;
    const { value, issues } = await parseAcledCsv(rows.slice(0, 5).join('\n'), { file: 'cut.csv' });
    expect(value).toHaveLength(4);
    expect(issues.filter((i) => i.code === 'field_count')).toMatchObject([
      { level: 'warning', file: 'cut.csv', line: 2 },
      { level: 'warning', file: 'cut.csv', line: 4 },
    ]);
    expect(issues.find((i) => i.line === 4 && i.code === 'field_count')?.message).toContain('"extra"');
  });

  it('reads a legacy header (numeric inter codes, no disorder_type) without warning about the columns legacy exports lack', async () => {
    const parsed = cells(original).slice(0, 4);
    const keep = parsed[0]!.map((c, i) => (['disorder_type', 'civilian_targeting', 'tags'].includes(c) ? -1 : i)).filter((i) => i >= 0);
    const legacy = Papa.unparse(parsed.map((r) => keep.map((i) => r[i]!)), { newline: '\n' });
    const { value, issues } = await parseAcledCsv(legacy);
    expect(value.map((e) => e.id)).toEqual(['acled:IRQ35656', 'acled:IRQ35662', 'acled:IRQ35711']);
    expect(issues.filter((i) => i.code === 'missing_columns')).toEqual([]);
  });

  it('gives one clear error for a file that is not ACLED', async () => {
    const ucdp = await readAcledCsv(UCDP_SAMPLE);
    expect(ucdp.value).toEqual([]);
    expect(ucdp.issues).toMatchObject([{ code: 'wrong_layout', level: 'error', line: 1, file: UCDP_SAMPLE }]);
    expect(ucdp.issues[0]!.message).toMatch(/is a UCDP GED file, not an ACLED export .*; read it with readUcdpCsv$/);
    const other = await parseAcledCsv('name,value\nx,1\n');
    expect(other.issues).toMatchObject([{ code: 'unknown_header', level: 'error', line: 1 }]);
    expect(other.issues[0]!.message).toContain('"name", "value"');
    const empty = await parseAcledCsv('');
    expect(empty.issues).toMatchObject([{ code: 'empty_file', level: 'error' }]);
    const missing = await readAcledCsv(join(tmp.dir, 'missing.csv'));
    expect(missing.issues).toMatchObject([{ code: 'cannot_read', level: 'error' }]);
  });

  it('warns once when a current header lacks columns', async () => {
    const parsed = cells(original).slice(0, 3);
    const keep = parsed[0]!.map((c, i) => (c === 'timestamp' ? -1 : i)).filter((i) => i >= 0);
    const text = Papa.unparse(parsed.map((r) => keep.map((i) => r[i]!)), { newline: '\n' });
    const { value, issues } = await parseAcledCsv(text);
    expect(value).toHaveLength(2);
    expect(issues.filter((i) => i.code === 'missing_columns')).toMatchObject([{ level: 'warning', line: 1 }]);
    expect(issues.find((i) => i.code === 'missing_columns')?.message).toContain('timestamp');
  });
});

describe('ACLED layout of events that were not imported from ACLED', () => {
  it('derives the cells, leaves what the event lacks empty, and follows the options', async () => {
    const { fixtureEvents } = await import('./helpers.js');
    const [seed] = fixtureEvents();
    const parsed = cells(toCsv([seed!], { layout: 'acled', acled: { interCodes: 'numeric', civilianTargeting: 'Civilians targeted' } }).value);
    const row = Object.fromEntries(parsed[0]!.map((c, i) => [c, parsed[1]![i]]));
    expect(row.event_type).toBe('Violence against civilians');
    expect(row.civilian_targeting).toBe('Civilians targeted');
    expect(row.inter1).toMatch(/^\d$/);
    expect(row.latitude).toBe('35.336');
    expect(row.timestamp).toBe('');
    expect(row.source_scale).toBe('');
    expect(() => toCsv([seed!], { layout: 'acled', acled: { interCodes: 'roman' as 'text' } })).toThrow(TypeError);
  });

  it('keeps extra columns of the first imported row (legacy data_id, iso3) and warns about later ones', async () => {
    const { value } = await readAcledCsv(ACLED_SAMPLE);
    const first = { ...value[0]!, codes: { acled: { ...value[0]!.codes!.acled!, data_id: '9001' } } };
    const second = { ...value[1]!, codes: { acled: { ...value[1]!.codes!.acled!, iso3: 'IRQ' } } };
    const { value: text, issues } = toCsv([first, second], { layout: 'acled' });
    const parsed = cells(text);
    expect(parsed[0]).toHaveLength(32);
    expect(parsed[0]![31]).toBe('data_id');
    expect(parsed[1]![31]).toBe('9001');
    expect(issues).toMatchObject([{ code: 'column_not_in_header', level: 'warning', event: 'acled:IRQ35662' }]);
  });
});
