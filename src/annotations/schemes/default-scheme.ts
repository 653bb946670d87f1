/**
 * The default label scheme: trigger labels name the library's event types, roles and entities
 * have plain English names, attributes name the schema's event flags.
 */
import { EVENT_TYPES } from '../../schema/event-type.js';
import { buildScheme, type SchemeMapping } from './create-scheme.js';
import type { LabelScheme } from './label-scheme.js';

/**
 * The default scheme as a mapping, for reading or extending.
 *
 * - Events: every event type of the schema, in any case, with or without `_` / `-`
 *   (`Assassination`, `ArmedClash`, `armed_clash`, `ARMED-CLASH`, `AirStrike`…), and a few
 *   common synonyms (`Kidnapping` → abduction, `Clash` → armed_clash, `SuicideBombing` →
 *   bombing / suicide_bomb, `Looting` → property_destruction…).
 * - Roles: `Perpetrator`, `Victim`, `Target`, `Place`, `Time`, `Fatalities`, `Injuries`,
 *   `Claimant`, `Weapon`, `Actor` (and `Attacker`, `Killed`, `Wounded`, `Instrument`…).
 * - Entities: `Person`, `Organization`, `Actor`, `Location` (implies the place role), `Date`
 *   (implies time), `Quantity`, `Weapon` (implies weapon).
 * - Attributes: `Attempted`, `Claimed`, `Negated`, `Hypothetical`, `Suicide`, `CivilianTargeting`
 *   (and brat's `Negation`, `Speculation`).
 * - Known and not an argument: `Description`, a span describing an actor, linked from the actor's
 *   span by a `Description` relation (the seed example does this for the two victims).
 *
 * @example
 * ```ts
 * DEFAULT_SCHEME_MAPPING.roles?.Perpetrator; //=> 'perpetrator'
 * ```
 */
export const DEFAULT_SCHEME_MAPPING: SchemeMapping = {
  name: 'default',
  events: {
    ...Object.fromEntries(EVENT_TYPES.map((t) => [t, t])),
    Kidnapping: 'abduction',
    Kidnap: 'abduction',
    ForcedDisappearance: 'abduction',
    HostageTaking: 'hostage_taking',
    Clash: 'armed_clash',
    Clashes: 'armed_clash',
    Battle: 'armed_clash',
    Fighting: 'armed_clash',
    Airstrike: 'air_strike',
    DroneStrike: { type: 'air_strike', subtype: 'drone_strike' },
    Bomb: 'bombing',
    Explosion: 'bombing',
    IED: { type: 'bombing', subtype: 'remote_explosive' },
    SuicideBombing: { type: 'bombing', subtype: 'suicide_bomb' },
    SuicideAttack: { type: 'bombing', subtype: 'suicide_bomb' },
    CarBomb: { type: 'bombing', subtype: 'car_bomb' },
    Artillery: 'shelling',
    RocketAttack: 'shelling',
    MissileAttack: 'shelling',
    Killing: 'attack',
    Execution: { type: 'attack', subtype: 'execution' },
    Looting: 'property_destruction',
    Arson: 'property_destruction',
    Sabotage: 'property_destruction',
    Detention: 'arrest',
    Demonstration: 'protest',
    ChemicalWeapon: 'chemical_attack',
    SexualAssault: 'sexual_violence',
  },
  roles: {
    Perpetrator: 'perpetrator',
    Attacker: 'perpetrator',
    Aggressor: 'perpetrator',
    Victim: 'victim',
    Target: 'target',
    Place: 'place',
    Time: 'time',
    Fatalities: 'fatalities',
    Killed: 'fatalities',
    Deaths: 'fatalities',
    Dead: 'fatalities',
    Injuries: 'injuries',
    Injured: 'injuries',
    Wounded: 'injuries',
    Claimant: 'claimant',
    ClaimedBy: 'claimant',
    Weapon: 'weapon',
    Instrument: 'weapon',
    Actor: 'actor',
    Participant: 'actor',
    Side: 'actor',
  },
  entities: {
    Person: 'person',
    PER: 'person',
    Organization: 'organization',
    Organisation: 'organization',
    ORG: 'organization',
    Actor: 'actor',
    Location: { entity: 'location', role: 'place' },
    LOC: { entity: 'location', role: 'place' },
    GPE: { entity: 'location', role: 'place' },
    Date: { entity: 'date', role: 'time' },
    Temporal: { entity: 'date', role: 'time' },
    Quantity: 'quantity',
    Number: 'quantity',
    Weapon: { entity: 'weapon', role: 'weapon' },
  },
  attributes: {
    Attempted: 'attempted',
    Attempt: 'attempted',
    Failed: 'attempted',
    Claimed: 'claimed',
    Negated: 'negated',
    Negation: 'negated',
    Hypothetical: 'hypothetical',
    Speculation: 'hypothetical',
    Suicide: 'suicide',
    CivilianTargeting: 'civilianTargeting',
  },
  ignore: {
    Description:
      'a Description span says who an actor is ("two Arab women activists"); it is linked to the actor\'s span by a Description relation (actor → description) and is not an event argument',
  },
};

function build(mapping: SchemeMapping, base?: LabelScheme): LabelScheme {
  const { value, issues } = buildScheme(mapping, base);
  if (issues.length > 0) throw new Error(`conflict-events: built-in scheme ${mapping.name ?? ''} is invalid: ${issues.map((i) => i.message).join('; ')}`);
  return value;
}

/**
 * The default label scheme (see {@link DEFAULT_SCHEME_MAPPING}).
 *
 * @example
 * ```ts
 * interpretLabel('ARMED-CLASH', DEFAULT_SCHEME).value.event?.type; //=> 'armed_clash'
 * ```
 */
export const DEFAULT_SCHEME: LabelScheme = build(DEFAULT_SCHEME_MAPPING);

/**
 * Builds a built-in scheme from its mapping; a built-in mapping with issues is a bug.
 *
 * @example
 * ```ts
 * const scheme = buildBuiltInScheme({ name: 'strict', events: { Attack: 'attack' } }, DEFAULT_SCHEME);
 * ```
 */
export function buildBuiltInScheme(mapping: SchemeMapping, base?: LabelScheme): LabelScheme {
  return build(mapping, base);
}
