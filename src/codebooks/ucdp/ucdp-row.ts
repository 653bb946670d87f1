import type { Actor } from '../../schema/actor.js';
import type { Count } from '../../schema/count.js';
import type { EventDate } from '../../schema/date.js';
import type { ConflictEvent } from '../../schema/event.js';
import { type Issue, issue, withContext } from '../../schema/issue.js';
import type { Location, LocationPrecision, Point } from '../../schema/location.js';
import type { Source } from '../../schema/source.js';
import { hashString } from '../../util/stable-id.js';
import { isCalendarDate } from '../common/calendar.js';
import { keepIfSame, parseDecimalCell, parseIntegerCell } from '../common/cells.js';
import { gleditschWardFromIso3, iso3FromGleditschWard } from '../common/countries.js';
import { deepEqual } from '../common/equal.js';
import { groupActors } from '../common/actor-groups.js';
import { UCDP_GED_COLUMNS } from './columns.js';
import { fromUcdpDatePrec, fromUcdpWherePrec, toUcdpDatePrec, toUcdpWherePrec } from './precision.js';
import { fromUcdpViolenceType, toUcdpViolenceType, ucdpSide } from './violence-type.js';

/**
 * A row of a UCDP GED CSV: column name → cell text.
 *
 * @example
 * ```ts
 * const row: UcdpRow = { id: '300380', type_of_violence: '1', date_start: '2013-01-03 00:00:00.000' };
 * ```
 */
export type UcdpRow = Record<string, string>;

/**
 * Where a row came from, for the issues of {@link fromUcdpRow}.
 *
 * @example
 * ```ts
 * fromUcdpRow(row, { file: 'ged.csv', line: 2 } satisfies UcdpRowContext);
 * ```
 */
export interface UcdpRowContext {
  /** The file the row was read from. */
  file?: string;
  /** The 1-based line of the row in that file. */
  line?: number;
}

/**
 * Options of {@link toUcdpRow}.
 *
 * @example
 * ```ts
 * const options: ToUcdpRowOptions = { dateFormat: 'date' };
 * ```
 */
export interface ToUcdpRowOptions {
  /**
   * How to write `date_start` / `date_end`: `datetime` (`2013-01-03 00:00:00.000`, the form of
   * UCDP's CSV) or `date` (`2013-01-03`). Default: as in the event's original row, else
   * `datetime`.
   */
  dateFormat?: 'datetime' | 'date';
}

const TIME_SUFFIX = ' 00:00:00.000';

function cellOf(row: UcdpRow, column: string): string {
  return row[column] ?? '';
}

function eventIdOf(row: UcdpRow): string {
  const cell = cellOf(row, 'id').trim();
  return cell.length > 0 ? `ucdp:${cell}` : `ucdp:row-${hashString(JSON.stringify(Object.entries(row)))}`;
}

/** Reads `2013-01-03 00:00:00.000`, `2013-01-03T00:00:00Z` or `2013-01-03` into a date. */
function parseUcdpDate(cell: string): { date: string; format: 'datetime' | 'date' } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:([ T])00:00(?::00(?:\.0+)?)?Z?)?$/.exec(cell.trim());
  if (m === null || !isCalendarDate(m[1] ?? '')) return undefined;
  return { date: m[1] as string, format: m[2] === undefined ? 'date' : 'datetime' };
}

function readDate(row: UcdpRow): { value: EventDate; issues: Issue[] } {
  const startCell = cellOf(row, 'date_start');
  const endCell = cellOf(row, 'date_end');
  const start = parseUcdpDate(startCell)?.date;
  const end = parseUcdpDate(endCell)?.date;
  const precCell = row.date_prec;
  const precision = fromUcdpDatePrec(parseIntegerCell(precCell) ?? Number.NaN);
  const raw = [startCell, endCell].filter((c) => c.trim().length > 0).join(' – ');
  if (start === undefined || end === undefined || start > end) {
    const why = start === undefined || end === undefined ? 'is not a date' : 'is an unordered range';
    return {
      value: raw.length > 0 ? { precision: 'unknown', text: raw } : { precision: 'unknown' },
      issues: [issue('warning', 'ucdp_invalid_date', `date_start "${startCell}" / date_end "${endCell}" ${why}; kept as text with precision unknown`, { path: ['date_start'] })],
    };
  }
  const issues: Issue[] = [];
  if (precision === undefined) {
    issues.push(issue('warning', 'ucdp_invalid_date_prec', `date_prec "${precCell ?? ''}" is not 1–5; the precision is unknown`, { path: ['date_prec'] }));
    return { value: { start, end, precision: 'unknown' }, issues };
  }
  if (precision === 'day' && start !== end) {
    issues.push(issue('warning', 'ucdp_date_prec_mismatch', `date_prec 1 (exact day) but date_start ${start} differs from date_end ${end}`, { path: ['date_prec'] }));
  }
  return { value: { start, end, precision }, issues };
}

function readSides(row: UcdpRow): Actor[] {
  const violence = parseIntegerCell(row.type_of_violence);
  const actors: Actor[] = [];
  for (const side of ['a', 'b'] as const) {
    const name = cellOf(row, `side_${side}`).trim();
    if (name.length === 0) continue;
    const { kind, role } = ucdpSide(name, side, violence);
    const actor: Actor = { name, role };
    if (kind !== undefined) actor.kind = kind;
    actors.push(actor);
  }
  return actors;
}

/**
 * The point of a row. `latitude` / `longitude` are authoritative (a real GED row has a `geom_wkt`
 * with the wrong sign of latitude, while its `priogrid_gid` follows the columns); `geom_wkt` often
 * has one more digit than the columns, which are truncated to six decimals, so its values are
 * used when they agree with the columns to within 1e-5.
 */
function readPoint(row: UcdpRow): Point | undefined {
  const lat = parseDecimalCell(row.latitude);
  const lon = parseDecimalCell(row.longitude);
  if (lat === undefined || lon === undefined || lat < -90 || lat > 90 || lon < -180 || lon > 180) return undefined;
  const wkt = wktPoint(row);
  if (wkt !== undefined && Math.abs(wkt.lat - lat) < 1e-5 && Math.abs(wkt.lon - lon) < 1e-5) return wkt;
  return { lat, lon };
}

function wktPoint(row: UcdpRow): Point | undefined {
  const m = /^POINT\s*\(\s*(\S+)\s+(\S+)\s*\)$/i.exec(cellOf(row, 'geom_wkt').trim());
  if (m === null) return undefined;
  const lon = parseDecimalCell(m[1]);
  const lat = parseDecimalCell(m[2]);
  return lat === undefined || lon === undefined ? undefined : { lat, lon };
}

function readPrecision(row: UcdpRow): LocationPrecision {
  const code = parseIntegerCell(row.where_prec);
  return (code === undefined ? undefined : fromUcdpWherePrec(code)) ?? 'unknown';
}

function readIso3(row: UcdpRow): string | undefined {
  const gw = parseIntegerCell(row.country_id);
  return gw === undefined ? undefined : iso3FromGleditschWard(gw);
}

function readLocation(row: UcdpRow): { value: Location; issues: Issue[] } {
  const issues: Issue[] = [];
  const location: Location = { precision: readPrecision(row) };
  const text = (column: string): string | undefined => {
    const v = cellOf(row, column).trim();
    return v.length > 0 ? v : undefined;
  };
  const name = text('where_coordinates');
  if (name !== undefined) location.name = name;
  const country = text('country');
  if (country !== undefined) location.country = country;
  const iso3 = readIso3(row);
  if (iso3 !== undefined) location.iso3 = iso3;
  else if (text('country_id') !== undefined) {
    issues.push(issue('warning', 'ucdp_unknown_country_id', `country_id "${cellOf(row, 'country_id')}" is not a known Gleditsch–Ward number`, { path: ['country_id'] }));
  }
  const admin1 = text('adm_1');
  if (admin1 !== undefined) location.admin1 = admin1;
  const admin2 = text('adm_2');
  if (admin2 !== undefined) location.admin2 = admin2;
  const point = readPoint(row);
  if (point !== undefined) {
    location.point = point;
    const wkt = wktPoint(row);
    if (wkt !== undefined && (Math.abs(wkt.lat - point.lat) >= 1e-5 || Math.abs(wkt.lon - point.lon) >= 1e-5)) {
      issues.push(
        issue('warning', 'ucdp_geom_mismatch', `geom_wkt "${cellOf(row, 'geom_wkt')}" does not match latitude ${point.lat} / longitude ${point.lon}; the columns are used`, {
          path: ['geom_wkt'],
        }),
      );
    }
  } else if (text('latitude') !== undefined || text('longitude') !== undefined) {
    issues.push(issue('warning', 'ucdp_invalid_coordinates', `latitude "${cellOf(row, 'latitude')}" / longitude "${cellOf(row, 'longitude')}" are not WGS84 coordinates; the point is left out`, { path: ['latitude'] }));
  }
  const description = text('where_description');
  if (description !== undefined) location.text = description;
  if (location.precision === 'unknown' && row.where_prec !== undefined) {
    issues.push(issue('warning', 'ucdp_invalid_where_prec', `where_prec "${row.where_prec}" is not 1–7; location precision is unknown`, { path: ['where_prec'] }));
  }
  return { value: location, issues };
}

function readFatalities(row: UcdpRow): { value: Count | undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const count: Count = {};
  for (const column of ['low', 'best', 'high'] as const) {
    const cell = cellOf(row, column);
    if (cell.trim().length === 0) continue;
    const n = parseIntegerCell(cell);
    if (n === undefined || n < 0) {
      issues.push(issue('warning', 'ucdp_invalid_count', `${column} "${cell}" is not a non-negative integer; left out`, { path: [column] }));
      continue;
    }
    count[column] = n;
  }
  const { low, best, high } = count;
  if ((low !== undefined && best !== undefined && low > best) || (best !== undefined && high !== undefined && best > high)) {
    issues.push(issue('warning', 'count_unordered', `fatalities are not ordered: low ${cellOf(row, 'low')}, best ${cellOf(row, 'best')}, high ${cellOf(row, 'high')} (kept as given)`, { path: ['best'] }));
  }
  return { value: Object.keys(count).length > 0 ? count : undefined, issues };
}

function readSources(row: UcdpRow): Source[] {
  const id = eventIdOf(row);
  const offices = cellOf(row, 'source_office').split(';');
  if (cellOf(row, 'source_office').trim().length === 0) {
    // Older events: only a citation in source_article, no structured fields.
    const article = cellOf(row, 'source_article').trim();
    return article.length > 0 ? [{ document: `${id}#1`, title: article }] : [];
  }
  const dates = cellOf(row, 'source_date').split(';');
  const headlines = cellOf(row, 'source_headline').split(';');
  return offices.map((office, i) => {
    const source: Source = { document: `${id}#${i + 1}` };
    const publisher = office.trim();
    if (publisher.length > 0) source.publisher = publisher;
    const date = dates.length === offices.length ? dates[i]?.trim() : undefined;
    if (date !== undefined && isCalendarDate(date)) source.published = date;
    const title = headlines.length === offices.length ? headlines[i]?.trim() : undefined;
    if (title !== undefined && title.length > 0) source.title = title;
    return source;
  });
}

function pick(original: UcdpRow, columns: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c, cellOf(original, c)]));
}

/**
 * The original row when it has all the columns of a cell group and reads back to the same value as
 * the event holds now, else `undefined` (the group is then derived from the event).
 */
function unchanged<T>(original: UcdpRow | undefined, columns: readonly string[], read: (row: UcdpRow) => T, current: T): UcdpRow | undefined {
  if (original === undefined || columns.some((c) => original[c] === undefined)) return undefined;
  return deepEqual(read(original), current) ? original : undefined;
}

const DATE_CELLS = ['year', 'date_prec', 'date_start', 'date_end'];
const SIDE_CELLS = ['type_of_violence', 'side_a', 'side_b'];
const SOURCE_CELLS = ['number_of_sources', 'source_article', 'source_office', 'source_date', 'source_headline'];
const POINT_CELLS = ['latitude', 'longitude', 'geom_wkt', 'priogrid_gid'];
const COUNT_CELLS = ['best', 'high', 'low', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown'];

/**
 * The PRIO-GRID cell id of a point: 0.5° cells numbered row by row from (−90, −180), 720 per row,
 * starting at 1.
 *
 * @example
 * ```ts
 * prioGridId({ lat: 35.763369, lon: 36.558974 }); //=> 181154
 * ```
 */
export function prioGridId(point: Point): number {
  const row = Math.min(359, Math.floor((point.lat + 90) / 0.5));
  const col = Math.min(719, Math.floor((point.lon + 180) / 0.5));
  return row * 720 + col + 1;
}

/** UCDP's region of a Gleditsch–Ward number (GW numbering is by region). */
function ucdpRegionOf(gw: number): string | undefined {
  if (gw >= 2 && gw < 200) return 'Americas';
  if (gw >= 200 && gw < 400) return 'Europe';
  if (gw >= 400 && gw < 630) return 'Africa';
  if (gw >= 630 && gw < 700) return 'Middle East';
  if (gw >= 700 && gw < 1000) return 'Asia';
  return undefined;
}

/**
 * Reads one row of a UCDP GED CSV (the 49 columns) into an event. Never throws; problems are
 * issues naming the file, line and column.
 *
 * - `id`: `ucdp:<id>`; `type`: `armed_clash` (type_of_violence 1, 2) or `attack` (3);
 * - `date`: `date_start`–`date_end` (`YYYY-MM-DD 00:00:00.000` or a plain date), precision from
 *   `date_prec` (1 day, 2 days, 3 week, 4 month, 5 year);
 * - `location`: `where_coordinates` (name), `where_description` (text), `adm_1`, `adm_2`,
 *   `country`, `iso3` from the Gleditsch–Ward `country_id`, `point` from `latitude` /
 *   `longitude` (with the extra digit of `geom_wkt`, longitude first, when the two agree; a
 *   warning when they do not), `precision` from `where_prec`;
 * - `actors`: side a and side b; "Government of X" is state forces, "Civilians" civilians; roles
 *   `actor` / `actor` (types 1, 2) or `perpetrator` / `victim` (type 3);
 * - `fatalities`: `low` / `best` / `high` as given (real rows break `low ≤ best ≤ high`: a
 *   warning, not an error);
 * - `sources`: one per `source_office` item, with `source_date` and `source_headline` when the
 *   lists line up; older events (`number_of_sources` −1) get one source whose title is the
 *   `source_article` citation;
 * - `codes.ucdp`: every original cell (`relid`, conflict and dyad ids, `deaths_*`, `gwnoa`…), so
 *   {@link toUcdpRow} writes an unedited event back cell for cell.
 *
 * @example
 * ```ts
 * const { value } = fromUcdpRow(row, { file: 'ged.csv', line: 2 });
 * value?.id; //=> 'ucdp:300380'
 * ```
 */
export function fromUcdpRow(row: Record<string, string>, context: UcdpRowContext = {}): { value: ConflictEvent | undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const id = eventIdOf(row);
  if (cellOf(row, 'id').trim().length === 0) {
    issues.push(issue('warning', 'ucdp_missing_id', `the row has no id; it gets the id ${id}`, { path: ['id'] }));
  }
  const violence = parseIntegerCell(row.type_of_violence);
  const type = violence === undefined ? undefined : fromUcdpViolenceType(violence);
  if (type === undefined) {
    issues.push(issue('warning', 'ucdp_invalid_type_of_violence', `type_of_violence "${cellOf(row, 'type_of_violence')}" is not 1, 2 or 3; the event has type other`, { path: ['type_of_violence'] }));
  }
  const date = readDate(row);
  const location = readLocation(row);
  const fatalities = readFatalities(row);
  issues.push(...date.issues, ...location.issues, ...fatalities.issues);

  const event: ConflictEvent = {
    id,
    type: type ?? 'other',
    date: date.value,
    location: location.value,
    actors: readSides(row),
    sources: readSources(row),
    evidence: [],
  };
  if (fatalities.value !== undefined) event.fatalities = fatalities.value;
  const codes: Record<string, string> = {};
  for (const [column, cell] of Object.entries(row)) if (typeof cell === 'string') codes[column] = cell;
  event.codes = { ucdp: codes };

  const where: { path: string[]; file?: string; line?: number; event: string } = { path: [], event: id };
  if (context.file !== undefined) where.file = context.file;
  if (context.line !== undefined) where.line = context.line;
  return { value: event, issues: withContext(issues, where) };
}

function dateKey(date: EventDate): { start: string | undefined; end: string | undefined; precision: string } {
  return { start: date.start, end: date.end, precision: date.precision };
}

function sidesOf(event: ConflictEvent): { a: Actor | undefined; b: Actor | undefined } {
  const groups = groupActors(event.actors).filter((g) => g.main !== undefined && g.role !== 'claimant' && g.role !== 'other');
  const first = groups.find((g) => g.role === 'perpetrator' || g.role === 'actor');
  const second = groups.find((g) => g !== first && (g.role === 'victim' || g.role === 'target')) ?? groups.find((g) => g !== first);
  return { a: first?.main, b: second?.main };
}

/**
 * Writes an event as a row of a UCDP GED CSV: the 49 columns of {@link UCDP_GED_COLUMNS} in
 * order. As with `toAcledRow`, every cell is derived from the event's fields, and the original
 * text of an imported row (`codes.ucdp`) is kept for each group of cells whose value the event
 * still holds, so an unedited event reproduces its row cell for cell. Columns the event does not
 * model (`relid`, conflict and dyad ids, `active_year`, `code_status`, `event_clarity`,
 * `source_original`, `gwnoa`, `gwnob`) come from `codes.ucdp`, or are blank.
 *
 * Derived cells: `type_of_violence` from the actors (see `toUcdpViolenceType`); `side_a` the
 * first perpetrator or two-sided actor, `side_b` the first victim or target, else the next
 * actor; `where_prec` / `date_prec` from the precisions; `geom_wkt` as `POINT (lon lat)`;
 * `priogrid_gid` from the point; `country_id` and `region` from `iso3`; `low` / `best` / `high`
 * from the fatality count; `deaths_*`: the original breakdown while it still adds up to `best`;
 * when `best` changed but still covers `deaths_a` + `deaths_b` + `deaths_civilians`, those are kept
 * and `deaths_unknown` takes the rest; otherwise they are blank and all of `best` is in
 * `deaths_unknown` (the categories are not known); `number_of_sources` and the `source_*` lists from the sources
 * (`-1`, UCDP's "not recorded", when there are none).
 *
 * @throws {TypeError} for invalid options.
 * @example
 * ```ts
 * toUcdpRow(event).geom_wkt; //=> 'POINT (36.558974 35.763369)'
 * ```
 */
export function toUcdpRow(event: ConflictEvent, options: ToUcdpRowOptions = {}): Record<string, string> {
  if (options.dateFormat !== undefined && !(['datetime', 'date'] as const).includes(options.dateFormat)) {
    throw new TypeError(`dateFormat must be 'datetime' or 'date', got ${JSON.stringify(options.dateFormat)}`);
  }
  const original = event.codes?.ucdp;
  const keep = (column: string): string => original?.[column] ?? '';
  const out: Record<string, string> = {};
  for (const column of UCDP_GED_COLUMNS) out[column] = keep(column);

  if (original?.id !== undefined && eventIdOf(original) === event.id) out.id = original.id;
  else out.id = event.id.startsWith('ucdp:') ? event.id.slice('ucdp:'.length) : (original?.id ?? event.id);

  // Date.
  const sameDate = unchanged(original, DATE_CELLS, (r) => dateKey(readDate(r).value), dateKey(event.date));
  if (sameDate !== undefined) {
    Object.assign(out, pick(sameDate, DATE_CELLS));
  } else {
    const format = options.dateFormat ?? (original === undefined ? undefined : parseUcdpDate(cellOf(original, 'date_start'))?.format) ?? 'datetime';
    const write = (d: string | undefined): string => (d === undefined ? '' : format === 'datetime' ? `${d}${TIME_SUFFIX}` : d);
    const prec = toUcdpDatePrec(event.date.precision);
    out.date_start = write(event.date.start);
    out.date_end = write(event.date.end);
    out.date_prec = prec === undefined ? '' : String(prec);
    out.year = event.date.start === undefined ? '' : keepIfSame(original?.year, String(Number(event.date.start.slice(0, 4))), parseIntegerCell);
  }

  // Sides and type of violence.
  const sameSides = unchanged(original, SIDE_CELLS, readSides, event.actors);
  if (sameSides !== undefined) {
    Object.assign(out, pick(sameSides, SIDE_CELLS));
  } else {
    const violence = toUcdpViolenceType(event);
    const { a, b } = sidesOf(event);
    out.type_of_violence = violence === undefined ? '' : String(violence);
    out.side_a = a?.name ?? '';
    out.side_b = b?.name ?? '';
  }

  // Sources.
  const sameSources = unchanged(original, SOURCE_CELLS, readSources, event.sources);
  if (sameSources !== undefined) {
    Object.assign(out, pick(sameSources, SOURCE_CELLS));
  } else {
    const sources = event.sources;
    const published = (s: Source): string => s.published?.slice(0, 10) ?? '';
    out.number_of_sources = sources.length > 0 ? String(sources.length) : '-1';
    out.source_office = sources.map((s) => s.publisher ?? '').join(';');
    out.source_date = sources.map(published).join(';');
    out.source_headline = sources.map((s) => s.title ?? '').join(';');
    out.source_article = sources.map((s) => `"${[s.publisher ?? '', published(s), s.title ?? ''].join(',').replace(/"/g, "'")}"`).join(';');
    if (sources.every((s) => s.publisher === undefined && s.published === undefined && s.title === undefined)) {
      out.source_office = '';
      out.source_date = '';
      out.source_headline = '';
      out.source_article = '';
    }
  }

  // Location.
  const location = event.location;
  const samePrecision = unchanged(original, ['where_prec'], readPrecision, location.precision);
  if (samePrecision !== undefined) out.where_prec = cellOf(samePrecision, 'where_prec');
  else {
    const prec = toUcdpWherePrec(location.precision);
    out.where_prec = prec === undefined ? '' : String(prec);
  }
  out.where_coordinates = location.name ?? '';
  out.where_description = location.text ?? '';
  out.adm_1 = location.admin1 ?? '';
  out.adm_2 = location.admin2 ?? '';
  const samePoint = unchanged(original, ['latitude', 'longitude'], readPoint, location.point);
  if (samePoint !== undefined) {
    Object.assign(out, pick(samePoint, POINT_CELLS));
  } else if (location.point === undefined) {
    out.latitude = '';
    out.longitude = '';
    out.geom_wkt = '';
    out.priogrid_gid = '';
  } else {
    const { lat, lon } = location.point;
    out.latitude = String(lat);
    out.longitude = String(lon);
    out.geom_wkt = `POINT (${lon} ${lat})`;
    out.priogrid_gid = keepIfSame(original?.priogrid_gid, String(prioGridId(location.point)), parseIntegerCell);
  }
  out.country = location.country ?? '';
  const sameCountry = unchanged(original, ['country_id'], readIso3, location.iso3);
  if (sameCountry === undefined) {
    const gw = location.iso3 === undefined ? undefined : gleditschWardFromIso3(location.iso3);
    out.country_id = gw === undefined ? '' : String(gw);
    out.region = gw === undefined ? '' : (ucdpRegionOf(gw) ?? '');
  }

  // Fatalities.
  const f = event.fatalities;
  const sameCount = unchanged(original, ['best', 'high', 'low'], (r) => readFatalities(r).value, f);
  if (sameCount !== undefined) {
    Object.assign(out, pick(sameCount, COUNT_CELLS));
  } else {
    out.low = f?.low === undefined ? '' : keepIfSame(original?.low, String(f.low), parseIntegerCell);
    out.best = f?.best === undefined ? '' : keepIfSame(original?.best, String(f.best), parseIntegerCell);
    out.high = f?.high === undefined ? '' : keepIfSame(original?.high, String(f.high), parseIntegerCell);
    Object.assign(out, deathsBreakdown(original, f?.best));
  }
  return out;
}

/** The `deaths_*` cells for a best estimate, keeping the original breakdown where it still fits. */
function deathsBreakdown(original: UcdpRow | undefined, best: number | undefined): Record<string, string> {
  const blank = { deaths_a: '', deaths_b: '', deaths_civilians: '', deaths_unknown: best === undefined ? '' : String(best) };
  if (original === undefined || best === undefined) return blank;
  const parts = ['deaths_a', 'deaths_b', 'deaths_civilians'].map((c) => parseIntegerCell(original[c]));
  const unknown = parseIntegerCell(original.deaths_unknown);
  if (parts.some((p) => p === undefined || p < 0) || unknown === undefined) return blank;
  const known = (parts as number[]).reduce((s, n) => s + n, 0);
  if (known + unknown === best) return pick(original, ['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown']);
  if (known > best) return blank;
  return { ...pick(original, ['deaths_a', 'deaths_b', 'deaths_civilians']), deaths_unknown: String(best - known) };
}
