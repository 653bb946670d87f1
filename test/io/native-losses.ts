/** What the native layout keeps of an event (see NATIVE_COLUMNS): the expected result of a native round trip. */
import { NATIVE_ROLE_ORDER } from '../../src/io/flatten-event.js';
import type { Count } from '../../src/schema/count.js';
import type { ConflictEvent } from '../../src/schema/event.js';

function count(c: Count | undefined): Count | undefined {
  if (c === undefined) return undefined;
  const { convention: _c, ...rest } = c;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** The event as a native row keeps it: no evidence spans, disagreements, codes, actor details or count conventions; actors grouped by role. */
export function nativeView(event: ConflictEvent): ConflictEvent {
  const { evidence: _e, disagreements: _d, codes: _codes, fatalities, injuries, actors, tags, notes, ...rest } = event;
  const out: ConflictEvent = {
    ...rest,
    actors: NATIVE_ROLE_ORDER.flatMap((role) =>
      actors
        .filter((a) => a.role === role)
        .map(({ country: _c, count: _n, description: _d2, text: _t, ...a }) => a),
    ),
    evidence: [],
  };
  const f = count(fatalities);
  if (f !== undefined) out.fatalities = f;
  const i = count(injuries);
  if (i !== undefined) out.injuries = i;
  if (tags !== undefined && tags.length > 0) out.tags = tags;
  if (notes !== undefined && notes !== '') out.notes = notes;
  return out;
}
