import { LOCATION_PRECISION_RANK, type Location, type LocationPrecision } from '../../schema/location.js';
import { foldLatin } from '../../text/fold-latin.js';
import { nameSkeleton } from '../../text/name-key.js';
import { memoize } from './memo.js';

/**
 * How far from its point an event at each precision may have happened, in kilometres. Two places
 * are close enough when their points lie within the sum of their tolerances.
 *
 * @example
 * ```ts
 * PLACE_TOLERANCE_KM.exact + PLACE_TOLERANCE_KM.near; //=> 28 (km two such places may lie apart)
 * ```
 */
export const PLACE_TOLERANCE_KM: Readonly<Record<LocationPrecision, number>> = {
  exact: 3,
  near: 25,
  admin3: 20,
  admin2: 50,
  admin1: 150,
  region: 250,
  country: Number.POSITIVE_INFINITY,
  unknown: Number.POSITIVE_INFINITY,
};

/** How strongly two places agree, from `same` (one place) to `unknown` (nothing to compare), or `conflict`. */
export type PlaceAgreement = 'same' | 'inside' | 'near' | 'country' | 'unknown' | 'conflict';

/** A place with its admin units and name as cross-script keys, computed once. */
export interface PlaceProfile {
  location: Location;
  /** Copies of the location's fields that comparisons read, so that they touch only the profile. */
  precision: LocationPrecision;
  iso3: string | undefined;
  gazetteerId: string | undefined;
  /** Latitude and longitude, NaN when the place has no point. */
  lat: number;
  lon: number;
  rank: number;
  admin1: string | undefined;
  admin2: string | undefined;
  admin3: string | undefined;
  name: string | undefined;
}

const unitKeyOf = memoize((name: string): string => {
  const stripped = foldLatin(name).replace(/\b(governorate|province|district|subdistrict|nahiya|muhafazat|mohafazat)\b/g, ' ').trim();
  return nameSkeleton(stripped.length > 0 ? stripped : name);
});

function unitKey(name: string | undefined): string | undefined {
  return name === undefined ? undefined : unitKeyOf(name);
}

/**
 * The profile of a location: its admin units and name as cross-script keys.
 *
 * @example
 * ```ts
 * placeProfile({ admin1: 'Deir ez-Zor Governorate', precision: 'admin1' }).admin1; //=> 'dr zr'
 * ```
 */
export function placeProfile(location: Location): PlaceProfile {
  return {
    location,
    precision: location.precision,
    iso3: location.iso3,
    gazetteerId: location.gazetteerId,
    lat: location.point?.lat ?? Number.NaN,
    lon: location.point?.lon ?? Number.NaN,
    rank: LOCATION_PRECISION_RANK[location.precision],
    admin1: unitKey(location.admin1),
    admin2: unitKey(location.admin2),
    admin3: unitKey(location.admin3),
    name: unitKey(location.name),
  };
}

/** Earth radius used by turf (`@turf/helpers` earthRadius), in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/**
 * Great-circle distance in kilometres: the haversine formula of `@turf/distance` with turf's
 * earth radius, on plain numbers, because merging computes it millions of times
 * (test/build/merge/place-compatibility.test.ts checks it against turf).
 *
 * @example
 * ```ts
 * distanceKm(34.69, 40.83, 35.336, 40.14); //=> ≈ 96
 * ```
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const a = Math.sin(dLat / 2) ** 2 + Math.sin(dLon / 2) ** 2 * Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS);
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_RADIUS_KM;
}

const ADMIN_LEVELS = ['admin1', 'admin2', 'admin3'] as const;
const ADMIN_LEVELS_FINE_FIRST = ['admin3', 'admin2', 'admin1'] as const;

/** One verdict object per agreement, shared, for comparisons that give no reason (bulk merging allocates nothing). */
const BARE: Readonly<Record<PlaceAgreement, PlaceComparison>> = {
  same: { agreement: 'same', reason: '' },
  inside: { agreement: 'inside', reason: '' },
  near: { agreement: 'near', reason: '' },
  country: { agreement: 'country', reason: '' },
  unknown: { agreement: 'unknown', reason: '' },
  conflict: { agreement: 'conflict', reason: '' },
};

function verdict(agreement: PlaceAgreement, reason: string): PlaceComparison {
  return reason === '' ? BARE[agreement] : { agreement, reason };
}

/** The verdict of {@link comparePlaces}. */
export interface PlaceComparison {
  agreement: PlaceAgreement;
  /** Why, in words, for issues and merge reports. */
  reason: string;
}

/**
 * Compares two place profiles; see {@link comparePlaces}.
 *
 * @example
 * ```ts
 * comparePlaceProfiles(placeProfile(a), placeProfile(b)).agreement; //=> 'inside'
 * // With explain = false the reason is left empty (faster, for bulk merging).
 * ```
 */
export function comparePlaceProfiles(a: PlaceProfile, b: PlaceProfile, explain = true): PlaceComparison {
  // The decisions read the profiles' copied fields; the locations are read only to explain.
  const la = a.location;
  const lb = b.location;
  if (a.gazetteerId !== undefined && a.gazetteerId === b.gazetteerId) return verdict('same', explain ? `same place (${a.gazetteerId})` : '');
  if (a.iso3 !== undefined && b.iso3 !== undefined && a.iso3 !== b.iso3) return verdict('conflict', explain ? `different countries (${a.iso3}, ${b.iso3})` : '');
  const regional = a.precision === 'region' || b.precision === 'region';
  if (!regional) {
    for (const level of ADMIN_LEVELS) {
      if (a[level] !== undefined && b[level] !== undefined && a[level] !== b[level]) {
        return verdict('conflict', explain ? `different ${level} (${la[level] ?? ''}, ${lb[level] ?? ''})` : '');
      }
    }
  }
  const points = !Number.isNaN(a.lat) && !Number.isNaN(b.lat);
  if (points) {
    const allowed = PLACE_TOLERANCE_KM[a.precision] + PLACE_TOLERANCE_KM[b.precision];
    if (Number.isFinite(allowed)) {
      const km = distanceKm(a.lat, a.lon, b.lat, b.lon);
      if (km > allowed) return verdict('conflict', explain ? `${km.toFixed(0)} km apart (more than ${allowed} km for ${a.precision}/${b.precision})` : '');
      if (Math.max(a.rank, b.rank) <= LOCATION_PRECISION_RANK.admin3) return verdict(km <= 3 ? 'same' : 'near', explain ? `${km.toFixed(1)} km apart` : '');
    }
  }
  if (a.name !== undefined && a.name === b.name && a.precision === b.precision && a.precision !== 'unknown') {
    return verdict('same', explain ? `same place name (${la.name ?? ''})` : '');
  }
  if (a.precision === 'unknown' || b.precision === 'unknown') return verdict('unknown', explain ? 'a place is unknown' : '');
  if (a.precision === 'country' || b.precision === 'country') {
    return verdict(a.iso3 !== undefined && a.iso3 === b.iso3 ? 'country' : 'unknown', explain ? 'one place is a whole country' : '');
  }
  for (const level of ADMIN_LEVELS_FINE_FIRST) {
    if (a[level] !== undefined && a[level] === b[level]) return verdict('inside', explain ? `same ${level} (${la[level] ?? ''})` : '');
  }
  if (points) return verdict('near', explain ? 'points within tolerance' : '');
  return verdict('country', explain ? 'no conflicting place detail' : '');
}

/**
 * Decides whether two reported places can be the place of one event: the same gazetteer entry,
 * one inside the other (a town inside the governorate the other report names, anything inside the
 * same country), or points close enough for their precisions ({@link PLACE_TOLERANCE_KM}). Places
 * in different countries, or in different named admin units at a level both give, conflict
 * (named regions such as the Syrian Badia span governorates and are judged by distance).
 *
 * @example
 * ```ts
 * comparePlaces(
 *   { name: 'Hajin', iso3: 'SYR', admin1: 'Deir ez-Zor', precision: 'exact', point: { lat: 34.69, lon: 40.83 } },
 *   { name: 'Deir ez-Zor', iso3: 'SYR', admin1: 'Deir ez-Zor', precision: 'admin1' },
 * ); //=> { agreement: 'inside', reason: 'same admin1 (Deir ez-Zor)' }
 * ```
 */
export function comparePlaces(a: Location, b: Location): PlaceComparison {
  return comparePlaceProfiles(placeProfile(a), placeProfile(b));
}
