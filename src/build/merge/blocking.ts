import { LOCATION_PRECISION_RANK } from '../../schema/location.js';
import { BucketTable } from './bucket-table.js';
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
 * Keys are integers (see `bucketKey`), in one `BucketTable` per pair of levels, and each event's
 * keys sit in one typed array: the whole index lives in typed arrays, off the collected heap.
 */

/** Time levels: 0 week, 1 month, 2 year. */
const TIME_LEVELS = 3;
/** Space levels: 0 grid cell, 1 admin1, 2 country. */
const SPACE_LEVELS = 3;
/** No key at this level (the keys are unsigned 16-bit; no real key reaches it). */
const NO_KEY = 0xffff;

/** Year and month (0–11) of a day number (days since 1970-01-01), by the civil-from-days algorithm. */
function yearMonth(day: number): [number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 2 : mp - 10;
  return [yoe + era * 400 + (month < 2 ? 1 : 0), month];
}

function monthNumber(day: number): number {
  const [year, month] = yearMonth(day);
  return (year - 1970) * 12 + month + 12;
}

function yearNumber(day: number): number {
  return yearMonth(day)[0] - 1900;
}

function weekNumber(day: number): number {
  return Math.floor((day + 3) / 7);
}

/**
 * Writes the keys (weeks, months or years) a day range covers into `keys` at `at`: their count,
 * then up to three keys (levels are chosen so that no range covers more).
 */
function writeKeys(keys: Uint16Array, at: number, start: number, end: number, key: (day: number) => number, step: number): void {
  let count = 0;
  let last = NaN;
  for (let day = start; ; day = Math.min(day + step, end)) {
    const k = key(day);
    if (k !== last && count < 3) keys[at + 1 + count++] = k;
    last = k;
    if (day === end) break;
  }
  keys[at] = count;
}

const cellKey = (lat: number, lon: number): number => (Math.floor(lat) + 90) * 361 + (Math.floor(lon) + 180);
const NEIGHBOURS = [-362, -361, -360, -1, 0, 1, 360, 361, 362];
const SAME_PLACE = [0];
const NO_CODES: readonly number[] = [];
const NO_PARTNERS: readonly (readonly number[])[] = [];

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

/**
 * Bucket keys are two small integers, so that maps never box their keys: the outer key packs the
 * group (family and country) and the member code, the inner key the time key (13 bits: weeks,
 * months or years since 1970 until 2127) and the space key (16 bits: a 1° cell, or an admin1
 * index). A key that would overflow wraps; two buckets that share a key only give extra
 * comparisons, never a lost pair.
 */
function bucketKey(group: number, code: number, timeKey: number, spaceKey: number): number {
  // group and code: 20 bits; time key: 13 bits; space key: 16 bits (49 bits, exact in a double).
  return (group * 32 + code) * 0x20000000 + (timeKey & 0x1fff) * 65536 + (spaceKey & 0xffff);
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
  /** Pairs of profile indices, flat: `[i0, j0, i1, j1, …]` with `i < j`, each pair once. */
  pairs: Int32Array;
  /** Profiles whose date is unknown or spans more than two years: not compared. */
  undated: number[];
  /** Profiles not compared at some level because the bucket was too large, with its size. */
  tooVague: Map<number, number>;
}

/**
 * The keys of every event, packed in one typed array of 16-bit numbers (a million events take
 * 40 MB instead of millions of small arrays; a key that wraps only adds comparisons): per event, its levels, group and member code, up to three week,
 * month and year keys, and its cell and admin1 keys.
 */
const STRIDE = 20;
const K_VALID = 0;
const K_TIME_LEVEL = 1;
const K_SPACE_LEVEL = 2;
const K_GROUP = 3;
const K_CODE = 4;
/** Time keys of level t: count at 5 + 4t, keys at 6 + 4t … 8 + 4t. */
const K_TIME = 5;
const K_CELL = 17;
const K_ADMIN1 = 18;

/** A growable list of index pairs, in fixed chunks (no doubling copies), flattened at the end. */
class PairBuffer {
  static readonly CHUNK = 1 << 20;
  readonly #chunks: Int32Array[] = [];
  #current = new Int32Array(PairBuffer.CHUNK);
  #used = 0;
  length = 0;
  push(i: number, j: number): void {
    if (this.#used === PairBuffer.CHUNK) {
      this.#chunks.push(this.#current);
      this.#current = new Int32Array(PairBuffer.CHUNK);
      this.#used = 0;
    }
    this.#current[this.#used++] = i;
    this.#current[this.#used++] = j;
    this.length += 2;
  }
  flat(): Int32Array {
    const out = new Int32Array(this.length);
    let at = 0;
    for (const c of this.#chunks) {
      out.set(c, at);
      at += c.length;
    }
    out.set(this.#current.subarray(0, this.#used), at);
    return out;
  }
}

/**
 * The pairs of events worth comparing, found by multi-level blocking on country, type family,
 * time and space (see the module comment). Which pairs are found does not depend on the order of
 * `profiles`.
 *
 * @example
 * ```ts
 * const { pairs } = candidatePairs(events.map(eventProfile));
 * for (let k = 0; k < pairs.length; k += 2) compare(pairs[k], pairs[k + 1]);
 * ```
 */
export function candidatePairs(profiles: readonly EventProfile[], options: BlockingOptions = {}): Candidates {
  const maxCandidates = options.maxCandidates ?? 2000;
  const family = interner();
  const country = interner();
  const admin1 = interner();
  const n = profiles.length;
  const keys = new Uint16Array(n * STRIDE);

  const undated: number[] = [];
  profiles.forEach((p, i) => {
    const o = i * STRIDE;
    if (p.days === undefined) {
      undated.push(i);
      return;
    }
    const { start, end } = p.days;
    const width = end - start + 1;
    const timeLevel = width <= 14 ? 0 : width <= 62 ? 1 : width <= 731 ? 2 : -1;
    if (timeLevel < 0) {
      undated.push(i);
      return;
    }

    const point = p.place.location.point;
    const fine = p.place.rank <= LOCATION_PRECISION_RANK.admin2 && point !== undefined;
    const a1 = p.place.admin1;
    const spaceLevel = fine ? 0 : a1 !== undefined && p.place.rank <= LOCATION_PRECISION_RANK.admin1 ? 1 : 2;
    keys[o + K_VALID] = 1;
    keys[o + K_TIME_LEVEL] = timeLevel;
    keys[o + K_SPACE_LEVEL] = spaceLevel;
    keys[o + K_GROUP] = (family(p.family) % 32) * 1024 + (country(p.event.location.iso3 ?? '?') % 1024);
    keys[o + K_CODE] = memberCode(timeLevel, spaceLevel, a1 !== undefined);
    if (timeLevel <= 0) writeKeys(keys, o + K_TIME, start, end, weekNumber, 7);
    if (timeLevel <= 1) writeKeys(keys, o + K_TIME + 4, start, end, monthNumber, 28);
    writeKeys(keys, o + K_TIME + 8, start, end, yearNumber, 365);
    keys[o + K_CELL] = fine ? cellKey(point.lat, point.lon) : NO_KEY;
    keys[o + K_ADMIN1] = a1 !== undefined ? admin1(a1) % 65000 : NO_KEY;
  });
  const spaceKey = (o: number, s: number): number => (s === 0 ? (keys[o + K_CELL] ?? NO_KEY) : s === 1 ? (keys[o + K_ADMIN1] ?? NO_KEY) : 0);

  // Level by level (t, s): fill one table with the events that have keys there, then let every
  // event that meets others at this level look its buckets up. A pair meets at one level only,
  // so nothing needs remembering across levels, and one table (and its buffers) serves them all.
  const table = new BucketTable();
  const pairs = new PairBuffer();
  const tooVague = new Map<number, number>();
  // Whether each event skipped the current level as too vague.
  const vagueHere = new Uint8Array(n);
  // The slots of the buckets an event meets at one level (at most 3 time keys × 9 cells × 18 codes).
  const slots = new Int32Array(3 * 9 * 18);
  // found[j] === stamp when event j was already met by the current event at this level.
  const found = new Int32Array(n);
  let stamp = 0;
  // Set when a pair was kept from its higher index: then duplicates are removed below.
  let keptFromHigher = false;
  for (let t = 0; t < TIME_LEVELS; t++) {
    for (let s = 0; s < SPACE_LEVELS; s++) {
      table.reset();
      for (let i = 0; i < n; i++) {
        const o = i * STRIDE;
        if (keys[o + K_VALID] !== 1 || (keys[o + K_TIME_LEVEL] ?? 0) > t || (keys[o + K_SPACE_LEVEL] ?? 0) > s) continue;
        const sk = spaceKey(o, s);
        if (sk === NO_KEY) continue;
        const group = keys[o + K_GROUP] ?? 0;
        const code = keys[o + K_CODE] ?? 0;
        const count = keys[o + K_TIME + 4 * t] ?? 0;
        for (let x = 0; x < count; x++) table.add(bucketKey(group, code, keys[o + K_TIME + 4 * t + 1 + x] ?? 0, sk), i);
      }
      table.freeze();
      vagueHere.fill(0);
      for (let i = 0; i < n; i++) {
        const o = i * STRIDE;
        if (keys[o + K_VALID] !== 1 || (keys[o + K_TIME_LEVEL] ?? 0) > t || (keys[o + K_SPACE_LEVEL] ?? 0) > s) continue;
        const sk = spaceKey(o, s);
        if (sk === NO_KEY) continue;
        const group = keys[o + K_GROUP] ?? 0;
        const count = keys[o + K_TIME + 4 * t] ?? 0;
        const codes = (PARTNERS[keys[o + K_CODE] ?? 0] ?? NO_PARTNERS)[t * SPACE_LEVELS + s] ?? NO_CODES;
        let slotCount = 0;
        let size = 0;
        for (const code of codes) {
          for (let x = 0; x < count; x++) {
            const tk = keys[o + K_TIME + 4 * t + 1 + x] ?? 0;
            for (const offset of s === 0 ? NEIGHBOURS : SAME_PLACE) {
              const slot = table.find(bucketKey(group, code, tk, sk + offset));
              if (slot === -1) continue;
              slots[slotCount++] = slot;
              size += table.size(slot);
            }
          }
        }
        if (size - 1 > maxCandidates) {
          vagueHere[i] = 1;
          tooVague.set(i, Math.max(tooVague.get(i) ?? 0, size - 1));
          continue;
        }
        // Each pair is found from both sides: keep it from the lower index, or from the higher one
        // when the lower skipped this level as too vague (duplicates are removed below).
        stamp++;
        for (let f = 0; f < slotCount; f++) {
          const slot = slots[f] ?? 0;
          for (let k = table.start(slot), end = table.end(slot); k < end; k++) {
            const j = table.member(k);
            if (j === i || found[j] === stamp) continue;
            found[j] = stamp;
            if (i < j) pairs.push(i, j);
            else if (vagueHere[j] === 1) {
              pairs.push(j, i);
              keptFromHigher = true;
            }
          }
        }
      }
    }
  }
  if (!keptFromHigher) return { pairs: pairs.flat(), undated, tooVague };
  const seen = new Set<number>();
  const unique = new PairBuffer();
  const all = pairs.flat();
  for (let k = 0; k < all.length; k += 2) {
    const a = all[k] ?? 0;
    const b = all[k + 1] ?? 0;
    if (seen.has(a * n + b)) continue;
    seen.add(a * n + b);
    unique.push(a, b);
  }
  return { pairs: unique.flat(), undated, tooVague };
}
