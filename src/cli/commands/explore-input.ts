import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Command, Option } from 'commander';
import type { EventQuery } from '../../explore/event-query.js';
import { eventsOf } from '../../explore/events-of.js';
import { filterEvents } from '../../explore/filter-events.js';
import type { DatasetFormat } from '../../io/detect-format.js';
import { streamDataset } from '../../io/read-dataset.js';
import type { ConflictEvent } from '../../schema/event.js';
import { EventTypeSchema, type EventType } from '../../schema/event-type.js';
import { type Issue, formatIssue } from '../../schema/issue.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { plural } from '../print-issues.js';

/**
 * The flags every explore command (stats, plot, map, report) takes: input format, issue output, and a query.
 *
 * @example
 * ```ts
 * const flags: ExploreFlags = { type: ['attack'], country: ['SYR'], quiet: true };
 * ```
 */
export interface ExploreFlags {
  format?: DatasetFormat;
  quiet?: boolean;
  verbose?: boolean;
  type?: string[];
  actor?: string[];
  country?: string[];
  admin1?: string[];
  from?: string;
  to?: string;
}

const FORMATS: readonly DatasetFormat[] = ['jsonl', 'native-csv', 'acled-csv', 'ucdp-csv', 'geojson'];

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter((v) => v.length > 0)];

/**
 * Adds the shared options of the explore commands: `--format`, `--quiet`, `--verbose` and the
 * query options (`--type`, `--actor`, `--country`, `--admin1`, `--from`, `--to`).
 *
 * @example
 * ```ts
 * exploreOptions(program.command('stats').argument('<dataset>'));
 * ```
 */
export function exploreOptions(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'the dataset format, when it cannot be told from the file').choices(FORMATS))
    .option('--type <types>', 'only these event types, comma-separated; a type includes its kinds (attack: assassinations, bombings…)', collect)
    .option('--actor <actor>', 'only events naming this actor (canonical id or name), repeatable', collect)
    .option('--country <country>', 'only events in this country (ISO3 code or name), repeatable', collect)
    .option('--admin1 <name>', 'only events in this first-level unit, repeatable', collect)
    .option('--from <date>', 'only events that may have happened on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'only events that may have happened on or before this day (YYYY-MM-DD)')
    .option('-q, --quiet', 'print errors only, not warnings')
    .option('--verbose', 'print notes (info issues) too');
}

/**
 * The query the flags ask for, or a usage message.
 *
 * @example
 * ```ts
 * queryOf({ type: ['attack'], from: '2021-01-01' }); //=> { query: { type: ['attack'], from: '2021-01-01' } }
 * ```
 */
export function queryOf(flags: ExploreFlags): { query: EventQuery } | { usage: string } {
  const query: EventQuery = {};
  if (flags.type !== undefined) {
    const bad = flags.type.filter((t) => !EventTypeSchema.safeParse(t).success);
    if (bad.length > 0) return { usage: `--type: unknown event type ${bad.map((b) => JSON.stringify(b)).join(', ')} (one of ${EventTypeSchema.options.join(', ')})` };
    query.type = flags.type as EventType[];
  }
  if (flags.actor !== undefined) query.actor = flags.actor;
  if (flags.country !== undefined) query.country = flags.country;
  if (flags.admin1 !== undefined) query.admin1 = flags.admin1;
  for (const key of ['from', 'to'] as const) {
    const value = flags[key];
    if (value === undefined) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
      return { usage: `--${key}: ${JSON.stringify(value)} is not a calendar date YYYY-MM-DD` };
    }
    query[key] = value;
  }
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) return { usage: `--from ${query.from} is after --to ${query.to}` };
  return { query };
}

/** Prints one issue as `file:line: level: message` on standard error, as the flags ask. */
function printer(io: CliIo, flags: ExploreFlags, counts: Record<Issue['level'], number>): (i: Issue) => void {
  return (i) => {
    counts[i.level]++;
    if (i.level === 'info' && flags.verbose !== true) return;
    if (i.level === 'warning' && flags.quiet === true) return;
    io.err(`${formatIssue(i)}\n`);
  };
}

/**
 * What {@link exploreInput} streams: the events (after the query); issues are counted and kept as they are found.
 *
 * @example
 * ```ts
 * for await (const e of stream.events) summary.add(e);
 * ```
 */
export interface ExploreStream {
  events: AsyncGenerator<ConflictEvent>;
  counts: Record<Issue['level'], number>;
  issues: Issue[];
}

/**
 * What {@link readExploreInput} read: the events (after the query), issue counts, the issues.
 *
 * @example
 * ```ts
 * const { events, counts } = (await readExploreInput(path, flags, io, setExit)) ?? { events: [], counts };
 * ```
 */
export interface ExploreInput {
  events: ConflictEvent[];
  counts: Record<Issue['level'], number>;
  issues: Issue[];
}

/**
 * Streams the events of a dataset for an explore command, after the flags' query, printing each
 * issue as it is found (`file:line: level: message`), so a bad row is reported and the rest read.
 * Returns `undefined` after printing a usage error (exit status 2).
 *
 * @example
 * ```ts
 * const input = exploreInput('events.jsonl', flags, io, setExit);
 * if (input) for await (const e of input.events) …
 * ```
 */
export function exploreInput(path: string, flags: ExploreFlags, io: CliIo, setExit: (code: ExitCodeValue) => void): ExploreStream | undefined {
  const q = queryOf(flags);
  if ('usage' in q) {
    io.err(`error: ${q.usage}\n`);
    setExit(ExitCode.usage);
    return undefined;
  }
  const counts: Record<Issue['level'], number> = { error: 0, warning: 0, info: 0 };
  const issues: Issue[] = [];
  const print = printer(io, flags, counts);
  const events = eventsOf(streamDataset(path, flags.format !== undefined ? { format: flags.format } : {}), (i) => {
    issues.push(i);
    print(i);
  });
  return { events: filterEvents(events, q.query), counts, issues };
}

/**
 * Reads all the events of a dataset for an explore command (see {@link exploreInput}).
 *
 * @example
 * ```ts
 * const input = await readExploreInput('events.jsonl', flags, io, setExit);
 * ```
 */
export async function readExploreInput(path: string, flags: ExploreFlags, io: CliIo, setExit: (code: ExitCodeValue) => void): Promise<ExploreInput | undefined> {
  const input = exploreInput(path, flags, io, setExit);
  if (input === undefined) return undefined;
  const events: ConflictEvent[] = [];
  for await (const e of input.events) events.push(e);
  return { events, counts: input.counts, issues: input.issues };
}

/**
 * Ends an explore command: exit 1 when the input had errors, and a closing line on standard
 * error unless `--quiet`.
 *
 * @example
 * ```ts
 * finish(io, setExit, flags, counts, `wrote map.svg (528 events)`);
 * ```
 */
export function finish(io: CliIo, setExit: (code: ExitCodeValue) => void, flags: ExploreFlags, counts: Record<Issue['level'], number>, message: string): void {
  if (flags.quiet !== true || counts.error > 0) io.err(`${message}; ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}\n`);
  setExit(counts.error > 0 ? ExitCode.inputErrors : ExitCode.ok);
}

/**
 * Writes an output file, creating its folder; on failure prints the error and sets exit 1.
 *
 * @example
 * ```ts
 * if (!(await writeRendered('out/map.svg', svg, io, setExit))) return;
 * ```
 */
export async function writeRendered(path: string, data: string | Uint8Array, io: CliIo, setExit: (code: ExitCodeValue) => void): Promise<boolean> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
    return true;
  } catch (error) {
    io.err(`${path}: error: cannot write: ${error instanceof Error ? error.message : String(error)}\n`);
    setExit(ExitCode.inputErrors);
    return false;
  }
}
