/**
 * Getting a label scheme: a built-in one by name, one built from a user's mapping object, or one
 * read from a JSON file.
 */
import { readFileSync } from 'node:fs';
import { type Issue, issue } from '../../schema/issue.js';
import { ACE2005_SCHEME } from './ace2005-scheme.js';
import { buildScheme, isBuiltScheme } from './create-scheme.js';
import { DEFAULT_SCHEME } from './default-scheme.js';
import type { LabelScheme } from './label-scheme.js';

/**
 * The names of the built-in schemes.
 *
 * @example
 * ```ts
 * BUILT_IN_SCHEMES.map((name) => schemeByName(name)?.name); //=> ['default', 'ace2005']
 * ```
 */
export const BUILT_IN_SCHEMES = ['default', 'ace2005'] as const;

/**
 * A built-in scheme by name (`default`, `ace2005`; also `ace`, `ace05`, `ace-2005`), or
 * `undefined`.
 *
 * @example
 * ```ts
 * schemeByName('ACE-2005')?.name; //=> 'ace2005'
 * ```
 */
export function schemeByName(name: string): LabelScheme | undefined {
  const key = name.toLowerCase().replace(/[\s_-]/g, '');
  if (key === 'default') return DEFAULT_SCHEME;
  if (key === 'ace2005' || key === 'ace' || key === 'ace05') return ACE2005_SCHEME;
  return undefined;
}

/**
 * Makes a scheme from a user's mapping (see {@link SchemeMapping}): on top of the scheme named
 * by its `extends` (`default` unless it says `ace2005` or `none`). Invalid entries are reported
 * with their JSON path and skipped.
 *
 * @example
 * ```ts
 * const { value: scheme } = createScheme({ name: 'acled-like', events: { 'Violence against civilians': 'attack' } });
 * interpretLabel('violence_against_civilians', scheme).value.event?.type; //=> 'attack'
 * ```
 */
export function createScheme(mapping: unknown, where: { file?: string } = {}): { value: LabelScheme; issues: Issue[] } {
  if (isBuiltScheme(mapping)) return { value: mapping, issues: [] };
  const issues: Issue[] = [];
  let base: LabelScheme | undefined = DEFAULT_SCHEME;
  const ext = typeof mapping === 'object' && mapping !== null ? (mapping as { extends?: unknown }).extends : undefined;
  if (ext === 'none' || ext === null) base = undefined;
  else if (typeof ext === 'string') {
    const named = schemeByName(ext);
    if (named === undefined) issues.push(issue('error', 'invalid_scheme', `scheme "extends" is "${ext}", not one of default, ace2005, none; extending default`, { ...where, path: ['extends'] }));
    else base = named;
  } else if (isBuiltScheme(ext)) base = ext;
  else if (ext !== undefined) issues.push(issue('error', 'invalid_scheme', 'scheme "extends" must be "default", "ace2005", "none" or a scheme', { ...where, path: ['extends'] }));
  const built = buildScheme(mapping, base, where);
  if (built.value.name === base?.name && !(typeof mapping === 'object' && mapping !== null && 'name' in mapping)) built.value.name = `custom (extends ${base.name})`;
  return { value: built.value, issues: [...issues, ...built.issues] };
}

/**
 * Reads a scheme mapping from a JSON file and makes the scheme. A file that cannot be read or
 * parsed gives an error issue and the default scheme.
 *
 * @example
 * ```ts
 * const { value: scheme, issues } = loadScheme('my-labels.json');
 * ```
 */
export function loadScheme(file: string): { value: LabelScheme; issues: Issue[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { value: DEFAULT_SCHEME, issues: [issue('error', 'invalid_scheme', `cannot read the label scheme: ${(e as Error).message}; using the default scheme`, { file })] };
  }
  return createScheme(json, { file });
}

/**
 * Resolves what a caller passed as a scheme: a scheme, a built-in name, a mapping, or a path to
 * a JSON mapping (a string ending in `.json`). Undefined gives the default scheme.
 *
 * @example
 * ```ts
 * resolveScheme('ace2005').value.name; //=> 'ace2005'
 * ```
 */
export function resolveScheme(scheme: LabelScheme | string | object | undefined): { value: LabelScheme; issues: Issue[] } {
  if (scheme === undefined) return { value: DEFAULT_SCHEME, issues: [] };
  if (typeof scheme === 'string') {
    const named = schemeByName(scheme);
    if (named !== undefined) return { value: named, issues: [] };
    if (scheme.toLowerCase().endsWith('.json')) return loadScheme(scheme);
    return { value: DEFAULT_SCHEME, issues: [issue('error', 'invalid_scheme', `scheme "${scheme}" is neither a built-in scheme (default, ace2005) nor a .json file; using the default scheme`)] };
  }
  return createScheme(scheme);
}
