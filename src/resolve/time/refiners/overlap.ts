/**
 * Keeps one candidate where candidates overlap: the longest, and among equals the one found by
 * the earlier rule. In running text a weak candidate (a bare "May") gives way to a strong one.
 * Internal.
 */
import type { Candidate } from '../expression.js';

/**
 * Removes overlapping candidates.
 *
 * @example
 * ```ts
 * // "October 2019" (6–18) and "early October 2019" (0–18): the longer one stays.
 * removeOverlaps([october, earlyOctober], false); //=> [earlyOctober]
 * ```
 */
export function removeOverlaps(candidates: readonly Candidate[], span: boolean): Candidate[] {
  const weight = (c: Candidate): number => c.end - c.start - (c.weak === true && !span ? 1e6 : 0);
  const sorted = candidates
    .map((c, i) => ({ c, i }))
    .sort((x, y) => x.c.start - y.c.start || y.c.end - y.c.start - (x.c.end - x.c.start) || x.i - y.i)
    .map((x) => x.c);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || c.start >= last.end) {
      out.push(c);
      continue;
    }
    if (weight(c) > weight(last)) {
      out[out.length - 1] = c;
      // The replacement may now overlap an earlier kept candidate.
      while (out.length >= 2) {
        const prev = out[out.length - 2];
        const cur = out[out.length - 1];
        if (prev === undefined || cur === undefined || cur.start >= prev.end) break;
        if (weight(cur) > weight(prev)) out.splice(out.length - 2, 1);
        else out.pop();
      }
    }
  }
  return out;
}
