/**
 * A notebook-style session: load a dataset and ask it questions.
 *
 *   npx tsx examples/explore-dataset.ts [dataset]
 *
 * Any dataset the library reads works: JSONL, native / ACLED / UCDP GED CSV, GeoJSON. By default
 * this reads the UCDP GED sample (1,000 real GED 23.1 events, 265 of them in Syria) when it sits
 * beside the repository in ../shared/reference-data, and otherwise the seed dataset built from
 * examples/; pass your own file as the argument.
 * Charts, a map and an HTML report are written to out/examples/.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildDataset,
  countBy,
  crossCount,
  filterEvents,
  formatIssue,
  mapSpec,
  pivotCounts,
  readAnnotations,
  readDataset,
  renderReport,
  renderSvg,
  sumCounts,
  summarize,
  timelineSpec,
  writeJsonl,
} from '../src/index.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The dataset to explore: the argument, else the UCDP GED sample beside the repository, else the
 * seed dataset this repository builds (`npx tsx examples/seed-report-to-map.ts` writes it).
 */
const UCDP_SAMPLE = resolve(process.env.CONFLICT_EVENTS_SHARED ?? resolve(REPO, '../shared'), 'reference-data/ucdp-ged/ucdp_ged_v23_1_sample_1000.csv');
const SEED_DATASET = join(REPO, 'out/examples/seed/events.jsonl');
if (process.argv[2] === undefined && !existsSync(UCDP_SAMPLE) && !existsSync(SEED_DATASET)) {
  // Build the seed dataset first, from the annotated reports in examples/.
  const { value: documents } = await readAnnotations([join(REPO, 'examples/seed/seed-report.ann'), join(REPO, 'examples/seed-en')]);
  await mkdir(dirname(SEED_DATASET), { recursive: true });
  await writeJsonl(buildDataset({ documents }).value, SEED_DATASET);
}
const DATASET = process.argv[2] ?? (existsSync(UCDP_SAMPLE) ? UCDP_SAMPLE : SEED_DATASET);
const OUT = join(REPO, 'out/examples');

// 1. Load it. Every problem comes back as an issue naming file and line; nothing is dropped.
const { value: events, issues } = await readDataset(DATASET);
console.log(`Read ${events.length} events from ${DATASET} (${issues.length} issues)`);
for (const i of issues.slice(0, 3)) console.log('  ', formatIssue(i));

// 2. The overview: in a REPL, just type `summary`.
const summary = summarize(events, { top: 5 });
console.log(`\n${summary.toString()}\n`);
console.table(summary.rows());

// 3. How many events a month in Syria, and of which kind? (counted by start date)
const syria = filterEvents(events, { country: 'SYR' });
console.log(`\nSyria: ${syria.length} events. By year and type family:`);
console.table(pivotCounts(crossCount(syria, 'year', 'family')));
const busiest = countBy(syria, 'month').reduce((a, b) => (b.count > a.count ? b : a));
console.log(`Busiest month in Syria: ${busiest.key} with ${busiest.count} events`);

// 4. Where? The governorates with most events, and those with a precise place only.
console.log('\nWhere (admin1), places known to admin2 or better:');
console.table(countBy(filterEvents(syria, { minLocationPrecision: 'admin2' }), 'admin1', { limit: 5 }));

// 5. By whom? Actors named, in any role; then one actor's toll as low / best / high.
console.log('\nWho (actors named in Syrian events):');
console.table(countBy(syria, 'actor', { limit: 6 }));
const isEvents = filterEvents(events, { actor: 'IS' });
const toll = sumCounts(isEvents);
console.log(`Events naming IS: ${isEvents.length}; fatalities best ${toll.best} (low ${toll.low}, high ${toll.high}); ${toll.withoutFigure} without a figure`);

// 6. Which events rest on several reports, and where do reports disagree?
const multi = filterEvents(events, { minSources: 2 });
const disputed = filterEvents(events, { disagreements: true });
console.log(`\nEvents from two or more sources: ${multi.length}; with recorded disagreements: ${disputed.length}`);

// 7. How precise is it? Day-precise events at a named place, in 2014.
const precise = filterEvents(events, { minDatePrecision: 'day', minLocationPrecision: 'exact', from: '2014-01-01', to: '2014-12-31', dateMode: 'within' });
console.log(`Day-precise events at an exact place in 2014: ${precise.length}`);

// 8. Pictures: a timeline, a map of Syria, and one offline HTML report of everything.
await mkdir(OUT, { recursive: true });
await writeFile(join(OUT, 'timeline.svg'), await renderSvg(timelineSpec(events, { by: 'family' })));
await writeFile(join(OUT, 'syria-map.svg'), await renderSvg(mapSpec(syria, { title: 'Syria: events by place and type' })));
await writeFile(join(OUT, 'report.html'), await renderReport(syria, { title: 'Syria in the UCDP GED sample', source: DATASET, issues }));
console.log(`\nWrote ${join(OUT, 'timeline.svg')}, ${join(OUT, 'syria-map.svg')} and ${join(OUT, 'report.html')}`);
