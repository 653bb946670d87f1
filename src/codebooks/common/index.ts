/**
 * Shared tables and helpers of the crosswalks: weapon categories, country codes (ISO numeric,
 * Gleditsch–Ward).
 * @module
 */
export { WEAPON_CATEGORIES, describeWeapon } from './weapons.js';
export type { WeaponCategory, WeaponDescription } from './weapons.js';
export { ISO_COUNTRY_CODES, iso3FromIsoNumeric, isoNumericFromIso3, iso3FromGleditschWard, gleditschWardFromIso3 } from './countries.js';
