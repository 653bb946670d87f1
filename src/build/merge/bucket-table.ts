/**
 * A hash table from numeric keys to lists of event indices, held entirely in typed arrays and
 * built in two steps: `add` collects (key, member) entries, `freeze` sizes the table once and
 * stores each key's members contiguously (a counting sort by slot), so that reading a bucket is
 * a sequential scan. Blocking a million events adds about ten million members; kept off the
 * garbage-collected heap and read without pointer chasing, they cost the same per member at any
 * size (with Maps of arrays, collections and cache misses made the cost grow faster than the data).
 *
 * Keys are non-negative integers below 2^53. Members of one key keep the order they were added in.
 * `reset` empties the table and keeps its buffers, so one table can serve many rounds without
 * allocating again.
 *
 * @example
 * ```ts
 * const table = new BucketTable();
 * table.add(42, 7);
 * table.freeze();
 * const slot = table.find(42);
 * for (let k = table.start(slot); k < table.end(slot); k++) table.member(k); //=> 7
 * ```
 */
export class BucketTable {
  #entryKeys = new Float64Array(1024);
  #entryMembers = new Int32Array(1024);
  #entries = 0;
  #keys = new Float64Array(0);
  #offsets = new Int32Array(1);
  #cursor = new Int32Array(1);
  #members = new Int32Array(0);
  #slotOfEntry = new Int32Array(0);
  #mask = 0;
  #frozen = false;

  /**
   * The slot a key hashes to. The key's low 16 bits (in blocking: the place, a cell or an admin1
   * unit) are added to a random position chosen by the rest (group, code and time), so that the
   * nine cells around a place, looked up one after the other, sit in nearby slots and share
   * cache lines; the rest is mixed (murmur3's finaliser) so that buckets spread evenly.
   */
  static #hash(key: number): number {
    const low = key % 65536;
    const high = Math.floor(key / 65536);
    let h = Math.imul((high % 0x40000000) ^ Math.imul(Math.floor(high / 0x40000000), 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return (h + low) >>> 0;
  }

  #slotOf(key: number): number {
    let slot = BucketTable.#hash(key) & this.#mask;
    for (;;) {
      const k = this.#keys[slot] ?? -1;
      if (k === key || k === -1) return slot;
      slot = (slot + 1) & this.#mask;
    }
  }

  /** Empties the table for a new round of `add` and `freeze`, keeping its buffers. */
  reset(): void {
    this.#entries = 0;
    this.#frozen = false;
  }

  /** Adds `member` to the list of `key` (before {@link BucketTable.freeze}). */
  add(key: number, member: number): void {
    if (this.#frozen) throw new Error('BucketTable: add after freeze');
    if (this.#entries === this.#entryKeys.length) {
      const keys = new Float64Array(this.#entries * 2);
      keys.set(this.#entryKeys);
      this.#entryKeys = keys;
      const members = new Int32Array(this.#entries * 2);
      members.set(this.#entryMembers);
      this.#entryMembers = members;
    }
    this.#entryKeys[this.#entries] = key;
    this.#entryMembers[this.#entries] = member;
    this.#entries++;
  }

  /** Builds the table from the entries added; afterwards it is read-only until {@link BucketTable.reset}. */
  freeze(): void {
    if (this.#frozen) return;
    this.#frozen = true;
    const n = this.#entries;
    let capacity = 16;
    while (capacity < n * 2) capacity *= 2;
    // Buffers grow when a round needs more, and are reused otherwise.
    if (this.#keys.length < capacity) {
      this.#keys = new Float64Array(capacity);
      this.#offsets = new Int32Array(capacity + 1);
      this.#cursor = new Int32Array(capacity + 1);
    }
    if (this.#members.length < n) {
      this.#members = new Int32Array(this.#entryKeys.length);
      this.#slotOfEntry = new Int32Array(this.#entryKeys.length);
    }
    this.#keys.fill(-1, 0, capacity);
    this.#offsets.fill(0, 0, capacity + 1);
    this.#mask = capacity - 1;
    const offsets = this.#offsets;
    const slotOf = this.#slotOfEntry;
    for (let e = 0; e < n; e++) {
      const key = this.#entryKeys[e] ?? 0;
      const slot = this.#slotOf(key);
      this.#keys[slot] = key;
      slotOf[e] = slot;
      offsets[slot + 1] = (offsets[slot + 1] ?? 0) + 1;
    }
    for (let s = 0; s < capacity; s++) offsets[s + 1] = (offsets[s + 1] ?? 0) + (offsets[s] ?? 0);
    const cursor = this.#cursor;
    cursor.set(offsets.subarray(0, capacity + 1));
    for (let e = 0; e < n; e++) {
      const slot = slotOf[e] ?? 0;
      const at = cursor[slot] ?? 0;
      this.#members[at] = this.#entryMembers[e] ?? 0;
      cursor[slot] = at + 1;
    }
  }

  /** The slot of `key`, or -1 when it has no members (after {@link BucketTable.freeze}). */
  find(key: number): number {
    if (this.#mask === 0) return -1;
    const slot = this.#slotOf(key);
    return this.#keys[slot] === -1 ? -1 : slot;
  }

  /** How many members the key at `slot` has. */
  size(slot: number): number {
    return (this.#offsets[slot + 1] ?? 0) - (this.#offsets[slot] ?? 0);
  }

  /** Where the members of `slot` start in {@link BucketTable.member}'s numbering. */
  start(slot: number): number {
    return this.#offsets[slot] ?? 0;
  }

  /** Where they end (exclusive). */
  end(slot: number): number {
    return this.#offsets[slot + 1] ?? 0;
  }

  /** The member at position `k`. */
  member(k: number): number {
    return this.#members[k] ?? -1;
  }
}
