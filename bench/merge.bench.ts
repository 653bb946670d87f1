/**
 * Merging cost as the dataset grows: 100,000 and 1,000,000 synthetic events (about 17% of them
 * second reports of another event), spread like a real dataset over 8 countries and years that
 * grow with the data (as real datasets grow: more years, not more events per day and place).
 * Reports time, throughput and peak memory of each run, and the ratio of the 1M run to the 100k
 * run (near-linear is 10×; the requirement is at most 15×).
 *
 * A second series keeps the time span fixed (6 years) so that density grows tenfold: ten times
 * the events at each place and week means about a hundred times the pairs worth comparing, so
 * that series grows with the comparisons, not with the events (its ratio is reported beside the
 * comparisons' ratio). It shows the worst case, not the requirement.
 *
 * Run with a 64 MB young generation (`npm run bench` sets it): at a million events the live heap
 * is about 2 GB, and a larger young generation spares many full collections.
 */
import { performance } from 'node:perf_hooks';
import { mergeEvents } from '../src/build/merge/index.js';
import { syntheticEvents } from '../test/helpers/synthetic-events.js';
import { peakRssMiB } from './harness.js';

function runOnce(count: number, years: number): { ms: number; rssMiB: number; merged: number; comparisons: number } {
  const events = syntheticEvents(count, 42, { years });
  global.gc?.();
  const start = performance.now();
  const { stats } = mergeEvents(events);
  const ms = performance.now() - start;
  return { ms, rssMiB: peakRssMiB(), merged: stats.merged, comparisons: stats.comparisons };
}

export async function run(): Promise<void> {
  await Promise.resolve();
  console.log('\n## Merging (mergeEvents)');
  for (const [label, spans] of [
    ['time span grows with the data (1.5 / 15 years)', [1.5, 15]],
    ['fixed 6-year span (10× denser)', [6, 6]],
  ] as const) {
    const small = runOnce(100_000, spans[0]);
    const large = runOnce(1_000_000, spans[1]);
    console.log(`\n### ${label}`);
    console.table([
      { events: '100,000', seconds: (small.ms / 1000).toFixed(2), 'events/s': Math.round(100_000 / (small.ms / 1000)), comparisons: small.comparisons, merged: small.merged, 'peak RSS MiB': small.rssMiB.toFixed(0) },
      { events: '1,000,000', seconds: (large.ms / 1000).toFixed(2), 'events/s': Math.round(1_000_000 / (large.ms / 1000)), comparisons: large.comparisons, merged: large.merged, 'peak RSS MiB': large.rssMiB.toFixed(0) },
    ]);
    console.log(`1M / 100k time ratio: ${(large.ms / small.ms).toFixed(2)}× (linear would be 10×); comparisons ratio ${(large.comparisons / small.comparisons).toFixed(1)}×`);
  }
}
