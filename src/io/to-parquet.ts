import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ConflictEvent } from '../schema/event.js';
import type { Issue, Result } from '../schema/issue.js';
import { batches, type EventSource } from './event-source.js';
import { flattenEvent } from './flatten-event.js';
import { NATIVE_COLUMNS } from './native-columns.js';
import { unwritableEvent } from './write-issue.js';
import type { WriteStats, WriteTarget, WriteTargetOptions } from './write-target.js';

import type * as HyparquetWriterModule from 'hyparquet-writer';
import type { ByteWriter, ParquetWriter, SchemaElement } from 'hyparquet-writer';

type HyparquetWriter = typeof HyparquetWriterModule;
/** hyparquet-writer's byte writer, with the asynchronous `flush` / `finish` its `Writer` interface allows. */
type StreamByteWriter = Omit<ByteWriter, 'finish'> & {
  flush?: () => void | Promise<void>;
  finish: () => void | Promise<void>;
  bytes: number;
};

/**
 * Options of {@link writeParquet}.
 *
 * @example
 * ```ts
 * const options: WriteParquetOptions = { rowGroupSize: 100_000, codec: 'UNCOMPRESSED' };
 * ```
 */
export interface WriteParquetOptions extends WriteTargetOptions {
  /** Events per row group; memory holds one row group at a time. Default 50,000. */
  rowGroupSize?: number;
  /** Compression: `SNAPPY` (default, built into hyparquet-writer) or `UNCOMPRESSED`. */
  codec?: 'SNAPPY' | 'UNCOMPRESSED';
}

/** The install hint of the missing optional dependency. */
const INSTALL = 'writing Parquet needs the optional dependency hyparquet-writer: install it with `npm install hyparquet-writer`';

/**
 * Loads hyparquet-writer, an optional peer dependency, with a clear error when it is missing.
 *
 * @throws {Error} with code `ERR_OPTIONAL_DEPENDENCY` and install instructions when it cannot be loaded.
 */
async function loadHyparquetWriter(): Promise<HyparquetWriter> {
  try {
    return await import('hyparquet-writer');
  } catch (cause) {
    const error = new Error(`conflict-events: ${INSTALL} (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
    (error as Error & { code: string }).code = 'ERR_OPTIONAL_DEPENDENCY';
    throw error;
  }
}

const DAY_MS = 86_400_000;

function schemaElement(column: (typeof NATIVE_COLUMNS)[number]): SchemaElement {
  const repetition_type = 'OPTIONAL' as const;
  switch (column.type) {
    case 'integer':
      return { name: column.name, type: 'INT32', repetition_type };
    case 'number':
      return { name: column.name, type: 'DOUBLE', repetition_type };
    case 'boolean':
      return { name: column.name, type: 'BOOLEAN', repetition_type };
    case 'date':
      return { name: column.name, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type };
    case 'string':
      return { name: column.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type };
  }
}

function days(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** A hyparquet-writer `Writer` that hands its bytes to a Node stream after each row group. */
function streamWriter(pq: HyparquetWriter, stream: Writable, endAtFinish: boolean): StreamByteWriter {
  const writer: StreamByteWriter = Object.assign(new pq.ByteWriter(1 << 20), { bytes: 0 });
  let failure: Error | undefined;
  stream.on('error', (e) => (failure ??= e));
  const check = (): void => {
    if (failure !== undefined) throw failure;
  };
  const push = (): boolean => {
    if (writer.index === 0) return true;
    const chunk = new Uint8Array(writer.buffer.slice(0, writer.index));
    writer.index = 0;
    writer.bytes += chunk.byteLength;
    return stream.write(chunk);
  };
  const grow = writer.ensure.bind(writer);
  writer.ensure = (size: number): void => {
    if (writer.index > 1 << 23) push();
    grow(size);
  };
  writer.flush = async (): Promise<void> => {
    check();
    if (!push()) await once(stream, 'drain');
  };
  writer.finish = async (): Promise<void> => {
    check();
    if (!push()) await once(stream, 'drain');
    if (endAtFinish) {
      stream.end();
      await finished(stream);
    }
    check();
  };
  return writer;
}

/**
 * Writes events as an Apache Parquet file, one row per event with the native columns
 * (`NATIVE_COLUMNS`), typed: strings UTF-8, counts INT32, coordinates DOUBLE, flags BOOLEAN, dates
 * DATE; empty values are nulls. Streaming: one row group of `rowGroupSize` events is built at a
 * time and written out, so memory stays bounded. DuckDB, pandas / pyarrow, R arrow and hyparquet
 * read it; the column descriptions are in the file's key-value metadata
 * (`conflict-events:columns`).
 *
 * Needs the optional peer dependency `hyparquet-writer` (`npm install hyparquet-writer`), loaded
 * on first use.
 *
 * @throws {Error} with code `ERR_OPTIONAL_DEPENDENCY` and install instructions when hyparquet-writer
 * is not installed; {@link RangeError} for an invalid `rowGroupSize`; the promise rejects when the
 * file cannot be written.
 * @example
 * ```ts
 * const { value } = await writeParquet(events, 'events.parquet');
 * // duckdb: SELECT type, sum(fatalities_best) FROM 'events.parquet' GROUP BY type;
 * ```
 */
export async function writeParquet(
  events: EventSource,
  target: WriteTarget,
  options: WriteParquetOptions = {},
): Promise<Result<WriteStats>> {
  const rowGroupSize = options.rowGroupSize ?? 50_000;
  if (!Number.isInteger(rowGroupSize) || rowGroupSize < 1) throw new RangeError(`rowGroupSize must be a positive integer, got ${rowGroupSize}`);
  // Checked at run time for JavaScript callers.
  const codecOption: string = options.codec ?? 'SNAPPY';
  if (codecOption !== 'SNAPPY' && codecOption !== 'UNCOMPRESSED') throw new RangeError(`codec must be SNAPPY or UNCOMPRESSED, got ${JSON.stringify(codecOption)}`);
  const codec = codecOption;
  const pq = await loadHyparquetWriter();

  let stream: Writable;
  if (typeof target === 'string') {
    stream = createWriteStream(target, { highWaterMark: 1 << 20 });
    await once(stream, 'ready');
  } else if (typeof target === 'object' && typeof (target as Partial<Writable>).write === 'function') {
    stream = target;
  } else {
    throw new TypeError('the write target must be a file path or a Node Writable stream');
  }
  const owned = typeof target === 'string';
  const writer = streamWriter(pq, stream, owned || options.end === true);
  const schema: SchemaElement[] = [{ name: 'root', num_children: NATIVE_COLUMNS.length }, ...NATIVE_COLUMNS.map(schemaElement)];
  const kvMetadata = [
    { key: 'conflict-events:layout', value: 'native' },
    { key: 'conflict-events:columns', value: JSON.stringify(NATIVE_COLUMNS.map((c) => ({ name: c.name, type: c.type, description: c.description }))) },
  ];
  const pw: ParquetWriter = new pq.ParquetWriter({ writer, schema, codec, kvMetadata, createdBy: 'conflict-events' });
  const types = NATIVE_COLUMNS.map((c) => c.type);
  const issues: Issue[] = [];
  let written = 0;
  let skipped = 0;
  let index = 0;
  try {
    for await (const batch of batches(events, rowGroupSize)) {
      const columns = NATIVE_COLUMNS.map(() => [] as (string | number | boolean | null)[]);
      for (const event of batch) {
        let cells;
        try {
          cells = flattenEvent(event);
        } catch (error) {
          skipped++;
          issues.push(unwritableEvent(event, index, error));
          index++;
          continue;
        }
        index++;
        for (let i = 0; i < columns.length; i++) {
          const v = cells[i];
          const column = columns[i];
          if (column === undefined) continue;
          if (v === undefined) column.push(null);
          else if (types[i] === 'date' && typeof v === 'string') column.push(days(v));
          else column.push(v);
        }
        written++;
      }
      const rows = columns[0]?.length ?? 0;
      if (rows === 0) continue;
      await pw.write({
        columnData: NATIVE_COLUMNS.map((c, i) => ({ name: c.name, data: columns[i] ?? [] })),
        rowGroupSize: rows,
      });
    }
    await pw.finish();
  } catch (error) {
    if (owned) stream.destroy();
    throw error;
  }
  return { value: { events: written, skipped, bytes: writer.bytes }, issues };
}

/**
 * Writes a small array of events as Parquet into memory (see {@link writeParquet}).
 *
 * @throws {Error} with code `ERR_OPTIONAL_DEPENDENCY` when hyparquet-writer is not installed.
 * @example
 * ```ts
 * const { value: bytes } = await toParquet(events);
 * await fs.writeFile('events.parquet', bytes);
 * ```
 */
export async function toParquet(
  events: readonly ConflictEvent[],
  options: Omit<WriteParquetOptions, 'end'> = {},
): Promise<Result<Uint8Array>> {
  const chunks: Uint8Array[] = [];
  const sink = new Writable({
    write(chunk: Uint8Array, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const { issues } = await writeParquet(events, sink, { ...options, end: true });
  return { value: new Uint8Array(Buffer.concat(chunks)), issues };
}
