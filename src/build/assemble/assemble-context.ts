import type { AnnotatedDocument, DocumentMetadata } from '../../annotations/document.js';
import { CalendarDateSchema } from '../../schema/date.js';
import { type Issue, issue } from '../../schema/issue.js';
import { SourceSchema, type Source } from '../../schema/source.js';

/** The report-level facts assembly needs, checked: publication date, time zone, language. */
export interface ReportContext {
  published?: string;
  /** The publication day `YYYY-MM-DD` (for "the event never lies after its report"). */
  publishedDay?: string;
  timeZone?: string;
  language?: string;
  source: Source;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function dayOf(published: string, timeZone: string | undefined): string | undefined {
  if (CalendarDateSchema.safeParse(published).success) return published;
  const instant = Date.parse(published);
  if (Number.isNaN(instant)) return undefined;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  return parts;
}

/**
 * The checked report context of a document: its metadata, filled from the caller's defaults,
 * with a publication date or time zone that does not parse reported as an issue and left out
 * (relative dates then stay unresolved, with their own issues) instead of failing the document.
 *
 * @example
 * ```ts
 * reportContext(doc, { timeZone: 'Asia/Damascus' }).value.publishedDay; //=> '2021-02-22'
 * ```
 */
export function reportContext(doc: AnnotatedDocument, defaults: DocumentMetadata = {}): { value: ReportContext; issues: Issue[] } {
  const issues: Issue[] = [];
  const where = { document: doc.id, ...(doc.file !== undefined ? { file: doc.file } : {}) };
  const meta = { ...defaults, ...doc.metadata };
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const out: ReportContext = { source: { document: doc.id } };

  const zone = text(meta.timeZone);
  if (zone !== undefined) {
    if (validTimeZone(zone)) out.timeZone = zone;
    else issues.push(issue('warning', 'invalid_time_zone', `time zone ${JSON.stringify(zone)} is not an IANA time zone; dates are read in UTC`, { ...where, path: ['metadata', 'timeZone'] }));
  }
  const published = text(meta.published);
  if (published !== undefined) {
    const parsed = SourceSchema.shape.published.safeParse(published);
    const day = parsed.success ? dayOf(published, out.timeZone) : undefined;
    if (day !== undefined) {
      out.published = published;
      out.publishedDay = day;
    } else {
      issues.push(issue('warning', 'invalid_published', `publication date ${JSON.stringify(published)} is not YYYY-MM-DD or an ISO 8601 date-time with offset; relative dates cannot be resolved`, { ...where, path: ['metadata', 'published'] }));
    }
  } else {
    issues.push(issue('info', 'no_published_date', 'the document has no publication date: relative dates ("last month", "yesterday") stay unresolved', { ...where, path: ['metadata', 'published'] }));
  }
  const language = text(meta.language);
  if (language !== undefined) out.language = language;

  const source: Source = { document: doc.id };
  const publisher = text(meta.publisher);
  const url = text(meta.url);
  const title = text(meta.title);
  if (publisher !== undefined) source.publisher = publisher;
  if (url !== undefined) source.url = url;
  if (out.published !== undefined) source.published = out.published;
  if (language !== undefined) source.language = language;
  if (title !== undefined) source.title = title;
  out.source = source;
  return { value: out, issues };
}
