import { Command, CommanderError } from 'commander';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';
import type { CliIo } from './io.js';
import { packageVersion } from './version.js';

/** A subcommand: registers itself on the program and reports its exit status through `setExit`. */
export type CommandRegistrar = (program: Command, io: CliIo, setExit: (code: ExitCodeValue) => void) => void;

const registrars: CommandRegistrar[] = [];

/**
 * Adds a subcommand to every program made by {@link createProgram}.
 *
 * @example
 * ```ts
 * registerCommand((program, io, setExit) => program.command('hello').action(() => io.out('hi\n')));
 * ```
 */
export function registerCommand(registrar: CommandRegistrar): void {
  registrars.push(registrar);
}

/**
 * Builds the `conflict-events` command line program.
 *
 * @example
 * ```ts
 * const code = await runCli(['--version'], processIo());
 * ```
 */
export function createProgram(io: CliIo, setExit: (code: ExitCodeValue) => void): Command {
  const program = new Command('conflict-events')
    .description(
      'Build conflict-event datasets (ACLED / UCDP GED / GTD style) from annotated news reports, and explore them.',
    )
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  for (const register of registrars) register(program, io, setExit);
  return program;
}

/**
 * Runs the command line with the given arguments (without `node` and the script) and returns
 * the exit status: 0 when all went well or only warnings were raised, 1 when some input had
 * errors, 2 for a usage error.
 *
 * @example
 * ```ts
 * await runCli(['build', 'examples/', '--out', 'out/events.jsonl'], processIo()); //=> 0
 * ```
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<ExitCodeValue> {
  let status: ExitCodeValue = ExitCode.ok;
  const setExit = (code: ExitCodeValue): void => {
    if (code > status) status = code;
  };
  const program = createProgram(io, setExit);
  if (args.length === 0) {
    io.out(program.helpInformation());
    return ExitCode.ok;
  }
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    throw error;
  }
  return status;
}
