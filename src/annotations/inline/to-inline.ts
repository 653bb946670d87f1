/**
 * Writing an {@link AnnotatedDocument} in the inline format, so that annotations made in any tool
 * can be read, reviewed and corrected in a text editor. Reading the output with `parseInline`
 * gives the document back (in the inline reader's canonical order).
 */
import { type Issue, issue } from '../../schema/issue.js';
import { type AnnotatedDocument, DOCUMENT_TARGET, type MetadataValue } from '../document.js';
import { createOffsetIndex } from '../offsets.js';
import { resolveScheme } from '../schemes/load-scheme.js';
import { writeFrontMatter } from './front-matter.js';
import { isTriggerLabel } from './parse-inline.js';
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

function value(v: string): string {
  return BARE_VALUE.test(v) ? v : JSON.stringify(v);
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
  issues.push(...scheme.issues.map((i) => ({ ...i, ...where })));
  const newline = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const front = writeFrontMatter(fields, newline);

  // Lay the fragments out as properly nested pieces, splitting pieces that cross.
  const pieces: Piece[] = [];
  doc.spans.forEach((s, i) => {
    for (const f of s.fragments) pieces.push({ span: i, start: f.start, end: f.end });
  });
  const order = (a: Piece, b: Piece): number => a.start - b.start || b.end - a.end || a.span - b.span;
  pieces.sort(order);
  const ops: { at: number; open: boolean; piece: Piece }[] = [];
  const stack: Piece[] = [];
  for (let k = 0; k < pieces.length; k++) {
    let p = pieces[k];
    if (p === undefined) continue;
    for (let top = stack[stack.length - 1]; top !== undefined && top.end <= p.start; top = stack[stack.length - 1]) {
      ops.push({ at: top.end, open: false, piece: top });
      stack.pop();
    }
    const top = stack[stack.length - 1];
    if (top !== undefined && top.end < p.end) {
      const rest: Piece = { span: p.span, start: top.end, end: p.end };
      p = { span: p.span, start: p.start, end: top.end };
      let j = k + 1;
      while (j < pieces.length && order(pieces[j] ?? rest, rest) <= 0) j++;
      pieces.splice(j, 0, rest);
    }
    ops.push({ at: p.start, open: true, piece: p });
    stack.push(p);
  }
  while (stack.length > 0) {
    const top = stack.pop();
    if (top !== undefined) ops.push({ at: top.end, open: false, piece: top });
  }

  // Ids: automatic (T1, T2… in opening order) when they already are, else written out.
  const firstPiece = new Map<number, Piece>();
  const openOrder: number[] = [];
  let pieceCount = 0;
  for (const op of ops) {
    if (!op.open) continue;
    pieceCount++;
    if (!firstPiece.has(op.piece.span)) {
      firstPiece.set(op.piece.span, op.piece);
      openOrder.push(op.piece.span);
    }
  }
  const explicitIds = pieceCount !== doc.spans.length || openOrder.some((spanIndex, k) => doc.spans[spanIndex]?.id !== `T${k + 1}`);

  const spanIndexById = new Map(doc.spans.map((s, i): [string, number] => [s.id, i]));
  const eventById = new Map(doc.events.map((e): [string, (typeof doc.events)[number]] => [e.id, e]));
  const items = new Map<number, string[]>();
  const add = (spanIndex: number, item: string): void => {
    const list = items.get(spanIndex) ?? [];
    list.push(item);
    items.set(spanIndex, list);
  };
  const modifiersOf = (target: string): string => {
    let out = '';
    for (const a of doc.attributes) if (a.target === target) out += `+${escapeName(a.name)}${a.value === true ? '' : `=${value(a.value)}`}`;
    for (const n of doc.normalizations) if (n.target === target) out += `=${escapeName(n.db, { colon: true })}:${escapeName(n.dbId)}${n.text === undefined ? '' : JSON.stringify(n.text)}`;
    for (const n of doc.notes) if (n.target === target) out += JSON.stringify(n.text);
    return out;
  };
  const written = new Set<string>();

  doc.spans.forEach((s, si) => {
    if (explicitIds) add(si, `#${escapeName(s.id)}`);
    const eventItems: { item: string; label: string }[] = [];
    for (const e of doc.events) {
      if (e.trigger !== s.id) continue;
      const bang = isTriggerLabel(e.label, scheme.value) ? '' : '!';
      eventItems.push({ item: `${bang}${escapeName(e.label, { leading: true })}@${escapeName(e.id)}${modifiersOf(e.id)}`, label: e.label });
      written.add(e.id);
    }
    for (const e of doc.events) {
      for (const a of e.arguments) {
        if (a.target === s.id) {
          if (isTriggerLabel(a.role, scheme.value)) {
            issues.push(issue('warning', 'inline_role_reads_as_trigger', `event ${e.id} has a ${a.role} argument, but ${a.role} is an event type of scheme ${scheme.value.name}: it will read back as a trigger`, where));
          }
          eventItems.push({ item: `${escapeName(a.role, { leading: true })}@${escapeName(e.id)}`, label: a.role });
        }
      }
    }
    const nested: string[] = [];
    for (const e of doc.events) {
      for (const a of e.arguments) {
        const target = eventById.get(a.target);
        if (target !== undefined && target.trigger === s.id && !spanIndexById.has(a.target)) {
          nested.push(`${escapeName(a.role, { leading: true })}@${escapeName(e.id)}<@${escapeName(target.id)}`);
        }
      }
    }
    if (eventItems[0]?.label !== s.label) add(si, escapeName(s.label, { leading: true }));
    for (const e of eventItems) add(si, e.item);
    for (const n of nested) add(si, n);
    for (const r of doc.relations) {
      if (r.from !== s.id) continue;
      if (!spanIndexById.has(r.to)) continue;
      if ((r.fromRole !== undefined && r.fromRole !== 'Arg1') || (r.toRole !== undefined && r.toRole !== 'Arg2')) {
        issues.push(issue('warning', 'inline_relation_roles', `relation ${r.id} has roles ${r.fromRole ?? ''}/${r.toRole ?? ''}; the inline format writes Arg1/Arg2 only`, where));
      }
      if (r.direction !== undefined) issues.push(issue('warning', 'inline_relation_direction', `relation ${r.id} has the Label Studio direction ${r.direction}; the inline format does not keep it`, where));
      if (r.label === '') issues.push(issue('warning', 'inline_relation_without_label', `relation ${r.id} has no label; written as "Relation"`, where));
      add(si, `${escapeName(r.label === '' ? 'Relation' : r.label, { leading: true })}>#${escapeName(r.to)}${modifiersOf(r.id)}`);
      written.add(r.id);
    }
    for (const a of doc.attributes) if (a.target === s.id) add(si, `+${escapeName(a.name)}${a.value === true ? '' : `=${value(a.value)}`}`);
    for (const n of doc.normalizations) {
      if (n.target === s.id) add(si, `=${escapeName(n.db, { colon: true })}:${escapeName(n.dbId)}${n.text === undefined ? '' : JSON.stringify(n.text)}`);
    }
    for (const n of doc.notes) if (n.target === s.id) add(si, JSON.stringify(n.text));
    doc.equivalences.forEach((q, qi) => {
      if (q.members.includes(s.id)) add(si, `*${escapeName(q.label, { colon: true })}:${qi + 1}`);
    });
    written.add(s.id);
  });

  // Report what has no place in the format.
  for (const e of doc.events) {
    if (!written.has(e.id)) issues.push(issue('warning', 'inline_event_not_written', `event ${e.id} has no trigger span ${e.trigger}; not written`, where));
  }
  for (const r of doc.relations) {
    if (!written.has(r.id)) issues.push(issue('warning', 'inline_relation_not_written', `relation ${r.id} (${r.label}) does not go from one span to another; not written`, where));
  }
  const lost = (what: string, id: string, target: string): void => {
    if (target === DOCUMENT_TARGET) issues.push(issue('warning', 'inline_document_annotation', `${what} ${id} is about the whole document; the inline format has no place for it, not written`, where));
    else if (!written.has(target)) issues.push(issue('warning', 'inline_annotation_not_written', `${what} ${id} is on ${target}, which is not written; not written`, where));
  };
  for (const a of doc.attributes) lost('attribute', a.id, a.target);
  for (const n of doc.normalizations) lost('normalization', n.id, n.target);
  for (const n of doc.notes) lost('note', n.id, n.target);

  // Emit the text with the markup, escaping only where a character would be read as markup.
  const index = createOffsetIndex(doc.text);
  const tokens: { text: boolean; s: string; depth: number }[] = [];
  let cursor = 0;
  let depth = 0;
  for (const op of ops) {
    if (op.at > cursor) tokens.push({ text: true, s: index.slice(cursor, op.at), depth });
    cursor = Math.max(cursor, op.at);
    if (op.open) {
      tokens.push({ text: false, s: '[[', depth });
      depth++;
    } else {
      const first = firstPiece.get(op.piece.span) === op.piece;
      const spec = first ? (items.get(op.piece.span) ?? []).join(' ') : `#${escapeName(doc.spans[op.piece.span]?.id ?? '')}`;
      tokens.push({ text: false, s: `|${spec}]]`, depth });
      depth--;
    }
  }
  if (cursor < index.length) tokens.push({ text: true, s: index.slice(cursor, index.length), depth });
  let out = '';
  let following = '';
  const parts: string[] = [];
  for (let t = tokens.length - 1; t >= 0; t--) {
    const token = tokens[t];
    if (token === undefined) continue;
    if (!token.text) {
      parts.push(token.s);
      following = token.s.charAt(0);
      continue;
    }
    if (!/[[\]|\\]/.test(token.s)) {
      parts.push(token.s);
      following = token.s.charAt(0);
      continue;
    }
    const reversed: string[] = [];
    for (let c = token.s.length - 1; c >= 0; c--) {
      const ch = token.s.charAt(c);
      const needs =
        (ch === '\\' && (following === '[' || following === ']' || following === '|' || following === '\\')) ||
        (ch === '[' && following === '[') ||
        (ch === ']' && following === ']') ||
        (ch === '|' && token.depth > 0);
      reversed.push(needs ? `\\${ch}` : ch);
      following = needs ? '\\' : ch;
    }
    parts.push(reversed.reverse().join(''));
  }
  for (let k = parts.length - 1; k >= 0; k--) out += parts[k] ?? '';
  return { value: front + out, issues };
}
