/**
 * Deterministic synthetic events for scale tests and the io benchmark: varied types, dates, places
 * (some without coordinates), actors in every role, Arabic and English text, several sources.
 * They are generated, not real data, and are never written into the repository.
 */
import type { ActorKind, ActorRole } from '../../src/schema/actor.js';
import type { ConflictEvent } from '../../src/schema/event.js';
import { EVENT_TYPES } from '../../src/schema/event-type.js';

const PLACES = [
  { name: 'Deir ez-Zor', admin1: 'Deir ez-Zor', iso3: 'SYR', country: 'Syria', lat: 35.336, lon: 40.14, text: 'دير الزور' },
  { name: 'Hajin', admin1: 'Deir ez-Zor', iso3: 'SYR', country: 'Syria', lat: 34.6953, lon: 40.8308, text: 'هجين' },
  { name: 'Raqqa', admin1: 'Ar-Raqqa', iso3: 'SYR', country: 'Syria', lat: 35.9528, lon: 39.0079, text: 'الرقة' },
  { name: 'Mosul - Old City', admin1: 'Ninewa', iso3: 'IRQ', country: 'Iraq', lat: 36.3409, lon: 43.1303, text: 'الموصل القديمة' },
  { name: 'As Samawah', admin1: 'Al Muthanna', iso3: 'IRQ', country: 'Iraq', lat: 31.3059, lon: 45.2799, text: 'السماوة' },
];
const ACTORS: { name: string; id?: string; kind: ActorKind }[] = [
  { name: 'Islamic State', id: 'isis', kind: 'rebel_group' },
  { name: 'Military Forces of Syria', id: 'syria-army', kind: 'state_forces' },
  { name: 'Syrian Democratic Forces', id: 'sdf', kind: 'rebel_group' },
  { name: 'Civilians (Syria)', kind: 'civilians' },
  { name: 'Unidentified Armed Group (Iraq)', kind: 'political_militia' },
  { name: 'Protesters (Iraq)', kind: 'protesters' },
];
const ROLES: ActorRole[] = ['perpetrator', 'target', 'victim', 'actor'];

function pick<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new RangeError('empty list');
  return item;
}

/**
 * The `i`-th synthetic event (deterministic).
 *
 * @example
 * ```ts
 * syntheticEvent(0).id; //=> 'ev-synthetic-0'
 * ```
 */
export function syntheticEvent(i: number): ConflictEvent {
  const place = pick(PLACES, i);
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  const date = `2021-${month}-${day}`;
  const noPoint = i % 7 === 3;
  const a = pick(ACTORS, i);
  const b = pick(ACTORS, i + 3);
  const killed = i % 5;
  const event: ConflictEvent = {
    id: `ev-synthetic-${i}`,
    type: pick(EVENT_TYPES, i),
    date: { start: date, end: date, precision: 'day', text: `يوم ${day}` },
    location: noPoint
      ? { name: place.name, country: place.country, iso3: place.iso3, precision: 'region', text: `ريف ${place.text}` }
      : {
          name: place.name,
          country: place.country,
          iso3: place.iso3,
          admin1: place.admin1,
          point: { lat: place.lat, lon: place.lon },
          precision: 'exact',
          text: place.text,
        },
    actors: [
      { name: a.name, role: pick(ROLES, i), kind: a.kind, ...(a.id !== undefined ? { id: a.id } : {}) },
      { name: b.name, role: pick(ROLES, i + 1), kind: b.kind, ...(b.id !== undefined ? { id: b.id } : {}) },
    ],
    fatalities: { low: killed, best: killed + (i % 2), high: killed + 2, text: `قتل ${killed} أشخاص` },
    attributes: { claimed: i % 3 === 0, weapon: i % 2 === 0 ? 'firearms' : 'explosives' },
    sources: [
      { document: `doc-${i}`, publisher: 'Al Arabiya', url: `https://example.org/news/${i}`, published: date, language: 'ar' },
      { document: `doc-${i + 1}`, publisher: 'Reuters', language: 'en' },
    ],
    evidence: [{ document: `doc-${i}`, field: 'type', start: 10, end: 16, text: 'اغتيال' }],
    notes: `On ${date}, ${a.name} attacked ${b.name} near ${place.name}; ${killed} killed, "reported" by two sources.`,
    tags: i % 4 === 0 ? ['women targeted: activists'] : [],
  };
  return event;
}

/**
 * `count` synthetic events, generated lazily (bounded memory).
 *
 * @example
 * ```ts
 * for (const e of syntheticEvents(3)) console.log(e.id);
 * ```
 */
export function* syntheticEvents(count: number): Generator<ConflictEvent> {
  for (let i = 0; i < count; i++) yield syntheticEvent(i);
}
