import pc from 'picocolors';
import { formatIssue, type Issue, type IssueLevel } from '../schema/issue.js';
import type { CliIo } from './io.js';

const ORDER: Record<IssueLevel, number> = { error: 0, warning: 1, info: 2 };

/**
 * Prints issues as a compiler does, `file:line: level: message`, on standard error; info issues
 * only when `verbose`. Colours on a terminal, never in a pipe (picocolors honours NO_COLOR).
 *
 * @example
 * ```ts
 * printIssues(issues, io, { verbose: false });
 * ```
 */
export function printIssues(issues: readonly Issue[], io: CliIo, options: { verbose?: boolean } = {}): void {
  for (const i of issues) {
    if (i.level === 'info' && options.verbose !== true) continue;
    const line = formatIssue(i);
    if (!io.isTty) {
      io.err(`${line}\n`);
      continue;
    }
    const colour = i.level === 'error' ? pc.red : i.level === 'warning' ? pc.yellow : pc.dim;
    io.err(`${line.replace(`${i.level}:`, colour(`${i.level}:`))}\n`);
  }
}

/**
 * Counts issues by level, for the closing line of a command.
 *
 * @example
 * ```ts
 * countIssues(issues); //=> { error: 0, warning: 3, info: 12 }
 * ```
 */
export function countIssues(issues: readonly Issue[]): Record<IssueLevel, number> {
  const out: Record<IssueLevel, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) out[i.level]++;
  return out;
}

/** Issues sorted errors first, then warnings, then info, keeping their order within a level. */
export function byLevel(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
}

/**
 * "1 error", "2 warnings": a count with its noun, for closing lines.
 *
 * @example
 * ```ts
 * plural(1, 'warning'); //=> '1 warning'
 * ```
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
