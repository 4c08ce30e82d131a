import { mkdir } from 'node:fs/promises';
import { acquireLock, type LibraryLock } from './libraryLock';
import { libraryLayout, type LibraryLayout } from './libraryLayout';
import type { LibraryOptions } from './libraryTypes';

/** Everything a library operation needs: where the library is, and the injected clock and randomness. */
export interface LibraryContext {
  layout: LibraryLayout;
  now: () => Date;
  random: () => number;
  /** Versions kept in total, at least 2 (active and previous). */
  keepVersions: number;
  lockStaleMs: number;
}

/** Builds the context for the library in `dataDir`, filling in defaults. */
export function libraryContext(dataDir: string, options: LibraryOptions = {}): LibraryContext {
  return {
    layout: libraryLayout(dataDir),
    now: options.now ?? (() => new Date()),
    random: options.random ?? Math.random,
    keepVersions: Math.max(2, Math.floor(options.keepVersions ?? 3)),
    lockStaleMs: options.lockStaleMs ?? 60_000,
  };
}

/** Eight random base-36 characters for unique folder and file names. */
export function randomToken(context: LibraryContext): string {
  let token = '';
  while (token.length < 8) token += Math.floor(context.random() * 36).toString(36);
  return token;
}

/** Creates the library's folders if they are missing. */
export async function ensureLayout(context: LibraryContext): Promise<void> {
  const { layout } = context;
  for (const folder of [layout.libraryDir, layout.versionsDir, layout.stagingDir, layout.trashDir]) {
    await mkdir(folder, { recursive: true });
  }
}

/** Takes the library's lock (throws `busy` when another live process holds it). */
export function lockLibrary(context: LibraryContext): Promise<LibraryLock> {
  // The lock records real time: it is judged against file times the operating system sets.
  return acquireLock(context.layout.lockFile, randomToken(context), { staleMs: context.lockStaleMs });
}

/** Runs `work` while holding the library's lock. */
export async function withLibraryLock<T>(context: LibraryContext, work: (lock: LibraryLock) => Promise<T>): Promise<T> {
  await ensureLayout(context);
  const lock = await lockLibrary(context);
  try {
    return await work(lock);
  } finally {
    await lock.release();
  }
}
