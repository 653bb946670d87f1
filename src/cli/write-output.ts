import { mkdir } from 'node:fs/promises';
import { dirname, extname, join, basename } from 'node:path';
import type { CsvLayout } from '../io/csv-layout.js';
import { writeCsv } from '../io/to-csv.js';
import { writeDataPackage } from '../io/to-datapackage.js';
import { writeGeoJson } from '../io/to-geojson.js';
import { writeJsonl } from '../io/to-jsonl.js';
import { writeParquet } from '../io/to-parquet.js';
import type { ConflictEvent } from '../schema/event.js';
import type { Issue } from '../schema/issue.js';

/** The output formats, by extension of `--out`. */
export const OUTPUT_EXTENSIONS = ['.jsonl', '.csv', '.geojson', '.parquet', '.json'] as const;

/** Options of {@link writeOutput}. */
export interface WriteOutputOptions {
  /** CSV layout (and the layout of the data package's CSV). */
  layout?: CsvLayout;
  /** Write a UTF-8 byte-order mark at the start of CSV files (for Excel). */
  bom?: boolean;
}

/**
 * Writes events to a file whose extension says the format: `.jsonl`, `.csv` (in the given
 * layout), `.geojson`, `.parquet` (needs the optional `hyparquet-writer`), or `.json` (a
 * Frictionless Data Package: `datapackage.json` and its CSV, in the file's folder).
 *
 * @example
 * ```ts
 * await writeOutput(events, 'out/events.acled.csv', { layout: 'acled' });
 * ```
 */
export async function writeOutput(events: readonly ConflictEvent[], path: string, options: WriteOutputOptions = {}): Promise<{ written: number; issues: Issue[]; files: string[] }> {
  await mkdir(dirname(path), { recursive: true });
  const ext = extname(path).toLowerCase();
  switch (ext) {
    case '.jsonl': {
      const r = await writeJsonl(events, path);
      return { written: r.value.events, issues: r.issues, files: [path] };
    }
    case '.csv': {
      const r = await writeCsv(events, path, { layout: options.layout ?? 'native', ...(options.bom === true ? { bom: true } : {}) });
      return { written: r.value.events, issues: r.issues, files: [path] };
    }
    case '.geojson': {
      const r = await writeGeoJson(events, path);
      return { written: r.value.events, issues: r.issues, files: [path] };
    }
    case '.parquet': {
      const r = await writeParquet(events, path);
      return { written: r.value.events, issues: r.issues, files: [path] };
    }
    case '.json': {
      const dir = dirname(path);
      const name = basename(path, ext).toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
      const r = await writeDataPackage(events, dir, {
        name: name === 'datapackage' ? 'conflict-events' : name,
        layout: options.layout ?? 'native',
        ...(name === 'datapackage' ? {} : { csvFile: `${name}.csv` }),
      });
      return { written: r.value.events, issues: r.issues, files: r.value.files.length > 0 ? r.value.files : [join(dir, 'datapackage.json')] };
    }
    default:
      throw new RangeError(`the output format follows the extension of --out: one of ${OUTPUT_EXTENSIONS.join(', ')} (got ${JSON.stringify(ext || path)})`);
  }
}
