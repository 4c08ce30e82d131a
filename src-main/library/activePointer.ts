/**
 * The one pointer to the active version (`active.json`). It is only ever replaced whole by an atomic rename, so a
 * reader sees the old or the new pointer, never a mix.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/durableFs';
import { versionName } from './integrity';
import { POINTER_TEMP_PREFIX, type LibraryLayout } from './libraryLayout';
import type { Bilingual } from './libraryTypes';

/** The contents of `active.json`. */
export const activePointer = z.strictObject({
  format: z.literal(1),
  /** Version folder shown to visitors. */
  active: versionName,
  /** Version a rollback returns to; null when there is none. */
  previous: versionName.nullable(),
  /** ISO 8601 time `active` became active. */
  activatedAt: z.iso.datetime(),
});
export type ActivePointer = z.infer<typeof activePointer>;

/** The pointer, or why it cannot be used (`missing` on a fresh library). */
export type PointerRead =
  | { ok: true; pointer: ActivePointer }
  | { ok: false; reason: 'missing' | 'damaged'; problem: Bilingual };

/** Reads `active.json`. Never throws. */
export async function readPointer(layout: LibraryLayout): Promise<PointerRead> {
  let text: string;
  try {
    text = await readFile(layout.pointerFile, 'utf8');
  } catch {
    return {
      ok: false,
      reason: 'missing',
      problem: { de: 'Es ist noch kein Paket aktiviert (active.json fehlt).', en: 'No bundle has been activated yet (active.json is missing).' },
    };
  }
  try {
    const parsed = activePointer.safeParse(JSON.parse(text));
    if (parsed.success) return { ok: true, pointer: parsed.data };
  } catch {
    // Unparsable JSON is reported like a wrong shape below.
  }
  return {
    ok: false,
    reason: 'damaged',
    problem: { de: 'Der Zeiger auf die aktive Version (active.json) ist beschädigt.', en: 'The pointer to the active version (active.json) is damaged.' },
  };
}

/**
 * Replaces the pointer atomically and durably.
 * @param token Random text making the temporary file's name unique.
 * @param beforeRename Called once the temporary file is written and flushed (a crash-test seam).
 */
export async function writePointer(
  layout: LibraryLayout,
  pointer: ActivePointer,
  token: string,
  beforeRename?: () => Promise<void>,
): Promise<void> {
  const text = `${JSON.stringify(activePointer.parse(pointer), null, 2)}\n`;
  await writeFileAtomic(layout.pointerFile, text, { tempName: `${POINTER_TEMP_PREFIX}${token}`, ...(beforeRename ? { beforeRename } : {}) });
}
