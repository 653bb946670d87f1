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
  // Each event's partners (events that are the same event) and scores, in arrays indexed by
  // event: most events have none, and a million events must not mean a million map entries.
  const partners: ({ other: number; score: number }[] | undefined)[] = new Array<{ other: number; score: number }[] | undefined>(count);
  for (const e of edges) {
    (partners[e.a] ??= []).push({ other: e.b, score: e.score });
    (partners[e.b] ??= []).push({ other: e.a, score: e.score });
  }
  const linked = (a: number, b: number): boolean => {
    const list = partners[a];
    if (list === undefined) return false;
    for (const p of list) if (p.other === b) return true;
    return false;
  };

  const ambiguous: Ambiguity[] = [];
  const excluded = new Uint8Array(count);
  const byScoreThenId = (x: { other: number; score: number }, y: { other: number; score: number }): number =>
    y.score - x.score || (idOf(x.other) < idOf(y.other) ? -1 : idOf(x.other) > idOf(y.other) ? 1 : 0);
  for (let index = 0; index < count; index++) {
    const list = partners[index];
    if (list === undefined || list.length < 2) continue;
    list.sort(byScoreThenId);
    const best = list[0];
    if (best === undefined) continue;
    const rivals = list.filter((p) => p !== best && p.score >= best.score - margin && !linked(best.other, p.other));
    if (rivals.length > 0) {
      excluded[index] = 1;
      ambiguous.push({ index, candidates: [best.other, ...rivals.map((r) => r.other)] });
    }
  }

  const sorted = edges
    .filter((e) => excluded[e.a] !== 1 && excluded[e.b] !== 1)
    .map((e) => {
      const [lo, hi] = idOf(e.a) <= idOf(e.b) ? [idOf(e.a), idOf(e.b)] : [idOf(e.b), idOf(e.a)];
      return { e, lo, hi };
    })
    .sort((x, y) => y.e.score - x.e.score || (x.lo < y.lo ? -1 : x.lo > y.lo ? 1 : x.hi < y.hi ? -1 : x.hi > y.hi ? 1 : 0));

  // Cluster of each event (-1: alone) and the members of each cluster.
  const clusterOf = new Int32Array(count).fill(-1);
  const members: number[][] = [];
  for (const { e } of sorted) {
    const ca = clusterOf[e.a] ?? -1;
    const cb = clusterOf[e.b] ?? -1;
    if (ca !== -1 && ca === cb) continue;
    const ma = ca === -1 ? [e.a] : (members[ca] ?? []);
    const mb = cb === -1 ? [e.b] : (members[cb] ?? []);
    if (!ma.every((u) => mb.every((v) => linked(u, v)))) continue;
    const into = ca !== -1 ? ca : cb !== -1 ? cb : members.length;
    const joined = [...ma, ...mb];
    members[into] = joined;
    if (ca !== -1 && cb !== -1 && cb !== into) members[cb] = [];
    for (const m of joined) clusterOf[m] = into;
  }

  const clusters: number[][] = [];
  const emitted = new Uint8Array(members.length);
  for (let i = 0; i < count; i++) {
    const c = clusterOf[i] ?? -1;
    if (c === -1) clusters.push([i]);
    else if (emitted[c] !== 1) {
      emitted[c] = 1;
      clusters.push(members[c] ?? [i]);
    }
  }
  return { clusters, ambiguous };
}
