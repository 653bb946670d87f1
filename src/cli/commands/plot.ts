import { Option } from 'commander';
import { extname } from 'node:path';
import { pngAvailable, renderPng, renderSvg } from '../../explore/render-chart.js';
import { timelineSpec } from '../../explore/timeline-spec.js';
import { ExitCode } from '../exit-codes.js';
import { registerCommand } from '../program.js';
import { type ExploreFlags, exploreOptions, finish, readExploreInput, writeOutput } from './explore-input.js';

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

registerCommand((program, io, setExit) => {
  exploreOptions(
    program
      .command('plot')
      .description('draw a timeline of a dataset: events by period, coloured by type, actor or admin1 (SVG, or PNG with @resvg/resvg-js)')
      .argument('<dataset>', 'the dataset file'),
  )
    .requiredOption('-o, --out <file>', 'the image to write: .svg or .png')
    .addOption(new Option('--by <what>', 'what the colours show').choices(['type', 'family', 'actor', 'admin1', 'country']).default('type'))
    .addOption(new Option('--interval <period>', 'the period of a bar (auto: month, or year over more than 10 years)').choices(['auto', 'day', 'week', 'month', 'year']).default('auto'))
    .option('--top <n>', 'how many groups get their own colour', (v) => Number(v), 8)
    .option('--line', 'one line per group instead of stacked bars (the default with --by actor)')
    .option('--title <title>', 'the chart title')
    .action(async (dataset: string, flags: ExploreFlags & { out: string; by: 'type' | 'family' | 'actor' | 'admin1' | 'country'; interval: 'auto' | 'day' | 'week' | 'month' | 'year'; top: number; line?: boolean; title?: string }) => {
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
      const spec = timelineSpec(input.events, { by: flags.by, interval: flags.interval, top: flags.top, ...(flags.line === true ? { mark: 'line' as const } : {}), ...(flags.title !== undefined ? { title: flags.title } : {}) });
      const svg = await renderSvg(spec);
      if (!(await writeOutput(flags.out, image.format === 'png' ? await renderPng(svg) : svg, io, setExit))) return;
      finish(io, setExit, flags, input.counts, `wrote ${flags.out} (${input.events.length} events)`);
    });
});
