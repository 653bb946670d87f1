import type { ConflictEvent } from '../schema/event.js';
import type { Issue } from '../schema/issue.js';

/**
 * A record of a streaming reader: the event made of one row or line, if any, and its issues.
 *
 * @example
 * ```ts
 * const record: EventRecord = { value: undefined, issues: [issue('error', 'invalid_json', 'Unexpected end of JSON input', { file: 'a.jsonl', line: 3 })] };
 * ```
 */
export interface EventRecord {
  value: ConflictEvent | undefined;
  issues: Issue[];
}

/**
 * The events of a streaming reader's records (`streamDataset`, `streamJsonl`, `streamCsv`…), for
 * the explore functions that take an async iterable. Records without an event are skipped; every
 * issue is handed to `onIssue`, so a bad row is reported and never loses the rest.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * const summary = await summarize(eventsOf(streamDataset('acled.csv'), (i) => issues.push(i)));
 * ```
 */
export async function* eventsOf(records: AsyncIterable<EventRecord>, onIssue?: (issue: Issue) => void): AsyncGenerator<ConflictEvent> {
  for await (const r of records) {
    if (onIssue !== undefined) for (const i of r.issues) onIssue(i);
    if (r.value !== undefined) yield r.value;
  }
}
