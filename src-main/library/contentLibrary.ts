/**
 * The kiosk's content library: installed bundle versions in the kiosk's data folder and one pointer to the active
 * one. Plain Node (no Electron): the curator CLI, the kiosk's admin screen and its start-up all use this.
 *
 * ```ts
 * const library = openContentLibrary(app.getPath('userData'));
 * const { bundleDir } = await library.recover();          // at start-up; null → built-in default
 * const result = await library.activate(folder, { validate });
 * ```
 */
import { readPointer } from './activePointer';
import { activateBundle, type ActivateOptions, type ActivateResult } from './activateBundle';
import type { VerifyFilesOptions } from './integrity';
import { libraryContext, withLibraryLock } from './libraryContext';
import { versionBundleDir, type LibraryLayout } from './libraryLayout';
import { libraryStatus, type LibraryStatus } from './libraryStatus';
import type { Bilingual, IntegrityReport, LibraryOptions } from './libraryTypes';
import { recoverLibrary, type RecoverOptions, type RecoveryReport } from './recoverLibrary';
import { rollbackVersion, type RollbackResult } from './rollbackVersion';
import { checkVersion, recordDamage } from './versionStore';

/** The operations on one library; see the functions they call for details. */
export interface ContentLibrary {
  readonly layout: LibraryLayout;
  /** Validates, copies, verifies and activates the bundle folder `source` ({@link activateBundle}). */
  activate: (source: string, options: ActivateOptions) => Promise<ActivateResult>;
  /** Active, previous and installed versions; `verify` re-reads every file's sha-256. */
  status: (options?: { verify?: boolean }) => Promise<LibraryStatus>;
  /** Switches back to the previous version ({@link rollbackVersion}). */
  rollback: () => Promise<RollbackResult>;
  /** Start-up tidying and fallback; never throws ({@link recoverLibrary}). */
  recover: (options?: RecoverOptions) => Promise<RecoveryReport>;
  /** The bundle folder of the active version as the pointer names it, or null (no check of its files). */
  activeBundleDir: () => Promise<string | null>;
  /**
   * Re-reads every file of one installed version and compares its sha-256 (`status --verify` for one version),
   * one file at a time; `beforeFile` paces or stops it ({@link VerifyFilesOptions}). Changes nothing.
   */
  verifyVersion: (name: string, options?: VerifyFilesOptions) => Promise<IntegrityReport>;
  /**
   * Records what a full check found in version `name`, so every later check (the quick one at start-up too)
   * fails with it ({@link recordDamage}). Throws `busy` while another process changes the library.
   */
  recordDamage: (name: string, problems: readonly Bilingual[]) => Promise<void>;
}

/** Opens the library inside the kiosk data folder `dataDir` (created on first change). */
export function openContentLibrary(dataDir: string, options: LibraryOptions = {}): ContentLibrary {
  const context = libraryContext(dataDir, options);
  return {
    layout: context.layout,
    activate: (source, activateOptions) => activateBundle(context, source, activateOptions),
    status: (statusOptions) => libraryStatus(context, statusOptions?.verify ?? false),
    rollback: () => rollbackVersion(context),
    recover: (recoverOptions) => recoverLibrary(context, recoverOptions),
    activeBundleDir: async () => {
      const read = await readPointer(context.layout);
      return read.ok ? versionBundleDir(context.layout, read.pointer.active) : null;
    },
    verifyVersion: async (name, verifyOptions) => {
      const { ok, problems } = await checkVersion(context, name, 'full', verifyOptions);
      return { ok, problems };
    },
    recordDamage: (name, problems) => withLibraryLock(context, () => recordDamage(context, name, problems)),
  };
}

export type { ActivateOptions, ActivateResult, OtherBundle } from './activateBundle';
export type { LibraryStatus, VersionStatus } from './libraryStatus';
export type { RecoveryReport, RecoverOptions } from './recoverLibrary';
export type { RollbackResult } from './rollbackVersion';
export type { ActivationStep, Bilingual, BundleCheck, IntegrityReport, LibraryOptions, ValidateBundle, VersionSummary } from './libraryTypes';
export type { VerifyFilesOptions } from './integrity';
export { ACTIVATION_STEPS } from './libraryTypes';
export { LibraryError } from './libraryError';
export { defaultDataDir } from './libraryLayout';
