import type { ActorRole } from '../schema/actor.js';
import type { ConflictEvent } from '../schema/event.js';
import { type Issue, issue, withContext } from '../schema/issue.js';
import { validateEvent, type ValidateEventOptions } from '../schema/validate-event.js';
import { NATIVE_ATTRIBUTE_COLUMNS, NATIVE_ROLE_ORDER } from './flatten-event.js';
import { NATIVE_COLUMNS, type NativeFieldType } from './native-columns.js';
import { splitNativeList } from './native-list.js';

/** A cell as a reader finds it: CSV text, or a typed GeoJSON property value; `null` / `undefined` / `''` are empty. */
export type NativeInputValue = string | number | boolean | null | undefined;

/** Where a row came from, for the issues of {@link fromNativeRecord}. */
export interface NativeRowContext {
  /** The file, named in issues. */
  file?: string;
  /** The 1-based line of the row in that file. */
  line?: number;
  /** A JSON path prefix for issues (e.g. `['features', 3, 'properties']` for GeoJSON). */
  path?: (string | number)[];
  /** Options passed to `validateEvent` (e.g. `pointInCountry`). */
  validate?: ValidateEventOptions;
}

const ROLE_COLUMNS: Record<ActorRole, [string, string, string]> = {
  perpetrator: ['perpetrators', 'perpetrator_ids', 'perpetrator_kinds'],
  target: ['targets', 'target_ids', 'target_kinds'],
  victim: ['victims', 'victim_ids', 'victim_kinds'],
  claimant: ['claimants', 'claimant_ids', 'claimant_kinds'],
  actor: ['actors', 'actor_ids', 'actor_kinds'],
  other: ['other_actors', 'other_actor_ids', 'other_actor_kinds'],
};

const TYPES = new Map<string, NativeFieldType>(NATIVE_COLUMNS.map((c) => [c.name, c.type]));
const TRUE = new Set(['true', 'TRUE', 'True', '1', 'yes', 'Yes', 'YES']);
const FALSE = new Set(['false', 'FALSE', 'False', '0', 'no', 'No', 'NO']);
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads typed cells out of a record, collecting an issue for each cell that does not fit its column type. */
class Cells {
  readonly issues: Issue[] = [];
  constructor(private readonly record: Readonly<Record<string, NativeInputValue>>) {}

  private raw(name: string): string | number | boolean | undefined {
    const v = this.record[name];
    if (v === null || v === undefined) return undefined;
    if (typeof v === 'string') {
      const t = v.trim();
      return t === '' ? undefined : v;
    }
    return v;
  }

  text(name: string): string | undefined {
    const v = this.raw(name);
    return v === undefined ? undefined : String(v);
  }

  number(name: string): number | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    const integer = TYPES.get(name) === 'integer';
    const n = typeof v === 'number' ? v : typeof v === 'string' && NUMBER.test(v.trim()) ? Number(v) : Number.NaN;
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      this.issues.push(
        issue('error', 'invalid_number', `column ${name}: "${String(v)}" is not ${integer ? 'an integer' : 'a number'}; left empty`, {
          path: [name],
        }),
      );
      return undefined;
    }
    return n;
  }

  boolean(name: string): boolean | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    const s = String(v).trim();
    if (TRUE.has(s)) return true;
    if (FALSE.has(s)) return false;
    this.issues.push(issue('error', 'invalid_boolean', `column ${name}: "${s}" is not true or false; left empty`, { path: [name] }));
    return undefined;
  }

  list(name: string): string[] {
    const v = this.text(name);
    return v === undefined ? [] : splitNativeList(v);
  }

  /** A list that lines up item by item with `length` items of another list; `undefined` items where empty. */
  aligned(name: string, length: number, of: string): (string | undefined)[] {
    const items = this.list(name);
    if (items.length > 0 && items.length !== length) {
      this.issues.push(
        issue(
          'warning',
          'list_length_mismatch',
          `column ${name} has ${items.length} items but ${of} has ${length}; items matched by position`,
          { path: [name] },
        ),
      );
    }
    const out: (string | undefined)[] = [];
    for (let i = 0; i < length; i++) {
      const item = items[i];
      out.push(item === undefined || item === '' ? undefined : item);
    }
    return out;
  }
}

function defined(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(o)) if (value !== undefined) out[key] = value;
  return out;
}

function count(cells: Cells, prefix: 'fatalities' | 'injuries'): Record<string, unknown> | undefined {
  const c = defined({
    low: cells.number(`${prefix}_low`),
    best: cells.number(`${prefix}_best`),
    high: cells.number(`${prefix}_high`),
    text: cells.text(`${prefix}_text`),
  });
  return Object.keys(c).length > 0 ? c : undefined;
}

/**
 * Rebuilds an event from a row of the native layout (a CSV row as text cells, or GeoJSON
 * properties with typed values), then validates it with `validateEvent`. Unknown columns are
 * ignored. What the native layout does not hold (evidence spans, disagreement details, actors'
 * countries, counts and descriptions, original codes) is not rebuilt: `evidence` is empty.
 *
 * A cell that does not fit its column (a word in `fatalities_best`) is an error issue naming the
 * column, and the value is left out; list columns whose item counts do not line up give a warning.
 *
 * @example
 * ```ts
 * const { value, issues } = fromNativeRecord({ id: 'ev-1', type: 'attack', date_precision: 'unknown', location_precision: 'unknown', source_count: '0' }, { file: 'events.csv', line: 2 });
 * value?.type; //=> 'attack'
 * ```
 */
export function fromNativeRecord(
  record: Readonly<Record<string, NativeInputValue>>,
  context: NativeRowContext = {},
): { value: ConflictEvent | undefined; issues: Issue[] } {
  const cells = new Cells(record);

  const actors: Record<string, unknown>[] = [];
  for (const role of NATIVE_ROLE_ORDER) {
    const [namesCol, idsCol, kindsCol] = ROLE_COLUMNS[role];
    const names = cells.list(namesCol);
    const ids = cells.aligned(idsCol, names.length, namesCol);
    const kinds = cells.aligned(kindsCol, names.length, namesCol);
    names.forEach((name, i) => {
      actors.push(defined({ name, role, kind: kinds[i], id: ids[i] }));
    });
  }
  for (const entry of cells.list('associated_actors')) {
    const colon = entry.indexOf(':');
    const role = entry.slice(0, colon);
    const name = entry.slice(colon + 1).trim();
    const actor = actors.find((a) => a.role === role && a.name === name && a.associated !== true);
    if (colon > 0 && actor !== undefined) actor.associated = true;
    else {
      cells.issues.push(
        issue('warning', 'unknown_associated_actor', `column associated_actors: "${entry}" names no actor of that role in this row`, {
          path: ['associated_actors'],
        }),
      );
    }
  }

  const attributes: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(NATIVE_ATTRIBUTE_COLUMNS)) {
    const value = key === 'weapon' ? cells.text(column) : cells.boolean(column);
    if (value !== undefined) attributes[key] = value;
  }
  const other = cells.text('attributes_other');
  if (other !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(other);
    } catch {
      parsed = undefined;
    }
    const ok =
      typeof parsed === 'object' &&
      parsed !== null &&
      !Array.isArray(parsed) &&
      Object.values(parsed).every((v) => ['string', 'number', 'boolean'].includes(typeof v));
    if (ok) Object.assign(attributes, parsed);
    else {
      attributes.attributes_other = other;
      cells.issues.push(
        issue('warning', 'invalid_attributes', 'column attributes_other is not a JSON object of strings, numbers and booleans; kept as text under attributes.attributes_other', {
          path: ['attributes_other'],
        }),
      );
    }
  }

  const documents = cells.list('source_documents');
  const publishers = cells.aligned('source_publishers', documents.length, 'source_documents');
  const urls = cells.aligned('source_urls', documents.length, 'source_documents');
  const published = cells.aligned('source_published', documents.length, 'source_documents');
  const languages = cells.aligned('source_languages', documents.length, 'source_documents');
  const titles = cells.aligned('source_titles', documents.length, 'source_documents');
  const sources = documents.map((document, i) =>
    defined({ document, publisher: publishers[i], url: urls[i], published: published[i], language: languages[i], title: titles[i] }),
  );

  const lat = cells.number('lat');
  const lon = cells.number('lon');
  if ((lat === undefined) !== (lon === undefined)) {
    cells.issues.push(issue('warning', 'half_a_point', 'only one of lat and lon is given; the point is left out', { path: ['lat'] }));
  }
  const tags = cells.list('tags');
  const mergedFrom = cells.list('merged_from');

  const candidate = defined({
    id: cells.text('id'),
    type: cells.text('type'),
    subtype: cells.text('subtype'),
    date: defined({
      start: cells.text('date_start'),
      end: cells.text('date_end'),
      precision: cells.text('date_precision'),
      text: cells.text('date_text'),
    }),
    location: defined({
      name: cells.text('location_name'),
      country: cells.text('country'),
      iso3: cells.text('iso3'),
      admin1: cells.text('admin1'),
      admin2: cells.text('admin2'),
      admin3: cells.text('admin3'),
      region: cells.text('region'),
      point: lat !== undefined && lon !== undefined ? { lat, lon } : undefined,
      precision: cells.text('location_precision'),
      gazetteerId: cells.text('gazetteer_id'),
      text: cells.text('location_text'),
    }),
    actors,
    fatalities: count(cells, 'fatalities'),
    injuries: count(cells, 'injuries'),
    attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
    sources,
    evidence: [],
    notes: cells.text('notes'),
    tags: tags.length > 0 ? tags : undefined,
    mergedFrom: mergedFrom.length > 0 ? mergedFrom : undefined,
  });

  const validated = validateEvent(candidate, context.validate);
  const where: Partial<Issue> = {};
  if (context.file !== undefined) where.file = context.file;
  if (context.line !== undefined) where.line = context.line;
  const id = typeof candidate.id === 'string' ? { event: candidate.id } : {};
  return {
    value: validated.value,
    issues: [
      ...withContext(cells.issues, { ...where, ...id, path: context.path ?? [] }),
      ...withContext(validated.issues, { ...where, path: [] }),
    ],
  };
}
