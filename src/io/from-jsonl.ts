import type { ConflictEvent } from '../schema/event.js';
import { type Issue, type Result, issue, withContext } from '../schema/issue.js';
import { validateEvent, type ValidateEventOptions } from '../schema/validate-event.js';
import { collectRecords, type ReadRecord, type ReadSource, type ReadSourceOptions, readFailure, sourceName, textChunks } from './read-source.js';

/**
 * Options of the JSON Lines readers.
 *
 * @example
 * ```ts
 * const options: ReadJsonlOptions = { file: 'events.jsonl', validate: { pointInCountry } };
 * ```
 */
export interface ReadJsonlOptions extends ReadSourceOptions {
  /** Options passed to `validateEvent` for each line (e.g. `pointInCountry`). */
  validate?: ValidateEventOptions;
}

function parseLine(text: string, line: number, file: string, options: ReadJsonlOptions): ReadRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { value: undefined, line, issues: [issue('error', 'invalid_json', `line ${line} is not JSON: ${message}`, { file, line })] };
  }
  const result = validateEvent(json, options.validate);
  return { value: result.value, line, issues: withContext(result.issues, { file, line }) };
}

/**
 * Streams events from a JSON Lines file (or stream), one record per non-blank line, with bounded
 * memory. Each line is checked with `validateEvent`; its issues name the file and line. A line
 * that is not JSON gives an `invalid_json` error and no event, and the lines after it still come
 * through. A file that cannot be read gives one `cannot_read` record (line 0).
 *
 * @example
 * ```ts
 * for await (const { value, issues } of streamJsonl('events.jsonl')) {
 *   if (value !== undefined) count++;
 *   issues.forEach((i) => console.error(formatIssue(i))); // events.jsonl:3: error: line 3 is not JSON: …
 * }
 * ```
 */
export async function* streamJsonl(source: ReadSource, options: ReadJsonlOptions = {}): AsyncGenerator<ReadRecord> {
  const file = sourceName(source, options);
  let failure: string | undefined;
  let rest = '';
  let line = 0;
  for await (const chunk of textChunks(source, (m) => (failure = m))) {
    const text = rest + chunk;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      line++;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const content = text.slice(start, end);
      start = nl + 1;
      if (content.trim() !== '') yield parseLine(content, line, file, options);
    }
    rest = text.slice(start);
  }
  if (rest.trim() !== '') yield parseLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest, line + 1, file, options);
  if (failure !== undefined) yield { value: undefined, line: 0, issues: [readFailure(file, failure)] };
}

/**
 * Reads a whole JSON Lines file (or stream) into an array of events and all issues: the
 * collect-all form of {@link streamJsonl}.
 *
 * @example
 * ```ts
 * const { value: events, issues } = await readJsonl('events.jsonl');
 * ```
 */
export async function readJsonl(source: ReadSource, options: ReadJsonlOptions = {}): Promise<Result<ConflictEvent[]>> {
  return collectRecords(streamJsonl(source, options));
}

/**
 * Parses JSON Lines text already in memory (see {@link streamJsonl} for the rules).
 *
 * @example
 * ```ts
 * const { value, issues } = parseJsonl('{"id":"ev-1",…}\nnot json\n', { file: 'x.jsonl' });
 * issues[0].line; //=> 2
 * ```
 */
export function parseJsonl(text: string, options: ReadJsonlOptions = {}): Result<ConflictEvent[]> {
  const file = options.file ?? '<text>';
  const value: ConflictEvent[] = [];
  const issues: Issue[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  body.split('\n').forEach((raw, i) => {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (content.trim() === '') return;
    const r = parseLine(content, i + 1, file, options);
    if (r.value !== undefined) value.push(r.value);
    issues.push(...r.issues);
  });
  return { value, issues };
}
