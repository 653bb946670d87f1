import type { Feature, MultiPolygon } from 'geojson';
import { builtinGazetteer } from '../resolve/place/builtin-gazetteer.js';
import type { ShapesFile } from '../resolve/place/data-format.js';
import { readDataJson } from '../util/data-path.js';

/**
 * Properties of a boundary feature: the unit's gazetteer id, name, kind and country.
 *
 * @example
 * ```ts
 * const p: BoundaryProperties = { id: 'ne:SYR-137', name: 'Deir ez-Zor', kind: 'admin1', iso3: 'SYR' };
 * ```
 */
export interface BoundaryProperties {
  id: string;
  name: string;
  kind: 'country' | 'admin1';
  iso3: string;
}

/**
 * A boundary polygon of the built-in gazetteer, as a GeoJSON feature.
 *
 * @example
 * ```ts
 * const [first]: BoundaryFeature[] = builtinBoundaries(['IRQ']);
 * ```
 */
export type BoundaryFeature = Feature<MultiPolygon, BoundaryProperties>;

let shapes: ShapesFile | undefined;

function signedArea(ring: readonly number[][]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

/**
 * Rings wound the way d3-geo (and so Vega) reads spherical polygons: exterior rings clockwise,
 * holes counter-clockwise. GeoJSON (RFC 7946) winds them the other way round, which d3 reads as
 * "the whole globe but this area".
 */
function windForD3(coordinates: number[][][][]): number[][][][] {
  return coordinates.map((polygon) =>
    polygon.map((ring, i) => {
      const clockwise = signedArea(ring) < 0;
      const wantClockwise = i === 0;
      return clockwise === wantClockwise ? ring : [...ring].reverse();
    }),
  );
}

/**
 * The boundary polygons the package ships (data/gazetteer/shapes.json, Natural Earth, public
 * domain): the admin-1 units of the given countries where they exist (Syria and Iraq), else the
 * country outline where it exists (Syria, Iraq and their neighbours), else nothing. Rings are
 * wound for d3-geo / Vega (exterior clockwise), not as RFC 7946 says: use them for drawing.
 *
 * @example
 * ```ts
 * const features = builtinBoundaries(['SYR', 'TUR']);
 * features.filter((f) => f.properties.kind === 'admin1').length; //=> 14 (Syria's governorates)
 * features.find((f) => f.properties.iso3 === 'TUR')?.properties.kind; //=> 'country'
 * ```
 */
export function builtinBoundaries(iso3s: Iterable<string>): BoundaryFeature[] {
  shapes ??= readDataJson<ShapesFile>('gazetteer/shapes.json');
  const wanted = new Set(iso3s);
  const gazetteer = builtinGazetteer();
  const out: BoundaryFeature[] = [];
  const withAdmin1 = new Set<string>();
  for (const [id, s] of Object.entries(shapes.admin1)) {
    if (!wanted.has(s.iso3)) continue;
    withAdmin1.add(s.iso3);
    out.push(feature(id, gazetteer.get(id)?.name ?? id, 'admin1', s.iso3, s.coordinates));
  }
  for (const [id, s] of Object.entries(shapes.countries)) {
    if (!wanted.has(s.iso3) || withAdmin1.has(s.iso3)) continue;
    out.push(feature(id, gazetteer.get(id)?.name ?? s.iso3, 'country', s.iso3, s.coordinates));
  }
  return out;
}

function feature(id: string, name: string, kind: 'country' | 'admin1', iso3: string, coordinates: number[][][][]): BoundaryFeature {
  return { type: 'Feature', properties: { id, name, kind, iso3 }, geometry: { type: 'MultiPolygon', coordinates: windForD3(coordinates) } };
}
