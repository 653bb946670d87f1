import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon } from 'geojson';
import type { Point } from '../../schema/location.js';
import type { GazetteerArea } from './types.js';

interface IndexedArea {
  area: GazetteerArea;
  geometry: MultiPolygon;
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/**
 * Polygons of gazetteer entries with a bounding-box prefilter, answering which area contains a
 * point. Small by design (tens to a few thousand polygons): a linear scan over boxes, then
 * `@turf/boolean-point-in-polygon` on the few boxes that contain the point.
 *
 * @example
 * ```ts
 * const index = new AreaIndex([{ entryId: 'ne:SY-DY', kind: 'admin1', iso3: 'SYR', coordinates }]);
 * index.find({ lat: 34.695, lon: 40.831 }, 'admin1')?.entryId; //=> 'ne:SY-DY'
 * ```
 */
export class AreaIndex {
  readonly #areas: IndexedArea[] = [];

  constructor(areas: Iterable<GazetteerArea> = []) {
    for (const a of areas) this.add(a);
  }

  /** Number of areas. */
  get size(): number {
    return this.#areas.length;
  }

  /** Adds an area. */
  add(area: GazetteerArea): void {
    let minLon = Infinity;
    let minLat = Infinity;
    let maxLon = -Infinity;
    let maxLat = -Infinity;
    for (const polygon of area.coordinates) {
      for (const [lon, lat] of polygon[0] ?? []) {
        if (lon === undefined || lat === undefined) continue;
        if (lon < minLon) minLon = lon;
        if (lon > maxLon) maxLon = lon;
        if (lat < minLat) minLat = lat;
        if (lat > maxLat) maxLat = lat;
      }
    }
    this.#areas.push({ area, geometry: { type: 'MultiPolygon', coordinates: area.coordinates }, minLon, minLat, maxLon, maxLat });
  }

  /** Whether an area of this kind exists for the country (or any country). */
  has(kind: GazetteerArea['kind'], iso3?: string): boolean {
    return this.#areas.some((a) => a.area.kind === kind && (iso3 === undefined || a.area.iso3 === iso3));
  }

  /** The first area of the kind (and country, when given) that contains the point. */
  find(point: Point, kind: GazetteerArea['kind'], iso3?: string): GazetteerArea | undefined {
    for (const a of this.#areas) {
      if (a.area.kind !== kind || (iso3 !== undefined && a.area.iso3 !== iso3)) continue;
      if (point.lon < a.minLon || point.lon > a.maxLon || point.lat < a.minLat || point.lat > a.maxLat) continue;
      if (booleanPointInPolygon([point.lon, point.lat], a.geometry)) return a.area;
    }
    return undefined;
  }

  /** Every area of the kind for the country. */
  list(kind: GazetteerArea['kind'], iso3?: string): GazetteerArea[] {
    return this.#areas.filter((a) => a.area.kind === kind && (iso3 === undefined || a.area.iso3 === iso3)).map((a) => a.area);
  }
}
