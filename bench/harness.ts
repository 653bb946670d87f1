/**
 * A small benchmark harness: runs a function until a time budget is spent, reports operations per
 * second, and compares each case with a baseline measured in the same process, so ratios hold
 * whatever machine runs them.
 */
import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  /** Operations (items) per second. */
  opsPerSecond: number;
  /** Mean milliseconds per call of the function. */
  msPerCall: number;
  calls: number;
  /** Items processed per call (e.g. look-ups in a batch). */
  itemsPerCall: number;
}

export interface MeasureOptions {
  /** How many items one call processes; throughput is reported per item. */
  items?: number;
  /** Minimum time to spend, in milliseconds (after warm-up). */
  minMs?: number;
  /** Warm-up calls before timing. */
  warmup?: number;
}

/** Times `fn` and returns its throughput. */
export function measure(name: string, fn: () => unknown, options: MeasureOptions = {}): Measurement {
  const items = options.items ?? 1;
  const minMs = options.minMs ?? 500;
  for (let i = 0; i < (options.warmup ?? 3); i++) fn();
  let calls = 0;
  const start = performance.now();
  let elapsed: number;
  do {
    fn();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { name, opsPerSecond: (calls * items * 1000) / elapsed, msPerCall: elapsed / calls, calls, itemsPerCall: items };
}

/** Times an async function the same way. */
export async function measureAsync(name: string, fn: () => Promise<unknown>, options: MeasureOptions = {}): Promise<Measurement> {
  const items = options.items ?? 1;
  const minMs = options.minMs ?? 500;
  for (let i = 0; i < (options.warmup ?? 1); i++) await fn();
  let calls = 0;
  const start = performance.now();
  let elapsed: number;
  do {
    await fn();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { name, opsPerSecond: (calls * items * 1000) / elapsed, msPerCall: elapsed / calls, calls, itemsPerCall: items };
}

function fmt(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} k`;
  return n.toFixed(1);
}

/**
 * Prints a table of measurements with the ratio of each to the baseline (baseline time / case
 * time as "× of baseline speed", and case time / baseline time as "cost ratio").
 */
export function report(title: string, baseline: Measurement, cases: readonly Measurement[], unit = 'items'): void {
  console.log(`\n## ${title}`);
  const rows = [baseline, ...cases].map((m) => ({
    case: m === baseline ? `${m.name} (baseline)` : m.name,
    [`${unit}/s`]: fmt(m.opsPerSecond),
    'ms/call': m.msPerCall.toFixed(3),
    'cost vs baseline': m === baseline ? '1.00×' : `${(baseline.opsPerSecond / m.opsPerSecond).toFixed(2)}×`,
  }));
  console.table(rows);
}

/** Peak resident memory so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
