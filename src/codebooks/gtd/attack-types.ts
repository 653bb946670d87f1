import type { EventType } from '../../schema/event-type.js';
import type { ConflictEvent } from '../../schema/event.js';
import { describeWeapon } from '../common/weapons.js';

/**
 * GTD `attacktype1`–`3` code (1–9).
 *
 * @example
 * ```ts
 * const [attacktype1]: GtdAttackTypeCode[] = toGtdAttackTypes({ type: 'assassination' }); //=> 1
 * ```
 */
export type GtdAttackTypeCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * One GTD attack type and its (`type`, `subtype`) pair.
 *
 * @example
 * ```ts
 * const e: GtdAttackTypeEntry | undefined = GTD_ATTACK_TYPES[2]; // Bombing/Explosion
 * ```
 */
export interface GtdAttackTypeEntry {
  readonly code: GtdAttackTypeCode;
  /** `attacktype1_txt`. */
  readonly label: string;
  /** Our `type`. */
  readonly type: EventType;
  /** Our `subtype`; the pair is unique to this attack type and distinct from the ACLED pairs. */
  readonly subtype: string;
}

/**
 * The nine GTD attack types **in code order** (codebook notes §3.1), each with our (`type`,
 * `subtype`) pair:
 *
 * | code | attacktype1_txt | our type | our subtype |
 * |---|---|---|---|
 * | 1 | Assassination | assassination | gtd_assassination |
 * | 2 | Armed Assault | attack | armed_assault |
 * | 3 | Bombing/Explosion | bombing | explosion |
 * | 4 | Hijacking | hijacking | gtd_hijacking |
 * | 5 | Hostage Taking (Barricade Incident) | hostage_taking | barricade |
 * | 6 | Hostage Taking (Kidnapping) | abduction | kidnapping |
 * | 7 | Facility/Infrastructure Attack | property_destruction | facility_infrastructure |
 * | 8 | Unarmed Assault | attack | unarmed_assault |
 * | 9 | Unknown | attack | unknown_attack_type |
 *
 * The codes are not the order of the GTD hierarchy ({@link GTD_ATTACK_TYPE_HIERARCHY}); a field
 * dictionary that lists the hierarchy as if it were the codes is a known trap.
 *
 * @example
 * ```ts
 * GTD_ATTACK_TYPES[0]; //=> { code: 1, label: 'Assassination', type: 'assassination', subtype: 'gtd_assassination' }
 * ```
 */
export const GTD_ATTACK_TYPES: readonly GtdAttackTypeEntry[] = [
  { code: 1, label: 'Assassination', type: 'assassination', subtype: 'gtd_assassination' },
  { code: 2, label: 'Armed Assault', type: 'attack', subtype: 'armed_assault' },
  { code: 3, label: 'Bombing/Explosion', type: 'bombing', subtype: 'explosion' },
  { code: 4, label: 'Hijacking', type: 'hijacking', subtype: 'gtd_hijacking' },
  { code: 5, label: 'Hostage Taking (Barricade Incident)', type: 'hostage_taking', subtype: 'barricade' },
  { code: 6, label: 'Hostage Taking (Kidnapping)', type: 'abduction', subtype: 'kidnapping' },
  { code: 7, label: 'Facility/Infrastructure Attack', type: 'property_destruction', subtype: 'facility_infrastructure' },
  { code: 8, label: 'Unarmed Assault', type: 'attack', subtype: 'unarmed_assault' },
  { code: 9, label: 'Unknown', type: 'attack', subtype: 'unknown_attack_type' },
];

/**
 * The GTD hierarchy for choosing among attack types that co-occur, highest first: Assassination >
 * Hijacking > Kidnapping > Barricade Incident > Bombing/Explosion > Armed Assault > Unarmed
 * Assault > Facility/Infrastructure > Unknown. These are codes in hierarchy order, not in code
 * order.
 *
 * @example
 * ```ts
 * GTD_ATTACK_TYPE_HIERARCHY; //=> [1, 4, 6, 5, 3, 2, 8, 7, 9]
 * ```
 */
export const GTD_ATTACK_TYPE_HIERARCHY: readonly GtdAttackTypeCode[] = [1, 4, 6, 5, 3, 2, 8, 7, 9];

/**
 * The (`type`, `subtype`) pair of a GTD attack type code, or `undefined` for another number.
 *
 * @example
 * ```ts
 * fromGtdAttackType(6); //=> { type: 'abduction', subtype: 'kidnapping' }
 * ```
 */
export function fromGtdAttackType(code: number): { type: EventType; subtype: string } | undefined {
  const e = GTD_ATTACK_TYPES.find((t) => t.code === code);
  return e === undefined ? undefined : { type: e.type, subtype: e.subtype };
}

/**
 * The event fields {@link toGtdAttackTypes} looks at.
 *
 * @example
 * ```ts
 * const input: GtdAttackTypeInput = { type: 'attack', attributes: { weapon: 'firearms' } };
 * ```
 */
export type GtdAttackTypeInput = Pick<ConflictEvent, 'type'> & Partial<Pick<ConflictEvent, 'subtype' | 'attributes'>>;

function byWeapon(weapon: string | undefined): GtdAttackTypeCode | undefined {
  const w = describeWeapon(weapon);
  switch (w.category) {
    case 'explosives':
    case 'aerial':
    case 'drone':
    case 'heavy_weapons':
      return 3;
    case 'firearms':
    case 'melee':
    case 'incendiary':
      // Armed Assault: firearm, incendiary or sharp instrument.
      return 2;
    case 'chemical':
    case 'biological':
    case 'radiological':
    case 'nuclear':
    case 'vehicle':
      // Unarmed Assault: harm "by any means other than explosive, firearm, incendiary, or sharp
      // instrument", e.g. chemical, biological or radiological weapons, vehicles.
      return 8;
    default:
      return undefined;
  }
}

/**
 * The GTD attack types of an event, `attacktype1` first, at most three. An event whose
 * (`type`, `subtype`) is a pair of {@link GTD_ATTACK_TYPES} keeps that code first. Otherwise the
 * candidates come from the type (assassination 1, hijacking 4, abduction 6, hostage taking 5,
 * bombing 3, property destruction 7, attack by its weapon: 2 for firearms, knives or fire, 3 for
 * explosives, 8 for other means, 9 when unknown; shelling and air strikes 3, chemical attacks 8,
 * sexual violence 8, armed clashes 2) plus Bombing/Explosion when explosives were used, and the
 * first is chosen by {@link GTD_ATTACK_TYPE_HIERARCHY}. So an assassination is 1 whatever the
 * weapon (a car-bomb assassination is 1, then 3), and a kidnapping with a bomb is 6, then 3.
 * Events that are not attacks (arrests, protests, riots, territory changes, strategic
 * developments, other) have none.
 *
 * @example
 * ```ts
 * toGtdAttackTypes({ type: 'assassination', attributes: { weapon: 'car bomb' } }); //=> [1, 3]
 * toGtdAttackTypes({ type: 'attack', attributes: { weapon: 'firearms' } }); //=> [2]
 * toGtdAttackTypes({ type: 'protest' }); //=> []
 * ```
 */
export function toGtdAttackTypes(event: GtdAttackTypeInput): GtdAttackTypeCode[] {
  const explicit = GTD_ATTACK_TYPES.find((t) => t.type === event.type && t.subtype === event.subtype)?.code;
  const weapon = byWeapon(event.attributes?.weapon);
  const suicide = event.attributes?.suicide === true || event.subtype === 'suicide_bomb' || describeWeapon(event.attributes?.weapon).suicide;
  const candidates = new Set<GtdAttackTypeCode>();
  switch (event.type) {
    case 'assassination':
      candidates.add(1);
      break;
    case 'hijacking':
      candidates.add(4);
      break;
    case 'abduction':
      candidates.add(6);
      break;
    case 'hostage_taking':
      candidates.add(5);
      break;
    case 'bombing':
    case 'shelling':
    case 'air_strike':
      candidates.add(3);
      break;
    case 'property_destruction':
      candidates.add(7);
      break;
    case 'chemical_attack':
    case 'sexual_violence':
      candidates.add(8);
      break;
    case 'armed_clash':
      candidates.add(2);
      break;
    case 'attack':
      candidates.add(weapon ?? 9);
      break;
    default:
      if (explicit === undefined) return [];
  }
  if (weapon === 3 || suicide) candidates.add(3);
  const ordered = GTD_ATTACK_TYPE_HIERARCHY.filter((c) => candidates.has(c) && c !== explicit);
  return (explicit === undefined ? ordered : [explicit, ...ordered]).slice(0, 3);
}
