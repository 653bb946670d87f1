import type { Actor, ActorKind, ActorRole } from '../../schema/actor.js';

/**
 * A main actor with the actors associated with it (ACLED `actor1` + `assoc_actor_1`).
 *
 * @example
 * ```ts
 * const [first]: ActorGroup[] = groupActors(event.actors);
 * ```
 */
export interface ActorGroup {
  /** The main actor; `undefined` when associated actors came without one. */
  main: Actor | undefined;
  /** Associated actors, in order. */
  associated: Actor[];
  /** The role shared by the group. */
  role: ActorRole;
}

/**
 * Groups an event's actors into main actors with their associated actors. An associated actor
 * belongs to the nearest main actor of the same role before it; one with no such main actor
 * starts a group of its own without a main actor.
 *
 * @example
 * ```ts
 * groupActors([
 *   { name: 'Unidentified Armed Group (Iraq)', role: 'perpetrator' },
 *   { name: 'Civilians (Iraq)', role: 'victim' },
 *   { name: 'Women (Iraq)', role: 'victim', associated: true },
 * ]).map((g) => [g.main?.name, g.associated.length]); //=> [['Unidentified Armed Group (Iraq)', 0], ['Civilians (Iraq)', 1]]
 * ```
 */
export function groupActors(actors: readonly Actor[]): ActorGroup[] {
  const groups: ActorGroup[] = [];
  for (const actor of actors) {
    if (actor.associated === true) {
      const owner = [...groups].reverse().find((g) => g.role === actor.role);
      if (owner !== undefined) owner.associated.push(actor);
      else groups.push({ main: undefined, associated: [actor], role: actor.role });
    } else {
      groups.push({ main: actor, associated: [], role: actor.role });
    }
  }
  return groups;
}

const ARMED: ReadonlySet<ActorKind> = new Set(['state_forces', 'rebel_group', 'political_militia', 'identity_militia', 'external_other']);

/**
 * True for the kinds of organised armed actors: state forces, rebel groups, political and
 * identity militias, external/other forces.
 *
 * @example
 * ```ts
 * isArmedKind('rebel_group'); //=> true
 * isArmedKind('civilians'); //=> false
 * ```
 */
export function isArmedKind(kind: ActorKind | undefined): boolean {
  return kind !== undefined && ARMED.has(kind);
}

const STATE_NAME = /^(government of|military forces of|police forces of|armed forces of)\b/i;

/**
 * True for an actor of a state: kind `state_forces`, or an external/other force named as a
 * state's forces ("Military Forces of Turkey (2016-)"), or an actor named "Government of …".
 *
 * @example
 * ```ts
 * isStateActor({ name: 'Government of Syria', role: 'actor' }); //=> true
 * isStateActor({ name: 'Military Forces of Turkey (2016-)', role: 'actor', kind: 'external_other' }); //=> true
 * ```
 */
export function isStateActor(actor: Actor): boolean {
  return actor.kind === 'state_forces' || STATE_NAME.test(actor.name.trim());
}
