/**
 * The inline format: plain text or Markdown with `[[text|annotations]]` spans and a `key: value`
 * front matter, read into an {@link AnnotatedDocument}. Offsets refer to the text with the
 * front matter and the markup removed. See `spec-items.ts` for the annotation part.
 */
import { type Issue, issue } from '../../schema/issue.js';
import { codeUnits } from '../../text/code-units.js';
import {
  type AnnotatedDocument,
  type Attribute,
  type DocumentMetadata,
  type EventAnnotation,
  type EventArgument,
  type Fragment,
  type Normalization,
  type Note,
  type Relation,
  emptyDocument,
} from '../document.js';
import { checkMetadata } from '../metadata.js';
import { type OffsetIndex, codePointLength, createOffsetIndex } from '../offsets.js';
import { reportEventCycles } from '../event-cycles.js';
import { type LabelScheme, lookup } from '../schemes/label-scheme.js';
import { resolveScheme } from '../schemes/load-scheme.js';
import { fragmentsText } from '../span-text.js';
import { readFrontMatter } from './front-matter.js';
import { type ItemRecord, type SpecError, type SpecModifier, readSpec } from './spec-items.js';

/**
 * Options of {@link parseInline}.
 *
 * @example
 * ```ts
 * const options: ParseInlineOptions = { file: 'seed-report.inline.md', scheme: 'default' };
 * ```
 */
export interface ParseInlineOptions {
  /** Document id when the front matter has no `id` (default: `document`). */
  id?: string;
  /** Path of the file, for issues and `AnnotatedDocument.file`. */
  file?: string;
  /** Metadata for fields the front matter does not give. */
  defaults?: DocumentMetadata;
  /**
   * The scheme that tells trigger labels (`Assassination@e1`) from role labels
   * (`Perpetrator@e1`): a scheme, a built-in name or a JSON mapping file. Default: the front
   * matter's `scheme` field, else the default scheme.
   */
  scheme?: LabelScheme | string;
}

/**
 * True when a label names an event type in the scheme, so that `Label@e1` marks the trigger of
 * e1 (whether or not the type needs a hint to count as a conflict event).
 *
 * @example
 * ```ts
 * isTriggerLabel('Assassination', DEFAULT_SCHEME); //=> true
 * isTriggerLabel('Perpetrator', DEFAULT_SCHEME); //=> false
 * ```
 */
export function isTriggerLabel(label: string, scheme: LabelScheme): boolean {
  return triggerTest(scheme)(label);
}

/**
 * {@link isTriggerLabel} for one scheme, for loops over many labels.
 *
 * @example
 * ```ts
 * const isTrigger = triggerTest(DEFAULT_SCHEME);
 * isTrigger('Attack'); //=> true
 * ```
 */
export function triggerTest(scheme: LabelScheme): (label: string) => boolean {
  let cache = triggerCache.get(scheme);
  if (cache === undefined) {
    cache = new Map();
    triggerCache.set(scheme, cache);
  }
  const known = cache;
  return (label) => {
    let is = known.get(label);
    if (is === undefined) {
      is = lookup(scheme.events, label) !== undefined;
      known.set(label, is);
    }
    return is;
  };
}

/** Labels already looked up, per scheme (schemes are not changed after they are built). */
const triggerCache = new WeakMap<LabelScheme, Map<string, boolean>>();

interface Bracket {
  /** UTF-16 index of `[[` in the source. */
  open: number;
  /** UTF-16 offsets in the output text. */
  outStart: number;
  outEnd: number;
  /** Where the annotation part starts and ends in the source. */
  specAt: number;
  specEnd: number;
  /** True when the annotation part has a backslash. */
  escapes: boolean;
}

/**
 * The end of the annotation part that starts at `from`: the first `]]` outside a quoted string,
 * on this line (a backslash skips the next character). Returns the index of that `]]`, or -1
 * and, in `stop`, where the search ended.
 */
function specEnd(source: string, from: number, stop: { at: number }): number {
  const n = source.length;
  let j = from;
  let inQuote = false;
  while (j < n) {
    const d = source.charCodeAt(j);
    if (d === 10) break;
    if (d === 92) {
      j += 2;
      continue;
    }
    if (d === 34) inQuote = !inQuote;
    else if (!inQuote && d === 93 && source.charCodeAt(j + 1) === 93) return j;
    j++;
  }
  stop.at = j;
  return -1;
}

/**
 * `source.indexOf('[[', from)`, found as a "[" followed by another: V8 searches for one
 * character natively and quickly, for two through a slower general search (measured: 13 against
 * 23 ns a call on the seed report), and a single "[" is rare in text.
 */
function indexOfOpen(source: string, from: number): number {
  for (let i = source.indexOf('[', from); i >= 0; i = source.indexOf('[', i + 1)) if (source.charCodeAt(i + 1) === 91) return i;
  return -1;
}

/**
 * Scans the body: removes the markup, records the brackets. Only four things can be markup:
 * `[[`, `]]`, `|` inside a span and `\` before `[ ] | \`. Each is found with `indexOf` (a
 * native search), and the text between them is copied in one piece.
 */
function scan(
  source: string,
  bodyStart: number,
  prefix: string,
  report: (level: 'error' | 'warning', code: string, message: string, at: number) => void,
): { text: string; brackets: Bracket[] } {
  let text = prefix;
  let outLen = prefix.length;
  // Brackets are kept in the order of their "[[": made when a span opens, completed when its
  // annotation part is read (specEnd stays -1 for a span that is not).
  const stack: Bracket[] = [];
  const opened: Bracket[] = [];
  let broken = false;
  const n = source.length;
  const stop = { at: 0 };
  // Text is copied in runs: a run ends only where markup or an escape is removed.
  let run = bodyStart;
  // The next "[[", "]]", "|" and "\" at or after p (-1: none); refreshed when p passes them.
  let nextOpen = indexOfOpen(source, bodyStart);
  let nextClose = source.indexOf(']]', bodyStart);
  let nextBar = -2;
  let nextBackslash = source.indexOf('\\', bodyStart);
  // The next '"' and line break, looked for only from inside spans.
  let nextQuote = -2;
  let nextNewline = -2;
  let p = bodyStart;
  for (;;) {
    if (nextOpen >= 0 && nextOpen < p) nextOpen = indexOfOpen(source, p);
    if (nextClose >= 0 && nextClose < p) nextClose = source.indexOf(']]', p);
    if (nextBackslash >= 0 && nextBackslash < p) nextBackslash = source.indexOf('\\', p);
    let q = n;
    if (nextOpen >= 0) q = nextOpen;
    if (nextClose >= 0 && nextClose < q) q = nextClose;
    if (nextBackslash >= 0 && nextBackslash < q) q = nextBackslash;
    // "|" is markup only inside a span.
    if (stack.length > 0) {
      if (nextBar !== -1 && nextBar < p) nextBar = source.indexOf('|', p);
      if (nextBar >= 0 && nextBar < q) q = nextBar;
    }
    if (q >= n) break;
    p = q;
    const c = source.charCodeAt(p);
    if (c === 92) {
      // "\" before [ ] | \ makes it literal: drop the backslash, keep the character.
      const next = source.charCodeAt(p + 1);
      if (next === 91 || next === 93 || next === 124 || next === 92) {
        if (p > run) {
          text += source.slice(run, p);
          outLen += p - run;
        }
        run = p + 1;
        p += 2;
      } else p++;
      continue;
    }
    if (c === 91) {
      // "[[" opens a span.
      if (p > run) {
        text += source.slice(run, p);
        outLen += p - run;
      }
      const b: Bracket = { open: p, outStart: outLen, outEnd: -1, specAt: -1, specEnd: -1, escapes: false };
      stack.push(b);
      opened.push(b);
      run = p + 2;
      p += 2;
      continue;
    }
    if (c === 124) {
      // The annotation part runs to the first "]]" outside a quoted string, on this line. Found
      // with indexOf while no backslash is in the way (nextClose and nextBackslash are after p,
      // which came first), else by specEnd.
      const from = p + 1;
      if (nextQuote !== -1 && nextQuote < from) nextQuote = source.indexOf('"', from);
      if (nextNewline !== -1 && nextNewline < from) nextNewline = source.indexOf('\n', from);
      const lineEnd = nextNewline < 0 ? n : nextNewline;
      const backslash = nextBackslash < 0 ? n : nextBackslash;
      const stopAt = lineEnd < backslash ? lineEnd : backslash;
      let close = nextClose < 0 ? n : nextClose;
      let quote = nextQuote < 0 ? n : nextQuote;
      let end = -1;
      for (;;) {
        if (close < quote) {
          if (close < stopAt) end = close;
          break;
        }
        if (quote >= stopAt) break;
        // A quoted string: a "]]" inside it does not count.
        const closing = source.indexOf('"', quote + 1);
        if (closing < 0 || closing >= stopAt) break;
        quote = source.indexOf('"', closing + 1);
        if (quote < 0) quote = n;
        if (close < closing) {
          close = source.indexOf(']]', closing + 1);
          if (close < 0) close = n;
        }
      }
      // Every quote before `quote` has been passed.
      nextQuote = quote < n ? quote : -1;
      if (end < 0) {
        // Without "]]", the search stops at the end of the line, or at a backslash.
        if (backslash < lineEnd) end = specEnd(source, from, stop);
        else stop.at = lineEnd;
      }
      if (p > run) {
        text += source.slice(run, p);
        outLen += p - run;
      }
      // The stack is not empty here: "|" is looked for only inside a span.
      const open = stack.pop();
      if (open === undefined) {
        p = from;
        continue;
      }
      if (end < 0) {
        broken = true;
        const j = stop.at;
        report('error', 'unterminated_labels', `the span opened here has "|" but no "]]" on the same line; its annotation ${JSON.stringify(source.slice(from, j))} is skipped`, open.open);
        run = j;
        p = j;
        continue;
      }
      open.outEnd = outLen;
      open.specAt = from;
      open.specEnd = end;
      open.escapes = nextBackslash >= 0 && nextBackslash < end;
      run = end + 2;
      p = end + 2;
      continue;
    }
    // c is "]", the first of "]]".
    const open = stack.pop();
    if (open === undefined) {
      report('warning', 'unmatched_close', '"]]" closes no span; kept as text (write \\]] to silence this)', p);
      p += 2;
      continue;
    }
    if (p > run) {
      text += source.slice(run, p);
      outLen += p - run;
    }
    broken = true;
    report('error', 'missing_labels', 'this span has no "|labels" before its "]]" (write [[text|Label]]); the text is kept, the span is skipped', open.open);
    run = p + 2;
    p += 2;
  }
  if (n > run) text += source.slice(run, n);
  for (const open of stack) {
    report('error', 'unclosed_span', '"[[" is never closed with "|labels]]"; the text is kept, the span is skipped', open.open);
  }
  if (stack.length > 0) broken = true;
  return { text, brackets: broken ? opened.filter((b) => b.specEnd >= 0) : opened };
}

/** Line and 1-based column (in code points) of source positions. */
function positions(source: string): (at: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (at) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo] ?? 0;
    return { line: lo + 1, column: codePointLength(source.slice(lineStart, at)) + 1 };
  };
}

interface SpanBuild {
  id: string;
  label?: string;
  fragments: Fragment[];
  /** Index of its first bracket. */
  first: number;
  /** Index in the document's spans, -1 while unknown or when the span is skipped. */
  order: number;
}

interface EventBuild {
  id: string;
  label?: string;
  trigger?: string;
  /** Canonical order of the trigger: span order, then reading position. */
  triggerSpan: number;
  triggerReading: number;
  triggerAt: number;
  args: ArgBuild[];
  firstAt: number;
  /** Position among the events kept, in canonical order; -1 for an event that is skipped. */
  index: number;
}

/** An event argument with its canonical order key (k0, k1, k2), compared in that order. */
interface ArgBuild {
  arg: EventArgument;
  k0: number;
  k1: number;
  k2: number;
  srcAt: number;
  nested: boolean;
}

interface RelationBuild {
  rel: Relation;
  /** Order of the span it starts from, and reading position. */
  k0: number;
  k1: number;
  srcAt: number;
  modifiers: SpecModifier[];
  modAt: number;
  /** Position among the relations kept, in canonical order. */
  index: number;
}

interface ModifierBuild {
  kind: 'span' | 'event' | 'relation';
  /** Span or event id. */
  id: string;
  /** Order of the span (kind span). */
  spanOrder: number;
  relation?: RelationBuild;
  m: SpecModifier;
  srcAt: number;
  reading: number;
}

/** An attribute, normalisation or note with its canonical order key (k0…k3). */
interface OrderedModifier {
  m: SpecModifier;
  target: string;
  k0: number;
  k1: number;
  k2: number;
  k3: number;
}

/**
 * Sorts in place, stably, like `Array.prototype.sort`: by insertion for the short lists a
 * document has (events, arguments of an event, relations), which costs less than a sort call.
 */
function sortStable<T>(list: T[], compare: (a: T, b: T) => number): void {
  const n = list.length;
  if (n > 24) {
    list.sort(compare);
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, x) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = x;
  }
}

const byTrigger = (a: EventBuild, b: EventBuild): number => a.triggerSpan - b.triggerSpan || a.triggerReading - b.triggerReading;
const byArgKey = (a: ArgBuild, b: ArgBuild): number => a.k0 - b.k0 || a.k1 - b.k1 || a.k2 - b.k2;
const byRelationKey = (a: RelationBuild, b: RelationBuild): number => a.k0 - b.k0 || a.k1 - b.k1;
const byModifierKey = (a: OrderedModifier, b: OrderedModifier): number => a.k0 - b.k0 || a.k1 - b.k1 || a.k2 - b.k2 || a.k3 - b.k3;

/** Where issues of one document are: its file, its id, and line and column of source positions. */
interface Where {
  fileWhere: { file?: string };
  pos: (at: number) => { line: number; column: number };
  document: string;
}

/** The place of an issue at a source position. */
function at(where: Where, srcIndex: number): Partial<Issue> {
  return { ...where.fileWhere, ...where.pos(srcIndex), document: where.document };
}

/**
 * The spans of a document by id. With explicit ids, a map; without, span k is T<k+1>: `list`
 * holds the spans (general case) or `orders` the order of each (when every bracket is a span).
 */
interface SpanTable {
  map: SpansById | undefined;
  list: SpanBuild[];
  orders: number[] | undefined;
}

/**
 * The number k of an automatic span id `T<k>` (no leading zero), or -1.
 *
 * @example
 * ```ts
 * autoIdNumber('T12'); //=> 12
 * autoIdNumber('T012'); //=> -1
 * ```
 */
export function autoIdNumber(id: string): number {
  const n = id.length;
  if (n < 2 || n > 16 || id.charCodeAt(0) !== 84 || id.charCodeAt(1) === 48) return -1;
  let k = 0;
  for (let i = 1; i < n; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    k = k * 10 + d;
  }
  return k;
}

/** Ids made so far, per prefix: `IDS.T[k]` is `T<k>` (every document has T1, T2…, R1…, N1…). */
const IDS = { T: [''], R: [''], A: [''], N: [''], note: [''], equivalence: [''] };
/** Ids up to this number are kept in {@link IDS}. */
const ID_CACHE = 4096;

/** The id `<prefix><k>`, for k ≥ 1, from `made` (made once: turning a number into text costs more than a look-up). */
function numberedId(made: string[], prefix: string, k: number): string {
  if (k > ID_CACHE) return `${prefix}${k}`;
  for (let i = made.length; i <= k; i++) made.push(`${prefix}${i}`);
  return made[k] as string;
}

/** The automatic span id `T<k>`. */
function autoId(k: number): string {
  return numberedId(IDS.T, 'T', k);
}

/** Ids T<k> up to this k are kept by number in {@link SpansById}. */
const NUMBERED_SPANS = 1 << 16;

/**
 * Spans by id (the general case, with explicit ids). Ids written T<k>, as brat and `toInline`
 * mostly write them, are kept in an array by k, which needs no hash of the id; other ids in a map.
 */
class SpansById {
  private readonly numbered: (SpanBuild | undefined)[] = [];
  private readonly named = new Map<string, SpanBuild>();
  get(id: string): SpanBuild | undefined {
    const k = autoIdNumber(id);
    return k >= 1 && k <= NUMBERED_SPANS ? this.numbered[k] : this.named.get(id);
  }
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
  set(id: string, span: SpanBuild): void {
    const k = autoIdNumber(id);
    if (k >= 1 && k <= NUMBERED_SPANS) {
      // (Filled up to k first, so that the array has no holes.)
      for (let i = this.numbered.length; i < k; i++) this.numbered.push(undefined);
      this.numbered[k] = span;
    } else this.named.set(id, span);
  }
}

/** True when a span has this id (kept or skipped). */
function spanExists(t: SpanTable, id: string): boolean {
  if (t.map !== undefined) return t.map.has(id);
  const k = autoIdNumber(id);
  return k >= 1 && k <= (t.orders ?? t.list).length;
}

/** The order of the span with this id in the document, -1 when it has none (not defined, or skipped). */
function orderOf(t: SpanTable, id: string): number {
  if (t.map !== undefined) return t.map.get(id)?.order ?? -1;
  const k = autoIdNumber(id);
  if (k < 1) return -1;
  return (t.orders === undefined ? t.list[k - 1]?.order : t.orders[k - 1]) ?? -1;
}

/** What reading the items of the spans gathers, in reading order. */
interface ReadState {
  events: Map<string, EventBuild>;
  relations: RelationBuild[];
  modifiers: ModifierBuild[];
  equivalences: Map<string, { label: string; members: string[]; first: number }>;
  /** Reading position: items and modifiers, counted in file order. */
  reading: number;
  triggers: (label: string) => boolean;
  issues: Issue[];
  where: Where;
}

/** Reads `items[from]` up to `items[to]`, the items of a bracket of span `spanId` (of order `order`). */
function readItems(st: ReadState, items: readonly ItemRecord[], from: number, to: number, spanId: string, order: number, base: number): void {
  for (let k = from; k < to; k++) {
    const item = items[k] as ItemRecord;
    st.reading++;
    const srcAt = base + item.at;
    switch (item.kind) {
      case 'event': {
        const e = eventFor(st.events, item.event, srcAt);
        if (item.nestedTarget !== undefined) {
          e.args.push({ arg: { role: item.label, target: item.nestedTarget }, k0: 0, k1: 0, k2: 0, srcAt, nested: true });
        } else if (item.forceTrigger || st.triggers(item.label)) {
          if (e.trigger !== undefined) {
            st.issues.push(issue('error', 'several_triggers', `event ${item.event} already has the trigger ${e.trigger} (${e.label ?? ''}); this ${item.label} trigger is skipped`, at(st.where, srcAt)));
          } else {
            e.trigger = spanId;
            e.label = item.label;
            e.triggerSpan = order;
            e.triggerReading = st.reading;
            e.triggerAt = srcAt;
          }
        } else {
          e.args.push({ arg: { role: item.label, target: spanId }, k0: order, k1: 1, k2: st.reading, srcAt, nested: false });
        }
        for (const m of item.modifiers) st.modifiers.push({ kind: 'event', id: item.event, spanOrder: 0, m, srcAt: base + m.at, reading: st.reading++ });
        break;
      }
      case 'event-ref':
        eventFor(st.events, item.event, srcAt);
        for (const m of item.modifiers) st.modifiers.push({ kind: 'event', id: item.event, spanOrder: 0, m, srcAt: base + m.at, reading: st.reading++ });
        break;
      case 'relation': {
        const rel: Relation = { id: '', label: item.label, from: spanId, to: item.target, fromRole: 'Arg1', toRole: 'Arg2' };
        st.relations.push({ rel, k0: order, k1: st.reading, srcAt, modifiers: item.modifiers, modAt: base, index: -1 });
        break;
      }
      case 'label':
      case 'modifiers':
        for (const m of item.modifiers) st.modifiers.push({ kind: 'span', id: spanId, spanOrder: order, m, srcAt: base + m.at, reading: st.reading++ });
        break;
      case 'equivalence': {
        const k = `${item.label}\u0000${item.key}`;
        const q = st.equivalences.get(k) ?? { label: item.label, members: [], first: order };
        if (!q.members.includes(spanId)) q.members.push(spanId);
        st.equivalences.set(k, q);
        break;
      }
      case 'id':
        break;
    }
  }
}

/** The text of fragments, joined with one space (as fragmentsText). */
function spanText(text: string, index: OffsetIndex | undefined, fragments: readonly Fragment[]): string {
  if (index !== undefined) return fragmentsText(index, fragments);
  if (fragments.length === 1) {
    const f = fragments[0] as Fragment;
    return text.slice(f.start, f.end);
  }
  return fragments.map((f) => text.slice(f.start, f.end)).join(' ');
}

/** The event with this id, made on first mention. */
function eventFor(events: Map<string, EventBuild>, id: string, srcAt: number): EventBuild {
  let e = events.get(id);
  if (e === undefined) {
    e = { id, triggerSpan: -1, triggerReading: -1, triggerAt: srcAt, args: [], firstAt: srcAt, index: -1 };
    events.set(id, e);
  }
  return e;
}

/** The event with this id, when it is kept. */
function keptEvent(events: Map<string, EventBuild>, id: string): EventBuild | undefined {
  const e = events.get(id);
  return e !== undefined && e.index >= 0 ? e : undefined;
}

/**
 * Parses an inline-format source (see the README section "The inline annotation format"):
 * front matter for metadata, `[[text|Label]]` spans, `[[text|Type@e1]]` triggers,
 * `[[text|Role@e1]]` arguments, `+Attribute`, `=db:id` normalisations, `"notes"`, relations,
 * equivalences, `\` escapes. Offsets are code points of the text without front matter and
 * markup. Errors name the file, line and column; the rest of the document still comes through.
 * Annotations come out in a canonical order (spans by position, events by trigger position,
 * arguments by target position), numbered `R1`, `A1`, `N1`, `#1`, `*1` in that order, so that
 * reading, writing with `toInline` and reading again gives the same document.
 *
 * @example
 * ```ts
 * const { value: [doc] } = parseInline('---\nlanguage: ar\n---\n[[داعش|Perpetrator@e1]] تبنّى [[اغتيال|Assassination@e1+Claimed]]');
 * doc?.text; //=> 'داعش تبنّى اغتيال'
 * doc?.events[0]; //=> { id: 'e1', label: 'Assassination', trigger: 'T2', arguments: [{ role: 'Perpetrator', target: 'T1' }] }
 * ```
 */
export function parseInline(source: string, options: ParseInlineOptions = {}): { value: AnnotatedDocument[]; issues: Issue[] } {
  const file = options.file;
  const issues: Issue[] = [];
  const pos = positions(source);
  const fileWhere = file !== undefined ? { file } : {};
  let docId = options.id ?? 'document';

  const fmIssues: Issue[] = [];
  const fm = readFrontMatter(source, fileWhere, true, fmIssues);
  // The fields (without the id) were made for this call: they become the document's metadata.
  const metadata: DocumentMetadata = fm.fields;
  if (fm.id !== undefined) docId = fm.id;
  for (const i of fmIssues) issues.push({ ...i, document: docId });

  const schemeChoice = options.scheme ?? (typeof metadata.scheme === 'string' ? metadata.scheme : undefined);
  const schemeResult = resolveScheme(schemeChoice);
  for (const i of schemeResult.issues) issues.push({ ...i, ...fileWhere, document: docId });
  const scheme = schemeResult.value;
  const where: Where = { fileWhere, pos, document: docId };

  const { text, brackets } = scan(source, fm.bodyStart, fm.textPrefix, (level, code, message, srcAt) => {
    issues.push(issue(level, code, message, at(where, srcAt)));
  });
  // Offsets: UTF-16 in the text are code points unless it has surrogate pairs. The text is made
  // of pieces of the source, so a source without them has a text without them.
  const { units, astral } = codeUnits(source);
  const index = astral ? createOffsetIndex(text) : undefined;

  // Items of every bracket, in one list: those of bracket bi are items[itemStart[bi]] up to
  // items[itemStart[bi + 1]]. Explicit span ids first, so automatic ids can avoid them.
  const nb = brackets.length;
  const items: ItemRecord[] = [];
  // (A plain array: making a typed array costs more than the whole of a short document's brackets.)
  const itemStart: number[] = new Array<number>(nb + 1);
  const errors: SpecError[] = [];
  // The explicit span ids (#T5), in file order; made into a set only if a bracket without one
  // needs an automatic id that must avoid them.
  let explicit: string[] | undefined;
  for (let bi = 0; bi < nb; bi++) {
    const b = brackets[bi] as Bracket;
    const first = items.length;
    itemStart[bi] = first;
    const ids = readSpec(source, units, b.specAt, b.specEnd, b.escapes, items, errors);
    if (errors.length > 0) {
      for (const e of errors) issues.push(issue('error', 'invalid_annotation', `${e.message}; item skipped`, at(where, b.specAt + e.at)));
      errors.length = 0;
    }
    if (ids > 0) for (let k = first; k < items.length; k++) if ((items[k] as ItemRecord).kind === 'id') (explicit ??= []).push((items[k] as ItemRecord).id);
  }
  itemStart[nb] = items.length;

  const doc = emptyDocument(docId, text, 'inline', 'codepoint');
  if (file !== undefined) doc.file = file;
  const st: ReadState = { events: new Map(), relations: [], modifiers: [], equivalences: new Map(), reading: 0, triggers: triggerTest(scheme), issues, where };
  const table: SpanTable = { map: undefined, list: [], orders: undefined };

  if (explicit === undefined) {
    // Without explicit ids every bracket is a span of its own, T1, T2…: made and read in one
    // pass. (Issues come in another order than in the general case below, but each at its own
    // place in the file, and they are sorted by place at the end.)
    const orders: number[] = new Array<number>(nb);
    table.orders = orders;
    for (let bi = 0; bi < nb; bi++) {
      const b = brackets[bi] as Bracket;
      const from = itemStart[bi] ?? 0;
      const to = itemStart[bi + 1] ?? 0;
      let bare: string | undefined;
      let firstEvent: string | undefined;
      for (let k = from; k < to; k++) {
        const item = items[k] as ItemRecord;
        if (item.kind === 'label') {
          if (bare === undefined) bare = item.label;
          else {
            issues.push(
              issue('error', 'several_labels', `a span has one label; ${item.label} is skipped (nest a second span for a second label: [[[[text|A]]|B]])`, at(where, b.specAt + item.at)),
            );
          }
        } else if (item.kind === 'event' && item.nestedTarget === undefined) firstEvent ??= item.label;
      }
      const id = autoId(bi + 1);
      const label = bare ?? firstEvent;
      if (label === undefined) {
        orders[bi] = -1;
        issues.push(issue('error', 'missing_label', `span #${id} has no label (write [[text|Label]] or give the label in one of its pieces); the span and its annotations are skipped`, at(where, b.open)));
        continue;
      }
      const fragments: Fragment[] = [index === undefined ? { start: b.outStart, end: b.outEnd } : { start: index.toCodePoint(b.outStart, 'utf16') ?? 0, end: index.toCodePoint(b.outEnd, 'utf16') ?? 0 }];
      const order = doc.spans.length;
      orders[bi] = order;
      doc.spans.push({ id, label, fragments, text: spanText(text, index, fragments) });
      readItems(st, items, from, to, id, order, b.specAt);
    }
  } else {
    // Spans by id: brackets with the same explicit id are pieces of one span.
    const spans = new SpansById();
    table.map = spans;
    const spanList = table.list;
    const bracketSpan: SpanBuild[] = new Array<SpanBuild>(nb);
    let auto = 0;
    let explicitSet: Set<string> | undefined;
    for (let bi = 0; bi < nb; bi++) {
      const b = brackets[bi] as Bracket;
      // One pass over the items: the span's id, its label, and the first event item's label.
      let id: string | undefined;
      let bare: string | undefined;
      let firstEvent: string | undefined;
      for (let k = itemStart[bi] ?? 0, to = itemStart[bi + 1] ?? 0; k < to; k++) {
        const item = items[k] as ItemRecord;
        if (item.kind === 'id') {
          if (id === undefined) id = item.id;
          else issues.push(issue('error', 'several_ids', `a span has one id; #${item.id} is skipped (the span is #${id})`, at(where, b.specAt + item.at)));
        } else if (item.kind === 'label') {
          if (bare === undefined) bare = item.label;
          else {
            issues.push(
              issue('error', 'several_labels', `a span has one label; ${item.label} is skipped (nest a second span for a second label: [[[[text|A]]|B]])`, at(where, b.specAt + item.at)),
            );
          }
        } else if (item.kind === 'event' && item.nestedTarget === undefined) firstEvent ??= item.label;
      }
      let existing: SpanBuild | undefined;
      if (id === undefined) {
        // Automatic ids T1, T2… skip the explicit ones.
        const taken = (explicitSet ??= new Set(explicit));
        do {
          auto++;
          id = autoId(auto);
        } while (taken.has(id) || spans.has(id));
      } else existing = spans.get(id);
      const label = bare ?? firstEvent;
      const fragment = index === undefined ? { start: b.outStart, end: b.outEnd } : { start: index.toCodePoint(b.outStart, 'utf16') ?? 0, end: index.toCodePoint(b.outEnd, 'utf16') ?? 0 };
      if (existing === undefined) {
        const sb: SpanBuild = { id, fragments: [fragment], first: bi, order: -1 };
        if (label !== undefined) sb.label = label;
        spans.set(id, sb);
        spanList.push(sb);
        existing = sb;
      } else {
        existing.fragments.push(fragment);
        if (label !== undefined) {
          if (existing.label === undefined) existing.label = label;
          else if (existing.label !== label) {
            issues.push(issue('error', 'conflicting_labels', `span #${id} is labelled ${existing.label} elsewhere; the label ${label} here is skipped`, at(where, b.specAt)));
          }
        }
      }
      bracketSpan[bi] = existing;
    }
    // Spans are made in the order of their first bracket.
    for (const sb of spanList) {
      if (sb.label === undefined) {
        issues.push(issue('error', 'missing_label', `span #${sb.id} has no label (write [[text|Label]] or give the label in one of its pieces); the span and its annotations are skipped`, at(where, brackets[sb.first]?.open ?? 0)));
        continue;
      }
      const fragments = sb.fragments.length === 1 ? sb.fragments : sb.fragments.sort((a, b) => a.start - b.start || a.end - b.end).reduce<Fragment[]>((acc, f) => {
        const last = acc[acc.length - 1];
        if (last !== undefined && f.start <= last.end) last.end = Math.max(last.end, f.end);
        else acc.push({ ...f });
        return acc;
      }, []);
      sb.order = doc.spans.length;
      doc.spans.push({ id: sb.id, label: sb.label, fragments, text: spanText(text, index, fragments) });
    }
    for (let bi = 0; bi < nb; bi++) {
      const sb = bracketSpan[bi] as SpanBuild;
      if (sb.order >= 0) readItems(st, items, itemStart[bi] ?? 0, itemStart[bi + 1] ?? 0, sb.id, sb.order, (brackets[bi] as Bracket).specAt);
    }
  }
  const { events, relations, modifiers, equivalences } = st;

  // Events: a trigger is required; ids must not clash with span ids.
  const sortedEvents: EventBuild[] = [];
  for (const e of events.values()) {
    if (spanExists(table, e.id)) {
      issues.push(issue('error', 'duplicate_id', `event id ${e.id} is also a span id; the event is skipped`, at(where, e.firstAt)));
      continue;
    }
    if (e.trigger === undefined || e.label === undefined) {
      const args = e.args.map((a) => `${a.arg.role} ${a.arg.target}`).join(', ');
      issues.push(
        issue(
          'error',
          'event_without_trigger',
          `event ${e.id} has no trigger (mark it as [[word|EventType@${e.id}]], or !Label@${e.id} for a label the scheme ${scheme.name} does not know as an event type)${args === '' ? '' : `; its arguments (${args}) stay as spans only`}`,
          at(where, e.firstAt),
        ),
      );
      continue;
    }
    sortedEvents.push(e);
  }
  sortStable(sortedEvents, byTrigger);
  for (let i = 0; i < sortedEvents.length; i++) (sortedEvents[i] as EventBuild).index = i;
  let nestedArguments = false;
  for (const e of sortedEvents) {
    const args: ArgBuild[] = [];
    for (const a of e.args) {
      if (a.nested) {
        const target = keptEvent(events, a.arg.target);
        if (target === undefined) {
          issues.push(issue('error', 'undefined_reference', `${a.arg.role}@${e.id}<@${a.arg.target}: event ${a.arg.target} is not defined (or has no trigger); argument skipped`, at(where, a.srcAt)));
          continue;
        }
        a.k0 = target.triggerSpan;
        a.k1 = 0;
        a.k2 = target.index;
        nestedArguments = true;
      }
      args.push(a);
    }
    sortStable(args, byArgKey);
    const list: EventArgument[] = [];
    for (const a of args) list.push(a.arg);
    doc.events.push({ id: e.id, label: e.label ?? '', trigger: e.trigger ?? '', arguments: list } satisfies EventAnnotation);
  }
  // Only arguments that are events (nested) can make a cycle: the others point at spans, and no
  // event kept has a span's id.
  if (nestedArguments) {
    reportEventCycles(doc.events, (message, eventId) => {
      issues.push(issue('warning', 'event_cycle', message, at(where, keptEvent(events, eventId)?.triggerAt ?? 0)));
    });
  }

  // Relations.
  const goodRelations: RelationBuild[] = [];
  for (const r of relations) {
    if (orderOf(table, r.rel.to) < 0) {
      issues.push(issue('error', 'undefined_reference', `relation ${r.rel.label}>#${r.rel.to}: span #${r.rel.to} is not defined; relation skipped`, at(where, r.srcAt)));
      continue;
    }
    goodRelations.push(r);
    for (const m of r.modifiers) modifiers.push({ kind: 'relation', id: '', spanOrder: r.k0, relation: r, m, srcAt: r.modAt + m.at, reading: r.k1 });
  }
  sortStable(goodRelations, byRelationKey);
  for (let i = 0; i < goodRelations.length; i++) {
    const r = goodRelations[i] as RelationBuild;
    r.index = i;
    r.rel.id = numberedId(IDS.R, 'R', i + 1);
    doc.relations.push(r.rel);
  }

  // Attributes, normalisations, notes: ordered by where their target is anchored.
  const ordered: OrderedModifier[] = [];
  for (const x of modifiers) {
    if (x.kind === 'event') {
      const e = keptEvent(events, x.id);
      if (e === undefined) {
        if (!events.has(x.id) || events.get(x.id)?.trigger !== undefined) {
          issues.push(issue('error', 'undefined_reference', `@${x.id}: event ${x.id} is not defined; ${x.m.kind} skipped`, at(where, x.srcAt)));
        } else {
          issues.push(issue('warning', 'reference_to_skipped', `${x.m.kind} of event ${x.id}, which was skipped (see above)`, at(where, x.srcAt)));
        }
        continue;
      }
      ordered.push({ m: x.m, target: e.id, k0: e.triggerSpan, k1: 0, k2: e.index, k3: x.reading });
    } else if (x.kind === 'relation' && x.relation !== undefined) {
      // Only the modifiers of relations kept are here.
      ordered.push({ m: x.m, target: x.relation.rel.id, k0: x.spanOrder, k1: 1, k2: x.relation.index, k3: x.reading });
    } else {
      ordered.push({ m: x.m, target: x.id, k0: x.spanOrder, k1: 2, k2: 0, k3: x.reading });
    }
  }
  sortStable(ordered, byModifierKey);
  for (const { m, target } of ordered) {
    if (m.kind === 'attribute') {
      doc.attributes.push({ id: numberedId(IDS.A, 'A', doc.attributes.length + 1), name: m.name, target, value: m.value } satisfies Attribute);
    } else if (m.kind === 'normalization') {
      const n: Normalization = { id: numberedId(IDS.N, 'N', doc.normalizations.length + 1), target, db: m.db, dbId: m.dbId };
      if (m.text !== undefined) n.text = m.text;
      doc.normalizations.push(n);
    } else {
      doc.notes.push({ id: numberedId(IDS.note, '#', doc.notes.length + 1), target, text: m.text } satisfies Note);
    }
  }

  if (equivalences.size > 0) {
    const eqs = [...equivalences.values()];
    sortStable(eqs, (a, b) => a.first - b.first);
    for (const q of eqs) {
      if (q.members.length < 2) {
        issues.push(issue('warning', 'lonely_equivalence', `equivalence *${q.label} has only one member (#${q.members[0] ?? ''}); skipped`, { ...fileWhere, document: docId }));
        continue;
      }
      const members = [...q.members];
      sortStable(members, (a, b) => orderOf(table, a) - orderOf(table, b));
      doc.equivalences.push({ id: numberedId(IDS.equivalence, '*', doc.equivalences.length + 1), label: q.label, members });
    }
  }

  const meta = metadata;
  if (options.defaults !== undefined) for (const [k, v] of Object.entries(options.defaults)) if (v !== undefined && meta[k] === undefined) meta[k] = v;
  doc.metadata = meta;
  const metaIssues = checkMetadata(meta, { ...fileWhere, document: docId });
  for (const i of metaIssues) issues.push(i);
  // Report in file order (issues of the whole file first), whatever phase found them.
  if (issues.length > 1) issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { value: [doc], issues };
}
