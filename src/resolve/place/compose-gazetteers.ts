import type { Point } from '../../schema/location.js';
import { compareMatches } from './create-gazetteer.js';
import type { Gazetteer, GazetteerEntry, GazetteerMatch, LookupOptions } from './types.js';

class ComposedGazetteer implements Gazetteer {
  readonly #sources: readonly Gazetteer[];

  constructor(sources: readonly Gazetteer[]) {
    this.#sources = sources;
  }

  get size(): number {
    return this.#sources.reduce((n, g) => n + g.size, 0);
  }

  get nameCount(): number {
    return this.#sources.reduce((n, g) => n + g.nameCount, 0);
  }

  lookup(name: string, options: LookupOptions = {}): GazetteerMatch[] {
    const limit = options.limit ?? 10;
    const seen = new Set<string>();
    const ranked: { m: GazetteerMatch; source: number }[] = [];
    this.#sources.forEach((g, source) => {
      for (const m of g.lookup(name, options)) {
        if (seen.has(m.entry.id)) continue;
        seen.add(m.entry.id);
        ranked.push({ m, source });
      }
    });
    // An exact match in any source beats a skeleton match in another; earlier sources win ties.
    const anyExact = ranked.some((r) => r.m.match === 'exact');
    const kept = anyExact ? ranked.filter((r) => r.m.match === 'exact') : ranked;
    kept.sort((a, b) => (a.m.score !== b.m.score ? b.m.score - a.m.score : a.source !== b.source ? a.source - b.source : compareMatches(a.m, b.m)));
    return kept.slice(0, limit).map((r) => r.m);
  }

  get(id: string): GazetteerEntry | undefined {
    for (const g of this.#sources) {
      const e = g.get(id);
      if (e !== undefined) return e;
    }
    return undefined;
  }

  *entries(): IterableIterator<GazetteerEntry> {
    const seen = new Set<string>();
    for (const g of this.#sources) {
      for (const e of g.entries()) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        yield e;
      }
    }
  }

  country(code: string): GazetteerEntry | undefined {
    for (const g of this.#sources) {
      const e = g.country(code);
      if (e !== undefined) return e;
    }
    return undefined;
  }

  admin1At(point: Point, iso3?: string): GazetteerEntry | undefined {
    for (const g of this.#sources) {
      const e = g.admin1At(point, iso3);
      if (e !== undefined) return e;
    }
    return undefined;
  }

  admin2At(point: Point, iso3?: string): GazetteerEntry | undefined {
    for (const g of this.#sources) {
      const e = g.admin2At(point, iso3);
      if (e !== undefined) return e;
    }
    return undefined;
  }

  pointInCountry(iso3: string, point: Point): boolean | undefined {
    for (const g of this.#sources) {
      const inside = g.pointInCountry(iso3, point);
      if (inside !== undefined) return inside;
    }
    return undefined;
  }
}

/**
 * Composes gazetteers into one: look-ups ask every source and merge the matches (an entry id seen
 * in an earlier source hides the same id in later ones; exact matches anywhere beat skeleton
 * matches; earlier sources win ties); `get`, `country`, `admin1At`, `admin2At` and
 * `pointInCountry` answer from the first source that knows.
 *
 * @example
 * ```ts
 * const mine = (await loadGazetteerCsv('my-places.csv')).value;
 * const g = composeGazetteers(mine, builtinGazetteer());
 * resolvePlace('قرب الشحيل', { gazetteer: g });
 * ```
 */
export function composeGazetteers(...sources: Gazetteer[]): Gazetteer {
  if (sources.length === 0) throw new RangeError('composeGazetteers: give at least one gazetteer');
  if (sources.length === 1) return sources[0] as Gazetteer;
  return new ComposedGazetteer(sources);
}
