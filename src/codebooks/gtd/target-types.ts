import type { Actor, ActorKind } from '../../schema/actor.js';
import { arabicKey } from '../../text/normalize-arabic.js';

/**
 * GTD `targtype1`–`3` code (1–22).
 *
 * @example
 * ```ts
 * const t: GtdTargetTypeCode = toGtdTargetType({ name: 'Police Forces of Iraq (2020-)', kind: 'state_forces' }); //=> 3
 * ```
 */
export type GtdTargetTypeCode =
  | 1
  | 2
  | 3
  | 4
  | 5
  | 6
  | 7
  | 8
  | 9
  | 10
  | 11
  | 12
  | 13
  | 14
  | 15
  | 16
  | 17
  | 18
  | 19
  | 20
  | 21
  | 22;

/**
 * One GTD target type and the actor kind of a target of that type.
 *
 * @example
 * ```ts
 * const e: GtdTargetTypeEntry | undefined = GTD_TARGET_TYPES[9]; // Journalists & Media
 * ```
 */
export interface GtdTargetTypeEntry {
  readonly code: GtdTargetTypeCode;
  /** `targtype1_txt` (codebook notes §3.2; exact strings [M]). */
  readonly label: string;
  /**
   * Our actor kind for a target of this type: people and their property are `civilians`
   * (officials, diplomats and journalists are unarmed, as ACLED codes them); police and military
   * are `state_forces`; violent political parties `political_militia`; infrastructure, "Other",
   * "Unknown" and non-state militias (rebel or militia, GTD does not say) have none.
   */
  readonly kind: ActorKind | undefined;
}

/**
 * The 22 GTD target types in code order, with the actor kind each implies.
 *
 * @example
 * ```ts
 * GTD_TARGET_TYPES[3]; //=> { code: 4, label: 'Military', kind: 'state_forces' }
 * ```
 */
export const GTD_TARGET_TYPES: readonly GtdTargetTypeEntry[] = [
  { code: 1, label: 'Business', kind: 'civilians' },
  { code: 2, label: 'Government (General)', kind: 'civilians' },
  { code: 3, label: 'Police', kind: 'state_forces' },
  { code: 4, label: 'Military', kind: 'state_forces' },
  { code: 5, label: 'Abortion Related', kind: 'civilians' },
  { code: 6, label: 'Airports & Aircraft', kind: undefined },
  { code: 7, label: 'Government (Diplomatic)', kind: 'civilians' },
  { code: 8, label: 'Educational Institution', kind: 'civilians' },
  { code: 9, label: 'Food or Water Supply', kind: undefined },
  { code: 10, label: 'Journalists & Media', kind: 'civilians' },
  { code: 11, label: 'Maritime', kind: undefined },
  { code: 12, label: 'NGO', kind: 'civilians' },
  { code: 13, label: 'Other', kind: undefined },
  { code: 14, label: 'Private Citizens & Property', kind: 'civilians' },
  { code: 15, label: 'Religious Figures/Institutions', kind: 'civilians' },
  { code: 16, label: 'Telecommunication', kind: undefined },
  { code: 17, label: 'Terrorists/Non-State Militia', kind: undefined },
  { code: 18, label: 'Tourists', kind: 'civilians' },
  { code: 19, label: 'Transportation', kind: undefined },
  { code: 20, label: 'Unknown', kind: undefined },
  { code: 21, label: 'Utilities', kind: undefined },
  { code: 22, label: 'Violent Political Party', kind: 'political_militia' },
];

/**
 * What a GTD target type says about a target: its kind and a description (the type's label).
 *
 * @example
 * ```ts
 * fromGtdTargetType(10); //=> { kind: 'civilians', description: 'Journalists & Media' }
 * ```
 */
export function fromGtdTargetType(code: number): { kind: ActorKind | undefined; description: string } | undefined {
  const e = GTD_TARGET_TYPES.find((t) => t.code === code);
  return e === undefined ? undefined : { kind: e.kind, description: e.label };
}

// Words in an actor's description or name, English or Arabic (reduced with arabicKey), that point
// to a target type. First match wins, so specific types come before general ones.
const WORDS: readonly [GtdTargetTypeCode, RegExp][] = [
  [10, /\bjournalists?\b|\breporters?\b|\bmedia\b|\bcorrespondents?\b|\bphotographers?\b|\bcameram[ae]n\b|صحفي|اعلامي|مراسل|مصور/],
  [7, /\bdiplomat|\bembass|\bconsul|\bambassador|سفير|سفاره|دبلوماسي|قنصل/],
  [15, /\bimam\b|\bcleric|\bpriest|\bsheikh\b|\bmosque|\bchurch|\bmonk\b|\bbishop|\bmufti\b|\breligious\b|امام|خطيب|شيخ|مسجد|كنيسه|رجل دين|مفتي|قس/],
  [12, /\bngo\b|\baid workers?\b|\bhumanitarian\b|\bred cross\b|\bred crescent\b|\brelief\b|منظمه|اغاثه|انساني|الهلال الاحمر|الصليب الاحمر/],
  [8, /\bteachers?\b|\bstudents?\b|\bschools?\b|\buniversit|\bprofessors?\b|\beducat|معلم|مدرس|طالب|طلاب|مدرسه|جامعه|استاذ/],
  [18, /\btourists?\b|سائح|سياح/],
  [3, /\bpolice|\bpolicem[ae]n\b|\bgendarm|\bcheckpoint police|شرطه|شرطي|امن داخلي|الاسايش|اسايش/],
  [4, /\bsoldiers?\b|\barmy\b|\bmilitary\b|\bofficers?\b|\btroops\b|\bforces\b|جندي|جنود|عسكري|ضابط|الجيش|قوات/],
  [22, /\bparty militia|\bviolent political party/],
  [17, /\bmilitants?\b|\bmilitia|\binsurgents?\b|\brebels?\b|\bfighters?\b|مسلح|ميليشي|مليشي|مقاتل|فصيل/],
  [
    2,
    /\bofficials?\b|\bgovernor\b|\bmayor\b|\bminister\b|\bmp\b|\bparliament|\bcouncil|\bjudge\b|\bcandidate\b|\bpolitician|\bmukhtar\b|\bgovernment\b|مسؤول|محافظ|رئيس بلديه|وزير|نائب|برلمان|مجلس|قاضي|مختار|مرشح|سياسي|حكومي/,
  ],
  [1, /\bbusiness|\bshops?\b|\bshopkeepers?\b|\bmerchant|\btraders?\b|\bcompany\b|\bbank\b|\bhotel|\brestaurant|تاجر|محل|شركه|مصرف|بنك|فندق|مطعم/],
  [19, /\bbus\b|\btrain\b|\bconvoy\b|\bhighway\b|\btrucks?\b|\bdrivers?\b|حافله|قطار|سائق|شاحنه/],
  [21, /\bpower (line|station|plant)|\belectric|\bpipeline\b|\bgas station\b|\butilit|كهرباء|انابيب|خط غاز/],
  [16, /\btelecom|\bcell tower|\bradio station|اتصالات|برج/],
  [6, /\bairport|\baircraft\b|\bairplane|مطار|طائره مدنيه/],
  [11, /\bport\b|\bship\b|\bvessel|\bmaritime|ميناء|سفينه/],
  [9, /\bwater supply|\bfood supply|\bwell\b|مياه|بئر/],
];

/**
 * The GTD target type of a target actor. Non-state armed actors (rebel groups, militias) are 17
 * (Terrorists/Non-State Militia). State and external forces are 3 (Police) when their name or
 * description says police, else 4 (Military). For anyone else the words of the description and
 * name decide (journalist → 10, diplomat → 7, cleric → 15, aid worker → 12, teacher or student
 * → 8, tourist → 18, police → 3, soldier → 4, militant → 17, official or council member → 2,
 * business → 1, bus or convoy → 19, in English or Arabic); failing that civilians, protesters
 * and rioters are 14 (Private Citizens & Property) and an actor of unknown kind 20 (Unknown).
 *
 * @example
 * ```ts
 * toGtdTargetType({ name: 'Saada Faisal al-Hermas', kind: 'civilians', description: 'activist' }); //=> 14
 * toGtdTargetType({ name: 'Ahmad', description: 'عضو المجلس المحلي' }); //=> 2
 * toGtdTargetType({ name: 'Police Forces of Iraq (2020-)', kind: 'state_forces' }); //=> 3
 * toGtdTargetType({ name: 'Syrian Democratic Forces', kind: 'rebel_group' }); //=> 17
 * ```
 */
export function toGtdTargetType(actor: Pick<Actor, 'name'> & Partial<Pick<Actor, 'kind' | 'description'>>): GtdTargetTypeCode {
  const text = arabicKey(`${actor.description ?? ''} ${actor.name}`.toLowerCase());
  switch (actor.kind) {
    case 'rebel_group':
    case 'political_militia':
    case 'identity_militia':
      return 17;
    case 'state_forces':
    case 'external_other':
      return (WORDS.find(([code]) => code === 3)?.[1].test(text) ?? false) ? 3 : 4;
    default: {
      const match = WORDS.find(([, re]) => re.test(text));
      if (match !== undefined) return match[0];
      return actor.kind === undefined ? 20 : 14;
    }
  }
}
