import type { Actor } from '../../schema/actor.js';
import { nameSkeleton } from '../../text/name-key.js';
import { memoize } from './memo.js';

/** An actor mention as the merger sees it, computed once. */
export interface ActorProfile {
  role: Actor['role'];
  id: string | undefined;
  /** Skeleton words of the name (see `nameSkeleton`): the same in Arabic and Latin script. */
  words: readonly string[];
  /** A person named in full (two words or more) as victim or target, not a group or a registry actor. */
  namedPerson: boolean;
  associated: boolean;
}

const skeletonWords = memoize((name: string): readonly string[] => Object.freeze(nameSkeleton(name).split(' ').filter((w) => w.length > 0)));

/**
 * The profile of an actor mention.
 *
 * @example
 * ```ts
 * actorProfile({ name: 'Hind Latif al-Khudair', role: 'victim' }).words; //=> ['hnd', 'ltf', 'hdr']
 * ```
 */
export function actorProfile(actor: Actor): ActorProfile {
  const words = skeletonWords(actor.name);
  return {
    role: actor.role,
    id: actor.id,
    words,
    namedPerson: actor.id === undefined && (actor.role === 'victim' || actor.role === 'target') && actor.kind !== 'state_forces' && words.length >= 2,
    associated: actor.associated === true,
  };
}

/**
 * True when two profiled mentions name the same actor: the same registry id, or (when either lacks
 * one) every skeleton word of the shorter name is in the longer.
 *
 * @example
 * ```ts
 * sameActorProfile(actorProfile(a), actorProfile(b)); //=> true
 * ```
 */
export function sameActorProfile(a: ActorProfile, b: ActorProfile): boolean {
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  if (a.words.length === 0 || b.words.length === 0) return false;
  // Every word of the shorter name is in the longer (loops, not closures: merging calls this
  // for millions of pairs).
  const shorter = a.words.length <= b.words.length ? a.words : b.words;
  const longer = shorter === a.words ? b.words : a.words;
  for (const w of shorter) if (!longer.includes(w)) return false;
  return true;
}

/**
 * True when two actor mentions name the same actor, across scripts: `سعدة فيصل الهرماس` and
 * `Saada al-Hermas` do; `Islamic State` (id isis) and `ISIS` (id isis) do.
 *
 * @example
 * ```ts
 * sameActor({ name: 'Saada al-Hermas', role: 'victim' }, { name: 'سعدة فيصل الهرماس', role: 'victim' }); //=> true
 * ```
 */
export function sameActor(a: Actor, b: Actor): boolean {
  return sameActorProfile(actorProfile(a), actorProfile(b));
}

/**
 * A key under which mentions of one actor meet when actors are united: the registry id when the
 * actor was resolved, else the name's skeleton.
 *
 * @example
 * ```ts
 * actorKey({ name: 'Islamic State', id: 'isis', role: 'perpetrator' }); //=> 'id:isis'
 * ```
 */
export function actorKey(actor: Actor): string {
  return actor.id !== undefined ? `id:${actor.id}` : `name:${nameSkeleton(actor.name)}`;
}
