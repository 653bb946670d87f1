import distance from '@turf/distance';
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
    rank: LOCATION_PRECISION_RANK[location.precision],
    admin1: unitKey(location.admin1),
    admin2: unitKey(location.admin2),
    admin3: unitKey(location.admin3),
    name: unitKey(location.name),
  };
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
 * ```
 */
export function comparePlaceProfiles(a: PlaceProfile, b: PlaceProfile): PlaceComparison {
  const la = a.location;
  const lb = b.location;
  if (la.gazetteerId !== undefined && la.gazetteerId === lb.gazetteerId) return { agreement: 'same', reason: `same place (${la.gazetteerId})` };
  if (la.iso3 !== undefined && lb.iso3 !== undefined && la.iso3 !== lb.iso3) return { agreement: 'conflict', reason: `different countries (${la.iso3}, ${lb.iso3})` };
  const regional = la.precision === 'region' || lb.precision === 'region';
  if (!regional) {
    for (const level of ['admin1', 'admin2', 'admin3'] as const) {
      if (a[level] !== undefined && b[level] !== undefined && a[level] !== b[level]) {
        return { agreement: 'conflict', reason: `different ${level} (${la[level] ?? ''}, ${lb[level] ?? ''})` };
      }
    }
  }
  if (la.point !== undefined && lb.point !== undefined) {
    const allowed = PLACE_TOLERANCE_KM[la.precision] + PLACE_TOLERANCE_KM[lb.precision];
    if (Number.isFinite(allowed)) {
      const km = distance([la.point.lon, la.point.lat], [lb.point.lon, lb.point.lat], { units: 'kilometers' });
      if (km > allowed) return { agreement: 'conflict', reason: `${km.toFixed(0)} km apart (more than ${allowed} km for ${la.precision}/${lb.precision})` };
      if (Math.max(a.rank, b.rank) <= LOCATION_PRECISION_RANK.admin3) return { agreement: km <= 3 ? 'same' : 'near', reason: `${km.toFixed(1)} km apart` };
    }
  }
  if (a.name !== undefined && a.name === b.name && la.precision === lb.precision && la.precision !== 'unknown') {
    return { agreement: 'same', reason: `same place name (${la.name ?? ''})` };
  }
  if (la.precision === 'unknown' || lb.precision === 'unknown') return { agreement: 'unknown', reason: 'a place is unknown' };
  if (la.precision === 'country' || lb.precision === 'country') {
    return { agreement: la.iso3 !== undefined && la.iso3 === lb.iso3 ? 'country' : 'unknown', reason: 'one place is a whole country' };
  }
  for (const level of ['admin3', 'admin2', 'admin1'] as const) {
    if (a[level] !== undefined && a[level] === b[level]) return { agreement: 'inside', reason: `same ${level} (${la[level] ?? ''})` };
  }
  if (la.point !== undefined && lb.point !== undefined) return { agreement: 'near', reason: 'points within tolerance' };
  return { agreement: 'country', reason: 'no conflicting place detail' };
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
