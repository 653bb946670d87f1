import { ActorKindSchema } from '../schema/actor.js';
import { DatePrecisionSchema } from '../schema/date.js';
import { EventTypeSchema } from '../schema/event-type.js';
import { LocationPrecisionSchema } from '../schema/location.js';

/**
 * The type of a column of the native layout, named as in a Frictionless Table Schema: `string`,
 * `integer`, `number` (decimal), `boolean` (`true` / `false`), `date` (`YYYY-MM-DD`).
 */
export type NativeFieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/**
 * One column of the native layout: its name, type and meaning.
 *
 * @example
 * ```ts
 * const col: NativeColumn = { name: 'fatalities_best', type: 'integer', description: 'Best estimate of people killed.' };
 * ```
 */
export interface NativeColumn {
  /** Column name (snake_case), also the GeoJSON property and Parquet column name. */
  readonly name: string;
  /** Value type. */
  readonly type: NativeFieldType;
  /** What the column holds. */
  readonly description: string;
  /** True for list columns: items joined with `; ` (see {@link NATIVE_LIST_SEPARATOR}). */
  readonly list?: boolean;
  /** The allowed values, for enumerated columns (a list column: allowed items). */
  readonly enum?: readonly string[];
}

/**
 * How the items of a list column are joined: `; ` (semicolon and space), as ACLED joins
 * associated actors and sources. Inside an item, a semicolon is written `\;` and a backslash `\\`,
 * so names that contain semicolons survive a round trip. In the per-actor and per-source columns
 * (`perpetrator_ids`, `source_urls`…) the items line up with the names of the same role (or the
 * `source_documents`), and a missing value is an empty item: `isis;; Q1234`.
 *
 * @example
 * ```ts
 * NATIVE_LIST_SEPARATOR; //=> '; '
 * ```
 */
export const NATIVE_LIST_SEPARATOR = '; ';

const roleColumns = (
  role: string,
  plural: string,
  singular: string,
  what: string,
): NativeColumn[] => [
  {
    name: plural,
    type: 'string',
    list: true,
    description: `Names of the actors with role ${role} (${what}), in event order, joined with "; ".`,
  },
  {
    name: `${singular}_ids`,
    type: 'string',
    list: true,
    description: `Canonical ids of the same actors, item by item (an empty item when an actor has none).`,
  },
  {
    name: `${singular}_kinds`,
    type: 'string',
    list: true,
    enum: ActorKindSchema.options,
    description: `ACLED actor types of the same actors, item by item (${ActorKindSchema.options.join(', ')}; an empty item when unknown).`,
  },
];

/**
 * The columns of the native flat layout, in order: the layout of `writeCsv(…, { layout: 'native' })`,
 * the properties of `writeGeoJson` (without `lat` / `lon`, which are the geometry), the fields of
 * the Data Package and the columns of the Parquet file. One row per event. An empty cell means the
 * event has no value there; nothing is invented.
 *
 * - **Event:** `id`, `type`, `subtype`.
 * - **Date:** `date_start`, `date_end` (calendar dates), `date_precision`, `date_text`.
 * - **Place:** `location_name`, `country`, `iso3`, `admin1`, `admin2`, `admin3`, `region`,
 *   `lat`, `lon` (WGS84), `location_precision`, `gazetteer_id`, `location_text`.
 * - **Actors, by role:** for each of perpetrator, target, victim, claimant, actor (two-sided or
 *   non-directed participation: both sides of a clash, protesters) and other: the names
 *   (`perpetrators`, `targets`, `victims`, `claimants`, `actors`, `other_actors`), their ids
 *   (`perpetrator_ids`…) and kinds (`perpetrator_kinds`…), item by item; `associated_actors` lists
 *   the actors associated with a main actor (ACLED assoc_actor) as `role:name`.
 * - **Counts:** `fatalities_low`, `fatalities_best`, `fatalities_high`, `fatalities_text`, and the
 *   same for `injuries_*`.
 * - **Attributes:** `attempted`, `claimed`, `suicide`, `civilian_targeting`, `negated`,
 *   `hypothetical` (booleans), `weapon`, and `attributes_other` (a JSON object of any other keys).
 * - **Sources:** `source_count`, then `source_documents`, `source_publishers`, `source_urls`,
 *   `source_published`, `source_languages`, `source_titles`, item by item.
 * - **Provenance:** `evidence_count` (spans), `notes`, `tags`, `disagreement_count`,
 *   `disagreement_fields`.
 *
 * What the layout does not hold (use JSONL for a lossless copy): the evidence spans themselves
 * (only their count), the disagreements' values and resolutions (only the fields), actors'
 * `country`, `count`, `description` and `text`, counts' `convention`, and the original dataset
 * `codes` of imported rows. Read back (`readCsv`, `readGeoJson`), the actors come grouped by role
 * in the order above, and an empty text (`notes: ''`) comes back absent.
 *
 * @example
 * ```ts
 * NATIVE_COLUMNS.map((c) => c.name).slice(0, 4); //=> ['id', 'type', 'subtype', 'date_start']
 * NATIVE_COLUMNS.find((c) => c.name === 'fatalities_best')?.type; //=> 'integer'
 * ```
 */
export const NATIVE_COLUMNS: readonly NativeColumn[] = [
  { name: 'id', type: 'string', description: 'Stable event id.' },
  { name: 'type', type: 'string', enum: EventTypeSchema.options, description: 'Event type (see the EventType enumeration).' },
  { name: 'subtype', type: 'string', description: 'Finer type in snake_case, e.g. suicide_bomb, peaceful.' },
  { name: 'date_start', type: 'date', description: 'First day the event may have happened on (YYYY-MM-DD).' },
  { name: 'date_end', type: 'date', description: 'Last day the event may have happened on (YYYY-MM-DD); equal to date_start for one day.' },
  {
    name: 'date_precision',
    type: 'string',
    enum: DatePrecisionSchema.options,
    description: 'How precisely the date is known: day, days (2–6 days), week, month, year, unknown.',
  },
  { name: 'date_text', type: 'string', description: 'The words of the report the date was read from.' },
  { name: 'location_name', type: 'string', description: 'Name of the place.' },
  { name: 'country', type: 'string', description: 'Country name.' },
  { name: 'iso3', type: 'string', description: 'ISO 3166-1 alpha-3 country code.' },
  { name: 'admin1', type: 'string', description: 'First-level administrative unit (governorate, province).' },
  { name: 'admin2', type: 'string', description: 'Second-level administrative unit (district).' },
  { name: 'admin3', type: 'string', description: 'Third-level administrative unit (sub-district).' },
  { name: 'region', type: 'string', description: 'A named region the place lies in or is.' },
  { name: 'lat', type: 'number', description: 'Latitude, WGS84 decimal degrees (empty when the place has no coordinates).' },
  { name: 'lon', type: 'number', description: 'Longitude, WGS84 decimal degrees (empty when the place has no coordinates).' },
  {
    name: 'location_precision',
    type: 'string',
    enum: LocationPrecisionSchema.options,
    description: 'How precisely the place is known: exact, near, admin3, admin2, admin1, region, country, unknown.',
  },
  { name: 'gazetteer_id', type: 'string', description: 'Identifier of the gazetteer entry, e.g. geonames:170794.' },
  { name: 'location_text', type: 'string', description: 'The words of the report the place was read from.' },
  ...roleColumns('perpetrator', 'perpetrators', 'perpetrator', 'who did it'),
  ...roleColumns('target', 'targets', 'target', 'what or whom it was aimed at'),
  ...roleColumns('victim', 'victims', 'victim', 'who was harmed'),
  ...roleColumns('claimant', 'claimants', 'claimant', 'who claimed responsibility'),
  ...roleColumns('actor', 'actors', 'actor', 'took part with no one-sided direction: both sides of a clash, protesters'),
  ...roleColumns('other', 'other_actors', 'other_actor', 'any other part'),
  {
    name: 'associated_actors',
    type: 'string',
    list: true,
    description: 'Actors associated with a main actor of the same role (ACLED assoc_actor), as role:name, joined with "; ".',
  },
  { name: 'fatalities_low', type: 'integer', description: 'Lowest estimate of people killed.' },
  { name: 'fatalities_best', type: 'integer', description: 'Best estimate of people killed.' },
  { name: 'fatalities_high', type: 'integer', description: 'Highest estimate of people killed.' },
  { name: 'fatalities_text', type: 'string', description: 'The words of the report the fatalities were read from.' },
  { name: 'injuries_low', type: 'integer', description: 'Lowest estimate of people injured.' },
  { name: 'injuries_best', type: 'integer', description: 'Best estimate of people injured.' },
  { name: 'injuries_high', type: 'integer', description: 'Highest estimate of people injured.' },
  { name: 'injuries_text', type: 'string', description: 'The words of the report the injuries were read from.' },
  { name: 'attempted', type: 'boolean', description: 'The attack was attempted but failed.' },
  { name: 'claimed', type: 'boolean', description: 'Someone claimed responsibility.' },
  { name: 'suicide', type: 'boolean', description: 'A suicide attack.' },
  { name: 'weapon', type: 'string', description: 'Weapon category (firearms, explosives, …) or as reported.' },
  { name: 'civilian_targeting', type: 'boolean', description: 'Civilians were the main or only target (ACLED civilian_targeting).' },
  { name: 'negated', type: 'boolean', description: 'The report says it did not happen.' },
  { name: 'hypothetical', type: 'boolean', description: 'The report speaks of it as possible, planned or feared.' },
  { name: 'attributes_other', type: 'string', description: 'Other attributes, as a JSON object (key → string, number or boolean).' },
  { name: 'source_count', type: 'integer', description: 'Number of reports the event was coded from.' },
  { name: 'source_documents', type: 'string', list: true, description: 'Ids of the reports, joined with "; ".' },
  { name: 'source_publishers', type: 'string', list: true, description: 'Publishers of the same reports, item by item.' },
  { name: 'source_urls', type: 'string', list: true, description: 'URLs of the same reports, item by item.' },
  { name: 'source_published', type: 'string', list: true, description: 'Publication dates (or instants) of the same reports, item by item.' },
  { name: 'source_languages', type: 'string', list: true, description: 'Languages (BCP 47) of the same reports, item by item.' },
  { name: 'source_titles', type: 'string', list: true, description: 'Headlines of the same reports, item by item.' },
  { name: 'merged_from', type: 'string', list: true, description: 'Ids of the events (one per report or imported row) merged into this one, joined with "; "; empty when it was not merged.' },
  { name: 'evidence_count', type: 'integer', description: 'Number of evidence spans (the spans themselves are in the JSONL output).' },
  { name: 'notes', type: 'string', description: 'Free-text summary of the event.' },
  { name: 'tags', type: 'string', list: true, description: 'Free tags, joined with "; ".' },
  { name: 'disagreement_count', type: 'integer', description: 'Number of fields on which the merged reports disagreed.' },
  { name: 'disagreement_fields', type: 'string', list: true, description: 'Those fields, as dotted paths, joined with "; ".' },
];

/**
 * The names of {@link NATIVE_COLUMNS}, in order.
 *
 * @example
 * ```ts
 * NATIVE_COLUMN_NAMES.includes('fatalities_best'); //=> true
 * ```
 */
export const NATIVE_COLUMN_NAMES: readonly string[] = NATIVE_COLUMNS.map((c) => c.name);
