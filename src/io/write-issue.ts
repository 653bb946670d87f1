import type { ConflictEvent } from '../schema/event.js';
import { type Issue, issue } from '../schema/issue.js';

/**
 * The id of a value given as an event, when it has a string id (writers receive whatever the
 * caller passes, valid or not).
 *
 * @example
 * ```ts
 * eventIdOf({ id: 'ev-1' }); //=> 'ev-1'
 * eventIdOf(null); //=> undefined
 * ```
 */
export function eventIdOf(event: unknown): string | undefined {
  const id = (event as Partial<ConflictEvent> | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The issue a writer reports for an event it could not write (the event is skipped, the others
 * are written): code `invalid_event`, the event's id or position, and the reason.
 *
 * @example
 * ```ts
 * unwritableEvent(event, 3, new Error('no type')).message; //=> 'event ev-1 could not be written: no type'
 * ```
 */
export function unwritableEvent(event: unknown, index: number, error: unknown): Issue {
  const id = eventIdOf(event);
  return issue('error', 'invalid_event', `event ${id ?? `#${index + 1}`} could not be written: ${error instanceof Error ? error.message : String(error)}`, {
    path: [index],
    ...(id !== undefined ? { event: id } : {}),
  });
}
