import type { ConflictEvent } from '../schema/event.js';
import { type BoundaryFeature, builtinBoundaries } from './boundaries.js';
import { groupColours } from './chart-colours.js';
import { OTHER_GROUP, UNKNOWN_GROUP, groupKeys, type GroupBy, GroupCounter } from './group-events.js';
import type { ChartSpec } from './render-chart.js';

/**
 * Options of {@link mapSpec}.
 *
 * @example
 * ```ts
 * const options: MapOptions = { by: 'family', width: 800, boundaries: [] };
 * ```
 */
export interface MapOptions {
  /** What the colours show: `type` (default), `family`, or any grouping. */
  by?: GroupBy;
  /** How many groups get their own colour; the rest are `(other)`. Default 10. */
  top?: number;
  /** Chart title. Default "Events by place and type". */
  title?: string;
  /** Width and height in pixels (default 720 × 560). */
  width?: number;
  height?: number;
  /**
   * Boundaries to draw under the events. Default: the package's admin-1 units of the countries
   * that have events (Syria, Iraq), else their outlines where the package has them (their
   * neighbours); pass your own GeoJSON polygons (wound clockwise, as d3-geo wants) or `[]`.
   */
  boundaries?: readonly BoundaryFeature[] | readonly GeoJSON.Feature[];
  /**
   * At most this many dots (default 5,000): beyond it, places closer than a grid cell (the
   * smallest of 1/400, 1/200, 1/100… of the map's extent that keeps the dots under the limit) are
   * drawn as one dot at the cell's centre, and the subtitle says so. Keeps the SVG small for big
   * datasets.
   */
  maxDots?: number;
  /** Map projection (default `mercator`, or `equalEarth` when the events span more than 60° of longitude). */
  projection?: 'mercator' | 'equalEarth' | 'naturalEarth1' | 'equirectangular';
}

interface MapPoint {
  /** What a screen reader says of the dot. */
  label: string;
  lon: number;
  lat: number;
  group: string;
  events: number;
  fatalities: number;
}

/**
 * A map of events: a dot at each event's point, coloured by type (or another grouping) and sized
 * by fatalities (best estimate; an event without a figure gets the smallest dot), over admin-1
 * boundaries. Events at the same point and of the same group are drawn as one dot with their
 * events and fatalities added up. Events without a point are left out and the subtitle says how
 * many. A Vega-Lite spec, to render with `renderSvg` / `renderPng`.
 *
 * @example
 * ```ts
 * await writeFile('map.svg', await renderSvg(mapSpec(events)));
 * ```
 */
export function mapSpec(events: Iterable<ConflictEvent>, options: MapOptions = {}): ChartSpec {
  const by = options.by ?? 'type';
  const top = options.top ?? 10;
  if (!Number.isInteger(top) || top < 1) throw new RangeError(`top must be a positive integer, got ${top}`);
  const counter = new GroupCounter(by);
  const located: ConflictEvent[] = [];
  let withoutPoint = 0;
  let total = 0;
  const countries = new Set<string>();
  for (const e of events) {
    total++;
    if (e.location.point === undefined) {
      withoutPoint++;
      continue;
    }
    located.push(e);
    counter.add(e);
    if (e.location.iso3 !== undefined) countries.add(e.location.iso3);
  }
  const ranked = counter.rows().map((r) => r.key);
  const kept = new Set(ranked.filter((k) => k !== UNKNOWN_GROUP && k !== OTHER_GROUP).slice(0, top));
  const maxDots = options.maxDots ?? 5000;
  if (!Number.isInteger(maxDots) || maxDots < 1) throw new RangeError(`maxDots must be a positive integer, got ${maxDots}`);
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  const grouped = located.map((e) => {
    const p = e.location.point ?? { lat: 0, lon: 0 };
    minLon = Math.min(minLon, p.lon);
    maxLon = Math.max(maxLon, p.lon);
    minLat = Math.min(minLat, p.lat);
    maxLat = Math.max(maxLat, p.lat);
    const key0 = groupKeys(e, by)[0] ?? UNKNOWN_GROUP;
    return { e, p, group: kept.has(key0) || key0 === UNKNOWN_GROUP ? key0 : OTHER_GROUP };
  });
  const dotsFor = (cell: number): Map<string, MapPoint> => {
    const points = new Map<string, MapPoint>();
    for (const { e, p, group } of grouped) {
      const lon = cell > 0 ? (Math.floor(p.lon / cell) + 0.5) * cell : p.lon;
      const lat = cell > 0 ? (Math.floor(p.lat / cell) + 0.5) * cell : p.lat;
      const id = `${lon.toFixed(4)} ${lat.toFixed(4)} ${group}`;
      let point = points.get(id);
      if (point === undefined) points.set(id, (point = { label: '', lon, lat, group, events: 0, fatalities: 0 }));
      point.events++;
      point.fatalities += e.fatalities?.best ?? e.fatalities?.low ?? 0;
    }
    return points;
  };
  let cell = 0;
  let points = dotsFor(0);
  const extent = Math.max(maxLon - minLon, maxLat - minLat, 1e-6);
  for (let divisions = 400; points.size > maxDots && divisions >= 1; divisions /= 2) {
    cell = extent / divisions;
    points = dotsFor(cell);
  }
  for (const p of points.values()) p.label = `${p.group} at ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}: ${p.events} ${p.events === 1 ? 'event' : 'events'}, ${p.fatalities} killed`;
  const groups = [...kept];
  if ([...points.values()].some((p) => p.group === OTHER_GROUP)) groups.push(OTHER_GROUP);
  if ([...points.values()].some((p) => p.group === UNKNOWN_GROUP)) groups.push(UNKNOWN_GROUP);
  // Big dots first, so that small ones stay visible on top.
  const values = [...points.values()].sort((a, b) => b.fatalities - a.fatalities || b.events - a.events);
  // Groups drawn at the very same place (country- or region-level events share one representative
  // point) are set side by side on screen; their coordinates in the data stay as they are.
  const atPlace = new Map<string, MapPoint[]>();
  for (const v of values) {
    const key = `${v.lon.toFixed(4)} ${v.lat.toFixed(4)}`;
    atPlace.set(key, [...(atPlace.get(key) ?? []), v]);
  }
  // Vega-Lite offsets do not move geo marks, so the drawn position moves by about 1.5% of the
  // map's extent (a few pixels); the label keeps the event's own coordinates.
  const radius = 0.015 * Math.max(maxLon - minLon, maxLat - minLat, 4);
  let sideBySide = 0;
  for (const same of atPlace.values()) {
    if (same.length < 2) continue;
    sideBySide += same.length;
    same.forEach((v, i) => {
      const angle = (2 * Math.PI * i) / same.length;
      v.lon += radius * Math.cos(angle);
      v.lat += radius * Math.sin(angle);
    });
  }
  const boundaries = options.boundaries ?? builtinBoundaries(countries);
  const projection = options.projection ?? (maxLon - minLon > 60 ? 'equalEarth' : 'mercator');
  const subtitle = [`${located.length} of ${total} events`];
  if (withoutPoint > 0) subtitle.push(`${withoutPoint} without coordinates not shown`);
  if (cell > 0) subtitle.push(`places within ${cell < 1 ? `${Math.max(1, Math.round(cell * 111))} km` : `${cell.toFixed(1)}°`} drawn as one dot`);
  if (sideBySide > 0) subtitle.push(`${sideBySide} dots that share a place drawn side by side`);
  subtitle.push('dot area: fatalities (best)');
  const layers: unknown[] = [];
  if (projection === 'equalEarth' || projection === 'naturalEarth1') {
    // A world map: the globe's outline and a graticule give the dots a frame.
    layers.push({ data: { sphere: true }, mark: { type: 'geoshape', fill: '#f7fbff', stroke: '#c6dbef', strokeWidth: 0.6 } });
    layers.push({ data: { graticule: { step: [30, 30] } }, mark: { type: 'geoshape', filled: false, stroke: '#deebf7', strokeWidth: 0.5 } });
  }
  if (boundaries.length > 0) {
    layers.push({
      data: { values: boundaries },
      mark: { type: 'geoshape', fill: '#f2f0eb', stroke: '#8c8c8c', strokeWidth: 0.6 },
    });
  }
  const maxFatalities = Math.max(1, ...values.map((v) => v.fatalities));
  layers.push({
    data: { values },
    mark: { type: 'circle', opacity: 0.75, stroke: 'white', strokeWidth: 1 },
    encoding: {
      longitude: { field: 'lon', type: 'quantitative' },
      latitude: { field: 'lat', type: 'quantitative' },
      color: { field: 'group', type: 'nominal', title: typeof by === 'string' ? by : 'group', scale: { domain: groups, range: groupColours(groups) }, sort: groups },
      size: { field: 'fatalities', type: 'quantitative', title: 'fatalities', scale: { type: 'sqrt', domain: [0, maxFatalities], range: [60, 900], zero: true }, legend: { tickMinStep: 1, format: ',d' } },
      order: { field: 'fatalities', sort: 'descending' },
      description: { field: 'label' },
    },
  });
  const spec: ChartSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: options.title ?? `Events by place and ${typeof by === 'string' ? by : 'group'}`, subtitle: subtitle.join('; '), anchor: 'start' },
    width: options.width ?? 720,
    height: options.height ?? (projection === 'equalEarth' || projection === 'naturalEarth1' ? 400 : 560),
    background: 'white',
    config: { font: 'DejaVu Sans, Arial, sans-serif', view: { stroke: null } },
    projection: { type: projection },
    layer: layers,
  };
  return spec;
}
