// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { readAcledCsv } from '../../src/io/from-acled-csv.js';
import { NATIVE_COLUMNS } from '../../src/io/native-columns.js';
import { writeDataPackage } from '../../src/io/to-datapackage.js';
import { ACLED_SAMPLE, expectGolden, fixtureEvents, repoRoot, tempDir } from './helpers.js';
import { syntheticEvents } from './synthetic-events.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

/** A Python 3 with pandas: `python3` on PATH, else the system one. */
const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0);
if (python === undefined) console.warn('no python3 with pandas: skipping the pandas load of the data package (apt-get install python3-pandas)');

function loadWithPandas(dir: string): { rows: number; dtypes: Record<string, string>; problems: string[]; fatalities_best: number | null; fatalities: number | null; claimed_true: number | null; first_date_start: string | null } {
  const run = spawnSync(python!, [join(repoRoot, 'test/io/load-datapackage.py'), dir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as ReturnType<typeof loadWithPandas>;
}

describe('writeDataPackage', () => {
  it('writes the CSV and a typed Table Schema beside it (golden descriptor)', async () => {
    const dir = join(tmp.dir, 'pkg');
    const { value, issues } = await writeDataPackage(fixtureEvents(), dir, { name: 'seed-events', title: 'Events of the seed report', licenses: [{ name: 'CC-BY-4.0' }] });
    expect(issues).toEqual([]);
    expect(value.events).toBe(5);
    expect(value.files).toEqual([join(dir, 'datapackage.json'), join(dir, 'events.csv')]);
    const text = readFileSync(join(dir, 'datapackage.json'), 'utf8');
    expectGolden('datapackage.json', text);
    const descriptor = JSON.parse(text);
    const schema = descriptor.resources[0].schema;
    expect(schema.primaryKey).toBe('id');
    expect(schema.missingValues).toEqual(['']);
    expect(schema.fields.map((f: { name: string }) => f.name)).toEqual(NATIVE_COLUMNS.map((c) => c.name));
    expect(schema.fields.find((f: { name: string }) => f.name === 'claimed')).toMatchObject({ type: 'boolean', trueValues: ['true'], falseValues: ['false'] });
    expect(schema.fields.find((f: { name: string }) => f.name === 'date_start')).toMatchObject({ type: 'date', format: 'default' });
    const header = Papa.parse<string[]>(readFileSync(join(dir, 'events.csv'), 'utf8'), { delimiter: ',' }).data[0];
    expect(header).toEqual(schema.fields.map((f: { name: string }) => f.name));
    // Programs read a data package: no spreadsheet quote by default.
    expect(readFileSync(join(dir, 'events.csv'), 'utf8')).toContain(',"=HYPERLINK(');
  });

  it.skipIf(python === undefined)('is loaded typed by pandas, and its constraints hold', async () => {
    const dir = join(tmp.dir, 'pandas');
    const events = [...fixtureEvents(), ...syntheticEvents(300)];
    await writeDataPackage(events, dir);
    const summary = loadWithPandas(dir);
    expect(summary.problems).toEqual([]);
    expect(summary.rows).toBe(events.length);
    expect(summary.dtypes).toMatchObject({ id: 'string', fatalities_best: 'Int64', lat: 'Float64', claimed: 'boolean', date_start: 'datetime64[ns]', source_count: 'Int64' });
    expect(summary.fatalities_best).toBe(events.reduce((s, e) => s + (e.fatalities?.best ?? 0), 0));
    expect(summary.claimed_true).toBe(events.filter((e) => e.attributes?.claimed === true).length);
    expect(summary.first_date_start).toBe('2020-06-01');
  });

  it.skipIf(python === undefined)('types an ACLED-layout package from the values written', async () => {
    const dir = join(tmp.dir, 'acled');
    const { value: events } = await readAcledCsv(ACLED_SAMPLE);
    const { value } = await writeDataPackage(events, dir, { layout: 'acled', name: 'acled-sample' });
    const fields = value.descriptor.resources[0]!.schema.fields;
    expect(fields.map((f) => f.name).slice(0, 3)).toEqual(['event_id_cnty', 'event_date', 'year']);
    expect(Object.fromEntries(fields.map((f) => [f.name, f.type]))).toMatchObject({ year: 'integer', latitude: 'number', inter1: 'integer', fatalities: 'integer', notes: 'string', event_date: 'string' });
    expect(value.descriptor.resources[0]!.schema.primaryKey).toBeUndefined();
    const summary = loadWithPandas(dir);
    expect(summary.problems).toEqual([]);
    expect(summary.rows).toBe(528);
    expect(summary.fatalities).toBe(events.reduce((s, e) => s + (e.fatalities?.low ?? 0), 0));
  });

  it('rejects an invalid package name', async () => {
    await expect(writeDataPackage([], join(tmp.dir, 'x'), { name: 'My Events' })).rejects.toThrow(TypeError);
  });
});
