/**
 * The one document model every annotation reader produces: a report's text, its metadata and the
 * annotations made on it (spans, events, relations, attributes, normalisations, notes,
 * equivalences), with offsets in Unicode code points whatever unit the tool wrote.
 */

/**
 * How a tool counted offsets: Unicode code points (Python, brat, current Label Studio), UTF-16
 * code units (JavaScript, doccano, 2021-era Label Studio) or extended grapheme clusters (doccano's
 * "count grapheme clusters as one character" mode, where an emoji sequence or `\r\n` is one).
 *
 * @example
 * ```ts
 * const unit: OffsetUnit = 'utf16'; // doccano's default
 * ```
 */
export type OffsetUnit = 'codepoint' | 'utf16' | 'grapheme';

/**
 * The file formats the readers accept. `label-studio-min` is Label Studio's JSON_MIN export.
 *
 * @example
 * ```ts
 * detectFormat('all.jsonl'); //=> 'doccano'
 * ```
 */
export type AnnotationFormat = 'brat' | 'label-studio' | 'label-studio-min' | 'doccano' | 'inline';

/**
 * A JSON value, as metadata fields may hold.
 *
 * @example
 * ```ts
 * const v: MetadataValue = { sources: ['wire', 'tv'], pages: 2 };
 * ```
 */
export type MetadataValue = string | number | boolean | null | MetadataValue[] | { [key: string]: MetadataValue };

/**
 * What is known about the report: the fields the event builder uses (`published`, `language`,
 * `publisher`, `url`, `title`, `timeZone`) and any other field the input carried.
 *
 * @example
 * ```ts
 * const meta: DocumentMetadata = { published: '2021-02-22', language: 'ar', timeZone: 'Asia/Damascus' };
 * ```
 */
export interface DocumentMetadata {
  /** Publication date `YYYY-MM-DD` or instant (ISO 8601 with offset). */
  published?: string;
  /** BCP 47 language tag of the report text, e.g. `ar`, `en`. */
  language?: string;
  /** The outlet that published the report. */
  publisher?: string;
  /** Where the report can be read. */
  url?: string;
  /** The headline. */
  title?: string;
  /** IANA time zone that relative dates in the report are read in, e.g. `Asia/Damascus`. */
  timeZone?: string;
  /** Any other field. */
  [key: string]: MetadataValue | undefined;
}

/**
 * One continuous piece of a span, `[start, end)` in code points of the document text.
 *
 * @example
 * ```ts
 * const f: Fragment = { start: 0, end: 5 };
 * ```
 */
export interface Fragment {
  start: number;
  end: number;
}

/**
 * A labelled piece of text (brat T line, Label Studio region, doccano entity, inline `[[…|…]]`).
 * A discontinuous span has several fragments, in text order; its `text` is the fragments' texts
 * joined with one space (as brat writes it).
 *
 * @example
 * ```ts
 * const span: Span = { id: 'T1', label: 'Perpetrator', fragments: [{ start: 10, end: 14 }], text: 'داعش' };
 * ```
 */
export interface Span {
  id: string;
  label: string;
  fragments: Fragment[];
  text: string;
}

/**
 * A binary relation between two annotations (brat R line, Label Studio `relation`, doccano
 * relation). `from`/`to` are annotation ids as stored; `fromRole`/`toRole` are brat's argument
 * names (`Arg1`, `Arg2`); `direction` is Label Studio's arrow (`right`: from → to, `left`:
 * to → from, `bi`: both). `label` is empty when the tool stored none.
 *
 * @example
 * ```ts
 * const r: Relation = { id: 'R1', label: 'Victim', from: 'T3', to: 'T7', fromRole: 'Arg1', toRole: 'Arg2' };
 * ```
 */
export interface Relation {
  id: string;
  label: string;
  from: string;
  to: string;
  fromRole?: string;
  toRole?: string;
  direction?: 'right' | 'left' | 'bi';
}

/**
 * One argument of an event: its role, with brat's numbering of repeated roles stripped
 * (`Victim2` → `Victim`), and the id of a span or (nested events) of another event.
 *
 * @example
 * ```ts
 * const arg: EventArgument = { role: 'Victim', target: 'T5' };
 * ```
 */
export interface EventArgument {
  role: string;
  target: string;
}

/**
 * An n-ary event annotation (brat E line, inline `Type@e1`): its type label, the trigger span
 * and the role arguments.
 *
 * @example
 * ```ts
 * const e: EventAnnotation = { id: 'E1', label: 'Assassination', trigger: 'T4', arguments: [{ role: 'Victim', target: 'T5' }] };
 * ```
 */
export interface EventAnnotation {
  id: string;
  label: string;
  trigger: string;
  arguments: EventArgument[];
}

/**
 * An attribute of an annotation (brat A/M line, Label Studio per-region choices, inline
 * `+Claimed`): `value` is `true` for a binary attribute. `target` is an annotation id, or
 * {@link DOCUMENT_TARGET} for an attribute of the whole document.
 *
 * @example
 * ```ts
 * const a: Attribute = { id: 'A1', name: 'Claimed', target: 'E1', value: true };
 * ```
 */
export interface Attribute {
  id: string;
  name: string;
  target: string;
  value: string | true;
}

/**
 * A link from an annotation to an entry of a knowledge base (brat N line, inline `=db:id`):
 * `db` (e.g. `wikidata`, `actors`), `dbId` (e.g. `Q2429253`, `isis`) and the entry's name as the
 * annotator wrote it. `type` is kept when it is not brat's usual `Reference`.
 *
 * @example
 * ```ts
 * const n: Normalization = { id: 'N1', target: 'T2', db: 'wikidata', dbId: 'Q2429253', text: 'Islamic State' };
 * ```
 */
export interface Normalization {
  id: string;
  target: string;
  db: string;
  dbId: string;
  text?: string;
  type?: string;
}

/**
 * A free-text note on an annotation (brat `#` line, doccano comment, inline `"…"`). `target` is
 * an annotation id or {@link DOCUMENT_TARGET}. `type` is kept when it is not brat's usual
 * `AnnotatorNotes`.
 *
 * @example
 * ```ts
 * const n: Note = { id: '#1', target: 'E1', text: 'Date from the second paragraph' };
 * ```
 */
export interface Note {
  id: string;
  target: string;
  text: string;
  type?: string;
}

/**
 * A set of annotations that refer to the same thing (brat `*` line, inline `*Equiv:key`).
 * brat gives these lines no id; readers number them `*1`, `*2`… in file order.
 *
 * @example
 * ```ts
 * const eq: Equivalence = { id: '*1', label: 'Equiv', members: ['T2', 'T9'] };
 * ```
 */
export interface Equivalence {
  id: string;
  label: string;
  members: string[];
}

/**
 * An annotated report, the same whatever tool produced it. Offsets are Unicode code points of
 * `text`, which is kept byte-exact (no BOM stripping, no newline or Unicode normalisation).
 * `sourceOffsetUnit` says which unit the input used before conversion.
 *
 * @example
 * ```ts
 * const { value: [doc] } = parseBrat(text, ann, { id: 'seed-report' });
 * doc.spans.find((s) => s.label === 'Assassination')?.text; //=> 'اغتيال'
 * ```
 */
export interface AnnotatedDocument {
  id: string;
  text: string;
  file?: string;
  format: AnnotationFormat;
  metadata: DocumentMetadata;
  spans: Span[];
  relations: Relation[];
  events: EventAnnotation[];
  attributes: Attribute[];
  normalizations: Normalization[];
  notes: Note[];
  equivalences: Equivalence[];
  sourceOffsetUnit: OffsetUnit;
}

/**
 * The `target` of an attribute or note that is about the whole document rather than one
 * annotation (Label Studio choices without a region, doccano comments).
 *
 * @example
 * ```ts
 * doc.attributes.filter((a) => a.target === DOCUMENT_TARGET);
 * ```
 */
export const DOCUMENT_TARGET = '';

/**
 * A new document with no annotations.
 *
 * @example
 * ```ts
 * emptyDocument('r1', 'Text.', 'inline').spans; //=> []
 * ```
 */
export function emptyDocument(id: string, text: string, format: AnnotationFormat, sourceOffsetUnit: OffsetUnit = 'codepoint'): AnnotatedDocument {
  return {
    id,
    text,
    format,
    metadata: {},
    spans: [],
    relations: [],
    events: [],
    attributes: [],
    normalizations: [],
    notes: [],
    equivalences: [],
    sourceOffsetUnit,
  };
}

/**
 * Finds an annotation of a document by id: a span, an event or a relation.
 *
 * @example
 * ```ts
 * findAnnotation(doc, 'T3'); //=> { kind: 'span', span: { id: 'T3', … } }
 * ```
 */
export function findAnnotation(
  doc: AnnotatedDocument,
  id: string,
): { kind: 'span'; span: Span } | { kind: 'event'; event: EventAnnotation } | { kind: 'relation'; relation: Relation } | undefined {
  const span = doc.spans.find((s) => s.id === id);
  if (span !== undefined) return { kind: 'span', span };
  const event = doc.events.find((e) => e.id === id);
  if (event !== undefined) return { kind: 'event', event };
  const relation = doc.relations.find((r) => r.id === id);
  if (relation !== undefined) return { kind: 'relation', relation };
  return undefined;
}
