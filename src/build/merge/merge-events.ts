import type { ConflictEvent } from '../../schema/event.js';
import { type Issue, issue } from '../../schema/issue.js';
import { candidatePairs } from './blocking.js';
import { clusterEvents, type Edge } from './cluster.js';
import { combineCopies, combineEvents, type CombineOptions } from './combine-events.js';
import { compareProfiles } from './compare-events.js';
import { eventProfile } from './event-profile.js';
import { byDateThenId, byLocality } from './sort-events.js';

/** Options of {@link mergeEvents}. */
export interface MergeOptions extends CombineOptions {
  /** Set to false to keep every report as its own event (the CLI's `--no-merge`). Default true. */
  merge?: boolean;
  /** The agreement score two reports need to be one event (default 3; see `compareEvents`). */
  minScore?: number;
  /** An event is not compared in a bucket holding more events than this (default 2000). */
  maxCandidates?: number;
  /** How close two rival candidates must score for an event to be left alone as ambiguous (default 1). */
  ambiguityMargin?: number;
}

/** Figures about a merge, for summaries. */
export interface MergeStats {
  /** Events given. */
  input: number;
  /** Events returned. */
  output: number;
  /** Pairs compared after blocking. */
  comparisons: number;
  /** Events that now combine several reports. */
  merged: number;
  /** Reports that went into those events. */
  reportsMerged: number;
  /** Disagreements recorded in merged events. */
  disagreements: number;
  /** Events left alone because they fit several events that cannot be one. */
  ambiguous: number;
  /** Events not compared because their date is unknown or too wide. */
  undated: number;
  /** Events not compared somewhere because they were too vague for a dense bucket. */
  tooVague: number;
}

/**
 * Merges reports of the same event into one event that keeps all its sources (see
 * `compareEvents` for when two reports are one event, and `combineEvents` for how they are
 * combined). The result does not depend on the order of the input; it is sorted by date, then id.
 * Cost grows near-linearly with the number of events: blocking by country, type family, time and
 * space means only events that could be one are compared.
 *
 * Issues: an info issue for every merged event (how many reports, from which documents), a
 * warning for every disagreement, a warning for an ambiguous event, an info issue for events that
 * could not be compared (unknown date, or too vague in a dense area). Two events with the same id
 * are one event given twice: they are combined, with a warning.
 *
 * @example
 * ```ts
 * const { value, issues, stats } = mergeEvents([...arabicEvents, ...englishEvents]);
 * stats.merged; //=> 2
 * ```
 */
export function mergeEvents(
  events: readonly ConflictEvent[],
  options: MergeOptions = {},
): { value: ConflictEvent[]; issues: Issue[]; stats: MergeStats } {
  const issues: Issue[] = [];
  // One event given twice (same id): combine first.
  const first = new Map<string, ConflictEvent>();
  const copies = new Map<string, ConflictEvent[]>();
  for (const e of events) {
    const seen = first.get(e.id);
    if (seen === undefined) first.set(e.id, e);
    else copies.set(e.id, [...(copies.get(e.id) ?? [seen]), e]);
  }
  const distinct: ConflictEvent[] = [];
  for (const [id, e] of first) {
    const list = copies.get(id);
    if (list === undefined) {
      distinct.push(e);
      continue;
    }
    issues.push(issue('warning', 'duplicate_event_id', `event ${id} was given ${list.length} times; combined into one`, { event: id, path: ['id'] }));
    distinct.push(combineCopies(id, list, options));
  }
  const unique = byLocality(distinct);

  const stats: MergeStats = { input: events.length, output: unique.length, comparisons: 0, merged: 0, reportsMerged: 0, disagreements: 0, ambiguous: 0, undated: 0, tooVague: 0 };
  if (options.merge === false) return { value: byDateThenId(unique), issues, stats };

  const profiles = unique.map(eventProfile);
  const { pairs, undated, tooVague } = candidatePairs(profiles, options.maxCandidates !== undefined ? { maxCandidates: options.maxCandidates } : {});
  stats.comparisons = pairs.length / 2;
  stats.undated = undated.length;
  stats.tooVague = tooVague.size;
  const compareOptions = { explain: false, ...(options.minScore !== undefined ? { minScore: options.minScore } : {}) };
  const edges: Edge[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const i = pairs[k] ?? 0;
    const j = pairs[k + 1] ?? 0;
    const a = profiles[i];
    const b = profiles[j];
    if (a === undefined || b === undefined) continue;
    const verdict = compareProfiles(a, b, compareOptions);
    if (verdict.same) edges.push({ a: i, b: j, score: verdict.score });
  }
  const idOf = (i: number): string => unique[i]?.id ?? '';
  const { clusters, ambiguous } = clusterEvents(unique.length, edges, idOf, options.ambiguityMargin !== undefined ? { ambiguityMargin: options.ambiguityMargin } : {});

  for (const a of ambiguous) {
    issues.push(
      issue('warning', 'merge_ambiguous', `event ${idOf(a.index)} fits several events that are not one (${a.candidates.map(idOf).join(', ')}); not merged`, {
        event: idOf(a.index),
      }),
    );
  }
  stats.ambiguous = ambiguous.length;
  for (const i of undated) {
    issues.push(issue('info', 'merge_not_compared', `event ${idOf(i)} was not compared with others: its date is unknown or spans more than two years`, { event: idOf(i), path: ['date'] }));
  }
  for (const [i, size] of tooVague) {
    issues.push(
      issue('info', 'merge_too_vague', `event ${idOf(i)} is too vague to merge automatically where ${size} events could match; left as it is`, { event: idOf(i) }),
    );
  }

  const value: ConflictEvent[] = [];
  for (const cluster of clusters) {
    const members = cluster.map((i) => unique[i]).filter((e): e is ConflictEvent => e !== undefined);
    if (members.length === 1 && members[0] !== undefined) {
      value.push(members[0]);
      continue;
    }
    const merged = combineEvents(members, options);
    value.push(merged);
    stats.merged++;
    stats.reportsMerged += members.length;
    const documents = merged.sources.map((s) => s.document);
    issues.push(
      issue('info', 'merged', `${members.length} reports merged into event ${merged.id} (${members.map((m) => m.id).join(', ')}) from ${documents.join(', ')}`, {
        event: merged.id,
      }),
    );
    for (const d of merged.disagreements ?? []) {
      stats.disagreements++;
      issues.push(
        issue('warning', 'reports_disagree', `reports disagree on ${d.field}: ${d.values.map((v) => `${String(v.value)} (${v.documents.join(', ')})`).join(' vs ')}; ${d.resolution ?? ''}`, {
          event: merged.id,
          path: d.field.split('.'),
        }),
      );
    }
  }
  stats.output = value.length;
  return { value: byDateThenId(value), issues, stats };
}
