/**
 * Writing an {@link AnnotatedDocument} as brat standoff (`.ann` content, code point offsets), so
 * annotations made in another tool or in the inline format can be opened in brat.
 */
import { type Issue, issue } from '../../schema/issue.js';
import { type AnnotatedDocument, DOCUMENT_TARGET } from '../document.js';

const BRAT_ID = /^([A-Za-z]+|#[A-Za-z]*)([0-9]+)(.*)$/;

function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ');
}

/**
 * Writes the `.ann` content of a document (the `.txt` content is `doc.text`, unchanged). Ids that
 * are not brat ids of the right kind (a Label Studio region id, a doccano number) are replaced by
 * fresh ones (`T7`, `E2`…) and references follow; repeated event roles are numbered
 * (`Victim`, `Victim2`); line breaks inside span texts and notes are written as spaces. What brat
 * cannot hold (document-level attributes and notes, a relation's Label Studio direction `bi`, an
 * unlabelled relation's missing type) is reported as an issue.
 *
 * @example
 * ```ts
 * const { value: ann } = toBrat(doc);
 * writeFileSync('report.ann', ann);
 * writeFileSync('report.txt', doc.text);
 * ```
 */
export function toBrat(doc: AnnotatedDocument): { value: string; issues: Issue[] } {
  const issues: Issue[] = [];
  const where = { document: doc.id };
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const counters = new Map<string, number>();
  const assign = (prefix: string, kind: 'span' | 'event' | 'relation' | 'attribute' | 'normalization' | 'note', original: string): string => {
    const m = BRAT_ID.exec(original);
    const prefixOk = m !== null && m[1] === prefix;
    let id = original;
    if (!prefixOk || used.has(original)) {
      let n = counters.get(prefix) ?? 0;
      do {
        n++;
        id = `${prefix}${n}`;
      } while (used.has(id) || reserved.has(id));
      counters.set(prefix, n);
    }
    used.add(id);
    if (kind === 'span' || kind === 'event' || kind === 'relation') ids.set(original, id);
    return id;
  };
  // Keep every id that is already valid for its kind, so fresh ids never collide with them.
  const reserved = new Set<string>();
  const valid = (prefix: string, id: string): void => {
    if (BRAT_ID.exec(id)?.[1] === prefix) reserved.add(id);
  };
  for (const s of doc.spans) valid('T', s.id);
  for (const e of doc.events) valid('E', e.id);
  for (const r of doc.relations) valid('R', r.id);
  for (const a of doc.attributes) valid('A', a.id);
  for (const n of doc.normalizations) valid('N', n.id);
  for (const n of doc.notes) valid('#', n.id);

  const typeName = (label: string, what: string): string => {
    if (!/\s/.test(label) && label !== '') return label;
    const fixed = label === '' ? 'Unlabelled' : label.replace(/\s+/g, '_');
    issues.push(issue('info', 'brat_type_renamed', `${what} has the label ${JSON.stringify(label)}; brat types cannot hold spaces or be empty, written as ${fixed}`, where));
    return fixed;
  };
  const out: string[] = [];
  for (const s of doc.spans) {
    const id = assign('T', 'span', s.id);
    const offsets = s.fragments.map((f) => `${f.start} ${f.end}`).join(';');
    if (/[\r\n]/.test(s.text)) {
      issues.push(issue('info', 'brat_text_newline', `span ${s.id} crosses a line break; its T-line text is written with spaces`, { ...where, span: [s.fragments[0]?.start ?? 0, s.fragments[s.fragments.length - 1]?.end ?? 0] }));
    }
    out.push(`${id}\t${typeName(s.label, `span ${s.id}`)} ${offsets}\t${oneLine(s.text)}`);
  }
  // Events after spans; assign all event ids first so nested arguments can point forward.
  const eventIds = doc.events.map((e) => assign('E', 'event', e.id));
  doc.events.forEach((e, i) => {
    const counts = new Map<string, number>();
    const args = e.arguments.map((a) => {
      const n = (counts.get(a.role) ?? 0) + 1;
      counts.set(a.role, n);
      const role = a.role.replace(/\s+/g, '_');
      return `${n === 1 ? role : `${role}${n}`}:${ids.get(a.target) ?? a.target}`;
    });
    out.push(`${eventIds[i] ?? e.id}\t${[`${typeName(e.label, `event ${e.id}`)}:${ids.get(e.trigger) ?? e.trigger}`, ...args].join(' ')}`);
  });
  const relationIds = doc.relations.map((r) => assign('R', 'relation', r.id));
  doc.relations.forEach((r, i) => {
    let label = r.label;
    if (label === '') {
      label = 'Relation';
      issues.push(issue('warning', 'brat_relation_without_label', `relation ${r.id} has no label; written with type "Relation"`, where));
    } else label = typeName(label, `relation ${r.id}`);
    let from = ids.get(r.from) ?? r.from;
    let to = ids.get(r.to) ?? r.to;
    if (r.direction === 'left') [from, to] = [to, from];
    if (r.direction === 'bi') issues.push(issue('info', 'brat_relation_direction', `relation ${r.id} is bidirectional in Label Studio; brat relations have Arg1 → Arg2 only`, where));
    out.push(`${relationIds[i] ?? r.id}\t${label} ${r.fromRole ?? 'Arg1'}:${from} ${r.toRole ?? 'Arg2'}:${to}\t`);
  });
  for (const a of doc.attributes) {
    if (a.target === DOCUMENT_TARGET) {
      issues.push(issue('warning', 'brat_document_attribute', `attribute ${a.id} (${a.name}) is about the whole document; brat has no place for it, not written`, where));
      continue;
    }
    const id = assign('A', 'attribute', a.id);
    const name = a.name.replace(/\s+/g, '_');
    out.push(`${id}\t${name} ${ids.get(a.target) ?? a.target}${a.value === true ? '' : ` ${oneLine(a.value)}`}`);
  }
  for (const n of doc.normalizations) {
    const id = assign('N', 'normalization', n.id);
    out.push(`${id}\t${n.type ?? 'Reference'} ${ids.get(n.target) ?? n.target} ${n.db}:${n.dbId}\t${oneLine(n.text ?? '')}`);
  }
  for (const n of doc.notes) {
    if (n.target === DOCUMENT_TARGET) {
      issues.push(issue('warning', 'brat_document_note', `note ${n.id} is about the whole document; brat has no place for it, not written`, where));
      continue;
    }
    const id = assign('#', 'note', n.id);
    out.push(`${id}\t${n.type ?? 'AnnotatorNotes'} ${ids.get(n.target) ?? n.target}\t${oneLine(n.text)}`);
  }
  for (const q of doc.equivalences) out.push(`*\t${q.label} ${q.members.map((m) => ids.get(m) ?? m).join(' ')}`);
  return { value: out.length === 0 ? '' : `${out.join('\n')}\n`, issues };
}
