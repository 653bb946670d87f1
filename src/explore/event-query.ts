import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Actor, ActorRole } from '../schema/actor.js';
import { CalendarDateSchema, type DatePrecision, DatePrecisionSchema } from '../schema/date.js';
import type { ConflictEvent } from '../schema/event.js';
import { type EventType, EventTypeSchema } from '../schema/event-type.js';
import { type LocationPrecision, LocationPrecisionSchema } from '../schema/location.js';
import { nameKeys, nameMatchKey } from './match-keys.js';
import { datePrecisionAtLeast, locationPrecisionAtLeast } from './precision.js';
import { typeFamily } from './type-family.js';
import { resolveActor } from '../resolve/actor/resolve-actor.js';
import { nameSkeleton } from '../text/name-key.js';

/**
 * One value or several; several mean "any of these".
 *
 * @example
 * ```ts
 * const one: OneOrMany<string> = 'SYR';
 * const many: OneOrMany<string> = ['SYR', 'IRQ'];
 * ```
 */
export type OneOrMany<T> = T | readonly T[];

/**
 * How a date range selects events whose own date is a range:
 * - `overlap` (the default): the event may have happened in the range: its `[start, end]`
 *   shares at least one day with `[from, to]`. An event dated "January 2021" is found by a
 *   query for 10–20 January. Nothing that could belong is left out.
 * - `within`: the event certainly happened in the range: its whole `[start, end]` lies inside.
 * - `start`: the event's start date lies in the range; the rule the grouping functions use,
 *   so that a filtered count adds up with `countBy(…, 'month')`.
 *
 * An event whose date has no start or no end (precision `unknown`) never matches a date range.
 *
 * @example
 * ```ts
 * filterEvents(events, { from: '2021-01-01', to: '2021-01-31', dateMode: 'within' });
 * ```
 */
export type DateRangeMode = 'overlap' | 'within' | 'start';

/**
 * An actor to look for: a canonical id (`isis`) or a name (`Islamic State`, `داعش`), in any
 * role or in the given roles. A name the built-in actor registry knows also finds the events whose
 * actor was resolved to that registry actor, whatever name the report used.
 *
 * @example
 * ```ts
 * const who: ActorQuery = { actor: 'isis', role: ['perpetrator', 'claimant'] };
 * ```
 */
export interface ActorQuery {
  /** Canonical id or name. Names compare after folding case, diacritics and the Arabic article; a trailing qualifier in parentheses may be left out (`Military Forces of Syria` finds `Military Forces of Syria (2000-)`). */
  actor: string;
  /** Only in these roles. Default: any role. */
  role?: OneOrMany<ActorRole>;
  /** Also match associated actors (ACLED assoc_actor). Default true. */
  associated?: boolean;
}

/**
 * A question asked of a dataset, as plain data. Every field is optional; the fields given must
 * all hold (AND); a field given a list holds when any of its values does (OR).
 *
 * @example
 * ```ts
 * const q: EventQuery = {
 *   type: 'attack',                       // attacks and every kind of attack (assassinations, bombings…)
 *   actor: { actor: 'isis', role: 'perpetrator' },
 *   country: 'SYR',
 *   from: '2021-01-01', to: '2021-03-31', // overlapping the first quarter
 *   minLocationPrecision: 'admin2',
 * };
 * ```
 */
export interface EventQuery {
  /** Event types; a type includes the types that are kinds of it (see `typeFamily`). */
  type?: OneOrMany<EventType>;
  /** Exact event types, without the kinds of them. */
  exactType?: OneOrMany<EventType>;
  /** Subtypes (`suicide_bomb`, `peaceful`…), compared exactly. */
  subtype?: OneOrMany<string>;
  /** Actors: an id or a name in any role, or an {@link ActorQuery}. */
  actor?: OneOrMany<string | ActorQuery>;
  /** Country: ISO 3166-1 alpha-3 code (`SYR`) or name (`Syria`). */
  country?: OneOrMany<string>;
  /** First-level administrative unit, by name (`Deir ez-Zor`, `Dayr az Zawr` does not fold to it: use the dataset's spelling). */
  admin1?: OneOrMany<string>;
  /** Second-level administrative unit, by name. */
  admin2?: OneOrMany<string>;
  /** First day of the date range, `YYYY-MM-DD` (inclusive). */
  from?: string;
  /** Last day of the date range, `YYYY-MM-DD` (inclusive). */
  to?: string;
  /** How the date range selects events; default `overlap` (see {@link DateRangeMode}). */
  dateMode?: DateRangeMode;
  /** Only events whose point lies in this box: `[west, south, east, north]` in degrees. */
  bbox?: readonly [number, number, number, number];
  /** Only events whose point lies in this GeoJSON polygon or multipolygon (or a feature holding one). */
  within?: Polygon | MultiPolygon | Feature<Polygon | MultiPolygon>;
  /** Only events whose place is at least this precise (`admin1` keeps exact, near, admin3, admin2 and admin1). */
  minLocationPrecision?: LocationPrecision;
  /** Only events whose date is at least this precise (`week` keeps day, days and week). */
  minDatePrecision?: DatePrecision;
  /** Only events merged from at least this many reports (`sources.length`). */
  minSources?: number;
  /** Only events with (true) or without (false) recorded disagreements between reports. */
  disagreements?: boolean;
  /** Any further test. */
  where?: (event: ConflictEvent) => boolean;
}

function list<T>(value: OneOrMany<T> | undefined): readonly T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function checkDate(name: string, value: string | undefined): void {
  if (value !== undefined && !CalendarDateSchema.safeParse(value).success) {
    throw new RangeError(`query.${name} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
}

function checkEnum<T extends string>(name: string, values: readonly string[] | undefined, allowed: readonly T[]): void {
  for (const v of values ?? []) {
    if (!(allowed as readonly string[]).includes(v)) throw new RangeError(`query.${name}: unknown value ${JSON.stringify(v)} (expected one of ${allowed.join(', ')})`);
  }
}

interface CompiledActor {
  id: string;
  /** The registry id the name resolves to (`داعش` → `isis`), when it resolves with confidence. */
  resolvedId: string | undefined;
  /** Skeleton words of the name, for persons named in part or in the other script. */
  words: readonly string[];
  keys: Set<string>;
  roles: ReadonlySet<ActorRole> | undefined;
  associated: boolean;
}

function compileActor(q: string | ActorQuery): CompiledActor {
  const spec: ActorQuery = typeof q === 'string' ? { actor: q } : q;
  if (typeof spec.actor !== 'string' || spec.actor.trim().length === 0) throw new TypeError('query.actor must name an actor (a non-empty id or name)');
  const roles = list(spec.role);
  // A name of a known actor finds it under every name it goes by: "داعش" finds events whose
  // actor was resolved to Islamic State (id isis), whatever the report called it.
  const resolved = resolveActor(spec.actor.trim());
  const resolvedId = resolved.confidence >= 0.9 ? resolved.value.id : undefined;
  const words = nameSkeleton(spec.actor).split(' ').filter((w) => w.length > 0);
  return { id: spec.actor.trim(), resolvedId, words, keys: new Set([nameMatchKey(spec.actor)]), roles: roles ? new Set(roles) : undefined, associated: spec.associated ?? true };
}

function actorHits(actor: Actor, q: CompiledActor): boolean {
  if (q.roles !== undefined && !q.roles.has(actor.role)) return false;
  if (!q.associated && actor.associated === true) return false;
  if (actor.id !== undefined && (actor.id === q.id || actor.id === q.resolvedId)) return true;
  if (nameKeys(actor.name).some((k) => q.keys.has(k))) return true;
  // A person named in part or in the other script: "Hind al-Khudair", "هند لطيف الخضير" find
  // "Hind Latif al-Khudair" (every skeleton word of a two-word-or-longer query is in the name).
  if (actor.id !== undefined || q.words.length < 2) return false;
  const words = nameSkeleton(actor.name).split(' ');
  return q.words.every((w) => words.includes(w));
}

function keySet(values: readonly string[] | undefined): Set<string> | undefined {
  return values === undefined ? undefined : new Set(values.map(nameMatchKey));
}

/**
 * Compiles a query into a test of one event. Checking the query once and testing many events is
 * what {@link filterEvents} does; use this for your own loops.
 *
 * @throws {RangeError} when a field holds an invalid value (a date that is not `YYYY-MM-DD`, an
 * unknown type or precision, a box with west > east…), {@link TypeError} for a wrong kind of value.
 *
 * @example
 * ```ts
 * const isIsisAttack = eventMatcher({ type: 'attack', actor: 'isis' });
 * events.filter(isIsisAttack).length; //=> 12
 * ```
 */
export function eventMatcher(query: EventQuery): (event: ConflictEvent) => boolean {
  const types = list(query.type);
  const exactTypes = list(query.exactType);
  checkEnum('type', types, EventTypeSchema.options);
  checkEnum('exactType', exactTypes, EventTypeSchema.options);
  const typeSet = new Set<string>();
  for (const t of types ?? []) for (const member of typeFamily(t)) typeSet.add(member);
  const exactSet = exactTypes ? new Set<string>(exactTypes) : undefined;
  const subtypes = list(query.subtype);
  const subtypeSet = subtypes ? new Set(subtypes) : undefined;
  const actors = list(query.actor)?.map(compileActor);
  const countries = list(query.country);
  const iso3s = countries ? new Set(countries.filter((c) => /^[A-Z]{3}$/.test(c))) : undefined;
  const countryKeys = keySet(countries?.filter((c) => !/^[A-Z]{3}$/.test(c)));
  const admin1 = keySet(list(query.admin1));
  const admin2 = keySet(list(query.admin2));
  checkDate('from', query.from);
  checkDate('to', query.to);
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) throw new RangeError(`query.from (${query.from}) is after query.to (${query.to})`);
  const mode = query.dateMode ?? 'overlap';
  checkEnum('dateMode', [mode], ['overlap', 'within', 'start']);
  const bbox = query.bbox;
  if (bbox !== undefined) {
    const [w, s, e, n] = bbox;
    if (!bbox.every(Number.isFinite)) throw new TypeError('query.bbox must be [west, south, east, north] in degrees');
    if (w > e || s > n) throw new RangeError(`query.bbox [${bbox.join(', ')}] has west > east or south > north`);
  }
  const within = query.within;
  if (query.minLocationPrecision !== undefined) checkEnum('minLocationPrecision', [query.minLocationPrecision], LocationPrecisionSchema.options);
  if (query.minDatePrecision !== undefined) checkEnum('minDatePrecision', [query.minDatePrecision], DatePrecisionSchema.options);
  if (query.minSources !== undefined && (!Number.isInteger(query.minSources) || query.minSources < 0)) throw new RangeError('query.minSources must be a non-negative integer');
  const { minLocationPrecision, minDatePrecision, minSources, disagreements, where, from, to } = query;

  return (e: ConflictEvent): boolean => {
    if (types !== undefined && !typeSet.has(e.type)) return false;
    if (exactSet !== undefined && !exactSet.has(e.type)) return false;
    if (subtypeSet !== undefined && (e.subtype === undefined || !subtypeSet.has(e.subtype))) return false;
    if (actors !== undefined && !actors.some((q) => e.actors.some((a) => actorHits(a, q)))) return false;
    if (countries !== undefined) {
      const loc = e.location;
      const byCode = loc.iso3 !== undefined && iso3s?.has(loc.iso3) === true;
      const byName = loc.country !== undefined && countryKeys !== undefined && countryKeys.has(nameMatchKey(loc.country));
      if (!byCode && !byName) return false;
    }
    if (admin1 !== undefined && (e.location.admin1 === undefined || !admin1.has(nameMatchKey(e.location.admin1)))) return false;
    if (admin2 !== undefined && (e.location.admin2 === undefined || !admin2.has(nameMatchKey(e.location.admin2)))) return false;
    if (from !== undefined || to !== undefined) {
      const { start, end } = e.date;
      if (start === undefined || end === undefined) return false;
      const lo = from ?? '0000-01-01';
      const hi = to ?? '9999-12-31';
      if (mode === 'overlap' ? end < lo || start > hi : mode === 'within' ? start < lo || end > hi : start < lo || start > hi) return false;
    }
    if (minDatePrecision !== undefined && !datePrecisionAtLeast(e.date.precision, minDatePrecision)) return false;
    if (minLocationPrecision !== undefined && !locationPrecisionAtLeast(e.location.precision, minLocationPrecision)) return false;
    if (bbox !== undefined || within !== undefined) {
      const p = e.location.point;
      if (p === undefined) return false;
      if (bbox !== undefined && (p.lon < bbox[0] || p.lat < bbox[1] || p.lon > bbox[2] || p.lat > bbox[3])) return false;
      if (within !== undefined && !booleanPointInPolygon([p.lon, p.lat], within)) return false;
    }
    if (minSources !== undefined && e.sources.length < minSources) return false;
    if (disagreements !== undefined && (e.disagreements !== undefined && e.disagreements.length > 0) !== disagreements) return false;
    if (where !== undefined && !where(e)) return false;
    return true;
  };
}
