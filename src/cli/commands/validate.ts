import { ExitCode } from '../exit-codes.js';
import { checkPipelineFlags, type PipelineFlags, pipelineOptions, runPipeline } from '../pipeline.js';
import { byLevel, countIssues, plural, printIssues } from '../print-issues.js';
import { registerCommand } from '../program.js';

registerCommand((program, io, setExit) => {
  pipelineOptions(
    program
      .command('validate')
      .description('read, resolve, assemble and merge the inputs, print every issue, write nothing')
      .argument('<input...>', 'files or folders: annotations (brat, Label Studio, doccano, inline) and event datasets (JSONL, CSV, GeoJSON)'),
  )
    .option('--json', 'print the issues as JSON on standard output')
    .action(async (inputs: string[], flags: PipelineFlags & { json?: boolean }) => {
      const usage = checkPipelineFlags(flags);
      if (usage !== undefined) {
        io.err(`error: ${usage}\n`);
        setExit(ExitCode.usage);
        return;
      }
      const { events, issues, stats } = await runPipeline(inputs, flags, io);
      const c = countIssues(issues);
      if (flags.json === true) io.out(`${JSON.stringify({ stats, issues }, null, 2)}\n`);
      else {
        printIssues(byLevel(issues), io, flags.verbose === true ? { verbose: true } : {});
        io.err(`${plural(stats.documents, 'report')}, ${plural(stats.imported, 'imported event')} → ${plural(events.length, 'event')}; ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'note')}\n`);
      }
      setExit(c.error > 0 ? ExitCode.inputErrors : ExitCode.ok);
    });
});
