/**
 * The seed report, from annotation to map.
 *
 *   npx tsx examples/seed-report-to-map.ts
 *
 * The project began with one Arabic news report (examples/seed/seed-report.txt, February 2021):
 * ISIS assassinations of two women activists in the Deir ez-Zor countryside, ISIS attacks on
 * Syrian government forces in the Badia, and, as background, the SDF's announcement of ISIS's
 * territorial defeat (March 2019) and the Turkish offensive (October 2019). It is annotated in
 * brat (seed-report.ann) and in the inline format (seed-report.inline.md); an English report of
 * the same story is annotated in Label Studio (examples/seed-en/). This walkthrough reads them,
 * resolves what the text says, merges the two languages' reports, and draws the result.
 * Everything it writes goes to out/examples/seed/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildDataset,
  formatIssue,
  mapSpec,
  readAnnotations,
  renderReport,
  renderSvg,
  resolveCount,
  resolveDate,
  resolvePlace,
  summarize,
  timelineSpec,
  writeCsv,
  writeGeoJson,
  writeJsonl,
} from '../src/index.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(REPO, 'out/examples/seed');

// 1. Read the annotations. One document model, whatever the tool; offsets in code points.
const { value: documents, issues: readIssues } = await readAnnotations([join(REPO, 'examples/seed/seed-report.ann'), join(REPO, 'examples/seed-en')]);
for (const doc of documents) {
  console.log(`${doc.id} (${doc.format}, ${doc.metadata.language ?? '?'}, published ${doc.metadata.published ?? '?'}): ${doc.spans.length} spans, ${doc.events.length} event annotations, ${doc.relations.length} relations`);
}

// 2. What the resolvers make of the Arabic report's words, one at a time.
const context = { published: '2021-02-22', timeZone: 'Asia/Damascus', language: 'ar' };
for (const words of ['في شهر يناير الماضي', 'خلال شهر فبراير الجاري', 'أواخر مارس من عام 2019', 'مطلع تشرين الأول/أكتوبر من عام 2019']) {
  const { value } = resolveDate(words, context);
  console.log(`date   ${words} → ${value.start ?? '?'} … ${value.end ?? '?'} (${value.precision})`);
}
for (const words of ['ريف مدينة دير الزور السورية', 'البادية السورية']) {
  const { value } = resolvePlace(words, { language: 'ar' });
  console.log(`place  ${words} → ${value.name ?? '?'}, ${value.admin1 ?? value.region ?? value.country ?? ''} (${value.precision})`);
}
console.log(`count  العشرات → ${JSON.stringify(resolveCount('العشرات').value)}`);

// 3. Build the dataset: assemble each report's events, resolve them, merge across languages.
const { value: events, issues, stats } = buildDataset({ documents });
console.log(`\n${stats.documents} reports gave ${stats.assembled} events; merged into ${events.length} (${stats.merge.merged} combine reports in Arabic and English)`);
for (const i of [...readIssues, ...issues].filter((x) => x.level !== 'info')) console.log(`  ${formatIssue(i)}`);
for (const e of events) {
  const who = e.actors.map((a) => `${a.role}: ${a.name}`).join('; ');
  console.log(`- ${e.type} ${e.date.start ?? '?'} … ${e.date.end ?? '?'} in ${e.location.name ?? '?'} (${e.location.precision}); ${who}; sources: ${e.sources.map((s) => s.document).join(', ')}`);
}

// 4. Write it in the layouts of the field.
await mkdir(OUT, { recursive: true });
await writeJsonl(events, join(OUT, 'events.jsonl'));
await writeCsv(events, join(OUT, 'events.acled.csv'), { layout: 'acled' });
await writeGeoJson(events, join(OUT, 'events.geojson'));

// 5. Look at it: a summary, a timeline, a map, and an offline HTML report with the evidence.
console.log(`\n${summarize(events).toString()}`);
await writeFile(join(OUT, 'timeline.svg'), await renderSvg(timelineSpec(events, { by: 'type', title: 'The seed dataset: events by month and type' })));
await writeFile(join(OUT, 'map.svg'), await renderSvg(mapSpec(events, { title: 'The seed dataset: events by place and type' })));
await writeFile(join(OUT, 'report.html'), await renderReport(events, { title: 'The seed dataset', source: 'examples/seed, examples/seed-en', issues }));
console.log(`\nWrote ${['events.jsonl', 'events.acled.csv', 'events.geojson', 'timeline.svg', 'map.svg', 'report.html'].map((f) => join('out/examples/seed', f)).join(', ')}`);
