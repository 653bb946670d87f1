import { EVENT_TYPE_PARENT, type EventType } from '../../schema/event-type.js';

/**
 * The chain of an event type up to its broadest kind: `assassination` → `['assassination', 'attack']`.
 *
 * @example
 * ```ts
 * typeLineage('bombing'); //=> ['bombing', 'attack']
 * ```
 */
export function typeLineage(type: EventType): EventType[] {
  const chain: EventType[] = [type];
  let parent = EVENT_TYPE_PARENT[type];
  while (parent !== undefined && !chain.includes(parent)) {
    chain.push(parent);
    parent = EVENT_TYPE_PARENT[parent];
  }
  return chain;
}

/**
 * True when two reports' types can describe one event: the same type, or one a kind of the other
 * (an assassination is a kind of attack). `other` is compatible with nothing but itself.
 *
 * @example
 * ```ts
 * typesCompatible('assassination', 'attack'); //=> true
 * typesCompatible('assassination', 'bombing'); //=> false
 * ```
 */
export function typesCompatible(a: EventType, b: EventType): boolean {
  return a === b || typeLineage(a).includes(b) || typeLineage(b).includes(a);
}

/**
 * Of two compatible types, the more specific one (`assassination` over `attack`).
 *
 * @example
 * ```ts
 * moreSpecificType('attack', 'assassination'); //=> 'assassination'
 * ```
 */
export function moreSpecificType(a: EventType, b: EventType): EventType {
  return typeLineage(a).length >= typeLineage(b).length ? a : b;
}

/**
 * The broad group used to block events before comparing them: the root of the type's lineage.
 *
 * @example
 * ```ts
 * typeFamily('air_strike'); //=> 'attack'
 * ```
 */
export function typeFamily(type: EventType): EventType {
  const chain = typeLineage(type);
  return chain[chain.length - 1] ?? type;
}
