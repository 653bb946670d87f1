import type { Actor } from '../../schema/actor.js';
import { actorProfile, sameActorProfile } from './actor-identity.js';

/** Which name to keep for a person named in several scripts: `latin` (default), `arabic`, or `first`. */
export type NameScript = 'latin' | 'arabic' | 'first';

const ARABIC = /[\u0600-\u06FF]/;

function better(current: Actor, candidate: Actor, script: NameScript): boolean {
  if (current.id !== undefined || candidate.id !== undefined) return false;
  if (script === 'first') return false;
  const wantArabic = script === 'arabic';
  return ARABIC.test(candidate.name) === wantArabic && ARABIC.test(current.name) !== wantArabic;
}

/**
 * The union of the actors of several reports of one event: mentions of one actor in one role
 * (the same registry id, or the same name across scripts) become one actor whose missing details
 * (kind, id, country, description, count) are filled from the others. A person named in Arabic in
 * one report and in Latin script in another keeps the name in the preferred script.
 *
 * @example
 * ```ts
 * unionActors([[{ name: 'هند لطيف الخضير', role: 'victim' }], [{ name: 'Hind Latif al-Khudair', role: 'victim', kind: 'civilians' }]]);
 * //=> [{ name: 'Hind Latif al-Khudair', role: 'victim', kind: 'civilians', text: 'هند لطيف الخضير' }]
 * ```
 */
export function unionActors(lists: readonly (readonly Actor[])[], script: NameScript = 'latin'): Actor[] {
  const merged: { actor: Actor; profile: ReturnType<typeof actorProfile> }[] = [];
  for (const list of lists) {
    for (const actor of list) {
      const profile = actorProfile(actor);
      const existing = merged.find((m) => m.actor.role === actor.role && (m.actor.associated === true) === (actor.associated === true) && sameActorProfile(m.profile, profile));
      if (existing === undefined) {
        merged.push({ actor: { ...actor }, profile });
        continue;
      }
      const target = existing.actor;
      if (better(target, actor, script)) {
        const text = target.text ?? target.name;
        target.name = actor.name;
        if (target.text === undefined) target.text = text;
        existing.profile = actorProfile(target);
      }
      if (target.kind === undefined && actor.kind !== undefined) target.kind = actor.kind;
      if (target.id === undefined && actor.id !== undefined) {
        target.id = actor.id;
        target.name = actor.name;
        existing.profile = actorProfile(target);
      }
      if (target.country === undefined && actor.country !== undefined) target.country = actor.country;
      if (target.description === undefined && actor.description !== undefined) target.description = actor.description;
      if (actor.count !== undefined && (target.count === undefined || actor.count > target.count)) target.count = actor.count;
      if (target.text === undefined && actor.text !== undefined) target.text = actor.text;
    }
  }
  return merged.map((m) => m.actor);
}
