/** A pair of events judged to be the same, with the strength of the judgement. */
export interface Edge {
  a: number;
  b: number;
  score: number;
}

/** An event that fits several events that cannot be one: not merged, and reported. */
export interface Ambiguity {
  index: number;
  /** The rival candidates, by index, best first. */
  candidates: number[];
}

/** Options of {@link clusterEvents}. */
export interface ClusterOptions {
  /**
   * How close in score two rival candidates must be for an event to count as ambiguous (default
   * 1). A candidate that scores clearly higher than every rival wins.
   */
  ambiguityMargin?: number;
}

/**
 * Groups events into clusters of reports of one event, deterministically: the result depends on
 * the edges, their scores and the events' ids, never on input order.
 *
 * 1. Ambiguity: an event whose two best candidates cannot be one event (no edge between them)
 *    and score within `ambiguityMargin` of each other is left alone and reported.
 * 2. Complete linkage: edges are taken strongest first (ties broken by ids), and two clusters join
 *    only when every pair across them is an edge. Transitive chains (A like B, B like C, A unlike
 *    C) do not merge A and C.
 *
 * @example
 * ```ts
 * clusterEvents(3, [{ a: 0, b: 1, score: 5 }], (i) => ids[i]).clusters; //=> [[0, 1], [2]]
 * ```
 */
export function clusterEvents(
  count: number,
  edges: readonly Edge[],
  idOf: (index: number) => string,
  options: ClusterOptions = {},
): { clusters: number[][]; ambiguous: Ambiguity[] } {
  const margin = options.ambiguityMargin ?? 1;
  const key = (a: number, b: number): string => (a < b ? `${a},${b}` : `${b},${a}`);
  const edgeSet = new Set(edges.map((e) => key(e.a, e.b)));
  const adjacency = new Map<number, { other: number; score: number }[]>();
  for (const e of edges) {
    let la = adjacency.get(e.a);
    if (la === undefined) adjacency.set(e.a, (la = []));
    la.push({ other: e.b, score: e.score });
    let lb = adjacency.get(e.b);
    if (lb === undefined) adjacency.set(e.b, (lb = []));
    lb.push({ other: e.a, score: e.score });
  }

  const ambiguous: Ambiguity[] = [];
  const excluded = new Set<number>();
  const byScoreThenId = (x: { other: number; score: number }, y: { other: number; score: number }): number =>
    y.score - x.score || (idOf(x.other) < idOf(y.other) ? -1 : idOf(x.other) > idOf(y.other) ? 1 : 0);
  for (const [index, partners] of adjacency) {
    if (partners.length < 2) continue;
    partners.sort(byScoreThenId);
    const best = partners[0];
    if (best === undefined) continue;
    const rivals = partners.filter((p) => p !== best && p.score >= best.score - margin && !edgeSet.has(key(best.other, p.other)));
    if (rivals.length > 0) {
      excluded.add(index);
      ambiguous.push({ index, candidates: [best.other, ...rivals.map((r) => r.other)] });
    }
  }

  const sorted = edges
    .filter((e) => !excluded.has(e.a) && !excluded.has(e.b))
    .map((e) => {
      const [lo, hi] = idOf(e.a) <= idOf(e.b) ? [idOf(e.a), idOf(e.b)] : [idOf(e.b), idOf(e.a)];
      return { e, lo, hi };
    })
    .sort((x, y) => y.e.score - x.e.score || (x.lo < y.lo ? -1 : x.lo > y.lo ? 1 : x.hi < y.hi ? -1 : x.hi > y.hi ? 1 : 0));

  const clusterOf = new Map<number, number[]>();
  for (const { e } of sorted) {
    const ca = clusterOf.get(e.a) ?? [e.a];
    const cb = clusterOf.get(e.b) ?? [e.b];
    if (ca === cb) continue;
    if (!ca.every((u) => cb.every((v) => edgeSet.has(key(u, v))))) continue;
    const joined = [...ca, ...cb];
    for (const m of joined) clusterOf.set(m, joined);
  }

  const clusters: number[][] = [];
  const done = new Set<number[]>();
  for (let i = 0; i < count; i++) {
    const c = clusterOf.get(i);
    if (c === undefined) clusters.push([i]);
    else if (!done.has(c)) {
      done.add(c);
      clusters.push(c);
    }
  }
  return { clusters, ambiguous };
}
