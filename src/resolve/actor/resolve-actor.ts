import type { Actor, ActorRole } from '../../schema/actor.js';
import { type Issue, issue } from '../../schema/issue.js';
import type { ActorRecord } from './actor-record.js';
import { type ActorRegistry, actorIndex, matchTokens, selectMatches, type TokenMatch } from './actor-registry.js';
import { actorTokens, displayText } from './actor-tokens.js';
import { builtinActorRegistry } from './builtin-actors.js';
import { isGenericTokens, isNoiseToken } from './generic-reference.js';
import { describePerson, looksLikeOrganisation, mayBePerson, readPerson } from './person.js';

/**
 * Context of {@link resolveActor}.
 *
 * @example
 * ```ts
 * resolveActor('سعدة فيصل الهرماس', { role: 'victim', description: 'ناشطة', language: 'ar' });
 * ```
 */
export interface ResolveActorContext {
  /** The registry to match against. Default: {@link builtinActorRegistry}. */
  registry?: ActorRegistry;
  /** The actor's role in the event; a named person who is a `victim` or `target` is taken as a civilian unless described otherwise. */
  role?: ActorRole;
  /**
   * A normalisation given by the annotator (a brat `N` line `Wikidata:Q2429253`, `actors:isis`,
   * `acled:QSD: Syrian Democratic Forces`). It wins over matching the text.
   */
  normalization?: { db: string; id: string };
  /** How the report describes the actor ("ناشطة", "council member", "ضابط في جيش النظام"); kept on the value. */
  description?: string;
  /** Language of the text (`ar`, `en`), a hint only: both scripts are always matched. */
  language?: string;
}

/**
 * An actor as far as it could be resolved: the fields of {@link Actor} that the text gives.
 *
 * @example
 * ```ts
 * const actor: ResolvedActor = { name: 'Islamic State', id: 'isis', kind: 'rebel_group', text: 'داعش' };
 * ```
 */
export type ResolvedActor = Partial<Actor>;

/**
 * What {@link resolveActor} made of a phrase.
 *
 * @example
 * ```ts
 * const { value, confidence, issues, record } = resolveActor('قسد');
 * record?.acledName; //=> 'QSD: Syrian Democratic Forces'
 * ```
 */
export interface ActorResolution {
  /** The actor: canonical name, id, kind and country when resolved; the reported name otherwise. `text` is the input. */
  value: ResolvedActor;
  /** 0–1: 1 for a normalisation, about 0.95 for an exact alias, lower for partial, adjectival or assumed readings, 0 for unknown actors. */
  confidence: number;
  issues: Issue[];
  /** The registry record the value comes from. */
  record?: ActorRecord;
  /** For a person: the record of the force or group the description links them to ("ضابط في قوات النظام"). */
  affiliation?: ActorRecord;
}

const CIVILIAN_ROLES = new Set<ActorRole>(['victim', 'target']);

/**
 * Resolves the words a report uses for an actor to a canonical actor of the registry.
 *
 * - A `normalization` wins: `Wikidata:Q2429253`, `actors:isis`, `acled:Civilians (Syria)`.
 * - Otherwise the longest alias found in the text wins, so "عناصر تنظيم داعش" and "بقايا داعش" are
 *   IS; prefixes (و ب ل ال) and quotes (“داعش”) are ignored; short acronyms (IS, US, SDF) match only
 *   in capitals; "Turkish-backed", "الموالية لتركيا" do not make Turkey the actor.
 * - Failing an alias, an adjective stands for the country's forces: "الهجوم التركي", "Turkish
 *   offensive" → Turkish forces (lower confidence, issue `actor_from_adjective`).
 * - Generic references ("التنظيم المتطرّف", "the group") are not guessed: issue `generic_reference`
 *   (see {@link isGenericReference}).
 * - A named person: civilian when described so (ناشطة, council member) or, as a victim or target,
 *   when nothing says otherwise; state forces when a soldier or officer; the force named in the
 *   description when there is one. The description is kept.
 * - Anything else is kept by name, kind undefined, with issue `unknown_actor`.
 *
 * @example
 * ```ts
 * resolveActor('قوات النظام السوري').value;
 * //=> { name: 'Syrian government forces', id: 'syrian-government-forces', kind: 'state_forces', country: 'SYR', text: 'قوات النظام السوري' }
 * resolveActor('سعدة فيصل الهرماس', { role: 'victim', description: 'ناشطة' }).value;
 * //=> { name: 'سعدة فيصل الهرماس', kind: 'civilians', description: 'ناشطة', role: 'victim', text: 'سعدة فيصل الهرماس' }
 * ```
 */
export function resolveActor(text: string, context: ResolveActorContext = {}): ActorResolution {
  if (typeof text !== 'string') throw new TypeError(`resolveActor: text must be a string, got ${typeof text}`);
  if (typeof (context as unknown) !== 'object' || (context as unknown) === null) throw new TypeError('resolveActor: context must be an object');
  const registry = context.registry ?? builtinActorRegistry();
  // Reports name the same actors over and over: results are memoised per registry.
  const key = `${text}\u0000${context.role ?? ''}\u0000${context.description ?? ''}\u0000${context.normalization === undefined ? '' : `${context.normalization.db}:${context.normalization.id}`}`;
  let cache = caches.get(registry);
  if (cache === undefined) {
    cache = new Map();
    caches.set(registry, cache);
  }
  const hit = cache.get(key);
  if (hit !== undefined) return copy(hit);
  const result = resolveUncached(text, context, registry);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, copy(result));
  return result;
}

const CACHE_SIZE = 20_000;
const caches = new WeakMap<ActorRegistry, Map<string, ActorResolution>>();

/**
 * @internal Empties the memo of {@link resolveActor} for a registry (default: the built-in one), e.g. to time the uncached path.
 *
 * @example
 * ```ts
 * clearActorCache(); // the next resolveActor call resolves afresh
 * ```
 */
export function clearActorCache(registry: ActorRegistry = builtinActorRegistry()): void {
  caches.delete(registry);
}

function copy(r: ActorResolution): ActorResolution {
  const out: ActorResolution = { value: { ...r.value }, confidence: r.confidence, issues: r.issues.map((i) => ({ ...i, path: [...i.path] })) };
  if (r.record !== undefined) out.record = r.record;
  if (r.affiliation !== undefined) out.affiliation = r.affiliation;
  return out;
}

function resolveUncached(text: string, context: ResolveActorContext, registry: ActorRegistry): ActorResolution {
  const issues: Issue[] = [];
  const base: ResolvedActor = { text };
  if (context.role !== undefined) base.role = context.role;
  const description = context.description?.trim();
  if (description !== undefined && description.length > 0) base.description = description;

  if (context.normalization !== undefined) {
    const normalized = fromNormalization(registry, context.normalization, text, base, issues);
    if (normalized !== undefined) return normalized;
  }

  const display = displayText(text);
  if (display.length === 0) {
    issues.push(issue('error', 'empty_actor', 'The actor text is empty', { path: ['name'] }));
    return { value: base, confidence: 0, issues };
  }
  const tokens = actorTokens(text);

  if (isGenericTokens(tokens)) {
    issues.push(
      issue('info', 'generic_reference', `"${display}" refers back to an actor named elsewhere; link it to its antecedent or give a normalization`, { path: ['name'] }),
    );
    return { value: { ...base, name: display }, confidence: 0.1, issues };
  }

  // A person introduced by a title ("الناشطة سعدة …", "ضابط في قوات النظام") is a person, even if a force is named.
  let person = mayBePerson(display) ? readPerson(text) : undefined;
  const titled = person?.title !== undefined && (person.personal || person.name === undefined);
  if (!titled) {
    const resolved = fromMatches(registry, tokens, display, base, issues);
    if (resolved !== undefined) return resolved;
  }
  person ??= readPerson(text);
  if (titled || (person.personal && context.role !== undefined && CIVILIAN_ROLES.has(context.role))) {
    return asPerson(registry, text, display, person, context, base, issues);
  }
  if (description !== undefined && description.length > 0 && person.personal) {
    return asPerson(registry, text, display, person, context, base, issues);
  }

  const organisation = looksLikeOrganisation(display);
  issues.push(
    issue(
      organisation || context.role === 'perpetrator' ? 'warning' : 'info',
      'unknown_actor',
      `No registry actor matches "${display}"; kept by name with its kind undefined${organisation ? ' (add it to your actor registry)' : ''}`,
      { path: ['name'] },
    ),
  );
  return { value: { ...base, name: display }, confidence: 0, issues };
}

function valueOf(record: ActorRecord, base: ResolvedActor): ResolvedActor {
  const value: ResolvedActor = { ...base, name: record.name, id: record.id };
  if (record.kind !== undefined) value.kind = record.kind;
  if (record.country !== undefined) value.country = record.country;
  return value;
}

function fromNormalization(
  registry: ActorRegistry,
  normalization: { db: string; id: string },
  text: string,
  base: ResolvedActor,
  issues: Issue[],
): ActorResolution | undefined {
  const db = normalization.db.trim().toLowerCase();
  const id = normalization.id.trim();
  let record: ActorRecord | undefined;
  if (db === 'wikidata' || db === 'wd') record = registry.byWikidata(id);
  else if (db === 'actors' || db === 'actor' || db === 'registry' || db === 'conflict-events') record = registry.get(id);
  else if (db === 'acled') record = registry.byAcledName(id);
  else {
    issues.push(issue('warning', 'unknown_normalization_db', `Normalization database "${normalization.db}" is not known (use Wikidata, actors or acled); the text was matched instead`, { path: ['id'] }));
    return undefined;
  }
  if (record !== undefined) return { value: valueOf(record, base), confidence: 1, issues, record };
  if ((db === 'wikidata' || db === 'wd') && /^Q[1-9][0-9]*$/i.test(id.replace(/^(?:wd:|wikidata:)/i, ''))) {
    const qid = id.replace(/^(?:wd:|wikidata:)/i, '').toUpperCase();
    issues.push(issue('info', 'normalization_not_in_registry', `Wikidata ${qid} is not in the actor registry: the id is kept, the kind is unknown`, { path: ['id'] }));
    return { value: { ...base, name: displayText(text) || qid, id: qid }, confidence: 0.9, issues };
  }
  issues.push(issue('warning', 'unknown_normalization', `Normalization ${normalization.db}:${id} is not in the actor registry; the text was matched instead`, { path: ['id'] }));
  return undefined;
}

function fromMatches(
  registry: ActorRegistry,
  tokens: ReturnType<typeof actorTokens>,
  display: string,
  base: ResolvedActor,
  issues: Issue[],
): ActorResolution | undefined {
  const matches = selectMatches(matchTokens(actorIndex(registry), tokens));
  if (matches.length === 0) return undefined;
  const best = pickBest(matches);
  const entry = best.entries[0];
  const record = entry === undefined ? undefined : registry.get(entry.id);
  if (entry === undefined || record === undefined) return undefined;
  // The alias is the whole phrase, give or take words such as "عناصر", "الإرهابي", "the".
  const whole = tokens.every((t, i) => (i >= best.start && i < best.end) || isNoiseToken(t));
  let confidence = best.via === 'alias' ? (whole ? 0.95 : 0.85) : best.via === 'skeleton' ? 0.7 : whole ? 0.6 : 0.55;
  if (best.via === 'skeleton') {
    issues.push(issue('info', 'actor_spelling_variant', `"${display}" matched "${entry.alias}" (${record.id}) only by a looser spelling`, { path: ['name'] }));
  }
  if (best.via === 'adjective') {
    issues.push(issue('info', 'actor_from_adjective', `"${display}" names no actor; the adjective "${entry.alias}" was read as ${record.name}`, { path: ['name'] }));
  }
  if (best.entries.length > 1) {
    confidence = Math.min(confidence, 0.5);
    issues.push(
      issue('warning', 'ambiguous_actor', `"${entry.alias}" is an alias of several actors (${best.entries.map((e) => e.id).join(', ')}); the first was taken`, { path: ['name'] }),
    );
  }
  const others = [...new Set(matches.filter((m) => m !== best).flatMap((m) => m.entries.map((e) => e.id)))].filter(
    (id) => id !== record.id && !registry.ancestors(record.id).some((a) => a.id === id) && !registry.ancestors(id).some((a) => a.id === record.id),
  );
  if (others.length > 0) {
    confidence -= 0.15;
    issues.push(issue('info', 'multiple_actors', `"${display}" also names ${others.join(', ')}; ${record.id} (the longest name) was taken`, { path: ['name'] }));
  }
  return { value: valueOf(record, base), confidence: round(confidence), issues, record };
}

/** The longest match; among equals, the first. */
function pickBest(matches: readonly TokenMatch[]): TokenMatch {
  let best = matches[0] as TokenMatch;
  for (const m of matches) if (m.end - m.start > best.end - best.start) best = m;
  return best;
}

function asPerson(
  registry: ActorRegistry,
  text: string,
  display: string,
  person: ReturnType<typeof readPerson>,
  context: ResolveActorContext,
  base: ResolvedActor,
  issues: Issue[],
): ActorResolution {
  const words = [context.description, person.title].filter((s): s is string => s !== undefined && s.length > 0);
  const value: ResolvedActor = { ...base, name: person.name ?? display };
  if (value.description === undefined && person.title !== undefined) value.description = person.title;
  const status = describePerson(words.join(' '));
  // A force named in the description or the text ("ضابط في قوات النظام"). A bare adjective does
  // not name one: "ناشطة … في ريف مدينة دير الزور السورية" speaks of a Syrian place, not of
  // Syrian forces.
  const affiliationMatches = selectMatches(matchTokens(actorIndex(registry), actorTokens(`${words.join(' ')} ${person.name === undefined ? '' : text}`))).filter(
    (m) => m.via !== 'adjective',
  );
  const affiliationEntry = affiliationMatches.length > 0 ? pickBest(affiliationMatches).entries[0] : undefined;
  const affiliation = affiliationEntry === undefined ? undefined : registry.get(affiliationEntry.id);

  if (status === 'civilian' || (status === undefined && affiliation?.kind === 'civilians')) {
    value.kind = 'civilians';
    if (affiliation !== undefined && affiliation.kind !== 'civilians') {
      issues.push(issue('info', 'person_affiliation', `${value.name} is described as a civilian working with ${affiliation.name}`, { path: ['description'] }));
      return { value, confidence: 0.75, issues, affiliation };
    }
    return { value, confidence: 0.75, issues };
  }
  if (affiliation !== undefined && affiliation.kind !== 'civilians') {
    if (affiliation.kind !== undefined) value.kind = affiliation.kind;
    if (affiliation.country !== undefined) value.country = affiliation.country;
    issues.push(issue('info', 'person_affiliation', `${value.name} was read as a member of ${affiliation.name}`, { path: ['kind'] }));
    return { value, confidence: 0.7, issues, affiliation };
  }
  if (status === 'military') {
    value.kind = 'state_forces';
    issues.push(issue('info', 'assumed_state_forces', `${value.name} is described as a soldier or officer of no named force; read as state forces`, { path: ['kind'] }));
    return { value, confidence: 0.6, issues };
  }
  if (status === 'armed') {
    issues.push(issue('warning', 'unknown_affiliation', `${value.name} is described as a member of an armed group that is not named; the kind is left undefined`, { path: ['kind'] }));
    return { value, confidence: 0.3, issues };
  }
  value.kind = 'civilians';
  issues.push(
    issue('info', 'assumed_civilian', `${value.name} is a named ${context.role ?? 'person'} with no description saying otherwise; read as a civilian`, { path: ['kind'] }),
  );
  return { value, confidence: 0.6, issues };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
