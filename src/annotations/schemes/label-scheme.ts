/**
 * Label schemes: what the labels of an annotation project mean for conflict events. A scheme
 * says which labels name event types (trigger labels), which name argument roles, which name
 * entities (and the role an entity label implies when it is used as an argument), and which name
 * attributes. The event builder uses a scheme to turn annotated documents into events.
 */
import type { ActorRole } from '../../schema/actor.js';
import type { EventType } from '../../schema/event-type.js';

/**
 * The part an argument plays in an event: the actor roles of the schema (perpetrator, victim,
 * target, claimant, actor), and where (place), when (time), how many were killed or injured
 * (fatalities, injuries) and with what (weapon).
 *
 * @example
 * ```ts
 * resolveRole({ eventRole: 'Time-Within' }, ACE2005_SCHEME).value?.role; //=> 'time'
 * ```
 */
export type SchemeRole = Exclude<ActorRole, 'other'> | 'place' | 'time' | 'fatalities' | 'injuries' | 'weapon';

/**
 * All scheme roles.
 *
 * @example
 * ```ts
 * SCHEME_ROLES.includes('claimant'); //=> true
 * ```
 */
export const SCHEME_ROLES: readonly SchemeRole[] = ['perpetrator', 'victim', 'target', 'claimant', 'actor', 'place', 'time', 'fatalities', 'injuries', 'weapon'];

/**
 * What kind of thing an entity label names.
 *
 * @example
 * ```ts
 * interpretLabel('GPE', DEFAULT_SCHEME).value.entity; //=> 'location'
 * ```
 */
export type EntityKind = 'person' | 'organization' | 'actor' | 'location' | 'date' | 'quantity' | 'weapon';

/**
 * All entity kinds.
 *
 * @example
 * ```ts
 * ENTITY_KINDS.includes('weapon'); //=> true
 * ```
 */
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'actor', 'location', 'date', 'quantity', 'weapon'];

/**
 * The event attributes (keys of the schema's `attributes`) a label can set.
 *
 * @example
 * ```ts
 * interpretAttribute('Claimed', true, DEFAULT_SCHEME).value?.attribute; //=> 'claimed'
 * ```
 */
export type SchemeAttribute = 'attempted' | 'claimed' | 'negated' | 'hypothetical' | 'suicide' | 'civilianTargeting';

/**
 * All scheme attributes.
 *
 * @example
 * ```ts
 * SCHEME_ATTRIBUTES.includes('hypothetical'); //=> true
 * ```
 */
export const SCHEME_ATTRIBUTES: readonly SchemeAttribute[] = ['attempted', 'claimed', 'negated', 'hypothetical', 'suicide', 'civilianTargeting'];

/**
 * What a trigger label means.
 *
 * @example
 * ```ts
 * const die: EventLabelMapping = { type: 'attack', effect: 'fatalities' }; // ACE Life:Die
 * ```
 */
export interface EventLabelMapping {
  type: EventType;
  /** A finer type in snake_case (`suicide_bomb`, `execution`). */
  subtype?: string;
  /**
   * The label reports a consequence rather than an act (ACE `Life:Die`, `Life:Injure`): its
   * victims count as fatalities or injuries of an event of `type` that shares its arguments.
   */
  effect?: 'fatalities' | 'injuries';
  /**
   * The label means `type` only when a hint says so (ACE `Movement:Transport` is an abduction
   * only when the trigger or a hint speaks of kidnapping): words sought, case-insensitively, in
   * the trigger text and in the hints passed to {@link interpretLabel}.
   */
  onlyWith?: string[];
}

/**
 * What a role label means: a scheme role and, for time roles, a qualifier (ACE `Time-Starting`
 * → `{ role: 'time', qualifier: 'starting' }`).
 *
 * @example
 * ```ts
 * const timeWithin: RoleMapping = { role: 'time', qualifier: 'within' };
 * ```
 */
export interface RoleMapping {
  role: SchemeRole;
  qualifier?: string;
}

/**
 * What an entity label means, and the role it implies when it is used as an event argument.
 *
 * @example
 * ```ts
 * const location: EntityMapping = { entity: 'location', role: 'place' };
 * ```
 */
export interface EntityMapping {
  entity: EntityKind;
  role?: SchemeRole;
}

/**
 * What an attribute label (or one of its values) sets.
 *
 * @example
 * ```ts
 * const polarity: AttributeMapping = { attribute: 'negated', values: { negative: { attribute: 'negated', value: true } } };
 * ```
 */
export interface AttributeMapping {
  attribute: SchemeAttribute;
  /** The value it sets (default `true`). */
  value?: boolean | string;
  /** For a multi-valued attribute: the mapping of each value (`Polarity: { Negative: … }`). */
  values?: Record<string, { attribute: SchemeAttribute; value: boolean | string }>;
}

/**
 * A label scheme. Keys of the tables are label keys (see {@link labelKey}): case, spaces,
 * `_` and `-` do not matter (`ArmedClash`, `armed_clash` and `ARMED-CLASH` are one key).
 *
 * @example
 * ```ts
 * interpretLabel('armed_clash', DEFAULT_SCHEME).value.event?.type; //=> 'armed_clash'
 * ```
 */
export interface LabelScheme {
  name: string;
  events: Record<string, EventLabelMapping>;
  roles: Record<string, RoleMapping>;
  /** Roles whose meaning depends on the event label: event key → role key → mapping. */
  eventRoles: Record<string, Record<string, RoleMapping>>;
  entities: Record<string, EntityMapping>;
  attributes: Record<string, AttributeMapping>;
  /** Label keys the scheme knows and deliberately leaves out (e.g. ACE `Life:Marry`), with why. */
  ignore: Record<string, string>;
}

/**
 * The key a label is looked up under: lower case, without spaces, `_` and `-`, with `.` read as
 * `:` (`Conflict.Attack` = `Conflict:Attack`).
 *
 * @example
 * ```ts
 * labelKey('ARMED-CLASH'); //=> 'armedclash'
 * labelKey('Justice:Arrest-Jail'); //=> 'justice:arrestjail'
 * ```
 */
export function labelKey(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\u2010-\u2015-]+/g, '')
    .replace(/\./g, ':');
}

/**
 * The keys to try for a label, most specific first: the whole key, then its tails after each `:`
 * (`conflict:attack` → `attack`), then its heads (`conflict:attack:firearmattack` →
 * `conflict:attack`).
 *
 * @example
 * ```ts
 * labelKeyCandidates('Conflict:Attack'); //=> ['conflict:attack', 'attack', 'conflict']
 * ```
 */
export function labelKeyCandidates(label: string): string[] {
  const key = labelKey(label);
  const parts = key.split(':').filter((p) => p !== '');
  const out = [key];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(i).join(':'));
  for (let i = parts.length - 1; i >= 1; i--) out.push(parts.slice(0, i).join(':'));
  return [...new Set(out)];
}

/**
 * The key of a role label: brat's numbering of repeated roles (`Victim2`) and ACE brat
 * configurations' `-Arg` suffix (`Attacker-Arg`) removed, then {@link labelKey}.
 *
 * @example
 * ```ts
 * roleKey('Place-Arg'); //=> 'place'
 * roleKey('Victim2'); //=> 'victim'
 * ```
 */
export function roleKey(role: string): string {
  return labelKey(role.replace(/\d+$/, '').replace(/[-_ ]?arg$/i, '') || role);
}

/**
 * Looks a label up in a table under each candidate key.
 *
 * @example
 * ```ts
 * lookup(DEFAULT_SCHEME.events, 'ARMED-CLASH'); //=> { type: 'armed_clash' }
 * lookup(ACE2005_SCHEME.roles, 'Attacker-Arg', true); //=> { role: 'perpetrator' }
 * ```
 */
export function lookup<T>(table: Readonly<Record<string, T>>, label: string, role = false): T | undefined {
  if (role) {
    const k = roleKey(label);
    if (Object.hasOwn(table, k)) return table[k];
  }
  for (const key of labelKeyCandidates(label)) if (Object.hasOwn(table, key)) return table[key];
  return undefined;
}
