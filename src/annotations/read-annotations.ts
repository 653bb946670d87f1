/**
 * Reading annotated reports from files and folders, whatever tool wrote them: brat pairs,
 * Label Studio exports, doccano JSONL, inline-format files.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { type Issue, issue } from '../schema/issue.js';
import { type BratConfig, parseBratConfig } from './brat/brat-config.js';
import { parseBrat } from './brat/parse-brat.js';
import { detectFormat } from './detect-format.js';
import { jsonErrorPosition } from './json-error.js';
import { parseDoccano, type ParseDoccanoOptions } from './doccano/parse-doccano.js';
import type { AnnotatedDocument, AnnotationFormat, DocumentMetadata, OffsetUnit } from './document.js';
import { parseInline } from './inline/parse-inline.js';
import { parseLabelStudio, type ParseLabelStudioOptions } from './label-studio/parse-label-studio.js';
import { buildMetadata } from './metadata.js';
import type { LabelScheme } from './schemes/label-scheme.js';

/**
 * Options of {@link readAnnotations}.
 *
 * @example
 * ```ts
 * const options: ReadAnnotationsOptions = { defaults: { language: 'ar', timeZone: 'Asia/Damascus' } };
 * ```
 */
export interface ReadAnnotationsOptions {
  /** The format of every file; default: detected per file. */
  format?: AnnotationFormat | 'auto';
  /** Metadata for fields a document does not give (`published`, `language`, `timeZone`…). */
  defaults?: DocumentMetadata;
  /**
   * Offset unit of the files: default `auto` (brat and Label Studio: code points, UTF-16
   * detected from the stored span texts; doccano: UTF-16, as doccano writes).
   */
  offsetUnit?: OffsetUnit | 'auto';
  /**
   * brat `annotation.conf`: a path, a parsed config, or `false` for none. Default: the
   * `annotation.conf` next to each `.ann` file, else in a parent folder up to the folder given.
   */
  bratConfig?: string | BratConfig | false;
  /** Scheme the inline reader tells triggers from roles with (default: the file's front matter, else `default`). */
  scheme?: LabelScheme | string;
  /** Label Studio options (field names, annotation choice, predictions). */
  labelStudio?: Pick<ParseLabelStudioOptions, 'fields' | 'annotations' | 'usePredictions'>;
  /** doccano options (field names). */
  doccano?: Pick<ParseDoccanoOptions, 'fields'>;
  /** Read sub-folders of the folders given (default true). */
  recursive?: boolean;
}

async function listFiles(dir: string, recursive: boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (recursive) out.push(...(await listFiles(p, recursive)));
    } else if (e.isFile()) out.push(p);
  }
  return out;
}

async function readText(path: string): Promise<string> {
  // fs.readFile with 'utf8' keeps a BOM and every line ending: the text stays byte-exact.
  return readFile(path, 'utf8');
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function stripExtension(path: string): string {
  return path.slice(0, path.length - extname(path).length);
}

/**
 * Reads annotated documents from files or folders. A folder reads every annotation file in it
 * (and in its sub-folders): brat `.txt`/`.ann` pairs (with an `annotation.conf` and
 * `<name>.meta.json` sidecars when present), Label Studio `.json` exports, doccano `.jsonl`
 * exports and `.inline.md` files; the format of each file is detected from its name and content
 * unless `format` says. A missing brat partner, an unreadable file, an unknown format and every
 * problem inside a file are issues; every readable document comes through.
 *
 * @example
 * ```ts
 * const { value: docs, issues } = await readAnnotations('examples/seed', { defaults: { timeZone: 'Asia/Damascus' } });
 * console.log(docs.map((d) => `${d.id} (${d.format}): ${d.events.length} events`));
 * ```
 */
export async function readAnnotations(paths: string | readonly string[], options: ReadAnnotationsOptions = {}): Promise<{ value: AnnotatedDocument[]; issues: Issue[] }> {
  const issues: Issue[] = [];
  const docs: AnnotatedDocument[] = [];
  const list = typeof paths === 'string' ? [paths] : [...paths];
  const files: { path: string; root: string; explicit: boolean }[] = [];
  for (const p of list) {
    let s;
    try {
      s = await stat(p);
    } catch (e) {
      issues.push(issue('error', 'unreadable_file', `cannot read ${p}: ${(e as Error).message}`, { file: p }));
      continue;
    }
    if (s.isDirectory()) {
      for (const f of (await listFiles(p, options.recursive ?? true)).sort()) files.push({ path: f, root: p, explicit: false });
    } else files.push({ path: p, root: dirname(p), explicit: true });
  }

  const seen = new Set<string>();
  const configCache = new Map<string, { config: BratConfig | undefined; issues: Issue[] }>();
  let explicitConfig: BratConfig | undefined;
  if (typeof options.bratConfig === 'string') {
    try {
      const r = parseBratConfig(await readText(options.bratConfig), { file: options.bratConfig });
      explicitConfig = r.value;
      issues.push(...r.issues);
    } catch (e) {
      issues.push(issue('error', 'unreadable_file', `cannot read the brat configuration ${options.bratConfig}: ${(e as Error).message}`, { file: options.bratConfig }));
    }
  } else if (typeof options.bratConfig === 'object') explicitConfig = options.bratConfig;

  const findConfig = async (annPath: string, root: string): Promise<BratConfig | undefined> => {
    if (options.bratConfig === false) return undefined;
    if (explicitConfig !== undefined || options.bratConfig !== undefined) return explicitConfig;
    // Paths stay as the caller wrote them (relative stays relative), so issues name them the same way.
    let dir = dirname(annPath);
    const top = resolve(root);
    for (;;) {
      const key = resolve(dir);
      const cached = configCache.get(key);
      if (cached !== undefined) {
        if (cached.config !== undefined) return cached.config;
      } else {
        const candidate = join(dir, 'annotation.conf');
        if (await exists(candidate)) {
          const r = parseBratConfig(await readText(candidate), { file: candidate });
          configCache.set(key, { config: r.value, issues: r.issues });
          issues.push(...r.issues);
          return r.value;
        }
        configCache.set(key, { config: undefined, issues: [] });
      }
      if (key === top || relative(top, key).startsWith('..')) return undefined;
      const parent = dirname(dir);
      if (parent === dir || resolve(parent) === key) return undefined;
      dir = parent;
    }
  };

  const allPaths = new Set(files.map((f) => resolve(f.path)));
  for (const { path, root, explicit } of files) {
    const abs = resolve(path);
    if (seen.has(abs)) continue;
    seen.add(abs);
    let format: AnnotationFormat | undefined = options.format !== undefined && options.format !== 'auto' ? options.format : undefined;
    const lower = path.toLowerCase();
    let content: string | undefined;
    try {
      if (format === undefined) {
        if (lower.endsWith('.ann')) format = 'brat';
        else if (lower.endsWith('.txt') && (allPaths.has(`${stripExtension(abs)}.ann`) || (await exists(`${stripExtension(abs)}.ann`)))) format = 'brat';
        else {
          if (lower.endsWith('.meta.json') || basename(lower) === 'annotation.conf') {
            if (explicit) issues.push(issue('warning', 'unknown_format', `${path} is a sidecar (metadata or brat configuration), not an annotation file; read it through its document`, { file: path }));
            continue;
          }
          content = await readText(path);
          format = detectFormat(path, content);
        }
      }
      if (format === undefined && content !== undefined && /\.json$/i.test(path)) {
        try {
          JSON.parse(content.replace(/^\uFEFF/, ''));
        } catch (e) {
          issues.push(issue('error', 'invalid_json', `${path} is not valid JSON: ${(e as Error).message}`, { file: path, ...jsonErrorPosition(content, e) }));
          continue;
        }
      }
      if (format === undefined) {
        if (explicit) issues.push(issue('error', 'unknown_format', `cannot tell the annotation format of ${path} (brat .ann/.txt, Label Studio .json, doccano .jsonl, inline .inline.md); pass format`, { file: path }));
        else issues.push(issue('info', 'skipped_file', `${path} is not an annotation file; skipped`, { file: path }));
        continue;
      }
      if (format === 'brat') {
        const base = lower.endsWith('.ann') || lower.endsWith('.txt') ? stripExtension(path) : path;
        const annPath = `${base}.ann`;
        const txtPath = `${base}.txt`;
        seen.add(resolve(annPath));
        seen.add(resolve(txtPath));
        const hasAnn = await exists(annPath);
        const hasTxt = await exists(txtPath);
        if (!hasTxt) {
          issues.push(issue('error', 'missing_partner', `${annPath} has no text file ${txtPath}; skipped`, { file: annPath }));
          continue;
        }
        if (!hasAnn) {
          if (!explicit && !lower.endsWith('.txt')) continue;
          issues.push(issue('warning', 'missing_partner', `${txtPath} has no annotation file ${annPath}; read as a document without annotations`, { file: txtPath }));
        }
        const text = await readText(txtPath);
        const ann = hasAnn ? await readText(annPath) : '';
        const metaPath = `${base}.meta.json`;
        let metadata: DocumentMetadata | undefined;
        const id = basename(base);
        if (await exists(metaPath)) {
          try {
            const json = JSON.parse(await readText(metaPath)) as unknown;
            if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('not a JSON object');
            const m = buildMetadata(json as Record<string, unknown>, { where: { file: metaPath, document: id } });
            metadata = m.value;
            issues.push(...m.issues);
          } catch (e) {
            issues.push(issue('error', 'invalid_metadata', `${metaPath} is not a JSON object of metadata (${(e as Error).message}); ignored`, { file: metaPath, document: id }));
          }
        }
        const config = await findConfig(annPath, root);
        const r = parseBrat(text, ann, {
          id,
          file: hasAnn ? annPath : txtPath,
          ...(metadata !== undefined ? { metadata } : {}),
          ...(options.defaults !== undefined ? { defaults: options.defaults } : {}),
          ...(options.offsetUnit !== undefined ? { offsetUnit: options.offsetUnit } : {}),
          ...(config !== undefined ? { config } : {}),
        });
        docs.push(...r.value);
        issues.push(...r.issues);
        continue;
      }
      content ??= await readText(path);
      if (format === 'inline') {
        const name = basename(path).replace(/\.inline\.(md|txt)$/i, '').replace(/\.(md|markdown|txt)$/i, '');
        const r = parseInline(content, {
          id: name,
          file: path,
          ...(options.defaults !== undefined ? { defaults: options.defaults } : {}),
          ...(options.scheme !== undefined ? { scheme: options.scheme } : {}),
        });
        docs.push(...r.value);
        issues.push(...r.issues);
      } else if (format === 'label-studio' || format === 'label-studio-min') {
        const r = parseLabelStudio(content, {
          file: path,
          ...(options.labelStudio ?? {}),
          ...(options.defaults !== undefined ? { defaults: options.defaults } : {}),
          ...(options.offsetUnit !== undefined ? { offsetUnit: options.offsetUnit } : {}),
        });
        docs.push(...r.value);
        issues.push(...r.issues);
      } else {
        const trimmed = content.replace(/^\uFEFF/, '').trimStart();
        let jsonl = content;
        if (trimmed.startsWith('[')) {
          // A JSON array of doccano records rather than JSON lines.
          try {
            const arr = JSON.parse(trimmed) as unknown;
            if (Array.isArray(arr)) jsonl = arr.map((x) => JSON.stringify(x)).join('\n');
          } catch {
            // Not an array after all: read as JSON lines and report line by line.
          }
        }
        const r = parseDoccano(jsonl, {
          file: path,
          ...(options.doccano ?? {}),
          ...(options.defaults !== undefined ? { defaults: options.defaults } : {}),
          ...(options.offsetUnit !== undefined && options.offsetUnit !== 'auto' ? { offsetUnit: options.offsetUnit } : {}),
        });
        docs.push(...r.value);
        issues.push(...r.issues);
      }
    } catch (e) {
      issues.push(issue('error', 'unreadable_file', `cannot read ${path}: ${(e as Error).message}`, { file: path }));
    }
  }
  const ids = new Map<string, AnnotatedDocument>();
  for (const d of docs) {
    const first = ids.get(d.id);
    if (first === undefined) ids.set(d.id, d);
    else if (first.text === d.text) {
      // One report annotated twice (a brat file and its inline copy): the same document.
      issues.push(issue('info', 'same_document_twice', `document ${d.id} (${d.file ?? ''}) has the same id and text as ${first.file ?? ''}: read as two annotations of one report`, { document: d.id, ...(d.file !== undefined ? { file: d.file } : {}) }));
    } else {
      issues.push(issue('warning', 'duplicate_document_id', `document id ${d.id} (${d.file ?? ''}) is also the id of a different text in ${first.file ?? ''}; give them distinct ids before merging`, { document: d.id, ...(d.file !== undefined ? { file: d.file } : {}) }));
    }
  }
  return { value: docs, issues };
}
