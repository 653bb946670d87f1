/**
 * brat's `annotation.conf`: the entity, relation, event and attribute types of a collection,
 * parsed so that readers can warn about annotations of undeclared types, roles or values.
 */
import { type Issue, issue } from '../../schema/issue.js';

/**
 * One argument slot of a relation or event type: `Victim-Arg+:Person|Organization`.
 *
 * @example
 * ```ts
 * const arg: BratArgumentDefinition = { role: 'Victim-Arg', types: ['Person'], min: 0, max: undefined }; // Victim-Arg*:Person
 * ```
 */
export interface BratArgumentDefinition {
  role: string;
  /** Allowed annotation types (macros expanded; may hold `<ENTITY>`, `<EVENT>`, `<ANY>`). */
  types: string[];
  /** Fewest occurrences: 0 for `?` and `*`, else 1 (or the `{n}` / `{n,m}` minimum). */
  min: number;
  /** Most occurrences: undefined for `*` and `+` (no limit). */
  max: number | undefined;
}

/**
 * One declared type of an `annotation.conf` section.
 *
 * @example
 * ```ts
 * findConfigType(config, 'events', 'Marry'); //=> { name: 'Marry', abstract: false, parent: 'Life', arguments: [...], options: {}, line: 52 }
 * ```
 */
export interface BratTypeDefinition {
  name: string;
  /** Declared with a leading `!`: a grouping in the hierarchy that cannot be annotated. */
  abstract: boolean;
  /** The type it is indented under, if any. */
  parent?: string;
  /** Argument slots (relations, events) or keys such as `Arg`, `Value` (attributes). */
  arguments: BratArgumentDefinition[];
  /** Options such as `<REL-TYPE>:symmetric-transitive`. */
  options: Record<string, string>;
  /** Attribute values for multi-valued attributes (`Value:High|Neutral|Low`). */
  values?: string[];
  /** 1-based line in the file. */
  line: number;
}

/**
 * A parsed `annotation.conf`.
 *
 * @example
 * ```ts
 * const { value: conf } = parseBratConfig('[entities]\nPerson\n[events]\nAttack\tAttacker-Arg?:Person\n');
 * conf.events[0]?.arguments[0]?.role; //=> 'Attacker-Arg'
 * ```
 */
export interface BratConfig {
  entities: BratTypeDefinition[];
  relations: BratTypeDefinition[];
  events: BratTypeDefinition[];
  attributes: BratTypeDefinition[];
  file?: string;
}

type Section = 'entities' | 'relations' | 'events' | 'attributes';
const SECTIONS = new Set<string>(['entities', 'relations', 'events', 'attributes']);
const CARDINALITY = /^(.*?)(\?|\*|\+|\{(\d+)(?:-(\d+)|,(\d+))?\})?$/;

function parseCardinality(roleSpec: string): { role: string; min: number; max: number | undefined } {
  const m = CARDINALITY.exec(roleSpec);
  const role = m?.[1] ?? roleSpec;
  const mark = m?.[2];
  if (mark === undefined) return { role, min: 1, max: 1 };
  if (mark === '?') return { role, min: 0, max: 1 };
  if (mark === '*') return { role, min: 0, max: undefined };
  if (mark === '+') return { role, min: 1, max: undefined };
  const n = Number(m?.[3] ?? '1');
  const upper = m?.[4] ?? m?.[5];
  return { role, min: n, max: upper === undefined ? n : Number(upper) };
}

/**
 * Parses brat's `annotation.conf`: the four sections, the type hierarchy given by TAB
 * indentation, `!abstract` types, macros (`<POG>=Person|Organization|GPE`), argument
 * cardinalities (`?`, `*`, `+`, `{2}`) and attribute values. Lines it cannot read are reported
 * with their line number and skipped.
 *
 * @example
 * ```ts
 * const { value } = parseBratConfig(confText, { file: 'annotation.conf' });
 * value.entities.map((t) => t.name); //=> ['Person', 'Organization', 'GPE', 'Money']
 * ```
 */
export function parseBratConfig(source: string, options: { file?: string } = {}): { value: BratConfig; issues: Issue[] } {
  const config: BratConfig = { entities: [], relations: [], events: [], attributes: [] };
  if (options.file !== undefined) config.file = options.file;
  const issues: Issue[] = [];
  const where = (line: number): Partial<Issue> => ({ ...(options.file !== undefined ? { file: options.file } : {}), line });
  const macros = new Map<string, string>();
  let section: Section | undefined;
  const parents: string[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = (lines[i] ?? '').replace(/\r$/, '');
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const sectionMatch = /^\[(\w+)\]$/.exec(trimmed);
    if (sectionMatch !== null) {
      const name = sectionMatch[1] ?? '';
      if (SECTIONS.has(name)) section = name as Section;
      else {
        section = undefined;
        issues.push(issue('warning', 'unknown_config_section', `annotation.conf section [${name}] is not one of [entities], [relations], [events], [attributes]; skipped`, where(lineNo)));
      }
      parents.length = 0;
      continue;
    }
    const macro = /^(<[^>]+>)\s*=\s*(.*)$/.exec(trimmed);
    if (macro !== null) {
      macros.set(macro[1] ?? '', (macro[2] ?? '').trim());
      continue;
    }
    if (section === undefined) {
      issues.push(issue('warning', 'config_line_outside_section', `annotation.conf line outside any section: ${JSON.stringify(trimmed)}`, where(lineNo)));
      continue;
    }
    const depth = /^\t*/.exec(raw)?.[0].length ?? 0;
    let body = trimmed;
    for (const [name, value] of macros) body = body.split(name).join(value);
    const split = /^(\S+)(?:\s+(.*))?$/.exec(body);
    const rawName = split?.[1] ?? body;
    // Special lines such as <OVERLAP> declarations are options of the section, not types.
    if (rawName.startsWith('<')) continue;
    const abstract = rawName.startsWith('!');
    const name = abstract ? rawName.slice(1) : rawName;
    parents.length = Math.min(parents.length, depth);
    const parent = depth > 0 ? parents[depth - 1] : undefined;
    parents[depth] = name;
    const def: BratTypeDefinition = { name, abstract, arguments: [], options: {}, line: lineNo };
    if (parent !== undefined) def.parent = parent;
    const argText = split?.[2] ?? '';
    for (const part of argText.split(',')) {
      const p = part.trim();
      if (p === '') continue;
      const colon = p.indexOf(':');
      if (colon < 0) {
        issues.push(issue('warning', 'invalid_config_argument', `annotation.conf type ${name}: argument ${JSON.stringify(p)} is not ROLE:TYPE; skipped`, where(lineNo)));
        continue;
      }
      const key = p.slice(0, colon).trim();
      const value = p.slice(colon + 1).trim();
      if (key.startsWith('<')) {
        def.options[key] = value;
        continue;
      }
      if (section === 'attributes' && key === 'Value') {
        def.values = value.split('|').map((v) => v.trim()).filter((v) => v !== '');
        continue;
      }
      const { role, min, max } = parseCardinality(key);
      def.arguments.push({ role, types: value.split('|').map((t) => t.trim()), min, max });
    }
    config[section].push(def);
  }
  return { value: config, issues };
}

/**
 * The declared type of a name in a section, if any.
 *
 * @example
 * ```ts
 * findConfigType(config, 'entities', 'Person')?.abstract; //=> false
 * ```
 */
export function findConfigType(config: BratConfig, section: Section, name: string): BratTypeDefinition | undefined {
  return config[section].find((t) => t.name === name);
}
