import type { Point } from '../../schema/location.js';

/**
 * What kind of place a gazetteer entry is: a country, an administrative unit (`admin1` governorate
 * or province, `admin2` district, `admin3` sub-district), a `populated_place` (town, village,
 * city), a named `region` without official boundaries (the Syrian Badia), or a `site` (a camp, an
 * oil field, a base).
 */
export type PlaceKind = 'country' | 'admin1' | 'admin2' | 'admin3' | 'populated_place' | 'region' | 'site';

/**
 * Every {@link PlaceKind}, most to least general first.
 *
 * @example
 * ```ts
 * PLACE_KINDS.includes('region'); //=> true
 * ```
 */
export const PLACE_KINDS: readonly PlaceKind[] = ['country', 'admin1', 'admin2', 'admin3', 'region', 'populated_place', 'site'];

/**
 * One name of a place, with its language: a BCP 47 tag such as `en`, `ar`, or `und` when unknown
 * (GeoNames' cities500 alternate names carry no language; Arabic-script names are tagged `ar`).
 *
 * @example
 * ```ts
 * const n: PlaceName = { text: 'دير الزور', lang: 'ar' };
 * ```
 */
export interface PlaceName {
  text: string;
  lang: string;
}

/**
 * A gazetteer entry: a place with its names, kind, country, administrative parents, point,
 * population and where it comes from.
 *
 * @example
 * ```ts
 * const e: GazetteerEntry = {
 *   id: 'geonames:174506', name: 'Hajin', names: [{ text: 'Hajin', lang: 'en' }, { text: 'هجين', lang: 'ar' }],
 *   kind: 'populated_place', iso3: 'SYR', admin1: 'Deir ez-Zor', point: { lat: 34.69508, lon: 40.83138 },
 *   population: 29237, featureCode: 'PPLA3', source: 'GeoNames cities500 (CC BY 4.0)',
 * };
 * ```
 */
export interface GazetteerEntry {
  /** Namespaced id: `geonames:170794`, `ne:SY-DY`, `ne:SYR`, `ce:region/syrian-badia`, `csv:my-file.csv:12`. */
  id: string;
  /** Display name, in the dataset language (usually English). */
  name: string;
  /** Every name the place is known by, the display name included. */
  names: PlaceName[];
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3 of the country it lies in (for a country: its own code). */
  iso3?: string;
  /** Every country a region extends into (regions only). */
  countries?: string[];
  /** Name of the first-level unit it lies in (for an admin1: its own name). */
  admin1?: string;
  /** ISO 3166-2 code of that unit, when known (for an admin1: its own code). */
  admin1Code?: string;
  admin2?: string;
  admin3?: string;
  /** Representative point. */
  point?: Point;
  population?: number;
  /** GeoNames feature code (`PPLA`, `PPL`, `ADM1`…), when known. */
  featureCode?: string;
  /** Where the record comes from, with its licence, or the file and line of a user gazetteer. */
  source: string;
  /** How a region's point was chosen, or other remarks. */
  note?: string;
  /** ISO 3166-1 alpha-2 and numeric codes (countries). */
  iso2?: string;
  isoNumeric?: string;
}

/** How a name matched: `exact` on the normalised key, `skeleton` on the looser key. */
export type MatchType = 'exact' | 'skeleton';

/**
 * A gazetteer entry found for a name, how it matched and a score in `(0, 1]` (higher is better)
 * that combines the match type with country context, kind and size.
 *
 * @example
 * ```ts
 * const [best] = gazetteer.lookup('Dayr az Zawr');
 * best?.entry.name; //=> 'Deir ez-Zor'
 * ```
 */
export interface GazetteerMatch {
  entry: GazetteerEntry;
  match: MatchType;
  /** The entry's name that matched. */
  matchedName: string;
  score: number;
}

/**
 * Options of {@link Gazetteer.lookup}.
 *
 * @example
 * ```ts
 * gazetteer.lookup('Deir ez-Zor', { kinds: ['admin1'], country: 'SYR' });
 * ```
 */
export interface LookupOptions {
  /** Only entries of these kinds. */
  kinds?: readonly PlaceKind[];
  /** Prefer (not require) entries in this country (ISO alpha-3). */
  country?: string;
  /** Only entries in this country. */
  requireCountry?: string;
  /** Skip the looser skeleton key (default false). */
  exactOnly?: boolean;
  /** At most this many matches (default 10). */
  limit?: number;
}

/**
 * A gazetteer: look places up by name, by id, by point. Sources compose with
 * {@link composeGazetteers}; build one from entries with {@link createGazetteer}.
 *
 * @example
 * ```ts
 * const g = builtinGazetteer();
 * g.lookup('هجين')[0]?.entry.admin1; //=> 'Deir ez-Zor'
 * g.admin1At({ lat: 36.335, lon: 43.119 })?.name; //=> 'Ninawa'
 * ```
 */
export interface Gazetteer {
  /** Number of entries. */
  readonly size: number;
  /** Number of distinct names indexed. */
  readonly nameCount: number;
  /** Matches for a name, best first. The name is normalised (Arabic and Latin). */
  lookup(name: string, options?: LookupOptions): GazetteerMatch[];
  /** The entry with this id. */
  get(id: string): GazetteerEntry | undefined;
  /** Every entry. */
  entries(): IterableIterator<GazetteerEntry>;
  /** The country entry with this ISO alpha-3 (or alpha-2) code. */
  country(code: string): GazetteerEntry | undefined;
  /** The first-level unit containing the point, where polygons exist. */
  admin1At(point: Point, iso3?: string): GazetteerEntry | undefined;
  /** The second-level unit containing the point, where polygons exist. */
  admin2At(point: Point, iso3?: string): GazetteerEntry | undefined;
  /** Whether the point lies in the country, or `undefined` when the gazetteer has no shape for it. */
  pointInCountry(iso3: string, point: Point): boolean | undefined;
}

/**
 * A polygon area attached to a gazetteer entry (a country, an admin1 or admin2 unit), in GeoJSON
 * multipolygon coordinates (`[lon, lat]`).
 *
 * @example
 * ```ts
 * const a: GazetteerArea = { entryId: 'ne:SY-DY', kind: 'admin1', iso3: 'SYR', coordinates: [[[[40, 35], [41, 35], [41, 36], [40, 35]]]] };
 * ```
 */
export interface GazetteerArea {
  entryId: string;
  kind: 'country' | 'admin1' | 'admin2';
  iso3?: string;
  coordinates: number[][][][];
}
