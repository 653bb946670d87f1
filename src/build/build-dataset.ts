import type { AnnotatedDocument } from '../annotations/document.js';
import type { ConflictEvent } from '../schema/event.js';
import { type Issue, issue } from '../schema/issue.js';
import { type AssembleOptions, assembleEvents } from './assemble/assemble-events.js';
import { combineCopies } from './merge/combine-events.js';
import { type MergeOptions, type MergeStats, mergeEvents } from './merge/merge-events.js';

/** Options of {@link buildDataset}: how documents become events, and how events merge. */
export interface BuildDatasetOptions extends AssembleOptions, MergeOptions {
  /** Called as documents are assembled, for progress bars: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Figures about a build, for summaries. */
export interface DatasetStats {
  /** Annotated documents given. */
  documents: number;
  /** Events assembled from them. */
  assembled: number;
  /** Events given ready-made (imported ACLED / UCDP rows, JSONL). */
  imported: number;
  /** What merging did. */
  merge: MergeStats;
  /** Issues by level. */
  errors: number;
  warnings: number;
}

/**
 * One report annotated in two files (the same document id and the same text, e.g. a brat file and
 * its inline copy) gives each of its events twice, with the same id. Those copies are one event:
 * they are combined here, with a note, so that merging does not warn about them. Documents that
 * share an id but not a text are a real conflict, which the readers and the merger report.
 */
function sameReportOnce(documents: readonly AnnotatedDocument[], events: readonly ConflictEvent[], issues: Issue[]): ConflictEvent[] {
  const byId = new Map<string, AnnotatedDocument[]>();
  for (const d of documents) byId.set(d.id, [...(byId.get(d.id) ?? []), d]);
  const twice = new Set<string>();
  for (const [id, docs] of byId) {
    if (docs.length < 2 || !docs.every((d) => d.text === docs[0]?.text)) continue;
    twice.add(id);
    issues.push(issue('info', 'same_report_twice', `report ${id} is annotated in ${docs.length} files (${docs.map((d) => d.file ?? d.format).join(', ')}); events with the same trigger are combined`, { document: id }));
  }
  if (twice.size === 0) return [...events];
  const groups = new Map<string, ConflictEvent[]>();
  const out: ConflictEvent[] = [];
  for (const e of events) {
    const only = e.sources.length === 1 ? e.sources[0]?.document : undefined;
    if (only === undefined || !twice.has(only)) {
      out.push(e);
      continue;
    }
    groups.set(e.id, [...(groups.get(e.id) ?? []), e]);
  }
  for (const [id, copies] of groups) {
    if (copies.length === 1 && copies[0] !== undefined) out.push(copies[0]);
    else out.push(combineCopies(id, copies));
  }
  return out;
}

/** What a dataset is built from: annotated documents, ready-made events, or both. */
export interface DatasetInput {
  documents?: readonly AnnotatedDocument[];
  events?: readonly ConflictEvent[];
}

/**
 * Builds a dataset: assembles the events of every annotated document (resolving dates, places,
 * actors and counts), adds the ready-made events (imported ACLED or UCDP rows, events of earlier
 * builds), validates them, and merges reports of the same event into one event that keeps all its
 * sources. Hands back the events and every issue, each saying where it came from (file, line,
 * document, event). One broken document never stops the others.
 *
 * @example
 * ```ts
 * const { value: docs } = await readAnnotations(['examples/seed', 'examples/seed-en']);
 * const { value: events, issues, stats } = buildDataset({ documents: docs });
 * stats.merge.merged; //=> 2 (the assassination and the Badia attacks, reported in Arabic and English)
 * ```
 */
export function buildDataset(input: DatasetInput, options: BuildDatasetOptions = {}): { value: ConflictEvent[]; issues: Issue[]; stats: DatasetStats } {
  const issues: Issue[] = [];
  const events: ConflictEvent[] = [];
  const documents = input.documents ?? [];
  let assembled = 0;
  documents.forEach((doc, i) => {
    try {
      const r = assembleEvents(doc, options);
      events.push(...r.value);
      assembled += r.value.length;
      issues.push(...r.issues);
    } catch (error) {
      // A bug must not lose the other documents: report it against this one and go on.
      const message = error instanceof Error ? error.message : String(error);
      issues.push(issue('error', 'assembly_failed', `events of document ${doc.id} could not be assembled: ${message}`, { document: doc.id, ...(doc.file !== undefined ? { file: doc.file } : {}) }));
    }
    options.onProgress?.(i + 1, documents.length);
  });
  const imported = input.events ?? [];
  events.push(...imported);
  const merged = mergeEvents(sameReportOnce(documents, events, issues), options);
  issues.push(...merged.issues);
  return {
    value: merged.value,
    issues,
    stats: {
      documents: documents.length,
      assembled,
      imported: imported.length,
      merge: merged.stats,
      errors: issues.filter((i) => i.level === 'error').length,
      warnings: issues.filter((i) => i.level === 'warning').length,
    },
  };
}
