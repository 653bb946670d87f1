import { processIo } from './io.js';
import { runCli } from './program.js';
import './commands/index.js';

const io = processIo();
runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: say so plainly, without a stack trace unless asked.
    const message = error instanceof Error ? error.message : String(error);
    io.err(`conflict-events: internal error: ${message}\n`);
    if (process.env.CONFLICT_EVENTS_DEBUG !== undefined && error instanceof Error && error.stack !== undefined) io.err(`${error.stack}\n`);
    process.exitCode = 70;
  },
);
