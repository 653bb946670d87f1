import { type ConflictEvent, ConflictEventSchema } from '../schema/event.js';
import { type Issue, type Result, withContext } from '../schema/issue.js';
import { fromZodIssues } from '../schema/validate-event.js';
import type { EventSource } from './event-source.js';
import { writeEventText } from './write-events.js';
import type { WriteStats, WriteTarget, WriteTargetOptions } from './write-target.js';
import { eventIdOf } from './write-issue.js';

/**
 * How events are written as JSON Lines.
 *
 * @example
 * ```ts
 * const options: JsonlFormatOptions = { validate: false };
 * ```
 */
export interface JsonlFormatOptions {
  /**
   * Parse each event with `ConflictEventSchema` before writing it (default true): the line is then
   * exactly the schema, fields in schema order, with no extra fields (fields added by your own
   * `.extend()` are dropped), and an event that does not fit the schema is left out with an error
   * issue. With `false` each event is written as `JSON.stringify(event)`, as given (faster).
   */
  validate?: boolean;
}

/** Options of {@link writeJsonl}. */
export interface WriteJsonlOptions extends JsonlFormatOptions, WriteTargetOptions {}

function lineWriter(options: JsonlFormatOptions): (event: ConflictEvent, index: number, issues: Issue[]) => string | undefined {
  if (options.validate === false) return (event) => JSON.stringify(event);
  return (event, index, issues) => {
    const parsed = ConflictEventSchema.safeParse(event);
    if (parsed.success) return JSON.stringify(parsed.data);
    const id = eventIdOf(event);
    issues.push(...withContext(fromZodIssues(parsed.error.issues), { path: [index], ...(id !== undefined ? { event: id } : {}) }));
    return undefined;
  };
}

/**
 * Writes events as JSON Lines (one event per line, UTF-8, `\n`) to a file or stream, streaming
 * with bounded memory. Each line is the JSON of the event as the schema parses it (see
 * {@link JsonlFormatOptions.validate}), so `readJsonl` gives the same events back.
 *
 * @throws {TypeError} for an invalid target; the promise rejects when the file cannot be written.
 * @example
 * ```ts
 * const { value, issues } = await writeJsonl(events, 'events.jsonl');
 * value; //=> { events: 5, skipped: 0, bytes: 4211 }
 * ```
 */
export async function writeJsonl(
  events: EventSource,
  target: WriteTarget,
  options: WriteJsonlOptions = {},
): Promise<Result<WriteStats>> {
  return writeEventText(events, target, options, { batchSize: 1000, convert: lineWriter(options), text: (lines) => `${lines.join('\n')}\n` });
}

/**
 * Formats a small array of events as JSON Lines text, as {@link writeJsonl} writes it.
 *
 * @example
 * ```ts
 * const { value: text } = toJsonl([event]);
 * JSON.parse(text.split('\n')[0]).id; //=> 'ev-3k9x1f0a2b'
 * ```
 */
export function toJsonl(events: readonly ConflictEvent[], options: JsonlFormatOptions = {}): Result<string> {
  const line = lineWriter(options);
  const issues: Issue[] = [];
  let text = '';
  events.forEach((event, i) => {
    const json = line(event, i, issues);
    if (json !== undefined) text += json + '\n';
  });
  return { value: text, issues };
}
