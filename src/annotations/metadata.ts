/**
 * Document metadata: picking the known fields out of what a file carries, applying the caller's
 * defaults, and checking the values the event builder relies on (`published`, `timeZone`,
 * `language`).
 */
import { type Issue, issue } from '../schema/issue.js';
import { asciiDigits } from '../text/ascii-digits.js';
import type { DocumentMetadata, MetadataValue } from './document.js';

/**
 * The metadata fields the library itself reads.
 *
 * @example
 * ```ts
 * METADATA_FIELDS.includes('timeZone'); //=> true
 * ```
 */
export const METADATA_FIELDS = ['published', 'language', 'publisher', 'url', 'title', 'timeZone'] as const;

/**
 * One of {@link METADATA_FIELDS}.
 *
 * @example
 * ```ts
 * const field: MetadataField = 'published';
 * ```
 */
export type MetadataField = (typeof METADATA_FIELDS)[number];

/**
 * Where each known metadata field is found in a record (a Label Studio task's `data`, a doccano
 * line), when the names differ from the library's: `{ published: 'date', url: 'link' }`.
 *
 * @example
 * ```ts
 * parseLabelStudio(json, { fields: { published: 'date', url: 'link' } });
 * ```
 */
export type MetadataFieldNames = Partial<Record<MetadataField, string>>;

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const zoneCache = new Map<string, boolean>();
const languageCache = new Map<string, boolean>();

function validTimeZone(zone: string): boolean {
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    zoneCache.set(zone, ok);
  }
  return ok;
}

function validLanguage(tag: string): boolean {
  let ok = languageCache.get(tag);
  if (ok === undefined) {
    try {
      Intl.getCanonicalLocales(tag);
      ok = true;
    } catch {
      ok = false;
    }
    languageCache.set(tag, ok);
  }
  return ok;
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  // Proleptic Gregorian, as Date counts: February has 29 days in leap years.
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (MONTH_DAYS[m - 1] ?? 31) + (leap ? 1 : 0);
}

/**
 * Converts any JSON-ish input to a metadata value, dropping what JSON cannot hold.
 *
 * @example
 * ```ts
 * toMetadataValue({ a: [1, undefined], b: () => 1 }); //=> { a: [1, null] }
 * ```
 */
export function toMetadataValue(value: unknown): MetadataValue | undefined {
  if (value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) {
    const out: MetadataValue[] = [];
    for (const v of value) {
      const m = toMetadataValue(v);
      out.push(m === undefined ? null : m);
    }
    return out;
  }
  if (typeof value === 'object') {
    const out: Record<string, MetadataValue> = {};
    for (const [k, v] of Object.entries(value)) {
      const m = toMetadataValue(v);
      if (m !== undefined) out[k] = m;
    }
    return out;
  }
  return undefined;
}

/**
 * Where metadata issues are reported.
 *
 * @example
 * ```ts
 * checkMetadata({ published: 'soon' }, { file: 'export.json', path: [3, 'data'] });
 * ```
 */
export interface MetadataWhere {
  file?: string;
  line?: number;
  document?: string;
  path?: (string | number)[];
}

const renamings = new WeakMap<MetadataFieldNames, Map<string, MetadataField>>();
const DEFAULT_RENAMING = new Map<string, MetadataField>(METADATA_FIELDS.map((f) => [f, f]));

/** Record key → library field, for the given field names (cached per names object). */
function renamingOf(names: MetadataFieldNames | undefined): Map<string, MetadataField> {
  if (names === undefined) return DEFAULT_RENAMING;
  let map = renamings.get(names);
  if (map === undefined) {
    map = new Map();
    for (const field of METADATA_FIELDS) map.set(names[field] ?? field, field);
    renamings.set(names, map);
  }
  return map;
}

/**
 * Builds a document's metadata from a record: every field of the record is kept (known fields
 * under the library's names, read from `names` when they differ), then `defaults` fill what is
 * missing. Known fields are checked: `published` must be a calendar date or an ISO instant,
 * `timeZone` an IANA zone, `language` a BCP 47 tag; a bad value is kept as written and flagged.
 *
 * @example
 * ```ts
 * buildMetadata({ date: '2021-02-23', lang: 'en' }, { names: { published: 'date', language: 'lang' } });
 * //=> { value: { published: '2021-02-23', language: 'en' }, issues: [] }
 * ```
 */
export function buildMetadata(
  record: Readonly<Record<string, unknown>>,
  options: { names?: MetadataFieldNames; defaults?: DocumentMetadata; exclude?: readonly string[]; where?: MetadataWhere } = {},
): { value: DocumentMetadata; issues: Issue[] } {
  const renamed = renamingOf(options.names);
  const exclude = options.exclude ?? [];
  const metadata: DocumentMetadata = {};
  for (const key in record) {
    if (!Object.hasOwn(record, key) || exclude.includes(key)) continue;
    const raw = record[key];
    // Strings (most fields) need no conversion.
    const value = typeof raw === 'string' ? raw : toMetadataValue(raw);
    if (value === undefined) continue;
    const field = renamed.get(key);
    if (field !== undefined) {
      metadata[field] = typeof value === 'string' ? value : JSON.stringify(value);
    } else if (!(key in metadata)) {
      metadata[key] = value;
    }
  }
  for (const [key, value] of Object.entries(options.defaults ?? {})) {
    if (value !== undefined && metadata[key] === undefined) metadata[key] = value;
  }
  return { value: metadata, issues: checkMetadata(metadata, options.where ?? {}) };
}

/** True for a valid calendar date written YYYY-MM-DD (the common case, checked first and quickly). */
function isCalendarDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = asciiDigits(s, 0, 4);
  const m = asciiDigits(s, 5, 7);
  const d = asciiDigits(s, 8, 10);
  return y >= 0 && m >= 0 && d >= 0 && validCalendarDate(y, m, d);
}

/** Where a metadata field's issue is: `where`, with the field appended to its path. */
function fieldAt(where: MetadataWhere, field: string): Partial<Issue> {
  return { ...where, path: [...(where.path ?? []), field] };
}

/**
 * Checks the known metadata fields and returns warnings for values the event builder cannot use
 * (the values stay as written).
 *
 * @example
 * ```ts
 * checkMetadata({ published: '2021-02-30' }, { document: 'r1' })[0]?.code; //=> 'invalid_published'
 * ```
 */
export function checkMetadata(metadata: DocumentMetadata, where: MetadataWhere = {}): Issue[] {
  const issues: Issue[] = [];
  const published = metadata.published;
  if (published !== undefined && !isCalendarDate(published)) {
    // Not a valid YYYY-MM-DD: an ISO instant, or a value to flag.
    const d = DATETIME.exec(published);
    if (d === null || !validCalendarDate(Number(d[1]), Number(d[2]), Number(d[3]))) {
      issues.push(
        issue('warning', 'invalid_published', `metadata "published" is "${published}", not a date YYYY-MM-DD or an ISO 8601 instant; relative dates cannot be resolved against it`, fieldAt(where, 'published')),
      );
    } else if (d[4] === undefined && metadata.timeZone === undefined) {
      issues.push(
        issue('warning', 'published_without_offset', `metadata "published" is "${published}", an instant without a UTC offset and no "timeZone" is given; its calendar date is ambiguous`, fieldAt(where, 'published')),
      );
    }
  }
  const zone = metadata.timeZone;
  if (zone !== undefined && !validTimeZone(zone)) {
    issues.push(issue('warning', 'invalid_time_zone', `metadata "timeZone" is "${zone}", not an IANA time zone such as "Asia/Damascus"`, fieldAt(where, 'timeZone')));
  }
  const language = metadata.language;
  if (language !== undefined && !validLanguage(language)) {
    issues.push(issue('warning', 'invalid_language', `metadata "language" is "${language}", not a BCP 47 language tag such as "ar" or "en"`, fieldAt(where, 'language')));
  }
  return issues;
}
