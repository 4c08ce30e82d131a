/** Where a CLI command writes: injected so tests can capture output without spawning a process. */
export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * One curator CLI command. Exit codes: 0 success (warnings allowed), 1 the content is invalid,
 * 2 usage or I/O error.
 */
export type CliCommand = (args: string[], io: CommandIo) => Promise<number>;
