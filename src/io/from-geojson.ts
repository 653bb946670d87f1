import { Readable } from 'node:stream';
import type { ConflictEvent } from '../schema/event.js';
import { type Issue, type Result, issue } from '../schema/issue.js';
import type { ValidateEventOptions } from '../schema/validate-event.js';
import { fromNativeRecord, type NativeInputValue } from './native-row.js';
import { collectRecords, type ReadRecord, type ReadSource, type ReadSourceOptions, readFailure, sourceName, textChunks } from './read-source.js';

/**
 * Options of the GeoJSON readers.
 *
 * @example
 * ```ts
 * const options: ReadGeoJsonOptions = { file: 'events.geojson' };
 * ```
 */
export interface ReadGeoJsonOptions extends ReadSourceOptions {
  /** Options passed to `validateEvent` for each feature (e.g. `pointInCountry`). */
  validate?: ValidateEventOptions;
}

const HEADER = '{"type":"FeatureCollection","features":[';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function featureRecord(
  feature: unknown,
  where: { file: string; line?: number; path: (string | number)[]; validate?: ValidateEventOptions | undefined },
): ReadRecord {
  const at = { file: where.file, path: where.path, ...(where.line !== undefined ? { line: where.line } : {}) };
  if (!isObject(feature) || feature.type !== 'Feature') {
    return { value: undefined, line: where.line ?? 0, issues: [issue('error', 'not_a_feature', 'expected a GeoJSON Feature', at)] };
  }
  const issues: Issue[] = [];
  const record: Record<string, NativeInputValue> = {};
  if (isObject(feature.properties)) {
    for (const [key, v] of Object.entries(feature.properties)) {
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') record[key] = v;
      else record[key] = JSON.stringify(v);
    }
  }
  if (record.id === undefined && (typeof feature.id === 'string' || typeof feature.id === 'number')) record.id = String(feature.id);
  const geometry = feature.geometry;
  if (isObject(geometry)) {
    const c = geometry.coordinates;
    if (geometry.type === 'Point' && Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      record.lon = c[0];
      record.lat = c[1];
    } else {
      issues.push(
        issue('warning', 'unsupported_geometry', `geometry of type ${String(geometry.type)} is not a Point; the event has no coordinates`, {
          ...at,
          path: [...where.path, 'geometry'],
        }),
      );
    }
  }
  const r = fromNativeRecord(record, { ...at, path: [...where.path, 'properties'], ...(where.validate !== undefined ? { validate: where.validate } : {}) });
  return { value: r.value, line: where.line ?? 0, issues: [...issues, ...r.issues] };
}

function* wholeText(text: string, file: string, validate: ValidateEventOptions | undefined): Generator<ReadRecord> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    yield { value: undefined, line: 0, issues: [issue('error', 'invalid_json', `${file} is not JSON: ${message}`, { file })] };
    return;
  }
  yield* wholeDocument(json, file, validate);
}

function* wholeDocument(json: unknown, file: string, validate: ValidateEventOptions | undefined): Generator<ReadRecord> {
  if (isObject(json) && json.type === 'FeatureCollection' && Array.isArray(json.features)) {
    const features: unknown[] = json.features;
    for (let i = 0; i < features.length; i++) yield featureRecord(features[i], { file, path: ['features', i], validate });
  } else if (isObject(json) && json.type === 'Feature') {
    yield featureRecord(json, { file, path: [], validate });
  } else {
    yield { value: undefined, line: 0, issues: [issue('error', 'not_geojson', `${file} is not a GeoJSON FeatureCollection or Feature`, { file })] };
  }
}

/**
 * Streams events back from GeoJSON (as `writeGeoJson` writes it, or any FeatureCollection whose
 * features carry our properties). The point comes from the geometry (`[longitude, latitude]`); the
 * rest from the properties, as in the native CSV layout, with the same losses (see `NATIVE_COLUMNS`).
 *
 * The output of `writeGeoJson` (one feature per line) is read line by line with bounded memory, and
 * issues name the line; any other GeoJSON text is parsed whole, and issues name the JSON path
 * (`features[3].properties`).
 *
 * @example
 * ```ts
 * for await (const { value } of streamGeoJson('events.geojson')) if (value) events.push(value);
 * ```
 */
export async function* streamGeoJson(source: ReadSource, options: ReadGeoJsonOptions = {}): AsyncGenerator<ReadRecord> {
  const file = sourceName(source, options);
  let failure: string | undefined;
  let mode: 'unknown' | 'lines' | 'whole' = 'unknown';
  let buffer = '';
  let line = 0;
  let index = 0;
  let done = false;
  const lineRecord = (raw: string, lineNo: number): ReadRecord | undefined => {
    let text = raw.trim();
    if (text === '' || done) return undefined;
    if (text === ']}') {
      done = true;
      return undefined;
    }
    if (text.endsWith(',')) text = text.slice(0, -1);
    let feature: unknown;
    try {
      feature = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { value: undefined, line: lineNo, issues: [issue('error', 'invalid_json', `line ${lineNo} is not a JSON feature: ${message}`, { file, line: lineNo })] };
    }
    return featureRecord(feature, { file, line: lineNo, path: ['features', index++], validate: options.validate });
  };
  for await (const chunk of textChunks(source, (m) => (failure = m))) {
    buffer += chunk;
    if (mode === 'unknown') {
      const nl = buffer.indexOf('\n');
      if (nl < 0 && buffer.length < HEADER.length + 2) continue;
      mode = buffer.slice(0, nl < 0 ? buffer.length : nl).trim() === HEADER ? 'lines' : 'whole';
      if (mode === 'lines') {
        buffer = buffer.slice(nl + 1);
        line = 1;
      }
    }
    if (mode === 'whole') continue;
    let start = 0;
    for (;;) {
      const nl = buffer.indexOf('\n', start);
      if (nl < 0) break;
      line++;
      const r = lineRecord(buffer.slice(start, nl), line);
      if (r !== undefined) yield r;
      start = nl + 1;
    }
    buffer = buffer.slice(start);
  }
  if (mode === 'lines') {
    if (buffer.trim() !== '') {
      const r = lineRecord(buffer, line + 1);
      if (r !== undefined) yield r;
    }
  } else if (failure === undefined) {
    yield* wholeText(buffer, file, options.validate);
  }
  if (failure !== undefined) yield { value: undefined, line: 0, issues: [readFailure(file, failure)] };
}

/**
 * Reads a whole GeoJSON file into events and issues: the collect-all form of {@link streamGeoJson}.
 *
 * @example
 * ```ts
 * const { value: events, issues } = await readGeoJson('events.geojson');
 * ```
 */
export async function readGeoJson(source: ReadSource, options: ReadGeoJsonOptions = {}): Promise<Result<ConflictEvent[]>> {
  return collectRecords(streamGeoJson(source, options));
}

/**
 * Reads events from GeoJSON text or an already parsed GeoJSON object (see {@link streamGeoJson}).
 *
 * @example
 * ```ts
 * const { value } = await parseGeoJson(toFeatureCollection(events));
 * ```
 */
export async function parseGeoJson(input: string | object, options: ReadGeoJsonOptions = {}): Promise<Result<ConflictEvent[]>> {
  if (typeof input !== 'string') {
    const file = options.file ?? '<object>';
    const value: ConflictEvent[] = [];
    const issues: Issue[] = [];
    for (const r of wholeDocument(input, file, options.validate)) {
      if (r.value !== undefined) value.push(r.value);
      issues.push(...r.issues);
    }
    return { value, issues };
  }
  return readGeoJson(Readable.from([input]), { file: '<text>', ...options });
}
