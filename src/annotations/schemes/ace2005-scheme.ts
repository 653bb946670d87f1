/**
 * The ACE 2005 preset: ACE event types and roles mapped onto the library's event types and
 * roles. Accepts the LDC spelling (`Conflict:Attack`, `Time-Within`) and brat's ACE
 * configuration spelling (`ATTACK`, `Arrest-Jail`, `Attacker-Arg`, `Place-Arg`).
 */
import type { SchemeMapping } from './create-scheme.js';
import { DEFAULT_SCHEME, buildBuiltInScheme } from './default-scheme.js';
import type { LabelScheme } from './label-scheme.js';

const TIME_ROLES = ['Within', 'Holds', 'Starting', 'Ending', 'Before', 'After', 'At-Beginning', 'At-End'] as const;

const KIDNAP_WORDS = ['kidnap', 'abduct', 'hostage', 'abduction', 'خطف', 'اختطف', 'اختطاف', 'مخطوف', 'خاطف'];

const OUT_OF_SCOPE = [
  'Life:Be-Born',
  'Life:Marry',
  'Life:Divorce',
  'Transaction:Transfer-Ownership',
  'Transaction:Transfer-Money',
  'Business:Start-Org',
  'Business:Merge-Org',
  'Business:Declare-Bankruptcy',
  'Business:End-Org',
  'Contact:Meet',
  'Contact:Phone-Write',
  'Personnel:Start-Position',
  'Personnel:End-Position',
  'Personnel:Nominate',
  'Personnel:Elect',
  'Justice:Release-Parole',
  'Justice:Trial-Hearing',
  'Justice:Charge-Indict',
  'Justice:Sue',
  'Justice:Convict',
  'Justice:Sentence',
  'Justice:Fine',
  'Justice:Extradite',
  'Justice:Acquit',
  'Justice:Appeal',
  'Justice:Pardon',
];

/**
 * The ACE 2005 preset as a mapping. Events: `Conflict:Attack` → attack, `Conflict:Demonstrate`
 * → protest, `Life:Die` → attack reporting fatalities, `Life:Injure` → attack reporting
 * injuries, `Justice:Arrest-Jail` → arrest, `Justice:Execute` → attack / execution,
 * `Movement:Transport` → abduction only when the trigger or a hint speaks of kidnapping; the
 * other ACE types are known and left out. Roles: Attacker and Agent → perpetrator, Victim,
 * Target, Instrument → weapon, Place, the eight `Time-*` roles → time with their qualifier,
 * Person → victim (target in `Arrest-Jail`), Entity → actor, Artifact of a Transport → victim.
 * Attributes: Polarity=Negative → negated, Modality=Other, Tense=Future and
 * Genericity=Generic → hypothetical. Everything of the default scheme that ACE does not
 * redefine stays available.
 *
 * @example
 * ```ts
 * ACE2005_SCHEME_MAPPING.events?.['Conflict:Attack']; //=> 'attack'
 * ```
 */
export const ACE2005_SCHEME_MAPPING: SchemeMapping = {
  name: 'ace2005',
  events: {
    'Conflict:Attack': 'attack',
    'Conflict:Demonstrate': 'protest',
    'Life:Die': { type: 'attack', effect: 'fatalities' },
    'Life:Injure': { type: 'attack', effect: 'injuries' },
    'Justice:Arrest-Jail': 'arrest',
    'Justice:Execute': { type: 'attack', subtype: 'execution' },
    'Movement:Transport': { type: 'abduction', onlyWith: KIDNAP_WORDS },
  },
  roles: {
    Attacker: 'perpetrator',
    Agent: 'perpetrator',
    Victim: 'victim',
    Target: 'target',
    Instrument: 'weapon',
    Place: 'place',
    Time: 'time',
    ...Object.fromEntries(TIME_ROLES.map((q) => [`Time-${q}`, { role: 'time', qualifier: q.toLowerCase() }])),
    Person: 'victim',
    Entity: 'actor',
    Artifact: 'victim',
    Origin: { role: 'place', qualifier: 'origin' },
    Destination: { role: 'place', qualifier: 'destination' },
  },
  eventRoles: {
    'Justice:Arrest-Jail': { Person: 'target' },
    'Arrest-Jail': { Person: 'target' },
    'Movement:Transport': { Agent: 'perpetrator', Artifact: 'victim' },
  },
  entities: {
    Person: 'person',
    PER: 'person',
    Organization: 'organization',
    ORG: 'organization',
    GPE: { entity: 'location', role: 'place' },
    LOC: { entity: 'location', role: 'place' },
    Location: { entity: 'location', role: 'place' },
    FAC: { entity: 'location', role: 'place' },
    Facility: { entity: 'location', role: 'place' },
    WEA: { entity: 'weapon', role: 'weapon' },
    Weapon: { entity: 'weapon', role: 'weapon' },
    TIME: { entity: 'date', role: 'time' },
    'Numeric:Money': 'quantity',
  },
  attributes: {
    Polarity: { attribute: 'negated', values: { Negative: { attribute: 'negated', value: true }, Positive: { attribute: 'negated', value: false } } },
    Modality: { attribute: 'hypothetical', values: { Other: { attribute: 'hypothetical', value: true }, Asserted: { attribute: 'hypothetical', value: false } } },
    Tense: { attribute: 'hypothetical', values: { Future: { attribute: 'hypothetical', value: true } } },
    Genericity: { attribute: 'hypothetical', values: { Generic: { attribute: 'hypothetical', value: true }, Specific: { attribute: 'hypothetical', value: false } } },
  },
  ignore: {
    ...Object.fromEntries(OUT_OF_SCOPE.map((t) => [t, `ACE ${t} is not a conflict event`])),
    Vehicle: 'ACE Vehicle entities play no role in conflict events',
    VEH: 'ACE Vehicle entities play no role in conflict events',
    Crime: 'the ACE Crime role has no conflict-event field',
    Sentence: 'the ACE Sentence role has no conflict-event field',
    Position: 'the ACE Position role has no conflict-event field',
    Money: 'the ACE Money role has no conflict-event field',
    Price: 'the ACE Price role has no conflict-event field',
  },
};

/**
 * The ACE 2005 preset (see {@link ACE2005_SCHEME_MAPPING}).
 *
 * @example
 * ```ts
 * interpretLabel('Conflict:Attack', ACE2005_SCHEME).value.event?.type; //=> 'attack'
 * resolveRole({ eventRole: 'Attacker-Arg' }, ACE2005_SCHEME).value?.role; //=> 'perpetrator'
 * ```
 */
export const ACE2005_SCHEME: LabelScheme = buildBuiltInScheme(ACE2005_SCHEME_MAPPING, DEFAULT_SCHEME);
