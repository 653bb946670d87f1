// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { describe, expect, test } from 'vitest';
import { builtinBoundaries } from '../../src/explore/boundaries.js';
import { groupColours, EVENT_TYPE_COLOURS } from '../../src/explore/chart-colours.js';
import { mapSpec } from '../../src/explore/map-spec.js';
import { pngAvailable, renderPng, renderSvg } from '../../src/explore/render-chart.js';
import { timelineSpec } from '../../src/explore/timeline-spec.js';
import { readDataset } from '../../src/io/read-dataset.js';
import { ACLED_SAMPLE, event } from './events.js';

interface Datum { period: string; end: string; group: string; count: number; y0: number; y1: number }
const dataOf = (spec: unknown): Datum[] => (spec as { data: { values: Datum[] } }).data.values;
const count = (svg: string, text: string): number => svg.split(text).length - 1;
/** The paths drawn by one mark group (its class names the mark type and layer). */
const pathsOf = (svg: string, group: string): number => {
  const start = svg.indexOf(`<g class="${group}`);
  return start < 0 ? 0 : count(svg.slice(start, svg.indexOf('</g>', start)), '<path');
};

describe('timelineSpec', () => {
  test('the ACLED sample by month and type: stacked bars add up to every event, in month order', async () => {
    const { value } = await readDataset(ACLED_SAMPLE);
    const spec = timelineSpec(value, { top: 4 });
    const data = dataOf(spec);
    expect(data.reduce((n, d) => n + d.count, 0)).toBe(528);
    expect([...new Set(data.map((d) => d.period))]).toEqual(['2022-01-01', '2022-02-01', '2022-03-01', '2022-04-01', '2022-05-01', '2022-06-01']);
    expect(new Set(data.map((d) => d.group)).size).toBe(5); // 4 types and (other)
    for (const d of data) {
      expect(d.y1 - d.y0).toBe(d.count);
      expect(d.end > d.period).toBe(true);
    }
    const svg = await renderSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const g of new Set(data.map((d) => d.group))) expect(svg).toContain(`>${g}</text>`); // the legend
    expect(svg).toContain('Events by month and type');
    expect(svg).toContain('528 events counted by start date');
    // One bar segment per non-empty (month, group) cell.
    expect(count(svg, 'aria-roledescription="bar"')).toBe(data.length);
    expect(svg).toContain('aria-label="2022-01, shelling: 26"');
  });

  test('undated events are left out and said so; weeks; lines; by actor with names escaped', async () => {
    const events = [
      event({ id: 'a', date: { start: '2020-12-31', end: '2020-12-31', precision: 'day' }, actors: [{ name: '<script>alert(1)</script>', role: 'perpetrator' }] }),
      event({ id: 'b', date: { start: '2021-01-12', end: '2021-01-12', precision: 'day' }, actors: [{ name: 'Tom & "Jerry"', role: 'perpetrator' }] }),
      event({ id: 'c', date: { end: '2021-01-20', precision: 'unknown' } }),
    ];
    const weekly = timelineSpec(events, { interval: 'week', by: 'actor', mark: 'bar' });
    expect((timelineSpec(events, { by: 'actor' }) as { mark: { type: string } }).mark.type).toBe('line');
    expect(dataOf(weekly).map((d) => [d.period, d.end])).toEqual([
      ['2020-12-28', '2021-01-04'],
      ['2021-01-11', '2021-01-18'],
    ]);
    const svg = await renderSvg(weekly);
    expect(svg).toContain('1 with an unknown date not shown; an event counts once for each actor it names');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('Tom &amp;');
    const lines = timelineSpec(events, { mark: 'line', interval: 'month' });
    expect((lines as { mark: { type: string } }).mark.type).toBe('line');
    expect(() => timelineSpec(events, { top: 0 })).toThrow(RangeError);
    expect(() => timelineSpec(events, { mark: 'pie' as never })).toThrow(RangeError);
  });

  test('rendering is the same in any time zone (UTC scales)', async () => {
    const events = [event({ id: 'a', date: { start: '2021-01-01', end: '2021-01-01', precision: 'day' } }), event({ id: 'b', date: { start: '2021-03-31', end: '2021-03-31', precision: 'day' } })];
    const spec = timelineSpec(events);
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = await renderSvg(spec);
      process.env.TZ = 'America/Los_Angeles';
      const west = await renderSvg(spec);
      expect(east).toBe(west);
      expect(west).toContain('>Jan 2021<');
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('mapSpec', () => {
  test('the package boundaries: Syria by governorate, a neighbour by outline, rings wound for d3', () => {
    const features = builtinBoundaries(['SYR', 'TUR', 'NGA']);
    expect(features.filter((f) => f.properties.iso3 === 'SYR' && f.properties.kind === 'admin1')).toHaveLength(14);
    expect(features.filter((f) => f.properties.iso3 === 'TUR').map((f) => f.properties.kind)).toEqual(['country']);
    expect(features.some((f) => f.properties.iso3 === 'NGA')).toBe(false);
    expect(features.map((f) => f.properties.name)).toContain('Deir ez-Zor');
    for (const f of features) {
      for (const polygon of f.geometry.coordinates) {
        const ring = polygon[0]!;
        let area = 0;
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
        expect(area, f.properties.name).toBeLessThan(0);
      }
    }
  });

  test('the ACLED sample: one dot per place and type, fatalities added up, over 32 admin-1 units', async () => {
    const { value } = await readDataset(ACLED_SAMPLE);
    const spec = mapSpec(value) as unknown as { layer: { data: { values: { events?: number; fatalities?: number; properties?: unknown }[] } }[] };
    const [areas, dots] = spec.layer;
    expect(areas!.data.values).toHaveLength(32);
    const points = dots!.data.values;
    expect(points.reduce((n, p) => n + (p.events ?? 0), 0)).toBe(528);
    expect(points.reduce((n, p) => n + (p.fatalities ?? 0), 0)).toBe(value.reduce((n, e) => n + (e.fatalities?.best ?? 0), 0));
    expect(points.length).toBeLessThan(528);
    const svg = await renderSvg(mapSpec(value));
    expect(count(svg, 'aria-roledescription="circle"')).toBe(points.length);
    expect(pathsOf(svg, 'mark-shape role-mark layer_0_marks')).toBe(32);
    // Every dot lands inside the plot (a wrongly wound polygon would make the projection fit the globe, not Syria and Iraq).
    for (const m of svg.matchAll(/aria-roledescription="circle" transform="translate\(([\d.]+),([\d.]+)\)/g)) {
      expect(Number(m[1])).toBeLessThanOrEqual(720);
      expect(Number(m[2])).toBeLessThanOrEqual(560);
    }
    expect(svg).toContain('528 of 528 events');
  });

  test('events without a point are counted in the subtitle; a wide spread gets a world projection', async () => {
    const events = [
      event({ id: 'a', location: { iso3: 'NGA', point: { lat: 11.8, lon: 13.15 }, precision: 'exact' }, fatalities: { best: 4 } }),
      event({ id: 'b', location: { iso3: 'AFG', point: { lat: 31.6, lon: 65.7 }, precision: 'exact' } }),
      event({ id: 'c', location: { precision: 'unknown', text: 'somewhere' } }),
    ];
    const spec = mapSpec(events) as unknown as { projection: { type: string }; layer: unknown[] };
    expect(spec.projection.type).toBe('mercator');
    const far = mapSpec([...events, event({ id: 'd', location: { point: { lat: 19.4, lon: -99.1 }, precision: 'exact' } })]) as unknown as { projection: { type: string } };
    expect(far.projection.type).toBe('equalEarth');
    const svg = await renderSvg(mapSpec(events));
    expect(svg).toContain('2 of 3 events; 1 without coordinates not shown');
    expect(count(svg, 'aria-roledescription="circle"')).toBe(2);
    expect(svg).toContain('aria-label="attack at 11.800, 13.150: 1 event, 4 killed"');
  });
});

test('many distinct places: nearby dots are gathered on a grid so the SVG stays small, and the subtitle says so', () => {
  const at = (id: string, lat: number, lon: number) => event({ id, location: { point: { lat, lon }, precision: 'exact' }, fatalities: { best: 1 } });
  const events = [at('a', 35.0, 40.0), at('b', 35.001, 40.001), at('c', 33.0, 36.0)];
  const spec = mapSpec(events, { maxDots: 2 }) as unknown as { title: { subtitle: string }; layer: { data: { values: { events: number; fatalities: number }[] } }[] };
  const dots = spec.layer.at(-1)!.data.values;
  expect(dots).toHaveLength(2);
  expect(dots.map((d) => d.events).sort()).toEqual([1, 2]);
  expect(dots.reduce((n, d) => n + d.fatalities, 0)).toBe(3);
  expect(spec.title.subtitle).toMatch(/places within \d+ km drawn as one dot/);
  expect((mapSpec(events) as unknown as { title: { subtitle: string } }).title.subtitle).not.toContain('drawn as one dot');
  expect(() => mapSpec(events, { maxDots: 0 })).toThrow(RangeError);
});

describe('colours and PNG', () => {
  test('event types keep their colour; other groups get Tableau colours', () => {
    expect(groupColours(['bombing', '(other)'])).toEqual([EVENT_TYPE_COLOURS.bombing, '#bdbdbd']);
    expect(groupColours(['Islamic State', 'SDF'])).toEqual(['#4e79a7', '#f28e2b']);
  });

  test('PNG when @resvg/resvg-js is installed', async () => {
    if (!(await pngAvailable())) {
      console.warn('skipped: @resvg/resvg-js is not installed');
      return;
    }
    const png = await renderPng(timelineSpec([event({ id: 'a' })]), { scale: 1 });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
    expect(width).toBeGreaterThan(720);
    await expect(renderPng('<svg/>', { scale: 0 })).rejects.toThrow(RangeError);
  });
});
