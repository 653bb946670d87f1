/**
 * GTD crosswalks: attack, target and weapon types, specificity, flags with their −9 / −99
 * sentinels, counts and dates.
 * @module
 */
export { GTD_ATTACK_TYPES, GTD_ATTACK_TYPE_HIERARCHY, fromGtdAttackType, toGtdAttackTypes } from './attack-types.js';
export type { GtdAttackTypeCode, GtdAttackTypeEntry, GtdAttackTypeInput } from './attack-types.js';
export { GTD_TARGET_TYPES, fromGtdTargetType, toGtdTargetType } from './target-types.js';
export type { GtdTargetTypeCode, GtdTargetTypeEntry } from './target-types.js';
export { GTD_WEAPON_TYPES, toGtdWeaponType, fromGtdWeaponType } from './weapon-types.js';
export type { GtdWeaponTypeCode, GtdWeaponTypeEntry } from './weapon-types.js';
export { toGtdSpecificity, fromGtdSpecificity, toGtdVicinity } from './specificity.js';
export type { GtdSpecificity } from './specificity.js';
export {
  GTD_UNKNOWN,
  GTD_UNKNOWN_COUNT,
  toGtdFlag,
  fromGtdFlag,
  toGtdSuccess,
  toGtdSuicide,
  toGtdClaimed,
  toGtdCount,
  fromGtdCount,
} from './flags.js';
export { fromGtdDate, toGtdDate } from './dates.js';
export type { GtdDate } from './dates.js';
