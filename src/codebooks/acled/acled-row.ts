import type { Count } from '../../schema/count.js';
import type { EventDate } from '../../schema/date.js';
import type { EventType } from '../../schema/event-type.js';
import type { ConflictEvent } from '../../schema/event.js';
import { type Issue, issue, withContext } from '../../schema/issue.js';
import type { Location, LocationPrecision, Point } from '../../schema/location.js';
import type { Source } from '../../schema/source.js';
import { hashString } from '../../util/stable-id.js';
import { formatDecimal, keepIfSame, parseDecimalCell, parseIntegerCell, splitList } from '../common/cells.js';
import { iso3FromIsoNumeric, isoNumericFromIso3 } from '../common/countries.js';
import { deepEqual } from '../common/equal.js';
import { type AcledActorCells, readAcledActors, writeAcledActors } from './acled-actors.js';
import { toAcledCategory } from './categorize.js';
import { ACLED_COLUMNS } from './columns.js';
import { type AcledDateFormat, acledDateRange, acledEventDate, formatAcledDate, parseAcledDate } from './dates.js';
import { type AcledSubEventTypeEntry, fromAcledSubEventType, parseAcledDisorderType } from './event-types.js';
import { type AcledInterFormat, parseAcledInter } from './inter-codes.js';
import { type AcledTimePrecision, fromAcledGeoPrecision, toAcledGeoPrecision, toAcledTimePrecision } from './precision.js';
import { acledRegionOf } from './regions.js';

/**
 * A row of an ACLED CSV: column name → cell text.
 *
 * @example
 * ```ts
 * const row: AcledRow = { event_id_cnty: 'IRQ35656', event_date: '2022-01-02', time_precision: '1' };
 * ```
 */
export type AcledRow = Record<string, string>;

/**
 * Where a row came from, for the issues of {@link fromAcledRow}.
 *
 * @example
 * ```ts
 * fromAcledRow(row, { file: 'acled.csv', line: 2 } satisfies AcledRowContext);
 * ```
 */
export interface AcledRowContext {
  /** The file the row was read from. */
  file?: string;
  /** The 1-based line of the row in that file. */
  line?: number;
}

/**
 * Options of {@link toAcledRow}.
 *
 * @example
 * ```ts
 * const options: ToAcledRowOptions = { interCodes: 'numeric', dateFormat: 'D Month YYYY', civilianTargeting: 'Civilians targeted' };
 * ```
 */
export interface ToAcledRowOptions {
  /**
   * How to write `inter1`, `inter2` and `interaction`: `text` labels (current API default) or
   * `numeric` codes (legacy, `inter_num=1`). Default: as in the event's original ACLED row, else
   * `text`. An unchanged imported row always keeps its original cells.
   */
  interCodes?: AcledInterFormat;
  /**
   * The text written in `civilian_targeting` when it is filled. Default: the original row's text
   * when it had one, else `Civilian targeting` (codebook §1.5: the codebook and exports disagree
   * between "Civilians targeted" and "Civilian targeting").
   */
  civilianTargeting?: string;
  /** How to write `event_date`. Default: as in the original row, else `YYYY-MM-DD`. */
  dateFormat?: AcledDateFormat;
  /**
   * What to write in `fatalities` when the event has no fatality count: `empty` (default: the
   * number is not known) or `zero` (ACLED's convention for "no mention", §1.4).
   */
  unknownFatalities?: 'empty' | 'zero';
}

const DATE_FORMATS: readonly AcledDateFormat[] = ['YYYY-MM-DD', 'D Month YYYY', 'DD/MM/YYYY', 'DD-MM-YYYY'];

function cellOf(row: AcledRow, column: string): string {
  return row[column] ?? '';
}

function eventIdCell(row: AcledRow): string {
  return cellOf(row, 'event_id_cnty').trim();
}

function eventIdOf(row: AcledRow): string {
  const cell = eventIdCell(row);
  if (cell.length > 0) return `acled:${cell}`;
  return `acled:row-${hashString(JSON.stringify(Object.entries(row)))}`;
}

function readType(row: AcledRow): { entry: AcledSubEventTypeEntry | undefined; type: EventType; subtype: string | undefined } {
  const entry = fromAcledSubEventType(cellOf(row, 'event_type'), cellOf(row, 'sub_event_type'));
  return entry === undefined ? { entry, type: 'other', subtype: undefined } : { entry, type: entry.type, subtype: entry.subtype };
}

function readDate(row: AcledRow): { value: EventDate; issues: Issue[] } {
  const issues: Issue[] = [];
  const cell = cellOf(row, 'event_date');
  const parsed = parseAcledDate(cell);
  if (parsed === undefined) {
    issues.push(
      issue('warning', 'acled_invalid_date', `event_date "${cell}" is not a date in a known ACLED format (YYYY-MM-DD, D Month YYYY, DD/MM/YYYY, DD-MM-YYYY); kept as text with precision unknown`, {
        path: ['event_date'],
      }),
    );
    return { value: cell.trim().length > 0 ? { precision: 'unknown', text: cell } : { precision: 'unknown' }, issues };
  }
  const tpCell = row.time_precision;
  let tp = parseIntegerCell(tpCell);
  if (tp !== 1 && tp !== 2 && tp !== 3) {
    if (tpCell !== undefined) {
      issues.push(issue('warning', 'acled_invalid_time_precision', `time_precision "${tpCell}" is not 1, 2 or 3; the date is taken as exact (1)`, { path: ['time_precision'] }));
    }
    tp = 1;
  }
  const year = parseIntegerCell(row.year);
  if (year !== undefined && String(year) !== parsed.date.slice(0, 4)) {
    issues.push(issue('warning', 'acled_year_mismatch', `year ${year} does not match event_date ${parsed.date}`, { path: ['year'] }));
  }
  return { value: acledDateRange(parsed.date, tp as AcledTimePrecision), issues };
}

function readIso3(row: AcledRow): string | undefined {
  const numeric = parseIntegerCell(row.iso);
  if (numeric !== undefined) return iso3FromIsoNumeric(numeric);
  const iso3 = row.iso3?.trim().toUpperCase();
  return iso3 !== undefined && /^[A-Z]{3}$/.test(iso3) ? iso3 : undefined;
}

function readPoint(row: AcledRow): { value: Point | undefined; issues: Issue[] } {
  const latCell = cellOf(row, 'latitude');
  const lonCell = cellOf(row, 'longitude');
  if (latCell.trim().length === 0 && lonCell.trim().length === 0) return { value: undefined, issues: [] };
  const lat = parseDecimalCell(latCell);
  const lon = parseDecimalCell(lonCell);
  if (lat === undefined || lon === undefined || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
    return {
      value: undefined,
      issues: [issue('warning', 'acled_invalid_coordinates', `latitude "${latCell}" / longitude "${lonCell}" are not WGS84 coordinates; the point is left out`, { path: ['latitude'] })],
    };
  }
  return { value: { lat, lon }, issues: [] };
}

function readPrecision(row: AcledRow): LocationPrecision {
  const code = parseIntegerCell(row.geo_precision);
  return (code === undefined ? undefined : fromAcledGeoPrecision(code)) ?? 'unknown';
}

function readLocation(row: AcledRow): { value: Location; issues: Issue[] } {
  const issues: Issue[] = [];
  const location: Location = { precision: readPrecision(row) };
  const text = (column: string): string | undefined => {
    const v = cellOf(row, column).trim();
    return v.length > 0 ? v : undefined;
  };
  const name = text('location');
  if (name !== undefined) location.name = name;
  const country = text('country');
  if (country !== undefined) location.country = country;
  const iso3 = readIso3(row);
  if (iso3 !== undefined) location.iso3 = iso3;
  else if (text('iso') !== undefined) {
    issues.push(issue('warning', 'acled_unknown_iso', `iso "${cellOf(row, 'iso')}" is not an ISO 3166-1 numeric country code`, { path: ['iso'] }));
  }
  for (const level of ['admin1', 'admin2', 'admin3'] as const) {
    const v = text(level);
    if (v !== undefined) location[level] = v;
  }
  const point = readPoint(row);
  issues.push(...point.issues);
  if (point.value !== undefined) location.point = point.value;
  if (location.precision === 'unknown' && row.geo_precision !== undefined) {
    issues.push(issue('warning', 'acled_invalid_geo_precision', `geo_precision "${row.geo_precision}" is not 1, 2 or 3; location precision is unknown`, { path: ['geo_precision'] }));
  }
  return { value: location, issues };
}

function readFatalities(row: AcledRow): { value: Count | undefined; issues: Issue[] } {
  const cell = cellOf(row, 'fatalities');
  if (cell.trim().length === 0) return { value: undefined, issues: [] };
  const n = parseIntegerCell(cell);
  if (n === undefined || n < 0) {
    return { value: undefined, issues: [issue('warning', 'acled_invalid_fatalities', `fatalities "${cell}" is not a non-negative integer; left out`, { path: ['fatalities'] })] };
  }
  return { value: { low: n, best: n, high: n }, issues: [] };
}

function readSources(row: AcledRow): Source[] {
  const id = eventIdOf(row);
  return splitList(row.source).map((publisher, i) => ({ document: `${id}#${i + 1}`, publisher }));
}

function readTags(row: AcledRow): string[] | undefined {
  const tags = splitList(row.tags);
  return tags.length > 0 ? tags : undefined;
}

function readCivilianTargeting(row: AcledRow): boolean | undefined {
  const cell = row.civilian_targeting;
  return cell === undefined ? undefined : cell.trim().length > 0;
}

function actorCells(row: AcledRow): AcledActorCells {
  return {
    actor1: cellOf(row, 'actor1'),
    assoc_actor_1: cellOf(row, 'assoc_actor_1'),
    inter1: cellOf(row, 'inter1'),
    actor2: cellOf(row, 'actor2'),
    assoc_actor_2: cellOf(row, 'assoc_actor_2'),
    inter2: cellOf(row, 'inter2'),
    interaction: cellOf(row, 'interaction'),
  };
}

/**
 * Reads one row of an ACLED CSV (any column set: the 31 current columns, older exports with
 * `data_id` / `event_id_no_cnty` / `iso3` and without `disorder_type` / `civilian_targeting` /
 * `tags`, text or numeric inter codes) into an event. Never throws; problems are issues naming the
 * file, line and column.
 *
 * - `id`: `acled:<event_id_cnty>`;
 * - `type` / `subtype`: from `event_type` + `sub_event_type` (see `ACLED_SUB_EVENT_TYPES`);
 * - `date`: `event_date` in any format of §1.6, as a range by `time_precision` (see
 *   `acledDateRange`: 1 the day, 2 the week centred on it, 3 its month);
 * - `location`: `location` (name), `country`, `iso3` from the ISO numeric `iso`, `admin1`–`3`,
 *   `point` from `latitude` / `longitude`, `precision` from `geo_precision` (1 exact, 2 near,
 *   3 region);
 * - `actors`: actor1, its `assoc_actor_1` list, actor2, its `assoc_actor_2` list; kinds from the
 *   inter codes, roles from the category (VAC and remote violence: perpetrator → victim/target;
 *   battles: two `actor`s);
 * - `fatalities`: low = best = high = `fatalities` (ACLED records one figure);
 * - `sources`: one per publisher of `source`; `notes`; `tags` (`;` list);
 *   `attributes.civilianTargeting`: any non-empty `civilian_targeting` is true (§1.5);
 * - `codes.acled`: every original cell, so {@link toAcledRow} writes an unedited event back cell
 *   for cell (and keeps `timestamp`, `region`, `source_scale` and the legacy columns).
 *
 * @example
 * ```ts
 * const { value, issues } = fromAcledRow(row, { file: 'acled.csv', line: 2 });
 * value?.id; //=> 'acled:IRQ35656'
 * ```
 */
export function fromAcledRow(row: Record<string, string>, context: AcledRowContext = {}): { value: ConflictEvent | undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const id = eventIdOf(row);
  if (eventIdCell(row).length === 0) {
    issues.push(issue('warning', 'acled_missing_event_id', `the row has no event_id_cnty; it gets the id ${id}`, { path: ['event_id_cnty'] }));
  }

  const { entry, type, subtype } = readType(row);
  if (entry === undefined) {
    issues.push(
      issue(
        'warning',
        'acled_unknown_sub_event_type',
        `event_type "${cellOf(row, 'event_type')}" / sub_event_type "${cellOf(row, 'sub_event_type')}" is not an ACLED category; the event has type other and keeps the cells`,
        { path: ['sub_event_type'] },
      ),
    );
  } else if (row.disorder_type !== undefined && row.disorder_type.trim().length > 0) {
    const given = parseAcledDisorderType(row.disorder_type);
    if (!deepEqual(given, parseAcledDisorderType(entry.disorderType))) {
      issues.push(
        issue('warning', 'acled_disorder_type_mismatch', `disorder_type "${row.disorder_type}" is not the disorder type of ${entry.subEventType} (${entry.disorderType})`, {
          path: ['disorder_type'],
        }),
      );
    }
  }

  const date = readDate(row);
  const location = readLocation(row);
  const actors = readAcledActors(actorCells(row), entry);
  const fatalities = readFatalities(row);
  issues.push(...date.issues, ...location.issues, ...actors.issues, ...fatalities.issues);

  const event: ConflictEvent = {
    id,
    type,
    date: date.value,
    location: location.value,
    actors: actors.value,
    sources: readSources(row),
    evidence: [],
  };
  if (subtype !== undefined) event.subtype = subtype;
  if (fatalities.value !== undefined) event.fatalities = fatalities.value;
  const civilianTargeting = readCivilianTargeting(row);
  if (civilianTargeting !== undefined) event.attributes = { civilianTargeting };
  const notes = cellOf(row, 'notes');
  if (notes.trim().length > 0) event.notes = notes;
  const tags = readTags(row);
  if (tags !== undefined) event.tags = tags;
  const codes: Record<string, string> = {};
  for (const [column, cell] of Object.entries(row)) if (typeof cell === 'string') codes[column] = cell;
  event.codes = { acled: codes };

  const where: { path: string[]; file?: string; line?: number; event: string } = { path: [], event: id };
  if (context.file !== undefined) where.file = context.file;
  if (context.line !== undefined) where.line = context.line;
  return { value: event, issues: withContext(issues, where) };
}

function checkOptions(options: ToAcledRowOptions): void {
  if (options.interCodes !== undefined && !(['text', 'numeric'] as const).includes(options.interCodes)) {
    throw new TypeError(`interCodes must be 'text' or 'numeric', got ${JSON.stringify(options.interCodes)}`);
  }
  if (options.dateFormat !== undefined && !DATE_FORMATS.includes(options.dateFormat)) {
    throw new TypeError(`dateFormat must be one of ${DATE_FORMATS.join(', ')}, got ${JSON.stringify(options.dateFormat)}`);
  }
  if (options.unknownFatalities !== undefined && !(['empty', 'zero'] as const).includes(options.unknownFatalities)) {
    throw new TypeError(`unknownFatalities must be 'empty' or 'zero', got ${JSON.stringify(options.unknownFatalities)}`);
  }
  if (options.civilianTargeting?.trim().length === 0) {
    throw new TypeError('civilianTargeting must be a non-empty text');
  }
}

/**
 * The original row when it has all the columns of a cell group and reads back to the same value as
 * the event holds now, else `undefined` (the group is then derived from the event).
 */
function unchanged<T>(original: AcledRow | undefined, columns: readonly string[], read: (row: AcledRow) => T, current: T): AcledRow | undefined {
  if (original === undefined || columns.some((c) => original[c] === undefined)) return undefined;
  return deepEqual(read(original), current) ? original : undefined;
}

const DATE_CELLS = ['event_date', 'year', 'time_precision'];
const TYPE_CELLS = ['event_type', 'sub_event_type'];
const ACTOR_CELLS = ['actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction'];

function pick(original: AcledRow, columns: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c, cellOf(original, c)]));
}

function dateKey(date: EventDate): { start: string | undefined; end: string | undefined; precision: string } {
  return { start: date.start, end: date.end, precision: date.precision };
}

function interFormat(original: AcledRow | undefined, options: ToAcledRowOptions): AcledInterFormat {
  if (options.interCodes !== undefined) return options.interCodes;
  if (original !== undefined) {
    for (const column of ['inter1', 'inter2', 'interaction']) {
      const f = parseAcledInter(cellOf(original, column)).format;
      if (f === 'text' || f === 'numeric') return f;
    }
  }
  return 'text';
}

/**
 * Writes an event as a row of an ACLED CSV: the 31 columns of {@link ACLED_COLUMNS} in order,
 * then any other column of the event's original ACLED row (legacy `data_id`, `iso3`, …).
 *
 * Every cell is derived from the event's fields (type, date, actors, location, fatalities,
 * sources, notes, tags, attributes). An event imported with {@link fromAcledRow} keeps its
 * original cells in `codes.acled`; a cell group whose value the event still holds is written with
 * its original text (so `36.3400`, legacy date formats and numeric inter codes survive), and an
 * edited field is written from the new value. Columns the event does not model (`timestamp`,
 * `source_scale`, `region`, legacy columns) come from `codes.acled`, or are blank.
 *
 * Derived values follow the codebook: `event_date` is the one day ACLED would code (the
 * midpoint of a week or month, see `acledEventDate`) with `time_precision` 1–3; the category
 * follows `toAcledCategory`; `interaction` is computed from the two inter codes; `fatalities` is
 * the lowest figure of the count; `geo_precision` follows `toAcledGeoPrecision`. Where the event
 * lacks the data the cell is blank, never invented. Use `checkAcledExport` to list what an
 * event loses in this layout.
 *
 * @throws {TypeError} for invalid options.
 * @example
 * ```ts
 * const row = toAcledRow(event, { interCodes: 'numeric' });
 * row.event_type; //=> 'Violence against civilians'
 * ```
 */
export function toAcledRow(event: ConflictEvent, options: ToAcledRowOptions = {}): Record<string, string> {
  checkOptions(options);
  const original = event.codes?.acled;
  const out: Record<string, string> = {};

  // Identifier.
  if (original?.event_id_cnty !== undefined && eventIdOf(original) === event.id) out.event_id_cnty = original.event_id_cnty;
  else out.event_id_cnty = event.id.startsWith('acled:') ? event.id.slice('acled:'.length) : (original?.event_id_cnty ?? event.id);

  // Date.
  const sameDate = unchanged(original, DATE_CELLS, (r) => dateKey(readDate(r).value), dateKey(event.date));
  if (sameDate !== undefined) {
    Object.assign(out, pick(sameDate, DATE_CELLS));
  } else {
    const day = acledEventDate(event.date);
    const originalFormat = original === undefined ? undefined : parseAcledDate(cellOf(original, 'event_date'))?.format;
    const format = options.dateFormat ?? originalFormat ?? 'YYYY-MM-DD';
    const tp = toAcledTimePrecision(event.date.precision);
    const sameYear = event.date.start !== undefined && event.date.start.slice(0, 4) === event.date.end?.slice(0, 4) ? event.date.start.slice(0, 4) : '';
    out.event_date = day === undefined ? '' : formatAcledDate(day, format);
    out.year = keepIfSame(original?.year, day?.slice(0, 4) ?? sameYear, parseIntegerCell);
    out.time_precision = day === undefined || tp === undefined ? '' : keepIfSame(original?.time_precision, String(tp), parseIntegerCell);
  }

  // Category.
  const category = toAcledCategory(event);
  const sameType = unchanged(original, TYPE_CELLS, (r) => [readType(r).type, readType(r).subtype], [event.type, event.subtype]);
  if (sameType !== undefined) {
    Object.assign(out, pick(sameType, TYPE_CELLS));
    // Older files have no disorder_type: derive it.
    out.disorder_type = sameType.disorder_type ?? category?.disorderType ?? '';
  } else if (category !== undefined) {
    out.disorder_type = category.disorderType;
    out.event_type = category.eventType;
    out.sub_event_type = category.subEventType;
  } else {
    // No ACLED category for this event. When the original row's category was not one ACLED
    // defines (kept as type other), its cells are unmodelled: keep them; otherwise blank.
    const unmodelled = original !== undefined && readType(original).entry === undefined;
    out.disorder_type = unmodelled ? (original.disorder_type ?? '') : '';
    out.event_type = unmodelled ? (original.event_type ?? '') : '';
    out.sub_event_type = unmodelled ? (original.sub_event_type ?? '') : '';
  }

  // Actors.
  const sameActors = unchanged(original, ACTOR_CELLS, (r) => readAcledActors(actorCells(r), readType(r).entry).value, event.actors);
  if (sameActors !== undefined) {
    Object.assign(out, pick(sameActors, ACTOR_CELLS));
  } else {
    Object.assign(out, writeAcledActors(event.actors, interFormat(original, options)).cells);
  }

  // Civilian targeting.
  const sameTargeting = unchanged(original, ['civilian_targeting'], readCivilianTargeting, event.attributes?.civilianTargeting);
  if (sameTargeting !== undefined) {
    out.civilian_targeting = cellOf(sameTargeting, 'civilian_targeting');
  } else {
    const literal = options.civilianTargeting ?? (original?.civilian_targeting?.trim() || undefined) ?? 'Civilian targeting';
    out.civilian_targeting = category?.civilianTargeting === true ? literal : '';
  }

  // Location.
  const location = event.location;
  const iso = location.iso3 === undefined ? undefined : isoNumericFromIso3(location.iso3);
  out.iso = iso === undefined ? '' : keepIfSame(original?.iso, String(iso), parseIntegerCell);
  out.region =
    original !== undefined && readIso3(original) === location.iso3 && original.region !== undefined
      ? original.region
      : location.iso3 === undefined
        ? ''
        : (acledRegionOf(location.iso3) ?? '');
  out.country = location.country ?? '';
  out.admin1 = location.admin1 ?? '';
  out.admin2 = location.admin2 ?? '';
  out.admin3 = location.admin3 ?? '';
  out.location = location.name ?? '';
  const samePoint = unchanged(original, ['latitude', 'longitude'], (r) => readPoint(r).value, location.point);
  if (samePoint !== undefined) {
    Object.assign(out, pick(samePoint, ['latitude', 'longitude']));
  } else {
    out.latitude = location.point === undefined ? '' : formatDecimal(location.point.lat, 4);
    out.longitude = location.point === undefined ? '' : formatDecimal(location.point.lon, 4);
  }
  const samePrecision = unchanged(original, ['geo_precision'], readPrecision, location.precision);
  if (samePrecision !== undefined) {
    out.geo_precision = cellOf(samePrecision, 'geo_precision');
  } else {
    const geo = toAcledGeoPrecision(location.precision);
    out.geo_precision = geo === undefined ? '' : String(geo);
  }

  // Sources, notes, fatalities, tags.
  const sameSources = unchanged(original, ['source'], readSources, event.sources);
  if (sameSources !== undefined) {
    out.source = cellOf(sameSources, 'source');
  } else {
    out.source = [...new Set(event.sources.map((s) => s.publisher?.trim()).filter((p): p is string => p !== undefined && p.length > 0))].join('; ');
  }
  out.source_scale = original?.source_scale ?? '';
  out.notes = event.notes ?? '';
  const sameFatalities = unchanged(original, ['fatalities'], (r) => readFatalities(r).value, event.fatalities);
  if (sameFatalities !== undefined) {
    out.fatalities = cellOf(sameFatalities, 'fatalities');
  } else {
    const f = event.fatalities;
    const lowest = f === undefined ? undefined : (f.low ?? f.best ?? f.high);
    out.fatalities = lowest !== undefined ? String(lowest) : options.unknownFatalities === 'zero' ? '0' : '';
  }
  const sameTags = unchanged(original, ['tags'], readTags, event.tags);
  if (sameTags !== undefined) {
    out.tags = cellOf(sameTags, 'tags');
  } else {
    out.tags = (event.tags ?? []).join('; ');
  }
  out.timestamp = original?.timestamp ?? '';

  // Columns of the original row beyond the current 31 (legacy and population columns).
  const ordered: Record<string, string> = {};
  for (const column of ACLED_COLUMNS) ordered[column] = out[column] ?? '';
  if (original !== undefined) {
    for (const [column, cell] of Object.entries(original)) {
      if (column in ordered) continue;
      if (column === 'iso3') ordered.iso3 = unchanged(original, ['iso3'], readIso3, location.iso3) !== undefined ? cell : (location.iso3 ?? '');
      else ordered[column] = cell;
    }
  }
  return ordered;
}
