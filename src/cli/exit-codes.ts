/** Exit status of the `conflict-events` command. */
export const ExitCode = {
  /** All went well, or only warnings were raised. */
  ok: 0,
  /** Some input had errors; everything readable was still processed and written. */
  inputErrors: 1,
  /** The command was used wrongly (unknown option, missing argument, invalid value). */
  usage: 2,
} as const;

/** One of the exit statuses; see {@link ExitCode}. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
