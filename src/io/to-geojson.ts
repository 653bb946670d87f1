import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ConflictEvent } from '../schema/event.js';
import type { Issue, Result } from '../schema/issue.js';
import type { EventSource } from './event-source.js';
import { flattenEvent } from './flatten-event.js';
import { NATIVE_COLUMN_NAMES } from './native-columns.js';
import { writeEventText } from './write-events.js';
import type { WriteStats, WriteTarget, WriteTargetOptions } from './write-target.js';
import { unwritableEvent } from './write-issue.js';

/** The value of a property of an event feature: text, a number, a boolean, or `null` when the event has none. */
export type EventPropertyValue = string | number | boolean | null;

/**
 * A GeoJSON feature of one event: its `id` is the event id, its geometry a Point (longitude,
 * latitude) or `null` when the event has no coordinates, and its properties the native columns.
 */
export type EventFeature = Feature<Point | null, Record<string, EventPropertyValue>>;

/**
 * How events become GeoJSON.
 *
 * @example
 * ```ts
 * const options: GeoJsonFormatOptions = { coordinatePrecision: 6 };
 * ```
 */
export interface GeoJsonFormatOptions {
  /**
   * Round coordinates to this many decimal places (RFC 7946 §11.2 suggests 6, about 10 cm).
   * Default: written as stored.
   */
  coordinatePrecision?: number;
}

/** Options of {@link writeGeoJson}. */
export interface WriteGeoJsonOptions extends GeoJsonFormatOptions, WriteTargetOptions {}

/**
 * The property names of an event feature: the native columns without `lat` / `lon` (the
 * geometry), then `geometry_missing`.
 *
 * @example
 * ```ts
 * GEOJSON_PROPERTY_NAMES.at(-1); //=> 'geometry_missing'
 * ```
 */
export const GEOJSON_PROPERTY_NAMES: readonly string[] = [...NATIVE_COLUMN_NAMES.filter((n) => n !== 'lat' && n !== 'lon'), 'geometry_missing'];

const LAT = NATIVE_COLUMN_NAMES.indexOf('lat');
const LON = NATIVE_COLUMN_NAMES.indexOf('lon');

function checkOptions(options: GeoJsonFormatOptions): void {
  const p = options.coordinatePrecision;
  if (p !== undefined && !(Number.isInteger(p) && p >= 0 && p <= 15)) {
    throw new RangeError(`coordinatePrecision must be an integer from 0 to 15, got ${p}`);
  }
}

function round(value: number, digits: number | undefined): number {
  if (digits === undefined) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Makes the GeoJSON feature of one event (RFC 7946): geometry `Point` with coordinates
 * `[longitude, latitude]`, or `null` when the event has no coordinates, with the reason in the
 * `geometry_missing` property (e.g. `location precision unknown: no coordinates`). The properties
 * are flat, named and typed as the native layout (`NATIVE_COLUMNS`, without `lat` / `lon`), with
 * `null` for values the event lacks, so every feature has the same properties, as GIS tools
 * expect. The lossless nested form is the JSONL output.
 *
 * @example
 * ```ts
 * const f = eventToFeature(event);
 * f.geometry; //=> { type: 'Point', coordinates: [40.14, 35.336] }
 * f.properties.fatalities_best; //=> 2
 * ```
 */
export function eventToFeature(event: ConflictEvent, options: GeoJsonFormatOptions = {}): EventFeature {
  checkOptions(options);
  const cells = flattenEvent(event);
  const properties: Record<string, EventPropertyValue> = {};
  for (let i = 0; i < cells.length; i++) {
    if (i === LAT || i === LON) continue;
    const name = NATIVE_COLUMN_NAMES[i];
    if (name !== undefined) properties[name] = cells[i] ?? null;
  }
  const point = event.location.point;
  properties.geometry_missing = point === undefined ? `location precision ${event.location.precision}: no coordinates` : null;
  return {
    type: 'Feature',
    id: event.id,
    geometry:
      point === undefined
        ? null
        : { type: 'Point', coordinates: [round(point.lon, options.coordinatePrecision), round(point.lat, options.coordinatePrecision)] },
    properties,
  };
}

/**
 * Makes a GeoJSON FeatureCollection of events, one feature per event (see {@link eventToFeature}).
 * For large inputs use {@link writeGeoJson}, which streams.
 *
 * @example
 * ```ts
 * const fc = toFeatureCollection(events);
 * fc.features.length === events.length; //=> true
 * ```
 */
export function toFeatureCollection(
  events: readonly ConflictEvent[],
  options: GeoJsonFormatOptions = {},
): FeatureCollection<Point | null, Record<string, EventPropertyValue>> {
  return { type: 'FeatureCollection', features: events.map((e) => eventToFeature(e, options)) };
}

const HEADER = '{"type":"FeatureCollection","features":[\n';
const FOOTER = '\n]}\n';

function featureJson(event: ConflictEvent, index: number, options: GeoJsonFormatOptions, issues: Issue[]): string | undefined {
  try {
    return JSON.stringify(eventToFeature(event, options));
  } catch (error) {
    issues.push(unwritableEvent(event, index, error));
    return undefined;
  }
}

/**
 * Writes events as a GeoJSON FeatureCollection (RFC 7946, UTF-8) to a file or stream, streaming:
 * the header, then one feature per line, then the footer, so a million events take bounded
 * memory. GDAL / QGIS (`ogrinfo`), Leaflet and geopandas read the output.
 *
 * @throws {RangeError} for an invalid `coordinatePrecision`; the promise rejects when the file cannot be written.
 * @example
 * ```ts
 * await writeGeoJson(events, 'events.geojson');
 * ```
 */
export async function writeGeoJson(
  events: EventSource,
  target: WriteTarget,
  options: WriteGeoJsonOptions = {},
): Promise<Result<WriteStats>> {
  checkOptions(options);
  return writeEventText(events, target, options, {
    batchSize: 1000,
    start: HEADER,
    convert: (event, index, issues) => featureJson(event, index, options, issues),
    // Features are separated by ",\n": the first of the file has none before it.
    text: (features, before) => (before === 0 ? features.join(',\n') : `,\n${features.join(',\n')}`),
    end: () => FOOTER,
  });
}

/**
 * Formats a small array of events as GeoJSON text, exactly as {@link writeGeoJson} writes it.
 *
 * @example
 * ```ts
 * const { value: text } = toGeoJson(events);
 * JSON.parse(text).type; //=> 'FeatureCollection'
 * ```
 */
export function toGeoJson(events: readonly ConflictEvent[], options: GeoJsonFormatOptions = {}): Result<string> {
  checkOptions(options);
  const issues: Issue[] = [];
  const features: string[] = [];
  events.forEach((e, i) => {
    const json = featureJson(e, i, options, issues);
    if (json !== undefined) features.push(json);
  });
  return { value: HEADER + features.join(',\n') + FOOTER, issues };
}
