import type { CliIo } from './io.js';

/**
 * A progress bar on standard error, drawn only when it is a terminal and the run is long enough
 * to need one (more than `minimum` steps); silent in pipes and logs.
 *
 * @example
 * ```ts
 * const bar = progressBar(io, 'assembling');
 * bar(3, 120); bar(120, 120); // then bar.done()
 * ```
 */
export function progressBar(io: CliIo, label: string, minimum = 20): ((done: number, total: number) => void) & { done: () => void } {
  let drawn = false;
  let last = -1;
  const update = (done: number, total: number): void => {
    if (!io.isTty || total < minimum) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    const width = 30;
    const filled = Math.round((width * done) / total);
    io.err(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
    drawn = true;
  };
  return Object.assign(update, {
    done: () => {
      if (drawn) io.err('\n');
    },
  });
}
