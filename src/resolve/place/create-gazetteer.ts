import type { Point } from '../../schema/location.js';
import { AreaIndex } from './area-index.js';
import { placeKey, placeSkeleton } from './keys.js';
import { entryPrior, scoreWithPrior } from './rank.js';
import type { Gazetteer, GazetteerArea, GazetteerEntry, GazetteerMatch, LookupOptions, MatchType } from './types.js';

/**
 * Options of {@link createGazetteer}.
 *
 * @example
 * ```ts
 * createGazetteer(entries, { areas: [{ entryId: 'x', kind: 'admin1', iso3: 'SYR', coordinates }] });
 * ```
 */
export interface CreateGazetteerOptions {
  /** Polygons of countries, admin1 and admin2 entries, for `admin1At`, `admin2At` and `pointInCountry`. */
  areas?: Iterable<GazetteerArea>;
}

/** Skeleton keys shorter than this are not used for look-ups. */
const MIN_SKELETON = 4;

/** Index values pack the entry index and the index of the matching name: `entry * NAME_SLOTS + name`. */
const NAME_SLOTS = 65536;

function pushIndex(map: Map<string, number[]>, key: string, entry: number, name: number): void {
  if (key.length === 0) return;
  const packed = entry * NAME_SLOTS + Math.min(name, NAME_SLOTS - 1);
  const list = map.get(key);
  if (list === undefined) map.set(key, [packed]);
  else if (Math.floor((list[list.length - 1] ?? 0) / NAME_SLOTS) !== entry) list.push(packed);
}

class IndexedGazetteer implements Gazetteer {
  readonly #entries: GazetteerEntry[];
  /** Per entry: its display name then its other names, without repeats (what index values point into). */
  readonly #names: string[][] = [];
  /** Per entry: the part of its match score that does not depend on the look-up. */
  readonly #priors: number[] = [];
  readonly #byId = new Map<string, GazetteerEntry>();
  readonly #exact = new Map<string, number[]>();
  /**
   * Every name as the gazetteer spells it → the candidates of its matching key (the very list
   * `#exact` holds): a look-up of a name spelled that way (the common case) costs one map look-up
   * and no normalisation. Bounded by the gazetteer, not by the look-ups.
   */
  readonly #exactOfName = new Map<string, number[]>();
  readonly #skeleton = new Map<string, number[]>();
  readonly #countries = new Map<string, GazetteerEntry>();
  readonly #areas: AreaIndex;
  readonly nameCount: number;

  constructor(entries: readonly GazetteerEntry[], options: CreateGazetteerOptions) {
    this.#entries = [];
    for (const e of entries) {
      if (this.#byId.has(e.id)) continue;
      this.#byId.set(e.id, e);
      this.#entries.push(e);
    }
    let names = 0;
    this.#entries.forEach((e, i) => {
      const list = [...new Set([e.name, ...e.names.map((x) => x.text)])];
      this.#names.push(list);
      this.#priors.push(entryPrior(e));
      list.forEach((n, j) => {
        names++;
        pushIndex(this.#exact, placeKey(n), i, j);
        pushIndex(this.#skeleton, placeSkeleton(n), i, j);
      });
      if (e.kind === 'country') {
        if (e.iso3 !== undefined && !this.#countries.has(e.iso3)) this.#countries.set(e.iso3, e);
        if (e.iso2 !== undefined && !this.#countries.has(e.iso2)) this.#countries.set(e.iso2, e);
      }
    });
    this.nameCount = names;
    // Each key's candidates in score order once (prior, then id), so that look-ups without a
    // country hint need no sort and can stop at their limit.
    const byPrior = (x: number, y: number): number => {
      const a = Math.floor(x / NAME_SLOTS);
      const b = Math.floor(y / NAME_SLOTS);
      const d = (this.#priors[b] ?? 0) - (this.#priors[a] ?? 0);
      if (d !== 0) return d;
      const ia = this.#entries[a]?.id ?? '';
      const ib = this.#entries[b]?.id ?? '';
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    };
    for (const list of this.#exact.values()) if (list.length > 1) list.sort(byPrior);
    for (const names of this.#names) {
      for (const n of names) {
        const list = this.#exact.get(placeKey(n));
        if (list !== undefined) this.#exactOfName.set(n, list);
      }
    }
    for (const list of this.#skeleton.values()) if (list.length > 1) list.sort(byPrior);
    this.#areas = new AreaIndex(options.areas);
  }

  get size(): number {
    return this.#entries.length;
  }

  lookup(name: string, options: LookupOptions = {}): GazetteerMatch[] {
    const found: GazetteerMatch[] = [];
    this.#collect(this.#exactOfName.get(name) ?? this.#exact.get(placeKey(name)), 'exact', options, found);
    if (found.length === 0 && options.exactOnly !== true) {
      const skeleton = placeSkeleton(name);
      // Very short skeletons ("srn") meet too many unrelated names to be worth a guess.
      if (skeleton.length >= MIN_SKELETON) this.#collect(this.#skeleton.get(skeleton), 'skeleton', options, found);
    }
    // Without a country hint the lists are already in score order (see the constructor).
    if (found.length > 1 && options.country !== undefined) found.sort(compareMatches);
    const limit = options.limit ?? 10;
    return found.length > limit ? found.slice(0, limit) : found;
  }

  #collect(indices: number[] | undefined, match: MatchType, options: LookupOptions, out: GazetteerMatch[]): void {
    if (indices === undefined) return;
    const stopAt = options.country === undefined ? (options.limit ?? 10) : Number.POSITIVE_INFINITY;
    for (const packed of indices) {
      if (out.length >= stopAt) return;
      const i = Math.floor(packed / NAME_SLOTS);
      const entry = this.#entries[i];
      if (entry === undefined) continue;
      if (options.kinds !== undefined && !options.kinds.includes(entry.kind)) continue;
      if (options.requireCountry !== undefined && entry.iso3 !== options.requireCountry && !(entry.countries?.includes(options.requireCountry) ?? false)) continue;
      const matchedName = this.#names[i]?.[packed % NAME_SLOTS] ?? entry.name;
      out.push({ entry, match, matchedName, score: scoreWithPrior(this.#priors[i] ?? 0, entry, match, options.country) });
    }
  }

  get(id: string): GazetteerEntry | undefined {
    return this.#byId.get(id);
  }

  entries(): IterableIterator<GazetteerEntry> {
    return this.#entries[Symbol.iterator]();
  }

  country(code: string): GazetteerEntry | undefined {
    return this.#countries.get(code.toUpperCase());
  }

  admin1At(point: Point, iso3?: string): GazetteerEntry | undefined {
    const area = this.#areas.find(point, 'admin1', iso3);
    return area === undefined ? undefined : this.#byId.get(area.entryId);
  }

  admin2At(point: Point, iso3?: string): GazetteerEntry | undefined {
    const area = this.#areas.find(point, 'admin2', iso3);
    return area === undefined ? undefined : this.#byId.get(area.entryId);
  }

  pointInCountry(iso3: string, point: Point): boolean | undefined {
    const code = iso3.toUpperCase();
    if (!this.#areas.has('country', code)) return undefined;
    return this.#areas.find(point, 'country', code) !== undefined;
  }
}

/** Best first; ties broken by id so the order never depends on insertion. */
export function compareMatches(a: GazetteerMatch, b: GazetteerMatch): number {
  if (b.score !== a.score) return b.score - a.score;
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}

/**
 * Builds an in-memory gazetteer from entries (and optional polygons), indexing every name under
 * its exact key and its skeleton key. The first entry wins when two share an id.
 *
 * @example
 * ```ts
 * const g = createGazetteer([
 *   { id: 'x:1', name: 'Hajin', names: [{ text: 'هجين', lang: 'ar' }], kind: 'populated_place', iso3: 'SYR', point: { lat: 34.695, lon: 40.831 }, source: 'me' },
 * ]);
 * g.lookup('hajin')[0]?.entry.id; //=> 'x:1'
 * ```
 */
export function createGazetteer(entries: Iterable<GazetteerEntry>, options: CreateGazetteerOptions = {}): Gazetteer {
  return new IndexedGazetteer([...entries], options);
}
