/** Where a JSON.parse error happened, as a line and column, when the engine says. */

/**
 * The 1-based line and column of a `JSON.parse` error in `source`, read from the error's
 * "position N" (V8); `{}` when the message gives no position.
 *
 * @example
 * ```ts
 * try { JSON.parse('[1,\n2,]'); } catch (e) { jsonErrorPosition('[1,\n2,]', e); } //=> { line: 2, column: 3 }
 * ```
 */
export function jsonErrorPosition(source: string, error: unknown): { line?: number; column?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const m = /position (\d+)/.exec(message);
  let at: number;
  if (m !== null) at = Number(m[1]);
  else if (/end of JSON input/.test(message)) at = source.length;
  else return {};
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}
