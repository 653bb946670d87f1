/** Detecting events that are, through nested arguments, arguments of themselves. */
import type { EventAnnotation } from './document.js';

/**
 * Calls `report` once for each cycle of events that are (transitively) arguments of themselves,
 * which would make an event builder loop.
 *
 * @example
 * ```ts
 * reportEventCycles(doc.events, (message) => console.warn(message));
 * ```
 */
export function reportEventCycles(events: readonly EventAnnotation[], report: (message: string, eventId: string) => void): void {
  if (events.length < 2 && events.every((e) => e.arguments.every((a) => a.target !== e.id))) return;
  const byId = new Map<string, EventAnnotation>();
  for (const e of events) byId.set(e.id, e);
  // Without an event among the arguments there is no cycle to find.
  if (!events.some((e) => e.arguments.some((a) => byId.has(a.target)))) return;
  const state = new Map<string, 1 | 2>();
  // The events on the way from the event the search started at (one list, grown and shrunk as
  // the search goes down and back up, not copied at each step).
  const path: string[] = [];
  const visit = (id: string): void => {
    const s = state.get(id);
    if (s === 2) return;
    if (s === 1) {
      report(`events form a cycle through their arguments: ${[...path.slice(path.indexOf(id)), id].join(' → ')}`, id);
      return;
    }
    state.set(id, 1);
    const event = byId.get(id);
    if (event !== undefined) {
      path.push(id);
      for (const a of event.arguments) if (byId.has(a.target)) visit(a.target);
      path.pop();
    }
    state.set(id, 2);
  };
  for (const e of events) visit(e.id);
}

