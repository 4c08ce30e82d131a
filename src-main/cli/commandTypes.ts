/** Where a CLI command writes: injected so tests can capture output without spawning a process. */
export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * The exit codes every curator command keeps (documented in the README):
 * 0 success (warnings allowed, also `--help`), 1 the content is invalid, 2 usage, unreadable input or I/O error.
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** One curator CLI command; returns one of {@link EXIT}. */
export type CliCommand = (args: string[], io: CommandIo) => Promise<number>;

/**
 * Thrown by a command whose arguments are wrong: the dispatcher prints `text`, then the command's usage line,
 * and exits with {@link EXIT.usage}. One place decides how wrong usage looks for every command.
 */
export class UsageError extends Error {
  constructor(readonly text: { de: string; en: string }) {
    super(text.en);
    this.name = 'UsageError';
  }
}
