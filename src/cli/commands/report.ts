import { extname } from 'node:path';
import { renderReport } from '../../explore/report-html.js';
import { ExitCode } from '../exit-codes.js';
import { registerCommand } from '../program.js';
import { type ExploreFlags, exploreOptions, finish, readExploreInput, writeRendered } from './explore-input.js';

registerCommand((program, io, setExit) => {
  exploreOptions(
    program
      .command('report')
      .description('write one self-contained HTML report that opens offline: summary tables, timeline, map, issues, disagreements, and the events with their sources and evidence')
      .argument('<dataset>', 'the dataset file'),
  )
    .requiredOption('-o, --out <file>', 'the HTML file to write')
    .option('--title <title>', 'the report title')
    .option('--max-events <n>', 'at most this many events in the table', (v) => Number(v), 2000)
    .action(async (dataset: string, flags: ExploreFlags & { out: string; title?: string; maxEvents: number }) => {
      const ext = extname(flags.out).toLowerCase();
      if (ext !== '.html' && ext !== '.htm') {
        io.err(`error: --out ${flags.out}: write an .html file\n`);
        setExit(ExitCode.usage);
        return;
      }
      if (!Number.isInteger(flags.maxEvents) || flags.maxEvents < 0) {
        io.err('error: --max-events must be a non-negative integer\n');
        setExit(ExitCode.usage);
        return;
      }
      const input = await readExploreInput(dataset, flags, io, setExit);
      if (input === undefined) return;
      const html = await renderReport(input.events, { source: dataset, issues: input.issues, maxEvents: flags.maxEvents, ...(flags.title !== undefined ? { title: flags.title } : {}) });
      if (!(await writeRendered(flags.out, html, io, setExit))) return;
      finish(io, setExit, flags, input.counts, `wrote ${flags.out} (${input.events.length} events)`);
    });
});
