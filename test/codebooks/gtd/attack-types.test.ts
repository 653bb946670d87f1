import { describe, expect, it } from 'vitest';
import { GTD_ATTACK_TYPES, GTD_ATTACK_TYPE_HIERARCHY, fromGtdAttackType, toGtdAttackTypes } from '../../../src/codebooks/gtd/attack-types.js';

describe('GTD attack types (codebook notes §3.1)', () => {
  it('lists the nine codes in code order with their labels, not in hierarchy order', () => {
    expect(GTD_ATTACK_TYPES.map((t) => [t.code, t.label])).toEqual([
      [1, 'Assassination'],
      [2, 'Armed Assault'],
      [3, 'Bombing/Explosion'],
      [4, 'Hijacking'],
      [5, 'Hostage Taking (Barricade Incident)'],
      [6, 'Hostage Taking (Kidnapping)'],
      [7, 'Facility/Infrastructure Attack'],
      [8, 'Unarmed Assault'],
      [9, 'Unknown'],
    ]);
    // The trap: the hierarchy is a different order of the same codes.
    expect(GTD_ATTACK_TYPE_HIERARCHY.map((c) => GTD_ATTACK_TYPES[c - 1]?.label)).toEqual([
      'Assassination',
      'Hijacking',
      'Hostage Taking (Kidnapping)',
      'Hostage Taking (Barricade Incident)',
      'Bombing/Explosion',
      'Armed Assault',
      'Unarmed Assault',
      'Facility/Infrastructure Attack',
      'Unknown',
    ]);
  });

  it.each(GTD_ATTACK_TYPES.map((t) => [t.code, t.label] as const))('code %i (%s) maps to a pair and back without loss', (code) => {
    const pair = fromGtdAttackType(code);
    expect(pair).toBeDefined();
    expect(toGtdAttackTypes({ type: pair?.type ?? 'other', subtype: pair?.subtype })[0]).toBe(code);
    // The explicit pair wins even when a weapon suggests another type.
    expect(toGtdAttackTypes({ type: pair?.type ?? 'other', subtype: pair?.subtype, attributes: { weapon: 'explosives' } })[0]).toBe(code);
  });

  it.each(['firearms', 'car bomb', 'knife', 'suicide vest', 'poison gas', undefined])('codes an assassination as 1 whatever the weapon (%s)', (weapon) => {
    const event = weapon === undefined ? { type: 'assassination' as const } : { type: 'assassination' as const, attributes: { weapon } };
    expect(toGtdAttackTypes(event)[0]).toBe(1);
  });

  it('adds Bombing/Explosion after the primary type when explosives were used', () => {
    expect(toGtdAttackTypes({ type: 'assassination', attributes: { weapon: 'IED' } })).toEqual([1, 3]);
    expect(toGtdAttackTypes({ type: 'abduction', attributes: { weapon: 'grenade' } })).toEqual([6, 3]);
    expect(toGtdAttackTypes({ type: 'property_destruction', attributes: { weapon: 'explosives' } })).toEqual([3, 7]);
    expect(toGtdAttackTypes({ type: 'assassination', attributes: { suicide: true } })).toEqual([1, 3]);
  });

  it('codes attacks by weapon: firearms, knives and fire are Armed Assault; other means Unarmed Assault', () => {
    expect(toGtdAttackTypes({ type: 'attack', attributes: { weapon: 'firearms' } })).toEqual([2]);
    expect(toGtdAttackTypes({ type: 'attack', attributes: { weapon: 'stabbed' } })).toEqual([2]);
    expect(toGtdAttackTypes({ type: 'attack', attributes: { weapon: 'arson' } })).toEqual([2]);
    expect(toGtdAttackTypes({ type: 'attack', attributes: { weapon: 'chemical' } })).toEqual([8]);
    expect(toGtdAttackTypes({ type: 'attack', attributes: { weapon: 'vehicle' } })).toEqual([8]);
    expect(toGtdAttackTypes({ type: 'attack', attributes: { weapon: 'explosives' } })).toEqual([3]);
    expect(toGtdAttackTypes({ type: 'attack' })).toEqual([9]);
  });

  it('gives no attack type to events that are not attacks', () => {
    for (const type of ['arrest', 'protest', 'riot', 'territory_change', 'strategic_development', 'other'] as const) {
      expect(toGtdAttackTypes({ type })).toEqual([]);
    }
    expect(fromGtdAttackType(10)).toBeUndefined();
  });
});
