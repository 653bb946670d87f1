/**
 * Spreadsheet safety ("CSV injection", OWASP): a spreadsheet may run a cell that begins with `=`,
 * `+`, `-` or `@` (also a tab or a carriage return) as a formula. The CSV writers prefix such a
 * **text** cell with a single quote `'`, which spreadsheets show as text.
 *
 * The rule is applied per column type, so numbers stay numbers:
 * - a cell of a text column is escaped when it begins with one of those characters
 *   (`-3 killed` becomes `'-3 killed`);
 * - a cell of a numeric column is left alone when it is a plain number (`-3.5`, `+1`, `-1e-3`),
 *   and escaped like text otherwise;
 * - numbers and booleans the writer formats itself are never escaped.
 *
 * Turn it off (`spreadsheetSafe: false`) when the CSV is read by programs, not spreadsheets: the
 * quote is part of the cell for them. Readers do not remove it (a cell may begin with a quote).
 */

const EQUALS = 61;
const PLUS = 43;
const MINUS = 45;
const AT = 64;
const TAB = 9;
const CR = 13;
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * True when a spreadsheet could run the text as a formula: it begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return.
 *
 * @example
 * ```ts
 * startsLikeFormula('=HYPERLINK("http://x")'); //=> true
 * startsLikeFormula('Deir ez-Zor'); //=> false
 * ```
 */
export function startsLikeFormula(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === EQUALS || c === PLUS || c === MINUS || c === AT || c === TAB || c === CR;
}

/** Options of {@link escapeSpreadsheetCell}. */
export interface EscapeSpreadsheetCellOptions {
  /** The cell is in a numeric column: a plain number (`-3.5`) is a number, not a formula. */
  numeric?: boolean;
}

/**
 * Escapes one cell for spreadsheets (see the module note): prefixes `'` to a text cell that starts
 * like a formula. With `numeric: true` (a cell of a numeric column) a plain number is left alone.
 *
 * @example
 * ```ts
 * escapeSpreadsheetCell('=1+2'); //=> "'=1+2"
 * escapeSpreadsheetCell('-3.5', { numeric: true }); //=> '-3.5'
 * escapeSpreadsheetCell('-3.5'); //=> "'-3.5"
 * ```
 */
export function escapeSpreadsheetCell(text: string, options: EscapeSpreadsheetCellOptions = {}): string {
  if (!startsLikeFormula(text)) return text;
  if (options.numeric === true && NUMERIC.test(text)) return text;
  return `'${text}`;
}
