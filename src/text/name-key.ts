import { latinSkeleton } from './fold-latin.js';
import { arabicKey } from './normalize-arabic.js';

/**
 * Arabic letters mapped to the consonant classes of {@link latinSkeleton}, following the usual
 * news transliterations: ث → t (th), خ → h (kh), ذ/ظ → z (dh, dh), ش → s (sh), ص → s, ض → d,
 * ط → t, غ → g (gh), ق → k (q). Long vowels, ع and hamza vanish inside words, as Latin vowels do
 * in the skeleton.
 */
const CONSONANT: Readonly<Record<string, string>> = {
  ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'h', د: 'd', ذ: 'z', ر: 'r', ز: 'z', س: 's', ش: 's',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', غ: 'g', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  پ: 'b', چ: 'j', گ: 'g', ڤ: 'f',
};
const WORD_INITIAL_VOWEL = new Set(['ا', 'ع', 'و', 'ي']);

function arabicWordSkeleton(word: string): string {
  let w = word;
  if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w.charAt(i);
    if (i === 0 && WORD_INITIAL_VOWEL.has(ch)) {
      out += 'a';
      continue;
    }
    const c = CONSONANT[ch];
    // A final ه is usually a taa marbuta (arabicKey folds ة → ه): "Raqqa", not "Raqqah".
    if (c !== undefined && !(c === 'h' && i === w.length - 1 && w.length > 2)) out += c;
  }
  return out.replace(/([a-z])\1+/g, '$1');
}

/**
 * A key for personal and place names that is the same in Arabic and Latin script: the consonant
 * skeleton of each word. `سعدة فيصل الهرماس` and `Saada Faisal al-Hermas` both become
 * `sd fsl hrms`. Use it to decide whether an Arabic and an English report name the same person;
 * it is a loose key: compare whole names, not single short words.
 *
 * @example
 * ```ts
 * nameSkeleton('هند لطيف الخضير') === nameSkeleton('Hind Latif al-Khudair'); //=> true
 * ```
 */
export function nameSkeleton(text: string): string {
  const arabic = /[\u0600-\u06FF]/.test(text);
  if (!arabic) return latinSkeleton(text);
  return arabicKey(text)
    .split(' ')
    .filter((w) => w.length > 0)
    .map(arabicWordSkeleton)
    .filter((w) => w.length > 0)
    .join(' ');
}

/**
 * How alike two names are, from 0 to 1, by their skeletons: the share of words (by skeleton) they
 * have in common, relative to the shorter name. `Saada al-Hermas` against `سعدة فيصل الهرماس`
 * gives 1 (both of the shorter name's words are in the longer one).
 *
 * @example
 * ```ts
 * nameSimilarity('Saada Faisal al-Hermas', 'سعدة فيصل الهرماس'); //=> 1
 * nameSimilarity('Hind al-Khudair', 'Saada al-Hermas'); //=> 0
 * ```
 */
export function nameSimilarity(a: string, b: string): number {
  const wa = nameSkeleton(a).split(' ').filter((w) => w.length > 0);
  const wb = new Set(nameSkeleton(b).split(' ').filter((w) => w.length > 0));
  if (wa.length === 0 || wb.size === 0) return 0;
  let shared = 0;
  const seen = new Set<string>();
  for (const w of wa) {
    if (wb.has(w) && !seen.has(w)) {
      shared++;
      seen.add(w);
    }
  }
  return shared / Math.min(new Set(wa).size, wb.size);
}
