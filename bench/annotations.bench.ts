/**
 * Annotation readers: parse throughput of each format against the cheapest thing that touches
 * the same bytes in the same process: splitting into lines and fields (brat, inline) and
 * JSON.parse (Label Studio, doccano). Inputs are the repository's real examples: the annotated
 * seed report (Arabic, 44 spans, 4 events), brat's tutorial documents and the IDRISI Arabic
 * tweets with emoji. The machine is shared, so each case is measured in several rounds,
 * alternating with its baseline, and the best round of each is reported.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBrat } from '../src/annotations/brat/parse-brat.js';
import { parseDoccano } from '../src/annotations/doccano/parse-doccano.js';
import { parseInline } from '../src/annotations/inline/parse-inline.js';
import { toInline } from '../src/annotations/inline/to-inline.js';
import { parseLabelStudio } from '../src/annotations/label-studio/parse-label-studio.js';
import { type Measurement, measure, report } from './harness.js';
import { sharedPath } from '../test/helpers/shared.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (p: string): string => readFileSync(resolve(root, p), 'utf8');

/** Best of `rounds` alternating measurements of the baseline and each case. */
function compare(title: string, unit: string, items: number, baseline: [string, () => unknown], cases: [string, () => unknown][], rounds = 5): void {
  const all = [baseline, ...cases];
  for (const [, fn] of all) for (let i = 0; i < 300; i++) fn();
  const best = new Map<string, Measurement>();
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of all) {
      const m = measure(name, fn, { items, minMs: 300, warmup: 20 });
      const prev = best.get(name);
      if (prev === undefined || m.opsPerSecond > prev.opsPerSecond) best.set(name, m);
    }
  }
  const get = (name: string): Measurement => {
    const m = best.get(name);
    if (m === undefined) throw new Error(`no measurement for ${name}`);
    return m;
  };
  report(title, get(baseline[0]), cases.map(([name]) => get(name)), unit);
}

export function run(): void {
  const seedText = read('examples/seed/seed-report.txt');
  const seedAnn = read('examples/seed/seed-report.ann');
  const seedInline = read('examples/seed/seed-report.inline.md');
  const tutorialDir = sharedPath('reference-data/annotations/brat-tutorial-news');
  const tutorial = ['000-introduction', '080-event-annotation', '090-event_structures', '100-attribute_annotation', '110-note_annotation'].map((n) => ({
    text: read(`${tutorialDir}/${n}.txt`),
    ann: read(`${tutorialDir}/${n}.ann`),
  }));
  const bratDocs = [{ text: seedText, ann: seedAnn }, ...tutorial];
  const lsCp = read('test/fixtures/annotations/label-studio/idrisi-cairo.codepoint.json');
  const lsU16 = read('test/fixtures/annotations/label-studio/idrisi-cairo.utf16.json');
  const seedLs = read('examples/seed-en/seed-report-en.json');
  const doccanoU16 = read('test/fixtures/annotations/doccano/idrisi-beirut.utf16.jsonl');
  const splitLines = (s: string, sep: string): number => {
    let n = 0;
    for (const line of s.split('\n')) n += line.split(sep).length;
    return n;
  };

  compare('brat standoff: the seed report and 5 tutorial documents', 'documents', bratDocs.length, [
    'split .ann lines and fields',
    () => {
      let n = 0;
      for (const d of bratDocs) n += splitLines(d.ann, '\t');
      return n;
    },
  ], [['parseBrat', () => bratDocs.map((d) => parseBrat(d.text, d.ann))]]);

  const seedDoc = parseInline(seedInline).value[0];
  if (seedDoc === undefined) throw new Error('the seed inline file did not parse');
  compare('inline format: the seed report (44 spans, 4 events)', 'documents', 1, ['split lines and "[["', () => splitLines(seedInline, '[[')], [
    ['parseInline', () => parseInline(seedInline)],
    ['toInline', () => toInline(seedDoc)],
  ]);

  const lsTasks = (JSON.parse(lsCp) as unknown[]).length;
  compare(`Label Studio JSON: ${lsTasks} IDRISI tweets`, 'tasks', lsTasks, ['JSON.parse', () => JSON.parse(lsCp) as unknown], [
    ['parseLabelStudio (code points)', () => parseLabelStudio(lsCp)],
    ['parseLabelStudio (UTF-16, detected)', () => parseLabelStudio(lsU16)],
  ]);
  compare('Label Studio JSON: the seed-en task with relations', 'tasks', 1, ['JSON.parse', () => JSON.parse(seedLs) as unknown], [['parseLabelStudio', () => parseLabelStudio(seedLs)]]);

  const lines = doccanoU16.split('\n').filter((l) => l !== '');
  compare(`doccano JSONL: ${lines.length} IDRISI tweets (UTF-16)`, 'lines', lines.length, [
    'split lines + JSON.parse',
    () => {
      for (const l of doccanoU16.split('\n')) if (l !== '') JSON.parse(l);
    },
  ], [['parseDoccano', () => parseDoccano(doccanoU16)]]);
}
