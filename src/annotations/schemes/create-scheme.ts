/**
 * Building label schemes from plain mappings (objects or JSON files), validated with issues.
 */
import { type EventType, EVENT_TYPES } from '../../schema/event-type.js';
import { type Issue, issue } from '../../schema/issue.js';
import {
  type AttributeMapping,
  type EntityKind,
  type EntityMapping,
  type EventLabelMapping,
  type LabelScheme,
  type RoleMapping,
  type SchemeAttribute,
  type SchemeRole,
  ENTITY_KINDS,
  SCHEME_ATTRIBUTES,
  SCHEME_ROLES,
  labelKey,
  roleKey,
} from './label-scheme.js';

/**
 * A label mapping as a user writes it (in code or as JSON): each table maps a label to a short
 * form (the event type, role, entity kind or attribute name) or to the full mapping object.
 * Labels are matched ignoring case, spaces, `_` and `-`. `extends` names the scheme the mapping
 * adds to (`default`, `ace2005` or `none`; default `default`).
 *
 * @example
 * ```ts
 * const mapping: SchemeMapping = {
 *   name: 'my-project',
 *   events: { Killing: 'attack', Kidnap: { type: 'abduction' } },
 *   roles: { Shooter: 'perpetrator', When: { role: 'time', qualifier: 'within' } },
 *   entities: { Militia: 'organization', Town: { entity: 'location', role: 'place' } },
 *   attributes: { Failed: 'attempted', Certainty: { attribute: 'hypothetical', values: { Rumour: 'hypothetical' } } },
 *   ignore: ['Report'],
 * };
 * ```
 */
export interface SchemeMapping {
  name?: string;
  extends?: 'default' | 'ace2005' | 'none' | LabelScheme;
  events?: Record<string, EventType | EventLabelMapping>;
  roles?: Record<string, SchemeRole | RoleMapping>;
  eventRoles?: Record<string, Record<string, SchemeRole | RoleMapping>>;
  entities?: Record<string, EntityKind | EntityMapping>;
  attributes?: Record<string, SchemeAttribute | (Omit<AttributeMapping, 'values'> & { values?: Record<string, SchemeAttribute | { attribute: SchemeAttribute; value: boolean | string }> })>;
  ignore?: string[] | Record<string, string>;
}

/**
 * Makes `Conflict:Attack` findable as `Attack` too (brat's ACE configuration spells types without
 * the ACE type prefix): every key with `:` gets its last segment as an alias, unless that alias
 * is already a key of its own.
 */
function aliasTails<T>(table: Record<string, T>, explicit: ReadonlySet<string>): void {
  for (const [key, value] of Object.entries(table)) {
    const tail = key.split(':').pop() ?? key;
    if (tail !== key && !explicit.has(tail) && !(Object.hasOwn(table, tail) && explicit.size === 0)) table[tail] = value;
  }
}

const BUILT = new WeakSet<object>();

/**
 * True for a scheme made by {@link buildScheme} (the built-in schemes, `createScheme`,
 * `loadScheme`); any other object is read as a mapping.
 *
 * @example
 * ```ts
 * isBuiltScheme(DEFAULT_SCHEME); //=> true
 * isBuiltScheme({ events: { Hit: 'attack' } }); //=> false
 * ```
 */
export function isBuiltScheme(value: unknown): value is LabelScheme {
  return typeof value === 'object' && value !== null && BUILT.has(value);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Builds a scheme from a mapping on top of a base scheme (the mapping's entries win). Entries
 * that are not valid (an event type the schema does not have, a role that is not a scheme role…)
 * are reported with their JSON path and skipped.
 *
 * @example
 * ```ts
 * const { value: scheme, issues } = buildScheme({ events: { Killing: 'attack' } }, DEFAULT_SCHEME);
 * interpretLabel('killing', scheme).value.event?.type; //=> 'attack'
 * ```
 */
export function buildScheme(mapping: unknown, base?: LabelScheme, where: { file?: string } = {}): { value: LabelScheme; issues: Issue[] } {
  const issues: Issue[] = [];
  const scheme: LabelScheme = {
    name: base?.name ?? 'custom',
    events: { ...(base?.events ?? {}) },
    roles: { ...(base?.roles ?? {}) },
    eventRoles: Object.fromEntries(Object.entries(base?.eventRoles ?? {}).map(([k, v]) => [k, { ...v }])),
    entities: { ...(base?.entities ?? {}) },
    attributes: { ...(base?.attributes ?? {}) },
    ignore: { ...(base?.ignore ?? {}) },
  };
  const bad = (path: (string | number)[], message: string): void => {
    issues.push(issue('error', 'invalid_scheme', message, { ...where, path }));
  };
  if (!isRecord(mapping)) {
    bad([], 'a label scheme mapping must be an object');
    return { value: scheme, issues };
  }
  if (typeof mapping.name === 'string') scheme.name = mapping.name;
  else if (mapping.name !== undefined) bad(['name'], 'scheme "name" must be a string');

  const table = (key: string): [string, unknown][] => {
    const t = mapping[key];
    if (t === undefined) return [];
    if (!isRecord(t)) {
      bad([key], `scheme "${key}" must be an object of label → mapping`);
      return [];
    }
    return Object.entries(t);
  };
  const toRole = (v: unknown, path: (string | number)[]): RoleMapping | undefined => {
    if (typeof v === 'string' && (SCHEME_ROLES as readonly string[]).includes(v)) return { role: v as SchemeRole };
    if (isRecord(v) && typeof v.role === 'string' && (SCHEME_ROLES as readonly string[]).includes(v.role)) {
      const r: RoleMapping = { role: v.role as SchemeRole };
      if (typeof v.qualifier === 'string') r.qualifier = v.qualifier;
      return r;
    }
    bad(path, `role mapping ${JSON.stringify(v)} is not one of ${SCHEME_ROLES.join(', ')} (or { role, qualifier })`);
    return undefined;
  };
  const toAttribute = (v: unknown, path: (string | number)[]): { attribute: SchemeAttribute; value: boolean | string } | undefined => {
    if (typeof v === 'string' && (SCHEME_ATTRIBUTES as readonly string[]).includes(v)) return { attribute: v as SchemeAttribute, value: true };
    if (isRecord(v) && typeof v.attribute === 'string' && (SCHEME_ATTRIBUTES as readonly string[]).includes(v.attribute)) {
      const value = typeof v.value === 'boolean' || typeof v.value === 'string' ? v.value : true;
      return { attribute: v.attribute as SchemeAttribute, value };
    }
    bad(path, `attribute mapping ${JSON.stringify(v)} is not one of ${SCHEME_ATTRIBUTES.join(', ')} (or { attribute, value })`);
    return undefined;
  };

  const explicitEvents = new Set<string>();
  for (const [label, v] of table('events')) {
    const path = ['events', label];
    let m: EventLabelMapping | undefined;
    if (typeof v === 'string') m = { type: v as EventType };
    else if (isRecord(v) && typeof v.type === 'string') {
      m = { type: v.type as EventType };
      if (typeof v.subtype === 'string') m.subtype = v.subtype;
      if (v.effect === 'fatalities' || v.effect === 'injuries') m.effect = v.effect;
      if (Array.isArray(v.onlyWith)) m.onlyWith = v.onlyWith.filter((w): w is string => typeof w === 'string');
    }
    if (m === undefined || !(EVENT_TYPES as readonly string[]).includes(m.type)) {
      bad(path, `event mapping ${JSON.stringify(v)} does not name an event type (${EVENT_TYPES.join(', ')})`);
      continue;
    }
    scheme.events[labelKey(label)] = m;
    explicitEvents.add(labelKey(label));
  }
  aliasTails(scheme.events, explicitEvents);
  for (const [label, v] of table('roles')) {
    const r = toRole(v, ['roles', label]);
    if (r !== undefined) scheme.roles[roleKey(label)] = r;
  }
  for (const [eventLabel, roles] of table('eventRoles')) {
    if (!isRecord(roles)) {
      bad(['eventRoles', eventLabel], 'eventRoles entries must be objects of role label → role');
      continue;
    }
    const key = labelKey(eventLabel);
    const target = (scheme.eventRoles[key] ??= {});
    const tail = key.split(':').pop() ?? key;
    if (tail !== key) scheme.eventRoles[tail] ??= target;
    for (const [label, v] of Object.entries(roles)) {
      const r = toRole(v, ['eventRoles', eventLabel, label]);
      if (r !== undefined) target[roleKey(label)] = r;
    }
  }
  for (const [label, v] of table('entities')) {
    let m: EntityMapping | undefined;
    if (typeof v === 'string' && (ENTITY_KINDS as readonly string[]).includes(v)) m = { entity: v as EntityKind };
    else if (isRecord(v) && typeof v.entity === 'string' && (ENTITY_KINDS as readonly string[]).includes(v.entity)) {
      m = { entity: v.entity as EntityKind };
      if (v.role !== undefined) {
        const r = toRole(v.role, ['entities', label, 'role']);
        if (r !== undefined) m.role = r.role;
      }
    }
    if (m === undefined) {
      bad(['entities', label], `entity mapping ${JSON.stringify(v)} is not one of ${ENTITY_KINDS.join(', ')} (or { entity, role })`);
      continue;
    }
    scheme.entities[labelKey(label)] = m;
  }
  for (const [label, v] of table('attributes')) {
    const path = ['attributes', label];
    if (isRecord(v) && isRecord(v.values)) {
      const values: Record<string, { attribute: SchemeAttribute; value: boolean | string }> = {};
      for (const [valueLabel, vv] of Object.entries(v.values)) {
        const a = toAttribute(vv, [...path, 'values', valueLabel]);
        if (a !== undefined) values[labelKey(valueLabel)] = a;
      }
      const attribute = typeof v.attribute === 'string' && (SCHEME_ATTRIBUTES as readonly string[]).includes(v.attribute) ? (v.attribute as SchemeAttribute) : Object.values(values)[0]?.attribute;
      if (attribute === undefined) {
        bad(path, 'a multi-valued attribute mapping needs "values" that map to scheme attributes');
        continue;
      }
      scheme.attributes[labelKey(label)] = { attribute, values };
      continue;
    }
    const a = toAttribute(v, path);
    if (a === undefined) continue;
    const m: AttributeMapping = { attribute: a.attribute };
    if (a.value !== true) m.value = a.value;
    scheme.attributes[labelKey(label)] = m;
  }
  const ignore = mapping.ignore;
  if (Array.isArray(ignore)) {
    ignore.forEach((label, i) => {
      if (typeof label === 'string') scheme.ignore[labelKey(label)] = `${label} is left out by scheme ${scheme.name}`;
      else bad(['ignore', i], 'ignored labels must be strings');
    });
  } else if (isRecord(ignore)) {
    for (const [label, why] of Object.entries(ignore)) scheme.ignore[labelKey(label)] = typeof why === 'string' ? why : `${label} is left out by scheme ${scheme.name}`;
  } else if (ignore !== undefined) bad(['ignore'], 'scheme "ignore" must be a list of labels or an object of label → reason');
  aliasTails(scheme.ignore, new Set());
  for (const key of Object.keys(mapping)) {
    if (!['name', 'extends', 'events', 'roles', 'eventRoles', 'entities', 'attributes', 'ignore', '$schema', 'description'].includes(key)) {
      issues.push(issue('warning', 'unknown_scheme_key', `scheme key "${key}" is not known (name, extends, events, roles, eventRoles, entities, attributes, ignore); ignored`, { ...where, path: [key] }));
    }
  }
  BUILT.add(scheme);
  return { value: scheme, issues };
}
