import { type WeaponCategory, describeWeapon } from '../common/weapons.js';

/**
 * GTD `weaptype1`–`4` code (1–13).
 *
 * @example
 * ```ts
 * const w: GtdWeaponTypeCode = toGtdWeaponType('car bomb'); //=> 6
 * ```
 */
export type GtdWeaponTypeCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;

/**
 * One GTD weapon type and our weapon category.
 *
 * @example
 * ```ts
 * const e: GtdWeaponTypeEntry | undefined = GTD_WEAPON_TYPES[4]; // Firearms
 * ```
 */
export interface GtdWeaponTypeEntry {
  readonly code: GtdWeaponTypeCode;
  /** `weaptype1_txt`. */
  readonly label: string;
  /** The `attributes.weapon` category. */
  readonly category: WeaponCategory;
}

/**
 * The 13 GTD weapon types in code order (codebook notes §3.3) and our weapon categories. Vehicle
 * (10) excludes vehicle-borne explosives: a car bomb is Explosives (6).
 *
 * @example
 * ```ts
 * GTD_WEAPON_TYPES[5]; //=> { code: 6, label: 'Explosives', category: 'explosives' }
 * ```
 */
export const GTD_WEAPON_TYPES: readonly GtdWeaponTypeEntry[] = [
  { code: 1, label: 'Biological', category: 'biological' },
  { code: 2, label: 'Chemical', category: 'chemical' },
  { code: 3, label: 'Radiological', category: 'radiological' },
  { code: 4, label: 'Nuclear', category: 'nuclear' },
  { code: 5, label: 'Firearms', category: 'firearms' },
  { code: 6, label: 'Explosives', category: 'explosives' },
  { code: 7, label: 'Fake Weapons', category: 'fake' },
  { code: 8, label: 'Incendiary', category: 'incendiary' },
  { code: 9, label: 'Melee', category: 'melee' },
  { code: 10, label: 'Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)', category: 'vehicle' },
  { code: 11, label: 'Sabotage Equipment', category: 'sabotage' },
  { code: 12, label: 'Other', category: 'other' },
  { code: 13, label: 'Unknown', category: 'unknown' },
];

/**
 * The GTD weapon type of `attributes.weapon` (a category or the words of a report). Weapons GTD
 * has no type for are explosives there: aircraft, drones and heavy weapons (artillery, rockets,
 * mortars: GTD's "Projectile" explosive subtype) are 6. No weapon, or one that cannot be read, is
 * 13 (Unknown).
 *
 * @example
 * ```ts
 * toGtdWeaponType('car bomb'); //=> 6
 * toGtdWeaponType('firearms'); //=> 5
 * toGtdWeaponType(undefined); //=> 13
 * ```
 */
export function toGtdWeaponType(weapon: string | undefined): GtdWeaponTypeCode {
  const category = describeWeapon(weapon).category;
  if (category === 'aerial' || category === 'drone' || category === 'heavy_weapons') return 6;
  return GTD_WEAPON_TYPES.find((w) => w.category === category)?.code ?? 13;
}

/**
 * The weapon category of a GTD weapon type, or `undefined` for 13 (Unknown) and other numbers.
 *
 * @example
 * ```ts
 * fromGtdWeaponType(9); //=> 'melee'
 * ```
 */
export function fromGtdWeaponType(code: number): WeaponCategory | undefined {
  if (code === 13) return undefined;
  return GTD_WEAPON_TYPES.find((w) => w.code === code)?.category;
}
