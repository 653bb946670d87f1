import type { ConflictEvent } from '../../schema/event.js';
import { type ActorProfile, sameActorProfile } from './actor-identity.js';
import { type EventProfile, eventProfile } from './event-profile.js';
import { comparePlaceProfiles, type PlaceAgreement } from './place-compatibility.js';
import { typesCompatible } from './type-compatibility.js';

/** Options of {@link compareEvents}. */
export interface CompareOptions {
  /** The score two reports need to be taken as one event (default 3). See {@link compareEvents}. */
  minScore?: number;
  /** Give the reasons in words (default true); false gives the verdict and score only, faster. */
  explain?: boolean;
}

/** The verdict on two reports. */
export interface EventComparison {
  same: boolean;
  /** How strongly they agree (higher is stronger); 0 when they conflict. */
  score: number;
  /** Why, in words: the first conflict found, or what agreed. */
  reasons: string[];
}

/** The reasons of a verdict given without reasons: one shared, empty, frozen list. */
const NO_REASONS: string[] = Object.freeze([]) as unknown as string[];

/** The verdict for a pair that is not one event, when no reason is asked for: shared, never allocated. */
const NOT_SAME: EventComparison = Object.freeze({ same: false, score: 0, reasons: NO_REASONS });

function notSame(explain: boolean, reason: string): EventComparison {
  return explain ? { same: false, score: 0, reasons: [reason] } : NOT_SAME;
}

function sharesKey(a: readonly number[], b: readonly number[]): boolean {
  for (const k of a) if (b.includes(k)) return true;
  return false;
}

/** What two events kept apart share, in words: a document, or an imported dataset. */
function apartReason(a: EventProfile, b: EventProfile): string {
  const documents = new Set(b.event.sources.map((s) => s.document));
  const shared = a.event.sources.find((s) => documents.has(s.document));
  if (shared !== undefined) return `document ${shared.document}`;
  const dataset = Object.keys(a.event.codes ?? {}).find((d) => Object.hasOwn(b.event.codes ?? {}, d));
  return dataset !== undefined ? `dataset ${dataset}` : 'the same source';
}

function anySameActor(a: readonly ActorProfile[], b: readonly ActorProfile[]): boolean {
  for (const x of a) for (const y of b) if (sameActorProfile(x, y)) return true;
  return false;
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
  // Reasons are text for people; merging a million events asks only for verdicts (explain: false),
  // and then nothing is allocated for a pair that is not the same event.
  const explain = options.explain !== false;
  if (sharesKey(a.apartKeys, b.apartKeys)) return notSame(explain, explain ? `kept apart: both come from ${apartReason(a, b)}` : '');
  if (!typesCompatible(a.type, b.type)) return notSame(explain, explain ? `types differ (${a.type}, ${b.type})` : '');

  const reasons: string[] = explain ? [] : NO_REASONS;
  let score = a.type === b.type ? 1 : 0.5;

  let victimsShared = false;
  if (a.namedVictims.length > 0 && b.namedVictims.length > 0) {
    victimsShared = anySameActor(a.namedVictims, b.namedVictims);
    if (!victimsShared) return notSame(explain, 'named victims differ');
    score += 2;
    if (explain) reasons.push('named victims agree');
  }

  if (a.days === undefined || b.days === undefined) {
    if (!victimsShared) return notSame(explain, 'a date is unknown');
  } else {
    const shared = Math.min(a.days.end, b.days.end) - Math.max(a.days.start, b.days.start) + 1;
    if (shared <= 0) return notSame(explain, 'dates do not overlap');
    score += shared / Math.min(a.days.end - a.days.start + 1, b.days.end - b.days.start + 1);
  }

  const place = comparePlaceProfiles(a.place, b.place, explain);
  if (place.agreement === 'conflict') return notSame(explain, place.reason);
  score += AGREEMENT_SCORE[place.agreement];
  if (explain) reasons.push(place.reason);

  if (a.perpetrators.length > 0 && b.perpetrators.length > 0) {
    if (!anySameActor(a.perpetrators, b.perpetrators)) return notSame(explain, 'perpetrators differ');
    score += 1;
    if (explain) reasons.push('same perpetrator');
  }
  if (anySameActor(a.participants, b.participants)) {
    score += 1;
    if (explain) reasons.push('same target or participant');
  }

  const minScore = options.minScore ?? 3;
  if (score < minScore) return explain ? { same: false, score, reasons: [`too little agreement (score ${score.toFixed(2)} < ${minScore})`, ...reasons] } : { same: false, score, reasons };
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
