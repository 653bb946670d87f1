import { ExitCode } from '../exit-codes.js';
import { summarize } from '../../explore/summary.js';
import { registerCommand } from '../program.js';
import { type ExploreFlags, exploreInput, exploreOptions, finish } from './explore-input.js';

registerCommand((program, io, setExit) => {
  exploreOptions(
    program
      .command('stats')
      .description('summarise a dataset (JSONL, CSV: native, ACLED or UCDP GED, GeoJSON): events by type, year, country, top actors and admin1, fatalities, unresolved places and dates, merges and disagreements')
      .argument('<dataset>', 'the dataset file'),
  )
    .option('--json', 'print the summary as JSON on standard output')
    .option('--top <n>', 'how many actors, admin1 units and publishers to list', (v) => Number(v), 10)
    .action(async (dataset: string, flags: ExploreFlags & { json?: boolean; top: number }) => {
      if (!Number.isInteger(flags.top) || flags.top < 1) {
        io.err('error: --top must be a positive integer\n');
        setExit(ExitCode.usage);
        return;
      }
      const input = exploreInput(dataset, flags, io, setExit);
      if (input === undefined) return;
      const summary = await summarize(input.events, { top: flags.top });
      if (summary.events === 0 && input.counts.error > 0) {
        // Nothing could be read: the errors above say why; a summary of nothing would only mislead.
      } else if (flags.json === true) io.out(`${JSON.stringify({ file: dataset, ...summary.toJSON(), issues: input.counts }, null, 2)}\n`);
      else io.out(`${dataset}: ${summary.toString()}\n`);
      finish(io, setExit, { ...flags, quiet: flags.quiet === true || flags.json === true }, input.counts, `${dataset}: ${summary.events} events`);
    });
});
