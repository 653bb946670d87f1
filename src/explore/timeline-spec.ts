import type { ConflictEvent } from '../schema/event.js';
import { groupColours } from './chart-colours.js';
import { type GroupBy, OTHER_GROUP, UNKNOWN_GROUP, crossCount } from './group-events.js';
import { type TimeInterval, nextPeriod, periodStart } from './periods.js';
import type { ChartSpec } from './render-chart.js';

/**
 * Options of {@link timelineSpec}.
 *
 * @example
 * ```ts
 * const options: TimelineOptions = { by: 'actor', interval: 'week', top: 6, mark: 'line' };
 * ```
 */
export interface TimelineOptions {
  /** What the colours show: `type` (default), `family`, `actor`, `admin1`, `country`, or any grouping. */
  by?: GroupBy;
  /** The period of a bar: `day`, `week`, `month`, `year`, or `auto` (default: month, or year when the data span more than 10 years). */
  interval?: TimeInterval | 'auto';
  /** How many groups get their own colour; the rest are summed as `(other)`. Default 8. */
  top?: number;
  /** Stacked bars (the default) or one line per group (the default for `actor`: an event naming two actors would stack twice). */
  mark?: 'bar' | 'line';
  /** Chart title. Default "Events by month and type" (after the options). */
  title?: string;
  /** Plot width and height in pixels (default 720 × 300). */
  width?: number;
  height?: number;
}

interface TimelineDatum {
  /** What a screen reader says of the bar (and the same in every time zone). */
  label: string;
  period: string;
  end: string;
  group: string;
  count: number;
  y0: number;
  y1: number;
}

const BY_NAME: Readonly<Record<string, string>> = { type: 'type', family: 'type family', actor: 'actor', admin1: 'admin1', admin2: 'admin2', country: 'country', subtype: 'subtype' };

function autoInterval(events: readonly ConflictEvent[]): TimeInterval {
  let first: string | undefined;
  let last: string | undefined;
  for (const e of events) {
    const s = e.date.start;
    if (s === undefined) continue;
    if (first === undefined || s < first) first = s;
    if (last === undefined || s > last) last = s;
  }
  if (first === undefined || last === undefined) return 'month';
  return Number(last.slice(0, 4)) - Number(first.slice(0, 4)) > 10 ? 'year' : 'month';
}

/**
 * A timeline of events by period, coloured by type (or actor, admin1…): a Vega-Lite spec, to
 * render with `renderSvg` / `renderPng` or to open in any Vega-Lite tool. Events are counted by
 * their start date (see `GroupBy`), so the bars add up to the number of dated events; events
 * with an unknown date are left out and the subtitle says how many.
 *
 * @throws {RangeError} for invalid options.
 *
 * @example
 * ```ts
 * const svg = await renderSvg(timelineSpec(events, { by: 'type', interval: 'month' }));
 * ```
 */
export function timelineSpec(events: Iterable<ConflictEvent>, options: TimelineOptions = {}): ChartSpec {
  const list = Array.isArray(events) ? (events as readonly ConflictEvent[]) : [...events];
  const by = options.by ?? 'type';
  const interval = options.interval === undefined || options.interval === 'auto' ? autoInterval(list) : options.interval;
  const top = options.top ?? 8;
  if (!Number.isInteger(top) || top < 1) throw new RangeError(`top must be a positive integer, got ${top}`);
  const mark = options.mark ?? (by === 'actor' ? 'line' : 'bar');
  if (!['bar', 'line'].includes(mark)) throw new RangeError(`mark must be bar or line, got ${JSON.stringify(mark)}`);

  const cells = crossCount(list, interval, by, { limit: top });
  const undated = cells.filter((c) => c.key === UNKNOWN_GROUP).reduce((n, c) => n + c.count, 0);
  const dated = cells.filter((c) => c.key !== UNKNOWN_GROUP);
  // Groups in order of size, (other) and (unknown) last.
  const totals = new Map<string, number>();
  for (const c of dated) if (c.count > 0) totals.set(c.group, (totals.get(c.group) ?? 0) + c.count);
  const rank = (g: string): number => (g === OTHER_GROUP ? 1 : g === UNKNOWN_GROUP ? 2 : 0);
  const groups = [...totals.keys()].sort((a, b) => rank(a) - rank(b) || (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || (a < b ? -1 : 1));
  const order = new Map(groups.map((g, i) => [g, i]));

  const periods = [...new Set(dated.map((c) => c.key))];
  // Bars run from the first day of their period to the first day of the next.
  const end = (period: string): string => periodStart(nextPeriod(period, interval), interval);
  const values: TimelineDatum[] = [];
  for (const period of periods) {
    let y = 0;
    const inPeriod = dated.filter((c) => c.key === period && c.count > 0).sort((a, b) => (order.get(a.group) ?? 0) - (order.get(b.group) ?? 0));
    for (const c of inPeriod) {
      values.push({ label: `${period}, ${c.group}: ${c.count}`, period: periodStart(period, interval), end: end(period), group: c.group, count: c.count, y0: y, y1: y + c.count });
      y += c.count;
    }
    if (mark === 'line') {
      // Lines drop to zero where a group has no events in a period.
      for (const g of groups) if (!inPeriod.some((c) => c.group === g)) values.push({ label: `${period}, ${g}: 0`, period: periodStart(period, interval), end: end(period), group: g, count: 0, y0: 0, y1: 0 });
    }
  }
  const total = dated.length === 0 ? 0 : list.length - undated;
  const byName = typeof by === 'string' ? (BY_NAME[by] ?? by) : 'group';
  const subtitle = [`${total} events counted by start date`];
  if (undated > 0) subtitle.push(`${undated} with an unknown date not shown`);
  if (by === 'actor') subtitle.push('an event counts once for each actor it names');
  const colour = { field: 'group', type: 'nominal', title: byName, scale: { domain: groups, range: groupColours(groups) }, sort: groups } as const;
  const x = { field: 'period', type: 'temporal', title: null, scale: { type: 'utc' }, axis: { ...ticks(interval, periods.length), labelOverlap: true, grid: false } } as const;
  const spec: ChartSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: options.title ?? `Events by ${interval} and ${byName}`, subtitle: subtitle.join('; '), anchor: 'start' },
    width: options.width ?? 720,
    height: options.height ?? 300,
    background: 'white',
    config: { font: 'DejaVu Sans, Arial, sans-serif', view: { stroke: null } },
    data: { values },
    ...(mark === 'bar'
      ? {
          mark: { type: 'bar', stroke: 'white', strokeWidth: values.length > 400 ? 0 : 0.5 },
          encoding: {
            x,
            x2: { field: 'end' },
            y: { field: 'y0', type: 'quantitative', title: 'events', axis: { tickMinStep: 1, format: 'd' } },
            y2: { field: 'y1' },
            color: colour,
            description: { field: 'label' },
          },
        }
      : {
          mark: { type: 'line', point: values.length < 300, interpolate: 'monotone' },
          encoding: { x, y: { field: 'count', type: 'quantitative', title: 'events', axis: { tickMinStep: 1, format: 'd' } }, color: colour, description: { field: 'label' } },
        }),
  };
  return spec;
}

/** Ticks at period starts, thinned when there are many periods; labels that say as much as the ticks. */
function ticks(interval: TimeInterval, periods: number): { tickCount: { interval: string; step: number }; format: string } {
  if (interval === 'year') return { tickCount: { interval: 'year', step: periods > 30 ? 5 : periods > 15 ? 2 : 1 }, format: '%Y' };
  if (interval === 'month') {
    if (periods <= 18) return { tickCount: { interval: 'month', step: 1 }, format: '%b %Y' };
    if (periods <= 48) return { tickCount: { interval: 'month', step: 3 }, format: '%b %Y' };
    return { tickCount: { interval: 'year', step: periods > 240 ? 5 : 1 }, format: '%Y' };
  }
  if (interval === 'week') {
    if (periods <= 20) return { tickCount: { interval: 'week', step: 1 }, format: '%d %b %Y' };
    return periods <= 80 ? { tickCount: { interval: 'month', step: 1 }, format: '%b %Y' } : { tickCount: { interval: 'year', step: 1 }, format: '%Y' };
  }
  if (periods <= 31) return { tickCount: { interval: 'day', step: periods > 14 ? 2 : 1 }, format: '%d %b %Y' };
  return periods <= 180 ? { tickCount: { interval: 'month', step: 1 }, format: '%b %Y' } : { tickCount: { interval: 'year', step: 1 }, format: '%Y' };
}
