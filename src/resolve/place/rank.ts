import type { GazetteerEntry, MatchType } from './types.js';

/** Weight of a GeoNames feature code among populated places: capitals and seats first, sections last. */
function featureWeight(code: string | undefined): number {
  switch (code) {
    case 'PPLC':
      return 0.035;
    case 'PPLA':
      return 0.03;
    case 'PPLA2':
      return 0.025;
    case 'PPLA3':
    case 'PPLA4':
      return 0.02;
    case 'PPLX':
    case 'PPLH':
    case 'PPLQ':
    case 'PPLW':
      return 0;
    default:
      return 0.015;
  }
}

function kindWeight(entry: GazetteerEntry): number {
  switch (entry.kind) {
    case 'country':
      return 0.04;
    case 'admin1':
      return 0.028;
    case 'region':
      return 0.03;
    case 'admin2':
      return 0.02;
    case 'admin3':
      return 0.015;
    case 'populated_place':
      return featureWeight(entry.featureCode);
    case 'site':
      return 0.01;
  }
}

/**
 * The score of a match in `(0, 1]`: the match type sets the base (exact 0.9, skeleton 0.72), then
 * small bonuses for the country hint, the kind (countries, regions and seats of government before
 * villages and sections) and the population, and a penalty when the entry is in another country
 * than the hint.
 *
 * @example
 * ```ts
 * scoreMatch(entry, 'exact', 'SYR'); //=> 0.98
 * ```
 */
export function scoreMatch(entry: GazetteerEntry, match: MatchType, country?: string): number {
  return scoreWithPrior(entryPrior(entry), entry, match, country);
}

/**
 * The part of a match's score that depends only on the entry (its kind and population), which
 * an index computes once per entry instead of once per look-up.
 *
 * @example
 * ```ts
 * entryPrior({ kind: 'country', … }); //=> 0.06
 * ```
 */
export function entryPrior(entry: GazetteerEntry): number {
  let s = kindWeight(entry);
  if (entry.population !== undefined && entry.population > 0) s += Math.min(0.02, Math.log10(entry.population + 1) / 350);
  return s;
}

/**
 * {@link scoreMatch} with the entry's prior given (see {@link entryPrior}).
 *
 * @example
 * ```ts
 * scoreWithPrior(entryPrior(entry), entry, 'exact', 'SYR') === scoreMatch(entry, 'exact', 'SYR'); //=> true
 * ```
 */
export function scoreWithPrior(prior: number, entry: GazetteerEntry, match: MatchType, country?: string): number {
  let s = (match === 'exact' ? 0.9 : 0.72) + prior;
  if (country !== undefined) {
    const inCountry = entry.iso3 === country || (entry.countries?.includes(country) ?? false);
    s += inCountry ? 0.04 : -0.15;
  }
  return Math.max(0.01, Math.min(1, Math.round(s * 1000) / 1000));
}
