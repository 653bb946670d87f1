import type { GazetteerEntry, PlaceKind } from './types.js';

/**
 * A gazetteer record as stored in `data/gazetteer/*.json`: a {@link GazetteerEntry} with compact
 * names (`[text, lang]`) and point (`[lat, lon]`).
 *
 * @example
 * ```ts
 * const r: PlaceRecord = { id: 'geonames:174506', kind: 'populated_place', name: 'Hajin', names: [['Hajin', 'en'], ['هجين', 'ar']], point: [34.69508, 40.83138], source: 'GeoNames' };
 * ```
 */
export interface PlaceRecord {
  id: string;
  kind: PlaceKind;
  name: string;
  names: [string, string][];
  iso3?: string;
  countries?: string[];
  admin1?: string;
  admin1Code?: string;
  admin2?: string;
  admin3?: string;
  point?: [number, number];
  population?: number;
  featureCode?: string;
  source: string;
  note?: string;
  iso2?: string;
  isoNumeric?: string;
}

/**
 * A file of gazetteer records: what it holds, under which licence, from which inputs.
 *
 * @example
 * ```ts
 * const file = readDataJson<GazetteerFile>('gazetteer/places.json');
 * file.records.length; //=> 440
 * ```
 */
export interface GazetteerFile {
  description: string;
  licence: string;
  inputs: string[];
  records: PlaceRecord[];
}

/**
 * The polygons of the built-in gazetteer, GeoJSON multipolygon coordinates keyed by entry id
 * (`ne:SYR`, `ne:SYR-…`).
 *
 * @example
 * ```ts
 * const shapes = readDataJson<ShapesFile>('gazetteer/shapes.json');
 * Object.keys(shapes.countries); //=> ['ne:IRN', 'ne:IRQ', …]
 * ```
 */
export interface ShapesFile {
  description: string;
  licence: string;
  inputs: string[];
  countries: Record<string, { iso3: string; coordinates: number[][][][] }>;
  admin1: Record<string, { iso3: string; coordinates: number[][][][] }>;
}

/**
 * Turns a stored record into a gazetteer entry.
 *
 * @example
 * ```ts
 * recordToEntry({ id: 'x', kind: 'region', name: 'Badia', names: [['البادية', 'ar']], source: 's' }).names;
 * //=> [{ text: 'Badia', lang: 'en' }, { text: 'البادية', lang: 'ar' }]
 * ```
 */
export function recordToEntry(r: PlaceRecord): GazetteerEntry {
  const names = r.names.map(([text, lang]) => ({ text, lang }));
  if (!names.some((n) => n.text === r.name)) names.unshift({ text: r.name, lang: 'en' });
  const e: GazetteerEntry = { id: r.id, name: r.name, names, kind: r.kind, source: r.source };
  if (r.iso3 !== undefined) e.iso3 = r.iso3;
  if (r.countries !== undefined) e.countries = r.countries;
  if (r.admin1 !== undefined) e.admin1 = r.admin1;
  if (r.admin1Code !== undefined) e.admin1Code = r.admin1Code;
  if (r.admin2 !== undefined) e.admin2 = r.admin2;
  if (r.admin3 !== undefined) e.admin3 = r.admin3;
  if (r.point !== undefined) e.point = { lat: r.point[0], lon: r.point[1] };
  if (r.population !== undefined) e.population = r.population;
  if (r.featureCode !== undefined) e.featureCode = r.featureCode;
  if (r.note !== undefined) e.note = r.note;
  if (r.iso2 !== undefined) e.iso2 = r.iso2;
  if (r.isoNumeric !== undefined) e.isoNumeric = r.isoNumeric;
  return e;
}
