import type { CommandIo } from '../../src-main/cli/commandTypes';

/** A {@link CommandIo} that records what a command prints, for CLI tests. */
export function captureIo(): CommandIo & { stdout: string[]; stderr: string[]; all: () => string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    all: () => [...stdout, ...stderr].join('\n'),
  };
}
