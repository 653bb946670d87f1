import { extname } from 'node:path';
import { type ChartSpec, pngAvailable, renderPng, renderSvg } from '../../explore/render-chart.js';
import type { ConflictEvent } from '../../schema/event.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { type ExploreFlags, finish, readExploreInput, writeRendered } from './explore-input.js';

/**
 * The image format of an output file, by extension (`.svg`, `.png` when resvg is installed); a
 * usage message for any other.
 *
 * @example
 * ```ts
 * await imageFormat('map.svg'); //=> { format: 'svg' }
 * ```
 */
export async function imageFormat(out: string): Promise<{ format: 'svg' | 'png' } | { usage: string } | { missing: string }> {
  const ext = extname(out).toLowerCase();
  if (ext === '.svg') return { format: 'svg' };
  if (ext === '.png') return (await pngAvailable()) ? { format: 'png' } : { missing: 'PNG output needs the optional dependency @resvg/resvg-js (npm install @resvg/resvg-js); write .svg instead' };
  return { usage: `--out ${out}: write a .svg or .png file` };
}

/**
 * What `plot` and `map` do once their options are read: check the image format and `--top`,
 * read the dataset (issues printed, a bad row never losing the rest), render the chart the
 * command builds from the events, write it as SVG or PNG, and report.
 *
 * @example
 * ```ts
 * await drawChart(dataset, flags, io, setExit, (events) => mapSpec(events, { by: flags.by }));
 * ```
 */
export async function drawChart(
  dataset: string,
  flags: ExploreFlags & { out: string; top: number },
  io: CliIo,
  setExit: (code: ExitCodeValue) => void,
  spec: (events: ConflictEvent[]) => ChartSpec,
): Promise<void> {
  const image = await imageFormat(flags.out);
  if ('usage' in image || !Number.isInteger(flags.top) || flags.top < 1) {
    io.err(`error: ${'usage' in image ? image.usage : '--top must be a positive integer'}\n`);
    setExit(ExitCode.usage);
    return;
  }
  if ('missing' in image) {
    io.err(`error: ${image.missing}\n`);
    setExit(ExitCode.inputErrors);
    return;
  }
  const input = await readExploreInput(dataset, flags, io, setExit);
  if (input === undefined) return;
  const svg = await renderSvg(spec(input.events));
  if (!(await writeRendered(flags.out, image.format === 'png' ? await renderPng(svg) : svg, io, setExit))) return;
  finish(io, setExit, flags, input.counts, `wrote ${flags.out} (${input.events.length} events)`);
}
