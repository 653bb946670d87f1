import { type ActorKind, ActorKindSchema } from '../../schema/actor.js';
import { type Issue, issue } from '../../schema/issue.js';

/**
 * One canonical actor of an {@link ActorRegistry}: who it is, how reports name it, and where the
 * record comes from.
 *
 * `acledName` is the actor name ACLED uses. Generic ACLED actors carry the country of the event in
 * parentheses ("Civilians (Syria)"); their records write it as `{country}`, to be filled with the
 * event's country name by whoever writes ACLED rows (see {@link acledActorName}).
 *
 * @example
 * ```ts
 * const record: ActorRecord = {
 *   id: 'isis', name: 'Islamic State', acledName: 'Islamic State ({country})', kind: 'rebel_group',
 *   wikidata: 'Q2429253', aliases: ['ISIS', 'داعش', 'تنظيم الدولة'], sources: ['ACLED sample'],
 * };
 * ```
 */
export interface ActorRecord {
  /** Stable slug, unique in a registry: letters, digits, `-`, `_`, `.` (e.g. `isis`, `sdf`). */
  id: string;
  /** Canonical name. */
  name: string;
  /** The ACLED actor name, when ACLED uses one; `{country}` stands for the event's country. */
  acledName?: string;
  /** ACLED actor type (inter code 1–8). */
  kind?: ActorKind;
  /** ISO 3166-1 alpha-3 code of the country the actor belongs to; absent for transnational actors. */
  country?: string;
  /** Wikidata item id (`Q…`), only when verified. */
  wikidata?: string;
  /** Names and spelling variants in any script (Arabic and Latin), matched after normalisation. */
  aliases: string[];
  /**
   * Adjectives that stand for the actor in phrases such as "الهجوم التركي" / "Turkish offensive".
   * Matched only when no alias matches, with lower confidence.
   */
  adjectives?: string[];
  /** Id of the actor this one is part of (YPG ⊂ SDF, Asayish ⊂ AANES). */
  parent?: string;
  /** A sentence about the actor. */
  description?: string;
  /** Where the record's facts come from. */
  sources?: string[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ISO3 = /^[A-Z]{3}$/;
const QID = /^Q[1-9][0-9]*$/;
const KINDS: readonly string[] = ActorKindSchema.options;

/**
 * Where a record came from, for the issues {@link checkActorRecord} makes.
 *
 * @example
 * ```ts
 * checkActorRecord({ id: 'x', name: 'X', aliases: [] }, { file: 'a.csv', line: 4 });
 * ```
 */
export interface RecordLocation {
  file?: string;
  line?: number;
  path?: (string | number)[];
}

/**
 * Checks one candidate record (parsed JSON or a CSV row turned into an object) and returns the
 * clean record, or `undefined` with errors when it cannot be used. Unknown fields are reported as
 * info and ignored; empty aliases are dropped with a warning.
 *
 * @example
 * ```ts
 * checkActorRecord({ id: 'x', name: 'X', kind: 'army', aliases: [] }, { file: 'a.json', path: [0] });
 * //=> { value: undefined, issues: [{ code: 'invalid_actor_kind', level: 'error', … }] }
 * ```
 */
export function checkActorRecord(input: unknown, where: RecordLocation = {}): { value: ActorRecord | undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const at = (field: string): Pick<Issue, 'path'> & RecordLocation => ({
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(where.line !== undefined ? { line: where.line } : {}),
    path: [...(where.path ?? []), field],
  });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push(issue('error', 'invalid_actor_record', 'An actor record must be an object with at least id, name and aliases', { ...at(''), path: where.path ?? [] }));
    return { value: undefined, issues };
  }
  const o = input as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id.trim() : undefined;
  if (id === undefined || !ID.test(id)) {
    issues.push(issue('error', 'invalid_actor_id', `Actor id ${JSON.stringify(o.id)} is not a slug (letters, digits, "-", "_", ".")`, at('id')));
  }
  const name = typeof o.name === 'string' ? o.name.trim() : '';
  if (name.length === 0) issues.push(issue('error', 'missing_actor_name', `Actor ${JSON.stringify(o.id)} has no name`, at('name')));
  const record: ActorRecord = { id: id ?? '', name, aliases: [] };

  if (o.kind !== undefined && o.kind !== '') {
    const kind = parseActorKind(o.kind);
    if (kind !== undefined) record.kind = kind;
    else issues.push(issue('error', 'invalid_actor_kind', `Actor kind ${JSON.stringify(o.kind)} of "${name}" is not one of ${KINDS.join(', ')} (or an ACLED inter code 1–8 or label)`, at('kind')));
  }
  if (o.country !== undefined && o.country !== '') {
    if (typeof o.country === 'string' && ISO3.test(o.country.trim().toUpperCase())) record.country = o.country.trim().toUpperCase();
    else issues.push(issue('error', 'invalid_country', `Country ${JSON.stringify(o.country)} of "${name}" is not an ISO 3166-1 alpha-3 code`, at('country')));
  }
  if (o.wikidata !== undefined && o.wikidata !== '') {
    const q = typeof o.wikidata === 'string' ? o.wikidata.trim().replace(/^(?:wd:|wikidata:)/i, '').toUpperCase() : '';
    if (QID.test(q)) record.wikidata = q;
    else issues.push(issue('error', 'invalid_wikidata_id', `Wikidata id ${JSON.stringify(o.wikidata)} of "${name}" is not of the form Q123`, at('wikidata')));
  }
  for (const field of ['acledName', 'parent', 'description'] as const) {
    const v = o[field];
    if (v === undefined || v === '') continue;
    if (typeof v === 'string') record[field] = v.trim();
    else issues.push(issue('error', `invalid_actor_${field === 'acledName' ? 'acled_name' : field}`, `Field ${field} of "${name}" must be a string`, at(field)));
  }
  record.aliases = stringList(o.aliases, 'aliases', name, at, issues);
  const adjectives = stringList(o.adjectives, 'adjectives', name, at, issues);
  if (adjectives.length > 0) record.adjectives = adjectives;
  const sources = stringList(o.sources, 'sources', name, at, issues);
  if (sources.length > 0) record.sources = sources;
  if (record.parent !== undefined && record.parent === record.id) {
    issues.push(issue('error', 'invalid_actor_parent', `Actor "${record.id}" cannot be its own parent`, at('parent')));
  }
  const known = new Set(['id', 'name', 'acledName', 'kind', 'country', 'wikidata', 'aliases', 'adjectives', 'parent', 'description', 'sources']);
  for (const key of Object.keys(o)) {
    if (!known.has(key)) issues.push(issue('info', 'unknown_actor_field', `Field "${key}" of actor "${record.id}" is not an actor record field and was ignored`, at(key)));
  }
  return { value: issues.some((i) => i.level === 'error') ? undefined : record, issues };
}

const ACLED_LABELS: Record<string, ActorKind> = {
  'state forces': 'state_forces',
  'rebel group': 'rebel_group',
  'rebel groups': 'rebel_group',
  'political militia': 'political_militia',
  'political militias': 'political_militia',
  'identity militia': 'identity_militia',
  'identity militias': 'identity_militia',
  'communal militia': 'identity_militia',
  rioters: 'rioters',
  protesters: 'protesters',
  protestors: 'protesters',
  civilians: 'civilians',
  'external/other forces': 'external_other',
  'external/other': 'external_other',
};

/**
 * Reads an actor kind written as the schema's value (`state_forces`), an ACLED text label
 * ("State forces", "External/Other forces") or an ACLED inter code (1–8).
 *
 * @example
 * ```ts
 * parseActorKind('Rebel group'); //=> 'rebel_group'
 * parseActorKind(8); //=> 'external_other'
 * parseActorKind('army'); //=> undefined
 * ```
 */
export function parseActorKind(value: unknown): ActorKind | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*[1-8]\s*$/.test(value))) {
    const code = Number(value);
    return Number.isInteger(code) && code >= 1 && code <= 8 ? (KINDS[code - 1] as ActorKind) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (KINDS.includes(v)) return v as ActorKind;
  return ACLED_LABELS[v.toLowerCase().replace(/\s+/g, ' ')];
}

function stringList(
  v: unknown,
  field: string,
  name: string,
  at: (field: string) => Pick<Issue, 'path'> & RecordLocation,
  issues: Issue[],
): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    issues.push(issue('error', `invalid_actor_${field}`, `Field ${field} of "${name}" must be an array of strings`, at(field)));
    return [];
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string' && item.trim().length > 0) out.push(item.trim());
    else issues.push(issue('warning', `empty_actor_${field === 'aliases' ? 'alias' : field}`, `Item ${i} of ${field} of "${name}" is empty or not a string and was dropped`, { ...at(field), path: [...at(field).path, i] }));
  });
  return out;
}

/**
 * The ACLED actor name of a record for an event in a country: `{country}` in the record's
 * `acledName` is replaced by the country name ACLED uses ("Syria", "Iraq").
 *
 * @example
 * ```ts
 * acledActorName({ id: 'civilians', name: 'Civilians', acledName: 'Civilians ({country})', aliases: [] }, 'Syria');
 * //=> 'Civilians (Syria)'
 * ```
 */
export function acledActorName(record: ActorRecord, countryName?: string): string | undefined {
  if (record.acledName === undefined) return undefined;
  if (!record.acledName.includes('{country}')) return record.acledName;
  return countryName === undefined ? undefined : record.acledName.replaceAll('{country}', countryName);
}
