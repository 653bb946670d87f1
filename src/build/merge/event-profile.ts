import type { ConflictEvent } from '../../schema/event.js';
import type { EventType } from '../../schema/event-type.js';
import { type ActorProfile, actorProfile } from './actor-identity.js';
import { type DayRange, dayRange } from './date-overlap.js';
import { type PlaceProfile, placeProfile } from './place-compatibility.js';
import { typeFamily } from './type-compatibility.js';
import { hash53 } from '../../util/stable-id.js';

/** What the merger needs to know of one event, computed once: ranges, keys and profiles. */
export interface EventProfile {
  index: number;
  event: ConflictEvent;
  /** The event's type, copied so that comparisons touch only the profile. */
  type: EventType;
  family: EventType;
  days: DayRange | undefined;
  place: PlaceProfile;
  actors: readonly ActorProfile[];
  /** Persons named in full as victims or targets. */
  namedVictims: readonly ActorProfile[];
  /** Main (not associated) perpetrators. */
  perpetrators: readonly ActorProfile[];
  /** Targets, victims and participants that are not named persons (forces, groups, civilians). */
  participants: readonly ActorProfile[];
  /**
   * Hashes of the document ids of its sources and of `dataset:<name>` for its imported codes:
   * events sharing any are kept apart. Numbers, held in the profile, so that comparing them does
   * not reach into strings elsewhere in memory (a hash collision could only keep two events
   * apart, never merge them).
   */
  apartKeys: readonly number[];
}

const NONE: readonly ActorProfile[] = Object.freeze([]);

/** The actors that match, or one shared empty list (most events have no named victim). */
function some(actors: readonly ActorProfile[], test: (a: ActorProfile) => boolean): readonly ActorProfile[] {
  const out = actors.filter(test);
  return out.length === 0 ? NONE : out;
}

const DATASET_KEYS = new Map<string, number>();

/** The apart key of an imported dataset: the hash of `dataset:<name>`, computed once per name. */
function datasetKey(name: string): number {
  let key = DATASET_KEYS.get(name);
  if (key === undefined) DATASET_KEYS.set(name, (key = hash53(`dataset:${name}`)));
  return key;
}

/**
 * The profile of an event, as the merger uses it.
 *
 * @example
 * ```ts
 * eventProfile(event, 0).family; //=> 'attack'
 * ```
 */
export function eventProfile(event: ConflictEvent, index: number): EventProfile {
  const apartKeys = event.sources.map((s) => hash53(s.document));
  for (const dataset of Object.keys(event.codes ?? {})) apartKeys.push(datasetKey(dataset));
  const actors = event.actors.map(actorProfile);
  return {
    index,
    event,
    type: event.type,
    family: typeFamily(event.type),
    days: dayRange(event.date),
    place: placeProfile(event.location),
    actors,
    namedVictims: some(actors, (x) => x.namedPerson),
    perpetrators: some(actors, (x) => x.role === 'perpetrator' && !x.associated),
    participants: some(actors, (x) => (x.role === 'target' || x.role === 'victim' || x.role === 'actor') && !x.namedPerson),
    apartKeys,
  };
}
