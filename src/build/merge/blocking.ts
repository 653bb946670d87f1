import { LOCATION_PRECISION_RANK } from '../../schema/location.js';
import type { EventProfile } from './event-profile.js';

/**
 * Blocking: which pairs of events are worth comparing. Comparing all pairs is quadratic; instead
 * every event gets keys at three time levels (week, month, year) and three space levels (a 1°
 * grid cell, the admin1 unit, the country), within its country and type family. An event has keys
 * at its own level and every coarser one: a day-precise event in Hajin has a week, a month and a
 * year, and a cell, its governorate and Syria; a month-precise event in "Deir ez-Zor countryside"
 * has a month and a year, its governorate and Syria.
 *
 * Two events are compared in exactly one bucket: the one at their *joint* level, the coarser of
 * their two levels in each dimension (in space, the first level at or above both at which both
 * have a key). Buckets are split by their members' own levels, so a query reads only the members
 * that meet it there: a fine event meets the fine events of its cell and week, and a coarse event
 * the events inside its month and governorate. The work grows with the events per bucket, not with
 * the square of the dataset. An event whose joint-level bucket holds more than `maxCandidates`
 * events (a vague "attacks in Syria in 2019" in a dense dataset) is not compared there, and is
 * reported: merging it automatically would be a guess.
 *
 * Keys are numbers: family, country, member code, time key and space key packed into 52 bits,
 * one map per pair of levels.
 */

/** Time levels: 0 week, 1 month, 2 year. */
const TIME_LEVELS = 3;
/** Space levels: 0 grid cell, 1 admin1, 2 country. */
const SPACE_LEVELS = 3;
const DAY_MS = 86_400_000;
const NO_KEY = -1;

interface Keys {
  /** Numeric keys per time level (week, month, year numbers); empty below the event's own level. */
  time: readonly (readonly number[])[];
  /** Numeric key per space level (cell, admin1 index, 0 for the country); NO_KEY where it has none. */
  space: readonly number[];
  timeLevel: number;
  spaceLevel: number;
  /** Family and country packed: the part of the bucket key shared by all its levels. */
  group: number;
  /** The member code: own time level, own space level, has admin1. */
  code: number;
}

function monthNumber(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth() - 1970 * 12 + 12;
}

function yearNumber(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear() - 1900;
}

function keysBetween(start: number, end: number, key: (day: number) => number, step: number): number[] {
  const out: number[] = [];
  for (let day = start; ; day = Math.min(day + step, end)) {
    const k = key(day);
    if (out[out.length - 1] !== k) out.push(k);
    if (day === end) break;
  }
  return out;
}

const cellKey = (lat: number, lon: number): number => (Math.floor(lat) + 90) * 361 + (Math.floor(lon) + 180);
const NEIGHBOURS = [-362, -361, -360, -1, 0, 1, 360, 361, 362];

function memberCode(timeLevel: number, spaceLevel: number, hasAdmin1: boolean): number {
  return timeLevel * 6 + spaceLevel * 2 + (hasAdmin1 ? 1 : 0);
}

/** Whether an event with space level `sl` and admin1 presence `a1` has a key at space level `s`. */
function hasSpaceKey(sl: number, a1: boolean, s: number): boolean {
  return s === 0 ? sl === 0 : s === 1 ? a1 : true;
}

/** The space level at which two events meet: the first level ≥ both at which both have a key. */
function jointSpace(slA: number, a1A: boolean, slB: number, a1B: boolean): number {
  for (let s = Math.max(slA, slB); s < SPACE_LEVELS; s++) {
    if (hasSpaceKey(slA, a1A, s) && hasSpaceKey(slB, a1B, s)) return s;
  }
  return SPACE_LEVELS - 1;
}

/**
 * For each member code and each pair of levels (t, s), the member codes it meets there: those
 * whose joint level with it is exactly (t, s). Computed once.
 */
const PARTNERS: readonly (readonly (readonly number[])[])[] = (() => {
  const table: number[][][] = [];
  for (let tl = 0; tl < TIME_LEVELS; tl++) {
    for (let sl = 0; sl < SPACE_LEVELS; sl++) {
      for (const a1 of [false, true]) {
        const perLevel: number[][] = [];
        for (let t = 0; t < TIME_LEVELS; t++) {
          for (let s = 0; s < SPACE_LEVELS; s++) {
            const codes: number[] = [];
            if (t >= tl && s >= sl) {
              const times = t === tl ? Array.from({ length: t + 1 }, (_, i) => i) : [t];
              for (const tlB of times) {
                for (let slB = 0; slB < SPACE_LEVELS; slB++) {
                  for (const a1B of slB === 1 ? [true] : [false, true]) {
                    if (jointSpace(sl, a1, slB, a1B) === s) codes.push(memberCode(tlB, slB, a1B));
                  }
                }
              }
            }
            perLevel[t * SPACE_LEVELS + s] = codes;
          }
        }
        table[memberCode(tl, sl, a1)] = perLevel;
      }
    }
  }
  return table;
})();

/** Packs a bucket key: group (15 bits: family, country), member code (5), time key (15), space key (17). */
function bucketKey(group: number, code: number, timeKey: number, spaceKey: number): number {
  return ((group * 32 + code) * 32768 + timeKey) * 131072 + spaceKey;
}

function interner(): (value: string) => number {
  const ids = new Map<string, number>();
  return (value) => {
    let id = ids.get(value);
    if (id === undefined) {
      id = ids.size + 1;
      ids.set(value, id);
    }
    return id;
  };
}

/** Options of {@link candidatePairs}. */
export interface BlockingOptions {
  /** Skip comparisons for an event whose bucket at a level holds more events than this (default 2000). */
  maxCandidates?: number;
}

/** What blocking found: the pairs to compare, and what it could not compare. */
export interface Candidates {
  /** Pairs of profile indices `[i, j]` with `i < j`, each once. */
  pairs: [number, number][];
  /** Profiles whose date is unknown or spans more than two years: not compared. */
  undated: number[];
  /** Profiles not compared at some level because the bucket was too large, with its size. */
  tooVague: Map<number, number>;
}

/**
 * The pairs of events worth comparing, found by multi-level blocking on country, type family,
 * time and space (see the module comment). Which pairs are found does not depend on the order of
 * `profiles`.
 *
 * @example
 * ```ts
 * const { pairs } = candidatePairs(events.map(eventProfile));
 * ```
 */
export function candidatePairs(profiles: readonly EventProfile[], options: BlockingOptions = {}): Candidates {
  const maxCandidates = options.maxCandidates ?? 2000;
  const family = interner();
  const country = interner();
  const admin1 = interner();

  const keyOf = (p: EventProfile): Keys | undefined => {
    if (p.days === undefined) return undefined;
    const { start, end } = p.days;
    const width = end - start + 1;
    const timeLevel = width <= 14 ? 0 : width <= 62 ? 1 : width <= 731 ? 2 : -1;
    if (timeLevel < 0) return undefined;
    const time = [
      timeLevel <= 0 ? keysBetween(start, end, (d) => Math.floor((d + 3) / 7), 7) : [],
      timeLevel <= 1 ? keysBetween(start, end, monthNumber, 28) : [],
      keysBetween(start, end, yearNumber, 365),
    ];
    const point = p.place.location.point;
    const fine = p.place.rank <= LOCATION_PRECISION_RANK.admin2 && point !== undefined;
    const a1 = p.place.admin1;
    const spaceLevel = fine ? 0 : a1 !== undefined && p.place.rank <= LOCATION_PRECISION_RANK.admin1 ? 1 : 2;
    const space = [fine ? cellKey(point.lat, point.lon) : NO_KEY, a1 !== undefined ? admin1(a1) : NO_KEY, 0];
    const group = family(p.family) * 1024 + country(p.event.location.iso3 ?? '?');
    return { time, space, timeLevel, spaceLevel, group, code: memberCode(timeLevel, spaceLevel, a1 !== undefined) };
  };
  const keys = profiles.map(keyOf);

  // One map per pair of levels (t, s): bucket key → member indices.
  const levels: Map<number, number[]>[] = Array.from({ length: TIME_LEVELS * SPACE_LEVELS }, () => new Map<number, number[]>());
  const undated: number[] = [];
  keys.forEach((k, i) => {
    if (k === undefined) {
      undated.push(i);
      return;
    }
    for (let t = k.timeLevel; t < TIME_LEVELS; t++) {
      for (let s = k.spaceLevel; s < SPACE_LEVELS; s++) {
        const sk = k.space[s] ?? NO_KEY;
        if (sk === NO_KEY) continue;
        const map = levels[t * SPACE_LEVELS + s] as Map<number, number[]>;
        for (const tk of k.time[t] ?? []) {
          const key = bucketKey(k.group, k.code, tk, sk);
          const list = map.get(key);
          if (list === undefined) map.set(key, [i]);
          else list.push(i);
        }
      }
    }
  });

  const pairs: [number, number][] = [];
  const tooVague = new Map<number, number>();
  const lists: number[][] = [];
  const found = new Set<number>();
  keys.forEach((k, i) => {
    if (k === undefined) return;
    found.clear();
    const partners = PARTNERS[k.code] ?? [];
    for (let t = k.timeLevel; t < TIME_LEVELS; t++) {
      for (let s = k.spaceLevel; s < SPACE_LEVELS; s++) {
        const sk = k.space[s] ?? NO_KEY;
        if (sk === NO_KEY) continue;
        const codes = partners[t * SPACE_LEVELS + s] ?? [];
        const map = levels[t * SPACE_LEVELS + s] as Map<number, number[]>;
        lists.length = 0;
        let size = 0;
        for (const tk of k.time[t] ?? []) {
          for (const offset of s === 0 ? NEIGHBOURS : [0]) {
            for (const code of codes) {
              const list = map.get(bucketKey(k.group, code, tk, sk + offset));
              if (list !== undefined) {
                lists.push(list);
                size += list.length;
              }
            }
          }
        }
        if (size - 1 > maxCandidates) {
          tooVague.set(i, Math.max(tooVague.get(i) ?? 0, size - 1));
          continue;
        }
        for (const list of lists) {
          for (const j of list) {
            if (j === i || found.has(j)) continue;
            found.add(j);
            // Each pair is found from both sides: keep it from the lower index, or from the higher
            // one when the lower skipped this level as too vague (duplicates are removed below).
            if (i < j) pairs.push([i, j]);
            else if (tooVague.has(j)) pairs.push([j, i]);
          }
        }
      }
    }
  });
  if (tooVague.size === 0) return { pairs, undated, tooVague };
  const n = profiles.length;
  const unique = new Map<number, [number, number]>();
  for (const pair of pairs) unique.set(pair[0] * n + pair[1], pair);
  return { pairs: [...unique.values()], undated, tooVague };
}
