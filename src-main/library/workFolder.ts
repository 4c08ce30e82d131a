/**
 * The data folder's `work/` folder: where a `.zip` is extracted while it is checked and activated (by the kiosk
 * and the CLI alike), never the system temp folder, so an interrupted activation leaves nothing behind elsewhere
 * and the next start removes what it left here.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** The work folder inside the kiosk data folder `dataDir`. */
export function workFolder(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'work');
}

/**
 * Creates the work folder and removes every entry in it last modified more than `minAgeMs` ago (0 at kiosk start:
 * nothing of an earlier run is in use). A CLI run passes a margin so that it never removes the extraction of a
 * run still going on in parallel.
 * @returns The number of entries removed.
 */
export async function sweepWorkFolder(dataDir: string, now: Date, minAgeMs: number): Promise<number> {
  const folder = workFolder(dataDir);
  await mkdir(folder, { recursive: true });
  let removed = 0;
  for (const name of await readdir(folder)) {
    const entry = path.join(folder, name);
    const info = await stat(entry).catch(() => undefined);
    if (!info || now.getTime() - info.mtimeMs < minAgeMs) continue;
    await rm(entry, { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}
