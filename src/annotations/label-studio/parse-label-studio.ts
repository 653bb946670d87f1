/**
 * Label Studio exports: the JSON export (a list of tasks with their annotations) and the flat
 * JSON_MIN export, read into {@link AnnotatedDocument}s. Text regions become spans, `relation`
 * results become relations (with their labels and direction), per-region results (choices,
 * textarea, number…) sharing a region's `id` become attributes of that span.
 */
import { type Issue, issue } from '../../schema/issue.js';
import {
  type AnnotatedDocument,
  type Attribute,
  type DocumentMetadata,
  DOCUMENT_TARGET,
  type OffsetUnit,
  type Relation,
  type Span,
  emptyDocument,
} from '../document.js';
import { jsonErrorPosition } from '../json-error.js';
import { type MetadataFieldNames, buildMetadata } from '../metadata.js';
import { createOffsetIndex } from '../offsets.js';
import { type RawSpan, buildSpan, chooseOffsetUnit, unitName } from '../span-text.js';
import { isJsonObject, type JsonObject, jsonText } from '../json-values.js';

/**
 * Options of {@link parseLabelStudio}.
 *
 * @example
 * ```ts
 * const options: ParseLabelStudioOptions = { fields: { text: 'body', published: 'date' }, defaults: { language: 'en' } };
 * ```
 */
export interface ParseLabelStudioOptions {
  /** Path of the export, for issues and `AnnotatedDocument.file`. */
  file?: string;
  /**
   * Names of the `task.data` fields: `text` (default `text`), `id` (default `id`, else the task
   * id) and the metadata fields (`published`, `language`, `publisher`, `url`, `title`,
   * `timeZone`).
   */
  fields?: MetadataFieldNames & { text?: string; id?: string };
  /** Metadata for fields the task does not give. */
  defaults?: DocumentMetadata;
  /**
   * Unit of the offsets: `auto` (default) takes code points, as current Label Studio writes,
   * unless the stored `value.text` matches only under UTF-16 code units (2021-era exports).
   */
  offsetUnit?: OffsetUnit | 'auto';
  /**
   * Which annotations of a task to read: `preferred` (default) takes the ground truth, else the
   * latest one that was not cancelled, and says so; `all` makes one document per annotation
   * (ids `<task>~<annotation id>` when there are several), for agreement studies.
   */
  annotations?: 'preferred' | 'all';
  /** Read a task's predictions when it has no annotation (default false). */
  usePredictions?: boolean;
}

type Json = JsonObject;
const isObject = isJsonObject;
const str = jsonText;

function timeOf(a: Json): number {
  for (const key of ['updated_at', 'created_at']) {
    const t = a[key];
    if (typeof t === 'string') {
      const ms = Date.parse(t);
      if (!Number.isNaN(ms)) return ms;
    }
  }
  return Number.NEGATIVE_INFINITY;
}

function isSpanValue(v: unknown): v is Json {
  return isObject(v) && typeof v.start === 'number' && typeof v.end === 'number';
}

/**
 * Parses a Label Studio export (the JSON text or the parsed value): the JSON export (a list of
 * tasks, or one task) or the JSON_MIN export (a list of flat records; relations are not in it,
 * which is reported). A task without text, a result that cannot be read, a relation to an
 * unknown region are issues naming the JSON path; every other task still comes through.
 *
 * @example
 * ```ts
 * const { value: docs, issues } = parseLabelStudio(readFileSync('export.json', 'utf8'), { file: 'export.json' });
 * docs[0]?.relations[0]; //=> { id: 'R1', label: 'Victim', from: 'reg1', to: 'reg2', direction: 'right' }
 * ```
 */
export function parseLabelStudio(json: unknown, options: ParseLabelStudioOptions = {}): { value: AnnotatedDocument[]; issues: Issue[] } {
  const file = options.file;
  const fileWhere = file !== undefined ? { file } : {};
  const issues: Issue[] = [];
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      issues.push(issue('error', 'invalid_json', `the Label Studio export is not valid JSON: ${(e as Error).message}`, { ...fileWhere, ...jsonErrorPosition(json, e) }));
      return { value: [], issues };
    }
  }
  const tasks = Array.isArray(data) ? data : [data];
  const isFull = tasks.some((t) => isObject(t) && ('data' in t || 'annotations' in t || 'completions' in t || 'predictions' in t));
  if (!isFull) return parseMin(tasks, options, issues);
  const docs: AnnotatedDocument[] = [];
  tasks.forEach((task, i) => {
    const path: (string | number)[] = Array.isArray(data) ? [i] : [];
    if (!isObject(task)) {
      issues.push(issue('error', 'invalid_task', `task ${i + 1} is not an object; skipped`, { ...fileWhere, path }));
      return;
    }
    docs.push(...readTask(task, path, options, issues));
  });
  return { value: docs, issues };
}

function readTask(task: Json, path: (string | number)[], options: ParseLabelStudioOptions, issues: Issue[]): AnnotatedDocument[] {
  const file = options.file;
  const fileWhere = file !== undefined ? { file } : {};
  const textField = options.fields?.text ?? 'text';
  const idField = options.fields?.id ?? 'id';
  const data = task.data;
  const position = typeof path[0] === 'number' ? path[0] + 1 : 1;
  const taskName = str(task.id) ?? String(position);
  if (!isObject(data)) {
    issues.push(issue('error', 'missing_text', `task ${taskName} has no "data" object, so no text; skipped`, { ...fileWhere, path: [...path, 'data'] }));
    return [];
  }
  const text = data[textField];
  if (typeof text !== 'string') {
    issues.push(
      issue('error', 'missing_text', `task ${taskName} has no text in data.${textField}${text === undefined ? '' : ` (found ${typeof text})`}; skipped (set fields.text if the text is in another field)`, {
        ...fileWhere,
        path: [...path, 'data', textField],
      }),
    );
    return [];
  }
  const id = str(data[idField]) ?? str(task.id) ?? `task-${position}`;
  const meta = buildMetadata(data, { names: options.fields ?? {}, defaults: options.defaults ?? {}, exclude: [textField, idField], where: { ...fileWhere, document: id, path: [...path, 'data'] } });
  issues.push(...meta.issues);

  // Label Studio before 1.0 called annotations "completions".
  const listed = task.annotations ?? task.completions;
  const all: unknown[] = Array.isArray(listed) ? listed : [];
  const annotations = all.map((a, k) => ({ a, k })).filter((x): x is { a: Json; k: number } => isObject(x.a));
  const live = annotations.filter((x) => x.a.was_cancelled !== true);
  let chosen: { a: Json; path: (string | number)[] }[] = [];
  if (live.length > 0) {
    if (options.annotations === 'all') chosen = live.map((x) => ({ a: x.a, path: [...path, 'annotations', x.k] }));
    else {
      const truth = live.filter((x) => x.a.ground_truth === true);
      const pool = truth.length > 0 ? truth : live;
      const best = pool.reduce((b, x) => (timeOf(x.a) > timeOf(b.a) || (timeOf(x.a) === timeOf(b.a) && x.k > b.k) ? x : b));
      chosen = [{ a: best.a, path: [...path, 'annotations', best.k] }];
      if (live.length > 1) {
        const why = truth.length > 0 ? 'the ground truth' : 'the latest';
        issues.push(
          issue('info', 'annotation_chosen', `task ${taskName} has ${live.length} annotations that were not cancelled; read annotation ${str(best.a.id) ?? best.k} (${why}); pass annotations: 'all' to read each`, {
            ...fileWhere,
            document: id,
            path: [...path, 'annotations'],
          }),
        );
      }
    }
  } else {
    const cancelled = annotations.length - live.length;
    const rawPredictions: unknown[] = Array.isArray(task.predictions) ? task.predictions : [];
    const predictions = rawPredictions.map((p, k) => ({ p, k })).filter((x): x is { p: Json; k: number } => isObject(x.p));
    if (options.usePredictions === true && predictions.length > 0) {
      const best = predictions.reduce((b, x) => ((typeof x.p.score === 'number' ? x.p.score : -1) > (typeof b.p.score === 'number' ? b.p.score : -1) ? x : b));
      chosen = [{ a: best.p, path: [...path, 'predictions', best.k] }];
      issues.push(issue('info', 'prediction_used', `task ${taskName} has no annotation; read prediction ${best.k + 1}${typeof best.p.model_version === 'string' ? ` (model ${best.p.model_version})` : ''}`, { ...fileWhere, document: id, path: [...path, 'predictions', best.k] }));
    } else {
      const why = cancelled > 0 ? `all ${cancelled} of its annotations were cancelled` : 'it has no annotation';
      const hint = predictions.length > 0 ? ` (it has ${predictions.length} prediction${predictions.length > 1 ? 's' : ''}; pass usePredictions: true to read them)` : '';
      issues.push(issue('info', 'no_annotations', `task ${taskName}: ${why}${hint}; the document has its text only`, { ...fileWhere, document: id, path: [...path, 'annotations'] }));
      chosen = [];
    }
  }
  if (chosen.length === 0) {
    const doc = emptyDocument(id, text, 'label-studio');
    if (file !== undefined) doc.file = file;
    doc.metadata = meta.value;
    return [doc];
  }
  return chosen.map(({ a, path: annPath }) => {
    const docId = chosen.length > 1 ? `${id}~${str(a.id) ?? String(annPath[annPath.length - 1])}` : id;
    const doc = readResults(docId, text, a.result, [...annPath, 'result'], options, issues);
    doc.metadata = { ...meta.value };
    return doc;
  });
}

function readResults(id: string, text: string, result: unknown, path: (string | number)[], options: ParseLabelStudioOptions, issues: Issue[]): AnnotatedDocument {
  const file = options.file;
  const fileWhere = file !== undefined ? { file } : {};
  const where = (p: (string | number)[]): Partial<Issue> => ({ ...fileWhere, document: id, path: p });
  const doc = emptyDocument(id, text, 'label-studio');
  if (file !== undefined) doc.file = file;
  const items = Array.isArray(result) ? result : [];
  if (!Array.isArray(result) && result !== undefined) issues.push(issue('error', 'invalid_result', 'annotation "result" is not a list; nothing read', where(path)));

  const raw: (RawSpan & { labels: string[] })[] = [];
  const regionIds = new Set<string>();
  const others: { r: Json; p: (string | number)[] }[] = [];
  const relations: { r: Json; p: (string | number)[] }[] = [];
  items.forEach((r, j) => {
    const p = [...path, j];
    if (!isObject(r)) {
      issues.push(issue('error', 'invalid_result', `result ${j} is not an object; skipped`, where(p)));
      return;
    }
    const type = typeof r.type === 'string' ? r.type : '';
    if (type === 'relation') {
      relations.push({ r, p });
      return;
    }
    const value = r.value;
    const labelsKey = type.endsWith('labels') ? type : 'labels';
    const labels = isObject(value) ? (value[labelsKey] ?? (type.endsWith('labels') ? value.labels : undefined)) : undefined;
    // A labels result makes a region; a result of another type (choices, textarea…) that repeats the region's value is an attribute.
    if (type.endsWith('labels') || (type === '' && Array.isArray(labels))) {
      if (!isObject(value) || !Array.isArray(labels)) {
        issues.push(issue('error', 'invalid_result', `${type} result has no value.${labelsKey} list; skipped`, where(p)));
        return;
      }
      if (typeof value.start !== 'number' || typeof value.end !== 'number') {
        issues.push(
          issue('warning', 'unsupported_region', `${type} result has start/end ${JSON.stringify(value.start)}–${JSON.stringify(value.end)}, not character offsets (HyperText or Paragraphs regions are not read); skipped`, where([...p, 'value'])),
        );
        return;
      }
      const regionId = str(r.id) ?? `T${raw.length + 1}`;
      if (regionIds.has(regionId)) {
        issues.push(issue('warning', 'duplicate_region', `region ${regionId} has a second labels result; its labels are added to the region`, where(p)));
      }
      regionIds.add(regionId);
      const labelList = labels.filter((l): l is string => typeof l === 'string');
      if (labelList.length === 0) issues.push(issue('warning', 'region_without_label', `region ${regionId} at ${value.start}–${value.end} has no label; kept with an empty label`, where([...p, 'value', labelsKey])));
      const rs: RawSpan & { labels: string[] } = { id: regionId, label: labelList[0] ?? '', ranges: [{ start: value.start, end: value.end }], path: [...p, 'value'], labels: labelList.length === 0 ? [''] : labelList };
      if (typeof value.text === 'string') rs.storedText = value.text;
      raw.push(rs);
      return;
    }
    others.push({ r, p });
  });

  // Offsets: code points, unless only UTF-16 makes the stored texts match.
  const index = createOffsetIndex(text);
  const { unit, detected: d } = chooseOffsetUnit(index, raw, options.offsetUnit);
  if (d !== undefined) {
    issues.push(
      issue(
        'warning',
        'offset_unit_detected',
        `region texts match the task text when offsets are read as ${unitName(unit)} (${d.matched}/${d.voters}) rather than code points (${d.firstMatched}/${d.voters}), as Label Studio exported them before 2022; converted to code points`,
        where(path),
      ),
    );
  }
  doc.sourceOffsetUnit = unit;
  const aliases = new Map<string, string[]>();
  const byRegion = new Map<string, Span>();
  for (const rs of raw) {
    const existing = byRegion.get(rs.id);
    if (existing !== undefined) {
      // A second labels result on the same region: its labels become extra spans below.
      const list = aliases.get(rs.id) ?? [];
      for (const l of rs.labels) list.push(l);
      aliases.set(rs.id, list);
      continue;
    }
    const span = buildSpan(index, rs, unit, { document: id, ...fileWhere }, {}, issues);
    if (span === undefined) continue;
    doc.spans.push(span);
    byRegion.set(rs.id, span);
    if (rs.labels.length > 1) aliases.set(rs.id, rs.labels.slice(1));
  }
  // Regions with several labels: one span per label; the first keeps the region id.
  const aliasIds = new Map<string, string[]>();
  for (const [regionId, labels] of aliases) {
    const span = byRegion.get(regionId);
    if (span === undefined) continue;
    const ids: string[] = [];
    labels.forEach((label, k) => {
      const aliasId = `${regionId}~${k + 2}`;
      ids.push(aliasId);
      doc.spans.push({ ...span, id: aliasId, label, fragments: span.fragments.map((f) => ({ ...f })) });
    });
    aliasIds.set(regionId, ids);
    issues.push(
      issue('info', 'region_with_several_labels', `region ${regionId} has the labels ${[span.label, ...labels].join(', ')}: read as one span per label (${[regionId, ...ids].join(', ')}), sharing its relations and attributes`, {
        ...where(path),
        span: [span.fragments[0]?.start ?? 0, span.fragments[span.fragments.length - 1]?.end ?? 0],
      }),
    );
  }
  const expand = (regionId: string): string[] => [regionId, ...(aliasIds.get(regionId) ?? [])];

  for (const { r, p } of relations) {
    const from = str(r.from_id);
    const to = str(r.to_id);
    if (from === undefined || to === undefined) {
      issues.push(issue('error', 'invalid_result', 'relation result needs from_id and to_id; skipped', where(p)));
      continue;
    }
    let ok = true;
    for (const [end, ref] of [['from_id', from], ['to_id', to]] as const) {
      if (!byRegion.has(ref)) {
        ok = false;
        const known = regionIds.has(ref);
        issues.push(
          issue(known ? 'warning' : 'error', known ? 'reference_to_skipped' : 'undefined_reference', `relation ${end} ${ref} ${known ? 'is a region that could not be read (see above)' : 'is not a region of this annotation'}; relation skipped`, where([...p, end])),
        );
      }
    }
    if (!ok) continue;
    const labels = Array.isArray(r.labels) ? r.labels.filter((l): l is string => typeof l === 'string') : [];
    const direction = r.direction === 'left' || r.direction === 'right' || r.direction === 'bi' ? r.direction : undefined;
    for (const label of labels.length === 0 ? [''] : labels) {
      for (const f of expand(from)) {
        for (const t of expand(to)) {
          const rel: Relation = { id: `R${doc.relations.length + 1}`, label, from: f, to: t };
          if (direction !== undefined) rel.direction = direction;
          doc.relations.push(rel);
        }
      }
    }
  }

  for (const { r, p } of others) {
    const regionId = str(r.id);
    const name = typeof r.from_name === 'string' ? r.from_name : typeof r.type === 'string' ? r.type : 'value';
    const values = attributeValues(r);
    if (values === undefined) {
      issues.push(issue('warning', 'unsupported_result', `result of type ${JSON.stringify(r.type)} (${name}) has no value this reader understands; skipped`, where(p)));
      continue;
    }
    let targets: string[];
    if (regionId !== undefined && byRegion.has(regionId)) targets = expand(regionId);
    else if (regionId !== undefined && regionIds.has(regionId)) {
      issues.push(issue('warning', 'reference_to_skipped', `${name} result belongs to region ${regionId}, which could not be read (see above); skipped`, where(p)));
      continue;
    } else {
      targets = [DOCUMENT_TARGET];
      if (regionId !== undefined && isSpanValue(r.value)) {
        issues.push(issue('warning', 'region_without_label', `${name} result on region ${regionId} at ${String(r.value.start)}–${String(r.value.end)} has no labels result; read as an attribute of the document`, where(p)));
      }
    }
    for (const target of targets) {
      for (const v of values) doc.attributes.push({ id: `A${doc.attributes.length + 1}`, name, target, value: v } satisfies Attribute);
    }
  }
  return doc;
}

/** The values of a per-region or per-document result (choices, textarea, number, rating, datetime, taxonomy…). */
function attributeValues(r: Json): string[] | undefined {
  const value = r.value;
  if (!isObject(value)) return undefined;
  const type = typeof r.type === 'string' ? r.type : '';
  const pick = (key: string): unknown => value[key];
  const candidates: unknown[] = [];
  if (type !== '' && type in value) candidates.push(pick(type));
  for (const key of ['choices', 'text', 'number', 'rating', 'datetime', 'taxonomy', 'ranker']) if (key in value && key !== type) candidates.push(pick(key));
  for (const c of candidates) {
    if (type !== 'textarea' && typeof c === 'string' && c === value.text && isSpanValue(value)) continue;
    const out = flatten(c);
    if (out.length > 0) return out;
  }
  return undefined;
}

function flatten(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map(String);
    // Taxonomy paths: [["Violence", "Attack"]] → "Violence/Attack".
    return v.flatMap((x) => (Array.isArray(x) ? [x.map(String).join('/')] : flatten(x)));
  }
  return [];
}

function parseMin(records: unknown[], options: ParseLabelStudioOptions, issues: Issue[]): { value: AnnotatedDocument[]; issues: Issue[] } {
  const file = options.file;
  const fileWhere = file !== undefined ? { file } : {};
  const textField = options.fields?.text ?? 'text';
  const idField = options.fields?.id ?? 'id';
  let warnedRelations = false;
  // One record per annotation: keep the latest per task unless all are wanted.
  const byTask = new Map<string, { rec: Json; i: number }[]>();
  const order: string[] = [];
  records.forEach((rec, i) => {
    if (!isObject(rec)) {
      issues.push(issue('error', 'invalid_task', `record ${i + 1} is not an object; skipped`, { ...fileWhere, path: [i] }));
      return;
    }
    const key = str(rec[idField]) ?? `task-${i + 1}`;
    if (!byTask.has(key)) order.push(key);
    const list = byTask.get(key) ?? [];
    list.push({ rec, i });
    byTask.set(key, list);
  });
  const docs: AnnotatedDocument[] = [];
  for (const key of order) {
    let list = byTask.get(key) ?? [];
    if (list.length > 1 && options.annotations !== 'all') {
      const best = list.reduce((b, x) => (timeOf(x.rec) > timeOf(b.rec) ? x : b));
      issues.push(issue('info', 'annotation_chosen', `task ${key} has ${list.length} annotation records in JSON_MIN; read the latest (record ${best.i + 1})`, { ...fileWhere, document: key, path: [best.i] }));
      list = [best];
    }
    for (const { rec, i } of list) {
      const docId = list.length > 1 ? `${key}~${str(rec.annotation_id) ?? String(i + 1)}` : key;
      const text = rec[textField];
      if (typeof text !== 'string') {
        issues.push(issue('error', 'missing_text', `record ${i + 1} has no text in "${textField}"; skipped (set fields.text if the text is in another field)`, { ...fileWhere, path: [i, textField] }));
        continue;
      }
      if (!warnedRelations) {
        warnedRelations = true;
        issues.push(issue('warning', 'json_min_relations_lost', 'this is a Label Studio JSON_MIN export: it keeps spans but not relations or region ids; export as JSON to keep them', { ...fileWhere }));
      }
      const spanKeys: string[] = [];
      const raw: RawSpan[] = [];
      for (const [k, v] of Object.entries(rec)) {
        if (k === textField || !Array.isArray(v) || v.length === 0 || !v.every(isSpanValue)) continue;
        spanKeys.push(k);
        v.forEach((value, j) => {
          const labels = Array.isArray(value.labels) ? value.labels.filter((l): l is string => typeof l === 'string') : [];
          for (const label of labels.length === 0 ? [k] : labels) {
            const rs: RawSpan = { id: `T${raw.length + 1}`, label, ranges: [{ start: value.start as number, end: value.end as number }], path: [i, k, j] };
            if (typeof value.text === 'string') rs.storedText = value.text;
            raw.push(rs);
          }
        });
      }
      const meta = buildMetadata(rec, { names: options.fields ?? {}, defaults: options.defaults ?? {}, exclude: [textField, idField, ...spanKeys], where: { ...fileWhere, document: docId, path: [i] } });
      issues.push(...meta.issues);
      const doc = emptyDocument(docId, text, 'label-studio-min');
      if (file !== undefined) doc.file = file;
      doc.metadata = meta.value;
      const index = createOffsetIndex(text);
      const { unit, detected: d } = chooseOffsetUnit(index, raw, options.offsetUnit);
      if (d !== undefined) {
        issues.push(issue('warning', 'offset_unit_detected', `span texts match when offsets are read as ${unitName(unit)} (${d.matched}/${d.voters}); converted to code points`, { ...fileWhere, document: docId, path: [i] }));
      }
      doc.sourceOffsetUnit = unit;
      for (const rs of raw) {
        const span = buildSpan(index, rs, unit, { document: docId, ...fileWhere }, {}, issues);
        if (span !== undefined) doc.spans.push(span);
      }
      docs.push(doc);
    }
  }
  return { value: docs, issues };
}
