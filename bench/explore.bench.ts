/**
 * Exploring a dataset of 100,000 synthetic events: queries, counts and the summary against a
 * hand-written loop doing the same work (the baseline, in the same process), then the time to
 * draw a timeline and a map (Vega-Lite → SVG) and to write the HTML report.
 */
import { performance } from 'node:perf_hooks';
import { countBy } from '../src/explore/group-events.js';
import { filterEvents } from '../src/explore/filter-events.js';
import { mapSpec } from '../src/explore/map-spec.js';
import { renderSvg } from '../src/explore/render-chart.js';
import { renderReport } from '../src/explore/report-html.js';
import { summarize } from '../src/explore/summary.js';
import { timelineSpec } from '../src/explore/timeline-spec.js';
import type { ConflictEvent } from '../src/index.js';
import { syntheticEvents } from '../test/helpers/synthetic-events.js';
import { measure, peakRssMiB, report } from './harness.js';

const ATTACKS = new Set(['attack', 'assassination', 'bombing', 'shelling', 'air_strike', 'chemical_attack', 'sexual_violence']);

function handFilter(events: readonly ConflictEvent[]): number {
  let n = 0;
  for (const e of events) if (ATTACKS.has(e.type) && e.location.iso3 === 'SYR' && e.date.end !== undefined && e.date.end >= '2016-01-01' && e.date.start !== undefined && e.date.start <= '2017-12-31') n++;
  return n;
}

function handMonths(events: readonly ConflictEvent[]): number {
  const m = new Map<string, number>();
  for (const e of events) {
    const k = e.date.start?.slice(0, 7) ?? '?';
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m.size;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

export async function run(): Promise<void> {
  const events = syntheticEvents(100_000, 7);
  const n = events.length;
  const query = { type: 'attack' as const, country: 'SYR', from: '2016-01-01', to: '2017-12-31' };
  if (filterEvents(events, query).length !== handFilter(events)) throw new Error('filterEvents disagrees with the hand-written loop');

  const base = measure('hand-written loop: attacks in Syria, 2016–2017', () => handFilter(events), { items: n });
  report('Queries over 100,000 events', base, [
    measure('filterEvents(events, { type, country, from, to })', () => filterEvents(events, query), { items: n }),
    measure('filterEvents(events, { actor: "isis", role })', () => filterEvents(events, { actor: { actor: 'isis', role: 'perpetrator' } }), { items: n }),
  ], 'events');

  const months = measure('hand-written Map by start month', () => handMonths(events), { items: n });
  report('Counts and summary over 100,000 events', months, [
    measure("countBy(events, 'month')", () => countBy(events, 'month'), { items: n }),
    measure("countBy(events, 'actor')", () => countBy(events, 'actor'), { items: n }),
    measure('summarize(events)', () => summarize(events), { items: n, minMs: 1000 }),
  ], 'events');

  const [timeline, tTimeline] = await timed(async () => renderSvg(timelineSpec(events)));
  const [map, tMap] = await timed(async () => renderSvg(mapSpec(events)));
  const [html, tReport] = await timed(() => renderReport(events, { maxEvents: 2000 }));
  console.log('\n## Charts and report of 100,000 events (one run each, first includes loading Vega)');
  console.table([
    { output: 'timeline SVG (month × type)', seconds: (tTimeline / 1000).toFixed(2), KiB: Math.round(timeline.length / 1024) },
    { output: 'map SVG (dots aggregated by place and type)', seconds: (tMap / 1000).toFixed(2), KiB: Math.round(map.length / 1024) },
    { output: 'HTML report (2,000 event rows)', seconds: (tReport / 1000).toFixed(2), KiB: Math.round(html.length / 1024) },
  ]);
  console.log(`peak RSS ${peakRssMiB().toFixed(0)} MiB`);
}
