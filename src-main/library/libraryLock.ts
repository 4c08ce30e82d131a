/**
 * A lock file so that two activations (CLI and admin screen, or two CLI runs) never interleave. The holder writes
 * its pid and a random token and touches the file every few seconds; a lock is stale when its holder's process is
 * gone (same machine) or the file has not been touched for `staleMs` (covers a reused pid after a reboot).
 */
import { hostname } from 'node:os';
import { link, open, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { isOneOf } from '../fs/durableFs';
import { LibraryError } from './libraryError';

/** Contents of the lock file. */
interface LockOwner {
  pid: number;
  host: string;
  token: string;
  /** ISO 8601. */
  since: string;
}

/** A held lock; `release` is safe to call more than once. */
export interface LibraryLock {
  release: () => Promise<void>;
}

/** How the lock decides and behaves; all optional. */
export interface LockOptions {
  /** Untouched this long (ms) means stale; default 60 000. */
  staleMs?: number;
  /** How often the holder touches the file, ms; default a quarter of `staleMs`. */
  refreshMs?: number;
  /** Whether a process with this pid runs on this machine; injected by tests. */
  isAlive?: (pid: number) => boolean;
  now?: () => Date;
}

/** True when a process with `pid` exists (EPERM: it exists but belongs to someone else). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isOneOf(error, ['EPERM']);
  }
}

/**
 * Takes the lock at `lockFile` or throws a {@link LibraryError} `busy` naming the holder.
 * @param token Random text identifying this holder.
 */
export async function acquireLock(lockFile: string, token: string, options: LockOptions = {}): Promise<LibraryLock> {
  const staleMs = options.staleMs ?? 60_000;
  const isAlive = options.isAlive ?? processIsAlive;
  const now = options.now ?? (() => new Date());
  const owner: LockOwner = { pid: process.pid, host: hostname(), token, since: now().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(lockFile, 'wx');
      try {
        await handle.writeFile(JSON.stringify(owner));
      } finally {
        await handle.close();
      }
      return holdLock(lockFile, token, options.refreshMs ?? Math.max(250, Math.floor(staleMs / 4)));
    } catch (error) {
      if (!isOneOf(error, ['EEXIST'])) throw error;
    }
    const seen = await inspectLock(lockFile);
    if (seen === undefined) continue; // released meanwhile
    const stale = Date.now() - seen.mtimeMs > staleMs
      || (seen.owner !== undefined && seen.owner.host === owner.host && !isAlive(seen.owner.pid));
    if (!stale) throw busy(seen.owner);
    await breakStaleLock(lockFile, seen.text, token);
  }
  throw busy(undefined);
}

async function inspectLock(lockFile: string): Promise<{ text: string; mtimeMs: number; owner?: LockOwner } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(lockFile, 'utf8'), stat(lockFile)]);
    return { text, mtimeMs: info.mtimeMs, owner: parseOwner(text) };
  } catch (error) {
    if (isOneOf(error, ['ENOENT'])) return undefined;
    throw error;
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string') {
      return { pid: value.pid, host: value.host, token: value.token, since: String(value.since) };
    }
  } catch {
    // An empty or half-written lock is judged by its age alone.
  }
  return undefined;
}

/**
 * Moves a stale lock aside under a unique name and deletes it only if it is still the one judged stale; if another
 * process replaced it meanwhile, it is put back (link fails rather than overwrite a newer lock).
 */
async function breakStaleLock(lockFile: string, staleText: string, token: string): Promise<void> {
  const aside = `${lockFile}.stale-${token}`;
  try {
    await rename(lockFile, aside);
  } catch (error) {
    if (isOneOf(error, ['ENOENT'])) return;
    throw error;
  }
  const text = await readFile(aside, 'utf8').catch(() => staleText);
  if (text !== staleText) {
    await link(aside, lockFile).catch(() => undefined);
  }
  await rm(aside, { force: true });
}

function holdLock(lockFile: string, token: string, refreshMs: number): LibraryLock {
  const timer = setInterval(() => {
    const at = new Date();
    utimes(lockFile, at, at).catch(() => undefined);
  }, refreshMs);
  timer.unref();
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(timer);
      // Only remove the lock if it is still ours (it may have been broken as stale after a long pause).
      const owner = parseOwner(await readFile(lockFile, 'utf8').catch(() => ''));
      if (owner?.token === token) await rm(lockFile, { force: true });
    },
  };
}

function busy(owner: LockOwner | undefined): LibraryError {
  const who = owner ? ` (Prozess ${owner.pid} auf ${owner.host}, seit ${owner.since})` : '';
  const whoEn = owner ? ` (process ${owner.pid} on ${owner.host}, since ${owner.since})` : '';
  return new LibraryError('busy', {
    de: `Die Inhaltsbibliothek wird gerade von einem anderen Vorgang geändert${who}. Bitte kurz warten und erneut versuchen.`,
    en: `The content library is being changed by another operation${whoEn}. Please wait a moment and try again.`,
  });
}
