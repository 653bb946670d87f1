import { Option } from 'commander';
import { timelineSpec } from '../../explore/timeline-spec.js';
import { registerCommand } from '../program.js';
import { drawChart } from './draw-chart.js';
import { type ExploreFlags, exploreOptions } from './explore-input.js';

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
      await drawChart(dataset, flags, io, setExit, (events) =>
        timelineSpec(events, { by: flags.by, interval: flags.interval, top: flags.top, ...(flags.line === true ? { mark: 'line' as const } : {}), ...(flags.title !== undefined ? { title: flags.title } : {}) }),
      );
    });
});
