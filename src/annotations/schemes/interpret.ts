/**
 * Reading labels through a scheme: what a label means ({@link interpretLabel}), which role an
 * event argument plays ({@link resolveRole}), and what an attribute sets
 * ({@link interpretAttribute}). Unknown labels are warnings that name the label, never crashes.
 */
import { type Issue, issue } from '../../schema/issue.js';
import {
  type EntityKind,
  type EventLabelMapping,
  type LabelScheme,
  type RoleMapping,
  type SchemeAttribute,
  labelKeyCandidates,
  lookup,
  roleKey,
} from './label-scheme.js';

/**
 * What a label means under a scheme. `kind` is its primary reading; the other fields give every
 * reading the scheme has (a label such as `Actor` is both a role and an entity).
 *
 * @example
 * ```ts
 * interpretLabel('Location', DEFAULT_SCHEME).value;
 * //=> { label: 'Location', kind: 'entity', entity: 'location', role: { role: 'place' } }
 * ```
 */
export interface LabelInterpretation {
  label: string;
  kind: 'event' | 'role' | 'entity' | 'attribute' | 'ignored' | 'unknown';
  event?: EventLabelMapping;
  role?: RoleMapping;
  entity?: EntityKind;
  attribute?: { attribute: SchemeAttribute; value: boolean | string };
  /** Why a known label is left out (`ignored`), or which hint is missing. */
  reason?: string;
}

/**
 * Context for {@link interpretLabel}: the trigger's text and hints (attribute names and values,
 * the caller's own words) that decide labels such as ACE `Movement:Transport`.
 *
 * @example
 * ```ts
 * interpretLabel('Transport', ACE2005_SCHEME, { triggerText: 'kidnapped' }).value.event?.type; //=> 'abduction'
 * ```
 */
export interface InterpretContext {
  triggerText?: string;
  hints?: readonly string[];
  /** Where the label was found, copied into the issue. */
  where?: Partial<Omit<Issue, 'level' | 'code' | 'message'>>;
}

function hinted(mapping: EventLabelMapping, context: InterpretContext): boolean {
  const words = mapping.onlyWith;
  if (words === undefined) return true;
  const haystacks = [context.triggerText ?? '', ...(context.hints ?? [])].map((h) => h.toLowerCase());
  return words.some((w) => haystacks.some((h) => h.includes(w.toLowerCase())));
}

/**
 * Interprets a label under a scheme: an event type (trigger label), a role, an entity, an
 * attribute, a label the scheme knows and leaves out, or unknown. An unknown label gives a
 * warning (`unknown_label`) naming it and the scheme.
 *
 * @example
 * ```ts
 * interpretLabel('ARMED-CLASH', DEFAULT_SCHEME).value.event; //=> { type: 'armed_clash' }
 * interpretLabel('Conflict:Attack', ACE2005_SCHEME).value.event; //=> { type: 'attack' }
 * interpretLabel('Transport', ACE2005_SCHEME, { triggerText: 'kidnapped' }).value.event?.type; //=> 'abduction'
 * interpretLabel('Foo', DEFAULT_SCHEME).issues[0]?.code; //=> 'unknown_label'
 * ```
 */
export function interpretLabel(label: string, scheme: LabelScheme, context: InterpretContext = {}): { value: LabelInterpretation; issues: Issue[] } {
  const out: LabelInterpretation = { label, kind: 'unknown' };
  const event = lookup(scheme.events, label);
  const role = lookup(scheme.roles, label, true);
  const entity = lookup(scheme.entities, label);
  const attribute = lookup(scheme.attributes, label);
  let ignored: string | undefined;
  for (const key of labelKeyCandidates(label)) {
    if (Object.hasOwn(scheme.ignore, key)) {
      ignored = scheme.ignore[key];
      break;
    }
  }
  if (role !== undefined) out.role = role;
  if (entity !== undefined) {
    out.entity = entity.entity;
    if (out.role === undefined && entity.role !== undefined) out.role = { role: entity.role };
  }
  if (attribute !== undefined && attribute.values === undefined) out.attribute = { attribute: attribute.attribute, value: attribute.value ?? true };
  if (event !== undefined) {
    if (hinted(event, context)) {
      out.kind = 'event';
      out.event = event;
      return { value: out, issues: [] };
    }
    out.reason = `${label} means ${event.type} in scheme ${scheme.name} only with a hint (${(event.onlyWith ?? []).join(', ')}) in the trigger text or the hints`;
  }
  if (role !== undefined) out.kind = 'role';
  else if (entity !== undefined) out.kind = 'entity';
  else if (attribute !== undefined) out.kind = 'attribute';
  else if (event !== undefined) out.kind = 'ignored';
  else if (ignored !== undefined) {
    out.kind = 'ignored';
    out.reason = ignored;
  }
  if (out.kind !== 'unknown') return { value: out, issues: [] };
  return {
    value: out,
    issues: [issue('warning', 'unknown_label', `label ${JSON.stringify(label)} is not an event type, role, entity or attribute of scheme ${scheme.name}; give a mapping for it`, context.where ?? {})],
  };
}

/**
 * Where an argument's role may come from, most authoritative first: the event's own role name
 * (brat E line, inline `Role@e1`), the label of the relation that links it to the trigger
 * (Label Studio, doccano), and the argument span's own label.
 *
 * @example
 * ```ts
 * resolveRole({ relationLabel: 'Victim', spanLabel: 'Person', eventLabel: 'Assassination' }, DEFAULT_SCHEME).value?.role; //=> 'victim'
 * ```
 */
export interface RoleSources {
  /** The role written in the event (numbering such as `Victim2` is ignored). */
  eventRole?: string;
  /** The label of the relation between the trigger and the argument. */
  relationLabel?: string;
  /** The label of the argument span. */
  spanLabel?: string;
  /** The event's label, for roles whose meaning depends on it (ACE `Person` in `Justice:Arrest-Jail`). */
  eventLabel?: string;
  /** Where the argument was found, copied into issues. */
  where?: Partial<Omit<Issue, 'level' | 'code' | 'message'>>;
}

/**
 * A resolved role: the scheme role, its qualifier and which source gave it.
 *
 * @example
 * ```ts
 * const r: ResolvedRole = { role: 'time', qualifier: 'within', source: 'event-role', label: 'Time-Within' };
 * ```
 */
export interface ResolvedRole extends RoleMapping {
  source: 'event-role' | 'relation-label' | 'span-label';
  label: string;
}

function roleFor(label: string, scheme: LabelScheme, eventLabel: string | undefined, allowEntity: boolean): RoleMapping | undefined | null {
  if (eventLabel !== undefined) {
    const k = roleKey(label);
    for (const eventKey of labelKeyCandidates(eventLabel)) {
      const table = scheme.eventRoles[eventKey];
      if (table !== undefined && Object.hasOwn(table, k)) return table[k];
    }
  }
  const direct = lookup(scheme.roles, label, true);
  if (direct !== undefined) return direct;
  if (allowEntity) {
    const entity = lookup(scheme.entities, label);
    if (entity !== undefined) return entity.role === undefined ? null : { role: entity.role };
  }
  for (const key of [roleKey(label), ...labelKeyCandidates(label)]) if (Object.hasOwn(scheme.ignore, key)) return null;
  return undefined;
}

/**
 * Resolves the role of an event argument: from the event's role name, else from the label of
 * the relation linking it to the trigger, else from the argument span's own label (a role label
 * such as `Victim`, or an entity label that implies one, such as `Location` → place). A source
 * that is present but unknown gives a warning (`unknown_role`) and the next source is tried;
 * when none gives a role the value is `undefined` with a warning (`unresolved_role`). An event
 * role or relation label that names an attribute (`[[تبنّى|Claimed@e1]]`) marks the evidence of
 * that attribute: the value is `undefined` with an info issue (`attribute_evidence`).
 *
 * @example
 * ```ts
 * resolveRole({ eventRole: 'Victim2' }, DEFAULT_SCHEME).value; //=> { role: 'victim', source: 'event-role', label: 'Victim2' }
 * resolveRole({ relationLabel: 'Perpetrator', spanLabel: 'Organization' }, DEFAULT_SCHEME).value?.role; //=> 'perpetrator'
 * resolveRole({ spanLabel: 'Location' }, DEFAULT_SCHEME).value?.role; //=> 'place'
 * resolveRole({ eventRole: 'Attacker-Arg' }, ACE2005_SCHEME).value?.role; //=> 'perpetrator'
 * ```
 */
export function resolveRole(sources: RoleSources, scheme: LabelScheme): { value: ResolvedRole | undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const where = sources.where ?? {};
  const tries: [ResolvedRole['source'], string | undefined][] = [
    ['event-role', sources.eventRole],
    ['relation-label', sources.relationLabel],
    ['span-label', sources.spanLabel],
  ];
  for (const [source, label] of tries) {
    if (label === undefined || label === '') continue;
    const found = roleFor(label, scheme, sources.eventLabel, source === 'span-label');
    if (found === null) {
      if (source === 'span-label') break;
      continue;
    }
    if (found !== undefined) {
      const resolved: ResolvedRole = { role: found.role, source, label };
      if (found.qualifier !== undefined) resolved.qualifier = found.qualifier;
      return { value: resolved, issues };
    }
    const attribute = source === 'span-label' ? undefined : lookup(scheme.attributes, label);
    if (attribute !== undefined) {
      // An argument whose role names an attribute (`[[تبنّى|Claimed@e1]]`) is the evidence of that attribute, not a participant.
      issues.push(issue('info', 'attribute_evidence', `${JSON.stringify(label)} names the attribute ${attribute.attribute} in scheme ${scheme.name}: the argument is evidence of it, not a participant`, where));
      return { value: undefined, issues };
    }
    const what = source === 'event-role' ? 'event role' : source === 'relation-label' ? 'relation label' : 'span label';
    issues.push(issue('warning', 'unknown_role', `${what} ${JSON.stringify(label)} is not a role of scheme ${scheme.name}`, where));
  }
  const given = tries.filter(([, l]) => l !== undefined && l !== '').map(([s, l]) => `${s} ${JSON.stringify(l)}`);
  issues.push(
    issue(
      'warning',
      'unresolved_role',
      given.length === 0 ? 'the argument has no role, no relation label and no span label' : `no role of scheme ${scheme.name} could be read from ${given.join(', ')}`,
      where,
    ),
  );
  return { value: undefined, issues };
}

/**
 * Interprets an attribute (brat A line, Label Studio per-region choice, inline `+Claimed`): the
 * attribute name as a scheme attribute (a binary one, or a multi-valued one whose values map),
 * else the value itself as an attribute label (a Label Studio choice `Claimed`). Values `false`,
 * `no`, `0` of a binary attribute set it to `false`. Unknown attributes give a warning
 * (`unknown_attribute`).
 *
 * @example
 * ```ts
 * interpretAttribute('Claimed', true, DEFAULT_SCHEME).value; //=> { attribute: 'claimed', value: true }
 * interpretAttribute('Polarity', 'Negative', ACE2005_SCHEME).value; //=> { attribute: 'negated', value: true }
 * interpretAttribute('flags', 'Attempted', DEFAULT_SCHEME).value; //=> { attribute: 'attempted', value: true }
 * ```
 */
export function interpretAttribute(
  name: string,
  value: string | true,
  scheme: LabelScheme,
  where: Partial<Omit<Issue, 'level' | 'code' | 'message'>> = {},
): { value: { attribute: SchemeAttribute; value: boolean | string } | undefined; issues: Issue[] } {
  const mapping = lookup(scheme.attributes, name);
  if (mapping !== undefined) {
    if (mapping.values !== undefined) {
      if (value !== true) {
        const entry = lookup(mapping.values, value);
        if (entry !== undefined) return { value: { ...entry }, issues: [] };
      }
    } else {
      if (value === true) return { value: { attribute: mapping.attribute, value: mapping.value ?? true }, issues: [] };
      const v = value.trim().toLowerCase();
      if (['false', 'no', '0', 'n', 'لا'].includes(v)) return { value: { attribute: mapping.attribute, value: false }, issues: [] };
      if (['true', 'yes', '1', 'y', 'نعم'].includes(v)) return { value: { attribute: mapping.attribute, value: mapping.value ?? true }, issues: [] };
      return { value: { attribute: mapping.attribute, value }, issues: [] };
    }
  }
  if (value !== true) {
    const byValue = lookup(scheme.attributes, value);
    if (byValue !== undefined && byValue.values === undefined) return { value: { attribute: byValue.attribute, value: byValue.value ?? true }, issues: [] };
  }
  const shown = value === true ? JSON.stringify(name) : `${JSON.stringify(name)} = ${JSON.stringify(value)}`;
  return { value: undefined, issues: [issue('warning', 'unknown_attribute', `attribute ${shown} is not an attribute of scheme ${scheme.name}`, where)] };
}

