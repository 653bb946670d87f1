/**
 * Merge your own events with ACLED rows: the same clash, coded by ACLED and read from a news
 * report, becomes one event that keeps both sources, the evidence span of the report, and the
 * figure they disagree on.
 *
 *   npx tsx examples/merge-with-acled.ts
 *
 * The ACLED rows are real (the 2022 Syria/Iraq sample beside the repository in
 * ../shared/reference-data/acled; attribute "Armed Conflict Location & Event Data (ACLED),
 * acleddata.com"). The two news reports below are written for this example, to show the shape of
 * your own events: a real project builds them from annotated reports.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConflictEvent, ConflictEventSchema, filterEvents, formatIssue, mergeEvents, readAcledCsv, summarize } from '../src/index.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Your ACLED export: the argument, else the sample in the shared reference folder (CONFLICT_EVENTS_SHARED, or ../shared beside the repository). */
const ACLED = process.argv[2] ?? resolve(process.env.CONFLICT_EVENTS_SHARED ?? resolve(REPO, '../shared'), 'reference-data/acled/acled_2022H1_syria_iraq_sample.csv');

// 1. A few ACLED rows: Deir ez-Zor, March 2022.
const { value: acledEvents, issues } = await readAcledCsv(ACLED);
for (const i of issues) console.log(formatIssue(i));
const acled = filterEvents(acledEvents, { admin1: 'Deir ez Zor', from: '2022-03-01', to: '2022-03-31' });
console.log(`ACLED: ${acled.length} events in Deir ez-Zor in March 2022`);
for (const e of acled) console.log(`  ${e.id}  ${e.date.start ?? '?'}  ${e.type.padEnd(12)}  ${e.location.name ?? '?'}  ${e.actors.map((a) => a.name).join(' / ')}  killed ${e.fatalities?.best ?? '?'}`);

// 2. Our own events, built with the schema. The first reports the clash ACLED has as SYR99602
//    (Al Sikhah, 12 March 2022) but counts three dead; the second is another event.
const report = 'قتل ثلاثة عناصر من قوات الأسايش بهجوم لتنظيم داعش على نقطة عسكرية في بلدة الصكحة بريف دير الزور الشرقي';
const span = (text: string): { start: number; end: number; text: string } => {
  const at = Array.from(report.slice(0, report.indexOf(text))).length; // offsets are code points
  return { start: at, end: at + Array.from(text).length, text };
};
const ours: ConflictEvent[] = [
  ConflictEventSchema.parse({
    id: 'ours-sikhah-clash',
    type: 'armed_clash',
    date: { start: '2022-03-12', end: '2022-03-12', precision: 'day', text: 'السبت' },
    location: { name: 'Al Sikhah', country: 'Syria', iso3: 'SYR', admin1: 'Deir ez Zor', point: { lat: 34.7056, lon: 40.7594 }, precision: 'exact', text: 'بلدة الصكحة' },
    actors: [
      { name: 'Islamic State', id: 'isis', role: 'actor', kind: 'rebel_group', text: 'تنظيم داعش' },
      { name: 'Asayish', role: 'actor', kind: 'political_militia', text: 'قوات الأسايش' },
    ],
    fatalities: { low: 3, best: 3, high: 3, text: 'ثلاثة عناصر' },
    sources: [{ document: 'report-2022-03-13', publisher: 'Example local outlet', published: '2022-03-13', language: 'ar' }],
    evidence: [
      { document: 'report-2022-03-13', field: 'type', ...span('بهجوم') },
      { document: 'report-2022-03-13', field: 'fatalities', ...span('ثلاثة عناصر') },
      { document: 'report-2022-03-13', field: 'location', ...span('بلدة الصكحة') },
    ],
  }),
  ConflictEventSchema.parse({
    id: 'ours-protest-raqqa',
    type: 'protest',
    subtype: 'peaceful',
    date: { start: '2022-03-20', end: '2022-03-20', precision: 'day' },
    location: { name: 'Ar-Raqqa', country: 'Syria', iso3: 'SYR', admin1: 'Ar Raqqa', point: { lat: 35.95, lon: 39.01 }, precision: 'exact' },
    actors: [{ name: 'Protesters (Syria)', role: 'actor', kind: 'protesters' }],
    sources: [{ document: 'report-2022-03-21', publisher: 'Example local outlet', published: '2022-03-21', language: 'ar' }],
    evidence: [],
  }),
];

// 3. Merge. Reports of one event become one event with every source kept.
const { value: merged, issues: mergeIssues, stats } = mergeEvents([...acled, ...ours]);
console.log(`\nMerged ${stats.input} events into ${stats.output}: ${stats.merged} merged from ${stats.reportsMerged} reports, ${stats.disagreements} disagreements`);
for (const i of mergeIssues.filter((x) => x.level !== 'info')) console.log(`  ${formatIssue(i)}`);

for (const e of merged.filter((x) => (x.mergedFrom?.length ?? 0) > 1)) {
  console.log(`\n${e.id}: ${e.type} on ${e.date.start ?? '?'} at ${e.location.name ?? '?'} (${e.mergedFrom?.join(' + ') ?? ''})`);
  console.log(`  actors:     ${e.actors.map((a) => `${a.name} (${a.role})`).join(', ')}`);
  console.log(`  fatalities: low ${e.fatalities?.low ?? '?'}, best ${e.fatalities?.best ?? '?'}, high ${e.fatalities?.high ?? '?'}`);
  for (const s of e.sources) console.log(`  source:     ${s.publisher ?? s.document} ${s.published ?? ''} [${s.document}]`);
  for (const v of e.evidence) console.log(`  evidence:   ${v.field} «${v.text}» ${v.document} [${v.start}, ${v.end})`);
  for (const d of e.disagreements ?? []) console.log(`  disagree:   ${d.field}: ${d.values.map((v) => `${String(v.value)} (${v.documents.join(', ')})`).join(' vs ')} → ${d.resolution ?? ''}`);
}

console.log(`\n${summarize(merged).toString().split('\n').slice(0, 7).join('\n')}`);
