/**
 * Issues are data. Every library function that looks at user data returns what it could make of it
 * together with a list of issues, modelled on zod's issues (`code`, `path`, `message`), plus where
 * the problem was found (`file`, `line`, `document`, `span`) and how bad it is (`level`).
 *
 * Functions throw only for programmer errors, such as invalid options.
 */

/** How serious an issue is: `error` (input could not be used as given), `warning` (used, but check it), `info`. */
export type IssueLevel = 'error' | 'warning' | 'info';

/**
 * One problem found in the input, or one decision the library made that a coder should know about.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'unknown_place',
 *   level: 'warning',
 *   path: ['location'],
 *   message: 'No gazetteer entry for "الشعفة"; kept as text with precision unknown',
 *   document: 'seed-report',
 *   span: [120, 126],
 * };
 * ```
 */
export interface Issue {
  /** A stable, machine-readable code in snake_case, e.g. `invalid_date`, `span_text_mismatch`. */
  code: string;
  /** How serious it is. */
  level: IssueLevel;
  /** A sentence for people. It names the field and the value that caused it. */
  message: string;
  /** Where in the object the issue is: a JSON path (keys and array indices), like zod's `path`. */
  path: (string | number)[];
  /** The file the value came from, when it came from a file. */
  file?: string;
  /** 1-based line in that file (a CSV row, a JSONL line, an `.ann` line). */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** The document (report) id the value came from. */
  document?: string;
  /** The event id the issue is about. */
  event?: string;
  /** Offsets `[start, end)` in the document text, in Unicode code points. */
  span?: [number, number];
}

/**
 * What a function made of its input, and the issues it found: the library's `{ value, issues }`
 * result shape. `value` is always present; when nothing usable could be made it is `undefined`
 * (for single values) or empty (for collections), and the issues say why.
 *
 * @example
 * ```ts
 * const { value, issues } = validateEvent(json);
 * if (issues.some((i) => i.level === 'error')) console.error(formatIssues(issues));
 * ```
 */
export interface Result<T> {
  value: T;
  issues: Issue[];
}

/**
 * Makes an issue; `path` defaults to the root.
 *
 * @example
 * ```ts
 * issue('error', 'invalid_json', 'Unexpected token } in JSON', { file: 'a.jsonl', line: 3 });
 * //=> { level: 'error', code: 'invalid_json', message: '…', path: [], file: 'a.jsonl', line: 3 }
 * ```
 */
export function issue(
  level: IssueLevel,
  code: string,
  message: string,
  where: Partial<Omit<Issue, 'level' | 'code' | 'message'>> = {},
): Issue {
  return { level, code, message, path: [], ...where };
}

/**
 * True when any issue is an error.
 *
 * @example
 * ```ts
 * hasErrors([issue('warning', 'x', 'y')]); //=> false
 * ```
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.level === 'error');
}

/**
 * Adds location context (file, document, a path prefix…) to issues produced deeper down.
 * Fields already set on an issue win; `path` is prefixed.
 *
 * @example
 * ```ts
 * withContext([issue('error', 'bad', 'x', { path: ['date'] })], { file: 'a.json', path: [3] });
 * //=> [{ …, file: 'a.json', path: [3, 'date'] }]
 * ```
 */
export function withContext(
  issues: readonly Issue[],
  context: Partial<Omit<Issue, 'level' | 'code' | 'message'>>,
): Issue[] {
  const { path: prefix = [], ...rest } = context;
  return issues.map((i) => ({ ...rest, ...i, path: [...prefix, ...i.path] }));
}

/**
 * Formats an issue as a compiler would: `file:line: level: message`, falling back to the document
 * id (or the event id) and the JSON path when there is no file.
 *
 * @example
 * ```ts
 * formatIssue(issue('error', 'invalid_json', 'Unexpected end of JSON input', { file: 'a.jsonl', line: 3 }));
 * //=> 'a.jsonl:3: error: Unexpected end of JSON input'
 * ```
 */
export function formatIssue(i: Issue): string {
  const where: string[] = [];
  if (i.file !== undefined) {
    where.push(i.line !== undefined ? `${i.file}:${i.line}` : i.file);
  } else if (i.document !== undefined) {
    where.push(i.document);
  } else if (i.event !== undefined) {
    where.push(`event ${i.event}`);
  }
  const path = i.path.length > 0 ? ` (at ${formatPath(i.path)})` : '';
  const prefix = where.length > 0 ? `${where.join(' ')}: ` : '';
  return `${prefix}${i.level}: ${i.message}${path}`;
}

/**
 * Formats a JSON path the way a reader expects: `actors[0].name`.
 *
 * @example
 * ```ts
 * formatPath(['actors', 0, 'name']); //=> 'actors[0].name'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out.length === 0 ? key : `.${key}`;
  }
  return out;
}
