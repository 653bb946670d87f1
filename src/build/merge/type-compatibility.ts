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
  return [...lineageOf(type)];
}

const LINEAGES = new Map<EventType, readonly EventType[]>();

/** The lineage of a type, computed once per type and shared (merging asks millions of times). */
function lineageOf(type: EventType): readonly EventType[] {
  let chain = LINEAGES.get(type);
  if (chain === undefined) {
    const list: EventType[] = [type];
    let parent = EVENT_TYPE_PARENT[type];
    while (parent !== undefined && !list.includes(parent)) {
      list.push(parent);
      parent = EVENT_TYPE_PARENT[parent];
    }
    chain = list;
    LINEAGES.set(type, chain);
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
  return a === b || lineageOf(a).includes(b) || lineageOf(b).includes(a);
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
  return lineageOf(a).length >= lineageOf(b).length ? a : b;
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
  const chain = lineageOf(type);
  return chain[chain.length - 1] ?? type;
}
