import type { Actor } from '../../schema/actor.js';
import type { Attributes } from '../../schema/attributes.js';
import type { EventType } from '../../schema/event-type.js';
import type { ConflictEvent } from '../../schema/event.js';
import { type Issue, issue } from '../../schema/issue.js';
import { groupActors } from '../common/actor-groups.js';
import { describeWeapon } from '../common/weapons.js';
import { PLOVER_EVENT_TYPES, PLOVER_LEGACY_EVENT_TYPES, type PloverEventType, type PloverEventTypeEntry, type PloverQuad } from './vocabulary.js';

/**
 * An event coded in PLOVER: event type, modes, contexts, quad, and the actor / recipient split.
 *
 * @example
 * ```ts
 * const coding: PloverCoding | undefined = toPloverEvent(event).value;
 * ```
 */
export interface PloverCoding {
  event: PloverEventType;
  mode: string[];
  context: string[];
  quadCode: PloverQuad;
  /** Who acted: the perpetrators, or every side of two-sided violence. */
  actor: Actor[];
  /** Who it was done to, when anyone. */
  recipient: Actor[];
}

/**
 * The event fields {@link toPloverEvent} looks at.
 *
 * @example
 * ```ts
 * const input: PloverInput = { type: 'arrest', actors: [] };
 * ```
 */
export type PloverInput = Pick<ConflictEvent, 'type' | 'actors'> & Partial<Pick<ConflictEvent, 'subtype' | 'attributes' | 'fatalities' | 'injuries'>>;

const CROWD: ReadonlySet<string> = new Set(['protesters', 'rioters']);

/** Force used on protesters: subtype excessive_force, or someone other than the crowd hurt people. */
function excessiveForce(input: PloverInput): boolean {
  if (input.subtype === 'excessive_force') return true;
  if (input.subtype === 'peaceful' || input.subtype === 'intervention') return false;
  const hurt = [input.fatalities, input.injuries].some((c) => c !== undefined && [c.low, c.best, c.high].some((n) => n !== undefined && n > 0));
  const enforcer = input.actors.some((a) => a.associated !== true && a.role === 'perpetrator' && (a.kind === undefined || !CROWD.has(a.kind)));
  return hurt && enforcer;
}

function entryOf(event: PloverEventType): PloverEventTypeEntry {
  return PLOVER_EVENT_TYPES.find((e) => e.event === event) as PloverEventTypeEntry;
}

/** PLOVER ASSAULT weapon modes of `attributes.weapon` and `attributes.suicide`. */
function weaponModes(attributes: Attributes | undefined): string[] {
  const w = describeWeapon(attributes?.weapon);
  const modes: string[] = [];
  switch (w.category) {
    case 'firearms':
      modes.push('firearms');
      break;
    case 'explosives':
      modes.push('explosives');
      break;
    case 'melee':
    case 'incendiary':
      modes.push('primitive');
      break;
    case 'chemical':
    case 'biological':
    case 'radiological':
    case 'nuclear':
      modes.push('unconventional');
      break;
    case 'aerial':
      modes.push('aerial');
      break;
    case 'drone':
      modes.push('drone');
      break;
    case 'heavy_weapons':
      modes.push('heavy-weapons');
      break;
    default:
      break;
  }
  if (attributes?.suicide === true || w.suicide) modes.push('suicide-attack');
  return modes;
}

const COERCE_SUBTYPES = new Set(['seize', 'restrict', 'censor', 'curfew', 'martial_law', 'deport', 'withhold', 'misinformation', 'cyber']);

function coding(input: PloverInput): { event: PloverEventType; mode: string[]; context: string[] } | undefined {
  const weapons = weaponModes(input.attributes);
  const unique = (modes: string[]): string[] => [...new Set(modes)];
  switch (input.type) {
    case 'assassination':
      return { event: 'ASSAULT', mode: unique(['targeted', ...weapons]), context: [] };
    case 'attack':
    case 'armed_clash':
      return { event: 'ASSAULT', mode: unique(input.subtype === 'unarmed_assault' && weapons.length === 0 ? ['beat'] : weapons), context: [] };
    case 'bombing':
      return { event: 'ASSAULT', mode: unique(['explosives', ...weapons.filter((m) => m === 'suicide-attack'), ...(input.subtype === 'suicide_bomb' ? ['suicide-attack'] : [])]), context: [] };
    case 'shelling':
      return { event: 'ASSAULT', mode: ['heavy-weapons'], context: [] };
    case 'air_strike':
      return { event: 'ASSAULT', mode: weapons.filter((m) => m === 'aerial' || m === 'drone'), context: [] };
    case 'chemical_attack':
      return { event: 'ASSAULT', mode: ['unconventional'], context: ['cbrn'] };
    case 'abduction':
    case 'hostage_taking':
    case 'hijacking':
      return { event: 'ASSAULT', mode: ['abduct'], context: [] };
    case 'sexual_violence':
      return { event: 'ASSAULT', mode: ['sexual'], context: [] };
    case 'property_destruction':
      return { event: 'ASSAULT', mode: unique(['destroy', ...weapons]), context: [] };
    case 'arrest':
      return { event: 'COERCE', mode: ['arrest'], context: [] };
    case 'territory_change':
      if (input.subtype === 'non_violent_transfer') return { event: 'RETREAT', mode: ['withdraw'], context: ['territory'] };
      return { event: 'ASSAULT', mode: weapons, context: ['territory'] };
    case 'protest':
      // Excessive force against protesters is violence against them (ACLED: political violence):
      // ASSAULT with crowd-control force, in a repression context.
      if (excessiveForce(input)) return { event: 'ASSAULT', mode: unique(['crowd-control', ...weapons]), context: ['repression'] };
      return { event: 'PROTEST', mode: ['demo'], context: [] };
    case 'riot':
      return { event: 'PROTEST', mode: ['riot'], context: [] };
    case 'strategic_development':
      if (input.subtype === 'agreement') return { event: 'AGREE', mode: [], context: [] };
      if (input.subtype === 'disrupted_weapons_use') return { event: 'COERCE', mode: ['seize'], context: ['military'] };
      if (input.subtype === 'headquarters_established' || input.subtype === 'mobilize') return { event: 'MOBILIZE', mode: [], context: ['military'] };
      if (input.subtype !== undefined && COERCE_SUBTYPES.has(input.subtype)) return { event: 'COERCE', mode: [input.subtype.replace(/_/g, '-')], context: [] };
      return undefined;
    case 'other':
      return undefined;
  }
}

/**
 * Codes an event in PLOVER (codebook notes §4): an assassination is ASSAULT with mode `targeted`
 * plus its weapon mode (`firearms`, `explosives`, `primitive` for knives and fire, `aerial`,
 * `drone`, `heavy-weapons`, `unconventional`, and `suicide-attack`); a bombing ASSAULT
 * `explosives`; shelling ASSAULT `heavy-weapons`; an abduction, hostage taking or hijacking
 * ASSAULT `abduct`; sexual violence ASSAULT `sexual`; property destruction ASSAULT `destroy`; an
 * arrest COERCE `arrest`; a protest PROTEST `demo` (the crowd is the actor, whoever it faces the
 * recipient), but excessive force against protesters (subtype `excessive_force`, or people hurt by
 * a perpetrator who is not the crowd) ASSAULT `crowd-control` in a `repression` context; a riot
 * PROTEST `riot`; an agreement AGREE; a
 * non-violent territory transfer RETREAT `withdraw` (context `territory`). Events with no PLOVER
 * type (other strategic developments, type `other`) give `undefined` and an issue.
 *
 * Actors: the perpetrators (and two-sided `actor`s) go in `actor`, victims and targets in
 * `recipient`, associated actors with their main actor. For ASSAULT a recipient is required only
 * for one-sided violence: two-sided violence has every side in `actor`. PROTEST, RETREAT and the
 * other types that require a recipient get a warning when there is none. Claimants and `other`
 * actors are not participants and are left out.
 *
 * @example
 * ```ts
 * toPloverEvent({ type: 'assassination', attributes: { weapon: 'firearms' }, actors: [{ name: 'IS', role: 'perpetrator' }, { name: 'Hind', role: 'victim' }] }).value;
 * //=> { event: 'ASSAULT', mode: ['targeted', 'firearms'], context: [], quadCode: 4, actor: [{ name: 'IS', … }], recipient: [{ name: 'Hind', … }] }
 * ```
 */
export function toPloverEvent(input: PloverInput): { value: PloverCoding | undefined; issues: Issue[] } {
  const c = coding(input);
  if (c === undefined) {
    return {
      value: undefined,
      issues: [issue('warning', 'plover_no_event_type', `PLOVER has no event type for ${input.type}${input.subtype === undefined ? '' : ` / ${input.subtype}`}`, { path: ['type'] })],
    };
  }
  const entry = entryOf(c.event);
  const groups = groupActors(input.actors).filter((g) => g.role !== 'claimant' && g.role !== 'other');
  const members = (roles: string[]): Actor[] => groups.filter((g) => roles.includes(g.role)).flatMap((g) => [...(g.main !== undefined ? [g.main] : []), ...g.associated]);
  let actor = members(['perpetrator', 'actor']);
  let recipient = members(['target', 'victim']);
  if (c.event === 'PROTEST') {
    // The crowd protests; everyone else it faces (the authorities, the police) is the recipient.
    const crowd = groups.filter((g) => g.main?.kind !== undefined && CROWD.has(g.main.kind));
    if (crowd.length > 0) {
      const flat = (gs: typeof groups): Actor[] => gs.flatMap((g) => [...(g.main !== undefined ? [g.main] : []), ...g.associated]);
      actor = flat(crowd);
      recipient = flat(groups.filter((g) => !crowd.includes(g)));
    }
  }
  const issues: Issue[] = [];
  if (actor.length === 0) issues.push(issue('warning', 'plover_missing_actor', `PLOVER ${c.event} requires an actor; the event has no perpetrator or participant`, { path: ['actors'] }));
  if (entry.recipient === 'always' && recipient.length === 0) {
    issues.push(issue('warning', 'plover_missing_recipient', `PLOVER ${c.event} requires a recipient; the event has no target or victim`, { path: ['actors'] }));
  }
  return { value: { event: c.event, mode: c.mode, context: c.context, quadCode: entry.quad, actor, recipient }, issues };
}

/**
 * A PLOVER coding to read with {@link fromPloverEvent}: event type, modes and contexts.
 *
 * @example
 * ```ts
 * const input: PloverEventInput = { event: 'ASSAULT', mode: ['targeted', 'firearms'] };
 * ```
 */
export interface PloverEventInput {
  event: string;
  mode?: readonly string[];
  context?: readonly string[];
  /** The recipients, when known: an ASSAULT with actors but no recipient is two-sided. */
  recipient?: readonly unknown[];
}

/**
 * What {@link fromPloverEvent} makes of a PLOVER coding.
 *
 * @example
 * ```ts
 * const v: FromPloverValue | undefined = fromPloverEvent({ event: 'PROTEST', mode: ['riot'] }).value; //=> { type: 'riot' }
 * ```
 */
export interface FromPloverValue {
  type: EventType;
  subtype?: string;
  attributes?: Attributes;
}

const WEAPON_OF_MODE: Readonly<Record<string, string>> = {
  firearms: 'firearms',
  explosives: 'explosives',
  primitive: 'melee',
  aerial: 'aerial',
  drone: 'drone',
  'heavy-weapons': 'heavy_weapons',
};

function assault(modes: ReadonlySet<string>, twoSided: boolean): FromPloverValue {
  const attributes: Attributes = {};
  const weapon = ['explosives', 'firearms', 'heavy-weapons', 'aerial', 'drone', 'primitive'].find((m) => modes.has(m));
  if (weapon !== undefined) attributes.weapon = WEAPON_OF_MODE[weapon];
  if (modes.has('suicide-attack')) attributes.suicide = true;
  const withAttributes = (v: FromPloverValue): FromPloverValue => (Object.keys(attributes).length > 0 ? { ...v, attributes } : v);
  if (modes.has('targeted')) return withAttributes({ type: 'assassination' });
  if (modes.has('abduct')) return withAttributes({ type: 'abduction' });
  if (modes.has('sexual')) return withAttributes({ type: 'sexual_violence' });
  if (modes.has('suicide-attack')) return withAttributes({ type: 'bombing', subtype: 'suicide_bomb' });
  if (modes.has('unconventional')) return withAttributes({ type: 'chemical_attack' });
  if (modes.has('aerial') || modes.has('drone')) return withAttributes({ type: 'air_strike' });
  if (modes.has('heavy-weapons')) return withAttributes({ type: 'shelling' });
  if (modes.has('explosives')) return withAttributes({ type: 'bombing' });
  if (modes.has('destroy')) return withAttributes({ type: 'property_destruction' });
  if (modes.has('crowd-control')) return withAttributes({ type: 'protest', subtype: 'excessive_force' });
  return withAttributes({ type: twoSided ? 'armed_clash' : 'attack' });
}

/**
 * Reads a PLOVER coding into our event type, subtype and attributes, the reverse of
 * {@link toPloverEvent}: ASSAULT by its most specific mode (`targeted` → assassination, `abduct` →
 * abduction, `sexual` → sexual violence, `suicide-attack` → bombing / suicide_bomb,
 * `unconventional` → chemical attack, `aerial` / `drone` → air strike, `heavy-weapons` →
 * shelling, `explosives` → bombing, `destroy` → property destruction, `crowd-control` → protest /
 * excessive_force, otherwise attack, or armed clash when there is no recipient), with the weapon
 * modes as `attributes.weapon`; PROTEST `riot`
 * or `vandalize` → riot, other PROTEST → protest; COERCE `arrest` → arrest; AGREE → strategic
 * development / agreement; RETREAT in a `territory` context → territory change /
 * non_violent_transfer. The legacy names DEMAND, DISAPPROVE and INVESTIGATE are accepted. Types
 * outside conflict (CONSULT, AID, ACCUSE…) become type `other` with the PLOVER type as subtype,
 * with an info issue; an unknown name is an error.
 *
 * @example
 * ```ts
 * fromPloverEvent({ event: 'ASSAULT', mode: ['targeted', 'explosives'] }).value; //=> { type: 'assassination', attributes: { weapon: 'explosives' } }
 * fromPloverEvent({ event: 'COERCE', mode: ['arrest'] }).value; //=> { type: 'arrest' }
 * ```
 */
export function fromPloverEvent(input: PloverEventInput): { value: FromPloverValue | undefined; issues: Issue[] } {
  const name = input.event.trim().toUpperCase();
  const legacy = PLOVER_LEGACY_EVENT_TYPES[name];
  const event = legacy?.event ?? PLOVER_EVENT_TYPES.find((e) => e.event === name)?.event;
  if (event === undefined) {
    return { value: undefined, issues: [issue('error', 'plover_unknown_event_type', `"${input.event}" is not a PLOVER event type`, { path: ['event'] })] };
  }
  const modes = new Set((input.mode ?? []).map((m) => m.trim().toLowerCase()));
  if (legacy?.mode !== undefined) modes.add(legacy.mode);
  const contexts = new Set((input.context ?? []).map((c) => c.trim().toLowerCase()));
  const issues: Issue[] = [];
  const known = new Set(entryOf(event).modes);
  for (const m of modes) {
    if (!known.has(m)) issues.push(issue('warning', 'plover_unknown_mode', `"${m}" is not a mode of PLOVER ${event}; ignored`, { path: ['mode'] }));
  }
  const snake = (m: string): string => m.replace(/-/g, '_');
  switch (event) {
    case 'ASSAULT':
      return { value: assault(modes, input.recipient !== undefined && input.recipient.length === 0), issues };
    case 'PROTEST':
      if (modes.has('riot') || modes.has('vandalize')) return { value: { type: 'riot' }, issues };
      return { value: { type: 'protest' }, issues };
    case 'COERCE': {
      if (modes.has('arrest')) return { value: { type: 'arrest' }, issues };
      const mode = [...modes].find((m) => COERCE_SUBTYPES.has(snake(m)));
      return { value: mode === undefined ? { type: 'strategic_development', subtype: 'coerce' } : { type: 'strategic_development', subtype: snake(mode) }, issues };
    }
    case 'AGREE':
      return { value: { type: 'strategic_development', subtype: 'agreement' }, issues };
    case 'MOBILIZE':
      return { value: { type: 'strategic_development', subtype: 'mobilize' }, issues };
    case 'RETREAT':
      if (contexts.has('territory')) return { value: { type: 'territory_change', subtype: 'non_violent_transfer' }, issues };
      return { value: { type: 'strategic_development', subtype: 'retreat' }, issues };
    default:
      issues.push(issue('info', 'plover_not_conflict_event', `PLOVER ${event} is not a conflict event type; the event has type other`, { path: ['event'] }));
      return { value: { type: 'other', subtype: event.toLowerCase() }, issues };
  }
}
