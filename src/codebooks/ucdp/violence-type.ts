import type { ActorKind, ActorRole } from '../../schema/actor.js';
import type { EventType } from '../../schema/event-type.js';
import type { ConflictEvent } from '../../schema/event.js';
import { groupActors, isStateActor } from '../common/actor-groups.js';

/**
 * UCDP GED `type_of_violence`: 1 state-based, 2 non-state, 3 one-sided.
 *
 * @example
 * ```ts
 * const t: UcdpViolenceType | undefined = toUcdpViolenceType(event);
 * ```
 */
export type UcdpViolenceType = 1 | 2 | 3;

/**
 * One UCDP type of violence and what an imported event becomes.
 *
 * @example
 * ```ts
 * const e: UcdpViolenceTypeEntry | undefined = UCDP_VIOLENCE_TYPES[0]; // State-based conflict
 * ```
 */
export interface UcdpViolenceTypeEntry {
  readonly code: UcdpViolenceType;
  readonly label: string;
  /** Our event type for an imported event: UCDP records violence, not tactics. */
  readonly type: EventType;
}

/**
 * The three UCDP types of violence (codebook notes §2.2): 1 state-based armed conflict (at least
 * one side is a state government), 2 non-state conflict (two organised non-state groups), 3
 * one-sided violence (a state or organised group against civilians). UCDP does not record the
 * tactic, so imported events are `armed_clash` (1, 2: two organised sides fought) or `attack`
 * (3: one side attacked civilians).
 *
 * @example
 * ```ts
 * UCDP_VIOLENCE_TYPES[2]; //=> { code: 3, label: 'One-sided violence', type: 'attack' }
 * ```
 */
export const UCDP_VIOLENCE_TYPES: readonly UcdpViolenceTypeEntry[] = [
  { code: 1, label: 'State-based conflict', type: 'armed_clash' },
  { code: 2, label: 'Non-state conflict', type: 'armed_clash' },
  { code: 3, label: 'One-sided violence', type: 'attack' },
];

// Civilians, protesters and rioters are not organised armed actors: violence against them by an
// organised actor is one-sided.
const UNORGANISED: ReadonlySet<ActorKind> = new Set(['civilians', 'protesters', 'rioters']);

/**
 * UCDP GED `type_of_violence` derived from an event's actors (main actors only; claimants and
 * `other` actors do not count):
 *
 * - an organised actor against civilians (a `victim` or `target` of kind `civilians`, or unarmed
 *   `protesters` or `rioters`) → 3;
 * - otherwise, a state among the actors (kind `state_forces`, or named "Government of …",
 *   "Military Forces of …") → 1;
 * - otherwise, two or more non-civilian sides → 2;
 * - otherwise `undefined` (one side alone is not a UCDP event).
 *
 * @example
 * ```ts
 * toUcdpViolenceType({ actors: [{ name: 'Government of Syria', role: 'actor', kind: 'state_forces' }, { name: 'Syrian insurgents', role: 'actor', kind: 'rebel_group' }] }); //=> 1
 * toUcdpViolenceType({ actors: [{ name: 'IS', role: 'perpetrator' }, { name: 'Civilians', role: 'victim', kind: 'civilians' }] }); //=> 3
 * ```
 */
export function toUcdpViolenceType(event: Pick<ConflictEvent, 'actors'>): UcdpViolenceType | undefined {
  const mains = groupActors(event.actors)
    .filter((g) => g.role !== 'claimant' && g.role !== 'other')
    .map((g) => g.main)
    .filter((a) => a !== undefined);
  const civilianVictims = mains.filter((a) => (a.role === 'victim' || a.role === 'target') && a.kind !== undefined && UNORGANISED.has(a.kind));
  const sides = mains.filter((a) => a.kind === undefined || !UNORGANISED.has(a.kind));
  if (civilianVictims.length > 0 && sides.length > 0) return 3;
  if (sides.some(isStateActor)) return 1;
  if (sides.length >= 2) return 2;
  return undefined;
}

/**
 * The event type of an imported UCDP event (see {@link UCDP_VIOLENCE_TYPES}), or `undefined` for
 * a code other than 1–3.
 *
 * @example
 * ```ts
 * fromUcdpViolenceType(3); //=> 'attack'
 * ```
 */
export function fromUcdpViolenceType(code: number): EventType | undefined {
  return UCDP_VIOLENCE_TYPES.find((e) => e.code === code)?.type;
}

/**
 * The kind and role of a UCDP side. "Government of X" is `state_forces`; `Civilians` (side b of
 * every one-sided event) is `civilians`; side b of a state-based conflict that is not a
 * government is the organised opposition, `rebel_group`; other organised groups (non-state
 * conflicts, perpetrators of one-sided violence) keep no kind, since UCDP does not say whether
 * they are rebels or militias. Roles: both sides `actor` in types 1 and 2; side a `perpetrator`
 * and side b `victim` in type 3.
 *
 * @example
 * ```ts
 * ucdpSide('Government of Iraq', 'a', 1); //=> { kind: 'state_forces', role: 'actor' }
 * ucdpSide('Civilians', 'b', 3); //=> { kind: 'civilians', role: 'victim' }
 * ```
 */
export function ucdpSide(name: string, side: 'a' | 'b', violence: number | undefined): { kind: ActorKind | undefined; role: ActorRole } {
  const role: ActorRole = violence === 3 ? (side === 'a' ? 'perpetrator' : 'victim') : 'actor';
  const trimmed = name.trim();
  let kind: ActorKind | undefined;
  if (/^government of\b/i.test(trimmed)) kind = 'state_forces';
  else if (/^civilians$/i.test(trimmed)) kind = 'civilians';
  else if (violence === 1 && side === 'b') kind = 'rebel_group';
  return { kind, role };
}
