import type { EventType } from '../../schema/event-type.js';

/**
 * The six ACLED event types (codebook §1.2).
 *
 * @example
 * ```ts
 * const t: AcledEventType = 'Explosions/Remote violence';
 * ```
 */
export type AcledEventType =
  | 'Battles'
  | 'Protests'
  | 'Riots'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Strategic developments';

/**
 * ACLED disorder types (codebook §1.1, column 5).
 *
 * @example
 * ```ts
 * const d: AcledDisorderType = 'Political violence; Demonstrations';
 * ```
 */
export type AcledDisorderType = 'Political violence' | 'Demonstrations' | 'Political violence; Demonstrations' | 'Strategic developments';

/**
 * The 25 ACLED sub-event types (codebook §1.2), current spelling.
 *
 * @example
 * ```ts
 * const s: AcledSubEventType = 'Remote explosive/landmine/IED';
 * ```
 */
export type AcledSubEventType =
  | 'Government regains territory'
  | 'Non-state actor overtakes territory'
  | 'Armed clash'
  | 'Excessive force against protesters'
  | 'Protest with intervention'
  | 'Peaceful protest'
  | 'Violent demonstration'
  | 'Mob violence'
  | 'Chemical weapon'
  | 'Air/drone strike'
  | 'Suicide bomb'
  | 'Shelling/artillery/missile attack'
  | 'Remote explosive/landmine/IED'
  | 'Grenade'
  | 'Sexual violence'
  | 'Attack'
  | 'Abduction/forced disappearance'
  | 'Agreement'
  | 'Arrests'
  | 'Change to group/activity'
  | 'Disrupted weapons use'
  | 'Headquarters or base established'
  | 'Looting/property destruction'
  | 'Non-violent transfer of territory'
  | 'Other';

/**
 * One row of the ACLED ↔ event type crosswalk.
 *
 * @example
 * ```ts
 * const e: AcledSubEventTypeEntry | undefined = fromAcledSubEventType('Battles', 'Armed clash');
 * ```
 */
export interface AcledSubEventTypeEntry {
  /** ACLED `event_type`. */
  readonly eventType: AcledEventType;
  /** ACLED `sub_event_type`. */
  readonly subEventType: AcledSubEventType;
  /** ACLED `disorder_type` of this sub-event type. */
  readonly disorderType: AcledDisorderType;
  /** Our `type`. */
  readonly type: EventType;
  /** Our `subtype` (snake_case); the pair (`type`, `subtype`) is unique to this sub-event type. */
  readonly subtype: string;
}

function entry(
  eventType: AcledEventType,
  subEventType: AcledSubEventType,
  disorderType: AcledDisorderType,
  type: EventType,
  subtype: string,
): AcledSubEventTypeEntry {
  return { eventType, subEventType, disorderType, type, subtype };
}

/**
 * The 25 ACLED sub-event types in the codebook's hierarchical order (§1.2: where several tactics
 * co-occur, the one higher in this list wins), each with its event type, disorder type and our
 * (`type`, `subtype`) pair. The crosswalk is one-to-one: every sub-event type has its own pair,
 * and {@link fromAcledSubEventType} / {@link acledSubEventTypeOf} invert each other.
 *
 * | ACLED event type | ACLED sub-event type | our type | our subtype |
 * |---|---|---|---|
 * | Battles | Government regains territory | territory_change | government_regains_territory |
 * | Battles | Non-state actor overtakes territory | territory_change | non_state_overtakes_territory |
 * | Battles | Armed clash | armed_clash | armed_clash |
 * | Protests | Excessive force against protesters | protest | excessive_force |
 * | Protests | Protest with intervention | protest | intervention |
 * | Protests | Peaceful protest | protest | peaceful |
 * | Riots | Violent demonstration | riot | violent_demonstration |
 * | Riots | Mob violence | riot | mob_violence |
 * | Explosions/Remote violence | Chemical weapon | chemical_attack | chemical_weapon |
 * | Explosions/Remote violence | Air/drone strike | air_strike | air_drone_strike |
 * | Explosions/Remote violence | Suicide bomb | bombing | suicide_bomb |
 * | Explosions/Remote violence | Shelling/artillery/missile attack | shelling | artillery_missile |
 * | Explosions/Remote violence | Remote explosive/landmine/IED | bombing | remote_explosive |
 * | Explosions/Remote violence | Grenade | bombing | grenade |
 * | Violence against civilians | Sexual violence | sexual_violence | sexual_violence |
 * | Violence against civilians | Attack | attack | attack_on_civilians |
 * | Violence against civilians | Abduction/forced disappearance | abduction | abduction_forced_disappearance |
 * | Strategic developments | Agreement | strategic_development | agreement |
 * | Strategic developments | Arrests | arrest | arrests |
 * | Strategic developments | Change to group/activity | strategic_development | change_to_group_activity |
 * | Strategic developments | Disrupted weapons use | strategic_development | disrupted_weapons_use |
 * | Strategic developments | Headquarters or base established | strategic_development | headquarters_established |
 * | Strategic developments | Looting/property destruction | property_destruction | looting_property_destruction |
 * | Strategic developments | Non-violent transfer of territory | territory_change | non_violent_transfer |
 * | Strategic developments | Other | strategic_development | other |
 *
 * The GTD attack types use other subtypes (see `GTD_ATTACK_TYPES`), so the two crosswalks never
 * share a pair.
 *
 * @example
 * ```ts
 * ACLED_SUB_EVENT_TYPES.length; //=> 25
 * ACLED_SUB_EVENT_TYPES.find((e) => e.subtype === 'suicide_bomb')?.subEventType; //=> 'Suicide bomb'
 * ```
 */
export const ACLED_SUB_EVENT_TYPES: readonly AcledSubEventTypeEntry[] = [
  entry('Battles', 'Government regains territory', 'Political violence', 'territory_change', 'government_regains_territory'),
  entry('Battles', 'Non-state actor overtakes territory', 'Political violence', 'territory_change', 'non_state_overtakes_territory'),
  entry('Battles', 'Armed clash', 'Political violence', 'armed_clash', 'armed_clash'),
  entry('Protests', 'Excessive force against protesters', 'Political violence; Demonstrations', 'protest', 'excessive_force'),
  entry('Protests', 'Protest with intervention', 'Demonstrations', 'protest', 'intervention'),
  entry('Protests', 'Peaceful protest', 'Demonstrations', 'protest', 'peaceful'),
  entry('Riots', 'Violent demonstration', 'Demonstrations', 'riot', 'violent_demonstration'),
  entry('Riots', 'Mob violence', 'Political violence', 'riot', 'mob_violence'),
  entry('Explosions/Remote violence', 'Chemical weapon', 'Political violence', 'chemical_attack', 'chemical_weapon'),
  entry('Explosions/Remote violence', 'Air/drone strike', 'Political violence', 'air_strike', 'air_drone_strike'),
  entry('Explosions/Remote violence', 'Suicide bomb', 'Political violence', 'bombing', 'suicide_bomb'),
  entry('Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Political violence', 'shelling', 'artillery_missile'),
  entry('Explosions/Remote violence', 'Remote explosive/landmine/IED', 'Political violence', 'bombing', 'remote_explosive'),
  entry('Explosions/Remote violence', 'Grenade', 'Political violence', 'bombing', 'grenade'),
  entry('Violence against civilians', 'Sexual violence', 'Political violence', 'sexual_violence', 'sexual_violence'),
  entry('Violence against civilians', 'Attack', 'Political violence', 'attack', 'attack_on_civilians'),
  entry('Violence against civilians', 'Abduction/forced disappearance', 'Political violence', 'abduction', 'abduction_forced_disappearance'),
  entry('Strategic developments', 'Agreement', 'Strategic developments', 'strategic_development', 'agreement'),
  entry('Strategic developments', 'Arrests', 'Strategic developments', 'arrest', 'arrests'),
  entry('Strategic developments', 'Change to group/activity', 'Strategic developments', 'strategic_development', 'change_to_group_activity'),
  entry('Strategic developments', 'Disrupted weapons use', 'Strategic developments', 'strategic_development', 'disrupted_weapons_use'),
  entry('Strategic developments', 'Headquarters or base established', 'Strategic developments', 'strategic_development', 'headquarters_established'),
  entry('Strategic developments', 'Looting/property destruction', 'Strategic developments', 'property_destruction', 'looting_property_destruction'),
  entry('Strategic developments', 'Non-violent transfer of territory', 'Strategic developments', 'territory_change', 'non_violent_transfer'),
  entry('Strategic developments', 'Other', 'Strategic developments', 'strategic_development', 'other'),
];

/**
 * The six ACLED event types in the codebook's hierarchical order.
 *
 * @example
 * ```ts
 * ACLED_EVENT_TYPES[0]; //=> 'Battles'
 * ```
 */
export const ACLED_EVENT_TYPES: readonly AcledEventType[] = [
  'Battles',
  'Protests',
  'Riots',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Strategic developments',
];

/** A matching key: lowercase, spaces around `/` and runs of spaces collapsed. */
function key(text: string): string {
  return text.trim().toLowerCase().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ');
}

// Older spellings seen in ACLED codebooks and exports (§1.2 spelling traps).
const SUB_EVENT_ALIASES: Readonly<Record<string, AcledSubEventType>> = {
  'excessive force against protestors': 'Excessive force against protesters',
  'remote explosive/landmine/ied': 'Remote explosive/landmine/IED',
  'headquarters or base established': 'Headquarters or base established',
};

const BY_SUB_EVENT = new Map<string, AcledSubEventTypeEntry>();
for (const e of ACLED_SUB_EVENT_TYPES) BY_SUB_EVENT.set(`${key(e.eventType)}|${key(e.subEventType)}`, e);
const BY_PAIR = new Map<string, AcledSubEventTypeEntry>(ACLED_SUB_EVENT_TYPES.map((e) => [`${e.type}|${e.subtype}`, e]));

/**
 * Finds the crosswalk entry of an ACLED `event_type` + `sub_event_type`, tolerant of case, spacing
 * and old spellings ("protestors"). `Other` exists only under Strategic developments; every other
 * sub-event type is also found when `eventType` is empty.
 *
 * @example
 * ```ts
 * fromAcledSubEventType('Explosions/Remote violence', 'Remote explosive/landmine/IED'); //=> { type: 'bombing', subtype: 'remote_explosive', … }
 * fromAcledSubEventType('Protests', 'Excessive force against protestors')?.subtype; //=> 'excessive_force'
 * ```
 */
export function fromAcledSubEventType(eventType: string, subEventType: string): AcledSubEventTypeEntry | undefined {
  const subKey = key(subEventType);
  const canonical = SUB_EVENT_ALIASES[subKey];
  const sub = canonical !== undefined ? key(canonical) : subKey;
  const exact = BY_SUB_EVENT.get(`${key(eventType)}|${sub}`);
  if (exact !== undefined) return exact;
  if (eventType.trim().length > 0) return undefined;
  const candidates = ACLED_SUB_EVENT_TYPES.filter((e) => key(e.subEventType) === sub);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The ACLED sub-event type of one of our (`type`, `subtype`) pairs, when the pair is one of the 25
 * in {@link ACLED_SUB_EVENT_TYPES}; `undefined` otherwise (use `toAcledCategory` to code any event
 * by the codebook's rules).
 *
 * @example
 * ```ts
 * acledSubEventTypeOf('bombing', 'suicide_bomb')?.subEventType; //=> 'Suicide bomb'
 * acledSubEventTypeOf('bombing', undefined); //=> undefined
 * ```
 */
export function acledSubEventTypeOf(type: EventType, subtype: string | undefined): AcledSubEventTypeEntry | undefined {
  if (subtype === undefined) return undefined;
  return BY_PAIR.get(`${type}|${subtype}`);
}

/**
 * Reads a `disorder_type` cell into its parts, tolerant of the `Demostrations` typo of some ACLED
 * files (§1.2) and of order and spacing.
 *
 * @example
 * ```ts
 * parseAcledDisorderType('Political violence; Demostrations'); //=> ['Political violence', 'Demonstrations']
 * ```
 */
export function parseAcledDisorderType(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => (key(s) === 'demostrations' ? 'Demonstrations' : s))
    .map((s) => ['Political violence', 'Demonstrations', 'Strategic developments'].find((d) => key(d) === key(s)) ?? s)
    .sort();
}
