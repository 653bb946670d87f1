import { describe, expect, it } from 'vitest';
import {
  ACLED_EVENT_TYPES,
  ACLED_SUB_EVENT_TYPES,
  acledSubEventTypeOf,
  fromAcledSubEventType,
  parseAcledDisorderType,
} from '../../../src/codebooks/acled/event-types.js';
import { GTD_ATTACK_TYPES } from '../../../src/codebooks/gtd/attack-types.js';
import { EventTypeSchema } from '../../../src/schema/event-type.js';

// Codebook §1.2, Table 2: the 25 sub-event types in hierarchical order, with event and disorder type.
const CODEBOOK_TABLE: [string, string, string][] = [
  ['Battles', 'Government regains territory', 'Political violence'],
  ['Battles', 'Non-state actor overtakes territory', 'Political violence'],
  ['Battles', 'Armed clash', 'Political violence'],
  ['Protests', 'Excessive force against protesters', 'Political violence; Demonstrations'],
  ['Protests', 'Protest with intervention', 'Demonstrations'],
  ['Protests', 'Peaceful protest', 'Demonstrations'],
  ['Riots', 'Violent demonstration', 'Demonstrations'],
  ['Riots', 'Mob violence', 'Political violence'],
  ['Explosions/Remote violence', 'Chemical weapon', 'Political violence'],
  ['Explosions/Remote violence', 'Air/drone strike', 'Political violence'],
  ['Explosions/Remote violence', 'Suicide bomb', 'Political violence'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Political violence'],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 'Political violence'],
  ['Explosions/Remote violence', 'Grenade', 'Political violence'],
  ['Violence against civilians', 'Sexual violence', 'Political violence'],
  ['Violence against civilians', 'Attack', 'Political violence'],
  ['Violence against civilians', 'Abduction/forced disappearance', 'Political violence'],
  ['Strategic developments', 'Agreement', 'Strategic developments'],
  ['Strategic developments', 'Arrests', 'Strategic developments'],
  ['Strategic developments', 'Change to group/activity', 'Strategic developments'],
  ['Strategic developments', 'Disrupted weapons use', 'Strategic developments'],
  ['Strategic developments', 'Headquarters or base established', 'Strategic developments'],
  ['Strategic developments', 'Looting/property destruction', 'Strategic developments'],
  ['Strategic developments', 'Non-violent transfer of territory', 'Strategic developments'],
  ['Strategic developments', 'Other', 'Strategic developments'],
];

describe('ACLED sub-event types (codebook §1.2)', () => {
  it('lists the 25 sub-event types in the codebook hierarchical order with their event and disorder types', () => {
    expect(ACLED_SUB_EVENT_TYPES.map((e) => [e.eventType, e.subEventType, e.disorderType])).toEqual(CODEBOOK_TABLE);
    expect(ACLED_EVENT_TYPES).toEqual([...new Set(CODEBOOK_TABLE.map((r) => r[0]))]);
  });

  it.each(CODEBOOK_TABLE)('%s / %s maps to a (type, subtype) pair and back without loss', (eventType, subEventType) => {
    const entry = fromAcledSubEventType(eventType, subEventType);
    expect(entry).toBeDefined();
    expect(EventTypeSchema.safeParse(entry?.type).success).toBe(true);
    expect(entry?.subtype).toMatch(/^[a-z]+(_[a-z]+)*$/);
    const back = acledSubEventTypeOf(entry?.type ?? 'other', entry?.subtype);
    expect([back?.eventType, back?.subEventType]).toEqual([eventType, subEventType]);
  });

  it('gives every ACLED sub-event type and every GTD attack type its own pair', () => {
    const pairs = [...ACLED_SUB_EVENT_TYPES, ...GTD_ATTACK_TYPES].map((e) => `${e.type}|${e.subtype}`);
    expect(new Set(pairs).size).toBe(25 + 9);
  });

  it('reads old spellings, case and spacing variants', () => {
    // §1.2 spelling traps: the old acledR codebook wrote "protestors".
    expect(fromAcledSubEventType('Protests', 'Excessive force against protestors')?.subtype).toBe('excessive_force');
    expect(fromAcledSubEventType('explosions / remote violence', 'remote explosive/landmine/ied')?.subtype).toBe('remote_explosive');
    expect(fromAcledSubEventType('', 'Suicide bomb')?.eventType).toBe('Explosions/Remote violence');
    expect(fromAcledSubEventType('Battles', 'Peaceful protest')).toBeUndefined();
    expect(fromAcledSubEventType('Battles', 'Ambush')).toBeUndefined();
  });

  it('returns no sub-event type for pairs outside the table', () => {
    expect(acledSubEventTypeOf('bombing', undefined)).toBeUndefined();
    expect(acledSubEventTypeOf('bombing', 'peaceful')).toBeUndefined();
  });

  it('reads disorder types tolerant of the Demostrations typo and of order', () => {
    // §1.2: one ACLED dummy has the typo "Demostrations".
    expect(parseAcledDisorderType('Demostrations')).toEqual(['Demonstrations']);
    expect(parseAcledDisorderType('Demonstrations;Political violence')).toEqual(parseAcledDisorderType('Political violence; Demonstrations'));
  });
});
