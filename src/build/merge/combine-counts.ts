import type { Count } from '../../schema/count.js';
import type { Disagreement } from '../../schema/attributes.js';

/**
 * How the `best` fatality (or injury) figure of a merged event is chosen from its reports:
 * `median` (the lower median of the reports' best figures; the default: robust to one outlying
 * report), `lowest` (ACLED's convention: "the lowest reported figure is used"), `highest`, or
 * `mean` (rounded down).
 */
export type BestRule = 'median' | 'lowest' | 'highest' | 'mean';

/** One report's count and the documents it came from. */
export interface ReportedCount {
  count: Count;
  documents: readonly string[];
}

function pick(values: number[], rule: BestRule): number {
  const sorted = [...values].sort((x, y) => x - y);
  switch (rule) {
    case 'lowest':
      return sorted[0] ?? 0;
    case 'highest':
      return sorted[sorted.length - 1] ?? 0;
    case 'mean':
      return Math.floor(sorted.reduce((s, v) => s + v, 0) / sorted.length);
    case 'median':
      return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  }
}

/**
 * Combines the counts several reports give for one event: `low` is the lowest any report gives,
 * `high` the highest, `best` by the {@link BestRule}. When reports' best figures differ, a
 * disagreement records every figure with its documents.
 *
 * @example
 * ```ts
 * combineCounts('fatalities', [
 *   { count: { best: 2 }, documents: ['a'] },
 *   { count: { best: 3 }, documents: ['b'] },
 * ], 'median');
 * //=> { value: { low: 2, best: 2, high: 3 }, disagreement: { field: 'fatalities.best', values: [...], resolution: 'median of reports' } }
 * ```
 */
export function combineCounts(
  field: string,
  reports: readonly ReportedCount[],
  rule: BestRule,
): { value: Count | undefined; disagreement: Disagreement | undefined } {
  if (reports.length === 0) return { value: undefined, disagreement: undefined };
  if (reports.length === 1) return { value: reports[0]?.count, disagreement: undefined };
  const lows: number[] = [];
  const highs: number[] = [];
  const bests: number[] = [];
  const byBest = new Map<number, string[]>();
  const texts: string[] = [];
  const conventions = new Set<string>();
  for (const { count, documents } of reports) {
    const low = count.low ?? count.best ?? count.high;
    const high = count.high ?? count.best ?? count.low;
    if (low !== undefined) lows.push(low);
    if (high !== undefined) highs.push(high);
    if (count.best !== undefined) {
      bests.push(count.best);
      byBest.set(count.best, [...(byBest.get(count.best) ?? []), ...documents]);
    }
    if (count.text !== undefined && !texts.includes(count.text)) texts.push(count.text);
    if (count.convention !== undefined) conventions.add(count.convention);
  }
  const value: Count = {};
  if (lows.length > 0) value.low = Math.min(...lows);
  if (bests.length > 0) value.best = pick(bests, rule);
  if (highs.length > 0) value.high = Math.max(...highs);
  if (texts.length > 0) value.text = texts.join(' | ');
  if (conventions.size === 1) value.convention = [...conventions][0] ?? '';
  const disagreement: Disagreement | undefined =
    byBest.size > 1
      ? {
          field: `${field}.best`,
          values: [...byBest.entries()].sort((x, y) => x[0] - y[0]).map(([v, documents]) => ({ value: v, documents: [...new Set(documents)].sort() })),
          resolution: `${rule} of reports; low and high are the lowest and highest reported`,
        }
      : undefined;
  return { value, disagreement };
}
