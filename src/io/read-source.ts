import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { ConflictEvent } from '../schema/event.js';
import { type Issue, type Result, issue } from '../schema/issue.js';

/**
 * What a reader reads: a file path, or a Node readable stream of bytes or text (`process.stdin`,
 * a gunzip stream, `Readable.from([text])`). Bytes are decoded as UTF-8; a leading byte-order mark
 * is dropped.
 *
 * @example
 * ```ts
 * for await (const r of streamJsonl('events.jsonl')) …
 * for await (const r of streamJsonl(process.stdin, { file: '<stdin>' })) …
 * ```
 */
export type ReadSource = string | NodeJS.ReadableStream;

/** Options every reader takes. */
export interface ReadSourceOptions {
  /** The file name to put in issues. Default: the path, or `<stream>` for a stream. */
  file?: string;
}

/**
 * One record a streaming reader yields: the event it made of one line or row (or `undefined` when
 * it could make none), the issues found there, and the 1-based line it starts on.
 *
 * @example
 * ```ts
 * for await (const { value, issues, line } of streamJsonl('events.jsonl')) {
 *   if (value) use(value);
 *   for (const i of issues) console.error(formatIssue(i));
 * }
 * ```
 */
export interface ReadRecord {
  value: ConflictEvent | undefined;
  issues: Issue[];
  /** 1-based line of the file where the record starts (0 for a problem with the file as a whole). */
  line: number;
}

/** The file name a reader names in its issues. */
export function sourceName(source: ReadSource, options: ReadSourceOptions): string {
  return options.file ?? (typeof source === 'string' ? source : '<stream>');
}

/**
 * The text of a source as UTF-8 chunks, without a leading byte-order mark. A file that cannot be
 * opened or read yields nothing more and reports the problem through `onError`.
 */
export async function* textChunks(source: ReadSource, onError: (message: string) => void): AsyncGenerator<string> {
  let first = true;
  const decoder = new StringDecoder('utf8');
  try {
    const stream = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 18 }) : source;
    for await (const chunk of stream as AsyncIterable<unknown>) {
      let text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      if (text.length > 0) yield text;
    }
    const rest = decoder.end();
    if (rest.length > 0) yield rest;
  } catch (error) {
    onError(error instanceof Error ? error.message : String(error));
  }
}

/** The issue for a source that could not be read. */
export function readFailure(file: string, message: string): Issue {
  return issue('error', 'cannot_read', `cannot read ${file}: ${message}`, { file });
}

/**
 * Reads every record of a streaming reader into one result: the events it made, and all issues.
 *
 * @example
 * ```ts
 * const { value: events, issues } = await collectRecords(streamJsonl('events.jsonl'));
 * ```
 */
export async function collectRecords(records: AsyncIterable<ReadRecord>): Promise<Result<ConflictEvent[]>> {
  const value: ConflictEvent[] = [];
  const issues: Issue[] = [];
  for await (const r of records) {
    if (r.value !== undefined) value.push(r.value);
    for (const i of r.issues) issues.push(i);
  }
  return { value, issues };
}
