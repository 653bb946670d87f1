/** Where a command writes: injectable so that tests can capture output. */
export interface CliIo {
  /** Standard output (results, summaries). */
  out: (text: string) => void;
  /** Standard error (issues, progress, errors). */
  err: (text: string) => void;
  /** True when standard error is a terminal (progress bars, colours). */
  isTty: boolean;
}

/**
 * The process's own standard streams.
 *
 * @example
 * ```ts
 * const io = processIo();
 * io.out('done\n');
 * ```
 */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTty: process.stderr.isTTY,
  };
}
