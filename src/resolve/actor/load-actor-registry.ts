import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { type Issue, issue } from '../../schema/issue.js';
import { type ActorRecord, checkActorRecord } from './actor-record.js';
import { type ActorRegistry, createActorRegistry } from './actor-registry.js';
import { builtinActorRegistry } from './builtin-actors.js';

/**
 * Options of {@link loadActorRegistry} and {@link parseActorRegistry}.
 *
 * @example
 * ```ts
 * loadActorRegistry('actors.txt', { format: 'csv', base: builtinActorRegistry() });
 * ```
 */
export interface LoadActorRegistryOptions {
  /** `json` (an array of records) or `csv`; by default taken from the file extension, else guessed from the content. */
  format?: 'json' | 'csv';
  /** The registry the file will be layered over, used to check `parent` ids. Default: the built-in registry. */
  base?: ActorRegistry;
  /** The file name to put in issues (parseActorRegistry only; loadActorRegistry uses the path). */
  file?: string;
}

/**
 * Reads your actors from a JSON file (an array of {@link ActorRecord}s) or a CSV file with a header
 * row: `id, name, kind, country, wikidata, aliases` (aliases separated by `|`), and optionally
 * `acled_name`, `parent`, `adjectives` (`|`), `description`, `sources` (`|`). `kind` may be the
 * schema's value (`rebel_group`), an ACLED label ("Rebel group") or an inter code (2).
 *
 * Broken rows are reported with file, line and field, and left out; the rest make the registry.
 * Layer it over the built-in one with {@link composeActorRegistries}.
 *
 * @example
 * ```ts
 * const { value: mine, issues } = loadActorRegistry('my-actors.csv');
 * for (const i of issues) console.warn(formatIssue(i)); // my-actors.csv:4: error: Actor kind "army" …
 * const registry = composeActorRegistries(builtinActorRegistry(), mine);
 * ```
 */
export function loadActorRegistry(file: string, options: LoadActorRegistryOptions = {}): { value: ActorRegistry; issues: Issue[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { value: createActorRegistry([]), issues: [issue('error', 'unreadable_file', `Cannot read actor file: ${(e as Error).message}`, { file })] };
  }
  const format = options.format ?? (/\.csv$/i.test(file) ? 'csv' : /\.json$/i.test(file) ? 'json' : undefined);
  return parseActorRegistry(text, { ...options, file, ...(format !== undefined ? { format } : {}) });
}

/**
 * Reads actor records from the text of a JSON or CSV file; see {@link loadActorRegistry}.
 *
 * @example
 * ```ts
 * const { value, issues } = parseActorRegistry('id,name,kind,country,wikidata,aliases\nliwa-x,Liwa X,3,SYR,,Liwa X|لواء إكس\n', { format: 'csv' });
 * value.get('liwa-x')?.kind; //=> 'political_militia'
 * ```
 */
export function parseActorRegistry(text: string, options: LoadActorRegistryOptions = {}): { value: ActorRegistry; issues: Issue[] } {
  const body = text.replace(/^\uFEFF/, '');
  const format = options.format ?? (/^\s*\[/.test(body) ? 'json' : 'csv');
  const { records, issues } = format === 'json' ? fromJson(body, options.file) : fromCsv(body, options.file);
  const kept: ActorRecord[] = [];
  const seen = new Map<string, number | undefined>();
  for (const { record, line, path } of records) {
    if (seen.has(record.id)) {
      const first = seen.get(record.id);
      issues.push(issue('error', 'duplicate_actor_id', `Actor id "${record.id}" was already used${first !== undefined ? ` on line ${first}` : ''}; this record was left out`, where(options.file, line, [...path, 'id'])));
      continue;
    }
    seen.set(record.id, line);
    kept.push(record);
  }
  const base = options.base ?? builtinActorRegistry();
  const ids = new Set(kept.map((r) => r.id));
  const lineOf = new Map(records.map((r) => [r.record.id, r] as const));
  for (const r of kept) {
    if (r.parent !== undefined && !ids.has(r.parent) && base.get(r.parent) === undefined) {
      const at = lineOf.get(r.id);
      issues.push(issue('warning', 'unknown_actor_parent', `Parent "${r.parent}" of actor "${r.id}" is neither in this file nor in the registry it is layered over`, where(options.file, at?.line, [...(at?.path ?? []), 'parent'])));
    }
    if (r.aliases.length === 0) {
      const at = lineOf.get(r.id);
      issues.push(issue('info', 'no_actor_aliases', `Actor "${r.id}" has no aliases: only its name "${r.name}" will match`, where(options.file, at?.line, [...(at?.path ?? []), 'aliases'])));
    }
  }
  return { value: createActorRegistry(kept), issues };
}

interface Located {
  record: ActorRecord;
  line: number | undefined;
  path: (string | number)[];
}

function where(file: string | undefined, line: number | undefined, path: (string | number)[]): Partial<Issue> {
  return { ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}), path };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Lines where each top-level element of a JSON array starts. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && c !== undefined && !/\s/.test(c) && c !== ',' && c !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

function fromJson(text: string, file: string | undefined): { records: Located[]; issues: Issue[] } {
  const issues: Issue[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const line = pos?.[1] !== undefined ? lineAt(text, Number(pos[1])) : undefined;
    issues.push(issue('error', 'invalid_json', `Actor file is not valid JSON: ${message}`, where(file, line, [])));
    return { records: [], issues };
  }
  if (!Array.isArray(data)) {
    issues.push(issue('error', 'invalid_actor_file', 'An actor JSON file must hold an array of actor records', where(file, 1, [])));
    return { records: [], issues };
  }
  const lines = elementLines(text);
  const records: Located[] = [];
  data.forEach((item, i) => {
    const line = lines[i];
    const { value, issues: found } = checkActorRecord(item, { ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}), path: [i] });
    issues.push(...found);
    if (value !== undefined) records.push({ record: value, line, path: [i] });
  });
  return { records, issues };
}

const COLUMNS: Record<string, string> = {
  id: 'id',
  name: 'name',
  kind: 'kind',
  type: 'kind',
  inter: 'kind',
  country: 'country',
  iso3: 'country',
  wikidata: 'wikidata',
  qid: 'wikidata',
  aliases: 'aliases',
  alias: 'aliases',
  acled_name: 'acledName',
  acledname: 'acledName',
  acled: 'acledName',
  parent: 'parent',
  adjectives: 'adjectives',
  description: 'description',
  sources: 'sources',
  source: 'sources',
};
const LISTS = new Set(['aliases', 'adjectives', 'sources']);

function fromCsv(text: string, file: string | undefined): { records: Located[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const records: Located[] = [];
  const rows: { cells: string[]; line: number }[] = [];
  let previous = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      const start = previous;
      previous = result.meta.cursor;
      // The row starts at the first non-newline character after the previous row.
      let s = start;
      while (s < text.length && (text[s] === '\n' || text[s] === '\r')) s++;
      const line = lineAt(text, s);
      for (const err of result.errors) {
        issues.push(issue('error', 'invalid_csv', `CSV problem: ${err.message}`, where(file, line, [])));
      }
      rows.push({ cells: result.data, line });
    },
  });
  const header = rows.shift();
  if (header === undefined) {
    issues.push(issue('error', 'empty_actor_file', 'The actor CSV file is empty', where(file, 1, [])));
    return { records, issues };
  }
  const fields = header.cells.map((h) => COLUMNS[h.trim().toLowerCase().replace(/[\s-]+/g, '_')]);
  header.cells.forEach((h, i) => {
    if (fields[i] === undefined) issues.push(issue('info', 'unknown_actor_column', `Column "${h}" is not an actor column and was ignored`, where(file, header.line, [h])));
  });
  for (const required of ['id', 'name']) {
    if (!fields.includes(required)) {
      issues.push(issue('error', 'missing_actor_column', `The actor CSV file has no "${required}" column (columns: ${header.cells.join(', ')})`, where(file, header.line, [])));
      return { records, issues };
    }
  }
  for (const row of rows) {
    if (row.cells.length !== header.cells.length) {
      issues.push(issue('warning', 'csv_field_count', `Row has ${row.cells.length} fields, the header ${header.cells.length}`, where(file, row.line, [])));
    }
    const object: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      if (f === undefined) return;
      const cell = (row.cells[i] ?? '').trim();
      if (cell === '') return;
      object[f] = LISTS.has(f) ? cell.split('|').map((s) => s.trim()).filter((s) => s.length > 0) : cell;
    });
    const { value, issues: found } = checkActorRecord(object, { ...(file !== undefined ? { file } : {}), line: row.line, path: [] });
    issues.push(...found);
    if (value !== undefined) records.push({ record: value, line: row.line, path: [] });
  }
  return { records, issues };
}
