import { EVENT_TYPE_PARENT, EVENT_TYPES, type EventType } from '../schema/event-type.js';

/**
 * The types a type stands for in a query: itself and every type that is a kind of it, following
 * {@link EVENT_TYPE_PARENT} down (`attack` → assassination, bombing, shelling, air strike,
 * chemical attack, sexual violence; `strategic_development` → arrest, territory change).
 *
 * @example
 * ```ts
 * typeFamily('attack').has('assassination'); //=> true
 * typeFamily('assassination').has('attack'); //=> false
 * ```
 */
export function typeFamily(type: EventType): ReadonlySet<EventType> {
  const family = new Set<EventType>([type]);
  // The parent table is shallow, but follow chains anyway so a deeper table keeps working.
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of EVENT_TYPES) {
      const parent = EVENT_TYPE_PARENT[t];
      if (parent !== undefined && family.has(parent) && !family.has(t)) {
        family.add(t);
        grew = true;
      }
    }
  }
  return family;
}

/**
 * True when `type` is `ancestor` or a kind of it (see {@link typeFamily}).
 *
 * @example
 * ```ts
 * isKindOf('bombing', 'attack'); //=> true
 * isKindOf('protest', 'attack'); //=> false
 * ```
 */
export function isKindOf(type: EventType, ancestor: EventType): boolean {
  let t: EventType | undefined = type;
  for (let depth = 0; t !== undefined && depth < EVENT_TYPES.length; depth++) {
    if (t === ancestor) return true;
    t = EVENT_TYPE_PARENT[t];
  }
  return false;
}
