import { foldLatin } from '../../text/fold-latin.js';
import { arabicKey } from '../../text/normalize-arabic.js';
import { type ActorToken, actorTokens } from './actor-tokens.js';

const ar = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(arabicKey));
const en = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(foldLatin));

// Words naming members or parts of a group, before the group: "عناصر التنظيم", "members of the group".
const MEMBERS_AR = ar('عناصر عنصر مقاتلي مقاتلو مقاتل مسلحي مسلحو بقايا خلايا خلية فلول أفراد افراد قادة قيادات قيادي أمير أمراء مجموعة مجموعات صفوف جنود جنديين ضباط عسكريي دورية دوريات');
const MEMBERS_EN = en('members member fighters fighter remnants remnant cells cell elements element leaders leader ranks units unit soldiers troops personnel militiamen patrol patrols of');
const DEMONSTRATIVES_AR = ar('هذا هذه ذلك تلك هؤلاء أولئك');
const DETERMINERS_EN = en('the this that these those its their said');
// Definite heads that point back to a group named earlier.
const HEADS_AR = ar(
  'التنظيم الجماعة المجموعة المجموعات الفصيل الفصائل الميليشيا المليشيا الميليشيات المليشيات المسلحون المسلحين الإرهابيون الإرهابيين الارهابيين المتطرفون المتطرفين الجهاديون الجهاديين المتشددون المتشددين المهاجمون المهاجمين المهاجم الخلية الخلايا العصابة العصابات الحركة الهيئة الحزب القوات الجيش المقاتلون المقاتلين المتمردون المتمردين التكفيريون التكفيريين الدواعش الجنود العناصر',
);
const HEADS_EN = en(
  'group groups organization organisation soldiers troops militants militant jihadists jihadist extremists extremist terrorists terrorist attackers attacker gunmen gunman assailants assailant militia militias insurgents insurgent rebels faction factions cell cells fighters movement forces army outfit',
);
// Words that may follow (Arabic) or precede (English) the head without naming anyone.
const MODIFIERS_AR = ar(
  'المتطرف المتطرفة المتطرفين الإرهابي الإرهابية الإرهابيين المتشدد المتشددة الجهادي الجهادية المسلح المسلحة المسلحين التكفيري التكفيرية المذكور المذكورة نفسه نفسها ذاته ذاتها الأخرى الآخر المهاجمة المتمرد المتمردة المتطرّف',
);
const MODIFIERS_EN = en('extremist terrorist jihadist militant armed radical islamist insurgent rebel same aforementioned itself themselves whole');
// Bare words that point back without a determiner: "militants", "jihadists".
const BARE_EN = en('militants jihadists extremists insurgents terrorists');

/**
 * True when the text only points back to an actor named elsewhere: "التنظيم", "التنظيم المتطرّف",
 * "عناصر التنظيم", "هذه الجماعة", "the group", "the extremist group", "members of the
 * organisation", "militants". The assembler links such a reference to an annotated antecedent;
 * {@link resolveActor} does not guess one. Indefinite phrases ("تنظيم متطرف", "an armed group")
 * and phrases with a name ("تنظيم داعش") are not generic references.
 *
 * @example
 * ```ts
 * isGenericReference('التنظيم المتطرّف'); //=> true
 * isGenericReference('the group'); //=> true
 * isGenericReference('تنظيم داعش'); //=> false
 * ```
 */
export function isGenericReference(text: string): boolean {
  if (typeof text !== 'string') return false;
  return isGenericTokens(actorTokens(text));
}

/**
 * @internal {@link isGenericReference} on tokens already made.
 *
 * @example
 * ```ts
 * isGenericTokens(actorTokens('عناصر التنظيم')); //=> true
 * ```
 */
export function isGenericTokens(tokens: readonly ActorToken[]): boolean {
  if (tokens.length === 0) return false;
  const arabic = tokens.filter((t) => t.arabic).length * 2 >= tokens.length;
  let i = 0;
  if (arabic) {
    while (i < tokens.length - 1 && (MEMBERS_AR.has(key(tokens, i)) || DEMONSTRATIVES_AR.has(key(tokens, i)))) i++;
    if (!HEADS_AR.has(stripConjunction(key(tokens, i)))) return false;
    i++;
    while (i < tokens.length && MODIFIERS_AR.has(key(tokens, i))) i++;
    return i === tokens.length;
  }
  while (i < tokens.length - 1 && MEMBERS_EN.has(key(tokens, i))) i++;
  const determined = DETERMINERS_EN.has(key(tokens, i));
  if (determined) i++;
  while (i < tokens.length - 1 && MODIFIERS_EN.has(key(tokens, i))) i++;
  const head = key(tokens, i);
  if (!(determined ? HEADS_EN.has(head) : BARE_EN.has(head))) return false;
  i++;
  while (i < tokens.length && MODIFIERS_EN.has(key(tokens, i))) i++;
  return i === tokens.length;
}

/**
 * @internal True for words around a name that do not change who is named: member words
 * ("عناصر", "members"), demonstratives and modifiers ("الإرهابي", "المتطرّف", "extremist").
 *
 * @example
 * ```ts
 * actorTokens('عناصر تنظيم داعش الإرهابي').map(isNoiseToken); //=> [true, false, false, true]
 * ```
 */
export function isNoiseToken(token: ActorToken): boolean {
  return token.arabic
    ? MEMBERS_AR.has(token.key) || MODIFIERS_AR.has(token.key) || DEMONSTRATIVES_AR.has(token.key)
    : MEMBERS_EN.has(token.key) || MODIFIERS_EN.has(token.key) || DETERMINERS_EN.has(token.key);
}

function key(tokens: readonly ActorToken[], i: number): string {
  return tokens[i]?.key ?? '';
}

/** "والتنظيم", "بالتنظيم", "للتنظيم" → "التنظيم". */
function stripConjunction(k: string): string {
  if (/^(?:و|ف|ب)ال/.test(k)) return k.slice(1);
  if (k.startsWith('وبال') || k.startsWith('فبال')) return k.slice(2);
  if (k.startsWith('لل')) return `ال${k.slice(2)}`;
  return k;
}
