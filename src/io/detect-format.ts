import { extname } from 'node:path';
import Papa from 'papaparse';
import { type Issue, type Result, issue } from '../schema/issue.js';
import { detectCsvLayout } from './detect-csv-layout.js';

/**
 * The dataset formats the readers take: JSON Lines of events, our native CSV, an ACLED CSV export,
 * a UCDP GED CSV, or GeoJSON.
 */
export type DatasetFormat = 'jsonl' | 'native-csv' | 'acled-csv' | 'ucdp-csv' | 'geojson';

/**
 * How many bytes of a file {@link detectDatasetFormat} wants to see: enough for a long CSV header
 * or the first JSON line.
 *
 * @example
 * ```ts
 * const { buffer, bytesRead } = await handle.read(Buffer.alloc(DETECT_FORMAT_BYTES), 0, DETECT_FORMAT_BYTES, 0);
 * ```
 */
export const DETECT_FORMAT_BYTES = 65_536;

const CSV_FORMAT = { native: 'native-csv', acled: 'acled-csv', 'acled-legacy': 'acled-csv', ucdp: 'ucdp-csv' } as const;

function firstLine(text: string): { line: string; complete: boolean } {
  const nl = text.indexOf('\n');
  if (nl < 0) return { line: text, complete: false };
  return { line: text.slice(0, nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl), complete: true };
}

function jsonKind(text: string, ext: string): DatasetFormat | undefined {
  const { line, complete } = firstLine(text);
  let first: unknown;
  try {
    first = JSON.parse(line);
  } catch {
    first = undefined;
  }
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
    const type = (first as { type?: unknown }).type;
    if (type === 'FeatureCollection' || type === 'Feature') return 'geojson';
    if (complete || ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  }
  // Not one object per line: a pretty-printed or streamed GeoJSON document?
  const head = text.slice(0, 4096);
  if (/"type"\s*:\s*"(FeatureCollection|Feature)"/.test(head)) return 'geojson';
  if (ext === '.geojson') return 'geojson';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return undefined;
}

/**
 * Tells which dataset format a file holds, from its first bytes (see {@link DETECT_FORMAT_BYTES})
 * and, where the content leaves a doubt, its extension: JSON Lines (one event object per line),
 * GeoJSON (a FeatureCollection or Feature, ours streamed one feature per line or pretty-printed),
 * or a CSV whose header is our native layout, an ACLED export (current or legacy) or UCDP GED.
 * A byte-order mark is ignored. When the format cannot be told, `value` is `undefined` and an
 * issue says why (a Parquet file, an empty file, an unknown CSV header…).
 *
 * @example
 * ```ts
 * const fd = await open(path); const { buffer, bytesRead } = await fd.read(Buffer.alloc(DETECT_FORMAT_BYTES), 0, DETECT_FORMAT_BYTES, 0);
 * detectDatasetFormat(path, buffer.subarray(0, bytesRead)).value; //=> 'acled-csv'
 * detectDatasetFormat('x.jsonl', '{"id":"ev-1","type":"attack"}\n').value; //=> 'jsonl'
 * ```
 */
export function detectDatasetFormat(path: string, firstBytes: Uint8Array | string): Result<DatasetFormat | undefined> {
  const ext = extname(path).toLowerCase();
  const issues: Issue[] = [];
  const fail = (code: string, message: string): Result<undefined> => {
    issues.push(issue('error', code, message, { file: path }));
    return { value: undefined, issues };
  };
  if (typeof firstBytes !== 'string' && firstBytes.length >= 4 && firstBytes[0] === 0x50 && firstBytes[1] === 0x41 && firstBytes[2] === 0x52 && firstBytes[3] === 0x31) {
    return fail('unsupported_format', `${path} is a Parquet file; the readers take JSONL, CSV (native, ACLED, UCDP GED) and GeoJSON (read Parquet with DuckDB, pandas or hyparquet)`);
  }
  // A cut multi-byte character at the end of the bytes decodes to U+FFFD, which is harmless here.
  let text = typeof firstBytes === 'string' ? firstBytes : new TextDecoder('utf-8').decode(firstBytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/^\s+/, '');
  if (text.length === 0) return fail('empty_file', `${path} is empty`);

  if (text.startsWith('{') || text.startsWith('[')) {
    const kind = text.startsWith('{') ? jsonKind(text, ext) : undefined;
    if (kind !== undefined) return { value: kind, issues };
    return fail('unknown_format', `${path} holds JSON but neither one event per line (JSONL) nor a GeoJSON FeatureCollection`);
  }

  const { line } = firstLine(text);
  const header = (Papa.parse<string[]>(line, { header: false }).data[0] ?? []).map(String);
  const layout = detectCsvLayout(header);
  if (layout !== undefined) return { value: CSV_FORMAT[layout], issues };
  const shown = header.slice(0, 6).map((h) => JSON.stringify(h)).join(', ');
  return fail(
    'unknown_format',
    `${path} is not JSONL, GeoJSON, or a CSV with a native, ACLED or UCDP GED header${header.length > 1 ? ` (its first line starts ${shown})` : ''}`,
  );
}
