import { Option, type Command } from 'commander';
import { buildDataset, type DatasetStats } from '../build/build-dataset.js';
import { type InputFormat, readInputs } from '../build/read-inputs.js';
import type { ConflictEvent } from '../schema/event.js';
import { CalendarDateSchema } from '../schema/date.js';
import type { Issue } from '../schema/issue.js';
import { SourceSchema } from '../schema/source.js';
import type { CliIo } from './io.js';
import { loadActors, loadGazetteers } from './load-resources.js';
import { progressBar } from './progress.js';

/** The options `build` and `validate` share: how inputs are read, resolved and merged. */
export interface PipelineFlags {
  format: InputFormat;
  merge: boolean;
  published?: string;
  language?: string;
  timeZone?: string;
  country?: string;
  gazetteer: string[];
  actors: string[];
  fallback?: boolean;
  verbose?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * Adds the shared options of `build` and `validate` to a command.
 *
 * @example
 * ```ts
 * pipelineOptions(program.command('validate'));
 * ```
 */
export function pipelineOptions(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'input format').choices(['auto', 'brat', 'label-studio', 'doccano', 'inline', 'acled', 'ucdp', 'jsonl']).default('auto'))
    .option('--no-merge', 'keep every report as its own event')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for reports that do not give one')
    .option('--language <code>', 'language (ar, en, …) for reports that do not give one')
    .option('--time-zone <zone>', 'IANA time zone for reports that do not give one (e.g. Asia/Damascus)')
    .option('--country <iso3>', 'country the reports are about, to disambiguate place names (e.g. SYR)')
    .option('--gazetteer <file>', 'extra gazetteer (GeoNames .txt, .csv, .geojson); repeatable', collect, [])
    .option('--actors <file>', 'extra actor registry (.json or .csv); repeatable', collect, [])
    .option('--fallback', 'group arguments with the nearest trigger of their sentence when a report has no events or relations')
    .option('-v, --verbose', 'print info issues too');
}

/**
 * Checks the shared options; returns a usage error message, or undefined when they are fine.
 *
 * @example
 * ```ts
 * checkPipelineFlags({ published: '2021-02-30', … }); //=> '--published 2021-02-30: expected a date YYYY-MM-DD'
 * ```
 */
export function checkPipelineFlags(flags: PipelineFlags): string | undefined {
  if (flags.published !== undefined && !CalendarDateSchema.safeParse(flags.published).success && !SourceSchema.shape.published.safeParse(flags.published).success) {
    return `--published ${flags.published}: expected a date YYYY-MM-DD`;
  }
  if (flags.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: flags.timeZone });
    } catch {
      return `--time-zone ${flags.timeZone}: not an IANA time zone`;
    }
  }
  if (flags.country !== undefined && !/^[A-Za-z]{3}$/.test(flags.country)) return `--country ${flags.country}: expected an ISO 3166-1 alpha-3 code such as SYR`;
  return undefined;
}

/**
 * Runs read → resolve → assemble → merge on the inputs, as `build` and `validate` do.
 *
 * @example
 * ```ts
 * const { events, issues, stats } = await runPipeline(['examples/'], flags, io);
 * ```
 */
export async function runPipeline(inputs: readonly string[], flags: PipelineFlags, io: CliIo): Promise<{ events: ConflictEvent[]; issues: Issue[]; stats: DatasetStats }> {
  const issues: Issue[] = [];
  const defaults = {
    ...(flags.published !== undefined ? { published: flags.published } : {}),
    ...(flags.language !== undefined ? { language: flags.language } : {}),
    ...(flags.timeZone !== undefined ? { timeZone: flags.timeZone } : {}),
  };
  const read = await readInputs(inputs, { format: flags.format, defaults });
  issues.push(...read.issues);
  const gazetteer = await loadGazetteers(flags.gazetteer);
  const actors = loadActors(flags.actors);
  issues.push(...gazetteer.issues, ...actors.issues);
  const bar = progressBar(io, 'assembling');
  const built = buildDataset(read.value, {
    merge: flags.merge,
    gazetteer: gazetteer.value,
    actors: actors.value,
    defaults,
    ...(flags.country !== undefined ? { country: flags.country.toUpperCase() } : {}),
    ...(flags.fallback === true ? { fallback: true } : {}),
    onProgress: bar,
  });
  bar.done();
  issues.push(...built.issues);
  return { events: built.value, issues, stats: built.stats };
}
