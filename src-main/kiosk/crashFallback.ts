/**
 * The marker of a crash fallback (`crash-fallback.json` in the data folder, beside the relaunch history): which
 * library versions kept crashing the page under which pointer, so that every later process of the kiosk serves
 * something else (the previous good version, or the built-in show) without touching the pointer, which stays the
 * curator's choice. The marker belongs to one pointer: a curator's activation or rollback writes a new pointer, and
 * the marker no longer applies – the next good action heals.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/durableFs';

/** The marker's file name inside the kiosk's data folder. */
export const CRASH_FALLBACK_FILE = 'crash-fallback.json';

const crashFallbackMarker = z.strictObject({
  format: z.literal(1),
  /** The pointer the fallback answers (its active version and ISO 8601 activation time). */
  pointer: z.strictObject({ active: z.string().min(1), activatedAt: z.string().min(1) }),
  /** Library versions given up under this pointer, in the order they were given up. */
  crashed: z.array(z.string().min(1)),
  /** Time of the latest fallback, ms since the epoch: failures and relaunches before it no longer count. */
  at: z.number().int().min(0),
});
/** The contents of `crash-fallback.json`. */
export type CrashFallbackMarker = z.infer<typeof crashFallbackMarker>;

/** The part of the library pointer a marker is tied to. */
export interface PointerIdentity {
  active: string;
  /** ISO 8601; a rollback or activation always writes a new one. */
  activatedAt: string;
}

/** Reads the marker; null when there is none or it is unreadable (then nothing is held back: the safe default). */
export async function readCrashFallback(file: string): Promise<CrashFallbackMarker | null> {
  try {
    const parsed = crashFallbackMarker.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the marker atomically and durably (it must survive the power cut that often ends a crash loop). */
export async function writeCrashFallback(file: string, marker: CrashFallbackMarker): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(crashFallbackMarker.parse(marker), null, 2)}\n`, { makeFolder: true });
}

/** The versions the marker holds back under `pointer`: none when the pointer has changed since (healed). */
export function heldBack(marker: CrashFallbackMarker | null, pointer: PointerIdentity | null): string[] {
  if (!marker || !pointer) return [];
  const same = marker.pointer.active === pointer.active && marker.pointer.activatedAt === pointer.activatedAt;
  return same ? marker.crashed : [];
}

/**
 * The marker after `version` crashed the page again at `now` (ms): added to the versions held back when the marker
 * still applies to `pointer`, else the start of a new marker.
 */
export function withCrashed(marker: CrashFallbackMarker | null, pointer: PointerIdentity, version: string, now: number): CrashFallbackMarker {
  const earlier = heldBack(marker, pointer).filter((name) => name !== version);
  return { format: 1, pointer: { active: pointer.active, activatedAt: pointer.activatedAt }, crashed: [...earlier, version], at: now };
}
