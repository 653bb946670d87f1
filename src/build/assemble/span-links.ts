import type { AnnotatedDocument, Span } from '../../annotations/document.js';
import { labelKey } from '../../annotations/schemes/label-scheme.js';

/**
 * What the annotations say about a span beyond its label: the knowledge-base entry it was
 * normalised to (brat `N`, inline `=db:id`), possibly through a span it is equivalent to (brat
 * `*`), the spans it is equivalent to, and the description linked to it (a `Description`
 * relation to a description span).
 */
export interface SpanLinks {
  normalization(span: Span): { db: string; id: string } | undefined;
  equivalents(span: Span): Span[];
  description(span: Span): string | undefined;
}

/**
 * Indexes a document's normalisations, equivalences and description relations.
 *
 * @example
 * ```ts
 * const links = spanLinks(doc);
 * links.normalization(span); //=> { db: 'wikidata', id: 'Q2429253' }
 * ```
 */
export function spanLinks(doc: AnnotatedDocument): SpanLinks {
  const spans = new Map(doc.spans.map((s) => [s.id, s]));
  const norm = new Map<string, { db: string; id: string }>();
  for (const n of doc.normalizations) if (!norm.has(n.target)) norm.set(n.target, { db: n.db, id: n.dbId });
  const groups = new Map<string, Set<string>>();
  for (const eq of doc.equivalences) {
    const merged = new Set<string>(eq.members);
    for (const m of eq.members) for (const x of groups.get(m) ?? []) merged.add(x);
    for (const m of merged) groups.set(m, merged);
  }
  const descriptions = new Map<string, string>();
  for (const r of doc.relations) {
    if (labelKey(r.label) !== 'description') continue;
    const from = spans.get(r.from);
    const to = spans.get(r.to);
    if (from === undefined || to === undefined) continue;
    const [actor, text] = labelKey(to.label) === 'description' ? [from, to] : [to, from];
    if (!descriptions.has(actor.id)) descriptions.set(actor.id, text.text);
  }
  const equivalents = (span: Span): Span[] =>
    [...(groups.get(span.id) ?? [])].filter((id) => id !== span.id).map((id) => spans.get(id)).filter((s): s is Span => s !== undefined);
  return {
    equivalents,
    normalization(span) {
      const own = norm.get(span.id);
      if (own !== undefined) return own;
      for (const other of equivalents(span)) {
        const n = norm.get(other.id);
        if (n !== undefined) return n;
      }
      return undefined;
    },
    description: (span) => descriptions.get(span.id),
  };
}
