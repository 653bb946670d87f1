/**
 * PLOVER crosswalks: event types, quads and modes, and events to and from PLOVER codings.
 * @module
 */
export { PLOVER_EVENT_TYPES, PLOVER_LEGACY_EVENT_TYPES } from './vocabulary.js';
export type { PloverEventType, PloverQuad, PloverEventTypeEntry } from './vocabulary.js';
export { toPloverEvent, fromPloverEvent } from './plover-event.js';
export type { PloverCoding, PloverInput, PloverEventInput, FromPloverValue } from './plover-event.js';
