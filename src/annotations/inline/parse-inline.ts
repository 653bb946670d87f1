/**
 * The inline format: plain text or Markdown with `[[text|annotations]]` spans and a `key: value`
 * front matter, read into an {@link AnnotatedDocument}. Offsets refer to the text with the
 * front matter and the markup removed. See `spec-items.ts` for the annotation part.
 */
import { type Issue, issue } from '../../schema/issue.js';
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
import { codePointLength, createOffsetIndex } from '../offsets.js';
import { reportEventCycles } from '../event-cycles.js';
import { type LabelScheme, lookup } from '../schemes/label-scheme.js';
import { resolveScheme } from '../schemes/load-scheme.js';
import { fragmentsText } from '../span-text.js';
import { metadataFromFields, parseFrontMatter } from './front-matter.js';
import { type SpecModifier, parseSpec } from './spec-items.js';

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
  let cache = triggerCache.get(scheme);
  if (cache === undefined) {
    cache = new Map();
    triggerCache.set(scheme, cache);
  }
  let known = cache.get(label);
  if (known === undefined) {
    known = lookup(scheme.events, label) !== undefined;
    cache.set(label, known);
  }
  return known;
}

/** Labels already looked up, per scheme (schemes are not changed after they are built). */
const triggerCache = new WeakMap<LabelScheme, Map<string, boolean>>();

interface Bracket {
  /** UTF-16 index of `[[` in the source. */
  open: number;
  /** UTF-16 offsets in the output text. */
  outStart: number;
  outEnd: number;
  /** The annotation part and where it starts in the source. */
  spec: string;
  specAt: number;
}

/** Scans the body: removes the markup, records the brackets. */
function scan(
  source: string,
  bodyStart: number,
  prefix: string,
  report: (level: 'error' | 'warning', code: string, message: string, at: number) => void,
): { text: string; brackets: Bracket[] } {
  const chunks: string[] = [prefix];
  let outLen = prefix.length;
  const stack: { open: number; outStart: number }[] = [];
  const brackets: Bracket[] = [];
  const n = source.length;
  // Text is copied in runs: a run ends only where markup or an escape is removed.
  let run = bodyStart;
  const flush = (to: number): void => {
    if (to > run) {
      chunks.push(source.slice(run, to));
      outLen += to - run;
    }
  };
  for (let p = bodyStart; p < n; p++) {
    const c = source.charCodeAt(p);
    if (c !== 92 && c !== 91 && c !== 93 && c !== 124) continue;
    const next = source.charCodeAt(p + 1);
    if (c === 92) {
      // "\" before [ ] | \ makes it literal: drop the backslash, keep the character.
      if (next === 91 || next === 93 || next === 124 || next === 92) {
        flush(p);
        run = p + 1;
        p++;
      }
      continue;
    }
    if (c === 91) {
      if (next === 91) {
        flush(p);
        stack.push({ open: p, outStart: outLen });
        run = p + 2;
        p++;
      }
      continue;
    }
    if (c === 124) {
      if (stack.length === 0) continue;
      // The annotation part runs to the first "]]" outside a quoted string, on this line.
      let j = p + 1;
      let inQuote = false;
      let end = -1;
      while (j < n) {
        const d = source.charCodeAt(j);
        if (d === 10) break;
        if (d === 92) {
          j += 2;
          continue;
        }
        if (d === 34) inQuote = !inQuote;
        else if (!inQuote && d === 93 && source.charCodeAt(j + 1) === 93) {
          end = j;
          break;
        }
        j++;
      }
      flush(p);
      const open = stack.pop() ?? { open: p, outStart: outLen };
      if (end < 0) {
        report('error', 'unterminated_labels', `the span opened here has "|" but no "]]" on the same line; its annotation ${JSON.stringify(source.slice(p + 1, j))} is skipped`, open.open);
        run = j;
        p = j - 1;
        continue;
      }
      brackets.push({ open: open.open, outStart: open.outStart, outEnd: outLen, spec: source.slice(p + 1, end), specAt: p + 1 });
      run = end + 2;
      p = end + 1;
      continue;
    }
    // c is "]"
    if (next !== 93) continue;
    const open = stack.pop();
    if (open === undefined) {
      report('warning', 'unmatched_close', '"]]" closes no span; kept as text (write \\]] to silence this)', p);
      p++;
      continue;
    }
    flush(p);
    report('error', 'missing_labels', 'this span has no "|labels" before its "]]" (write [[text|Label]]); the text is kept, the span is skipped', open.open);
    run = p + 2;
    p++;
  }
  flush(n);
  for (const open of stack) {
    report('error', 'unclosed_span', '"[[" is never closed with "|labels]]"; the text is kept, the span is skipped', open.open);
  }
  return { text: chunks.join(''), brackets };
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
  first: number;
}

interface Pending<T> {
  value: T;
  /** Canonical order key. */
  key: number[];
}

function byKey(a: { key: number[] }, b: { key: number[] }): number {
  const n = Math.max(a.key.length, b.key.length);
  for (let i = 0; i < n; i++) {
    const d = (a.key[i] ?? -1) - (b.key[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
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
  const at = (srcIndex: number): Partial<Issue> => ({ ...fileWhere, ...pos(srcIndex), document: docId });

  const fm = parseFrontMatter(source, fileWhere);
  const { id: fmId, metadata } = metadataFromFields(fm.value.fields);
  if (fmId !== undefined) docId = fmId;
  issues.push(...fm.issues.map((i) => ({ ...i, document: docId })));

  const schemeChoice = options.scheme ?? (typeof metadata.scheme === 'string' ? metadata.scheme : undefined);
  const schemeResult = resolveScheme(schemeChoice);
  issues.push(...schemeResult.issues.map((i) => ({ ...i, ...fileWhere, document: docId })));
  const scheme = schemeResult.value;

  const { text, brackets } = scan(source, fm.value.bodyStart, fm.value.textPrefix, (level, code, message, srcAt) => {
    issues.push(issue(level, code, message, at(srcAt)));
  });
  brackets.sort((a, b) => a.open - b.open);
  const index = createOffsetIndex(text);
  const cp = (u: number): number => index.toCodePoint(u, 'utf16') ?? 0;

  // Items of every bracket; explicit span ids first, so automatic ids can avoid them.
  const parsed = brackets.map((b) => {
    const r = parseSpec(b.spec);
    for (const e of r.errors) issues.push(issue('error', 'invalid_annotation', `${e.message}; item skipped`, at(b.specAt + e.at)));
    return { bracket: b, items: r.items };
  });
  const explicit = new Set<string>();
  for (const p of parsed) for (const item of p.items) if (item.kind === 'id') explicit.add(item.id);

  const spans = new Map<string, SpanBuild>();
  const bracketSpan: (string | undefined)[] = [];
  let auto = 0;
  parsed.forEach((p, bi) => {
    // One pass over the items: the span's id, its label, and the first event item's label.
    let id: string | undefined;
    let bare: string | undefined;
    let firstEvent: string | undefined;
    for (const item of p.items) {
      if (item.kind === 'id') {
        if (id === undefined) id = item.id;
        else issues.push(issue('error', 'several_ids', `a span has one id; #${item.id} is skipped (the span is #${id})`, at(p.bracket.specAt + item.at)));
      } else if (item.kind === 'label') {
        if (bare === undefined) bare = item.label;
        else {
          issues.push(
            issue('error', 'several_labels', `a span has one label; ${item.label} is skipped (nest a second span for a second label: [[[[text|A]]|B]])`, at(p.bracket.specAt + item.at)),
          );
        }
      } else if (item.kind === 'event' && item.nestedTarget === undefined) firstEvent ??= item.label;
    }
    if (id === undefined) {
      do {
        auto++;
        id = `T${auto}`;
      } while (explicit.has(id) || spans.has(id));
    }
    const label = bare ?? firstEvent;
    const fragment = { start: cp(p.bracket.outStart), end: cp(p.bracket.outEnd) };
    const existing = spans.get(id);
    if (existing === undefined) {
      const s: SpanBuild = { id, fragments: [fragment], first: bi };
      if (label !== undefined) s.label = label;
      spans.set(id, s);
    } else {
      existing.fragments.push(fragment);
      if (label !== undefined) {
        if (existing.label === undefined) existing.label = label;
        else if (existing.label !== label) {
          issues.push(issue('error', 'conflicting_labels', `span #${id} is labelled ${existing.label} elsewhere; the label ${label} here is skipped`, at(p.bracket.specAt)));
        }
      }
    }
    bracketSpan[bi] = id;
  });

  const doc = emptyDocument(docId, text, 'inline', 'codepoint');
  if (file !== undefined) doc.file = file;
  const spanOrder = new Map<string, number>();
  // Spans are made in the order of their first bracket (the map keeps insertion order).
  for (const s of spans.values()) {
    if (s.label === undefined) {
      issues.push(issue('error', 'missing_label', `span #${s.id} has no label (write [[text|Label]] or give the label in one of its pieces); the span and its annotations are skipped`, at(brackets[s.first]?.open ?? 0)));
      continue;
    }
    const fragments = s.fragments.length === 1 ? s.fragments : s.fragments.sort((a, b) => a.start - b.start || a.end - b.end).reduce<Fragment[]>((acc, f) => {
      const last = acc[acc.length - 1];
      if (last !== undefined && f.start <= last.end) last.end = Math.max(last.end, f.end);
      else acc.push({ ...f });
      return acc;
    }, []);
    spanOrder.set(s.id, doc.spans.length);
    doc.spans.push({ id: s.id, label: s.label, fragments, text: fragmentsText(index, fragments) });
  }

  // Events, relations, modifiers and equivalences, with their reading position.
  interface EventBuild {
    id: string;
    label?: string;
    trigger?: string;
    triggerKey: number[];
    triggerAt: number;
    args: { arg: EventArgument; key: number[]; srcAt: number; nested: boolean }[];
    firstAt: number;
  }
  const events = new Map<string, EventBuild>();
  const relations: { rel: Relation; key: number[]; srcAt: number; modifiers: SpecModifier[]; modAt: number }[] = [];
  const modifiers: { target: { kind: 'span' | 'event' | 'relation'; id: string; relation?: Relation }; m: SpecModifier; srcAt: number; reading: number }[] = [];
  const equivalences = new Map<string, { label: string; members: string[]; first: number }>();
  let reading = 0;
  const eventOf = (id: string, srcAt: number): EventBuild => {
    let e = events.get(id);
    if (e === undefined) {
      e = { id, triggerKey: [], triggerAt: srcAt, args: [], firstAt: srcAt };
      events.set(id, e);
    }
    return e;
  };
  parsed.forEach((p, bi) => {
    const spanId = bracketSpan[bi] ?? '';
    if (!spanOrder.has(spanId)) return;
    const base = p.bracket.specAt;
    for (const item of p.items) {
      reading++;
      const srcAt = base + item.at;
      switch (item.kind) {
        case 'event': {
          const e = eventOf(item.event, srcAt);
          if (item.nestedTarget !== undefined) {
            e.args.push({ arg: { role: item.label, target: item.nestedTarget }, key: [], srcAt, nested: true });
          } else if (item.forceTrigger || isTriggerLabel(item.label, scheme)) {
            if (e.trigger !== undefined) {
              issues.push(issue('error', 'several_triggers', `event ${item.event} already has the trigger ${e.trigger} (${e.label ?? ''}); this ${item.label} trigger is skipped`, at(srcAt)));
            } else {
              e.trigger = spanId;
              e.label = item.label;
              e.triggerKey = [spanOrder.get(spanId) ?? 0, reading];
              e.triggerAt = srcAt;
            }
          } else {
            e.args.push({ arg: { role: item.label, target: spanId }, key: [spanOrder.get(spanId) ?? 0, 1, reading], srcAt, nested: false });
          }
          for (const m of item.modifiers) modifiers.push({ target: { kind: 'event', id: item.event }, m, srcAt: base + m.at, reading: reading++ });
          break;
        }
        case 'event-ref':
          eventOf(item.event, srcAt);
          for (const m of item.modifiers) modifiers.push({ target: { kind: 'event', id: item.event }, m, srcAt: base + m.at, reading: reading++ });
          break;
        case 'relation': {
          const rel: Relation = { id: '', label: item.label, from: spanId, to: item.target, fromRole: 'Arg1', toRole: 'Arg2' };
          relations.push({ rel, key: [spanOrder.get(spanId) ?? 0, reading], srcAt, modifiers: item.modifiers, modAt: base });
          break;
        }
        case 'label':
        case 'modifiers':
          for (const m of item.modifiers) modifiers.push({ target: { kind: 'span', id: spanId }, m, srcAt: base + m.at, reading: reading++ });
          break;
        case 'equivalence': {
          const k = `${item.label}\u0000${item.key}`;
          const q = equivalences.get(k) ?? { label: item.label, members: [], first: spanOrder.get(spanId) ?? 0 };
          if (!q.members.includes(spanId)) q.members.push(spanId);
          equivalences.set(k, q);
          break;
        }
        case 'id':
          break;
      }
    }
  });

  // Events: a trigger is required; ids must not clash with span ids.
  const goodEvents = new Map<string, EventBuild>();
  for (const e of events.values()) {
    if (spans.has(e.id)) {
      issues.push(issue('error', 'duplicate_id', `event id ${e.id} is also a span id; the event is skipped`, at(e.firstAt)));
      continue;
    }
    if (e.trigger === undefined || e.label === undefined) {
      const args = e.args.map((a) => `${a.arg.role} ${a.arg.target}`).join(', ');
      issues.push(
        issue(
          'error',
          'event_without_trigger',
          `event ${e.id} has no trigger (mark it as [[word|EventType@${e.id}]], or !Label@${e.id} for a label the scheme ${scheme.name} does not know as an event type)${args === '' ? '' : `; its arguments (${args}) stay as spans only`}`,
          at(e.firstAt),
        ),
      );
      continue;
    }
    goodEvents.set(e.id, e);
  }
  const sortedEvents = [...goodEvents.values()].sort((a, b) => byKey({ key: a.triggerKey }, { key: b.triggerKey }));
  const eventIndex = new Map(sortedEvents.map((e, i): [string, number] => [e.id, i]));
  for (const e of sortedEvents) {
    const args: Pending<EventArgument>[] = [];
    for (const a of e.args) {
      if (a.nested) {
        const target = goodEvents.get(a.arg.target);
        if (target === undefined) {
          issues.push(issue('error', 'undefined_reference', `${a.arg.role}@${e.id}<@${a.arg.target}: event ${a.arg.target} is not defined (or has no trigger); argument skipped`, at(a.srcAt)));
          continue;
        }
        args.push({ value: a.arg, key: [target.triggerKey[0] ?? 0, 0, eventIndex.get(target.id) ?? 0] });
      } else args.push({ value: a.arg, key: a.key });
    }
    args.sort(byKey);
    doc.events.push({ id: e.id, label: e.label ?? '', trigger: e.trigger ?? '', arguments: args.map((a) => a.value) } satisfies EventAnnotation);
  }
  reportEventCycles(doc.events, (message, eventId) => {
    issues.push(issue('warning', 'event_cycle', message, at(goodEvents.get(eventId)?.triggerAt ?? 0)));
  });

  // Relations.
  const goodRelations: Pending<Relation>[] = [];
  for (const r of relations) {
    if (!spanOrder.has(r.rel.to)) {
      issues.push(issue('error', 'undefined_reference', `relation ${r.rel.label}>#${r.rel.to}: span #${r.rel.to} is not defined; relation skipped`, at(r.srcAt)));
      continue;
    }
    goodRelations.push({ value: r.rel, key: r.key });
    for (const m of r.modifiers) modifiers.push({ target: { kind: 'relation', id: '', relation: r.rel }, m, srcAt: r.modAt + m.at, reading: r.key[1] ?? 0 });
  }
  goodRelations.sort(byKey);
  goodRelations.forEach((r, i) => {
    r.value.id = `R${i + 1}`;
    doc.relations.push(r.value);
  });
  const relationIndex = new Map(doc.relations.map((r, i): [Relation, number] => [r, i]));

  // Attributes, normalisations, notes: ordered by where their target is anchored.
  const ordered: Pending<{ m: SpecModifier; target: string }>[] = [];
  for (const x of modifiers) {
    let key: number[];
    let target: string;
    if (x.target.kind === 'event') {
      const e = goodEvents.get(x.target.id);
      if (e === undefined) {
        if (!events.has(x.target.id) || events.get(x.target.id)?.trigger !== undefined) {
          issues.push(issue('error', 'undefined_reference', `@${x.target.id}: event ${x.target.id} is not defined; ${x.m.kind} skipped`, at(x.srcAt)));
        } else {
          issues.push(issue('warning', 'reference_to_skipped', `${x.m.kind} of event ${x.target.id}, which was skipped (see above)`, at(x.srcAt)));
        }
        continue;
      }
      key = [e.triggerKey[0] ?? 0, 0, eventIndex.get(e.id) ?? 0, x.reading];
      target = e.id;
    } else if (x.target.kind === 'relation' && x.target.relation !== undefined) {
      const i = relationIndex.get(x.target.relation);
      if (i === undefined) continue;
      key = [spanOrder.get(x.target.relation.from) ?? 0, 1, i, x.reading];
      target = x.target.relation.id;
    } else {
      key = [spanOrder.get(x.target.id) ?? 0, 2, 0, x.reading];
      target = x.target.id;
    }
    ordered.push({ value: { m: x.m, target }, key });
  }
  ordered.sort(byKey);
  for (const { value } of ordered) {
    const m = value.m;
    if (m.kind === 'attribute') {
      doc.attributes.push({ id: `A${doc.attributes.length + 1}`, name: m.name, target: value.target, value: m.value } satisfies Attribute);
    } else if (m.kind === 'normalization') {
      const n: Normalization = { id: `N${doc.normalizations.length + 1}`, target: value.target, db: m.db, dbId: m.dbId };
      if (m.text !== undefined) n.text = m.text;
      doc.normalizations.push(n);
    } else {
      doc.notes.push({ id: `#${doc.notes.length + 1}`, target: value.target, text: m.text } satisfies Note);
    }
  }

  const eqs = [...equivalences.values()].sort((a, b) => a.first - b.first);
  for (const q of eqs) {
    if (q.members.length < 2) {
      issues.push(issue('warning', 'lonely_equivalence', `equivalence *${q.label} has only one member (#${q.members[0] ?? ''}); skipped`, { ...fileWhere, document: docId }));
      continue;
    }
    const members = [...q.members].sort((a, b) => (spanOrder.get(a) ?? 0) - (spanOrder.get(b) ?? 0));
    doc.equivalences.push({ id: `*${doc.equivalences.length + 1}`, label: q.label, members });
  }

  const meta: DocumentMetadata = { ...metadata };
  for (const [k, v] of Object.entries(options.defaults ?? {})) if (v !== undefined && meta[k] === undefined) meta[k] = v;
  doc.metadata = meta;
  issues.push(...checkMetadata(meta, { ...fileWhere, document: docId }));
  // Report in file order (issues of the whole file first), whatever phase found them.
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { value: [doc], issues };
}
