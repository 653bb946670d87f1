import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { sharedPath } from '../helpers/shared.js';

/** The repository root (tests reach the shared reference data relative to it, as CI does). */
export const repoRoot = resolve(import.meta.dirname, '../..');

/** A parsed reference CSV: header, rows, and the 1-based file line of each row. */
export interface ReferenceCsv {
  fields: string[];
  rows: Record<string, string>[];
}

function readCsv(relative: string): ReferenceCsv {
  const text = readFileSync(resolve(repoRoot, relative), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${relative}: ${parsed.errors[0]?.message ?? 'parse error'}`);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** The 528 real ACLED rows (Syria + Iraq, 2022 H1, legacy numeric inter codes). */
export function acledSample(): ReferenceCsv {
  return readCsv(sharedPath('reference-data/acled/acled_2022H1_syria_iraq_sample.csv'));
}

/** The 1000 real UCDP GED 23.1 rows (49 columns). */
export function ucdpSample(): ReferenceCsv {
  return readCsv(sharedPath('reference-data/ucdp-ged/ucdp_ged_v23_1_sample_1000.csv'));
}
