import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { detectFormat } from '../annotations/detect-format.js';
import type { AnnotatedDocument, AnnotationFormat, DocumentMetadata } from '../annotations/document.js';
import { readAnnotations } from '../annotations/read-annotations.js';
import type { LabelScheme } from '../annotations/schemes/label-scheme.js';
import { detectDatasetFormat, type DatasetFormat } from '../io/detect-format.js';
import { readDataset, readFirstBytes } from '../io/read-dataset.js';
import type { ConflictEvent } from '../schema/event.js';
import { type Issue, issue } from '../schema/issue.js';

/** The input formats `readInputs` (and `conflict-events build --format`) knows. */
export type InputFormat = 'auto' | 'brat' | 'label-studio' | 'doccano' | 'inline' | 'acled' | 'ucdp' | 'jsonl';

/** Options of {@link readInputs}. */
export interface ReadInputsOptions {
  /** The format of every input (default `auto`: detected per file from its name and content). */
  format?: InputFormat;
  /** Metadata for annotated documents that do not give it (`published`, `language`, `timeZone`). */
  defaults?: DocumentMetadata;
  /** The label scheme the inline reader tells triggers from roles with. */
  scheme?: LabelScheme | string;
  /** Read sub-folders (default true). */
  recursive?: boolean;
}

/** What {@link readInputs} read: annotated documents and ready-made events. */
export interface Inputs {
  documents: AnnotatedDocument[];
  events: ConflictEvent[];
}

const SIDE_FILES = ['.meta.json', 'annotation.conf', 'visual.conf', 'tools.conf', 'kb_shortcuts.conf'];

async function walk(dir: string, recursive: boolean, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (recursive) await walk(p, recursive, out);
    } else if (e.isFile()) out.push(p);
  }
}

/** True when the first record of a JSON Lines text is an event (ours), not an annotated text (doccano). */
function firstRecordIsEvent(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const line = body.trimStart().split('\n', 1)[0] ?? '';
  try {
    const first = JSON.parse(line) as unknown;
    return typeof first === 'object' && first !== null && 'type' in first && 'date' in first && 'location' in first && !('text' in first);
  } catch {
    return false;
  }
}

const ANNOTATION_FORMATS: Partial<Record<InputFormat, AnnotationFormat>> = { brat: 'brat', 'label-studio': 'label-studio', doccano: 'doccano', inline: 'inline' };
const DATASET_FORMATS: Partial<Record<InputFormat, DatasetFormat>> = { acled: 'acled-csv', ucdp: 'ucdp-csv', jsonl: 'jsonl' };

/**
 * Reads what a dataset is built from: files or folders, formats mixed, each detected from its name
 * and content unless `format` says: annotated reports (brat `.ann` + `.txt` pairs, Label Studio
 * JSON exports, doccano JSONL, inline `.inline.md`) become documents; event datasets (our JSONL,
 * CSV in our layout, ACLED or UCDP GED CSV, GeoJSON) become events. Side files (`.meta.json`,
 * `annotation.conf`) are used by the readers; a file that is neither is reported and skipped. A
 * missing input is an error; every readable file still comes through.
 *
 * @example
 * ```ts
 * const { value, issues } = await readInputs(['examples/', 'acled-2021.csv']);
 * value.documents.length; value.events.length;
 * ```
 */
export async function readInputs(paths: readonly string[], options: ReadInputsOptions = {}): Promise<{ value: Inputs; issues: Issue[] }> {
  const issues: Issue[] = [];
  const files: string[] = [];
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p, options.recursive ?? true, files);
      else files.push(p);
    } catch {
      issues.push(issue('error', 'input_not_found', `${p}: no such file or folder`, { file: p }));
    }
  }
  const format = options.format ?? 'auto';
  const annotationFiles: string[] = [];
  const datasetFiles: { path: string; format: DatasetFormat }[] = [];
  const fileSet = new Set(files);
  for (const file of files) {
    const lower = file.toLowerCase();
    if (SIDE_FILES.some((s) => lower.endsWith(s))) continue;
    const forcedAnnotation = ANNOTATION_FORMATS[format];
    const forcedDataset = DATASET_FORMATS[format];
    if (forcedDataset !== undefined) {
      datasetFiles.push({ path: file, format: forcedDataset });
      continue;
    }
    if (extname(lower) === '.txt' && fileSet.has(`${file.slice(0, -4)}.ann`)) continue; // read with its .ann
    if (forcedAnnotation !== undefined) {
      annotationFiles.push(file);
      continue;
    }
    let text: string;
    let bytes: Uint8Array;
    try {
      bytes = await readFirstBytes(file);
      text = new TextDecoder('utf-8').decode(bytes);
    } catch (error) {
      issues.push(issue('error', 'unreadable_input', `${file}: ${error instanceof Error ? error.message : String(error)}`, { file }));
      continue;
    }
    const annotation = firstRecordIsEvent(text) ? undefined : detectFormat(file, text);
    if (annotation !== undefined && !(annotation === 'brat' && extname(lower) === '.txt')) {
      annotationFiles.push(file);
      continue;
    }
    const dataset = detectDatasetFormat(file, bytes);
    if (dataset.value !== undefined) {
      datasetFiles.push({ path: file, format: dataset.value });
      continue;
    }
    issues.push(issue('info', 'not_an_input', `${file} is neither an annotated report nor an event dataset; skipped`, { file }));
  }

  const documents: AnnotatedDocument[] = [];
  if (annotationFiles.length > 0) {
    const forced = ANNOTATION_FORMATS[format];
    const r = await readAnnotations(annotationFiles, {
      ...(forced !== undefined ? { format: forced } : {}),
      ...(options.defaults !== undefined ? { defaults: options.defaults } : {}),
      ...(options.scheme !== undefined ? { scheme: options.scheme } : {}),
    });
    documents.push(...r.value);
    issues.push(...r.issues);
  }
  const events: ConflictEvent[] = [];
  for (const { path, format: f } of datasetFiles) {
    const r = await readDataset(path, { format: f, file: path });
    events.push(...r.value);
    issues.push(...r.issues);
  }
  return { value: { documents, events }, issues };
}
