/**
 * The background check of the shown version. Start-up only compares file sizes (every start must be quick), so a
 * file whose bytes changed at the same size – bit rot – would be served for good. A while after start-up, when the
 * first frames are long drawn, every file of the library version on show is read again, one at a time with a
 * pause before each, and its sha-256 compared. A damaged version is then recorded as such in the library (so every
 * later check fails for it, the quick one at start-up too) and passed over exactly as start-up recovery passes over
 * one (the caller's `passOver`: the pointer moves to the previous good version, or the built-in show is used), so
 * no later start chooses it again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describeError } from './fs/systemErrors';
import { LibraryError, type Bilingual, type ContentLibrary } from './library/contentLibrary';
import type { Showing } from './showing';

/** When and how gently the check reads. */
export interface ActiveCheckTiming {
  /** Wait after start-up before the first file is read, in ms. Default 5 000. */
  delayMs?: number;
  /** Pause before each file, in ms, so hashing takes the disk and a core only in short turns. Default 20. */
  pauseMs?: number;
}

/** How the check ended. */
export type ActiveCheckOutcome =
  /** Every file matched its sha-256. */
  | { kind: 'intact'; version: string }
  /** Files did not match; `shows` is what the kiosk shows instead (a version name or `built-in`). */
  | { kind: 'damaged'; version: string; shows: string; problems: string[] }
  /** Nothing to check (the built-in show), or the curator switched versions while it ran. */
  | { kind: 'skipped'; why: 'built-in' | 'switched' }
  /** Stopped by {@link ActiveCheck.cancel} (the runtime closed). */
  | { kind: 'cancelled' }
  /** The files could not be read at all; logged, nothing switched. */
  | { kind: 'failed'; message: string };

/** A running check. */
export interface ActiveCheck {
  done: Promise<ActiveCheckOutcome>;
  /** Stops the wait and the reading at once; `done` then resolves with `cancelled`. */
  cancel: () => void;
}

/** What the check uses from the runtime. */
export interface ActiveCheckDeps {
  showing: Showing;
  library: ContentLibrary;
  /**
   * Shows what start-up recovery chooses when it passes over the named versions (the note says why); returns the
   * version now shown, or `built-in`.
   */
  passOver: (avoid: ReadonlyMap<string, Bilingual>) => Promise<string>;
  log: { warn: (message: string) => void };
}

export const DEFAULT_ACTIVE_CHECK_TIMING: Required<ActiveCheckTiming> = { delayMs: 5_000, pauseMs: 20 };

/** Starts the check of the version shown `delayMs` from now. Never rejects. */
export function startActiveCheck(deps: ActiveCheckDeps, timing: ActiveCheckTiming = {}): ActiveCheck {
  const { delayMs, pauseMs } = { ...DEFAULT_ACTIVE_CHECK_TIMING, ...timing };
  const controller = new AbortController();
  const { signal } = controller;
  // Unreferenced timers: a pending check never keeps a closing process alive.
  const pause = (ms: number) => sleep(ms, undefined, { signal, ref: false });

  const run = async (): Promise<ActiveCheckOutcome> => {
    await pause(delayMs);
    const { version } = deps.showing.active;
    if (version === 'built-in') return { kind: 'skipped', why: 'built-in' };
    const generation = deps.showing.generation;
    const report = await deps.library.verifyVersion(version, { beforeFile: () => pause(pauseMs) });
    if (report.ok) return { kind: 'intact', version };
    // The curator activated or rolled back meanwhile: that choice stands; a damaged previous version is refused by
    // the rollback's own full check.
    if (deps.showing.generation !== generation) return { kind: 'skipped', why: 'switched' };
    await deps.library.recordDamage(version, report.problems).catch((error: unknown) => {
      // Without the record this start still passes the version over; the next start's own check finds it again.
      deps.log.warn(`Befund der Prüfung für Version „${version}“ nicht gespeichert: ${error instanceof LibraryError ? error.message : describeError(error).de}`);
    });
    const listed = report.problems.slice(0, 3);
    // The words of start-up recovery, so the admin screen says the same about the same damage.
    const note: Bilingual = {
      de: `Version „${version}“ ist unvollständig oder beschädigt: ${listed.map((problem) => problem.de).join('; ')} (gefunden bei der Prüfung im Hintergrund)`,
      en: `Version "${version}" is incomplete or damaged: ${listed.map((problem) => problem.en).join('; ')} (found by the background check)`,
    };
    const shows = await deps.passOver(new Map([[version, note]]));
    return { kind: 'damaged', version, shows, problems: report.problems.map((problem) => problem.de) };
  };

  const done = run().catch((error: unknown): ActiveCheckOutcome => {
    if (signal.aborted) return { kind: 'cancelled' };
    const message = `Prüfung der gezeigten Version im Hintergrund nicht möglich: ${describeError(error).de}`;
    deps.log.warn(message);
    return { kind: 'failed', message };
  });
  return { done, cancel: () => controller.abort() };
}
