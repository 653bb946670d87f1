import { describe, expect, it } from 'vitest';
import { GTD_WEAPON_TYPES, fromGtdWeaponType, toGtdWeaponType } from '../../../src/codebooks/gtd/weapon-types.js';

describe('GTD weapon types (codebook notes §3.3)', () => {
  it('lists codes 1–13 in order and reads each back', () => {
    expect(GTD_WEAPON_TYPES.map((w) => w.code)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    for (const w of GTD_WEAPON_TYPES) {
      if (w.code === 13) expect(fromGtdWeaponType(13)).toBeUndefined();
      else expect(toGtdWeaponType(fromGtdWeaponType(w.code))).toBe(w.code);
    }
  });

  it.each([
    ['firearms', 5],
    ['shot dead', 5],
    ['مسدس كاتم', 5],
    ['explosives', 6],
    ['car bomb', 6],
    ['VBIED', 6],
    ['عبوة ناسفة', 6],
    ['mortar shells', 6],
    ['drone', 6],
    ['knife', 9],
    ['arson', 8],
    ['vehicle', 10],
    ['chlorine gas', 2],
    ['toy gun', 7],
    [undefined, 13],
    ['something else entirely', 13],
  ] as const)('%j → %i', (weapon, code) => {
    expect(toGtdWeaponType(weapon)).toBe(code);
  });
});
