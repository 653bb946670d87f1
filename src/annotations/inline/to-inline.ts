/**
 * Writing an {@link AnnotatedDocument} in the inline format, so that annotations made in any tool
 * can be read, reviewed and corrected in a text editor. Reading the output with `parseInline`
 * gives the document back (in the inline reader's canonical order).
 */
import { type Issue, issue } from '../../schema/issue.js';
import { hasHighSurrogate } from '../../text/code-units.js';
import {
  type AnnotatedDocument,
  type Attribute,
  DOCUMENT_TARGET,
  type EventAnnotation,
  type MetadataValue,
  type Normalization,
  type Note,
  type Relation,
  type Span,
} from '../document.js';
import { type OffsetIndex, createOffsetIndex } from '../offsets.js';
import { resolveScheme } from '../schemes/load-scheme.js';
import { writeFrontMatter } from './front-matter.js';
import { autoIdNumber, triggerTest } from './parse-inline.js';
import { escapeName } from './spec-items.js';

/**
 * Options of {@link toInline}.
 *
 * @example
 * ```ts
 * const options: ToInlineOptions = { scheme: 'ace2005' };
 * ```
 */
export interface ToInlineOptions {
  /**
   * The built-in scheme the file should be read with, written to the front matter as `scheme:`
   * when the document's metadata names none. Trigger labels the reading scheme does not know as
   * event types are written with `!` (`!Merge-org@E1`).
   */
  scheme?: 'default' | 'ace2005';
}

interface Piece {
  span: number;
  start: number;
  end: number;
}

const BARE_VALUE = /^[^\s@+="<>|[\]\\]+$/;
const EMPTY: readonly never[] = [];
/** Options of escapeName, made once. */
const LEADING = { leading: true };
const COLON = { colon: true };

/** True when the text has one of `[ ] | \\`, the characters that may need a backslash. */
function hasMarkupChar(text: string): boolean {
  return text.includes('[') || text.includes(']') || text.includes('|') || text.includes('\\');
}

function value(v: string): string {
  return BARE_VALUE.test(v) ? v : jsonString(v);
}

/** Characters JSON.stringify escapes in a string: quote, backslash, controls, surrogates (when lone). */
// eslint-disable-next-line no-control-regex -- these are the characters JSON escapes
const JSON_ESCAPED = /["\\\u0000-\u001f\uD800-\uDFFF]/;

/** `JSON.stringify` of a string, without its cost when nothing needs escaping. */
function jsonString(s: string): string {
  return JSON_ESCAPED.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** True when `id` is `T<k>`, the id the inline reader gives the k-th span. */
function isAutoId(id: string, k: number): boolean {
  return autoIdNumber(id) === k;
}

/** True when the spans' ids are T1, T2… in order, as the inline reader numbers them. */
function isSequential(spans: readonly Span[]): boolean {
  for (let si = 0; si < spans.length; si++) if (!isAutoId((spans[si] as Span).id, si + 1)) return false;
  return true;
}

/** Groups a list by a key, keeping the list's order in each group. */
function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const group = out.get(k);
    if (group === undefined) out.set(k, [x]);
    else group.push(x);
  }
  return out;
}

/**
 * A run of text as written inside the markup: a backslash before a character that would be read
 * as markup. `following` is the character written right after the run, `depth` how many spans
 * are open around it.
 */
function escapeText(run: string, depth: number, following: string): string {
  if (!hasMarkupChar(run)) return run;
  const reversed: string[] = [];
  for (let c = run.length - 1; c >= 0; c--) {
    const ch = run.charAt(c);
    const needs =
      (ch === '\\' && (following === '[' || following === ']' || following === '|' || following === '\\')) ||
      (ch === '[' && following === '[') ||
      (ch === ']' && following === ']') ||
      (ch === '|' && depth > 0);
    reversed.push(needs ? `\\${ch}` : ch);
    following = needs ? '\\' : ch;
  }
  return reversed.reverse().join('');
}

/** Canonical order of pieces: by start, longer first, then by span. */
function byPiece(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || a.span - b.span;
}

/**
 * Fragments laid out as properly nested pieces (pieces that cross are split), and the steps that
 * open and close them in text order: `piece * 2 + 1` opens piece `pieces[piece]`, `piece * 2`
 * closes it.
 */
interface Layout {
  pieces: Piece[];
  steps: number[];
}

function layOut(spans: readonly Span[]): Layout {
  const pieces: Piece[] = [];
  for (let i = 0; i < spans.length; i++) {
    for (const f of (spans[i] as Span).fragments) pieces.push({ span: i, start: f.start, end: f.end });
  }
  // Pieces usually come sorted already (spans in text order).
  for (let k = 1; k < pieces.length; k++) {
    if (byPiece(pieces[k - 1] as Piece, pieces[k] as Piece) > 0) {
      pieces.sort(byPiece);
      break;
    }
  }
  // Pieces are numbered as they open.
  const made: Piece[] = [];
  const steps: number[] = [];
  const stack: number[] = [];
  for (let k = 0; k < pieces.length; k++) {
    let p = pieces[k];
    if (p === undefined) continue;
    // Close the pieces that end before this one starts.
    while (stack.length > 0) {
      const n = stack[stack.length - 1] as number;
      if ((made[n] as Piece).end > p.start) break;
      steps.push(n * 2);
      stack.pop();
    }
    const top = stack.length > 0 ? made[stack[stack.length - 1] as number] : undefined;
    if (top !== undefined && top.end < p.end) {
      const rest: Piece = { span: p.span, start: top.end, end: p.end };
      p = { span: p.span, start: p.start, end: top.end };
      let j = k + 1;
      while (j < pieces.length && byPiece(pieces[j] ?? rest, rest) <= 0) j++;
      pieces.splice(j, 0, rest);
    }
    const n = made.length;
    made.push(p);
    steps.push(n * 2 + 1);
    stack.push(n);
  }
  while (stack.length > 0) steps.push((stack.pop() as number) * 2);
  return { pieces: made, steps };
}

/**
 * What a span's annotation part holds, gathered from the annotations that point at it. Every
 * field is set (to undefined at first), so that all have one shape.
 */
interface SpanWork {
  triggers: EventAnnotation[] | undefined;
  args: { event: EventAnnotation; role: string }[] | undefined;
  nested: string[] | undefined;
  relations: Relation[] | undefined;
  attributes: Attribute[] | undefined;
  normalizations: Normalization[] | undefined;
  notes: Note[] | undefined;
  equivalences: number[] | undefined;
}

type WorkLists = { [K in keyof SpanWork]: NonNullable<SpanWork[K]> };

function newWork(): SpanWork {
  return { triggers: undefined, args: undefined, nested: undefined, relations: undefined, attributes: undefined, normalizations: undefined, notes: undefined, equivalences: undefined };
}

/** The work of one span, shared by spans with nothing pointing at them. */
const NO_WORK: SpanWork = newWork();

/** Adds to a list of a span's work (a case per list, so that each reads one named field). */
function addWork<K extends keyof SpanWork>(w: SpanWork, key: K, value: WorkLists[K][number]): void {
  switch (key) {
    case 'triggers':
      (w.triggers ??= []).push(value as EventAnnotation);
      break;
    case 'args':
      (w.args ??= []).push(value as WorkLists['args'][number]);
      break;
    case 'nested':
      (w.nested ??= []).push(value as string);
      break;
    case 'relations':
      (w.relations ??= []).push(value as Relation);
      break;
    case 'attributes':
      (w.attributes ??= []).push(value as Attribute);
      break;
    case 'normalizations':
      (w.normalizations ??= []).push(value as Normalization);
      break;
    case 'notes':
      (w.notes ??= []).push(value as Note);
      break;
    default:
      (w.equivalences ??= []).push(value as number);
  }
}

/**
 * The spans of a document by id, and the work of each. When the ids are T1, T2… in order (as
 * the inline reader numbers them), the index is in the id and needs no map.
 */
class SpanWorks {
  readonly work: (SpanWork | undefined)[];
  private readonly count: number;
  private readonly indices: Map<string, number | number[]> | undefined;

  /** `sequential`: the ids are T1, T2… in order (see {@link isSequential}). */
  constructor(spans: readonly Span[], sequential: boolean) {
    this.count = spans.length;
    this.work = new Array<SpanWork | undefined>(spans.length);
    if (!sequential) {
      const indices = new Map<string, number | number[]>();
      for (let si = 0; si < spans.length; si++) {
        const id = (spans[si] as Span).id;
        const known = indices.get(id);
        if (known === undefined) indices.set(id, si);
        else if (typeof known === 'number') indices.set(id, [known, si]);
        else known.push(si);
      }
      this.indices = indices;
    }
  }

  /** The index (or indices) of the spans with this id, -1 for none. */
  indexOf(id: string): number | number[] {
    if (this.indices !== undefined) return this.indices.get(id) ?? -1;
    const k = autoIdNumber(id);
    return k >= 1 && k <= this.count ? k - 1 : -1;
  }

  has(id: string): boolean {
    return this.indexOf(id) !== -1;
  }

  /** Adds to a list of the work of every span with this id. */
  add<K extends keyof SpanWork>(id: string, key: K, value: WorkLists[K][number]): void {
    const known = this.indexOf(id);
    if (typeof known === 'number') {
      if (known >= 0) addWork((this.work[known] ??= newWork()), key, value);
    } else for (const si of known) addWork((this.work[si] ??= newWork()), key, value);
  }
}

function attributeItem(a: Attribute): string {
  return `+${escapeName(a.name)}${a.value === true ? '' : `=${value(a.value)}`}`;
}

function normalizationItem(n: Normalization): string {
  return `=${escapeName(n.db, COLON)}:${escapeName(n.dbId)}${n.text === undefined ? '' : jsonString(n.text)}`;
}

/** Attributes, normalisations and notes of events and relations, by target (grouped on first use). */
class TargetModifiers {
  private groups: { attributes: Map<string, Attribute[]>; normalizations: Map<string, Normalization[]>; notes: Map<string, Note[]> } | undefined;

  constructor(private readonly doc: AnnotatedDocument) {}

  /** The modifiers of an event or relation, glued to its item. */
  of(target: string): string {
    const doc = this.doc;
    const g = (this.groups ??= {
      attributes: groupBy(doc.attributes, (a) => a.target),
      normalizations: groupBy(doc.normalizations, (n) => n.target),
      notes: groupBy(doc.notes, (n) => n.target),
    });
    let out = '';
    for (const a of g.attributes.get(target) ?? EMPTY) out += attributeItem(a);
    for (const n of g.normalizations.get(target) ?? EMPTY) out += normalizationItem(n);
    for (const n of g.notes.get(target) ?? EMPTY) out += jsonString(n.text);
    return out;
  }
}

/** Items are joined with one space (an item may be empty: a span labelled ''). */
function addItem(spec: string, count: number, item: string): string {
  return count === 0 ? item : `${spec} ${item}`;
}

/** True when the span, event or relation with this id is written (every span is). */
function isWritten(works: SpanWorks, written: ReadonlySet<string>, id: string): boolean {
  return works.has(id) || written.has(id);
}

/** Reports an attribute, normalisation or note that is not written. */
function reportLost(issues: Issue[], where: { document: string }, what: string, id: string, target: string, works: SpanWorks, written: ReadonlySet<string>): void {
  if (target === DOCUMENT_TARGET) issues.push(issue('warning', 'inline_document_annotation', `${what} ${id} is about the whole document; the inline format has no place for it, not written`, where));
  else if (!isWritten(works, written, target)) issues.push(issue('warning', 'inline_annotation_not_written', `${what} ${id} is on ${target}, which is not written; not written`, where));
}

/** The text between two code point offsets. */
function sliceText(text: string, index: OffsetIndex | undefined, start: number, end: number): string {
  return index === undefined ? text.slice(start, end) : index.slice(start, end);
}

/**
 * Writes a document in the inline format: front matter with the id and metadata, then the text
 * with `[[text|annotations]]` around every span. Overlapping spans that cross each other are
 * written in pieces sharing an explicit `#id`. What the format cannot hold (attributes and notes
 * of the whole document, relation roles other than Arg1/Arg2, Label Studio relation directions,
 * relations that do not link two spans) is reported as an issue.
 *
 * @example
 * ```ts
 * const { value: source } = toInline(doc);
 * writeFileSync('seed-report.inline.md', source);
 * parseInline(source).value[0]; // the same document
 * ```
 */
export function toInline(doc: AnnotatedDocument, options: ToInlineOptions = {}): { value: string; issues: Issue[] } {
  const issues: Issue[] = [];
  const where = { document: doc.id };
  const fields: Record<string, MetadataValue | undefined> = { id: doc.id, ...doc.metadata };
  if (options.scheme !== undefined && fields.scheme === undefined) fields.scheme = options.scheme;
  const scheme = resolveScheme(typeof fields.scheme === 'string' ? fields.scheme : undefined);
  for (const i of scheme.issues) issues.push({ ...i, ...where });
  const text = doc.text;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const front = writeFrontMatter(fields, newline);
  const spans = doc.spans;
  const { pieces, steps } = layOut(spans);

  // Ids: automatic (T1, T2… in opening order) when they already are, else written out. Pieces
  // are numbered in opening order.
  const firstPiece: (Piece | undefined)[] = new Array<Piece | undefined>(spans.length);
  let opened = 0;
  let explicitIds = pieces.length !== spans.length;
  const sequential = isSequential(spans);
  for (const piece of pieces) {
    if (firstPiece[piece.span] === undefined) {
      firstPiece[piece.span] = piece;
      opened++;
      // With sequential ids, span k opening k-th has the id T<k>.
      if (!explicitIds && (sequential ? piece.span !== opened - 1 : !isAutoId(spans[piece.span]?.id ?? '', opened))) explicitIds = true;
    }
  }

  // What points at each span, in document order, gathered in one pass over the annotations.
  const works = new SpanWorks(spans, sequential);
  const eventById = new Map<string, EventAnnotation>();
  for (const e of doc.events) eventById.set(e.id, e);
  for (const e of doc.events) works.add(e.trigger, 'triggers', e);
  for (const e of doc.events) {
    for (const a of e.arguments) {
      works.add(a.target, 'args', { event: e, role: a.role });
      const target = eventById.get(a.target);
      if (target !== undefined && !works.has(a.target)) {
        works.add(target.trigger, 'nested', `${escapeName(a.role, LEADING)}@${escapeName(e.id)}<@${escapeName(target.id)}`);
      }
    }
  }
  for (const r of doc.relations) works.add(r.from, 'relations', r);
  for (const a of doc.attributes) works.add(a.target, 'attributes', a);
  for (const n of doc.normalizations) works.add(n.target, 'normalizations', n);
  for (const n of doc.notes) works.add(n.target, 'notes', n);
  for (let qi = 0; qi < doc.equivalences.length; qi++) {
    // A span is listed once per equivalence, even if it is a member twice.
    for (const m of (doc.equivalences[qi] as AnnotatedDocument['equivalences'][number]).members) {
      const known = works.indexOf(m);
      for (const si of typeof known === 'number' ? (known >= 0 ? [known] : EMPTY) : known) {
        const w = (works.work[si] ??= newWork());
        if (w.equivalences?.[w.equivalences.length - 1] !== qi) addWork(w, 'equivalences', qi);
      }
    }
  }
  const modifiers = new TargetModifiers(doc);
  const isTrigger = triggerTest(scheme.value);
  // Events and relations written (every span is written).
  const written = new Set<string>();

  // The annotation part of each span: id, label, events, relations, modifiers, equivalences.
  const specs: string[] = new Array<string>(spans.length);
  for (let si = 0; si < spans.length; si++) {
    const s = spans[si] as Span;
    const w = works.work[si] ?? NO_WORK;
    let spec = explicitIds ? `#${escapeName(s.id)}` : '';
    let count = explicitIds ? 1 : 0;
    let events = '';
    let firstEventLabel: string | undefined;
    if (w.triggers !== undefined) {
      for (const e of w.triggers) {
        if (events === '') firstEventLabel = e.label;
        const bang = isTrigger(e.label) ? '' : '!';
        events += `${events === '' ? '' : ' '}${bang}${escapeName(e.label, LEADING)}@${escapeName(e.id)}${modifiers.of(e.id)}`;
        written.add(e.id);
      }
    }
    if (w.args !== undefined) {
      for (const { event: e, role } of w.args) {
        if (isTrigger(role)) {
          issues.push(issue('warning', 'inline_role_reads_as_trigger', `event ${e.id} has a ${role} argument, but ${role} is an event type of scheme ${scheme.value.name}: it will read back as a trigger`, where));
        }
        if (events === '') firstEventLabel = role;
        events += `${events === '' ? '' : ' '}${escapeName(role, LEADING)}@${escapeName(e.id)}`;
      }
    }
    // The label is written unless the first event item gives it.
    if (firstEventLabel !== s.label) spec = addItem(spec, count++, escapeName(s.label, LEADING));
    if (events !== '') spec = addItem(spec, count++, events);
    if (w.nested !== undefined) for (const item of w.nested) spec = addItem(spec, count++, item);
    if (w.relations !== undefined) {
      for (const r of w.relations) {
        if (!works.has(r.to)) continue;
        if ((r.fromRole !== undefined && r.fromRole !== 'Arg1') || (r.toRole !== undefined && r.toRole !== 'Arg2')) {
          issues.push(issue('warning', 'inline_relation_roles', `relation ${r.id} has roles ${r.fromRole ?? ''}/${r.toRole ?? ''}; the inline format writes Arg1/Arg2 only`, where));
        }
        if (r.direction !== undefined) issues.push(issue('warning', 'inline_relation_direction', `relation ${r.id} has the Label Studio direction ${r.direction}; the inline format does not keep it`, where));
        if (r.label === '') issues.push(issue('warning', 'inline_relation_without_label', `relation ${r.id} has no label; written as "Relation"`, where));
        spec = addItem(spec, count++, `${escapeName(r.label === '' ? 'Relation' : r.label, LEADING)}>#${escapeName(r.to)}${modifiers.of(r.id)}`);
        written.add(r.id);
      }
    }
    if (w.attributes !== undefined) for (const a of w.attributes) spec = addItem(spec, count++, attributeItem(a));
    if (w.normalizations !== undefined) for (const n of w.normalizations) spec = addItem(spec, count++, normalizationItem(n));
    if (w.notes !== undefined) for (const n of w.notes) spec = addItem(spec, count++, jsonString(n.text));
    if (w.equivalences !== undefined) {
      for (const qi of w.equivalences) {
        spec = addItem(spec, count++, `*${escapeName((doc.equivalences[qi] as AnnotatedDocument['equivalences'][number]).label, COLON)}:${qi + 1}`);
      }
    }
    specs[si] = spec;
  }

  // Report what has no place in the format.
  for (const e of doc.events) {
    if (!isWritten(works, written, e.id)) issues.push(issue('warning', 'inline_event_not_written', `event ${e.id} has no trigger span ${e.trigger}; not written`, where));
  }
  for (const r of doc.relations) {
    if (!isWritten(works, written, r.id)) issues.push(issue('warning', 'inline_relation_not_written', `relation ${r.id} (${r.label}) does not go from one span to another; not written`, where));
  }
  for (const a of doc.attributes) reportLost(issues, where, 'attribute', a.id, a.target, works, written);
  for (const n of doc.normalizations) reportLost(issues, where, 'normalization', n.id, n.target, works, written);
  for (const n of doc.notes) reportLost(issues, where, 'note', n.id, n.target, works, written);

  // Emit the text with the markup, escaping only where a character would be read as markup: a
  // run of text is followed by the "[[" or "|" of the next piece, or by nothing.
  // (Each character is looked for with indexOf, a native search, instead of one regular expression.)
  const astral = hasHighSurrogate(text);
  const plain = !astral && !hasMarkupChar(text);
  const index = astral ? createOffsetIndex(text) : undefined;
  const length = index === undefined ? text.length : index.length;
  let out = front;
  let cursor = 0;
  let depth = 0;
  for (const step of steps) {
    const piece = pieces[step >> 1] as Piece;
    const open = (step & 1) === 1;
    const at = open ? piece.start : piece.end;
    if (at > cursor) {
      const run = sliceText(text, index, cursor, at);
      out += plain ? run : escapeText(run, depth, open ? '[' : '|');
    }
    cursor = Math.max(cursor, at);
    if (open) {
      out += '[[';
      depth++;
    } else {
      const spec = firstPiece[piece.span] === piece ? (specs[piece.span] ?? '') : `#${escapeName(spans[piece.span]?.id ?? '')}`;
      out += `|${spec}]]`;
      depth--;
    }
  }
  if (cursor < length) {
    const run = sliceText(text, index, cursor, length);
    out += plain ? run : escapeText(run, depth, '');
  }
  return { value: out, issues };
}
