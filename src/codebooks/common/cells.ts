/**
 * Small helpers to read and write the text cells of codebook CSV rows: integers and decimals
 * that keep their original spelling when the value did not change, and `;`-separated lists.
 */

/**
 * Reads a cell as an integer, or `undefined` when the cell is empty or not an integer.
 *
 * @example
 * ```ts
 * parseIntegerCell(' 12 '); //=> 12
 * parseIntegerCell('1.5'); //=> undefined
 * ```
 */
export function parseIntegerCell(cell: string | undefined): number | undefined {
  if (cell === undefined) return undefined;
  const text = cell.trim();
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * Reads a cell as a finite decimal number, or `undefined` when it is empty or not a number.
 *
 * @example
 * ```ts
 * parseDecimalCell('36.3400'); //=> 36.34
 * ```
 */
export function parseDecimalCell(cell: string | undefined): number | undefined {
  if (cell === undefined) return undefined;
  const text = cell.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Splits a `;`-separated list cell into trimmed, non-empty items.
 *
 * @example
 * ```ts
 * splitList('Al Mirbad; Al Sumaria TV'); //=> ['Al Mirbad', 'Al Sumaria TV']
 * ```
 */
export function splitList(cell: string | undefined, separator = ';'): string[] {
  if (cell === undefined) return [];
  return cell
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Keeps the original cell when it reads back to the value about to be written, so that its exact
 * spelling survives (`36.3400`, `07`, `2022-1-5` …); otherwise returns the derived text.
 *
 * @example
 * ```ts
 * keepIfSame('36.3400', '36.34', parseDecimalCell); //=> '36.3400'
 * keepIfSame('36.3400', '36.35', parseDecimalCell); //=> '36.35'
 * ```
 */
export function keepIfSame<T>(original: string | undefined, derived: string, read: (cell: string) => T | undefined): string {
  if (original === undefined) return derived;
  const a = read(original);
  const b = read(derived);
  return a !== undefined && b !== undefined && Object.is(a, b) ? original : derived;
}

/**
 * Writes a decimal with at most `digits` decimals, without trailing zeros.
 *
 * @example
 * ```ts
 * formatDecimal(36.34, 4); //=> '36.34'
 * formatDecimal(35.7633694, 6); //=> '35.763369'
 * ```
 */
export function formatDecimal(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}
