import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { flattenEventRecord } from '../../src/io/flatten-event.js';
import { NATIVE_COLUMNS } from '../../src/io/native-columns.js';
import { toParquet, writeParquet } from '../../src/io/to-parquet.js';
import { fixtureEvents, tempDir } from './helpers.js';
import { syntheticEvent, syntheticEvents } from './synthetic-events.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

/** What a Parquet reader should give for an event: the native cells, nulls for empty, dates as Date. */
function expectedRow(event: Parameters<typeof flattenEventRecord>[0]): Record<string, unknown> {
  const record = flattenEventRecord(event);
  return Object.fromEntries<unknown>(
    NATIVE_COLUMNS.map((c) => {
      const v = record[c.name];
      if (v === undefined) return [c.name, null];
      if (c.type === 'date') return [c.name, new Date(`${String(v)}T00:00:00Z`)];
      return [c.name, v];
    }),
  );
}

describe('writeParquet', () => {
  it('writes typed native columns that hyparquet reads back', async () => {
    const events = fixtureEvents();
    const path = join(tmp.dir, 'events.parquet');
    const { value, issues } = await writeParquet(events, path);
    expect(issues).toEqual([]);
    expect(value.events).toBe(5);
    const file = await asyncBufferFromFile(path);
    expect(value.bytes).toBe(file.byteLength);
    const rows = await parquetReadObjects({ file });
    expect(rows).toEqual(events.map(expectedRow));
    const metadata = await parquetMetadataAsync(file);
    const types = Object.fromEntries(metadata.schema.slice(1).map((s) => [s.name, s.converted_type ?? s.type]));
    expect(types).toMatchObject({ id: 'UTF8', fatalities_best: 'INT32', lat: 'DOUBLE', claimed: 'BOOLEAN', date_start: 'DATE' });
    expect(metadata.created_by).toBe('conflict-events');
    const columns = metadata.key_value_metadata?.find((kv) => kv.key === 'conflict-events:columns')?.value;
    expect(JSON.parse(columns ?? '[]')).toHaveLength(NATIVE_COLUMNS.length);
  });

  it('streams several row groups with bounded batches', async () => {
    const path = join(tmp.dir, 'many.parquet');
    const { value } = await writeParquet(syntheticEvents(12_000), path, { rowGroupSize: 5000 });
    expect(value.events).toBe(12_000);
    const file = await asyncBufferFromFile(path);
    const metadata = await parquetMetadataAsync(file);
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([5000, 5000, 2000]);
    const tail = await parquetReadObjects({ file, rowStart: 11_994, rowEnd: 11_997, columns: ['id', 'fatalities_best', 'lon'] });
    expect(tail).toEqual(
      [11_994, 11_995, 11_996].map((i) => {
        const e = syntheticEvent(i);
        return { id: e.id, fatalities_best: e.fatalities?.best ?? null, lon: e.location.point?.lon ?? null };
      }),
    );
    expect(tail.some((r) => r.lon === null)).toBe(true);
  });

  it('writes into memory with toParquet', async () => {
    const { value: bytes } = await toParquet(fixtureEvents(), { codec: 'UNCOMPRESSED' });
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PAR1');
    const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    expect(rows.map((r) => String(r.id))).toEqual(fixtureEvents().map((e) => e.id));
  });

  it('rejects invalid options', async () => {
    await expect(writeParquet([], join(tmp.dir, 'x.parquet'), { rowGroupSize: 0 })).rejects.toThrow(RangeError);
    await expect(writeParquet([], join(tmp.dir, 'x.parquet'), { codec: 'ZSTD' as 'SNAPPY' })).rejects.toThrow(RangeError);
  });
});

describe('writeParquet without hyparquet-writer', () => {
  afterEach(() => {
    vi.doUnmock('hyparquet-writer');
    vi.resetModules();
  });

  it('throws a clear error with install instructions', async () => {
    vi.resetModules();
    vi.doMock('hyparquet-writer', () => {
      throw new Error("Cannot find package 'hyparquet-writer'");
    });
    const { writeParquet: write } = await import('../../src/io/to-parquet.js');
    const error = await write(fixtureEvents(), join(tmp.dir, 'none.parquet')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/optional dependency hyparquet-writer: install it with `npm install hyparquet-writer`/);
    expect((error as Error & { code: string }).code).toBe('ERR_OPTIONAL_DEPENDENCY');
  });
});
