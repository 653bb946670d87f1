/**
 * The annotation part of an inline span, `[[text|THIS PART]]`: whitespace-separated items.
 *
 * | item | meaning |
 * | --- | --- |
 * | `Label` | the span's label |
 * | `Label@e1` | trigger of event e1 (when the scheme knows `Label` as an event type) or its argument with role `Label` |
 * | `!Label@e1` | trigger of event e1, whatever the scheme says |
 * | `Role@e2<@e1` | event e1 (not the span) is the `Role` argument of event e2 |
 * | `Label>#T5` | relation `Label` from this span to span T5 |
 * | `@e1` | event e1 itself, to hang modifiers on |
 * | `#T5` | this span's id (to continue a discontinuous span or be pointed at) |
 * | `*Label:key` | equivalence: spans with the same `Label:key` refer to one thing |
 * | `+Name`, `+Name=Value` | attribute |
 * | `=db:id`, `=db:id"name"` | normalisation to a knowledge-base entry |
 * | `"text"` | note |
 *
 * Modifiers (`+…`, `=…`, `"…"`) glued to an `@e1` item belong to the event, glued to a
 * relation item to the relation, otherwise to the span. A backslash makes the next character
 * literal; `"…"` strings use JSON escapes.
 */

/**
 * An attribute, normalisation or note written after an item.
 *
 * @example
 * ```ts
 * parseSpec('@e1+Claimed').items[0]; //=> { kind: 'event-ref', event: 'e1', modifiers: [{ kind: 'attribute', name: 'Claimed', value: true, at: 3 }], at: 0 }
 * ```
 */
export type SpecModifier =
  | { kind: 'attribute'; name: string; value: string | true; at: number }
  | { kind: 'normalization'; db: string; dbId: string; text?: string; at: number }
  | { kind: 'note'; text: string; at: number };

/**
 * One item of a span's annotation part; `at` is its UTF-16 index in the annotation part.
 *
 * @example
 * ```ts
 * parseSpec('Victim@e1').items[0]; //=> { kind: 'event', label: 'Victim', event: 'e1', forceTrigger: false, modifiers: [], at: 0 }
 * ```
 */
export type SpecItem =
  | { kind: 'id'; id: string; at: number }
  | { kind: 'label'; label: string; modifiers: SpecModifier[]; at: number }
  | { kind: 'event'; label: string; event: string; forceTrigger: boolean; nestedTarget?: string; modifiers: SpecModifier[]; at: number }
  | { kind: 'relation'; label: string; target: string; modifiers: SpecModifier[]; at: number }
  | { kind: 'event-ref'; event: string; modifiers: SpecModifier[]; at: number }
  | { kind: 'modifiers'; modifiers: SpecModifier[]; at: number }
  | { kind: 'equivalence'; label: string; key: string; at: number };

/**
 * A problem in an annotation part, at a UTF-16 index of it.
 *
 * @example
 * ```ts
 * parseSpec('=nodb').errors[0]; //=> { message: 'a normalisation is written =db:id, …', at: 0 }
 * ```
 */
export interface SpecError {
  message: string;
  at: number;
}

/**
 * Character classes of ASCII code units inside an item: 1 for the characters that end a name
 * (`@ + = " > < | [ ]`), 2 for whitespace, 0 for the rest.
 */
const ASCII_CLASS = new Uint8Array(128);
for (const c of '@+="><|[]') ASCII_CLASS[c.charCodeAt(0)] = 1;
for (const c of '\t\n\v\f\r ') ASCII_CLASS[c.charCodeAt(0)] = 2;
const WHITESPACE = /\s/;
/** ASCII code units that end a name: class 1 or 2 above; the same with `:`, for names before a colon. */
const NAME_STOP = ASCII_CLASS.map((k) => (k === 0 ? 0 : 1));
const NAME_STOP_COLON = NAME_STOP.map((k, c) => (c === 58 ? 1 : k));

/** True for a UTF-16 code unit that `\s` matches: a table for ASCII, and nothing below U+1680 but U+00A0. */
function isSpaceCode(code: number): boolean {
  if (code < 128) return ASCII_CLASS[code] === 2;
  if (code === 0xa0) return true;
  if (code < 0x1680) return false;
  return WHITESPACE.test(String.fromCharCode(code));
}

/**
 * An item as {@link readSpec} reads it: one shape for every kind (what a kind does not have is
 * empty), so that code going through many items reads their fields quickly. An item without
 * modifiers shares one empty `modifiers` list: read it, do not change it. {@link parseSpec}
 * turns it into a {@link SpecItem}.
 *
 * @example
 * ```ts
 * const items: ItemRecord[] = [];
 * readSpec('Victim@e1', codeUnits('Victim@e1').units, 0, 9, false, items, []);
 * items[0]; //=> { kind: 'event', label: 'Victim', event: 'e1', target: '', key: '', id: '', nestedTarget: undefined, forceTrigger: false, modifiers: [], at: 0 }
 * ```
 */
export interface ItemRecord {
  kind: SpecItem['kind'];
  /** Label, role, relation or equivalence label. */
  label: string;
  event: string;
  /** Target span of a relation. */
  target: string;
  /** Key of an equivalence. */
  key: string;
  /** Span id (`#T5`). */
  id: string;
  nestedTarget: string | undefined;
  forceTrigger: boolean;
  modifiers: SpecModifier[];
  at: number;
}

/** The modifiers of an item that has none (shared, never changed). */
const NO_MODIFIERS: SpecModifier[] = [];

/** A list of modifiers the caller may change: a new empty list instead of the shared one. */
function own(modifiers: SpecModifier[]): SpecModifier[] {
  return modifiers === NO_MODIFIERS ? [] : modifiers;
}

function record(kind: SpecItem['kind'], at: number): ItemRecord {
  return { kind, label: '', event: '', target: '', key: '', id: '', nestedTarget: undefined, forceTrigger: false, modifiers: NO_MODIFIERS, at };
}

/** The public form of an item: only the fields of its kind, in the documented order. */
function specItem(r: ItemRecord): SpecItem {
  switch (r.kind) {
    case 'id':
      return { kind: 'id', id: r.id, at: r.at };
    case 'equivalence':
      return { kind: 'equivalence', label: r.label, key: r.key, at: r.at };
    case 'event-ref':
      return { kind: 'event-ref', event: r.event, modifiers: own(r.modifiers), at: r.at };
    case 'modifiers':
      return { kind: 'modifiers', modifiers: own(r.modifiers), at: r.at };
    case 'event': {
      const item: SpecItem = { kind: 'event', label: r.label, event: r.event, forceTrigger: r.forceTrigger, modifiers: own(r.modifiers), at: r.at };
      if (r.nestedTarget !== undefined) item.nestedTarget = r.nestedTarget;
      return item;
    }
    case 'relation':
      return { kind: 'relation', label: r.label, target: r.target, modifiers: own(r.modifiers), at: r.at };
    case 'label':
      return { kind: 'label', label: r.label, modifiers: own(r.modifiers), at: r.at };
  }
}

const EMPTY_UNITS = new Uint16Array(0);

/**
 * Reads the items of an annotation part, `s` from `base` to `n`. An item ends at the next
 * whitespace outside a quoted string; the reader is only ever outside quoted strings between
 * its steps (it reads a quoted string whole), so "at the end of the item" is "at whitespace or
 * at the end of the part". Positions in items and errors are relative to `base`.
 */
class Reader {
  s = '';
  /** The code units of `s` (read instead of `s.charCodeAt`, which costs twice as much). */
  u: Uint16Array = EMPTY_UNITS;
  pos = 0;
  base = 0;
  n = 0;
  /** False when the part has no backslash, so names and strings need no unescaping. */
  escapes = true;
  /** True at the end of the current item. */
  atEnd(): boolean {
    return this.pos >= this.n || isSpaceCode(this.u[this.pos] ?? 0);
  }
  /** The code unit at `pos + o`, or -1 past the end of the item. */
  code(o = 0): number {
    const i = this.pos + o;
    if (i >= this.n) return -1;
    const c = this.u[i] ?? 0;
    return isSpaceCode(c) ? -1 : c;
  }
  /** The character at `pos`, or '' at the end of the item (for messages). */
  peek(): string {
    return this.atEnd() ? '' : this.s.charAt(this.pos);
  }
  /** Reads a name up to an unescaped stop character or whitespace (or `:` where `colon` is set); backslash escapes. */
  name(colon = false): string {
    const s = this.s;
    const u = this.u;
    const n = this.n;
    const stop = colon ? NAME_STOP_COLON : NAME_STOP;
    const start = this.pos;
    let pos = start;
    if (!this.escapes) {
      while (pos < n) {
        const c = u[pos] ?? 0;
        if (c < 128 ? stop[c] !== 0 : isSpaceCode(c)) break;
        pos++;
      }
      this.pos = pos;
      return s.slice(start, pos);
    }
    let out: string | undefined;
    let from = start;
    while (pos < n) {
      const c = u[pos] ?? 0;
      if (c === 92 && pos + 1 < n) {
        out = (out ?? '') + s.slice(from, pos) + s.charAt(pos + 1);
        pos += 2;
        from = pos;
        continue;
      }
      if (c < 128 ? stop[c] !== 0 : isSpaceCode(c)) break;
      pos++;
    }
    this.pos = pos;
    return out === undefined ? s.slice(start, pos) : out + s.slice(from, pos);
  }
  /** Reads a JSON string starting at the current `"`. */
  quoted(): string | undefined {
    const s = this.s;
    const n = this.n;
    const start = this.pos;
    if (!this.escapes) {
      const close = s.indexOf('"', start + 1);
      if (close < 0 || close >= n) return undefined;
      this.pos = close + 1;
      return s.slice(start + 1, close);
    }
    const u = this.u;
    let i = start + 1;
    let escaped = false;
    while (i < n) {
      const c = u[i] ?? 0;
      if (c === 92) {
        i += 2;
        escaped = true;
      } else if (c === 34) break;
      else i++;
    }
    if (i >= n) return undefined;
    if (!escaped) {
      this.pos = i + 1;
      return s.slice(start + 1, i);
    }
    try {
      const v = JSON.parse(s.slice(start, i + 1)) as unknown;
      this.pos = i + 1;
      return typeof v === 'string' ? v : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The end of the item starting at `i`: the next whitespace outside a quoted string, at most `n`. */
function itemEnd(u: Uint16Array, i: number, n: number): number {
  let inQuote = false;
  while (i < n) {
    const c = u[i] ?? 0;
    if (c === 92) {
      i += 2;
      continue;
    }
    if (c === 34) inQuote = !inQuote;
    else if (!inQuote && isSpaceCode(c)) break;
    i++;
  }
  return i < n ? i : n;
}

/** The reader is used by one call at a time (reading has no callbacks). */
const reader = new Reader();

/**
 * Splits an annotation part into items (see the table in this module's description).
 *
 * @example
 * ```ts
 * parseSpec('Assassination@e1+Claimed =wikidata:Q1').items.map((i) => i.kind); //=> ['event', 'modifiers']
 * ```
 */
export function parseSpec(spec: string): { items: SpecItem[]; errors: SpecError[] } {
  const records: ItemRecord[] = [];
  const errors: SpecError[] = [];
  const units = new Uint16Array(spec.length);
  for (let i = 0; i < spec.length; i++) units[i] = spec.charCodeAt(i);
  readSpec(spec, units, 0, spec.length, spec.includes('\\'), records, errors);
  return { items: records.map(specItem), errors };
}

/**
 * {@link parseSpec} for the annotation part `source.slice(start, end)`, without copying it: its
 * items (as {@link ItemRecord}s) and errors are appended to `items` and `errors`, with positions
 * relative to `start`. `units` are the code units of `source` (see `codeUnits`). `escapes` may
 * be false only when the part has no backslash. Returns how many of the items are span ids
 * (`#T5`).
 *
 * @example
 * ```ts
 * const items: ItemRecord[] = [];
 * const source = '[[ISIS|Organization]]';
 * readSpec(source, codeUnits(source).units, 7, 19, false, items, []);
 * items[0]?.kind; //=> 'label'
 * items[0]?.label; //=> 'Organization'
 * ```
 */
export function readSpec(source: string, units: Uint16Array, start: number, end: number, escapes: boolean, items: ItemRecord[], errors: SpecError[]): number {
  const r = reader;
  const u = units;
  r.s = source;
  r.u = u;
  r.base = start;
  r.n = end;
  r.escapes = escapes;
  let i = start;
  let ids = 0;
  while (i < end) {
    if (isSpaceCode(u[i] ?? 0)) {
      i++;
      continue;
    }
    r.pos = i;
    const item = parseItem(r, errors);
    if (item !== undefined) {
      items.push(item);
      if (item.kind === 'id') ids++;
      // A parsed item ends exactly where its reading stopped.
      i = r.pos;
    } else i = itemEnd(u, i, end);
  }
  r.s = '';
  r.u = EMPTY_UNITS;
  return ids;
}

/** The modifiers up to the end of the item; {@link NO_MODIFIERS} when there are none. */
function parseModifiers(r: Reader, errors: SpecError[]): SpecModifier[] | undefined {
  if (r.atEnd()) return NO_MODIFIERS;
  const out: SpecModifier[] = [];
  while (!r.atEnd()) {
    const at = r.pos - r.base;
    const c = r.code();
    if (c === 43) {
      r.pos++;
      const name = r.name();
      if (name === '') {
        errors.push({ message: 'an attribute "+" needs a name, as in +Claimed or +Certainty=Low', at });
        return undefined;
      }
      let value: string | true = true;
      if (r.code() === 61) {
        r.pos++;
        value = r.code() === 34 ? (r.quoted() ?? '') : r.name();
        if (value === '') {
          errors.push({ message: `attribute +${name}= needs a value after "="`, at });
          return undefined;
        }
      }
      out.push({ kind: 'attribute', name, value, at });
    } else if (c === 61) {
      r.pos++;
      const db = r.name(true);
      if (db === '' || r.code() !== 58) {
        errors.push({ message: 'a normalisation is written =db:id, as in =wikidata:Q2429253 or =actors:isis', at });
        return undefined;
      }
      r.pos++;
      const dbId = r.name();
      if (dbId === '') {
        errors.push({ message: `normalisation =${db}: needs an id after ":"`, at });
        return undefined;
      }
      const n: SpecModifier = { kind: 'normalization', db, dbId, at };
      if (r.code() === 34) {
        const text = r.quoted();
        if (text === undefined) {
          errors.push({ message: 'the name after a normalisation is an unterminated or invalid "…" string', at: r.pos - r.base });
          return undefined;
        }
        n.text = text;
      }
      out.push(n);
    } else if (c === 34) {
      const text = r.quoted();
      if (text === undefined) {
        errors.push({ message: 'a note is an unterminated or invalid "…" string', at });
        return undefined;
      }
      out.push({ kind: 'note', text, at });
    } else {
      errors.push({ message: `unexpected ${JSON.stringify(r.peek())} (escape it with a backslash to use it in a name)`, at });
      return undefined;
    }
  }
  return out;
}

function parseItem(r: Reader, errors: SpecError[]): ItemRecord | undefined {
  const at = r.pos - r.base;
  const c = r.code();
  if (c === 35) {
    r.pos++;
    const id = r.name();
    if (id === '' || !r.atEnd()) {
      errors.push({ message: 'a span id is written #T5 (letters, digits, no modifiers)', at });
      return undefined;
    }
    const item = record('id', at);
    item.id = id;
    return item;
  }
  if (c === 42) {
    r.pos++;
    const parts: string[] = [r.name(true)];
    while (r.code() === 58) {
      r.pos++;
      parts.push(r.name(true));
    }
    const key = parts.pop() ?? '';
    const label = parts.join(':');
    if (label === '' || key === '' || !r.atEnd()) {
      errors.push({ message: 'an equivalence is written *Label:key, as in *Equiv:isis', at });
      return undefined;
    }
    const item = record('equivalence', at);
    item.label = label;
    item.key = key;
    return item;
  }
  if (c === 64) {
    r.pos++;
    const event = r.name();
    if (event === '') {
      errors.push({ message: 'an event reference is written @e1', at });
      return undefined;
    }
    const modifiers = parseModifiers(r, errors);
    if (modifiers === undefined) return undefined;
    const item = record('event-ref', at);
    item.event = event;
    item.modifiers = modifiers;
    return item;
  }
  if (c === 43 || c === 61 || c === 34) {
    const modifiers = parseModifiers(r, errors);
    if (modifiers === undefined) return undefined;
    const item = record('modifiers', at);
    item.modifiers = modifiers;
    return item;
  }
  const forceTrigger = c === 33;
  if (forceTrigger) r.pos++;
  const label = r.name();
  if (label === '') {
    errors.push({ message: `unexpected ${JSON.stringify(r.peek())}: an item starts with a label, #id, @event, *equivalence, +attribute, =db:id or "note"`, at });
    return undefined;
  }
  // The most common item, a bare label (`Location`): nothing follows the name.
  if (!forceTrigger && r.atEnd()) {
    const item = record('label', at);
    item.label = label;
    return item;
  }
  if (r.code() === 64) {
    r.pos++;
    const event = r.name();
    if (event === '') {
      errors.push({ message: `${label}@ needs an event id, as in ${label}@e1`, at });
      return undefined;
    }
    let nestedTarget: string | undefined;
    if (r.code() === 60) {
      if (r.code(1) !== 64 || forceTrigger) {
        errors.push({ message: `a nested event argument is written ${label}@${event}<@e2 (and cannot be a trigger)`, at });
        return undefined;
      }
      r.pos += 2;
      nestedTarget = r.name();
      if (nestedTarget === '') {
        errors.push({ message: `${label}@${event}<@ needs the id of the argument event`, at });
        return undefined;
      }
    }
    const modifiers = parseModifiers(r, errors);
    if (modifiers === undefined) return undefined;
    const item = record('event', at);
    item.label = label;
    item.event = event;
    item.forceTrigger = forceTrigger;
    item.nestedTarget = nestedTarget;
    item.modifiers = modifiers;
    return item;
  }
  if (forceTrigger) {
    errors.push({ message: `!${label} marks a trigger and needs an event id, as in !${label}@e1`, at });
    return undefined;
  }
  if (r.code() === 62) {
    r.pos++;
    if (r.code() !== 35) {
      errors.push({ message: `a relation is written ${label}>#T5 (the target span's id after ">#")`, at });
      return undefined;
    }
    r.pos++;
    const target = r.name();
    if (target === '') {
      errors.push({ message: `relation ${label}># needs a span id`, at });
      return undefined;
    }
    const modifiers = parseModifiers(r, errors);
    if (modifiers === undefined) return undefined;
    const item = record('relation', at);
    item.label = label;
    item.target = target;
    item.modifiers = modifiers;
    return item;
  }
  const modifiers = parseModifiers(r, errors);
  if (modifiers === undefined) return undefined;
  const item = record('label', at);
  item.label = label;
  item.modifiers = modifiers;
  return item;
}

/** Characters a name must escape when written. */
const ESCAPE_IN_NAME = /[\s@+="<>|[\]\\]/g;
/** The same characters, to test whether a name needs any escape (no `g`: no `lastIndex` state). */
const NEEDS_ESCAPE = /[\s@+="<>|[\]\\]/;

/**
 * Escapes a name for an annotation part: a backslash before every character that would end it,
 * and before a leading `#`, `*`, `!` (and `:` where `colon` is set).
 *
 * @example
 * ```ts
 * escapeName('Armed clash'); //=> 'Armed\\ clash'
 * ```
 */
export function escapeName(name: string, options: { leading?: boolean; colon?: boolean } = {}): string {
  let out = NEEDS_ESCAPE.test(name) ? name.replace(ESCAPE_IN_NAME, '\\$&') : name;
  if (options.colon === true && out.includes(':')) out = out.replaceAll(':', '\\:');
  if (options.leading === true) {
    // A leading # * ! would read as an id, an equivalence or a forced trigger.
    const c = out.charCodeAt(0);
    if (c === 35 || c === 42 || c === 33) out = `\\${out}`;
  }
  return out;
}
