/**
 * Turning raw offsets, as a tool wrote them, into spans with code point fragments: range checks,
 * detection of the offset unit from the span text a tool stored next to the offsets, and the
 * check of every span's text against the document text.
 */
import { type Issue, issue } from '../schema/issue.js';
import type { Fragment, OffsetUnit, Span } from './document.js';
import type { OffsetIndex } from './offsets.js';

/**
 * A span as read from a file, before conversion: offsets in the file's unit.
 *
 * @example
 * ```ts
 * const raw: RawSpan = { id: 'T1', label: 'Location', ranges: [{ start: 0, end: 5 }, { start: 16, end: 23 }], storedText: 'North America', line: 3 };
 * ```
 */
export interface RawSpan {
  id: string;
  label: string;
  /** `[start, end)` pairs in the source unit, as written. */
  ranges: { start: number; end: number }[];
  /** The span text the tool stored, when it stores one. */
  storedText?: string;
  /** Where the span was read: a line of the file, or a JSON path. */
  line?: number;
  path?: (string | number)[];
}

/**
 * Context for issues about spans.
 *
 * @example
 * ```ts
 * materializeSpan(index, raw, 'codepoint', { document: 'report-1', file: 'report-1.ann' });
 * ```
 */
export interface SpanContext {
  file?: string;
  document: string;
}

const UNIT_NAMES: Record<OffsetUnit, string> = { codepoint: 'code points', utf16: 'UTF-16 code units', grapheme: 'grapheme clusters' };

/**
 * The readable name of an offset unit, for messages.
 *
 * @example
 * ```ts
 * unitName('utf16'); //=> 'UTF-16 code units'
 * ```
 */
export function unitName(unit: OffsetUnit): string {
  return UNIT_NAMES[unit];
}

/**
 * The text of fragments, joined with one space as brat writes discontinuous spans.
 *
 * @example
 * ```ts
 * fragmentsText(createOffsetIndex('North and South America'), [{ start: 0, end: 5 }, { start: 16, end: 23 }]); //=> 'North America'
 * ```
 */
export function fragmentsText(index: OffsetIndex, fragments: readonly Fragment[], separator = ' '): string {
  if (fragments.length === 1) {
    const f = fragments[0];
    return f === undefined ? '' : index.slice(f.start, f.end);
  }
  return fragments.map((f) => index.slice(f.start, f.end)).join(separator);
}

function convertRanges(index: OffsetIndex, raw: RawSpan, unit: OffsetUnit): Fragment[] | undefined {
  const out: Fragment[] = [];
  for (const r of raw.ranges) {
    const start = index.toCodePoint(r.start, unit);
    const end = index.toCodePoint(r.end, unit);
    if (start === undefined || end === undefined || start > end) return undefined;
    out.push({ start, end });
  }
  return out;
}

function textMatches(index: OffsetIndex, fragments: readonly Fragment[], stored: string): boolean {
  const joined = fragmentsText(index, fragments);
  if (joined === stored) return true;
  if (fragments.length > 1 && fragmentsText(index, fragments, '') === stored) return true;
  return false;
}

/**
 * Chooses the offset unit under which the most stored span texts match the document text. Ties
 * go to the first candidate (the unit the tool writes today). Spans without stored text do not
 * vote. When the other candidates coincide with code points for this text (UTF-16 when it has
 * no astral characters), the first candidate is returned without scoring (`matched` then counts
 * every voter; the texts are checked when the spans are made).
 *
 * @example
 * ```ts
 * const index = createOffsetIndex('💩 Idlib');
 * detectOffsetUnit(index, [{ id: 'T1', label: 'Loc', ranges: [{ start: 3, end: 8 }], storedText: 'Idlib' }], ['codepoint', 'utf16']);
 * //=> { unit: 'utf16', matched: 1, voters: 1, firstMatched: 0 }
 * ```
 */
export function detectOffsetUnit(
  index: OffsetIndex,
  spans: readonly RawSpan[],
  candidates: readonly OffsetUnit[],
): { unit: OffsetUnit; matched: number; voters: number; firstMatched: number } {
  const first = candidates[0] ?? 'codepoint';
  const voters = spans.filter((s) => s.storedText !== undefined);
  const score = (unit: OffsetUnit): number => {
    let n = 0;
    for (const s of voters) {
      const f = convertRanges(index, s, unit);
      if (f !== undefined && textMatches(index, f, s.storedText ?? '')) n++;
    }
    return n;
  };
  // A unit that coincides with code points for this text cannot do better than code points.
  const relevant = candidates.filter((u) => {
    if (u === first) return false;
    if (u === 'utf16') return !index.utf16IsCodePoint;
    if (u === 'grapheme') return !index.graphemeIsCodePoint;
    return true;
  });
  if (voters.length === 0 || relevant.length === 0) {
    return { unit: first, matched: voters.length, voters: voters.length, firstMatched: voters.length };
  }
  const firstMatched = score(first);
  if (firstMatched === voters.length) return { unit: first, matched: firstMatched, voters: voters.length, firstMatched };
  let best: OffsetUnit = first;
  let bestScore = firstMatched;
  for (const unit of relevant) {
    const s = score(unit);
    if (s > bestScore) {
      best = unit;
      bestScore = s;
    }
  }
  return { unit: best, matched: bestScore, voters: voters.length, firstMatched };
}

/**
 * The unit a reader takes span offsets in: the one its caller names, or, for `auto` (the
 * default), code points unless only UTF-16 makes the spans' stored texts match the text. When
 * UTF-16 was detected, `detected` says how well each unit did, for the reader's warning.
 *
 * @example
 * ```ts
 * const index = createOffsetIndex('💩 Idlib');
 * chooseOffsetUnit(index, [{ id: 'T1', label: 'Loc', ranges: [{ start: 3, end: 8 }], storedText: 'Idlib' }], 'auto');
 * //=> { unit: 'utf16', detected: { unit: 'utf16', matched: 1, voters: 1, firstMatched: 0 } }
 * ```
 */
export function chooseOffsetUnit(
  index: OffsetIndex,
  spans: readonly RawSpan[],
  option: OffsetUnit | 'auto' | undefined,
): { unit: OffsetUnit; detected?: { unit: OffsetUnit; matched: number; voters: number; firstMatched: number } } {
  if (option !== undefined && option !== 'auto') return { unit: option };
  const detected = detectOffsetUnit(index, spans, ['codepoint', 'utf16']);
  return detected.unit === 'codepoint' ? { unit: 'codepoint' } : { unit: detected.unit, detected };
}

/** Finds the occurrence of `needle` in the text nearest to a code point offset. */
function nearestOccurrence(index: OffsetIndex, needle: string, near: number): { start: number; end: number } | undefined {
  if (needle.length === 0) return undefined;
  const text = index.text;
  const target = index.utf16At(Math.min(near, index.length));
  let best: number | undefined;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (best === undefined || Math.abs(at - target) < Math.abs(best - target)) best = at;
    if (at > target) break;
  }
  if (best === undefined) return undefined;
  const start = index.toCodePoint(best, 'utf16');
  const end = index.toCodePoint(best + needle.length, 'utf16');
  return start === undefined || end === undefined ? undefined : { start, end };
}

function show(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
}

/**
 * Converts a raw span to a {@link Span} in code points under `unit`: checks every range (integer,
 * start ≤ end, inside the text, on a boundary of the unit), sorts the fragments, and compares the
 * stored text with the document text (`span_text_mismatch`, naming both texts and where the
 * stored text does occur). Returns no span, with an error, when the offsets cannot be used.
 * The span's `text` is always the document's text at its offsets.
 *
 * @example
 * ```ts
 * const index = createOffsetIndex('Hello Idlib');
 * materializeSpan(index, { id: 'T1', label: 'Loc', ranges: [{ start: 6, end: 11 }], storedText: 'Idlib' }, 'codepoint', { document: 'd' });
 * //=> { value: { id: 'T1', label: 'Loc', fragments: [{ start: 6, end: 11 }], text: 'Idlib' }, issues: [] }
 * ```
 */
export function materializeSpan(
  index: OffsetIndex,
  raw: RawSpan,
  unit: OffsetUnit,
  context: SpanContext,
  options: { mergeTouching?: boolean; checkFragments?: boolean } = {},
): { value: Span | undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const value = buildSpan(index, raw, unit, context, options, issues);
  return { value, issues };
}

/** Where a raw span was read, for an issue (built only when there is something to report). */
function spanWhere(raw: RawSpan, context: SpanContext, span?: [number, number]): Partial<Issue> {
  return {
    document: context.document,
    ...(context.file !== undefined ? { file: context.file } : {}),
    ...(raw.line !== undefined ? { line: raw.line } : {}),
    ...(raw.path !== undefined ? { path: raw.path } : {}),
    ...(span !== undefined ? { span } : {}),
  };
}

/**
 * {@link materializeSpan} writing its issues into `issues`: the readers' hot path.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * const span = buildSpan(index, raw, 'codepoint', { document: 'd' }, {}, issues);
 * ```
 */
export function buildSpan(
  index: OffsetIndex,
  raw: RawSpan,
  unit: OffsetUnit,
  context: SpanContext,
  options: { mergeTouching?: boolean; checkFragments?: boolean },
  issues: Issue[],
): Span | undefined {
  const lengthInUnit = index.lengthIn(unit);
  let fragments: Fragment[] = [];
  for (const r of raw.ranges) {
    if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end < 0) {
      issues.push(issue('error', 'invalid_offset', `span ${raw.id} (${raw.label}) has offsets ${r.start}–${r.end}, which are not non-negative integers; span skipped`, spanWhere(raw, context)));
      return undefined;
    }
    if (r.start > r.end) {
      issues.push(issue('error', 'invalid_offset', `span ${raw.id} (${raw.label}) starts at ${r.start}, after its end ${r.end}; span skipped`, spanWhere(raw, context)));
      return undefined;
    }
    if (r.end > lengthInUnit) {
      issues.push(
        issue(
          'error',
          'offset_out_of_range',
          `span ${raw.id} (${raw.label}) ends at ${r.end}, past the end of the text (${lengthInUnit} ${unitName(unit)})${raw.storedText !== undefined ? `; stored text ${show(raw.storedText)}` : ''}; span skipped`,
          spanWhere(raw, context),
        ),
      );
      return undefined;
    }
    const start = index.toCodePoint(r.start, unit);
    const end = index.toCodePoint(r.end, unit);
    if (start === undefined || end === undefined) {
      const hint = unit === 'utf16' ? ' (the offsets split a surrogate pair: they are probably code points, not UTF-16 units; set offsetUnit: "codepoint")' : '';
      issues.push(
        issue('error', 'offset_not_on_boundary', `span ${raw.id} (${raw.label}) has offsets ${r.start}–${r.end}, not on a boundary between ${unitName(unit)}${hint}; span skipped`, spanWhere(raw, context)),
      );
      return undefined;
    }
    fragments.push({ start, end });
  }
  if (fragments.length === 0) {
    issues.push(issue('error', 'invalid_offset', `span ${raw.id} (${raw.label}) has no offsets; span skipped`, spanWhere(raw, context)));
    return undefined;
  }
  if (fragments.length > 1) {
    fragments.sort((a, b) => a.start - b.start || a.end - b.end);
    if (options.mergeTouching === true) {
      const merged: Fragment[] = [];
      for (const f of fragments) {
        const last = merged[merged.length - 1];
        if (last !== undefined && f.start <= last.end) last.end = Math.max(last.end, f.end);
        else merged.push({ ...f });
      }
      fragments = merged;
    } else if (options.checkFragments !== false) {
      for (let i = 1; i < fragments.length; i++) {
        const prev = fragments[i - 1];
        const cur = fragments[i];
        if (prev !== undefined && cur !== undefined && cur.start <= prev.end) {
          issues.push(
            issue('warning', 'overlapping_fragments', `span ${raw.id} (${raw.label}) has fragments ${prev.start}–${prev.end} and ${cur.start}–${cur.end} that overlap or touch (brat rejects this)`, spanWhere(raw, context)),
          );
          break;
        }
      }
    }
  }
  const first = fragments[0] ?? { start: 0, end: 0 };
  const last = fragments[fragments.length - 1] ?? first;
  const text = fragmentsText(index, fragments);
  const stored = raw.storedText;
  if (stored !== undefined && stored !== text) {
    if (fragments.length > 1 && stored === fragmentsText(index, fragments, '')) {
      issues.push(issue('info', 'legacy_discontinuous_text', `span ${raw.id} stores its fragments' text without the separating space (brat before 1.3); accepted`, spanWhere(raw, context, [first.start, last.end])));
    } else if (/[\r\n]/.test(text) && (stored === text.replace(/\r\n|[\r\n]/g, ' ') || stored === text.replace(/[\r\n]/g, ' '))) {
      issues.push(issue('info', 'span_text_newline', `span ${raw.id} stores its text with line breaks written as spaces; accepted`, spanWhere(raw, context, [first.start, last.end])));
    } else if (stored.startsWith(text) && /^\s/.test(stored.slice(text.length))) {
      issues.push(issue('info', 'span_text_comment', `span ${raw.id} stores text after its span text, which brat treats as a comment: ${show(stored.slice(text.length).trim())}`, spanWhere(raw, context, [first.start, last.end])));
    } else {
      const found = nearestOccurrence(index, stored, first.start);
      const hint = found === undefined ? 'the stored text does not occur in the document' : `the stored text occurs at ${found.start}–${found.end}`;
      issues.push(
        issue(
          'warning',
          'span_text_mismatch',
          `span ${raw.id} (${raw.label}) at ${first.start}–${last.end} stores text ${show(stored)} but the document has ${show(text)} there (${hint}); kept the document's text`,
          spanWhere(raw, context, [first.start, last.end]),
        ),
      );
    }
  }
  if (first.start === last.end) {
    issues.push(issue('warning', 'empty_span', `span ${raw.id} (${raw.label}) is empty (starts and ends at ${first.start})`, spanWhere(raw, context, [first.start, last.end])));
  }
  return { id: raw.id, label: raw.label, fragments, text };
}
