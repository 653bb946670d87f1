// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectDatasetFormat } from '../../src/io/detect-format.js';
import { readDataset, streamDataset } from '../../src/io/read-dataset.js';
import { toParquet } from '../../src/io/to-parquet.js';
import { writeCsv } from '../../src/io/to-csv.js';
import { writeGeoJson, toFeatureCollection } from '../../src/io/to-geojson.js';
import { writeJsonl } from '../../src/io/to-jsonl.js';
import { ACLED_SAMPLE, UCDP_SAMPLE, fixtureEvents, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

describe('detectDatasetFormat', () => {
  it('tells every format the library writes or imports', async () => {
    const events = fixtureEvents();
    const files = {
      jsonl: join(tmp.dir, 'e.jsonl'),
      csv: join(tmp.dir, 'e.csv'),
      geojson: join(tmp.dir, 'e.geojson'),
      pretty: join(tmp.dir, 'pretty.json'),
    };
    await writeJsonl(events, files.jsonl);
    await writeCsv(events, files.csv, { bom: true });
    await writeGeoJson(events, files.geojson);
    writeFileSync(files.pretty, JSON.stringify(toFeatureCollection(events), null, 2));
    const detect = (p: string): string | undefined => detectDatasetFormat(p, readFileSync(p).subarray(0, 65_536)).value;
    expect(detect(files.jsonl)).toBe('jsonl');
    expect(detect(files.csv)).toBe('native-csv');
    expect(detect(files.geojson)).toBe('geojson');
    expect(detect(files.pretty)).toBe('geojson');
    expect(detect(ACLED_SAMPLE)).toBe('acled-csv');
    expect(detect(UCDP_SAMPLE)).toBe('ucdp-csv');
  });

  it('uses the extension when the first bytes leave a doubt', () => {
    const cut = '{"id":"ev-1","type":"attack","date":{"precision":"unk';
    expect(detectDatasetFormat('big.jsonl', cut).value).toBe('jsonl');
    expect(detectDatasetFormat('big.txt', cut).value).toBeUndefined();
    expect(detectDatasetFormat('x.jsonl', '{"id":"ev-1"}\n{"id":"ev-2"}\n').value).toBe('jsonl');
  });

  it('explains what it cannot read', async () => {
    const { value: parquet } = await toParquet(fixtureEvents());
    expect(detectDatasetFormat('e.parquet', parquet).issues).toMatchObject([{ code: 'unsupported_format', level: 'error', file: 'e.parquet' }]);
    expect(detectDatasetFormat('e.csv', '').issues).toMatchObject([{ code: 'empty_file' }]);
    const other = detectDatasetFormat('people.csv', 'name,age\nx,1\n');
    expect(other.value).toBeUndefined();
    expect(other.issues[0]!.message).toContain('"name", "age"');
    expect(detectDatasetFormat('x.json', '[1,2]').issues).toMatchObject([{ code: 'unknown_format' }]);
  });
});

describe('readDataset', () => {
  it('reads any supported file to the same events, whatever the format', async () => {
    const events = fixtureEvents();
    const jsonl = join(tmp.dir, 'd.jsonl');
    const geojson = join(tmp.dir, 'd.geojson');
    const csv = join(tmp.dir, 'd.csv');
    await writeJsonl(events, jsonl);
    await writeGeoJson(events, geojson);
    await writeCsv(events, csv, { spreadsheetSafe: false });
    const ids = events.map((e) => e.id);
    for (const path of [jsonl, geojson, csv]) expect((await readDataset(path)).value.map((e) => e.id)).toEqual(ids);
    expect((await readDataset(ACLED_SAMPLE)).value).toHaveLength(528);
    expect((await readDataset(UCDP_SAMPLE, { format: 'ucdp-csv' })).value).toHaveLength(1000);
  });

  it('gives one error record for a missing or unknown file', async () => {
    const records = [];
    for await (const r of streamDataset(join(tmp.dir, 'nope.jsonl'))) records.push(r);
    expect(records).toMatchObject([{ value: undefined, line: 0, issues: [{ code: 'cannot_read', level: 'error' }] }]);
    const odd = join(tmp.dir, 'odd.csv');
    writeFileSync(odd, 'a,b\n');
    expect((await readDataset(odd)).issues).toMatchObject([{ code: 'unknown_format' }]);
  });
});
