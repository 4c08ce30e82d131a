import { readPointer, writePointer } from './activePointer';
import { summarize } from './integrity';
import { LibraryError } from './libraryError';
import { randomToken, withLibraryLock, type LibraryContext } from './libraryContext';
import type { VersionSummary } from './libraryTypes';
import { checkVersion } from './versionStore';

/** The outcome of a rollback: the version now active and the one it replaced (now the previous). */
export interface RollbackResult {
  active: VersionSummary;
  previous: string;
}

/**
 * Makes the previous version active again by one atomic pointer switch; the replaced version becomes the previous,
 * so a second rollback undoes the first. Throws a {@link LibraryError} (`no-active`, `no-previous`,
 * `previous-damaged`, `busy`) and changes nothing when it cannot.
 */
export async function rollbackVersion(context: LibraryContext): Promise<RollbackResult> {
  return withLibraryLock(context, async () => {
    const read = await readPointer(context.layout);
    if (!read.ok) throw new LibraryError('no-active', read.problem);
    const { active, previous } = read.pointer;
    if (previous === null) {
      throw new LibraryError('no-previous', {
        de: 'Es gibt keine vorherige Version, zu der zurückgekehrt werden kann.',
        en: 'There is no previous version to return to.',
      });
    }
    const check = await checkVersion(context, previous, 'full');
    if (!check.ok || !check.manifest) {
      throw new LibraryError('previous-damaged', {
        de: `Die vorherige Version „${previous}“ ist beschädigt und wird nicht aktiviert: ${check.problems.map((p) => p.de).join('; ')}`,
        en: `The previous version "${previous}" is damaged and will not be activated: ${check.problems.map((p) => p.en).join('; ')}`,
      });
    }
    await writePointer(
      context.layout,
      { format: 1, active: previous, previous: active, activatedAt: context.now().toISOString() },
      randomToken(context),
    );
    return { active: summarize(check.manifest), previous: active };
  });
}
