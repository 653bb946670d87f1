import { Option } from 'commander';
import { mapSpec } from '../../explore/map-spec.js';
import { registerCommand } from '../program.js';
import { drawChart } from './draw-chart.js';
import { type ExploreFlags, exploreOptions } from './explore-input.js';

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
      await drawChart(dataset, flags, io, setExit, (events) => mapSpec(events, { by: flags.by, top: flags.top, ...(flags.title !== undefined ? { title: flags.title } : {}) }));
    });
});
