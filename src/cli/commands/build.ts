import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { Option } from 'commander';
import type { CsvLayout } from '../../io/csv-layout.js';
import { hasErrors, issue } from '../../schema/issue.js';
import { ExitCode } from '../exit-codes.js';
import { checkPipelineFlags, type PipelineFlags, pipelineOptions, runPipeline } from '../pipeline.js';
import { byLevel, countIssues, plural, printIssues } from '../print-issues.js';
import { registerCommand } from '../program.js';
import { OUTPUT_EXTENSIONS, writeOutput } from '../write-output.js';

interface BuildFlags extends PipelineFlags {
  out: string;
  layout: CsvLayout;
  report?: string;
  strict?: boolean;
  bom?: boolean;
}

registerCommand((program, io, setExit) => {
  pipelineOptions(
    program
      .command('build')
      .description('build a dataset from annotated reports and event datasets: read, resolve, assemble, merge, write')
      .argument('<input...>', 'files or folders: brat, Label Studio, doccano, inline annotations; ACLED / UCDP CSV; JSONL')
      .requiredOption('-o, --out <file>', `output file; its extension sets the format: ${OUTPUT_EXTENSIONS.join(', ')} (.json = Frictionless Data Package)`)
      .addOption(new Option('--layout <layout>', 'CSV layout').choices(['native', 'acled', 'ucdp']).default('native')),
  )
    .option('--report <file>', 'write every issue (and the build figures) as JSON to this file')
    .option('--strict', 'write nothing when there is any error')
    .option('--bom', 'start CSV output with a UTF-8 byte-order mark (for Excel)')
    .action(async (inputs: string[], flags: BuildFlags) => {
      const usage = !(OUTPUT_EXTENSIONS as readonly string[]).includes(extname(flags.out).toLowerCase())
        ? `--out ${flags.out}: the extension must be one of ${OUTPUT_EXTENSIONS.join(', ')}`
        : checkPipelineFlags(flags);
      if (usage !== undefined) {
        io.err(`error: ${usage}\n`);
        setExit(ExitCode.usage);
        return;
      }
      const { events, issues, stats } = await runPipeline(inputs, flags, io);
      let written = 0;
      const strictStop = flags.strict === true && hasErrors(issues);
      if (!strictStop) {
        try {
          const w = await writeOutput(events, flags.out, { layout: flags.layout, ...(flags.bom === true ? { bom: true } : {}) });
          written = w.written;
          issues.push(...w.issues);
        } catch (error) {
          issues.push(issue('error', 'write_failed', `${flags.out}: ${error instanceof Error ? error.message : String(error)}`, { file: flags.out }));
        }
      }
      printIssues(byLevel(issues), io, flags.verbose === true ? { verbose: true } : {});
      if (flags.report !== undefined) {
        await mkdir(dirname(flags.report), { recursive: true });
        await writeFile(flags.report, `${JSON.stringify({ stats, issues }, null, 2)}\n`);
      }
      const c = countIssues(issues);
      const what = strictStop ? `nothing written (--strict and ${plural(c.error, 'error')})` : `${plural(written, 'event')} written to ${flags.out}`;
      io.err(
        `${what}: ${plural(stats.documents, 'report')} gave ${plural(stats.assembled, 'event')}, ${stats.imported} imported; ` +
          `${stats.merge.merged} merged from ${stats.merge.reportsMerged} reports; ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'note')}` +
          `${flags.verbose === true || c.info === 0 ? '' : ' (--verbose shows notes)'}\n`,
      );
      setExit(c.error > 0 ? ExitCode.inputErrors : ExitCode.ok);
    });
});
