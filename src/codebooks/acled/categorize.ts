import type { ActorKind } from '../../schema/actor.js';
import type { ConflictEvent } from '../../schema/event.js';
import { type ActorGroup, groupActors, isArmedKind } from '../common/actor-groups.js';
import { describeWeapon } from '../common/weapons.js';
import {
  ACLED_SUB_EVENT_TYPES,
  type AcledDisorderType,
  type AcledEventType,
  type AcledSubEventType,
  type AcledSubEventTypeEntry,
  acledSubEventTypeOf,
} from './event-types.js';

/**
 * How ACLED codes an event: the three category columns and `civilian_targeting`.
 *
 * @example
 * ```ts
 * const c: AcledCategory = { eventType: 'Battles', subEventType: 'Armed clash', disorderType: 'Political violence', civilianTargeting: false };
 * ```
 */
export interface AcledCategory {
  eventType: AcledEventType;
  subEventType: AcledSubEventType;
  disorderType: AcledDisorderType;
  /** Whether `civilian_targeting` is filled (codebook §1.5). */
  civilianTargeting: boolean;
}

/**
 * The event fields {@link toAcledCategory} looks at.
 *
 * @example
 * ```ts
 * const input: AcledCategoryInput = { type: 'bombing', actors: [], attributes: { weapon: 'IED' } };
 * ```
 */
export type AcledCategoryInput = Pick<ConflictEvent, 'type' | 'actors'> &
  Partial<Pick<ConflictEvent, 'subtype' | 'fatalities' | 'injuries' | 'attributes'>>;

function entryOf(sub: AcledSubEventType): AcledSubEventTypeEntry {
  return ACLED_SUB_EVENT_TYPES.find((e) => e.subEventType === sub) as AcledSubEventTypeEntry;
}

function positive(count: ConflictEvent['fatalities']): boolean {
  return count !== undefined && [count.low, count.best, count.high].some((n) => n !== undefined && n > 0);
}

const REMOTE_TYPES = new Set([
  'assassination',
  'attack',
  'bombing',
  'shelling',
  'air_strike',
  'chemical_attack',
  'abduction',
  'hostage_taking',
  'hijacking',
  'property_destruction',
]);

interface Facts {
  mains: ActorGroup[];
  perpetratorKinds: (ActorKind | undefined)[];
  targetKinds: (ActorKind | undefined)[];
  twoSidedArmed: boolean;
  targetArmed: boolean;
  harmed: boolean;
}

function facts(event: AcledCategoryInput): Facts {
  const mains = groupActors(event.actors).filter((g) => g.main !== undefined && g.role !== 'claimant' && g.role !== 'other');
  const kindsOf = (roles: string[]): (ActorKind | undefined)[] => mains.filter((g) => roles.includes(g.role)).map((g) => g.main?.kind);
  const sideKinds = kindsOf(['actor']);
  const targetKinds = kindsOf(['target', 'victim']);
  return {
    mains,
    perpetratorKinds: kindsOf(['perpetrator', 'actor']),
    targetKinds,
    twoSidedArmed: sideKinds.filter((k) => k === undefined || isArmedKind(k)).length >= 2,
    targetArmed: targetKinds.some((k) => isArmedKind(k)),
    harmed: positive(event.fatalities) || positive(event.injuries),
  };
}

/** The sub-event type by the codebook's rules (§1.2, §1.8), before `civilian_targeting`. */
function ruleSubEventType(event: AcledCategoryInput, f: Facts): AcledSubEventType | undefined {
  const type = event.type;
  const weapon = describeWeapon(event.attributes?.weapon);
  const suicide = event.attributes?.suicide === true || weapon.suicide || event.subtype === 'suicide_bomb';
  const explosive = weapon.category === 'explosives' || type === 'bombing';

  if (type === 'armed_clash') return 'Armed clash';
  // Hierarchy (§1.2): Battles first. An exchange of fire between two armed sides, e.g. the
  // target's guards returning fire (§1.8), is a battle whatever else happened.
  if (REMOTE_TYPES.has(type) && f.twoSidedArmed) return 'Armed clash';

  // Explosions/Remote violence, in the codebook's order of its sub-event types.
  if (REMOTE_TYPES.has(type)) {
    if (type === 'chemical_attack' || weapon.category === 'chemical') return 'Chemical weapon';
    if (type === 'air_strike' || weapon.category === 'aerial' || weapon.category === 'drone') return 'Air/drone strike';
    if (suicide && (explosive || weapon.category === undefined)) return 'Suicide bomb';
    if (type === 'shelling' || weapon.category === 'heavy_weapons') return 'Shelling/artillery/missile attack';
    if (weapon.grenade || event.subtype === 'grenade') return 'Grenade';
    if (explosive) return 'Remote explosive/landmine/IED';
  }

  const perpetratorRioters = f.perpetratorKinds.includes('rioters');
  const perpetratorProtesters = f.perpetratorKinds.includes('protesters');
  switch (type) {
    case 'sexual_violence':
      return 'Sexual violence';
    case 'assassination':
      // An unarmed target (civilian, official, off-duty soldier) attacked by an organised armed
      // actor; attempts count (VAC "includes attempts at inflicting harm").
      if (perpetratorRioters) return 'Mob violence';
      return 'Attack';
    case 'attack':
      if (perpetratorRioters) return 'Mob violence';
      if (perpetratorProtesters) return 'Violent demonstration';
      if (f.targetArmed) return 'Armed clash';
      return 'Attack';
    case 'abduction':
    case 'hostage_taking':
    case 'hijacking':
      // Abduction with fatalities or injuries becomes Attack (Attack ranks above it).
      return f.harmed ? 'Attack' : 'Abduction/forced disappearance';
    case 'arrest': {
      // Arrests by non-state groups are abductions; judicial arrests by the state are arrests.
      const nonState = f.perpetratorKinds.some((k) => k === 'rebel_group' || k === 'political_militia' || k === 'identity_militia');
      if (nonState) return f.harmed ? 'Attack' : 'Abduction/forced disappearance';
      return 'Arrests';
    }
    case 'property_destruction':
      if (perpetratorRioters || perpetratorProtesters) return 'Violent demonstration';
      return 'Looting/property destruction';
    case 'territory_change': {
      const gainer = f.perpetratorKinds[0];
      if (gainer === 'state_forces') return 'Government regains territory';
      if (gainer !== undefined && gainer !== 'civilians' && gainer !== 'protesters' && gainer !== 'rioters') return 'Non-state actor overtakes territory';
      return undefined;
    }
    case 'strategic_development':
      return 'Other';
    case 'protest': {
      const others = f.mains.filter((g) => g.main?.kind !== 'protesters' && (g.role === 'actor' || g.role === 'perpetrator'));
      if (others.length > 0 && f.harmed) return 'Excessive force against protesters';
      if (others.length > 0) return 'Protest with intervention';
      return 'Peaceful protest';
    }
    case 'riot': {
      const civilianVictims = f.targetKinds.length > 0 && f.targetKinds.every((k) => k === 'civilians');
      return perpetratorRioters && civilianVictims ? 'Mob violence' : 'Violent demonstration';
    }
    default:
      return undefined;
  }
}

function computedCivilianTargeting(entry: AcledSubEventTypeEntry, f: Facts): boolean {
  if (entry.eventType === 'Battles') return false;
  if (entry.eventType === 'Violence against civilians') return true;
  const civilianLike = entry.subEventType === 'Excessive force against protesters' ? ['civilians', 'protesters'] : ['civilians'];
  if (entry.eventType === 'Explosions/Remote violence' || entry.eventType === 'Riots' || entry.subEventType === 'Excessive force against protesters') {
    return f.targetKinds.length > 0 && f.targetKinds.every((k) => k !== undefined && civilianLike.includes(k));
  }
  return false;
}

/**
 * How ACLED would code an event: `event_type`, `sub_event_type`, `disorder_type` and whether
 * `civilian_targeting` is filled, or `undefined` when ACLED has no category for it (type `other`,
 * or a territory change without a known gaining side).
 *
 * An event whose (`type`, `subtype`) is one of the 25 pairs of `ACLED_SUB_EVENT_TYPES` (every
 * event imported from ACLED) keeps that sub-event type. Any other event is coded by the codebook's
 * rules (§1.2 hierarchy, §1.8), from its type, actors (roles and kinds), weapon, suicide flag and
 * casualties:
 *
 * - two armed sides fighting (two main actors with role `actor`) → Battles / Armed clash, whatever
 *   the tactic (the hierarchy puts Battles first; a target whose guards return fire is a battle);
 * - explosive and remote weapons → Explosions/Remote violence: chemical → Chemical weapon;
 *   aircraft or drone → Air/drone strike; suicide attack → Suicide bomb; artillery, rockets,
 *   missiles → Shelling/artillery/missile attack; grenade → Grenade; other explosives (IED, car
 *   bomb, landmine) → Remote explosive/landmine/IED. So a car-bomb assassination is Remote
 *   explosive/landmine/IED;
 * - an assassination by other means (shooting, stabbing), even an attempt with no one hurt →
 *   Violence against civilians / Attack;
 * - an attack on armed forces (target kind state forces, rebel group, militia, external forces)
 *   → Battles / Armed clash; an attack by rioters → Riots / Mob violence;
 * - an abduction, hostage taking or hijacking → VAC / Abduction/forced disappearance, or VAC /
 *   Attack when anyone was killed or injured;
 * - an arrest by a non-state group → VAC / Abduction/forced disappearance; by the state → Strategic
 *   developments / Arrests;
 * - a protest → Peaceful protest, Protest with intervention (another party acted), or Excessive
 *   force against protesters (and someone was killed or injured);
 * - a riot → Mob violence when rioters attacked civilians, else Violent demonstration.
 *
 * `civilianTargeting` is `attributes.civilianTargeting` when set; otherwise it is true for all
 * Violence against civilians, and for Explosions/Remote violence, Riots and Excessive force when
 * every target is civilian (§1.5). It is never true for Battles.
 *
 * @example
 * ```ts
 * toAcledCategory({ type: 'assassination', actors: [{ name: 'Unidentified Armed Group (Syria)', role: 'perpetrator', kind: 'political_militia' }, { name: 'Civilians (Syria)', role: 'victim', kind: 'civilians' }], attributes: { weapon: 'firearms' } });
 * //=> { eventType: 'Violence against civilians', subEventType: 'Attack', disorderType: 'Political violence', civilianTargeting: true }
 * toAcledCategory({ type: 'assassination', actors: [], attributes: { weapon: 'car bomb' } })?.subEventType; //=> 'Remote explosive/landmine/IED'
 * ```
 */
export function toAcledCategory(event: AcledCategoryInput): AcledCategory | undefined {
  const f = facts(event);
  const explicit = acledSubEventTypeOf(event.type, event.subtype);
  let entry = explicit;
  if (entry === undefined) {
    const sub = ruleSubEventType(event, f);
    if (sub === undefined) return undefined;
    entry = entryOf(sub);
  }
  const given = event.attributes?.civilianTargeting;
  const civilianTargeting = entry.eventType === 'Battles' ? false : (given ?? computedCivilianTargeting(entry, f));
  return { eventType: entry.eventType, subEventType: entry.subEventType, disorderType: entry.disorderType, civilianTargeting };
}
