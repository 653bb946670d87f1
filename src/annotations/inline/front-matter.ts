/**
 * The front matter of the inline format: a block of `key: value` lines between two `---` lines
 * at the top of the file. A deliberately tiny subset of YAML: one key per line, values are text
 * (no quoting needed, spaces inside kept), `#` starts a comment line; a value written as JSON
 * (`"…"`, a number, `true`, `[…]`, `{…}`) is read as JSON, except for the text fields the library
 * knows, which stay text.
 */
import { type Issue, issue } from '../../schema/issue.js';
import type { DocumentMetadata, MetadataValue } from '../document.js';
import { METADATA_FIELDS } from '../metadata.js';

/** Front-matter keys that are always text, whatever they look like. */
const TEXT_KEYS = new Set<string>([...METADATA_FIELDS, 'id', 'scheme']);
/** The text keys as a list: {@link textKeyAt} compares a key in the source with each. */
const TEXT_KEY_LIST = [...TEXT_KEYS];
const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * The index in {@link TEXT_KEY_LIST} of the text key written at `source[from, to)`, or -1. The
 * key is compared where it stands (no string is made, no hash computed: a map look-up with a
 * new string costs more than the whole comparison), and the library's own string, interned, is
 * then what becomes the property name.
 */
function textKeyAt(source: string, from: number, to: number): number {
  const length = to - from;
  for (let k = 0; k < TEXT_KEY_LIST.length; k++) {
    const key = TEXT_KEY_LIST[k] as string;
    if (key.length === length && source.startsWith(key, from)) return k;
  }
  return -1;
}

/** {@link KEY} without a regular expression: a letter or `_`, then letters, digits, `_ . -`. */
function isKey(key: string): boolean {
  const first = key.charCodeAt(0);
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || first === 95)) return false;
  for (let i = 1; i < key.length; i++) if (!keyChar(key.charCodeAt(i))) return false;
  return true;
}

/** True for the first character of a JSON number, `true`, `false` or `null`. */
function mayBeScalar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 || c === 116 || c === 102 || c === 110;
}

/** True for a character a key can have (letters, digits, `_ . -`): no trimming is needed at one. */
function keyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/**
 * What {@link parseFrontMatter} found.
 *
 * @example
 * ```ts
 * parseFrontMatter('---\nlanguage: ar\n---\nText').value; //=> { fields: { language: 'ar' }, bodyStart: 17, bodyLine: 4, present: true, textPrefix: '' }
 * ```
 */
export interface FrontMatter {
  /** The fields, in file order. */
  fields: Record<string, MetadataValue>;
  /** UTF-16 index in the source where the body starts (0 when there is no front matter). */
  bodyStart: number;
  /** 1-based line of the source where the body starts. */
  bodyLine: number;
  /** True when the source has a front matter block. */
  present: boolean;
  /** Text that comes before the body in the document text: a BOM that preceded the front matter. */
  textPrefix: string;
}

const OPEN = /^(\uFEFF?)---[ \t]*(\r?\n)/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;
const JSON_SCALAR = /^(true|false|null|-?\d+(\.\d+)?([eE][+-]?\d+)?)$/;

/**
 * Reads the front matter at the top of an inline-format source. A source that does not start
 * with a `---` line has none. A BOM before the opening line stays part of the document text.
 *
 * @example
 * ```ts
 * parseFrontMatter('---\npublished: 2021-02-22\nlanguage: ar\n---\nText').value.fields;
 * //=> { published: '2021-02-22', language: 'ar' }
 * ```
 */
export function parseFrontMatter(source: string, where: { file?: string } = {}): { value: FrontMatter; issues: Issue[] } {
  const issues: Issue[] = [];
  const value = readFrontMatter(source, where, false, issues);
  return { value, issues };
}

/**
 * {@link parseFrontMatter} for the inline reader: with `splitId`, the `id` field is returned as
 * `id` instead of among the fields, so that the fields are the document's metadata as they are.
 * Issues are appended to `issues`.
 *
 * @example
 * ```ts
 * readFrontMatter('---\nid: r1\nlanguage: ar\n---\nText', {}, true, []); //=> { fields: { language: 'ar' }, id: 'r1', bodyStart: 28, bodyLine: 5, present: true, textPrefix: '' }
 * ```
 */
export function readFrontMatter(source: string, where: { file?: string }, splitId: boolean, issues: Issue[]): FrontMatter & { id?: string } {
  const first = source.charCodeAt(0);
  const open = first === 45 || first === 0xfeff ? OPEN.exec(source) : null;
  if (open === null) return { fields: {}, bodyStart: 0, bodyLine: 1, present: false, textPrefix: '' };
  const fields: Record<string, MetadataValue> = {};
  let id: string | undefined;
  // Keys and the line each first appears on, for the warning about a repeated key.
  const keys: string[] = [];
  const keyLines: number[] = [];
  let seenTextKeys = 0;
  const found: Issue[] = [];
  let pos = open[0].length;
  let line = 2;
  const n = source.length;
  while (pos < n) {
    const nl = source.indexOf('\n', pos);
    const end = nl < 0 ? n : nl;
    const next = nl < 0 ? n : nl + 1;
    // The line without its line break (\n or \r\n).
    const rawEnd = end > pos && source.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const c = source.charCodeAt(pos);
    if ((c === 45 || c === 46) && CLOSE.test(source.slice(pos, rawEnd))) {
      for (const i of found) issues.push(i);
      const fm: FrontMatter & { id?: string } = { fields, bodyStart: next, bodyLine: line + 1, present: true, textPrefix: open[1] ?? '' };
      if (id !== undefined) fm.id = id;
      return fm;
    }
    // Blank lines and comments are skipped; a line starting with a letter is neither.
    let content = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!content) {
      const trimmed = source.slice(pos, rawEnd).trim();
      content = trimmed !== '' && !trimmed.startsWith('#');
    }
    if (content) {
      const colonAt = source.indexOf(':', pos);
      const colon = colonAt >= 0 && colonAt < rawEnd ? colonAt - pos : -1;
      // A text key written plainly (no spaces around it) is recognised where it stands.
      const known = colon > 0 && keyChar(source.charCodeAt(pos)) && keyChar(source.charCodeAt(pos + colon - 1)) ? textKeyAt(source, pos, pos + colon) : -1;
      const key = known >= 0 ? (TEXT_KEY_LIST[known] as string) : colon < 0 ? '' : source.slice(pos, pos + colon).trim();
      if (colon < 0 || (known < 0 && !isKey(key))) {
        const raw = source.slice(pos, rawEnd);
        found.push(
          issue('error', 'invalid_front_matter', `front matter line is not "key: value" (keys are letters, digits, _ . -): ${JSON.stringify(raw)}; skipped`, {
            ...where,
            line,
            column: 1,
          }),
        );
      } else {
        const text = source.slice(pos + colon + 1, rawEnd).trim();
        const isId = splitId && key === 'id';
        // A text key's repeat is known from a bit per key; another key's from the fields.
        // (A key that needed trimming may still be a text key.)
        const textKey = known >= 0 || key.length === colon ? known : TEXT_KEY_LIST.indexOf(key);
        const bit = textKey >= 0 ? 1 << textKey : 0;
        if (bit !== 0 ? (seenTextKeys & bit) !== 0 : Object.hasOwn(fields, key)) {
          const firstLine = keyLines[keys.indexOf(key)] ?? 0;
          found.push(issue('warning', 'duplicate_front_matter_key', `front matter key "${key}" is also on line ${firstLine}; the last value wins`, { ...where, line, column: 1 }));
        } else {
          keys.push(key);
          keyLines.push(line);
          seenTextKeys |= bit;
        }
        let value = readValue(text, bit !== 0);
        if (value === undefined) {
          found.push(
            issue('warning', 'invalid_front_matter_value', `front matter value of "${key}" starts with a quote but is not a JSON string: ${text}; kept as written`, {
              ...where,
              line,
              column: colon + 2,
            }),
          );
          value = text;
        }
        // The id is always text (a known text field).
        if (isId) id = typeof value === 'string' ? value : JSON.stringify(value);
        else if (key === '__proto__') Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true });
        else fields[key] = value;
      }
    }
    pos = next;
    line++;
  }
  // Not front matter after all: what looked like bad lines in it is just text.
  issues.push(issue('error', 'unclosed_front_matter', 'the front matter opened on line 1 has no closing "---" line; the whole file is read as text', { ...where, line: 1, column: 1 }));
  return { fields: {}, bodyStart: 0, bodyLine: 1, present: false, textPrefix: '' };
}

/** The value of a field; `undefined` for a value that starts with a quote but is no JSON string (kept as written, with a warning). */
function readValue(text: string, isText: boolean): MetadataValue | undefined {
  const quoted = text.charCodeAt(0) === 34;
  if (isText && !quoted) return text;
  if (quoted || text.startsWith('[') || text.startsWith('{') || (mayBeScalar(text.charCodeAt(0)) && JSON_SCALAR.test(text))) {
    try {
      const v = JSON.parse(text) as MetadataValue;
      return isText && typeof v !== 'string' ? text : v;
    } catch {
      return quoted ? undefined : text;
    }
  }
  return text;
}

/**
 * Writes front matter for the given fields (an empty object gives no front matter). Text that
 * would read back differently (leading or trailing spaces, a leading quote or bracket, a number
 * or `true` in a free field, a line break) is written as a JSON string.
 *
 * @example
 * ```ts
 * writeFrontMatter({ id: 'seed', language: 'ar' }); //=> '---\nid: seed\nlanguage: ar\n---\n'
 * ```
 */
export function writeFrontMatter(fields: Readonly<Record<string, MetadataValue | undefined>>, newline = '\n'): string {
  let lines = '';
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value === undefined) continue;
    if (!KEY.test(key)) throw new RangeError(`front matter key ${JSON.stringify(key)} is not letters, digits, _ . -`);
    lines += `${key}: ${writeValue(key, value)}${newline}`;
  }
  if (lines === '') return '';
  return `---${newline}${lines}---${newline}`;
}

function writeValue(key: string, value: MetadataValue): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const first = value.charCodeAt(0);
  const plain =
    value !== '' &&
    value === value.trim() &&
    !value.includes('\n') &&
    !value.includes('\r') &&
    first !== 34 &&
    (TEXT_KEYS.has(key) || (first !== 91 && first !== 123 && !JSON_SCALAR.test(value)));
  return plain ? value : JSON.stringify(value);
}

/**
 * Splits front-matter fields into the document id and its metadata.
 *
 * @example
 * ```ts
 * metadataFromFields({ id: 'r1', language: 'ar' }); //=> { id: 'r1', metadata: { language: 'ar' } }
 * ```
 */
export function metadataFromFields(fields: Readonly<Record<string, MetadataValue>>): { id?: string; metadata: DocumentMetadata } {
  const metadata: DocumentMetadata = {};
  let id: string | undefined;
  for (const key of Object.keys(fields)) {
    const value = fields[key] as MetadataValue;
    if (key === 'id') id = typeof value === 'string' ? value : JSON.stringify(value);
    else metadata[key] = value;
  }
  return id === undefined ? { metadata } : { id, metadata };
}
