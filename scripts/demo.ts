/**
 * `npm run demo`: builds the example dataset of examples/ into out/ with the `conflict-events`
 * command line, and prints a summary.
 *
 * 1. `conflict-events build examples/ --out out/events.jsonl`: reads every annotated report
 *    (the Arabic seed report in brat and inline form, its English companion in Label Studio
 *    form), resolves dates, places, actors and counts, assembles events and merges the reports
 *    of one event across languages.
 * 2. The same events written in every layout: our CSV, the ACLED and UCDP GED CSV layouts,
 *    GeoJSON, and a Frictionless Data Package.
 * 3. A look at the dataset: `stats` (the summary), `plot` (a timeline), `map`, and `report` (one
 *    offline HTML file with the events, their sources and the evidence text).
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { processIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/program.js';
import '../src/cli/commands/index.js';
import type { ConflictEvent } from '../src/index.js';

const io = processIo();
await rm('out', { recursive: true, force: true });

async function step(title: string, args: string[]): Promise<void> {
  console.log(`\n$ conflict-events ${args.join(' ')}`);
  const code = await runCli(args, io);
  if (code !== 0) {
    console.error(`${title} failed with exit status ${code}`);
    process.exit(code);
  }
}

await step('build', ['build', 'examples', '--out', 'out/events.jsonl', '--report', 'out/build-report.json']);
for (const [out, layout] of [
  ['out/events.csv', 'native'],
  ['out/events.acled.csv', 'acled'],
  ['out/events.ucdp.csv', 'ucdp'],
] as const) {
  await step('write', ['build', 'out/events.jsonl', '--no-merge', '--out', out, '--layout', layout]);
}
await step('write', ['build', 'out/events.jsonl', '--no-merge', '--out', 'out/events.geojson']);
await step('write', ['build', 'out/events.jsonl', '--no-merge', '--out', 'out/datapackage/datapackage.json']);

await step('plot', ['plot', 'out/events.jsonl', '--out', 'out/timeline.svg', '--by', 'type']);
await step('map', ['map', 'out/events.jsonl', '--out', 'out/map.svg']);
await step('report', ['report', 'out/events.jsonl', '--out', 'out/report.html']);

const events = readFileSync('out/events.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as ConflictEvent);

console.log('\n## The example dataset');
await step('stats', ['stats', 'out/events.jsonl']);
console.table(
  events.map((e) => ({
    type: e.subtype !== undefined ? `${e.type} / ${e.subtype}` : e.type,
    date: e.date.start === e.date.end ? e.date.start : `${e.date.start ?? '?'} … ${e.date.end ?? '?'} (${e.date.precision})`,
    place: `${e.location.name ?? e.location.text ?? '?'} (${e.location.precision})`,
    perpetrator: e.actors.filter((a) => a.role === 'perpetrator').map((a) => a.name).join('; '),
    'target / victims': e.actors.filter((a) => a.role === 'target' || a.role === 'victim').map((a) => a.name).join('; '),
    fatalities: e.fatalities === undefined ? '' : `${e.fatalities.low ?? '?'}–${e.fatalities.high ?? '?'} (best ${e.fatalities.best ?? '?'})`,
    sources: e.sources.map((s) => `${s.document}${s.language !== undefined ? ` [${s.language}]` : ''}`).join(', '),
  })),
);
const merged = events.filter((e) => e.sources.length > 1).length;
console.log(`${events.length} events, ${merged} of them merged from reports in several languages. Files in out/:`);
console.log('  events.jsonl (the schema, one event per line), events.csv (our layout), events.acled.csv, events.ucdp.csv,');
console.log('  events.geojson (RFC 7946), datapackage/ (Frictionless Data Package), build-report.json (every issue),');
console.log('  timeline.svg, map.svg, report.html (open it in a browser: it works offline).');
