import type { ConflictEvent } from '../../schema/event.js';
import type { EventType } from '../../schema/event-type.js';
import { type ActorProfile, actorProfile } from './actor-identity.js';
import { type DayRange, dayRange } from './date-overlap.js';
import { type PlaceProfile, placeProfile } from './place-compatibility.js';
import { typeFamily } from './type-compatibility.js';

/** What the merger needs to know of one event, computed once: ranges, keys and profiles. */
export interface EventProfile {
  index: number;
  event: ConflictEvent;
  family: EventType;
  days: DayRange | undefined;
  place: PlaceProfile;
  actors: readonly ActorProfile[];
  /** Documents of its sources and datasets of its imported codes: events sharing any are kept apart. */
  apartKeys: readonly string[];
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
  const apartKeys = event.sources.map((s) => `document ${s.document}`);
  for (const dataset of Object.keys(event.codes ?? {})) apartKeys.push(`dataset ${dataset}`);
  return {
    index,
    event,
    family: typeFamily(event.type),
    days: dayRange(event.date),
    place: placeProfile(event.location),
    actors: event.actors.map(actorProfile),
    apartKeys,
  };
}
