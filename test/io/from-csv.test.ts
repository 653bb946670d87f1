// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv, readCsv, streamCsv } from '../../src/io/from-csv.js';
import { toCsv, writeCsv } from '../../src/io/to-csv.js';
import { ACLED_SAMPLE, UCDP_SAMPLE, fixtureEvents, plain, tempDir } from './helpers.js';
import { nativeView } from './native-losses.js';
import { syntheticEvents } from './synthetic-events.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

describe('readCsv, native layout', () => {
  it('reads back what writeCsv wrote, up to the documented losses', async () => {
    const events = fixtureEvents();
    const path = join(tmp.dir, 'events.csv');
    await writeCsv(events, path, { spreadsheetSafe: false, bom: true, newline: '\r\n' });
    const { value, issues } = await readCsv(path);
    expect(plain(value)).toEqual(plain(events.map(nativeView)));
    // Line 7: the fourth event's notes span two lines.
    expect(issues).toMatchObject([{ code: 'no_source', file: path, line: 7, event: 'ev-western-hemisphere' }]);
  });

  it('keeps the spreadsheet quote it wrote (a cell may really begin with one)', async () => {
    const { value } = await parseCsv(toCsv(fixtureEvents()).value);
    expect(value[2]!.notes).toBe('\'=HYPERLINK("http://evil.example","click")');
  });

  it('streams thousands of rows', async () => {
    const path = join(tmp.dir, 'many.csv');
    await writeCsv(syntheticEvents(3000), path, { spreadsheetSafe: false });
    let n = 0;
    const expected = syntheticEvents(3000);
    for await (const r of streamCsv(path, { layout: 'native' })) {
      expect(plain(r.value)).toEqual(plain(nativeView(expected.next().value as never)));
      expect(r.line).toBe(n + 2);
      n++;
    }
    expect(n).toBe(3000);
  });

  it('reports cells that do not fit, on their line', async () => {
    const text = toCsv(fixtureEvents().slice(0, 2), { spreadsheetSafe: false }).value.replace(',2,2,2,', ',2,two,2,');
    const { value, issues } = await parseCsv(text, { file: 'bad.csv' });
    expect(value).toHaveLength(2);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'invalid_number', file: 'bad.csv', line: 2, path: ['fatalities_best'] }));
  });
});

describe('readCsv, layout detection', () => {
  it('reads ACLED and UCDP GED files by their header', async () => {
    const acled = await readCsv(ACLED_SAMPLE);
    expect(acled.value).toHaveLength(528);
    expect(acled.value[0]!.id).toBe('acled:IRQ35656');
    const ucdp = await readCsv(UCDP_SAMPLE);
    expect(ucdp.value).toHaveLength(1000);
    expect(ucdp.value[0]!.id).toBe('ucdp:300380');
  });

  it('refuses a layout it was told not to take', async () => {
    const { value, issues } = await readCsv(ACLED_SAMPLE, { layout: 'native' });
    expect(value).toEqual([]);
    expect(issues).toMatchObject([{ code: 'wrong_layout', message: expect.stringMatching(/read it with readAcledCsv$/) }]);
    const path = join(tmp.dir, 'other.csv');
    writeFileSync(path, 'a,b\n1,2\n');
    expect((await readCsv(path)).issues).toMatchObject([{ code: 'unknown_header', line: 1, file: path }]);
    expect(() => streamCsv(path, { layout: 'gtd' as 'auto' })).toThrow(TypeError);
  });
});
