import { arabicKey, arabicPrefixVariants, hasArabic, normalizeArabic } from '../../text/normalize-arabic.js';

/**
 * What a place phrase says about its place: a bare `name`; the `countryside` around a town or
 * unit; `near` a place (also "east of X"); `between` two places; an administrative unit
 * (`admin`, "محافظة X", "X province"); a `settlement` ("مدينة X", "the town of X"); the `desert`
 * of a unit ("بادية حمص").
 *
 * @example
 * ```ts
 * const p: PlacePhrase = { type: 'countryside', name: 'دير الزور', settlementHint: true };
 * ```
 */
export type PlacePhrase =
  | { type: 'name'; name: string }
  | { type: 'countryside'; name: string; settlementHint: boolean }
  | { type: 'near'; name: string; relation: 'near' | 'direction' }
  | { type: 'between'; splits: [string, string][]; unit: 'admin1' | 'settlement' | undefined; descriptor?: string }
  | { type: 'admin'; level: 'admin1' | 'admin2' | 'admin3'; name: string }
  | { type: 'settlement'; name: string }
  | { type: 'desert'; name: string };

/**
 * A place phrase after cleaning: the phrase, the country named by an adjective or a trailing part
 * ("… السورية", "Hajin, Syria"), and further comma-separated parts that narrow the place down
 * ("Hajin, Deir ez-Zor").
 *
 * @example
 * ```ts
 * parsePlacePhrase('في ريف مدينة دير الزور السورية');
 * //=> { phrase: { type: 'countryside', name: 'دير الزور', settlementHint: true }, countryHint: 'SYR', context: [] }
 * ```
 */
export interface ParsedPlace {
  phrase: PlacePhrase;
  /** The cleaned text the phrase was read from. */
  cleaned: string;
  /** The first comma part without leading prepositions and articles: tried as a name first. */
  core: string;
  countryHint?: string;
  /** Other comma-separated parts, outermost last ("Deir ez-Zor", "Syria"). */
  context: string[];
}

const QUOTES = /[«»“”„"'‘’`´()[\]{}]/g;
const EDGE_PUNCT = /^[\s,.;:،؛!?؟\-–—]+|[\s,.;:،؛!?؟\-–—]+$/g;

/** Cleans a place phrase for parsing: Arabic display normalisation, quotes and edge punctuation removed, dashes between words made spaces. */
export function cleanPlaceText(text: string): string {
  let t = hasArabic(text) ? normalizeArabic(text) : text.normalize('NFC');
  t = t.replace(QUOTES, ' ').replace(/\s[-–—ـ]+\s/g, ' ').replace(/\s+/g, ' ');
  return t.replace(EDGE_PUNCT, '').trim();
}

// ------------------------------------------------------------------ Arabic

const AR_LEADING = new Set(['في', 'فى', 'الى', 'الي', 'من', 'عند', 'داخل', 'ضمن', 'نحو', 'علي', 'عبر', 'باتجاه', 'اتجاه', 'حتي', 'وفي', 'ومن', 'والى']);
const AR_NISBA: Readonly<Record<string, string>> = {
  السوريه: 'SYR', السوريتين: 'SYR', السوري: 'SYR', السوريين: 'SYR',
  العراقيه: 'IRQ', العراقيتين: 'IRQ', العراقي: 'IRQ',
  التركيه: 'TUR', الاردنيه: 'JOR', اللبنانيه: 'LBN', السعوديه: 'SAU', الايرانيه: 'IRN',
};
const AR_DIRECTION_ADJ = new Set(['الشرقي', 'الغربي', 'الشمالي', 'الجنوبي', 'الشرقيه', 'الغربيه', 'الشماليه', 'الجنوبيه', 'الشمالي الشرقي', 'الشمالي الغربي', 'الجنوبي الشرقي', 'الجنوبي الغربي']);
const AR_DIRECTIONS = new Set(['شرق', 'شرقي', 'غرب', 'غربي', 'شمال', 'شمالي', 'جنوب', 'جنوبي', 'شمال شرق', 'شمال غرب', 'جنوب شرق', 'جنوب غرب', 'شمال شرقي', 'شمال غربي', 'جنوب شرقي', 'جنوب غربي']);
const AR_NEAR_ONE = new Set(['قرب', 'بقرب', 'محيط', 'اطراف', 'ضواحي', 'جوار', 'مشارف', 'تخوم']);
const AR_NEAR_TWO = new Set(['القرب من', 'قرب من', 'مقربه من', 'مقربه', 'مسافه قريبه من']);
const AR_SETTLEMENT = new Set(['مدينه', 'بلده', 'قريه', 'بلدات', 'قري', 'مزرعه', 'حي', 'مخيم']);
const AR_ADMIN1 = new Set(['محافظه', 'ولايه']);
const AR_ADMIN2 = new Set(['قضاء', 'منطقه']);
const AR_ADMIN3 = new Set(['ناحيه']);
const AR_BETWEEN_UNIT: Readonly<Record<string, 'admin1' | 'settlement'>> = { محافظتي: 'admin1', محافظات: 'admin1', مدينتي: 'settlement', بلدتي: 'settlement', قريتي: 'settlement', مدن: 'settlement', بلدات: 'settlement' };

/** The forms a first word may take once one-letter prefixes (و ب ف ل ك) and the article are stripped. */
function arForms(word: string): string[] {
  return arabicPrefixVariants(arabicKey(word));
}
function arIs(word: string | undefined, set: ReadonlySet<string>): boolean {
  return word !== undefined && arForms(word).some((f) => set.has(f));
}

function stripArabicLeading(words: string[]): string[] {
  const out = [...words];
  while (out.length > 1 && AR_LEADING.has(arabicKey(out[0] ?? ''))) out.shift();
  return out;
}

function stripLatinLeading(text: string): string {
  let t = text;
  for (let i = 0; i < 3; i++) t = t.replace(EN_LEADING, '').replace(EN_THE, '');
  return t;
}

function parseArabic(input: string[]): { phrase: PlacePhrase; countryHint?: string } {
  let countryHint: string | undefined;
  const words = stripArabicLeading(input);
  // A trailing nisba (السورية, السوريتين) names the country; the words stay, the resolver drops them if it must.
  for (let i = words.length - 1; i > 0 && countryHint === undefined; i--) {
    const w = arabicKey(words[i] ?? '');
    if (AR_NISBA[w] !== undefined) countryHint = AR_NISBA[w];
    else if (!AR_DIRECTION_ADJ.has(w)) break;
  }
  const rest = (n: number): string => words.slice(n).join(' ');
  const hint = countryHint === undefined ? {} : { countryHint };

  // "… بين محافظتي A و B": keep what comes before بين as a descriptor.
  const betweenAt = words.findIndex((w) => arForms(w).includes('بين'));
  if (betweenAt >= 0 && words.length - betweenAt >= 3) {
    const descriptor = words.slice(0, betweenAt).join(' ');
    let start = betweenAt + 1;
    const unit = AR_BETWEEN_UNIT[arabicKey(words[start] ?? '')];
    if (unit !== undefined) start++;
    const tail = words.slice(start);
    const splits: [string, string][] = [];
    for (let i = 1; i < tail.length; i++) {
      const w = tail[i] ?? '';
      if (w === 'و' && i + 1 < tail.length) splits.push([tail.slice(0, i).join(' '), tail.slice(i + 1).join(' ')]);
      else if (w.startsWith('و') && w.length > 2) splits.push([tail.slice(0, i).join(' '), [w.slice(1), ...tail.slice(i + 1)].join(' ')]);
    }
    if (splits.length > 0) {
      const phrase: PlacePhrase = { type: 'between', splits, unit, ...(descriptor.length > 0 ? { descriptor } : {}) };
      return { phrase, ...hint };
    }
  }

  const first = words[0];
  const two = words.length > 2 ? arabicKey(words.slice(0, 2).join(' ')) : '';
  // ريف / الريف [مدينة|محافظة] X
  if (words.length > 1 && arIs(first, new Set(['ريف', 'ارياف']))) {
    const settlementHint = arIs(words[1], AR_SETTLEMENT);
    const skip = settlementHint || arIs(words[1], AR_ADMIN1) ? 2 : 1;
    if (words.length > skip) return { phrase: { type: 'countryside', name: rest(skip), settlementHint }, ...hint };
  }
  // بالقرب من X / قرب X / على مقربة من X / في محيط X / أطراف X
  if (words.length > 2 && [...arForms(words[0] ?? '')].some((f) => AR_NEAR_TWO.has(`${f} ${arabicKey(words[1] ?? '')}`))) {
    return { phrase: { type: 'near', name: rest(2), relation: 'near' }, ...hint };
  }
  if (words.length > 1 && arIs(first, AR_NEAR_ONE)) {
    const skip = arabicKey(words[1] ?? '') === 'من' ? 2 : 1;
    if (words.length > skip) return { phrase: { type: 'near', name: rest(skip), relation: 'near' }, ...hint };
  }
  // شرق X / جنوب شرق X / شمالي X
  if (words.length > 2 && AR_DIRECTIONS.has(two)) return { phrase: { type: 'near', name: rest(2), relation: 'direction' }, ...hint };
  if (words.length > 1 && arIs(first, AR_DIRECTIONS)) return { phrase: { type: 'near', name: rest(1), relation: 'direction' }, ...hint };
  // بادية X / صحراء X
  if (words.length > 1 && arIs(first, new Set(['باديه', 'صحراء']))) return { phrase: { type: 'desert', name: rest(1) }, ...hint };
  // محافظة X / قضاء X / ناحية X
  if (words.length > 1 && arIs(first, AR_ADMIN1)) return { phrase: { type: 'admin', level: 'admin1', name: rest(1) }, ...hint };
  if (words.length > 1 && arIs(first, AR_ADMIN2)) return { phrase: { type: 'admin', level: 'admin2', name: rest(1) }, ...hint };
  if (words.length > 1 && arIs(first, AR_ADMIN3)) return { phrase: { type: 'admin', level: 'admin3', name: rest(1) }, ...hint };
  // مدينة X / بلدة X / قرية X
  if (words.length > 1 && arIs(first, AR_SETTLEMENT)) return { phrase: { type: 'settlement', name: rest(1) }, ...hint };
  return { phrase: { type: 'name', name: words.join(' ') }, ...hint };
}

// ------------------------------------------------------------------ English (and other Latin script)

const DIRECTION = '(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)';
const EN_LEADING = /^(?:in|at|from|to|into|inside|within|on|across|throughout|towards?)\s+/i;
const EN_THE = /^the\s+/i;
const EN_NEAR = /^(?:near|nearby|close to|around|outside|just outside|on the outskirts of|the outskirts of|outskirts of|in the vicinity of|the vicinity of|vicinity of|the environs of|environs of|in the area of|the area of|the surroundings of|surroundings of)\s+(.+)$/i;
const EN_DIRECTION_OF = new RegExp(`^(?:\\d+(?:[.,]\\d+)?\\s*(?:km|kilometres|kilometers|miles?)\\s+)?${DIRECTION}(?:ern)?\\s+of\\s+(.+)$`, 'i');
const EN_DIRECTION_ADJ = new RegExp(`^${DIRECTION}(?:ern)?\\s+(.+)$`, 'i');
const EN_COUNTRYSIDE_OF = /^(?:rural areas of|the countryside of|countryside of|the rural areas of|rural)\s+(.+)$/i;
const EN_COUNTRYSIDE = /^(.+?)(?:'s|’s)?\s+(?:countryside|rural areas|hinterland|suburbs)$/i;
const EN_BETWEEN = /^between\s+(?:the\s+)?(?:(governorates|provinces|cities|towns|villages)\s+of\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?)(?:\s+(governorates|provinces|cities|towns|villages))?$/i;
const EN_ADMIN1 = /^(.+?)\s+(?:governorate|governorates|province|provinces|muhafazah|muhafaza|governate)$/i;
const EN_ADMIN1_OF = /^(?:governorate|province)\s+of\s+(.+)$/i;
const EN_ADMIN2 = /^(.+?)\s+(?:district|qada|qadaa|mintaqa)$/i;
const EN_ADMIN2_OF = /^district\s+of\s+(.+)$/i;
const EN_ADMIN3 = /^(.+?)\s+(?:sub-?district|nahiya|nahiyah|nahia)$/i;
const EN_SETTLEMENT_OF = /^(?:the\s+)?(?:city|town|village|camp|hamlet)\s+of\s+(.+)$/i;
const EN_SETTLEMENT = /^(.+?)\s+(?:city|town|village)$/i;
const EN_DESERT = /^(.+?)\s+(?:desert|badia|badiya)$/i;
const EN_DESERT_OF = /^(?:the\s+)?desert\s+of\s+(.+)$/i;
const EN_COUNTRY_ADJ: Readonly<Record<string, string>> = { syrian: 'SYR', iraqi: 'IRQ', turkish: 'TUR', jordanian: 'JOR', lebanese: 'LBN' };
const EN_POSSESSIVE = /^(syria|iraq|turkey|jordan|lebanon)(?:'s|’s)\s+(.+)$/i;
const EN_POSSESSIVE_ISO: Readonly<Record<string, string>> = { syria: 'SYR', iraq: 'IRQ', turkey: 'TUR', jordan: 'JOR', lebanon: 'LBN' };

function parseLatin(input: string): { phrase: PlacePhrase; countryHint?: string } {
  let t = stripLatinLeading(input);
  let countryHint: string | undefined;
  const possessive = EN_POSSESSIVE.exec(t);
  if (possessive !== null) {
    countryHint = EN_POSSESSIVE_ISO[(possessive[1] ?? '').toLowerCase()];
    t = possessive[2] ?? t;
  }
  const adj = /^(syrian|iraqi|turkish|jordanian|lebanese)\s+(?=(?:city|town|village|province|governorate|desert|border|countryside)\b)/i.exec(t);
  if (adj !== null && !/\b(?:desert|border)\b/i.test(t.slice(adj[0].length, adj[0].length + 8))) {
    countryHint = EN_COUNTRY_ADJ[(adj[1] ?? '').toLowerCase()];
    t = t.slice(adj[0].length);
  }
  const hint = countryHint === undefined ? {} : { countryHint };
  let m: RegExpExecArray | null;
  if ((m = EN_BETWEEN.exec(t)) !== null) {
    const unitWord = (m[1] ?? m[4] ?? '').toLowerCase();
    const unit = /governorates|provinces/.test(unitWord) ? 'admin1' : unitWord.length > 0 ? 'settlement' : undefined;
    return { phrase: { type: 'between', splits: [[m[2] ?? '', m[3] ?? '']], unit }, ...hint };
  }
  if ((m = EN_NEAR.exec(t)) !== null) return { phrase: { type: 'near', name: strip(m[1]), relation: 'near' }, ...hint };
  if ((m = EN_DIRECTION_OF.exec(t)) !== null) return { phrase: { type: 'near', name: strip(m[1]), relation: 'direction' }, ...hint };
  if ((m = EN_COUNTRYSIDE_OF.exec(t)) !== null) return { phrase: { type: 'countryside', name: strip(m[1]), settlementHint: false }, ...hint };
  if ((m = EN_COUNTRYSIDE.exec(t)) !== null) {
      return { phrase: { type: 'countryside', name: strip(m[1]), settlementHint: false }, ...hint };
  }
  if ((m = EN_ADMIN1_OF.exec(t) ?? EN_ADMIN1.exec(t)) !== null) return { phrase: { type: 'admin', level: 'admin1', name: strip(m[1]) }, ...hint };
  if ((m = EN_ADMIN3.exec(t)) !== null) return { phrase: { type: 'admin', level: 'admin3', name: strip(m[1]) }, ...hint };
  if ((m = EN_ADMIN2_OF.exec(t) ?? EN_ADMIN2.exec(t)) !== null) return { phrase: { type: 'admin', level: 'admin2', name: strip(m[1]) }, ...hint };
  if ((m = EN_SETTLEMENT_OF.exec(t) ?? EN_SETTLEMENT.exec(t)) !== null) return { phrase: { type: 'settlement', name: strip(m[1]) }, ...hint };
  if ((m = EN_DESERT_OF.exec(t) ?? EN_DESERT.exec(t)) !== null) return { phrase: { type: 'desert', name: strip(m[1]) }, ...hint };
  return { phrase: { type: 'name', name: t }, ...hint };
}

/**
 * Shorter forms of a place name to try when the name itself is not in the gazetteer: trailing
 * Arabic adjectives of country or direction dropped one by one ("دير الزور الشرقي السورية" →
 * "دير الزور الشرقي" → "دير الزور"), a leading English direction adjective dropped ("eastern
 * Deir ez-Zor" → "Deir ez-Zor"). The name itself comes first.
 *
 * @example
 * ```ts
 * nameVariants('حمص السوريتين'); //=> ['حمص السوريتين', 'حمص']
 * ```
 */
export function nameVariants(name: string): string[] {
  const out = [name];
  if (hasArabic(name)) {
    const words = name.split(' ');
    // "بلدة ذيبان" after "قرب": the settlement word is not part of the name.
    if (words.length > 1 && arIs(words[0], AR_SETTLEMENT)) {
      words.shift();
      out.push(words.join(' '));
    }
    while (words.length > 1) {
      const last = arabicKey(words[words.length - 1] ?? '');
      if (AR_NISBA[last] === undefined && !AR_DIRECTION_ADJ.has(last)) break;
      words.pop();
      out.push(words.join(' '));
    }
  } else {
    const settlement = EN_SETTLEMENT_OF.exec(name);
    if (settlement?.[1] !== undefined) out.push(settlement[1]);
    const m = EN_DIRECTION_ADJ.exec(name);
    if (m?.[1] !== undefined) out.push(m[1]);
    const adj = /^(?:syrian|iraqi|turkish|jordanian|lebanese)\s+(.+)$/i.exec(name);
    if (adj?.[1] !== undefined) out.push(adj[1]);
  }
  return out;
}

function strip(s: string | undefined): string {
  return (s ?? '').replace(EN_THE, '').trim();
}

/**
 * Reads a place phrase of a report, in Arabic or English: strips leading prepositions (في، ب،
 * الى، من, in, at, the…), reads country adjectives (السورية, Syrian) and trailing comma parts
 * ("Hajin, Syria") as hints, and recognises the constructions that set precision ("ريف X",
 * "X countryside", "near X", "بين محافظتي A و B", "محافظة X", "X province", "بادية X").
 *
 * @example
 * ```ts
 * parsePlacePhrase('بالقرب من الحدود العراقية ـ السورية').phrase;
 * //=> { type: 'near', name: 'الحدود العراقية السورية', relation: 'near' }
 * parsePlacePhrase('Deir ez-Zor countryside').phrase;
 * //=> { type: 'countryside', name: 'Deir ez-Zor', settlementHint: false }
 * ```
 */
export function parsePlacePhrase(text: string): ParsedPlace {
  const cleaned = cleanPlaceText(text);
  const parts = cleaned.split(/\s*[,،]\s*/).filter((p) => p.length > 0);
  const head = parts[0] ?? cleaned;
  const context = parts.slice(1);
  const parsed = hasArabic(head) ? parseArabic(head.split(' ')) : parseLatin(head);
  const core = hasArabic(head) ? stripArabicLeading(head.split(' ')).join(' ') : stripLatinLeading(head);
  const out: ParsedPlace = { phrase: parsed.phrase, cleaned, core, context };
  if (parsed.countryHint !== undefined) out.countryHint = parsed.countryHint;
  return out;
}
