import type { ConflictEvent } from '../../schema/event.js';
import { type ActorProfile, sameActorProfile } from './actor-identity.js';
import { type EventProfile, eventProfile } from './event-profile.js';
import { comparePlaceProfiles, type PlaceAgreement } from './place-compatibility.js';
import { typesCompatible } from './type-compatibility.js';

/** Options of {@link compareEvents}. */
export interface CompareOptions {
  /** The score two reports need to be taken as one event (default 3). See {@link compareEvents}. */
  minScore?: number;
}

/** The verdict on two reports. */
export interface EventComparison {
  same: boolean;
  /** How strongly they agree (higher is stronger); 0 when they conflict. */
  score: number;
  /** Why, in words: the first conflict found, or what agreed. */
  reasons: string[];
}

const AGREEMENT_SCORE: Readonly<Record<Exclude<PlaceAgreement, 'conflict'>, number>> = { same: 2, inside: 1.5, near: 1, country: 0.25, unknown: 0 };

/**
 * Compares two events already profiled; see {@link compareEvents}.
 *
 * @example
 * ```ts
 * compareProfiles(eventProfile(a, 0), eventProfile(b, 1)).same; //=> true
 * ```
 */
export function compareProfiles(a: EventProfile, b: EventProfile, options: CompareOptions = {}): EventComparison {
  const no = (reason: string): EventComparison => ({ same: false, score: 0, reasons: [reason] });
  const apart = a.apartKeys.find((k) => b.apartKeys.includes(k));
  if (apart !== undefined) return no(`kept apart: both come from ${apart}`);
  if (!typesCompatible(a.event.type, b.event.type)) return no(`types differ (${a.event.type}, ${b.event.type})`);

  const reasons: string[] = [];
  let score = a.event.type === b.event.type ? 1 : 0.5;

  const victimsA = a.actors.filter((x) => x.namedPerson);
  const victimsB = b.actors.filter((x) => x.namedPerson);
  let victimsShared = false;
  if (victimsA.length > 0 && victimsB.length > 0) {
    victimsShared = victimsA.some((x) => victimsB.some((y) => sameActorProfile(x, y)));
    if (!victimsShared) return no('named victims differ');
    score += 2;
    reasons.push('named victims agree');
  }

  if (a.days === undefined || b.days === undefined) {
    if (!victimsShared) return no('a date is unknown');
  } else {
    const shared = Math.min(a.days.end, b.days.end) - Math.max(a.days.start, b.days.start) + 1;
    if (shared <= 0) return no('dates do not overlap');
    score += shared / Math.min(a.days.end - a.days.start + 1, b.days.end - b.days.start + 1);
  }

  const place = comparePlaceProfiles(a.place, b.place);
  if (place.agreement === 'conflict') return no(place.reason);
  score += AGREEMENT_SCORE[place.agreement];
  reasons.push(place.reason);

  const perpsA = a.actors.filter((x) => x.role === 'perpetrator' && !x.associated);
  const perpsB = b.actors.filter((x) => x.role === 'perpetrator' && !x.associated);
  if (perpsA.length > 0 && perpsB.length > 0) {
    if (!perpsA.some((x) => perpsB.some((y) => sameActorProfile(x, y)))) return no('perpetrators differ');
    score += 1;
    reasons.push('same perpetrator');
  }
  const others = (list: readonly ActorProfile[]) => list.filter((x) => (x.role === 'target' || x.role === 'victim' || x.role === 'actor') && !x.namedPerson);
  const oa = others(a.actors);
  const ob = others(b.actors);
  if (oa.some((x) => ob.some((y) => sameActorProfile(x, y)))) {
    score += 1;
    reasons.push('same target or participant');
  }

  const minScore = options.minScore ?? 3;
  if (score < minScore) return { same: false, score, reasons: [`too little agreement (score ${score.toFixed(2)} < ${minScore})`, ...reasons] };
  return { same: true, score, reasons };
}

/**
 * Decides whether two reports describe the same event, as a coder would: their types are
 * compatible (an assassination is a kind of attack), their date ranges overlap, their places are
 * compatible (the same gazetteer entry, one inside the other, or close enough for their
 * precisions), their perpetrators do not conflict, and named victims overlap where both name
 * them. Beyond not conflicting, they must agree enough: the score adds 1 for the same type,
 * the share of the narrower date range they share, 2 / 1.5 / 1 / 0.25 for the same place / one
 * inside the other / near / the same country, 1 for a shared perpetrator, 1 for a shared target
 * or participant and 2 for a shared named victim, and must reach `minScore` (3).
 *
 * Reports from the same document, or two rows imported from the same dataset, are never the
 * same event: the annotator or the dataset already told them apart.
 *
 * @example
 * ```ts
 * compareEvents(arabicReport, englishReport); //=> { same: true, score: 7, reasons: ['named victims agree', …] }
 * ```
 */
export function compareEvents(a: ConflictEvent, b: ConflictEvent, options: CompareOptions = {}): EventComparison {
  return compareProfiles(eventProfile(a, 0), eventProfile(b, 1), options);
}
