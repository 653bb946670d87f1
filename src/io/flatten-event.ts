import type { ActorRole } from '../schema/actor.js';
import type { Count } from '../schema/count.js';
import type { ConflictEvent } from '../schema/event.js';
import { NATIVE_COLUMN_NAMES } from './native-columns.js';
import { joinNativeList } from './native-list.js';

/** A cell of the native layout before it is written: text, a number, a boolean, or empty (`undefined`). */
export type NativeValue = string | number | boolean | undefined;

/** The actor roles in the order of the native layout's actor columns. */
export const NATIVE_ROLE_ORDER: readonly ActorRole[] = ['perpetrator', 'target', 'victim', 'claimant', 'actor', 'other'];

/** Attribute keys that have their own column; any other key goes to `attributes_other`. */
export const NATIVE_ATTRIBUTE_COLUMNS = {
  attempted: 'attempted',
  claimed: 'claimed',
  suicide: 'suicide',
  weapon: 'weapon',
  civilianTargeting: 'civilian_targeting',
  negated: 'negated',
  hypothetical: 'hypothetical',
} as const;

const KNOWN_ATTRIBUTES = new Set<string>(Object.keys(NATIVE_ATTRIBUTE_COLUMNS));

interface RoleLists {
  names: string[];
  ids: (string | undefined)[];
  kinds: (string | undefined)[];
}

function countCells(c: Count | undefined): [NativeValue, NativeValue, NativeValue, NativeValue] {
  if (c === undefined) return [undefined, undefined, undefined, undefined];
  return [c.low, c.best, c.high, c.text === '' ? undefined : c.text];
}

function text(s: string | undefined): string | undefined {
  return s === '' ? undefined : s;
}

/**
 * Flattens an event into the cells of the native layout, in the order of `NATIVE_COLUMNS`: numbers
 * stay numbers and booleans booleans (writers format them), list columns are joined with `; `, and
 * a value the event does not have is `undefined` (an empty cell). Nothing is invented.
 *
 * @example
 * ```ts
 * const cells = flattenEvent(event);
 * cells[NATIVE_COLUMN_NAMES.indexOf('fatalities_best')]; //=> 2
 * cells[NATIVE_COLUMN_NAMES.indexOf('perpetrators')]; //=> 'Islamic State'
 * ```
 */
export function flattenEvent(event: ConflictEvent): NativeValue[] {
  const roles = new Map<ActorRole, RoleLists>();
  const associated: string[] = [];
  for (const actor of event.actors) {
    let lists = roles.get(actor.role);
    if (lists === undefined) {
      lists = { names: [], ids: [], kinds: [] };
      roles.set(actor.role, lists);
    }
    lists.names.push(actor.name);
    lists.ids.push(actor.id);
    lists.kinds.push(actor.kind);
    if (actor.associated === true) associated.push(`${actor.role}:${actor.name}`);
  }
  const actorCells: NativeValue[] = [];
  for (const role of NATIVE_ROLE_ORDER) {
    const lists = roles.get(role);
    if (lists === undefined) actorCells.push(undefined, undefined, undefined);
    else actorCells.push(joinNativeList(lists.names), joinNativeList(lists.ids), joinNativeList(lists.kinds));
  }

  const { date, location } = event;
  const attributes = event.attributes;
  let other: string | undefined;
  if (attributes !== undefined) {
    const rest: Record<string, string | number | boolean> = {};
    let any = false;
    for (const key of Object.keys(attributes)) {
      const value = attributes[key];
      if (KNOWN_ATTRIBUTES.has(key) || value === undefined) continue;
      rest[key] = value;
      any = true;
    }
    if (any) other = JSON.stringify(rest);
  }

  const sources = event.sources;
  const n = sources.length;
  const documents = new Array<string | undefined>(n);
  const publishers = new Array<string | undefined>(n);
  const urls = new Array<string | undefined>(n);
  const published = new Array<string | undefined>(n);
  const languages = new Array<string | undefined>(n);
  const titles = new Array<string | undefined>(n);
  for (let i = 0; i < n; i++) {
    const s = sources[i];
    if (s === undefined) continue;
    documents[i] = s.document;
    publishers[i] = s.publisher;
    urls[i] = s.url;
    published[i] = s.published;
    languages[i] = s.language;
    titles[i] = s.title;
  }

  const disagreements = event.disagreements;
  return [
    event.id,
    event.type,
    event.subtype,
    date.start,
    date.end,
    date.precision,
    text(date.text),
    location.name,
    location.country,
    location.iso3,
    location.admin1,
    location.admin2,
    location.admin3,
    location.region,
    location.point?.lat,
    location.point?.lon,
    location.precision,
    location.gazetteerId,
    text(location.text),
    ...actorCells,
    associated.length > 0 ? joinNativeList(associated) : undefined,
    ...countCells(event.fatalities),
    ...countCells(event.injuries),
    attributes?.attempted,
    attributes?.claimed,
    attributes?.suicide,
    text(attributes?.weapon),
    attributes?.civilianTargeting,
    attributes?.negated,
    attributes?.hypothetical,
    other,
    n,
    joinNativeList(documents),
    joinNativeList(publishers),
    joinNativeList(urls),
    joinNativeList(published),
    joinNativeList(languages),
    joinNativeList(titles),
    event.mergedFrom !== undefined && event.mergedFrom.length > 0 ? joinNativeList(event.mergedFrom) : undefined,
    event.evidence.length,
    text(event.notes),
    event.tags !== undefined && event.tags.length > 0 ? joinNativeList(event.tags) : undefined,
    disagreements?.length,
    disagreements !== undefined && disagreements.length > 0 ? joinNativeList(disagreements.map((d) => d.field)) : undefined,
  ];
}

/**
 * Flattens an event into an object keyed by the native column names (see {@link flattenEvent}).
 *
 * @example
 * ```ts
 * flattenEventRecord(event).date_start; //=> '2021-01-01'
 * ```
 */
export function flattenEventRecord(event: ConflictEvent): Record<string, NativeValue> {
  const cells = flattenEvent(event);
  const record: Record<string, NativeValue> = {};
  for (let i = 0; i < NATIVE_COLUMN_NAMES.length; i++) {
    const name = NATIVE_COLUMN_NAMES[i];
    if (name !== undefined) record[name] = cells[i];
  }
  return record;
}
