import { foldLatin } from '../../text/fold-latin.js';
import { arabicKey } from '../../text/normalize-arabic.js';
import { displayText } from './actor-tokens.js';

const ar = (words: string): string[] => words.split(/\s+/).filter(Boolean).map(arabicKey);
const en = (words: string): string[] => words.split(/\s+/).filter(Boolean).map(foldLatin);

/** Words that describe a civilian: their trade or standing. */
const CIVILIAN = new Set([
  ...ar(
    'ناشط ناشطة الناشط الناشطة ناشطتان ناشطتين ناشطان الناشطان الناشطتان صحفي صحفية الصحفي الصحفية إعلامي إعلامية الإعلامي الإعلامية مراسل المراسل مراسلة طبيب طبيبة الطبيب الطبيبة الدكتور الدكتورة ممرض ممرضة الممرض الممرضة محامي محامية المحامي المحامية مدرس مدرسة المدرس المدرسة معلم معلمة المعلم المعلمة مهندس المهندس المهندسة طالب طالبة الطالب الطالبة الطفل الطفلة طفل طفلة المواطن المواطنة مواطن مواطنة المختار مختار الشيخ شيخ الوجيه وجيه عضو عضوة العضو العضوة الرئيس الرئيسة الرئيسة المشتركة موظف موظفة الموظف الموظفة عامل عاملة العامل العاملة مزارع المزارع راعي الراعي امرأة المرأة السيدة سيدة الفتاة فتاة الشاب شاب رجل الرجل المسن مسن مدني مدنية المدني المدنية إداري إدارية الإداري الإدارية المسؤول المسؤولة مسؤول مسؤولة رئيس التاجر تاجر الكاهن القس الإمام إمام خطيب الخطيب',
  ),
  ...en(
    'activist activists journalist journalists reporter correspondent doctor dr physician nurse lawyer teacher engineer student child boy girl woman man farmer shepherd civilian resident villager sheikh mukhtar member councillor councilor official employee worker co-chair cochair mayor chief head trader merchant priest imam cleric elder',
  ),
]);

/** Words that describe a member of state forces: soldiers, officers, ranks, police. */
const MILITARY = new Set([
  ...ar(
    'جندي جنديين جنديان الجندي المجند مجند عسكري العسكري عسكريين ضابط الضابط ضباط العقيد عقيد العميد عميد اللواء المقدم مقدم الرائد رائد النقيب نقيب الملازم ملازم الرقيب رقيب العريف عريف المساعد الطيار طيار الشرطي شرطي المتطوع',
  ),
  ...en('soldier soldiers officer officers colonel col general gen brigadier brig major maj captain capt lieutenant lt sergeant sgt corporal private pilot policeman policemen conscript'),
]);

/** Words that describe a member of an armed group, without saying which. */
const ARMED = new Set([
  ...ar(
    'القائد قائد القيادي قيادي القياديين عنصر العنصر عناصر العناصر مقاتل المقاتل المقاتلة مقاتلة مقاتلين مقاتلون المقاتلين المقاتلون المسلح مسلح المسلحين المسلحون مسلحين مسلحون الأمير أمير',
  ),
  ...en('fighter fighters militant militants commander emir gunman guard'),
]);

/** Words that may sit inside a description without being a name: "عضو مجلس محلي", "member of the local council". */
const FILLER = new Set([
  ...ar('مجلس المجلس مجالس محلي المحلي محلية المحلية في ب ضمن لدى السابق السابقة العام العامة المشترك المشتركة بلدية البلدية القرية قرية البلدة بلدة الحي من المكون العربي الكردي عربي كردي عربية كردية التابع التابعة'),
  ...en('of the a an local council city village town district former civil civic aid rights human municipal tribal arab kurdish in at'),
]);

/** Words that make a phrase the name of an organisation, not of a person. */
const ORGANISATION = new Set([
  ...ar(
    'قوات قوى جيش الجيش لواء ألوية فرقة الفرقة كتيبة كتائب حركة جبهة الجبهة هيئة تنظيم حزب ميليشيا مليشيا ميليشيات مليشيات فصيل فصائل مجموعة جماعة تجمع الحرس حرس وحدات الشرطة شرطة الأمن أمن مخابرات استخبارات إدارة الإدارة حكومة الحكومة وزارة تحالف التحالف عشيرة عشائر العشائر سرايا فيلق الفيلق اتحاد منظمة رابطة مكتب قيادة القيادة جهاز غرفة عمليات مقاومة لجان اللجان الدولة دولة مجلس المجلس',
  ),
  ...en(
    'forces force army brigade brigades division battalion regiment corps group front council party units unit movement organization organisation state militia militias police guard guards committee committees coalition government ministry administration office command service directorate agency tribe clan network cell cells operation room',
  ),
]);

const ARABIC = /[\u0600-\u06FF]/;

function wordKey(word: string): string {
  return ARABIC.test(word) ? arabicKey(word) : foldLatin(word);
}

/**
 * What words say a person is: a civilian, a member of state forces, or a member of some armed group.
 *
 * @example
 * ```ts
 * describePerson('عنصر'); //=> 'armed'
 * ```
 */
export type PersonStatus = 'civilian' | 'military' | 'armed';

/**
 * What a phrase says about a person.
 *
 * @example
 * ```ts
 * readPerson('Saada al-Hermas, an activist').status; //=> 'civilian'
 * ```
 */
export interface PersonReading {
  /** The name with the leading title words removed ("سعدة فيصل الهرماس"), or undefined when no name is left. */
  name: string | undefined;
  /** The title words found ("الناشطة", "عضو مجلس محلي"), as written. */
  title: string | undefined;
  /** `civilian`, `military` (state forces) or `armed` (some armed group) when the words say so. */
  status: PersonStatus | undefined;
  /** True when the name part reads as a personal name (no organisation words, no digits). */
  personal: boolean;
}

/**
 * Classifies words describing a person: `civilian` (activist, ناشطة, council member, عضو مجلس محلي),
 * `military` (soldier, officer, ضابط, جندي: state forces) or `armed` (fighter, commander, عنصر,
 * قيادي: a member of some armed group). Military words win over armed ones, and both over civilian.
 *
 * @example
 * ```ts
 * describePerson('ناشطة'); //=> 'civilian'
 * describePerson('ضابط في جيش النظام'); //=> 'military'
 * ```
 */
export function describePerson(text: string): PersonStatus | undefined {
  const keys = displayText(text).split(/[\s,،]+/).map(wordKey);
  const has = (set: Set<string>): boolean => keys.some((k) => set.has(k) || set.has(stripProclitic(k)));
  if (has(MILITARY)) return 'military';
  if (has(ARMED)) return 'armed';
  if (has(CIVILIAN)) return 'civilian';
  return undefined;
}

function isTitle(k: string): boolean {
  return CIVILIAN.has(k) || MILITARY.has(k) || ARMED.has(k);
}

function stripProclitic(k: string): string {
  return /^[وبل]\S{3,}/.test(k) ? k.slice(1) : k;
}

/**
 * Reads a phrase naming a person: leading title words ("الناشطة", "council member", "Col."),
 * then the name; an appositive after a comma ("Saada al-Hermas, an activist") counts as title.
 *
 * @example
 * ```ts
 * readPerson('الناشطة سعدة فيصل الهرماس');
 * //=> { name: 'سعدة فيصل الهرماس', title: 'الناشطة', status: 'civilian', personal: true }
 * ```
 */
export function readPerson(text: string): PersonReading {
  const display = displayText(text);
  const [head = '', ...rest] = display.split(/\s*[,،]\s*/);
  const words = head.split(' ').filter(Boolean);
  let i = 0;
  while (i < words.length - 1) {
    const k = wordKey(words[i] ?? '');
    if (isTitle(k) || (i > 0 && FILLER.has(k))) i++;
    else break;
  }
  // A lone word that is itself a title ("ناشطتان", "soldier") is all title.
  if (words.length === 1 && isTitle(wordKey(words[0] ?? ''))) i = 1;
  const titleWords = words.slice(0, i);
  const nameWords = words.slice(i);
  const appositive = rest.join('، ');
  const title = [titleWords.join(' '), appositive].filter((s) => s.length > 0).join('، ');
  const name = nameWords.length > 0 ? nameWords.join(' ') : undefined;
  const nameKeys = nameWords.map(wordKey);
  const personal =
    name !== undefined &&
    nameWords.length <= 6 &&
    !/\d/.test(name) &&
    !nameKeys.some((k) => ORGANISATION.has(k) || ORGANISATION.has(stripProclitic(k)) || isTitle(k)) &&
    (ARABIC.test(name) ? nameWords.length >= 2 : /^\p{Lu}/u.test(name));
  return { name, title: title.length > 0 ? title : undefined, status: title.length > 0 ? describePerson(title) : undefined, personal };
}

/**
 * A quick test: could the phrase start with a title or hold an appositive ("…, an activist")?
 * Only then is {@link readPerson} worth running before alias matching.
 *
 * @example
 * ```ts
 * mayBePerson('الناشطة سعدة فيصل الهرماس'); //=> true
 * mayBePerson('قوات سوريا الديمقراطية'); //=> false
 * ```
 */
export function mayBePerson(display: string): boolean {
  if (/[,،]/.test(display)) return true;
  const space = display.indexOf(' ');
  return isTitle(wordKey(space < 0 ? display : display.slice(0, space)));
}

/**
 * True when a phrase names an organisation ("لواء أحرار الفرات", "Free Euphrates Brigade"):
 * it holds a word such as قوات، لواء، جبهة، brigade, forces, front.
 *
 * @example
 * ```ts
 * looksLikeOrganisation('لواء أحرار الفرات'); //=> true
 * ```
 */
export function looksLikeOrganisation(text: string): boolean {
  return displayText(text)
    .split(/\s+/)
    .map(wordKey)
    .some((k) => ORGANISATION.has(k) || ORGANISATION.has(stripProclitic(k)));
}
