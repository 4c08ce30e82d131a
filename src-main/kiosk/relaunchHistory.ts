import { readFile } from 'node:fs/promises';
import { writeFileSync, renameSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** How long relaunch times are remembered (ms): the recovery policy only looks at the last hour. */
const KEEP_MS = 24 * 60 * 60_000;

/**
 * Reads the times (ms) of earlier relaunches, persisted so the recovery policy can see a relaunch loop across
 * processes. A missing or broken file is an empty history.
 */
export async function readRelaunchHistory(file: string, now: number): Promise<number[]> {
  try {
    const data: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (!Array.isArray(data)) return [];
    return data.filter((time): time is number => typeof time === 'number' && now - time < KEEP_MS && time <= now);
  } catch {
    return [];
  }
}

/**
 * Appends `now` to the history and writes it atomically. Synchronous on purpose: it runs right before
 * `app.relaunch()`/`app.exit()`, when no async work would finish.
 */
export function recordRelaunch(file: string, history: readonly number[], now: number): number[] {
  const next = [...history.filter((time) => now - time < KEEP_MS), now];
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(next));
    renameSync(`${file}.tmp`, file);
  } catch {
    // Without the history the policy still reloads and relaunches; it only cannot back off across processes.
  }
  return next;
}
