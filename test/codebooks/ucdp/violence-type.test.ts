// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { describe, expect, it } from 'vitest';
import { fromUcdpRow } from '../../../src/codebooks/ucdp/ucdp-row.js';
import { fromUcdpViolenceType, toUcdpViolenceType, ucdpSide } from '../../../src/codebooks/ucdp/violence-type.js';
import type { Actor } from '../../../src/schema/actor.js';
import { ucdpSample } from '../reference-data.js';

const government: Actor = { name: 'Government of Iraq', role: 'actor', kind: 'state_forces' };
const is: Actor = { name: 'IS', role: 'actor' };
const sdf: Actor = { name: 'SDF', role: 'actor' };
const civilians: Actor = { name: 'Civilians', role: 'victim', kind: 'civilians' };

describe('UCDP type_of_violence (codebook notes §2.2)', () => {
  it('is 1 when a state is involved, 2 between two non-state groups, 3 against civilians', () => {
    expect(toUcdpViolenceType({ actors: [government, is] })).toBe(1);
    expect(toUcdpViolenceType({ actors: [is, { ...government, name: 'Military Forces of Turkey (2016-)', kind: 'external_other' }] })).toBe(1);
    expect(toUcdpViolenceType({ actors: [is, sdf] })).toBe(2);
    expect(toUcdpViolenceType({ actors: [{ ...is, role: 'perpetrator' }, civilians] })).toBe(3);
    // A government killing civilians is one-sided violence, not state-based conflict.
    expect(toUcdpViolenceType({ actors: [{ ...government, role: 'perpetrator' }, civilians] })).toBe(3);
  });

  it('is undefined for one side alone, and ignores claimants and associated actors', () => {
    expect(toUcdpViolenceType({ actors: [is] })).toBeUndefined();
    expect(toUcdpViolenceType({ actors: [is, { ...sdf, role: 'claimant' }] })).toBeUndefined();
    expect(toUcdpViolenceType({ actors: [is, { ...sdf, associated: true }] })).toBeUndefined();
    expect(toUcdpViolenceType({ actors: [] })).toBeUndefined();
  });

  it('gives imported events a type: armed clash for 1 and 2, attack for 3', () => {
    expect([1, 2, 3, 4].map(fromUcdpViolenceType)).toEqual(['armed_clash', 'armed_clash', 'attack', undefined]);
  });

  it('reads sides: Government of X is state forces, Civilians civilians, the opposition in type 1 a rebel group', () => {
    expect(ucdpSide('Government of Syria', 'a', 1)).toEqual({ kind: 'state_forces', role: 'actor' });
    expect(ucdpSide('Syrian insurgents', 'b', 1)).toEqual({ kind: 'rebel_group', role: 'actor' });
    expect(ucdpSide('Sinaloa Cartel', 'a', 2)).toEqual({ kind: undefined, role: 'actor' });
    expect(ucdpSide('IS', 'a', 3)).toEqual({ kind: undefined, role: 'perpetrator' });
    expect(ucdpSide('Civilians', 'b', 3)).toEqual({ kind: 'civilians', role: 'victim' });
  });

  it('derives the type of violence of all 1000 real rows from their sides', () => {
    const wrong: string[] = [];
    for (const row of ucdpSample().rows) {
      const event = fromUcdpRow(row).value;
      if (event === undefined || String(toUcdpViolenceType(event)) !== row.type_of_violence) wrong.push(`${row.id}: ${row.type_of_violence} ${row.side_a} / ${row.side_b}`);
    }
    expect(wrong).toEqual([]);
  });
});
