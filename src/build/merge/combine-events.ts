import type { Attributes, Disagreement } from '../../schema/attributes.js';
import type { ConflictEvent } from '../../schema/event.js';
import { LOCATION_PRECISION_RANK, type Location } from '../../schema/location.js';
import type { Evidence, Source } from '../../schema/source.js';
import { stableId } from '../../util/stable-id.js';
import { type BestRule, combineCounts, type ReportedCount } from './combine-counts.js';
import { type NameScript, unionActors } from './combine-actors.js';
import { dateWidth } from './date-overlap.js';
import { moreSpecificType } from './type-compatibility.js';

/** Options of {@link combineEvents}. */
export interface CombineOptions {
  /** How `best` fatalities and injuries are chosen (default `median`). */
  bestRule?: BestRule;
  /** Which script to keep for a person named in several (default `latin`). */
  nameScript?: NameScript;
}

const byId = (a: ConflictEvent, b: ConflictEvent): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const documentsOf = (e: ConflictEvent): string[] => e.sources.map((s) => s.document);

function disagreeOn(field: string, members: readonly ConflictEvent[], value: (e: ConflictEvent) => string | number | boolean | undefined, resolution: string): Disagreement | undefined {
  const byValue = new Map<string | number | boolean, string[]>();
  for (const m of members) {
    const v = value(m);
    if (v === undefined) continue;
    byValue.set(v, [...(byValue.get(v) ?? []), ...documentsOf(m)]);
  }
  if (byValue.size < 2) return undefined;
  return { field, values: [...byValue.entries()].map(([v, documents]) => ({ value: v, documents: [...new Set(documents)].sort() })), resolution };
}

function chooseLocation(members: readonly ConflictEvent[]): Location {
  const ranked = [...members].sort(
    (a, b) =>
      LOCATION_PRECISION_RANK[a.location.precision] - LOCATION_PRECISION_RANK[b.location.precision] ||
      Number(b.location.gazetteerId !== undefined) - Number(a.location.gazetteerId !== undefined) ||
      Number(b.location.point !== undefined) - Number(a.location.point !== undefined) ||
      byId(a, b),
  );
  const chosen: Location = { ...(ranked[0] ?? members[0])?.location ?? { precision: 'unknown' } };
  // Fill what the most precise report leaves out from the others (all are compatible places).
  for (const m of ranked.slice(1)) {
    const l = m.location;
    if (chosen.iso3 === undefined && l.iso3 !== undefined) chosen.iso3 = l.iso3;
    if (chosen.country === undefined && l.country !== undefined) chosen.country = l.country;
    if (chosen.admin1 === undefined && l.admin1 !== undefined && LOCATION_PRECISION_RANK[l.precision] <= LOCATION_PRECISION_RANK.admin1) chosen.admin1 = l.admin1;
    if (chosen.region === undefined && l.region !== undefined) chosen.region = l.region;
  }
  return chosen;
}

function unionAttributes(members: readonly ConflictEvent[], disagreements: Disagreement[]): Attributes | undefined {
  const keys = new Set<string>();
  for (const m of members) for (const k of Object.keys(m.attributes ?? {})) keys.add(k);
  if (keys.size === 0) return undefined;
  const out: Attributes = {};
  for (const k of [...keys].sort()) {
    const d = disagreeOn(`attributes.${k}`, members, (e) => e.attributes?.[k], 'value of the first report by id');
    if (d !== undefined) disagreements.push(d);
    const first = members.find((m) => m.attributes?.[k] !== undefined)?.attributes?.[k];
    if (first !== undefined) out[k] = first;
  }
  return out;
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/**
 * Merges reports of one event into one event that keeps every source and every evidence span:
 * the most specific type, the most precise date (the narrowest range) and place (the best
 * precision, filled from the others), the union of actors (one actor per role and identity, across
 * scripts), fatalities and injuries with `low` the lowest report, `high` the highest and `best` by
 * the {@link BestRule}, the union of attributes, tags and notes. Where reports disagree (type,
 * date, place, counts, attributes) the event records a disagreement with each value and its
 * documents. The id is a stable hash of the members' ids, which are kept in `mergedFrom`.
 *
 * @example
 * ```ts
 * const merged = combineEvents([arabicReport, englishReport]);
 * merged.sources.length; //=> 2
 * ```
 */
export function combineEvents(reports: readonly ConflictEvent[], options: CombineOptions = {}): ConflictEvent {
  const members = [...reports].sort(byId);
  const first = members[0];
  if (first === undefined) throw new RangeError('combineEvents needs at least one event');
  if (members.length === 1) return first;
  const disagreements: Disagreement[] = members.flatMap((m) => m.disagreements ?? []);
  const push = (d: Disagreement | undefined): void => {
    if (d !== undefined) disagreements.push(d);
  };

  const type = members.map((m) => m.type).reduce(moreSpecificType);
  push(disagreeOn('type', members, (e) => e.type, `most specific type (${type})`));
  const subtypes = members.filter((m) => m.type === type && m.subtype !== undefined);
  push(disagreeOn('subtype', subtypes, (e) => e.subtype, 'subtype of the first report by id'));

  const byPrecision = [...members].sort((a, b) => dateWidth(a.date) - dateWidth(b.date) || byId(a, b));
  const date = (byPrecision[0] ?? first).date;
  // A range inside another refines it ("this month" cut at two publication dates); only ranges
  // that overlap without one containing the other disagree.
  const nested = members.every((m) => m.date.start === undefined || m.date.end === undefined || date.start === undefined || date.end === undefined || (m.date.start <= date.start && date.end <= m.date.end));
  if (!nested) push(disagreeOn('date', members, (e) => (e.date.start !== undefined ? `${e.date.start}..${e.date.end ?? ''}` : undefined), 'narrowest date range'));

  const location = chooseLocation(members);
  // A more precise place refines a vaguer one (Hajin inside Deir ez-Zor governorate); reports
  // disagree only when they name different places at the same precision.
  const samePrecision = members.filter((m) => m.location.precision === location.precision && m.location.precision !== 'unknown');
  push(disagreeOn('location', samePrecision, (e) => e.location.gazetteerId ?? e.location.name, 'first report by id'));

  const reported = (field: 'fatalities' | 'injuries'): ReportedCount[] =>
    members.flatMap((m) => (m[field] !== undefined ? [{ count: m[field], documents: documentsOf(m) }] : []));
  const rule = options.bestRule ?? 'median';
  const fatalities = combineCounts('fatalities', reported('fatalities'), rule);
  const injuries = combineCounts('injuries', reported('injuries'), rule);
  push(fatalities.disagreement);
  push(injuries.disagreement);

  const sources: Source[] = uniqueBy(members.flatMap((m) => m.sources), (s) => s.document).sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
  const evidence: Evidence[] = uniqueBy(members.flatMap((m) => m.evidence), (e) => `${e.document}\u0000${e.field}\u0000${e.start}\u0000${e.end}`);
  const mergedFrom = [...new Set(members.flatMap((m) => m.mergedFrom ?? [m.id]))].sort();
  const notes = [...new Set(members.flatMap((m) => (m.notes !== undefined ? [m.notes] : [])))];
  const tags = [...new Set(members.flatMap((m) => m.tags ?? []))];
  const codes = Object.assign({}, ...members.map((m) => m.codes ?? {})) as Record<string, Record<string, string>>;
  const subtype = subtypes[0]?.subtype;
  const attributes = unionAttributes(members, disagreements);

  const event: ConflictEvent = {
    id: stableId('ev', mergedFrom),
    type,
    ...(subtype !== undefined ? { subtype } : {}),
    date,
    location,
    actors: unionActors(members.map((m) => m.actors), options.nameScript ?? 'latin'),
    ...(fatalities.value !== undefined ? { fatalities: fatalities.value } : {}),
    ...(injuries.value !== undefined ? { injuries: injuries.value } : {}),
    ...(attributes !== undefined ? { attributes } : {}),
    sources,
    evidence,
    ...(notes.length > 0 ? { notes: notes.join('\n') } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...(Object.keys(codes).length > 0 ? { codes } : {}),
    mergedFrom,
    ...(disagreements.length > 0 ? { disagreements } : {}),
  };
  return event;
}

/**
 * One event given several times (the same id: a file read twice, a report annotated in two
 * files) as one event: the copies combined as reports of it, keeping the id.
 *
 * @example
 * ```ts
 * combineCopies('ev-1', [copyFromBrat, copyFromInline]).id; //=> 'ev-1'
 * ```
 */
export function combineCopies(id: string, copies: readonly ConflictEvent[], options: CombineOptions = {}): ConflictEvent {
  const { mergedFrom: _copies, ...combined } = combineEvents(
    copies.map((e, i) => ({ ...e, id: `${id}#${i}` })),
    options,
  );
  return { ...combined, id };
}
