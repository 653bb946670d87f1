/**
 * The ACLED regions (codebook §1.7, from acledR `acled_regions`).
 *
 * @example
 * ```ts
 * ACLED_REGIONS.includes('Middle East'); //=> true
 * ```
 */
export const ACLED_REGIONS: readonly string[] = [
  'Western Africa',
  'Middle Africa',
  'Eastern Africa',
  'Southern Africa',
  'Northern Africa',
  'South Asia',
  'Southeast Asia',
  'Middle East',
  'Europe',
  'Caucasus and Central Asia',
  'Central America',
  'South America',
  'Caribbean',
  'East Asia',
  'North America',
  'Oceania',
  'Antarctica',
];

// The countries of ACLED's Middle East region (coverage from 2015-01-01). Egypt and the Maghreb
// are in Northern Africa. Only this region is tabulated: the others are not needed to write the
// Middle East rows this library is built for, and a guessed region would be worse than a blank.
const MIDDLE_EAST = new Set(['BHR', 'IRN', 'IRQ', 'ISR', 'JOR', 'KWT', 'LBN', 'OMN', 'PSE', 'QAT', 'SAU', 'SYR', 'TUR', 'ARE', 'YEM']);

/**
 * The ACLED region of a country (ISO alpha-3), for the countries of ACLED's Middle East region;
 * `undefined` for other countries (ACLED's own region column, when imported, is kept as is).
 *
 * @example
 * ```ts
 * acledRegionOf('SYR'); //=> 'Middle East'
 * acledRegionOf('EGY'); //=> undefined
 * ```
 */
export function acledRegionOf(iso3: string): string | undefined {
  return MIDDLE_EAST.has(iso3.toUpperCase()) ? 'Middle East' : undefined;
}
