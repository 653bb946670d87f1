import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { NATIVE_COLUMN_NAMES } from '../../src/io/native-columns.js';
import { toCsv, writeCsv } from '../../src/io/to-csv.js';
import type { ConflictEvent } from '../../src/schema/event.js';
import { expectGolden, fixtureEvents, tempDir } from './helpers.js';
import { syntheticEvents } from './synthetic-events.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

function parse(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { header: false, delimiter: ',', skipEmptyLines: true }).data;
}

function column(rows: string[][], name: string): string[] {
  const i = rows[0]!.indexOf(name);
  return rows.slice(1).map((r) => r[i]!);
}

describe('toCsv, native layout', () => {
  const events = fixtureEvents();

  it('matches the golden file', () => {
    const { value, issues } = toCsv(events);
    expect(issues).toEqual([]);
    expectGolden('events.native.csv', value);
  });

  it('writes the documented columns, one row per event, empty cells for missing values', () => {
    const rows = parse(toCsv(events).value);
    expect(rows[0]).toEqual(NATIVE_COLUMN_NAMES);
    expect(rows).toHaveLength(events.length + 1);
    expect(column(rows, 'lat')).toEqual(['35.336', '', '', '34.2754', '-9.65']);
    expect(column(rows, 'lon')).toEqual(['40.14', '', '', '44.5385', '-20.4']);
    expect(column(rows, 'fatalities_best')).toEqual(['2', '', '', '0', '']);
    expect(column(rows, 'date_start')).toEqual(['2021-01-01', '2021-02-01', '', '2022-01-08', '2020-06-01']);
    expect(column(rows, 'claimed')).toEqual(['true', '', '', '', '']);
    expect(column(rows, 'attempted')).toEqual(['', '', '', 'false', '']);
  });

  it('escapes text cells that start like formulas, but never numbers', () => {
    const rows = parse(toCsv(events).value);
    expect(column(rows, 'notes')[2]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(column(rows, 'tags')[2]).toBe("'-crowd size=no report; @mention");
    expect(column(rows, 'lat')[4]).toBe('-9.65');
    expect(column(rows, 'lon')[4]).toBe('-20.4');
    const off = parse(toCsv(events, { spreadsheetSafe: false }).value);
    expect(column(off, 'notes')[2]).toBe('=HYPERLINK("http://evil.example","click")');
  });

  it('keeps quoted line breaks, commas and quotes inside cells', () => {
    const rows = parse(toCsv(events).value);
    expect(column(rows, 'notes')[3]).toBe('On 8 January 2022, IS militants attacked the Nidaa Diyala Brigade, "quoted", and left.\nSecond line.');
    expect(column(rows, 'source_urls')[1]).toBe('https://example.org/a?x=1,2;');
  });

  it('writes a BOM, CRLF line ends, and quotes on request', () => {
    const text = toCsv(events.slice(0, 2), { bom: true, newline: '\r\n', quotes: 'all' }).value;
    expect(text.startsWith('\ufeff"id","type",')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    expect(text.endsWith('\r\n')).toBe(true);
    const textQuoted = toCsv(events.slice(3, 4), { quotes: 'text' }).value.split('\n')[1]!;
    expect(textQuoted.startsWith('"ev-clash-iraq","armed_clash",,"2022-01-08","2022-01-08","day",,"Al Azim"')).toBe(true);
    expect(toCsv(events, { header: false }).value.startsWith('ev-seed-assassination,')).toBe(true);
  });

  it('leaves out an event that is not one, with an issue', () => {
    const broken = { id: 'ev-broken', type: 'attack' } as unknown as ConflictEvent;
    const { value, issues } = toCsv([events[0]!, broken]);
    expect(parse(value)).toHaveLength(2);
    expect(issues).toMatchObject([{ code: 'invalid_event', level: 'error', event: 'ev-broken', path: [1] }]);
  });

  it('rejects invalid options', () => {
    expect(() => toCsv(events, { newline: '\r' as '\n' })).toThrow(TypeError);
    expect(() => toCsv(events, { quotes: 'some' as 'all' })).toThrow(TypeError);
    expect(() => toCsv(events, { layout: 'gtd' as 'native' })).toThrow(TypeError);
  });
});

describe('writeCsv', () => {
  it('streams to a file exactly what toCsv returns', async () => {
    const events = fixtureEvents();
    const path = join(tmp.dir, 'events.csv');
    const { value, issues } = await writeCsv(events, path, { chunkSize: 2, bom: true });
    expect(issues).toEqual([]);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(toCsv(events, { bom: true }).value);
    expect(value).toEqual({ events: 5, skipped: 0, bytes: Buffer.byteLength(text) });
  });

  it('takes an async iterable and writes an empty file with only the header', async () => {
    async function* some(): AsyncGenerator<ConflictEvent> {
      for (const e of syntheticEvents(3)) yield await Promise.resolve(e);
    }
    const path = join(tmp.dir, 'async.csv');
    expect((await writeCsv(some(), path)).value.events).toBe(3);
    expect(parse(readFileSync(path, 'utf8'))).toHaveLength(4);
    const empty = join(tmp.dir, 'empty.csv');
    await writeCsv([], empty);
    expect(readFileSync(empty, 'utf8')).toBe(NATIVE_COLUMN_NAMES.join(',') + '\n');
  });

  it('waits for a slow stream instead of buffering everything (back-pressure)', async () => {
    let received = 0;
    let maxQueued = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        setTimeout(callback, 1);
      },
    });
    const timer = setInterval(() => (maxQueued = Math.max(maxQueued, slow.writableLength)), 0);
    const { value } = await writeCsv(syntheticEvents(20_000), slow, { end: true });
    clearInterval(timer);
    expect(received).toBe(value.bytes);
    expect(value.bytes).toBeGreaterThan(5_000_000);
    expect(value.events).toBe(20_000);
    // Never more than about one formatted chunk queued, far below the whole output.
    expect(maxQueued).toBeGreaterThan(0);
    expect(maxQueued).toBeLessThan(2 * 1024 * 1024);
  });

  it('rejects when the file cannot be created', async () => {
    await expect(writeCsv(fixtureEvents(), join(tmp.dir, 'no/such/dir/x.csv'))).rejects.toThrow(/ENOENT/);
  });
});
