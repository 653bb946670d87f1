import { Option } from 'commander';
import { mapSpec } from '../../explore/map-spec.js';
import { renderPng, renderSvg } from '../../explore/render-chart.js';
import { ExitCode } from '../exit-codes.js';
import { registerCommand } from '../program.js';
import { type ExploreFlags, exploreOptions, finish, readExploreInput, writeOutput } from './explore-input.js';
import { imageFormat } from './plot.js';

registerCommand((program, io, setExit) => {
  exploreOptions(
    program
      .command('map')
      .description('draw a map of a dataset: a dot per place, coloured by type and sized by fatalities, over admin-1 boundaries (SVG, or PNG with @resvg/resvg-js)')
      .argument('<dataset>', 'the dataset file'),
  )
    .requiredOption('-o, --out <file>', 'the image to write: .svg or .png')
    .addOption(new Option('--by <what>', 'what the colours show').choices(['type', 'family']).default('type'))
    .option('--top <n>', 'how many groups get their own colour', (v) => Number(v), 10)
    .option('--title <title>', 'the map title')
    .action(async (dataset: string, flags: ExploreFlags & { out: string; by: 'type' | 'family'; top: number; title?: string }) => {
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
      const svg = await renderSvg(mapSpec(input.events, { by: flags.by, top: flags.top, ...(flags.title !== undefined ? { title: flags.title } : {}) }));
      if (!(await writeOutput(flags.out, image.format === 'png' ? await renderPng(svg) : svg, io, setExit))) return;
      finish(io, setExit, flags, input.counts, `wrote ${flags.out} (${input.events.length} events)`);
    });
});
