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

/** Characters that end a name inside an item (besides whitespace). */
const STOP = new Set(['@', '+', '=', '"', '>', '<', '|', '[', ']']);
const WHITESPACE = /\s/;

/** True for whitespace, quickly for ASCII. */
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(c);
}

class Reader {
  pos = 0;
  constructor(
    readonly s: string,
    readonly end: number,
  ) {}
  peek(o = 0): string {
    return this.pos + o < this.end ? (this.s[this.pos + o] ?? '') : '';
  }
  /** Reads a name up to an unescaped stop character (or one of `extra`); backslash escapes. */
  name(extra = ''): string {
    const start = this.pos;
    let out: string | undefined;
    let from = start;
    while (this.pos < this.end) {
      const c = this.s[this.pos] ?? '';
      if (c === '\\' && this.pos + 1 < this.end) {
        out = (out ?? '') + this.s.slice(from, this.pos) + (this.s[this.pos + 1] ?? '');
        this.pos += 2;
        from = this.pos;
        continue;
      }
      if (STOP.has(c) || isSpace(c) || (extra !== '' && extra.includes(c))) break;
      this.pos++;
    }
    return out === undefined ? this.s.slice(start, this.pos) : out + this.s.slice(from, this.pos);
  }
  /** Reads a JSON string starting at the current `"`. */
  quoted(): string | undefined {
    const start = this.pos;
    let i = this.pos + 1;
    while (i < this.end) {
      const c = this.s[i];
      if (c === '\\') i += 2;
      else if (c === '"') break;
      else i++;
    }
    if (i >= this.end) return undefined;
    const body = this.s.slice(start + 1, i);
    if (!body.includes('\\')) {
      this.pos = i + 1;
      return body;
    }
    try {
      const v = JSON.parse(this.s.slice(start, i + 1)) as unknown;
      this.pos = i + 1;
      return typeof v === 'string' ? v : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The end of the item starting at `i`: the next whitespace outside a quoted string. */
function itemEnd(s: string, i: number): number {
  let inQuote = false;
  while (i < s.length) {
    const c = s[i] ?? '';
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && isSpace(c)) break;
    i++;
  }
  return Math.min(i, s.length);
}

/**
 * Splits an annotation part into items (see the table in this module's description).
 *
 * @example
 * ```ts
 * parseSpec('Assassination@e1+Claimed =wikidata:Q1').items.map((i) => i.kind); //=> ['event', 'modifiers']
 * ```
 */
export function parseSpec(spec: string): { items: SpecItem[]; errors: SpecError[] } {
  const items: SpecItem[] = [];
  const errors: SpecError[] = [];
  let i = 0;
  while (i < spec.length) {
    const c = spec[i] ?? '';
    if (isSpace(c)) {
      i++;
      continue;
    }
    const end = itemEnd(spec, i);
    const r = new Reader(spec, end);
    r.pos = i;
    const item = parseItem(r, errors);
    if (item !== undefined) items.push(item);
    i = end;
  }
  return { items, errors };
}

function parseModifiers(r: Reader, errors: SpecError[]): SpecModifier[] | undefined {
  const out: SpecModifier[] = [];
  while (r.pos < r.end) {
    const at = r.pos;
    const c = r.peek();
    if (c === '+') {
      r.pos++;
      const name = r.name();
      if (name === '') {
        errors.push({ message: 'an attribute "+" needs a name, as in +Claimed or +Certainty=Low', at });
        return undefined;
      }
      let value: string | true = true;
      if (r.peek() === '=') {
        r.pos++;
        value = r.peek() === '"' ? (r.quoted() ?? '') : r.name();
        if (value === '') {
          errors.push({ message: `attribute +${name}= needs a value after "="`, at });
          return undefined;
        }
      }
      out.push({ kind: 'attribute', name, value, at });
    } else if (c === '=') {
      r.pos++;
      const db = r.name(':');
      if (db === '' || r.peek() !== ':') {
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
      if (r.peek() === '"') {
        const text = r.quoted();
        if (text === undefined) {
          errors.push({ message: 'the name after a normalisation is an unterminated or invalid "…" string', at: r.pos });
          return undefined;
        }
        n.text = text;
      }
      out.push(n);
    } else if (c === '"') {
      const text = r.quoted();
      if (text === undefined) {
        errors.push({ message: 'a note is an unterminated or invalid "…" string', at });
        return undefined;
      }
      out.push({ kind: 'note', text, at });
    } else {
      errors.push({ message: `unexpected ${JSON.stringify(c)} (escape it with a backslash to use it in a name)`, at });
      return undefined;
    }
  }
  return out;
}

function parseItem(r: Reader, errors: SpecError[]): SpecItem | undefined {
  const at = r.pos;
  const c = r.peek();
  if (c === '#') {
    r.pos++;
    const id = r.name();
    if (id === '' || r.pos < r.end) {
      errors.push({ message: 'a span id is written #T5 (letters, digits, no modifiers)', at });
      return undefined;
    }
    return { kind: 'id', id, at };
  }
  if (c === '*') {
    r.pos++;
    const parts: string[] = [r.name(':')];
    while (r.peek() === ':') {
      r.pos++;
      parts.push(r.name(':'));
    }
    const key = parts.pop() ?? '';
    const label = parts.join(':');
    if (label === '' || key === '' || r.pos < r.end) {
      errors.push({ message: 'an equivalence is written *Label:key, as in *Equiv:isis', at });
      return undefined;
    }
    return { kind: 'equivalence', label, key, at };
  }
  if (c === '@') {
    r.pos++;
    const event = r.name();
    if (event === '') {
      errors.push({ message: 'an event reference is written @e1', at });
      return undefined;
    }
    const modifiers = parseModifiers(r, errors);
    return modifiers === undefined ? undefined : { kind: 'event-ref', event, modifiers, at };
  }
  if (c === '+' || c === '=' || c === '"') {
    const modifiers = parseModifiers(r, errors);
    return modifiers === undefined ? undefined : { kind: 'modifiers', modifiers, at };
  }
  const forceTrigger = c === '!';
  if (forceTrigger) r.pos++;
  const label = r.name();
  if (label === '') {
    errors.push({ message: `unexpected ${JSON.stringify(r.peek())}: an item starts with a label, #id, @event, *equivalence, +attribute, =db:id or "note"`, at });
    return undefined;
  }
  if (r.peek() === '@') {
    r.pos++;
    const event = r.name();
    if (event === '') {
      errors.push({ message: `${label}@ needs an event id, as in ${label}@e1`, at });
      return undefined;
    }
    let nestedTarget: string | undefined;
    if (r.peek() === '<') {
      if (r.peek(1) !== '@' || forceTrigger) {
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
    const item: SpecItem = { kind: 'event', label, event, forceTrigger, modifiers, at };
    if (nestedTarget !== undefined) item.nestedTarget = nestedTarget;
    return item;
  }
  if (forceTrigger) {
    errors.push({ message: `!${label} marks a trigger and needs an event id, as in !${label}@e1`, at });
    return undefined;
  }
  if (r.peek() === '>') {
    r.pos++;
    if (r.peek() !== '#') {
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
    return modifiers === undefined ? undefined : { kind: 'relation', label, target, modifiers, at };
  }
  const modifiers = parseModifiers(r, errors);
  return modifiers === undefined ? undefined : { kind: 'label', label, modifiers, at };
}

/** Characters a name must escape when written. */
const ESCAPE_IN_NAME = /[\s@+="<>|[\]\\]/g;

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
  let out = name.replace(ESCAPE_IN_NAME, (c) => `\\${c}`);
  if (options.colon === true) out = out.replace(/:/g, '\\:');
  if (options.leading === true && /^[#*!]/.test(out)) out = `\\${out}`;
  return out;
}
