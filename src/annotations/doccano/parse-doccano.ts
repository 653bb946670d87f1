/**
 * doccano JSONL exports read into {@link AnnotatedDocument}s: sequence labelling (`label` or
 * old `labels` tuples `[start, end, LABEL]`) and relation projects (`entities` objects or tuples,
 * `relations` with `from_id`, `to_id`, `type`). doccano counts offsets in UTF-16 code units by
 * default (JavaScript string indices), in grapheme clusters in "count grapheme clusters as one
 * character" projects, and stores no span text, so bounds and surrogate pairs are checked.
 */
import { type Issue, issue } from '../../schema/issue.js';
import { type AnnotatedDocument, type DocumentMetadata, DOCUMENT_TARGET, type OffsetUnit, emptyDocument } from '../document.js';
import { type MetadataFieldNames, buildMetadata } from '../metadata.js';
import { createOffsetIndex } from '../offsets.js';
import { type RawSpan, buildSpan } from '../span-text.js';
import { isJsonObject, jsonText } from '../json-values.js';

/**
 * Options of {@link parseDoccano}.
 *
 * @example
 * ```ts
 * const options: ParseDoccanoOptions = { offsetUnit: 'grapheme', defaults: { language: 'ar' } };
 * ```
 */
export interface ParseDoccanoOptions {
  /** Path of the file, for issues and `AnnotatedDocument.file`. */
  file?: string;
  /**
   * Unit of the offsets: `utf16` (default, what doccano writes), `grapheme` (projects with
   * "count grapheme clusters as one character"), `codepoint` (doccano before 1.0, or files
   * written by Python tools).
   */
  offsetUnit?: OffsetUnit;
  /** Metadata for fields the line does not give. */
  defaults?: DocumentMetadata;
  /** Names of the text, id and metadata fields of a line when they differ from the library's. */
  fields?: MetadataFieldNames & { text?: string; id?: string };
}

const isObject = isJsonObject;
const str = jsonText;

const ANNOTATION_KEYS = ['label', 'labels', 'entities', 'relations', 'Comments', 'comments'];

/** Where on a line an issue is. */
function lineWhere(file: string | undefined, line: number, path: (string | number)[] = [], document?: string): Partial<Issue> {
  return { ...(file !== undefined ? { file } : {}), line, path, ...(document !== undefined ? { document } : {}) };
}

/** The first `T<n>` id not used yet on the line. */
function nextId(raw: readonly RawSpan[], used: ReadonlySet<string>): string {
  let n = raw.length + 1;
  while (used.has(`T${n}`)) n++;
  return `T${n}`;
}

interface LineState {
  lineNo: number;
  id: string;
  file: string | undefined;
  doc: AnnotatedDocument;
  raw: RawSpan[];
  used: Set<string>;
  issues: Issue[];
}

/** Reads `[start, end, "LABEL"]` tuples (and text-classification labels, which are strings). */
function readTuples(state: LineState, key: string, list: readonly unknown[], index?: number): void {
  const { doc, raw, used, issues } = state;
  for (let j = 0; j < list.length; j++) {
    const t = list[j];
    const at = index ?? j;
    if (typeof t === 'string') {
      doc.attributes.push({ id: `A${doc.attributes.length + 1}`, name: key, target: DOCUMENT_TARGET, value: t });
      continue;
    }
    if (!Array.isArray(t) || t.length < 3 || typeof t[0] !== 'number' || typeof t[1] !== 'number' || typeof t[2] !== 'string') {
      issues.push(issue('error', 'invalid_span', `${key}[${at}] is not [start, end, "LABEL"]: ${JSON.stringify(t)}; skipped`, lineWhere(state.file, state.lineNo, [key, at], state.id)));
      continue;
    }
    const spanId = nextId(raw, used);
    used.add(spanId);
    raw.push({ id: spanId, label: t[2], ranges: [{ start: t[0], end: t[1] }], line: state.lineNo, path: [key, at] });
  }
}

/**
 * Parses a doccano JSONL export. Each line is one document; a line that is not valid JSON, has
 * no text or holds unusable offsets is reported with the file and line number, and every other
 * line still comes through. Text-classification labels (`"label": ["violent"]`) become
 * attributes of the document; comments become notes of the document; every other field of a
 * line is metadata.
 *
 * @example
 * ```ts
 * const { value } = parseDoccano('{"id": 7, "text": "💥 Idlib", "label": [[3, 8, "LOC"]]}\n');
 * value[0]?.spans[0]; //=> { id: 'T1', label: 'LOC', fragments: [{ start: 2, end: 7 }], text: 'Idlib' }
 * ```
 */
export function parseDoccano(jsonl: string, options: ParseDoccanoOptions = {}): { value: AnnotatedDocument[]; issues: Issue[] } {
  const file = options.file;
  const fileWhere = file !== undefined ? { file } : {};
  const unit = options.offsetUnit ?? 'utf16';
  const textField = options.fields?.text ?? 'text';
  const idField = options.fields?.id ?? 'id';
  const issues: Issue[] = [];
  const docs: AnnotatedDocument[] = [];
  const exclude = [textField, idField, ...ANNOTATION_KEYS];
  const names = options.fields ?? {};
  const defaults = options.defaults ?? {};
  let pos = 0;
  let lineNo = 0;
  while (pos < jsonl.length) {
    lineNo++;
    const nl = jsonl.indexOf('\n', pos);
    let line = jsonl.slice(pos, nl < 0 ? jsonl.length : nl);
    pos = nl < 0 ? jsonl.length : nl + 1;
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '') continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      issues.push(issue('error', 'invalid_json', `line ${lineNo} is not valid JSON (${(e as Error).message}); skipped`, lineWhere(file, lineNo)));
      continue;
    }
    if (!isObject(rec)) {
      issues.push(issue('error', 'invalid_record', `line ${lineNo} is not a JSON object; skipped`, lineWhere(file, lineNo)));
      continue;
    }
    const text = rec[textField];
    if (typeof text !== 'string') {
      issues.push(issue('error', 'missing_text', `line ${lineNo} has no text in "${textField}"; skipped`, lineWhere(file, lineNo, [textField])));
      continue;
    }
    const id = str(rec[idField]) ?? `line-${lineNo}`;
    const doc = emptyDocument(id, text, 'doccano', unit);
    if (file !== undefined) doc.file = file;
    const meta = buildMetadata(rec, { names, defaults, exclude, where: { ...fileWhere, line: lineNo, document: id } });
    issues.push(...meta.issues);
    doc.metadata = meta.value;

    const raw: RawSpan[] = [];
    const used = new Set<string>();
    const state: LineState = { lineNo, id, file, doc, raw, used, issues };
    for (const key of ['label', 'labels']) {
      const v = rec[key];
      if (v === undefined) continue;
      if (Array.isArray(v)) readTuples(state, key, v);
      else if (typeof v === 'string') doc.attributes.push({ id: `A${doc.attributes.length + 1}`, name: key, target: DOCUMENT_TARGET, value: v });
      else issues.push(issue('error', 'invalid_span', `"${key}" is neither a list of [start, end, "LABEL"] nor a list of categories; skipped`, lineWhere(file, lineNo, [key], id)));
    }
    const entities = rec.entities;
    if (entities !== undefined && !Array.isArray(entities)) issues.push(issue('error', 'invalid_span', '"entities" is not a list; skipped', lineWhere(file, lineNo, ['entities'], id)));
    if (Array.isArray(entities)) {
      entities.forEach((e, j) => {
        if (Array.isArray(e)) {
          readTuples(state, 'entities', [e], j);
          return;
        }
        if (!isObject(e)) {
          issues.push(issue('error', 'invalid_span', `entities[${j}] is not an object; skipped`, lineWhere(file, lineNo, ['entities', j], id)));
          return;
        }
        const start = e.start_offset ?? e.start;
        const end = e.end_offset ?? e.end;
        const label = str(e.label);
        if (typeof start !== 'number' || typeof end !== 'number' || label === undefined) {
          issues.push(issue('error', 'invalid_span', `entities[${j}] needs start_offset, end_offset and label: ${JSON.stringify(e)}; skipped`, lineWhere(file, lineNo, ['entities', j], id)));
          return;
        }
        let spanId = str(e.id) ?? nextId(raw, used);
        if (used.has(spanId)) {
          issues.push(issue('error', 'duplicate_id', `entities[${j}] has the id ${spanId} of an earlier entity; given a new id`, lineWhere(file, lineNo, ['entities', j, 'id'], id)));
          spanId = nextId(raw, used);
        }
        used.add(spanId);
        raw.push({ id: spanId, label, ranges: [{ start, end }], line: lineNo, path: ['entities', j] });
      });
    }
    const index = createOffsetIndex(text);
    const spanIds = new Set<string>();
    const skipped = new Set<string>();
    for (const rs of raw) {
      const span = buildSpan(index, rs, unit, { document: id, ...fileWhere }, {}, issues);
      if (span === undefined) skipped.add(rs.id);
      else {
        doc.spans.push(span);
        spanIds.add(span.id);
      }
    }
    const relations = rec.relations;
    if (relations !== undefined && !Array.isArray(relations)) issues.push(issue('error', 'invalid_relation', '"relations" is not a list; skipped', lineWhere(file, lineNo, ['relations'], id)));
    if (Array.isArray(relations)) {
      relations.forEach((r, j) => {
        const from = isObject(r) ? str(r.from_id) : undefined;
        const to = isObject(r) ? str(r.to_id) : undefined;
        if (!isObject(r) || from === undefined || to === undefined) {
          issues.push(issue('error', 'invalid_relation', `relations[${j}] needs from_id and to_id: ${JSON.stringify(r)}; skipped`, lineWhere(file, lineNo, ['relations', j], id)));
          return;
        }
        let ok = true;
        for (const [end, ref] of [['from_id', from], ['to_id', to]] as const) {
          if (spanIds.has(ref)) continue;
          ok = false;
          if (skipped.has(ref)) issues.push(issue('warning', 'reference_to_skipped', `relations[${j}].${end} is entity ${ref}, which could not be read (see above); relation skipped`, lineWhere(file, lineNo, ['relations', j, end], id)));
          else issues.push(issue('error', 'undefined_reference', `relations[${j}].${end} is ${ref}, which is not an entity of this line; relation skipped`, lineWhere(file, lineNo, ['relations', j, end], id)));
        }
        if (!ok) return;
        const relId = str(r.id);
        doc.relations.push({ id: relId === undefined ? `R${doc.relations.length + 1}` : `R${relId}`, label: str(r.type) ?? str(r.label) ?? '', from, to });
      });
    }
    for (const key of ['Comments', 'comments']) {
      const c = rec[key];
      if (!Array.isArray(c)) continue;
      c.forEach((comment, j) => {
        const t = typeof comment === 'string' ? comment : isObject(comment) ? (str(comment.text) ?? str(comment.comment)) : undefined;
        if (t === undefined) {
          issues.push(issue('warning', 'invalid_comment', `${key}[${j}] has no text; skipped`, lineWhere(file, lineNo, [key, j], id)));
          return;
        }
        doc.notes.push({ id: `#${doc.notes.length + 1}`, target: DOCUMENT_TARGET, text: t });
      });
    }
    docs.push(doc);
  }
  return { value: docs, issues };
}
