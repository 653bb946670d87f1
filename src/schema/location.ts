import { z } from 'zod';

/**
 * How precisely the place of an event is known, from most to least precise: `exact` (the named
 * town or site), `near` (around a named place), `admin3`, `admin2`, `admin1` (the area of an
 * administrative unit), `region` (a named region such as the Syrian Badia, or a place between two
 * others), `country`, `unknown`.
 *
 * @example
 * ```ts
 * LocationPrecisionSchema.options; //=> ['exact', 'near', 'admin3', 'admin2', 'admin1', 'region', 'country', 'unknown']
 * ```
 */
export const LocationPrecisionSchema = z
  .enum(['exact', 'near', 'admin3', 'admin2', 'admin1', 'region', 'country', 'unknown'])
  .meta({
    description:
      'How precisely the place is known: exact (the named town/site), near (around a named place), admin3, admin2, admin1 (somewhere in that unit), region (a named region, or between places), country, unknown.',
  });

/** See {@link LocationPrecisionSchema}. */
export type LocationPrecision = z.infer<typeof LocationPrecisionSchema>;

/**
 * The order of location precisions, most precise first; `LOCATION_PRECISION_RANK.exact` is 0.
 *
 * @example
 * ```ts
 * LOCATION_PRECISION_RANK.admin1 < LOCATION_PRECISION_RANK.country; //=> true
 * ```
 */
export const LOCATION_PRECISION_RANK: Readonly<Record<LocationPrecision, number>> = {
  exact: 0,
  near: 1,
  admin3: 2,
  admin2: 3,
  admin1: 4,
  region: 5,
  country: 6,
  unknown: 7,
};

/**
 * A WGS84 point, latitude and longitude in decimal degrees, range-checked.
 *
 * @example
 * ```ts
 * PointSchema.parse({ lat: 35.336, lon: 40.14 });
 * ```
 */
export const PointSchema = z
  .object({
    lat: z.number().min(-90).max(90).meta({ description: 'Latitude, WGS84 decimal degrees.' }),
    lon: z.number().min(-180).max(180).meta({ description: 'Longitude, WGS84 decimal degrees.' }),
  })
  .meta({ description: 'A WGS84 point.' });

/** See {@link PointSchema}. */
export type Point = z.infer<typeof PointSchema>;

/**
 * Where an event happened.
 *
 * @example
 * ```ts
 * LocationSchema.parse({
 *   name: 'Deir ez-Zor', country: 'Syria', iso3: 'SYR', admin1: 'Deir ez-Zor',
 *   point: { lat: 35.336, lon: 40.14 }, precision: 'admin1', text: 'ريف مدينة دير الزور',
 * });
 * ```
 */
export const LocationSchema = z
  .object({
    name: z.string().min(1).optional().meta({ description: 'Name of the place, in the dataset language (usually English).' }),
    country: z.string().min(1).optional().meta({ description: 'Country name.' }),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'iso3 must be three capital letters (ISO 3166-1 alpha-3)')
      .optional()
      .meta({ description: 'ISO 3166-1 alpha-3 country code.' }),
    admin1: z.string().min(1).optional().meta({ description: 'First-level administrative unit (governorate, province).' }),
    admin2: z.string().min(1).optional().meta({ description: 'Second-level administrative unit (district).' }),
    admin3: z.string().min(1).optional().meta({ description: 'Third-level administrative unit (sub-district, nahiya).' }),
    region: z.string().min(1).optional().meta({ description: 'A named region the place lies in or is, e.g. "Syrian Badia".' }),
    point: PointSchema.optional().meta({ description: 'Representative coordinates for the place at its precision.' }),
    precision: LocationPrecisionSchema,
    gazetteerId: z.string().min(1).optional().meta({ description: 'Identifier of the gazetteer entry, e.g. "geonames:170794".' }),
    text: z.string().optional().meta({ description: 'The words of the report the place was read from.' }),
  })
  .meta({ description: 'Where the event happened.' });

/** See {@link LocationSchema}. */
export type Location = z.infer<typeof LocationSchema>;
