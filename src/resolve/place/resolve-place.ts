import { type Issue, issue } from '../../schema/issue.js';
import type { Location, LocationPrecision, Point } from '../../schema/location.js';
import { arabicKey, arabicPrefixVariants, hasArabic } from '../../text/normalize-arabic.js';
import { builtinGazetteer } from './builtin-gazetteer.js';
import { type PlacePhrase, nameVariants, parsePlacePhrase } from './phrase.js';
import type { Gazetteer, GazetteerEntry, GazetteerMatch, LookupOptions, PlaceKind } from './types.js';

/**
 * Context of {@link resolvePlace}.
 *
 * @example
 * ```ts
 * const context: PlaceContext = { country: 'SYR', language: 'ar' };
 * ```
 */
export interface PlaceContext {
  /** The gazetteer to search; default {@link builtinGazetteer}. */
  gazetteer?: Gazetteer;
  /** ISO alpha-3 of the country the report is about: preferred among equal names. */
  country?: string;
  /** Language of the report (`ar`, `en`); informational, the script of the text decides. */
  language?: string;
}

/**
 * A candidate place considered by {@link resolvePlace}.
 *
 * @example
 * ```ts
 * const c: PlaceCandidate = { id: 'geonames:170794', name: 'Deir ez-Zor', kind: 'populated_place', iso3: 'SYR', score: 0.945, match: 'exact' };
 * ```
 */
export interface PlaceCandidate {
  id: string;
  name: string;
  kind: PlaceKind;
  iso3?: string;
  admin1?: string;
  score: number;
  match: GazetteerMatch['match'];
}

/**
 * What {@link resolvePlace} made of a place phrase: the location, how sure it is (0–1), the
 * candidates it weighed (best first) and issues.
 *
 * @example
 * ```ts
 * const r: PlaceResolution = resolvePlace('Mosul');
 * r.value.admin1; //=> 'Ninawa'
 * ```
 */
export interface PlaceResolution {
  value: Location;
  confidence: number;
  candidates: PlaceCandidate[];
  issues: Issue[];
}

interface Found {
  match: GazetteerMatch;
  all: GazetteerMatch[];
  countryHint?: string;
}

const PRECISION_OF_KIND: Readonly<Record<PlaceKind, LocationPrecision>> = {
  country: 'country',
  admin1: 'admin1',
  admin2: 'admin2',
  admin3: 'admin3',
  region: 'region',
  populated_place: 'exact',
  site: 'exact',
};

const AREA_KINDS: readonly PlaceKind[] = ['country', 'admin1', 'admin2', 'admin3', 'region'];

class Resolver {
  readonly issues: Issue[] = [];
  readonly considered = new Map<string, GazetteerMatch>();

  constructor(
    readonly g: Gazetteer,
    public country: string | undefined,
    readonly text: string,
  ) {}

  /** Looks a name up: the name and its Arabic prefix forms exactly, then shorter forms, then skeletons. */
  find(name: string, kinds?: readonly PlaceKind[]): Found | undefined {
    const options: LookupOptions = { limit: 8 };
    if (this.country !== undefined) options.country = this.country;
    if (kinds !== undefined) options.kinds = kinds;
    const variants = nameVariants(name);
    for (const exactOnly of [true, false]) {
      for (const v of variants) {
        const forms = hasArabic(v) ? arabicPrefixVariants(arabicKey(v)) : [v];
        for (const form of forms) {
          let all = this.g.lookup(form, { ...options, exactOnly });
          // A loose (skeleton) match in another country than the report's is a guess too far.
          if (!exactOnly && this.country !== undefined) all = all.filter((m) => m.match === 'exact' || inCountry(m.entry, this.country as string));
          if (!exactOnly && all.some((m) => m.match === 'exact')) continue;
          const best = pickBest(all);
          if (best === undefined) continue;
          for (const m of all) if (!this.considered.has(m.entry.id)) this.considered.set(m.entry.id, m);
          return { match: best, all };
        }
      }
    }
    return undefined;
  }

  /** The admin1 entry a place lies in: itself, its admin1 by name and country, or the polygon containing its point. */
  admin1Of(entry: GazetteerEntry): GazetteerEntry | undefined {
    if (entry.kind === 'admin1') return entry;
    if (entry.admin1 !== undefined) {
      const options: LookupOptions = { kinds: ['admin1'], exactOnly: true };
      if (entry.iso3 !== undefined) options.requireCountry = entry.iso3;
      const byName = this.g.lookup(entry.admin1, options);
      const sameCode = byName.find((m) => entry.admin1Code !== undefined && m.entry.admin1Code === entry.admin1Code);
      const found = sameCode ?? byName[0];
      if (found !== undefined) return found.entry;
    }
    if (entry.point !== undefined) return this.g.admin1At(entry.point, entry.iso3);
    return undefined;
  }

  admin2Of(entry: GazetteerEntry): GazetteerEntry | undefined {
    if (entry.kind === 'admin2') return entry;
    if (entry.admin2 !== undefined) {
      const options: LookupOptions = { kinds: ['admin2'], exactOnly: true };
      if (entry.iso3 !== undefined) options.requireCountry = entry.iso3;
      const found = this.g.lookup(entry.admin2, options)[0];
      if (found !== undefined) return found.entry;
    }
    if (entry.point !== undefined) return this.g.admin2At(entry.point, entry.iso3);
    return undefined;
  }

  /** The schema location of an entry at a precision. */
  location(entry: GazetteerEntry, precision: LocationPrecision): Location {
    const loc: Location = { precision, text: this.text, gazetteerId: entry.id, name: entry.name };
    const iso3 = this.iso3Of(entry);
    if (this.country !== undefined && iso3 !== undefined && iso3 !== this.country && !this.issues.some((i) => i.code === 'place_outside_country')) {
      this.issues.push(
        issue('warning', 'place_outside_country', `"${this.text}" resolved to ${entry.name} (${entry.id}) in ${iso3}, not in ${this.country}; no place of that name in ${this.country} is known`, { path: ['location', 'iso3'] }),
      );
    }
    if (iso3 !== undefined) {
      loc.iso3 = iso3;
      const country = this.g.country(iso3);
      if (country !== undefined) loc.country = country.name;
    }
    if (entry.kind !== 'country') {
      let admin1 = entry.admin1;
      if (admin1 === undefined && entry.kind !== 'region' && entry.point !== undefined) admin1 = this.g.admin1At(entry.point, iso3)?.name;
      if (admin1 !== undefined) loc.admin1 = admin1;
      let admin2 = entry.admin2;
      if (admin2 === undefined && (entry.kind === 'populated_place' || entry.kind === 'site' || entry.kind === 'admin3') && entry.point !== undefined) {
        admin2 = this.g.admin2At(entry.point, iso3)?.name;
      }
      if (admin2 !== undefined) loc.admin2 = admin2;
      if (entry.admin3 !== undefined) loc.admin3 = entry.admin3;
    }
    if (entry.kind === 'region') loc.region = entry.name;
    if (entry.point !== undefined) loc.point = { ...entry.point };
    return loc;
  }

  iso3Of(entry: GazetteerEntry): string | undefined {
    if (this.country !== undefined && entry.countries?.includes(this.country) === true) return this.country;
    return entry.iso3;
  }

  noPoint(entry: GazetteerEntry): void {
    if (entry.point === undefined) {
      this.issues.push(
        issue('info', 'place_without_point', `the gazetteer entry ${entry.id} (${entry.name}) has no coordinates; the location has none`, { path: ['location', 'point'] }),
      );
    }
  }

  approximate(found: Found): void {
    if (found.match.match !== 'skeleton') return;
    this.issues.push(
      issue('info', 'approximate_place_match', `"${this.text}" matched ${found.match.entry.name} (${found.match.entry.id}) only by its consonant skeleton ("${found.match.matchedName}"); check it`, { path: ['location'] }),
    );
  }

  ambiguity(found: Found): number {
    const a = found.match;
    // A country named exactly is what the report means, whatever province shares its name.
    const rivals = found.all.filter((m) => m !== a && (a.entry.kind !== 'country' || m.entry.kind === 'country'));
    const b = rivals[0];
    if (b === undefined || a.score - b.score > 0.02) return 1;
    if (samePlace(a.entry, b.entry)) return 1;
    const names = found.all.slice(0, 4).map((m) => `${m.entry.name} (${m.entry.kind}, ${m.entry.iso3 ?? '?'}, ${m.entry.id})`);
    this.issues.push(
      issue('info', 'ambiguous_place', `"${this.text}" matches several places; chose ${a.entry.name} (${a.entry.id}) over ${names.slice(1).join('; ')}`, { path: ['location'] }),
    );
    return 0.85;
  }
}

function inCountry(entry: GazetteerEntry, iso3: string): boolean {
  return entry.iso3 === iso3 || (entry.countries?.includes(iso3) ?? false);
}

/** The best match: an exact country match before anything else, then by score. */
function pickBest(all: readonly GazetteerMatch[]): GazetteerMatch | undefined {
  const country = all.find((m) => m.entry.kind === 'country' && m.match === 'exact');
  return country ?? all[0];
}

/** A town and the unit named after it (Deir ez-Zor city, Deir ez-Zor governorate) count as one place for ambiguity. */
function samePlace(a: GazetteerEntry, b: GazetteerEntry): boolean {
  if (a.id === b.id) return true;
  if (a.iso3 !== b.iso3) return false;
  const town = a.kind === 'populated_place' ? a : b.kind === 'populated_place' ? b : undefined;
  const unit = a.kind === 'admin1' || a.kind === 'admin2' ? a : b.kind === 'admin1' || b.kind === 'admin2' ? b : undefined;
  if (town !== undefined && unit !== undefined) return town.admin1Code !== undefined && town.admin1Code === unit.admin1Code;
  if (a.point !== undefined && b.point !== undefined) return distanceKm(a.point, b.point) < 10;
  return false;
}

function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

const LOCATION_KEYS = ['name', 'country', 'iso3', 'admin1', 'admin2', 'admin3', 'region', 'point', 'precision', 'gazetteerId', 'text'] as const;

/** The location with its keys in schema order, for readable output. */
function ordered(loc: Location): Location {
  const out: Record<string, unknown> = {};
  for (const k of LOCATION_KEYS) if (loc[k] !== undefined) out[k] = loc[k];
  return out as Location;
}

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Turns the place words of a report into a schema {@link Location}: "ريف مدينة دير الزور"
 * (the governorate around the city), "البادية السورية" (a named region), "near al-Shuhayl"
 * (`near`, the town's point), "بين محافظتي دير الزور وحمص" (`region`, a point between the two),
 * "Anbar province" (`admin1`), "Syria" (`country`), "Mosul" (`exact`).
 *
 * Leading prepositions and articles (في، ب، الى، من, in, at, the) are stripped; Arabic and Latin
 * spellings are normalised; equal names are told apart by the country hint (context or an
 * adjective such as السورية), the kind and the size of the place. "Countryside of X" resolves to
 * the admin2 unit of X when the gazetteer has it, otherwise to its admin1 unit (precision
 * `admin2` or `admin1`). An unknown place is kept as text with precision `unknown` and an
 * `unknown_place` issue; nothing is invented.
 *
 * @example
 * ```ts
 * const r = resolvePlace('ريف مدينة دير الزور');
 * r.value; //=> { name: 'Deir ez-Zor', iso3: 'SYR', country: 'Syria', admin1: 'Deir ez-Zor', precision: 'admin1', … }
 * resolvePlace('near al-Shuhayl').value.precision; //=> 'near'
 * ```
 */
export function resolvePlace(text: string, context: PlaceContext = {}): PlaceResolution {
  if (typeof text !== 'string') throw new TypeError('resolvePlace: text must be a string');
  const gazetteer = context.gazetteer ?? builtinGazetteer();
  const parsed = parsePlacePhrase(text);
  const r = new Resolver(gazetteer, context.country ?? parsed.countryHint, text);

  // Later comma parts ("Hajin, Deir ez-Zor, Syria") narrow the country.
  for (const part of [...parsed.context].reverse()) {
    const f = r.find(part, ['country']);
    if (f !== undefined && context.country === undefined) r.country = f.match.entry.iso3;
  }

  let result: { value: Location; confidence: number } | undefined;
  // The whole phrase may be a name ("ريف دمشق" is a governorate, "بادية الشام" a region).
  const whole = parsed.phrase.type === 'name' ? undefined : r.find(parsed.core);
  if (whole !== undefined && whole.match.match === 'exact') {
    result = bare(r, whole);
  } else {
    result = resolvePhrase(r, parsed.phrase);
  }

  const candidates = [...r.considered.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, 8)
    .map((m) => {
      const c: PlaceCandidate = { id: m.entry.id, name: m.entry.name, kind: m.entry.kind, score: m.score, match: m.match };
      if (m.entry.iso3 !== undefined) c.iso3 = m.entry.iso3;
      if (m.entry.admin1 !== undefined) c.admin1 = m.entry.admin1;
      return c;
    });

  if (result !== undefined) result.value = ordered(result.value);
  if (result === undefined) {
    const name = parsed.cleaned.length > 0 ? parsed.cleaned : text;
    const value: Location = { precision: 'unknown', text };
    if (name.length > 0) value.name = name;
    r.issues.push(issue('warning', 'unknown_place', `No gazetteer entry for "${text}"; kept as text with precision unknown`, { path: ['location'] }));
    return { value, confidence: 0, candidates, issues: r.issues };
  }
  return { value: result.value, confidence: round(result.confidence), candidates, issues: r.issues };
}

function bare(r: Resolver, found: Found): { value: Location; confidence: number } {
  const e = found.match.entry;
  r.noPoint(e);
  r.approximate(found);
  return { value: r.location(e, PRECISION_OF_KIND[e.kind]), confidence: found.match.score * r.ambiguity(found) };
}

function resolvePhrase(r: Resolver, phrase: PlacePhrase): { value: Location; confidence: number } | undefined {
  switch (phrase.type) {
    case 'name': {
      const f = r.find(phrase.name);
      return f === undefined ? undefined : bare(r, f);
    }
    case 'settlement': {
      const f = r.find(phrase.name, ['populated_place', 'site']) ?? r.find(phrase.name);
      return f === undefined ? undefined : bare(r, f);
    }
    case 'admin': {
      const f = r.find(phrase.name, [phrase.level]);
      if (f !== undefined) return bare(r, f);
      // "محافظة الموصل", "Mosul district": the unit of that level around the named town.
      const town = r.find(phrase.name);
      if (town === undefined) return undefined;
      const e = town.match.entry;
      if (phrase.level === 'admin1' || e.kind === 'admin1') {
        const unit = r.admin1Of(e);
        if (unit === undefined) return undefined;
        return { value: r.location(unit, 'admin1'), confidence: town.match.score * 0.9 };
      }
      const unit = r.admin2Of(e);
      if (unit !== undefined) return { value: r.location(unit, 'admin2'), confidence: town.match.score * 0.9 };
      // No admin2 data: districts are named after their seat, so code the seat at admin2 precision.
      const value = r.location(e, phrase.level);
      value[phrase.level] = e.name;
      r.issues.push(
        issue('info', 'admin_unit_from_seat', `no ${phrase.level} unit named "${phrase.name}" in the gazetteer; used its seat ${e.name} (${e.id}) at ${phrase.level} precision`, { path: ['location', 'precision'] }),
      );
      return { value, confidence: town.match.score * 0.75 };
    }
    case 'countryside': {
      const f = phrase.settlementHint ? (r.find(phrase.name, ['populated_place']) ?? r.find(phrase.name)) : r.find(phrase.name);
      if (f === undefined) return undefined;
      const e = f.match.entry;
      if (AREA_KINDS.includes(e.kind)) return { value: r.location(e, PRECISION_OF_KIND[e.kind]), confidence: f.match.score * 0.9 };
      const admin2 = r.admin2Of(e);
      if (admin2 !== undefined) return { value: r.location(admin2, 'admin2'), confidence: f.match.score * 0.9 };
      const admin1 = r.admin1Of(e);
      if (admin1 === undefined) return { value: r.location(e, 'near'), confidence: f.match.score * 0.7 };
      return { value: r.location(admin1, 'admin1'), confidence: f.match.score * 0.9 * r.ambiguity(f) };
    }
    case 'near': {
      const f = r.find(phrase.name);
      if (f === undefined) return undefined;
      const e = f.match.entry;
      r.noPoint(e);
      const precision: LocationPrecision = AREA_KINDS.includes(e.kind) ? PRECISION_OF_KIND[e.kind] : 'near';
      return { value: r.location(e, precision), confidence: f.match.score * 0.95 * r.ambiguity(f) };
    }
    case 'desert': {
      const f = r.find(phrase.name);
      if (f === undefined) return undefined;
      const e = f.match.entry;
      if (e.kind === 'region' || e.kind === 'country') return bare(r, f);
      const unit = r.admin1Of(e) ?? e;
      const value = r.location(unit, 'region');
      value.region = `${unit.name} desert`;
      value.name = `${unit.name} desert`;
      return { value, confidence: f.match.score * 0.85 };
    }
    case 'between':
      return between(r, phrase);
  }
}

function between(r: Resolver, phrase: Extract<PlacePhrase, { type: 'between' }>): { value: Location; confidence: number } | undefined {
  const kinds: readonly PlaceKind[] | undefined = phrase.unit === 'admin1' ? ['admin1'] : phrase.unit === 'settlement' ? ['populated_place', 'site'] : undefined;
  const findSide = (name: string): Found | undefined => (kinds === undefined ? r.find(name) : (r.find(name, kinds) ?? r.find(name)));
  let partial: { found: Found; missing: string } | undefined;
  for (const [left, right] of phrase.splits) {
    let a = findSide(left);
    let b = findSide(right);
    if (a !== undefined && b !== undefined) {
      // Two places named together are usually in one country: prefer such a pair.
      if (a.match.entry.iso3 !== b.match.entry.iso3) {
        const ia = a.match.entry.iso3;
        const ib = b.match.entry.iso3;
        const bInA = b.all.find((m) => m.entry.iso3 !== undefined && m.entry.iso3 === ia);
        const aInB = a.all.find((m) => m.entry.iso3 !== undefined && m.entry.iso3 === ib);
        if (bInA !== undefined) b = { ...b, match: bInA };
        else if (aInB !== undefined) a = { ...a, match: aInB };
      }
      const ea = phrase.unit === 'admin1' ? (r.admin1Of(a.match.entry) ?? a.match.entry) : a.match.entry;
      const eb = phrase.unit === 'admin1' ? (r.admin1Of(b.match.entry) ?? b.match.entry) : b.match.entry;
      const name = `between ${ea.name} and ${eb.name}`;
      const value: Location = { precision: 'region', text: r.text, name, region: name };
      const iso3a = r.iso3Of(ea);
      if (iso3a !== undefined && iso3a === r.iso3Of(eb)) {
        value.iso3 = iso3a;
        const country = r.g.country(iso3a);
        if (country !== undefined) value.country = country.name;
      }
      const admin1a = ea.kind === 'admin1' ? ea.name : ea.admin1;
      const admin1b = eb.kind === 'admin1' ? eb.name : eb.admin1;
      if (admin1a !== undefined && admin1a === admin1b) value.admin1 = admin1a;
      if (ea.point !== undefined && eb.point !== undefined) {
        value.point = { lat: round((ea.point.lat + eb.point.lat) / 2, 5), lon: round((ea.point.lon + eb.point.lon) / 2, 5) };
      } else {
        r.issues.push(issue('info', 'place_without_point', `no point for ${ea.point === undefined ? ea.name : eb.name}; the location between them has none`, { path: ['location', 'point'] }));
      }
      return { value, confidence: Math.min(a.match.score, b.match.score) * 0.85 };
    }
    if (partial === undefined && (a !== undefined || b !== undefined)) {
      const found = (a ?? b) as Found;
      partial = { found, missing: a === undefined ? left : right };
    }
  }
  if (partial === undefined) return undefined;
  const e = partial.found.match.entry;
  const value = r.location(e, 'region');
  value.name = phrase.splits[0] === undefined ? e.name : `between ${phrase.splits[0][0]} and ${phrase.splits[0][1]}`;
  r.issues.push(
    issue('warning', 'place_partly_resolved', `"${partial.missing}" is not in the gazetteer; the place between it and ${e.name} is coded at ${e.name}'s point with precision region`, { path: ['location'] }),
  );
  return { value, confidence: partial.found.match.score * 0.5 };
}
