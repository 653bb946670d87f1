/**
 * Telling annotation formats apart from a file's name and content.
 */
import type { AnnotationFormat } from './document.js';
import { isJsonObject } from './json-values.js';

const INLINE_SPAN = /\[\[[^\n]*?\|[^\n]*?\]\]/;
const BRAT_LINE = /^(?:T\d+\S*\t\S+ \d+ \d+|[ER]\d+\S*\t\S+|[AMN#]\d*\S*\t\S+ \S+|\*\t\S+ )/;

const isObject = isJsonObject;

/** True when a parsed JSON value looks like a Label Studio JSON export (tasks with `data` / `annotations`). */
function isLabelStudio(v: unknown): boolean {
  const first = Array.isArray(v) ? v.find(isObject) : v;
  return isObject(first) && ('data' in first || 'annotations' in first || 'completions' in first || 'predictions' in first);
}

/** True when a parsed JSON record looks like Label Studio JSON_MIN (a field holding `{start, end, labels}` objects). */
function isLabelStudioMin(v: unknown): boolean {
  const first = Array.isArray(v) ? v.find(isObject) : v;
  if (!isObject(first)) return false;
  return Object.values(first).some(
    (x) => Array.isArray(x) && x.length > 0 && x.every((y) => isObject(y) && typeof y.start === 'number' && typeof y.end === 'number' && Array.isArray(y.labels)),
  );
}

/** True when a parsed JSON record looks like doccano (`text` with `label` / `labels` / `entities`). */
function isDoccanoRecord(v: unknown): boolean {
  return isObject(v) && typeof v.text === 'string' && ('label' in v || 'labels' in v || 'entities' in v);
}

/**
 * The annotation format of a file from its name and, when that is not enough, its content:
 * `.ann` → brat; `.inline.md` → inline; `.json` with tasks holding `data`/`annotations` → Label
 * Studio, with `{start, end, labels}` lists → Label Studio JSON_MIN; `.jsonl` (or JSON lines)
 * with `text` and `label`/`entities` → doccano; text with a `---` front matter or
 * `[[…|…]]` spans → inline; `.txt` otherwise → brat text. `undefined` when it is none of them.
 *
 * @example
 * ```ts
 * detectFormat('report.inline.md'); //=> 'inline'
 * detectFormat('export.json', '[{"id": 1, "data": {"text": "…"}, "annotations": []}]'); //=> 'label-studio'
 * detectFormat('all.jsonl', '{"text": "…", "label": [[0, 4, "LOC"]]}'); //=> 'doccano'
 * ```
 */
export function detectFormat(path: string, content?: string): AnnotationFormat | undefined {
  const name = path.toLowerCase();
  if (name.endsWith('.ann')) return 'brat';
  if (name.endsWith('.inline.md') || name.endsWith('.inline.txt')) return 'inline';
  if (name.endsWith('.meta.json') || name.endsWith('annotation.conf')) return undefined;
  if (content === undefined) {
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'doccano';
    if (name.endsWith('.txt')) return 'brat';
    return undefined;
  }
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const trimmed = body.trimStart();
  if (name.endsWith('.json') || name.endsWith('.jsonl') || name.endsWith('.ndjson') || trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const v = JSON.parse(body) as unknown;
      if (isLabelStudio(v)) return 'label-studio';
      if (isLabelStudioMin(v)) return 'label-studio-min';
      if (Array.isArray(v) ? v.some(isDoccanoRecord) : isDoccanoRecord(v)) return 'doccano';
    } catch {
      // JSON lines: look at the first line.
      const firstLine = trimmed.slice(0, trimmed.indexOf('\n') < 0 ? trimmed.length : trimmed.indexOf('\n'));
      try {
        const v = JSON.parse(firstLine) as unknown;
        if (isObject(v) && typeof v.text === 'string') return 'doccano';
      } catch {
        if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'doccano';
      }
    }
    if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'doccano';
    if (name.endsWith('.json')) return undefined;
  }
  if (/^---[ \t]*\r?\n/.test(body) || INLINE_SPAN.test(body)) {
    if (name.endsWith('.md') || name.endsWith('.markdown') || name.endsWith('.txt') || !name.includes('.')) return 'inline';
  }
  if (name.endsWith('.txt')) return 'brat';
  if (BRAT_LINE.test(body)) return 'brat';
  return undefined;
}
