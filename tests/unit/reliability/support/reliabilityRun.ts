/**
 * How big a reliability run is and where its figures go. `npm test` runs the short versions (a few hundred fuzz
 * cases per target); `npm run soak` sets `RELIABILITY_LONG=1` for ≥ 10,000 cases per target and collects the
 * figures written here into `docs/reliability.md`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** True in the long run (`npm run soak`). */
export const LONG_RUN = process.env.RELIABILITY_LONG === '1';

/** Folder the figures of a run are written to, one JSON file per measurement. */
export const FIGURES_DIR = path.resolve(process.env.RELIABILITY_FIGURES_DIR ?? 'test-results/reliability');

/**
 * Cases for a property: `short` in `npm test`, `long` (default 10,000) in the long run; `FUZZ_RUNS` overrides both.
 */
export function fuzzRuns(short: number, long = 10_000): number {
  const forced = Number(process.env.FUZZ_RUNS);
  if (Number.isInteger(forced) && forced > 0) return forced;
  return LONG_RUN ? long : short;
}

/**
 * The seed of a property run: `FUZZ_SEED` when given (to replay a failure), else fixed in `npm test` (a test run
 * is deterministic) and fresh in the long run (each soak explores new inputs). fast-check prints it on failure.
 */
export function fuzzSeed(fixed: number): number {
  const forced = Number(process.env.FUZZ_SEED);
  if (process.env.FUZZ_SEED !== undefined && Number.isInteger(forced)) return forced;
  return LONG_RUN ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : fixed;
}

/** Writes one measurement (`<name>.json`) for the report; dated by the real clock even under fake timers. */
export function recordFigure(name: string, figure: Record<string, unknown>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(path.join(FIGURES_DIR, `${name}.json`), `${JSON.stringify({ ...figure, long: LONG_RUN, at: new Date(performance.timeOrigin + performance.now()).toISOString() }, null, 2)}\n`);
}

/** Rejects when `work` takes longer than `ms`: a hang is a failure, not a stuck test run. */
export async function withinTime<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A stack trace or an engine error class in text meant for a person. */
const INTERNAL_TEXT = /\n\s+at [^\n]+:\d+:\d+|\b(TypeError|RangeError|ReferenceError|SyntaxError|AssertionError)\b|Cannot read propert|is not a function|is not iterable|undefined is not|\[object Object\]|Unerwarteter Fehler/;

/** True when a message shown to a person leaks an internal error instead of saying what to do. */
export function looksInternal(text: string): boolean {
  return INTERNAL_TEXT.test(text);
}

/**
 * True when a validation problem is an internal error: a leaked stack or engine error, an empty message, or a
 * thrown error the validator wrapped as a read error (`Lesefehler: …`) although no I/O fault was injected.
 */
export function isInternalProblem(problem: { code: string; message: { de: string } }, line: string): boolean {
  return (problem.code === 'io' && problem.message.de.startsWith('Lesefehler')) || problem.message.de.trim() === '' || looksInternal(line);
}
