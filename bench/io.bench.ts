/**
 * io benchmark: dataset writers.
 *
 * - CSV (native layout): `writeCsv` (flatten + Papa.unparse in chunks + write to a temp file)
 *   against the baseline `Papa.unparse` on the same rows already flattened (no I/O): the cost
 *   ratio must stay under 1.5×.
 * - Throughput of the JSONL, GeoJSON and Parquet writers on the same events.
 * - Peak resident memory of writing 1,000,000 events as JSONL and as CSV to a temp file, each in
 *   its own child process, against a child that only generates the events.
 *
 * Run: `npx tsx bench/index.ts io`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { flattenEvent, type NativeValue } from '../src/io/flatten-event.js';
import { writeCsv } from '../src/io/to-csv.js';
import { writeGeoJson } from '../src/io/to-geojson.js';
import { writeJsonl } from '../src/io/to-jsonl.js';
import { writeParquet } from '../src/io/to-parquet.js';
import type { ConflictEvent } from '../src/schema/event.js';
import { syntheticEvent, syntheticEvents } from '../test/io/synthetic-events.js';
import { measureAsync, measure, peakRssMiB, report } from './harness.js';

const N = 100_000;
const RSS_EVENTS = 1_000_000;
const here = fileURLToPath(import.meta.url);

/** The cells as `writeCsv` hands them to papaparse (booleans as text, empty as undefined). */
function preFlattened(events: readonly ConflictEvent[]): NativeValue[][] {
  return events.map((e) =>
    flattenEvent(e).map((v) => (typeof v === 'boolean' ? (v ? 'true' : 'false') : v === '' ? undefined : v)),
  );
}

/** Child process: write RSS_EVENTS events in one format, print peak RSS (MiB) and the file size as JSON. */
async function child(format: string, path: string): Promise<void> {
  const start = performance.now();
  const events = syntheticEvents(RSS_EVENTS);
  if (format === 'none') for (const _ of events);
  else if (format === 'jsonl') await writeJsonl(events, path);
  else if (format === 'csv') await writeCsv(events, path);
  else throw new Error(`unknown format ${format}`);
  const seconds = (performance.now() - start) / 1000;
  const bytes = format === 'none' ? 0 : statSync(path).size;
  console.log(JSON.stringify({ format, rssMiB: peakRssMiB(), seconds, bytes }));
}

function runChild(format: string, path: string): { format: string; rssMiB: number; seconds: number; bytes: number } {
  const out = spawnSync(process.execPath, ['--import', 'tsx', here, '--child', format, path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`child ${format} failed: ${out.stderr}`);
  const last = out.stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as ReturnType<typeof runChild>;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'conflict-events-bench-io-'));
  try {
    const events = Array.from({ length: N }, (_, i) => syntheticEvent(i));
    const rows = preFlattened(events);
    const config: Papa.UnparseConfig = { header: false, newline: '\n', quotes: false, escapeFormulae: false };

    const baseline = measure('Papa.unparse, rows already flattened (no I/O)', () => Papa.unparse(rows, config), { items: N, minMs: 3000, warmup: 1 });
    const csvPath = join(dir, 'events.csv');
    const csv = await measureAsync('writeCsv (flatten + unparse + write file)', () => writeCsv(events, csvPath), { items: N, minMs: 3000, warmup: 1 });
    const csvUnsafe = await measureAsync('writeCsv, spreadsheetSafe: false', () => writeCsv(events, csvPath, { spreadsheetSafe: false }), {
      items: N,
      minMs: 3000,
      warmup: 1,
    });
    report(`CSV, native layout, ${N.toLocaleString('en')} events (${(statSync(csvPath).size / 1e6).toFixed(1)} MB)`, baseline, [csv, csvUnsafe], 'rows');
    const ratio = baseline.opsPerSecond / csv.opsPerSecond;
    console.log(`writeCsv cost vs Papa.unparse on pre-flattened rows: ${ratio.toFixed(2)}× (target ≤ 1.5×) ${ratio <= 1.5 ? 'OK' : 'OVER TARGET'}`);

    const jsonlPath = join(dir, 'events.jsonl');
    const jsonl = await measureAsync('writeJsonl (validate: true)', () => writeJsonl(events, jsonlPath), { items: N, minMs: 3000, warmup: 1 });
    const jsonlRaw = await measureAsync('writeJsonl (validate: false)', () => writeJsonl(events, jsonlPath, { validate: false }), { items: N, minMs: 2000, warmup: 1 });
    const geoPath = join(dir, 'events.geojson');
    const geo = await measureAsync('writeGeoJson', () => writeGeoJson(events, geoPath), { items: N, minMs: 3000, warmup: 1 });
    const pqPath = join(dir, 'events.parquet');
    const pq = await measureAsync('writeParquet (snappy)', () => writeParquet(events, pqPath), { items: N, minMs: 3000, warmup: 1 });
    report(`Other writers, ${N.toLocaleString('en')} events, against the CSV writer`, csv, [jsonl, jsonlRaw, geo, pq], 'events');
    console.log(
      `file sizes: csv ${(statSync(csvPath).size / 1e6).toFixed(1)} MB, jsonl ${(statSync(jsonlPath).size / 1e6).toFixed(1)} MB, geojson ${(statSync(geoPath).size / 1e6).toFixed(1)} MB, parquet ${(statSync(pqPath).size / 1e6).toFixed(1)} MB`,
    );

    console.log(`\n## Peak RSS writing ${RSS_EVENTS.toLocaleString('en')} events to a temp file (one child process each)`);
    const results = [runChild('none', ''), runChild('jsonl', join(dir, 'big.jsonl')), runChild('csv', join(dir, 'big.csv'))];
    console.table(
      results.map((r) => ({
        case: r.format === 'none' ? 'generate events only (baseline)' : `write ${r.format}`,
        'peak RSS MiB': r.rssMiB.toFixed(0),
        seconds: r.seconds.toFixed(1),
        'events/s': Math.round(RSS_EVENTS / r.seconds).toLocaleString('en'),
        'file MB': (r.bytes / 1e6).toFixed(0),
      })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url && process.argv[2] === '--child') {
  await child(process.argv[3] ?? '', process.argv[4] ?? '');
}
