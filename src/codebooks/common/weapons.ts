import { arabicKey } from '../../text/normalize-arabic.js';

/**
 * Weapon categories the crosswalks understand: the categories of `attributes.weapon` in the
 * schema plus the GTD weapon types that have no schema category.
  *
  * @example
  * ```ts
  * const category: WeaponCategory | undefined = describeWeapon('mortar').category; //=> 'heavy_weapons'
  * ```
 */
export type WeaponCategory =
  | 'firearms'
  | 'explosives'
  | 'vehicle'
  | 'melee'
  | 'incendiary'
  | 'chemical'
  | 'biological'
  | 'radiological'
  | 'nuclear'
  | 'aerial'
  | 'drone'
  | 'heavy_weapons'
  | 'fake'
  | 'sabotage'
  | 'other'
  | 'unknown';

/**
 * All weapon categories.
 *
 * @example
 * ```ts
 * WEAPON_CATEGORIES.includes('explosives'); //=> true
 * ```
 */
export const WEAPON_CATEGORIES: readonly WeaponCategory[] = [
  'firearms',
  'explosives',
  'vehicle',
  'melee',
  'incendiary',
  'chemical',
  'biological',
  'radiological',
  'nuclear',
  'aerial',
  'drone',
  'heavy_weapons',
  'fake',
  'sabotage',
  'other',
  'unknown',
];

/**
 * What a weapon description says, beyond its category.
 *
 * @example
 * ```ts
 * const w: WeaponDescription = describeWeapon('SVBIED'); //=> { category: 'explosives', grenade: false, suicide: true, vehicleBorne: true }
 * ```
 */
export interface WeaponDescription {
  /** The category, when one could be recognised. */
  category: WeaponCategory | undefined;
  /** A hand grenade (ACLED sub-event type Grenade). */
  grenade: boolean;
  /** A suicide attack: a suicide bomber, suicide vest, SVBIED. */
  suicide: boolean;
  /** A bomb carried by a vehicle (car bomb, VBIED): explosives, not the GTD vehicle type. */
  vehicleBorne: boolean;
}

// Order matters: the first rule that matches decides the category. Text is lowercased and
// reduced with arabicKey (alef, yaa and taa marbuta folded; punctuation becomes spaces).
const RULES: readonly [WeaponCategory, RegExp][] = [
  ['fake', /\bfake (weapon|gun|bomb)|\bhoax\b|\btoy gun\b|وهمي/],
  ['drone', /\bdrones?\b|\buavs?\b|\bquadcopter|مسير|درون/],
  ['aerial', /\bair ?strikes?\b|\bwarplanes?\b|\baircraft\b|\bhelicopters?\b|\bjets?\b|\bbarrel bombs?\b|\baerial\b|طيران|غاره جويه|غارات جويه|مروحي|طائره|طائرات حربيه|براميل/],
  ['chemical', /\bchemical\b|\bchlorine\b|\bsarin\b|\bmustard gas\b|\bnerve agent|كيماوي|كيميائي|كلور|سارين/],
  ['biological', /\bbiological\b|\banthrax\b|بيولوجي|جرثومي/],
  ['radiological', /\bradiological\b|\bdirty bomb\b|اشعاعي/],
  ['nuclear', /\bnuclear\b|نووي/],
  [
    'heavy_weapons',
    /\bartillery\b|\bshell(s|ing|ed)?\b|\bmortars?\b|\brockets?\b|\bmissiles?\b|\btanks?\b|\bhowitzers?\b|\bheavy weapons?\b|\bheavy_weapons\b|\bmlrs\b|\bgrad\b|مدفع|قذائف|قذيفه|هاون|صاروخ|صواريخ|دبابه|راجمات|اسلحه ثقيله/,
  ],
  [
    'explosives',
    /\bexplosives?\b|\bexplosion\b|\bbombs?\b|\bbombing\b|\bied\b|\bvbied\b|\bsvbied\b|\broadside\b|\blandmines?\b|\bmines?\b|\bgrenades?\b|\bdynamite\b|\bdetonat|\bsuicide (vest|belt|bomber)|\bsticky bomb|عبوه|ناسف|مفخخ|لغم|الغام|قنبله|قنابل|تفجير|انفجار|متفجر|انتحاري|حزام ناسف/,
  ],
  [
    'firearms',
    /\bfirearms?\b|\bguns?\b|\bgunfire\b|\bammunition\b|\blive fire\b|\bopened fire\b|\bfired (at|on|upon)\b|\bgunmen\b|\bshot\b|\bshooting\b|\brifles?\b|\bpistols?\b|\bmachine ?guns?\b|\bkalashnikov|\bak ?47\b|\bsniper|\bsmall arms\b|\bbullets?\b|رصاص|مسدس|بندقي|رشاش|قناص|طلق ناري|طلقات|اطلاق نار|كاتم|اسلحه خفيفه/,
  ],
  ['incendiary', /\bincendiary\b|\barson\b|\bmolotov\b|\bfire ?bomb|\bset (on )?fire\b|\bburn(ed|t|ing)?\b|\bpetrol\b|حرق|احراق|مولوتوف|حارق/],
  [
    'melee',
    /\bmelee\b|\bknife\b|\bknives\b|\bstab(bed|bing)?\b|\bmachetes?\b|\baxe\b|\bsword\b|\bblunt\b|\bbeat(en|ing)?\b|\bstones?\b|\brocks?\b|\bstrangl|\bbeheaded\b|سكين|طعن|ساطور|فاس|ضرب|حجار|خنق|ذبح|نحر/,
  ],
  ['vehicle', /\bvehicle\b|\bramm(ed|ing)\b|\brun over\b|\bcar attack\b|دهس/],
  ['sabotage', /\bsabotage\b|تخريب/],
  ['unknown', /^unknown$|^unspecified$|^غير معروف$|^مجهول$/],
  ['other', /^other$/],
];

const GRENADE = /(?<!propelled )\bgrenades?\b|قنبله يدويه|قنابل يدويه/;
const SUICIDE = /\bsuicide\b|\bsvbied\b|انتحاري|انتحاريه/;
const VEHICLE_BORNE = /\bcar bomb|\btruck bomb|\bvbied\b|\bsvbied\b|\bbooby ?trapped (car|vehicle|truck|motorcycle)|سياره مفخخه|عربه مفخخه|دراجه ناريه مفخخه|مفخخه/;

function normalise(text: string): string {
  return arabicKey(text.toLowerCase());
}

/**
 * Reads a weapon description (a schema category such as `explosives`, or the words of a report in
 * English or Arabic: "car bomb", "عبوة ناسفة", "shot dead") into a category plus the details the
 * codebooks care about: grenade, suicide, vehicle-borne. A car bomb is `explosives` with
 * `vehicleBorne`, never the GTD `vehicle` type (GTD weaptype 10 excludes vehicle-borne bombs).
 *
 * @example
 * ```ts
 * describeWeapon('car bomb'); //=> { category: 'explosives', grenade: false, suicide: false, vehicleBorne: true }
 * describeWeapon('عبوة ناسفة').category; //=> 'explosives'
 * describeWeapon('firearms').category; //=> 'firearms'
 * ```
 */
export function describeWeapon(weapon: string | undefined): WeaponDescription {
  if (weapon === undefined || weapon.trim().length === 0) {
    return { category: undefined, grenade: false, suicide: false, vehicleBorne: false };
  }
  const text = normalise(weapon);
  const exact = WEAPON_CATEGORIES.find((c) => c === text.replace(/ /g, '_'));
  const vehicleBorne = VEHICLE_BORNE.test(text);
  const grenade = GRENADE.test(text);
  const suicide = SUICIDE.test(text);
  let category: WeaponCategory | undefined = exact;
  if (category === undefined) {
    if (vehicleBorne || grenade) category = 'explosives';
    else category = RULES.find(([, re]) => re.test(text))?.[0];
  }
  return { category, grenade, suicide, vehicleBorne };
}
