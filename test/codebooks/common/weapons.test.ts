import { describe, expect, it } from 'vitest';
import { WEAPON_CATEGORIES, describeWeapon } from '../../../src/codebooks/common/weapons.js';

describe('describeWeapon', () => {
  it('accepts every category name as is', () => {
    for (const c of WEAPON_CATEGORIES) expect(describeWeapon(c).category).toBe(c);
    expect(describeWeapon('heavy weapons').category).toBe('heavy_weapons');
  });

  it.each([
    ['car bomb', 'explosives', { vehicleBorne: true }],
    ['سيارة مفخخة', 'explosives', { vehicleBorne: true }],
    ['SVBIED', 'explosives', { suicide: true, vehicleBorne: true }],
    ['انتحاري بحزام ناسف', 'explosives', { suicide: true }],
    ['hand grenade', 'explosives', { grenade: true }],
    ['rocket-propelled grenade', 'heavy_weapons', { grenade: false }],
    ['roadside bomb', 'explosives', {}],
    ['عبوة ناسفة', 'explosives', {}],
    ['shot dead', 'firearms', {}],
    ['AK-47', 'firearms', {}],
    ['مسدس كاتم للصوت', 'firearms', {}],
    ['رصاص', 'firearms', {}],
    ['stabbed', 'melee', {}],
    ['ذبح', 'melee', {}],
    ['warplanes', 'aerial', {}],
    ['غارة جوية', 'aerial', {}],
    ['Turkish drone', 'drone', {}],
    ['طائرة مسيرة', 'drone', {}],
    ['artillery shelling', 'heavy_weapons', {}],
    ['قذائف هاون', 'heavy_weapons', {}],
    ['chlorine', 'chemical', {}],
    ['arson', 'incendiary', {}],
    ['ramming', 'vehicle', {}],
    ['unknown', 'unknown', {}],
  ] as const)('%j is %s', (text, category, flags) => {
    expect(describeWeapon(text)).toMatchObject({ category, ...flags });
  });

  it('returns no category for nothing or unreadable text', () => {
    expect(describeWeapon(undefined)).toEqual({ category: undefined, grenade: false, suicide: false, vehicleBorne: false });
    expect(describeWeapon('  ').category).toBeUndefined();
    expect(describeWeapon('unspecified means of harm xyz').category).toBeUndefined();
  });
});
