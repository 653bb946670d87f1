import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { centroid } from '@turf/centroid';
import type { Feature, Geometry } from 'geojson';
import { type Issue, type Result, issue } from '../../schema/issue.js';
import { hasArabic } from '../../text/normalize-arabic.js';
import { createGazetteer } from './create-gazetteer.js';
import { PLACE_KINDS } from './types.js';
import type { Gazetteer, GazetteerArea, GazetteerEntry, PlaceKind } from './types.js';

/**
 * Options of {@link loadGazetteerGeoJson}.
 *
 * @example
 * ```ts
 * const options: LoadGazetteerGeoJsonOptions = { defaultCountry: 'SYR', polygonKind: 'admin2' };
 * ```
 */
export interface LoadGazetteerGeoJsonOptions {
  /** ISO alpha-3 for features without `iso3`/`country`. */
  defaultCountry?: string;
  /** Kind of polygon features without a `kind` property (default `admin1`). */
  polygonKind?: 'country' | 'admin1' | 'admin2';
}

type Props = Record<string, unknown>;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
}

/**
 * Loads a user's gazetteer from GeoJSON: Point features become places; Polygon and MultiPolygon
 * features become areas (admin1 by default, or the `kind` property) that `admin1At`, `admin2At` and
 * `pointInCountry` use, with their centroid as point. Properties read: `name` (required), `name_en`,
 * `name_ar`, `alternates` / `alt_names` (array or `|`-separated), `kind`, `id`, `iso3` / `country`,
 * `admin1`, `admin2`, `admin3`, `population`. Bad features are skipped with an error naming the
 * file and the JSON path (`features[3].geometry`).
 *
 * @example
 * ```ts
 * const { value: districts } = await loadGazetteerGeoJson('sy-districts.geojson', { polygonKind: 'admin2' });
 * districts.admin2At({ lat: 34.695, lon: 40.831 })?.name; //=> 'Abu Kamal'
 * ```
 */
export async function loadGazetteerGeoJson(source: string | object, options: LoadGazetteerGeoJsonOptions = {}): Promise<Result<Gazetteer>> {
  const issues: Issue[] = [];
  const file = typeof source === 'string' ? basename(source) : 'geojson';
  let data: unknown = source;
  if (typeof source === 'string') {
    try {
      data = JSON.parse(await readFile(source, 'utf8')) as unknown;
    } catch (e) {
      issues.push(issue('error', 'invalid_json', `cannot read GeoJSON: ${(e as Error).message}`, { file }));
      return { value: createGazetteer([]), issues };
    }
  }
  const features = (data as { type?: unknown; features?: unknown }).features;
  if ((data as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features)) {
    issues.push(issue('error', 'invalid_geojson', 'expected a GeoJSON FeatureCollection with a features array', { file, path: ['type'] }));
    return { value: createGazetteer([]), issues };
  }
  const entries: GazetteerEntry[] = [];
  const areas: GazetteerArea[] = [];
  features.forEach((raw: unknown, i) => {
    const f = raw as Partial<Feature<Geometry | null, Props | null>>;
    const props: Props = f.properties ?? {};
    const name = str(props.name) ?? str(props.name_en) ?? str(props.name_ar);
    if (name === undefined) {
      issues.push(issue('error', 'missing_place_name', `feature ${i} has no name property; skipped`, { file, path: ['features', i, 'properties', 'name'] }));
      return;
    }
    const geometry = f.geometry;
    if (geometry === null || geometry === undefined || !['Point', 'Polygon', 'MultiPolygon'].includes(geometry.type)) {
      issues.push(issue('error', 'invalid_geometry', `"${name}": geometry must be a Point, Polygon or MultiPolygon; skipped`, { file, path: ['features', i, 'geometry'] }));
      return;
    }
    const names = [{ text: name, lang: hasArabic(name) ? 'ar' : 'und' }];
    const add = (t: string | undefined, lang?: string): void => {
      if (t !== undefined && !names.some((n) => n.text === t)) names.push({ text: t, lang: lang ?? (hasArabic(t) ? 'ar' : 'und') });
    };
    add(str(props.name_en), 'en');
    add(str(props.name_ar), 'ar');
    for (const key of ['alternates', 'alt_names', 'alternate_names', 'aliases']) {
      const v = props[key];
      const list = Array.isArray(v) ? v.map(str) : (str(v)?.split('|') ?? []);
      for (const t of list) add(t?.trim());
    }
    const isArea = geometry.type !== 'Point';
    const kindText = str(props.kind)?.toLowerCase();
    let kind: PlaceKind = isArea ? (options.polygonKind ?? 'admin1') : 'populated_place';
    if (kindText !== undefined) {
      if ((PLACE_KINDS as readonly string[]).includes(kindText)) kind = kindText as PlaceKind;
      else issues.push(issue('warning', 'unknown_place_kind', `"${name}": kind "${kindText}" is not one of ${PLACE_KINDS.join(', ')}`, { file, path: ['features', i, 'properties', 'kind'] }));
    }
    const entry: GazetteerEntry = { id: str(props.id) ?? str(f.id) ?? `geojson:${file}:${i}`, name, names, kind, source: `${file} features[${i}]` };
    let point: [number, number] | undefined;
    if (geometry.type === 'Point') {
      const [lon, lat] = geometry.coordinates;
      if (typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) point = [lat, lon];
      else {
        issues.push(issue('error', 'invalid_coordinates', `"${name}": point coordinates are not valid WGS84 [lon, lat]; skipped`, { file, path: ['features', i, 'geometry', 'coordinates'] }));
        return;
      }
    } else {
      const c = centroid(geometry as Geometry).geometry.coordinates;
      point = [c[1] ?? 0, c[0] ?? 0];
    }
    entry.point = { lat: point[0], lon: point[1] };
    const iso3 = str(props.iso3) ?? (/^[A-Z]{3}$/.test(str(props.country) ?? '') ? str(props.country) : undefined) ?? options.defaultCountry;
    if (iso3 !== undefined) entry.iso3 = iso3;
    for (const level of ['admin1', 'admin2', 'admin3'] as const) {
      const v = str(props[level]);
      if (v !== undefined) entry[level] = v;
    }
    if (kind === 'admin1' || kind === 'admin2') entry[kind] = name;
    const population = Number(props.population);
    if (props.population !== undefined && Number.isFinite(population)) entry.population = population;
    entries.push(entry);
    if (isArea && (kind === 'country' || kind === 'admin1' || kind === 'admin2')) {
      const coordinates = (geometry.type === 'Polygon' ? [geometry.coordinates] : (geometry as { coordinates: unknown }).coordinates) as number[][][][];
      const area: GazetteerArea = { entryId: entry.id, kind, coordinates };
      if (iso3 !== undefined) area.iso3 = iso3;
      areas.push(area);
    }
  });
  return { value: createGazetteer(entries, { areas }), issues };
}
