import { arabicPrefixVariants } from '../../text/normalize-arabic.js';
import { type ActorRecord, checkActorRecord } from './actor-record.js';
import { type ActorToken, actorTokens, aliasTokens, skeletonKey } from './actor-tokens.js';

/**
 * A set of canonical actors with a matching index over their aliases. Make one with
 * {@link createActorRegistry}, {@link loadActorRegistry} or {@link builtinActorRegistry}, and layer
 * yours over the built-in one with {@link composeActorRegistries}.
 *
 * @example
 * ```ts
 * const registry = builtinActorRegistry();
 * registry.get('sdf')?.acledName; //=> 'QSD: Syrian Democratic Forces'
 * registry.byWikidata('Q2429253')?.id; //=> 'isis'
 * registry.find('هاجم تنظيم داعش مواقع لقوات سوريا الديمقراطية').map((m) => m.id); //=> ['isis', 'sdf']
 * ```
 */
export interface ActorRegistry {
  /** Number of records. */
  readonly size: number;
  /** The record with this id. */
  get(id: string): ActorRecord | undefined;
  /** The record with this Wikidata id (`Q…`, with or without a `wd:` prefix). */
  byWikidata(qid: string): ActorRecord | undefined;
  /** The record with this ACLED actor name ("QSD: Syrian Democratic Forces", "Civilians (Syria)"), or with an alias written exactly so (a former ACLED name). */
  byAcledName(name: string): ActorRecord | undefined;
  /** Every record, in registry order. */
  records(): readonly ActorRecord[];
  /** The chain of parents of a record, nearest first (YPG → SDF → AANES). Missing parents end the chain. */
  ancestors(id: string): ActorRecord[];
  /** The actors named in a longer text: the longest alias at each place, without overlaps, in text order. */
  find(text: string): ActorMention[];
}

/**
 * An actor named in a text, as found by {@link ActorRegistry.find}.
 *
 * @example
 * ```ts
 * builtinActorRegistry().find('بقايا داعش')[0];
 * //=> { id: 'isis', ids: ['isis'], alias: 'داعش', words: [1, 2], via: 'alias' }
 * ```
 */
export interface ActorMention {
  /** Record id. When the alias belongs to several records, the first; see `ids`. */
  id: string;
  /** Every record the alias belongs to (more than one means the alias is ambiguous). */
  ids: string[];
  /** The alias that matched, as written in the record. */
  alias: string;
  /** Index of the first and one past the last word of the text that matched (words of the normalised phrase, with quotes and punctuation dropped and transliterated Arabic articles removed). */
  words: [number, number];
  /** `alias` (exact key), `skeleton` (looser Latin spelling), `adjective` ("التركي", "Turkish"). */
  via: 'alias' | 'skeleton' | 'adjective';
}

interface AliasEntry {
  id: string;
  alias: string;
  /** Per token: must the text word be in capitals. */
  strict: boolean[];
  layer: number;
}

interface KeyIndex {
  map: Map<string, AliasEntry[]>;
  /** First word of each key → the largest number of words of a key starting with it. */
  first: Map<string, number>;
  maxTokens: number;
}

/**
 * @internal The matching index behind a registry.
 *
 * @example
 * ```ts
 * actorIndex(builtinActorRegistry()).alias.map.get('قسد')?.[0]?.id; //=> 'sdf'
 * ```
 */
export interface ActorIndex {
  alias: KeyIndex;
  skeleton: KeyIndex;
  adjective: KeyIndex;
}

const indexes = new WeakMap<ActorRegistry, ActorIndex>();

/**
 * @internal The index of a registry made by this module.
 *
 * @example
 * ```ts
 * matchTokens(actorIndex(builtinActorRegistry()), actorTokens('قسد'));
 * ```
 */
export function actorIndex(registry: ActorRegistry): ActorIndex {
  const index = indexes.get(registry);
  if (index !== undefined) return index;
  // A registry implemented elsewhere: index its records.
  const built = buildIndex([registry.records()]);
  indexes.set(registry, built);
  return built;
}

/**
 * Makes a registry from records. Records are checked: an invalid record or a repeated id is a
 * programmer error and throws a `TypeError` naming the record (use {@link loadActorRegistry} for
 * records from files, which reports problems as issues instead). When two records share an alias,
 * the alias is ambiguous and {@link resolveActor} says so.
 *
 * @example
 * ```ts
 * const mine = createActorRegistry([
 *   { id: 'liwa-x', name: 'Liwa X', kind: 'political_militia', country: 'SYR', aliases: ['Liwa X', 'لواء إكس'] },
 * ]);
 * mine.get('liwa-x')?.name; //=> 'Liwa X'
 * ```
 */
export function createActorRegistry(records: readonly ActorRecord[]): ActorRegistry {
  if (!Array.isArray(records)) throw new TypeError('createActorRegistry: records must be an array of actor records');
  const clean: ActorRecord[] = [];
  const seen = new Set<string>();
  records.forEach((r, i) => {
    const { value, issues } = checkActorRecord(r, { path: [i] });
    const error = issues.find((x) => x.level === 'error');
    if (value === undefined || error !== undefined) {
      throw new TypeError(`createActorRegistry: record ${i} (${JSON.stringify((r as { id?: unknown } | undefined)?.id)}): ${error?.message ?? 'invalid record'}`);
    }
    if (seen.has(value.id)) throw new TypeError(`createActorRegistry: actor id "${value.id}" appears twice (record ${i})`);
    seen.add(value.id);
    clean.push(value);
  });
  return makeRegistry([clean]);
}

/**
 * Layers registries: a record of a later registry replaces a record of an earlier one with the
 * same id, and an alias of a later registry wins over the same alias in an earlier one. Pass the
 * built-in registry first and yours after it, so that your entries win.
 *
 * @example
 * ```ts
 * const registry = composeActorRegistries(builtinActorRegistry(), mine);
 * resolveActor('لواء إكس', { registry }).value.id; //=> 'liwa-x'
 * ```
 */
export function composeActorRegistries(...registries: readonly ActorRegistry[]): ActorRegistry {
  for (const r of registries) {
    if (typeof r !== 'object' || typeof r.records !== 'function') throw new TypeError('composeActorRegistries: every argument must be an ActorRegistry');
  }
  const layers = registries.map((r) => [...r.records()]);
  // Ids replaced by a later layer are removed from earlier ones.
  for (let i = 0; i < layers.length; i++) {
    const later = new Set(layers.slice(i + 1).flatMap((l) => l.map((r) => r.id)));
    layers[i] = (layers[i] ?? []).filter((r) => !later.has(r.id));
  }
  return makeRegistry(layers);
}

function makeRegistry(layers: ActorRecord[][]): ActorRegistry {
  const all = layers.flat();
  const byId = new Map(all.map((r) => [r.id, r]));
  const byQid = new Map<string, ActorRecord>();
  const byAcled = new Map<string, ActorRecord>();
  // Aliases written as ACLED names (former names such as "Military Forces of Syria (2000-)") also count.
  const byAlias = new Map<string, ActorRecord>();
  for (const r of all) for (const a of r.aliases) byAlias.set(a.toLowerCase(), r);
  const patterns: { re: RegExp; record: ActorRecord }[] = [];
  // Later layers win: fill from the first layer and let later ones overwrite.
  for (const r of all) {
    if (r.wikidata !== undefined) byQid.set(r.wikidata, r);
    if (r.acledName !== undefined) {
      if (r.acledName.includes('{country}')) {
        const source = r.acledName.split('{country}').map(escapeRegExp).join('[^()]+');
        patterns.unshift({ re: new RegExp(`^${source}$`, 'i'), record: r });
      } else {
        byAcled.set(r.acledName.toLowerCase(), r);
      }
    }
  }
  const index = buildIndex(layers);
  const registry: ActorRegistry = {
    size: all.length,
    get: (id) => byId.get(id),
    byWikidata: (qid) => byQid.get(qid.trim().replace(/^(?:wd:|wikidata:)/i, '').toUpperCase()),
    byAcledName: (name) => {
      const key = name.trim().replace(/\s+/g, ' ');
      return byAcled.get(key.toLowerCase()) ?? patterns.find((p) => p.re.test(key))?.record ?? byAlias.get(key.toLowerCase());
    },
    records: () => all,
    ancestors: (id) => {
      const out: ActorRecord[] = [];
      const seen = new Set([id]);
      let parent = byId.get(id)?.parent;
      while (parent !== undefined && !seen.has(parent)) {
        const p = byId.get(parent);
        if (p === undefined) break;
        out.push(p);
        seen.add(parent);
        parent = p.parent;
      }
      return out;
    },
    find: (text) => findMentions(index, actorTokens(text)),
  };
  indexes.set(registry, index);
  return registry;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function emptyKeyIndex(): KeyIndex {
  return { map: new Map(), first: new Map(), maxTokens: 0 };
}

function buildIndex(layers: readonly (readonly ActorRecord[])[]): ActorIndex {
  const index: ActorIndex = { alias: emptyKeyIndex(), skeleton: emptyKeyIndex(), adjective: emptyKeyIndex() };
  layers.forEach((records, layer) => {
    for (const r of records) {
      // The canonical and ACLED names are aliases too.
      const names = [r.name, ...(r.acledName !== undefined && !r.acledName.includes('{country}') ? [r.acledName] : []), ...r.aliases];
      for (const alias of names) {
        const tokens = aliasTokens(alias);
        if (tokens.length === 0) continue;
        const entry: AliasEntry = { id: r.id, alias, strict: tokens.map((t) => t.strict), layer };
        const keys = tokens.map((t) => t.key);
        addKey(index.alias, keys, entry);
        const first = tokens[0];
        // "الآسايش" is also written "آسايش": index the form without the article, unless too short to be safe.
        if (first?.arabic === true && first.key.startsWith('ال')) {
          const bare = first.key.slice(2);
          if (tokens.length > 1 ? bare.length >= 2 : bare.length >= 5) addKey(index.alias, [bare, ...keys.slice(1)], entry);
        }
        const latin = tokens.every((t) => !t.arabic);
        if (latin && keys.join('').length >= 6) addKey(index.skeleton, tokens.map(skeletonKey), entry);
      }
      for (const adjective of r.adjectives ?? []) {
        const tokens = aliasTokens(adjective);
        if (tokens.length === 0) continue;
        addKey(index.adjective, tokens.map((t) => t.key), { id: r.id, alias: adjective, strict: tokens.map((t) => t.strict), layer });
      }
    }
  });
  return index;
}

function addKey(index: KeyIndex, keys: string[], entry: AliasEntry): void {
  const key = keys.join(' ');
  const list = index.map.get(key);
  if (list === undefined) {
    index.map.set(key, [entry]);
  } else {
    if (list.some((e) => e.id === entry.id)) return;
    const top = list[0]?.layer ?? -1;
    if (entry.layer > top) list.splice(0, list.length, entry);
    else if (entry.layer === top) list.push(entry);
  }
  const head = keys[0] ?? '';
  index.first.set(head, Math.max(index.first.get(head) ?? 0, keys.length));
  index.maxTokens = Math.max(index.maxTokens, keys.length);
}

/**
 * A match of an alias in a token list.
 *
 * @example
 * ```ts
 * matchTokens(actorIndex(registry), actorTokens('عناصر تنظيم داعش'))[0]; //=> { start: 1, end: 3, via: 'alias', … }
 * ```
 */
export interface TokenMatch {
  entries: readonly AliasEntry[];
  start: number;
  end: number;
  via: ActorMention['via'];
  /** True when a prefix (و ب ل ال …) had to be stripped from the first word. */
  stripped: boolean;
}

// Words that make a following (or preceding) country name mean someone else's backer:
// "الفصائل الموالية لتركيا", "المدعومة من إيران", "Turkish-backed", "pro-Iranian".
const BACKING_AR = new Set(
  ['الموالي', 'الموالية', 'الموالين', 'الموالون', 'الموالي', 'المدعوم', 'المدعومة', 'المدعومين', 'المدعومون', 'التابع', 'التابعة', 'التابعين', 'المقرب', 'المقربة', 'المقربين', 'المرتبط', 'المرتبطة', 'المرتبطين', 'المحسوب', 'المحسوبة', 'المحسوبين', 'موالية', 'موالي', 'مدعومة', 'مدعوم', 'تابعة', 'تابع'].map((w) => w.replace(/ة/g, 'ه')),
);
const BACKED_AFTER = new Set(['backed', 'supported', 'aligned', 'allied', 'affiliated', 'sponsored', 'funded', 'trained', 'linked', 'leaning', 'proxy', 'proxies']);
const BACKED_BEFORE = new Set(['pro', 'anti']);

function isBacked(tokens: readonly ActorToken[], start: number, end: number): boolean {
  const prev = tokens[start - 1];
  const next = tokens[end];
  if (next !== undefined && !next.arabic && BACKED_AFTER.has(next.key)) return true;
  if (prev === undefined) return false;
  if (!prev.arabic) return BACKED_BEFORE.has(prev.key);
  if (BACKING_AR.has(prev.key)) return true;
  const prev2 = tokens[start - 2];
  return (prev.key === 'من' || prev.key === 'ل') && prev2 !== undefined && BACKING_AR.has(prev2.key);
}

const PROCLITIC_START = /^[وبفلكا]/;

/** {@link arabicPrefixVariants}, plus two stacked one-letter prefixes: "ولداعش", "وبالجيش". */
function prefixVariants(key: string): string[] {
  if (!PROCLITIC_START.test(key)) return [key];
  const out = arabicPrefixVariants(key);
  const two = /^[وف][لبك]/.exec(key);
  if (two !== null && key.length - 2 >= 3) {
    for (const v of arabicPrefixVariants(key.slice(1))) if (v !== key.slice(1) && !out.includes(v)) out.push(v);
  }
  return out;
}

function matchesStrict(entry: AliasEntry, tokens: readonly ActorToken[], start: number): boolean {
  for (let j = 0; j < entry.strict.length; j++) {
    if (entry.strict[j] === true && tokens[start + j]?.upper !== true) return false;
  }
  return true;
}

/** Every longest match starting at each word (one per start), in text order. */
function matchAll(index: KeyIndex, tokens: readonly ActorToken[], keys: readonly string[], via: TokenMatch['via']): TokenMatch[] {
  const out: TokenMatch[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const token = tokens[i];
    const key0 = keys[i];
    if (token === undefined || key0 === undefined) continue;
    const variants = token.arabic && via !== 'skeleton' ? prefixVariants(key0) : [key0];
    let best: TokenMatch | undefined;
    variants.forEach((v, vi) => {
      const longest = index.first.get(v);
      if (longest === undefined) return;
      for (let len = Math.min(longest, n - i); len >= 1; len--) {
        if (best !== undefined && len <= best.end - best.start) break;
        const key = len === 1 ? v : `${v} ${keys.slice(i + 1, i + len).join(' ')}`;
        const entries = index.map.get(key);
        if (entries === undefined) continue;
        const ok = entries.filter((e) => matchesStrict(e, tokens, i));
        if (ok.length === 0) continue;
        // Loose spellings only for real words: short words collapse to the same skeleton.
        if (via === 'skeleton' && !tokens.slice(i, i + len).every((t) => t.key.length >= 4)) continue;
        if (isBacked(tokens, i, i + len)) continue;
        best = { entries: ok, start: i, end: i + len, via, stripped: vi > 0 };
        break;
      }
    });
    if (best !== undefined) out.push(best);
  }
  return out;
}

/**
 * @internal All alias matches in the tokens: exact aliases, else looser Latin spellings, else
 * adjectives. One match per starting word (the longest).
 *
 * @example
 * ```ts
 * matchTokens(actorIndex(builtinActorRegistry()), actorTokens('الهجوم التركي'))[0]?.via; //=> 'adjective'
 * ```
 */
export function matchTokens(index: ActorIndex, tokens: readonly ActorToken[]): TokenMatch[] {
  const keys = tokens.map((t) => t.key);
  const exact = matchAll(index.alias, tokens, keys, 'alias');
  if (exact.length > 0) return exact;
  const skeleton = matchAll(index.skeleton, tokens, tokens.map(skeletonKey), 'skeleton');
  if (skeleton.length > 0) return skeleton;
  return matchAll(index.adjective, tokens, keys, 'adjective');
}

/**
 * @internal Picks non-overlapping matches, longest first, and returns them in text order.
 *
 * @example
 * ```ts
 * selectMatches(matchTokens(index, actorTokens('قوات الأمن الداخلي (الآسايش)'))).length; //=> 1
 * ```
 */
export function selectMatches(matches: readonly TokenMatch[]): TokenMatch[] {
  const ranked = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || Number(a.stripped) - Number(b.stripped) || a.start - b.start);
  const chosen: TokenMatch[] = [];
  for (const m of ranked) {
    if (chosen.every((c) => m.end <= c.start || m.start >= c.end)) chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function findMentions(index: ActorIndex, tokens: readonly ActorToken[]): ActorMention[] {
  return selectMatches(matchTokens(index, tokens)).flatMap((m) => {
    const first = m.entries[0];
    if (first === undefined) return [];
    return [{ id: first.id, ids: m.entries.map((e) => e.id), alias: first.alias, words: [m.start, m.end] as [number, number], via: m.via }];
  });
}
