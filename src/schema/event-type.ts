import { z } from 'zod';

/**
 * What kind of thing happened. Broad enough that every ACLED sub-event type and every GTD attack
 * type maps onto a `type` plus a `subtype` without loss (see `src/codebooks/`).
 *
 * @example
 * ```ts
 * EventTypeSchema.parse('assassination'); //=> 'assassination'
 * ```
 */
export const EventTypeSchema = z
  .enum([
    'assassination',
    'attack',
    'armed_clash',
    'bombing',
    'shelling',
    'air_strike',
    'chemical_attack',
    'abduction',
    'hostage_taking',
    'hijacking',
    'sexual_violence',
    'arrest',
    'property_destruction',
    'territory_change',
    'strategic_development',
    'protest',
    'riot',
    'other',
  ])
  .meta({
    description:
      'Kind of event. assassination: targeted killing (or attempt) of a specific person; attack: one-sided violence by an armed actor; armed_clash: two armed sides fight; bombing: explosives (IED, car bomb, suicide bomb, grenade); shelling: artillery, missiles, rockets; air_strike: aircraft or drones; chemical_attack; abduction: kidnapping, forced disappearance; hostage_taking: barricade incident; hijacking; sexual_violence; arrest; property_destruction: looting, arson, sabotage; territory_change: a side gains or loses territory; strategic_development: agreements, bases, group changes and other non-violent but significant events; protest; riot; other.',
  });

/** One of the event types; see {@link EventTypeSchema}. */
export type EventType = z.infer<typeof EventTypeSchema>;

/**
 * All event types, in schema order.
 *
 * @example
 * ```ts
 * EVENT_TYPES.includes('bombing'); //=> true
 * ```
 */
export const EVENT_TYPES: readonly EventType[] = EventTypeSchema.options;

/**
 * Types that are kinds of another: an assassination is a kind of attack, a bombing or an air
 * strike is a kind of attack too (violence by one side at range). Used when deciding whether two
 * reports describe the same event.
 *
 * @example
 * ```ts
 * EVENT_TYPE_PARENT.assassination; //=> 'attack'
 * ```
 */
export const EVENT_TYPE_PARENT: Readonly<Partial<Record<EventType, EventType>>> = {
  assassination: 'attack',
  bombing: 'attack',
  shelling: 'attack',
  air_strike: 'attack',
  chemical_attack: 'attack',
  sexual_violence: 'attack',
  hostage_taking: 'abduction',
  hijacking: 'abduction',
  arrest: 'strategic_development',
  territory_change: 'strategic_development',
  riot: 'protest',
};
