/**
 * brat standoff: a `.txt` file and its `.ann` file of T, E, R, A, M, N, `#` and `*` lines, read
 * into an {@link AnnotatedDocument}. Follows brat's own parser (`server/src/annotation.py`): the
 * id is split off at the first TAB, its first letter picks the line kind, ids may carry a tail
 * (`T12a`), discontinuous spans are `start end;start end`, repeated event roles are numbered.
 */
import { type Issue, issue } from '../../schema/issue.js';
import {
  type AnnotatedDocument,
  type Attribute,
  type DocumentMetadata,
  type Equivalence,
  type EventAnnotation,
  type Normalization,
  type Note,
  type OffsetUnit,
  type Relation,
  type Span,
  emptyDocument,
} from '../document.js';
import { asciiDigits } from '../../text/ascii-digits.js';
import { checkMetadata } from '../metadata.js';
import { createOffsetIndex } from '../offsets.js';
import { type RawSpan, buildSpan, chooseOffsetUnit, unitName } from '../span-text.js';
import { reportEventCycles } from '../event-cycles.js';
import { type BratConfig, findConfigType } from './brat-config.js';

/**
 * Options of {@link parseBrat}.
 *
 * @example
 * ```ts
 * const options: ParseBratOptions = { id: 'seed-report', file: 'seed-report.ann', defaults: { language: 'ar' } };
 * ```
 */
export interface ParseBratOptions {
  /** Document id (default: `document`). `readAnnotations` uses the file's base name. */
  id?: string;
  /** Path of the `.ann` file, for issues and `AnnotatedDocument.file`. */
  file?: string;
  /** Metadata read from a sidecar (`<name>.meta.json`); wins over `defaults`. */
  metadata?: DocumentMetadata;
  /** Metadata for fields the document does not give (`published`, `language`…). */
  defaults?: DocumentMetadata;
  /**
   * Unit of the offsets: `auto` (default) takes code points, as brat writes them, unless the
   * T-line texts match only when the offsets are read as UTF-16 code units (older brat clients).
   */
  offsetUnit?: OffsetUnit | 'auto';
  /** A parsed `annotation.conf` to check types, roles and attribute values against. */
  config?: BratConfig;
}


interface Pending<T> {
  value: T;
  line: number;
}

const T_DATA = /^(\S+)\s+(\d+\s+\d+(?:\s*;\s*\d+\s+\d+)*)$/;

/** True for a brat id: letters (or `#` and letters), digits, then any tail (`T12`, `T12a`, `#3`). */
function isBratId(id: string): boolean {
  let i = 0;
  const first = id.charCodeAt(0);
  if (first === 35) i = 1;
  while (i < id.length && isLetter(id.charCodeAt(i))) i++;
  if (i === 0 && first !== 35) return false;
  const lettersEnd = i;
  while (i < id.length && id.charCodeAt(i) >= 48 && id.charCodeAt(i) <= 57) i++;
  return i > lettersEnd;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Reads a T line's data, `Type START END[;START END]…`; the common one-range case without a regular expression. */
function readSpanData(data: string): { label: string; ranges: { start: number; end: number }[] } | undefined {
  const sp1 = data.indexOf(' ');
  const sp2 = sp1 < 0 ? -1 : data.indexOf(' ', sp1 + 1);
  if (sp1 > 0 && sp2 > sp1 + 1 && data.indexOf(' ', sp2 + 1) < 0 && data.indexOf(';') < 0 && data.indexOf('\t') < 0) {
    const a = asciiDigits(data, sp1 + 1, sp2);
    const b = asciiDigits(data, sp2 + 1, data.length);
    if (a >= 0 && b >= 0) return { label: data.slice(0, sp1), ranges: [{ start: a, end: b }] };
  }
  const m = T_DATA.exec(data);
  if (m === null) return undefined;
  const ranges = (m[2] ?? '').split(';').map((pair) => {
    const [s, e] = pair.trim().split(/\s+/);
    return { start: Number(s), end: Number(e) };
  });
  return { label: m[1] ?? '', ranges };
}

/**
 * Strips brat's numbering of repeated roles (`Org-Arg2` → `Org-Arg`), unless the numbered name is itself declared.
 *
 * @example
 * ```ts
 * stripRoleNumber('Org-Arg2'); //=> 'Org-Arg'
 * stripRoleNumber('Org2', new Set(['Org1', 'Org2'])); //=> 'Org2'
 * ```
 */
export function stripRoleNumber(role: string, declared?: ReadonlySet<string>): string {
  if (declared?.has(role) === true) return role;
  let end = role.length;
  while (end > 0 && role.charCodeAt(end - 1) >= 48 && role.charCodeAt(end - 1) <= 57) end--;
  return end === 0 || end === role.length ? role : role.slice(0, end);
}

/** Options of buildSpan for brat spans (the defaults), made once. */
const BUILD_OPTIONS = {};

/** The kinds of annotation lines, by the first character of their id (`*` lines are read apart). */
const ANNOTATION_KINDS = new Set(['T', 'E', 'R', 'A', 'M', 'N', '#']);

/** The 1-based number of the first of `lines` before line index `before` with the id `id` (0 if none). */
function firstLineWithId(lines: readonly string[], before: number, id: string): number {
  const prefix = `${id}\t`;
  for (let i = 0; i < before; i++) if ((lines[i] ?? '').startsWith(prefix)) return i + 1;
  return 0;
}

/** The white-space separated tokens of a line's data (a split on single spaces when that is all there is). */
function tokensOf(data: string): string[] {
  if (data === '') return [];
  if (!SPACE_OTHER_THAN_ONE_BLANK.test(data)) return data.split(' ');
  return data.split(/\s+/).filter((t) => t !== '');
}

/** White space that a split on single spaces would not handle: anything but a lone blank between tokens. */
const SPACE_OTHER_THAN_ONE_BLANK = /[^\S ]| {2}|^ | $/;

/**
 * Parses one brat document: the text and the content of its `.ann` file. Lines that do not
 * parse, references to undefined annotations, offsets past the end of the text and T-line texts
 * that differ from the document are reported with the file and line; everything readable comes
 * through. Returns one document.
 *
 * @example
 * ```ts
 * const { value: [doc], issues } = parseBrat('Japan attacked.', 'T1\tGPE 0 5\tJapan\n', { id: 'd1' });
 * doc?.spans[0]; //=> { id: 'T1', label: 'GPE', fragments: [{ start: 0, end: 5 }], text: 'Japan' }
 * ```
 */
export function parseBrat(text: string, ann: string, options: ParseBratOptions = {}): { value: AnnotatedDocument[]; issues: Issue[] } {
  const id = options.id ?? 'document';
  const file = options.file;
  const issues: Issue[] = [];
  const at = (line: number, extra: Partial<Issue> = {}): Partial<Issue> => ({ ...(file !== undefined ? { file } : {}), line, document: id, ...extra });

  const rawSpans: RawSpan[] = [];
  const events: Pending<EventAnnotation>[] = [];
  const relations: Pending<Relation>[] = [];
  const attributes: Pending<Attribute>[] = [];
  const normalizations: Pending<Normalization>[] = [];
  const notes: Pending<Note>[] = [];
  const equivalences: Pending<Equivalence>[] = [];
  // Ids of the lines read so far (a line whose id is here again is a duplicate).
  const seen = new Set<string>();
  const config = options.config;

  const bad = (what: string, line: string, lineNo: number): void => {
    issues.push(issue('error', 'unparsed_line', `${what}: ${JSON.stringify(line)}; skipped`, at(lineNo)));
  };
  const lines = ann.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i] ?? '';
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim() === '')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) {
      issues.push(issue('error', 'unparsed_line', `.ann line has no TAB after its id: ${JSON.stringify(line)}; skipped`, at(lineNo)));
      continue;
    }
    const annId = line.slice(0, tab);
    // The second field (data) and the third (a T line's text, a note), sliced from the line itself.
    const tab2 = line.indexOf('\t', tab + 1);
    const rawData = tab2 < 0 ? line.slice(tab + 1) : line.slice(tab + 1, tab2);
    const data = rawData.length > 0 && rawData.charCodeAt(0) > 32 && rawData.charCodeAt(rawData.length - 1) > 32 ? rawData : rawData.trim();
    const tail = tab2 < 0 ? undefined : line.slice(tab2 + 1);
    if (annId === '*') {
      const parts = data.split(/\s+/);
      const [label, ...members] = parts;
      if (label === undefined || label === '' || members.length < 2) {
        issues.push(issue('error', 'unparsed_line', `equivalence line needs a type and at least two ids: ${JSON.stringify(line)}; skipped`, at(lineNo)));
        continue;
      }
      equivalences.push({ value: { id: `*${equivalences.length + 1}`, label, members }, line: lineNo });
      continue;
    }
    if (!isBratId(annId)) {
      issues.push(issue('error', 'invalid_id', `.ann id ${JSON.stringify(annId)} is not a brat id (letters, digits, optional tail, e.g. T12 or T12a); line skipped`, at(lineNo)));
      continue;
    }
    const kind = annId.charAt(0);
    if (!ANNOTATION_KINDS.has(kind)) {
      issues.push(issue('warning', 'unknown_annotation_kind', `.ann line of unknown kind "${kind}" (brat knows T, E, R, A, M, N, #, *): ${JSON.stringify(line)}; skipped`, at(lineNo)));
      continue;
    }
    // One set operation tells a new id (the set grows) from a repeated one.
    const known = seen.size;
    seen.add(annId);
    if (seen.size === known) {
      issues.push(issue('error', 'duplicate_id', `id ${annId} is already used on line ${firstLineWithId(lines, i, annId)}; this line is skipped`, at(lineNo)));
      continue;
    }
    switch (kind) {
      case 'T': {
        const spanParts = readSpanData(data);
        if (spanParts === undefined) {
          bad('T line is not "T1<TAB>Type START END[;START END]<TAB>text"', line, lineNo);
          break;
        }
        const raw: RawSpan = { id: annId, label: spanParts.label, ranges: spanParts.ranges, line: lineNo };
        if (tail !== undefined) raw.storedText = tail;
        rawSpans.push(raw);
        break;
      }
      case 'E': {
        const tokens = tokensOf(data);
        const head = tokens[0] ?? '';
        const colon = head.indexOf(':');
        if (colon <= 0 || colon === head.length - 1) {
          bad('E line does not start with "Type:TriggerId"', line, lineNo);
          break;
        }
        const label = head.slice(0, colon);
        const declared = config === undefined ? undefined : new Set(findConfigType(config, 'events', label)?.arguments.map((a) => a.role) ?? []);
        const args: EventAnnotation['arguments'] = [];
        let ok = true;
        for (const token of tokens.slice(1)) {
          const c = token.lastIndexOf(':');
          if (c <= 0 || c === token.length - 1) {
            ok = false;
            break;
          }
          args.push({ role: stripRoleNumber(token.slice(0, c), declared), target: token.slice(c + 1) });
        }
        if (!ok) {
          bad('E line has an argument that is not "Role:Id"', line, lineNo);
          break;
        }
        events.push({ value: { id: annId, label, trigger: head.slice(colon + 1), arguments: args }, line: lineNo });
        break;
      }
      case 'R': {
        const tokens = tokensOf(data);
        const args = tokens.slice(1).map((t) => {
          const c = t.indexOf(':');
          return c <= 0 ? undefined : { role: t.slice(0, c), target: t.slice(c + 1) };
        });
        const [a1, a2] = args;
        if (tokens.length !== 3 || a1 === undefined || a2 === undefined || a1.target === '' || a2.target === '') {
          bad('R line is not "R1<TAB>Type Arg1:Id Arg2:Id"', line, lineNo);
          break;
        }
        if (a1.role === a2.role) {
          issues.push(issue('warning', 'duplicate_relation_role', `relation ${annId} uses the role ${a1.role} for both arguments (brat requires distinct roles)`, at(lineNo)));
        }
        relations.push({ value: { id: annId, label: tokens[0] ?? '', from: a1.target, to: a2.target, fromRole: a1.role, toRole: a2.role }, line: lineNo });
        break;
      }
      case 'A':
      case 'M': {
        const m = kind === 'A' ? /^(\S+)\s+(\S+)(?:\s+(.+))?$/.exec(data) : /^(\S+)\s+(\S+)$/.exec(data);
        if (m === null) {
          bad(kind === 'A' ? 'A line is not "A1<TAB>Name Id [Value]"' : 'M line is not "M1<TAB>Name Id"', line, lineNo);
          break;
        }
        const value = m[3];
        attributes.push({ value: { id: annId, name: m[1] ?? '', target: m[2] ?? '', value: value === undefined ? true : value }, line: lineNo });
        break;
      }
      case 'N': {
        let m = /^(\S+)\s+(\S+)\s+([^\s:]+):(\S+)$/.exec(data);
        // BioNLP-ST 2013 form: "Reference Annotation:T1 Referent:DB:ID".
        const bionlp = /^(\S+)\s+Annotation:(\S+)\s+Referent:([^\s:]+):(\S+)$/.exec(data);
        if (bionlp !== null) m = bionlp;
        if (m === null) {
          bad('N line is not "N1<TAB>Reference Id DB:ID<TAB>text"', line, lineNo);
          break;
        }
        const n: Normalization = { id: annId, target: m[2] ?? '', db: m[3] ?? '', dbId: m[4] ?? '' };
        if (tail !== undefined && tail !== '') n.text = tail;
        if (m[1] !== 'Reference') n.type = m[1] ?? '';
        normalizations.push({ value: n, line: lineNo });
        break;
      }
      case '#': {
        const m = /^(\S+)\s+(\S+)$/.exec(data);
        if (m === null) {
          bad('note line is not "#1<TAB>AnnotatorNotes Id<TAB>text"', line, lineNo);
          break;
        }
        const note: Note = { id: annId, target: m[2] ?? '', text: tail ?? '' };
        if (m[1] !== 'AnnotatorNotes') note.type = m[1] ?? '';
        notes.push({ value: note, line: lineNo });
        break;
      }
    }
  }

  // Offsets: code points unless only UTF-16 makes the stored texts match.
  const index = createOffsetIndex(text);
  const { unit, detected } = chooseOffsetUnit(index, rawSpans, options.offsetUnit);
  if (detected !== undefined) {
    issues.push(
      issue(
        'warning',
        'offset_unit_detected',
        `T-line texts match the document when offsets are read as ${unitName(unit)} (${detected.matched}/${detected.voters}) rather than code points (${detected.firstMatched}/${detected.voters}), as older brat clients wrote them after emoji; converted to code points`,
        { ...(file !== undefined ? { file } : {}), document: id },
      ),
    );
  }
  const doc = emptyDocument(id, text, 'brat', unit);
  if (file !== undefined) doc.file = file;
  // The spans kept, by id (also the set of span ids).
  const spanIds = new Map<string, Span>();
  const context = { document: id, ...(file !== undefined ? { file } : {}) };
  for (const raw of rawSpans) {
    const span = buildSpan(index, raw, unit, context, BUILD_OPTIONS, issues);
    if (span !== undefined) {
      doc.spans.push(span);
      spanIds.set(span.id, span);
    }
  }

  // References: ids that were read, and ids whose lines were read but could not be used.
  const skipped = new Set<string>();
  for (const raw of rawSpans) if (!spanIds.has(raw.id)) skipped.add(raw.id);
  const eventIds = new Set<string>();
  for (const e of events) eventIds.add(e.value.id);
  const relationIds = new Set<string>();
  for (const r of relations) relationIds.add(r.value.id);
  const missing = (ref: string, what: string, line: number): void => {
    if (skipped.has(ref)) {
      issues.push(issue('warning', 'reference_to_skipped', `${what} refers to ${ref}, whose line could not be used (see above)`, at(line)));
    } else {
      issues.push(issue('error', 'undefined_reference', `${what} refers to ${ref}, which is not defined in this file`, at(line)));
    }
  };
  for (const { value: e, line } of events) {
    if (!spanIds.has(e.trigger)) {
      missing(e.trigger, `event ${e.id} (${e.label}) trigger`, line);
      eventIds.delete(e.id);
      skipped.add(e.id);
    }
  }
  for (const { value: e, line } of events) {
    if (!eventIds.has(e.id)) continue;
    const trigger = spanIds.get(e.trigger);
    if (trigger !== undefined && trigger.label !== e.label) {
      issues.push(issue('warning', 'trigger_type_mismatch', `event ${e.id} has type ${e.label} but its trigger ${e.trigger} is labelled ${trigger.label}`, at(line)));
    }
    // (Arguments are filtered only when one refers to nothing: usually all are kept as they are.)
    if (!e.arguments.every((a) => spanIds.has(a.target) || eventIds.has(a.target))) {
      e.arguments = e.arguments.filter((a) => {
        if (spanIds.has(a.target) || eventIds.has(a.target)) return true;
        missing(a.target, `event ${e.id} argument ${a.role}`, line);
        return false;
      });
    }
    doc.events.push(e);
  }
  reportEventCycles(doc.events, (msg, eventId) => {
    const line = events.find((e) => e.value.id === eventId)?.line ?? 0;
    issues.push(issue('warning', 'event_cycle', msg, at(line)));
  });
  const annotationIds = (ref: string): boolean => spanIds.has(ref) || eventIds.has(ref) || relationIds.has(ref);
  for (const { value: r, line } of relations) {
    const okFrom = spanIds.has(r.from) || eventIds.has(r.from);
    const okTo = spanIds.has(r.to) || eventIds.has(r.to);
    if (!okFrom) missing(r.from, `relation ${r.id} (${r.label}) ${r.fromRole ?? 'Arg1'}`, line);
    if (!okTo) missing(r.to, `relation ${r.id} (${r.label}) ${r.toRole ?? 'Arg2'}`, line);
    if (okFrom && okTo) doc.relations.push(r);
  }
  for (const { value: a, line } of attributes) {
    if (annotationIds(a.target)) doc.attributes.push(a);
    else missing(a.target, `attribute ${a.id} (${a.name})`, line);
  }
  for (const { value: n, line } of normalizations) {
    if (annotationIds(n.target)) doc.normalizations.push(n);
    else missing(n.target, `normalization ${n.id} (${n.db}:${n.dbId})`, line);
  }
  for (const { value: n, line } of notes) {
    if (annotationIds(n.target)) doc.notes.push(n);
    else missing(n.target, `note ${n.id}`, line);
  }
  for (const { value: q, line } of equivalences) {
    const members = q.members.filter((m) => {
      if (spanIds.has(m)) return true;
      missing(m, `equivalence (${q.label})`, line);
      return false;
    });
    if (members.length >= 2) doc.equivalences.push({ ...q, members });
  }

  if (config !== undefined) issues.push(...checkAgainstConfig(config, { events, relations, attributes, rawSpans, equivalences }, at));

  const metadata: DocumentMetadata = { ...(options.metadata ?? {}) };
  for (const [k, v] of Object.entries(options.defaults ?? {})) if (v !== undefined && metadata[k] === undefined) metadata[k] = v;
  doc.metadata = metadata;
  issues.push(...checkMetadata(metadata, { document: id, ...(file !== undefined ? { file } : {}) }));
  // Report in file order (issues of the whole file first), whatever phase found them.
  if (issues.length > 1) issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { value: [doc], issues };
}

function checkAgainstConfig(
  config: BratConfig,
  lines: {
    events: Pending<EventAnnotation>[];
    relations: Pending<Relation>[];
    attributes: Pending<Attribute>[];
    rawSpans: RawSpan[];
    equivalences: Pending<Equivalence>[];
  },
  at: (line: number) => Partial<Issue>,
): Issue[] {
  const issues: Issue[] = [];
  const conf = config.file ?? 'annotation.conf';
  const declared = (section: 'entities' | 'relations' | 'events' | 'attributes', name: string): boolean | 'abstract' => {
    const t = findConfigType(config, section, name);
    if (t === undefined) return false;
    return t.abstract ? 'abstract' : true;
  };
  const warnAbstract = (what: string, name: string, line: number): void => {
    issues.push(issue('warning', 'abstract_type', `${what} has type ${name}, which ${conf} declares abstract (!${name}): a grouping, not annotatable`, at(line)));
  };
  for (const raw of lines.rawSpans) {
    const d = declared('entities', raw.label) || declared('events', raw.label);
    if (d === false) issues.push(issue('warning', 'undeclared_type', `span ${raw.id} has type ${raw.label}, which ${conf} declares neither in [entities] nor in [events]`, at(raw.line ?? 0)));
    else if (d === 'abstract') warnAbstract(`span ${raw.id}`, raw.label, raw.line ?? 0);
  }
  for (const { value: e, line } of lines.events) {
    const def = findConfigType(config, 'events', e.label);
    if (def === undefined) {
      issues.push(issue('warning', 'undeclared_type', `event ${e.id} has type ${e.label}, which ${conf} does not declare in [events]`, at(line)));
      continue;
    }
    if (def.abstract) warnAbstract(`event ${e.id}`, e.label, line);
    const roles = new Set(def.arguments.map((a) => a.role));
    for (const a of e.arguments) {
      if (!roles.has(a.role)) issues.push(issue('warning', 'undeclared_role', `event ${e.id} (${e.label}) has a ${a.role} argument, which ${conf} does not declare for ${e.label}`, at(line)));
    }
  }
  for (const { value: r, line } of lines.relations) {
    if (declared('relations', r.label) === false) issues.push(issue('warning', 'undeclared_type', `relation ${r.id} has type ${r.label}, which ${conf} does not declare in [relations]`, at(line)));
  }
  for (const { value: q, line } of lines.equivalences) {
    if (declared('relations', q.label) === false) issues.push(issue('warning', 'undeclared_type', `equivalence of type ${q.label} is not declared in [relations] of ${conf}`, at(line)));
  }
  for (const { value: a, line } of lines.attributes) {
    const def = findConfigType(config, 'attributes', a.name);
    if (def === undefined) {
      issues.push(issue('warning', 'undeclared_type', `attribute ${a.id} (${a.name}) is not declared in [attributes] of ${conf}`, at(line)));
      continue;
    }
    if (def.values !== undefined && def.values.length > 0) {
      if (a.value === true) issues.push(issue('warning', 'invalid_attribute_value', `attribute ${a.id} (${a.name}) has no value, but ${conf} declares values ${def.values.join('|')}`, at(line)));
      else if (!def.values.includes(a.value)) issues.push(issue('warning', 'invalid_attribute_value', `attribute ${a.id} (${a.name}) has value ${a.value}, not one of ${def.values.join('|')} declared in ${conf}`, at(line)));
    } else if (a.value !== true) {
      issues.push(issue('warning', 'invalid_attribute_value', `attribute ${a.id} (${a.name}) has value ${a.value}, but ${conf} declares it binary`, at(line)));
    }
  }
  return issues;
}
