/**
 * Activation: validate a bundle folder, copy and verify it into a new version, and switch the pointer to it.
 * Until the pointer's atomic rename the previous show is untouched; a crash at any moment leaves either the old or
 * the new version active, and {@link removeLeftovers} tidies the rest.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localize } from '../../src-shared/localizedText';
import { loadBundle } from '../content/loadBundle';
import { readPointer, writePointer } from './activePointer';
import { copyVerified } from './copyVerified';
import { fsyncDir, fsyncFile } from '../fs/durableFs';
import { summarize, type IntegrityManifest } from './integrity';
import { randomToken, withLibraryLock, type LibraryContext } from './libraryContext';
import { compactTime, versionDir } from './libraryLayout';
import { libraryStatus } from './libraryStatus';
import type { ActivationStep, ValidateBundle, VersionSummary } from './libraryTypes';
import { listSourceFiles, type SourceFile } from './sourceTree';
import { checkVersion, pruneVersions, removeLeftovers } from './versionStore';

/** What {@link activateBundle} needs besides the source folder. */
export interface ActivateOptions {
  validate: ValidateBundle;
  /** Shown in `status` as where the version came from, e.g. the `.zip` the folder was extracted from. */
  sourceLabel?: string;
  /** Called at each named step (crash-test seam; progress display). */
  onStep?: (step: ActivationStep) => Promise<void> | void;
  /**
   * False: a bundle with another id than the active one is refused with `otherBundle` (the curator must confirm,
   * `--replace` on the CLI). Default true (hot reload of the same source, tests).
   */
  allowOtherBundle?: boolean;
}

/** The active exhibition and the incoming one when their bundle ids differ. */
export interface OtherBundle {
  active: { bundleId: string; title: string };
  incoming: { bundleId: string; title: string };
}

/** The outcome: the new active version, or the validator's problems (nothing was changed). */
export type ActivateResult =
  | { ok: true; version: VersionSummary; previous: string | null; pruned: string[] }
  | { ok: false; problems: string[]; otherBundle?: OtherBundle };

/**
 * Installs the bundle in `source` as a new version and makes it active. Invalid content is a result
 * (`ok: false`); anything that stops the activation otherwise (busy, unreadable source, disk full) throws a
 * {@link LibraryError} or file-system error, and the active version stays as it was.
 */
export async function activateBundle(context: LibraryContext, source: string, options: ActivateOptions): Promise<ActivateResult> {
  const step = async (name: ActivationStep): Promise<void> => options.onStep?.(name);
  return withLibraryLock(context, async () => {
    await step('locked');
    await removeLeftovers(context);
    const files = await listSourceFiles(source, context.layout.libraryDir);
    const check = await options.validate(source);
    if (!check.ok) return { ok: false, problems: check.problems };
    if (options.allowOtherBundle === false) {
      const otherBundle = await differentBundle(context, source);
      if (otherBundle) return { ok: false, problems: [], otherBundle };
    }
    await step('validated');

    const installed = await installVersion(context, files, options.sourceLabel ?? path.resolve(source), step);
    if (!installed.ok) return installed;
    const { manifest } = installed;

    const previous = await currentGoodVersion(context);
    await writePointer(
      context.layout,
      { format: 1, active: manifest.name, previous, activatedAt: manifest.installedAt },
      randomToken(context),
      () => step('pointer-temp-written'),
    );
    await step('pointer-switched');

    const pruned = await pruneVersions(context, new Set([manifest.name, ...(previous ? [previous] : [])]));
    await step('pruned');
    return { ok: true, version: summarize(manifest), previous, pruned };
  });
}

/**
 * Copies `files` into a staging folder, verifies them, writes the integrity manifest and renames the folder into
 * `versions/`. The staging folder is removed when anything fails before the rename.
 */
async function installVersion(
  context: LibraryContext,
  files: SourceFile[],
  sourceLabel: string,
  step: (name: ActivationStep) => Promise<void>,
): Promise<{ ok: true; manifest: IntegrityManifest } | { ok: false; problems: string[] }> {
  const { layout } = context;
  const staging = path.join(layout.stagingDir, randomToken(context));
  const stagedBundle = path.join(staging, 'bundle');
  await mkdir(stagedBundle, { recursive: true });
  let installed = false;
  try {
    await step('staging-created');
    const half = Math.ceil(files.length / 2);
    const entries = await copyVerified(files, stagedBundle, {
      afterFile: async (done) => (done === half ? step('copying') : undefined),
      beforeVerify: () => step('copied'),
    });
    await step('verified');

    // The copy is what will be served, so its manifest gives the version's name and title.
    const loaded = await loadBundle(stagedBundle);
    if (!loaded.ok) return { ok: false, problems: loaded.problems };
    const installedAt = context.now();
    const name = `${compactTime(installedAt)}-${loaded.manifest.id}`.slice(0, 140) + `-${randomToken(context).slice(0, 4)}`;
    const manifest: IntegrityManifest = {
      format: 1,
      name,
      bundleId: loaded.manifest.id,
      title: localize(loaded.manifest.title, 'de'),
      versionLabel: loaded.manifest.version ?? null,
      installedAt: installedAt.toISOString(),
      source: sourceLabel,
      files: entries,
    };
    const integrityFile = path.join(staging, 'integrity.json');
    await writeFile(integrityFile, `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
    await fsyncFile(integrityFile);
    await fsyncDir(staging);
    await step('integrity-written');

    await rename(staging, versionDir(layout, name));
    installed = true;
    await fsyncDir(layout.versionsDir);
    await fsyncDir(layout.stagingDir);
    await step('version-installed');
    return { ok: true, manifest };
  } finally {
    // A copy that never became a version is removed now; after a crash, the next run's removeLeftovers does it.
    if (!installed) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The active and incoming bundle when the incoming one (already validated) has another id, else undefined. */
async function differentBundle(context: LibraryContext, source: string): Promise<OtherBundle | undefined> {
  const active = (await libraryStatus(context)).active;
  const incoming = await loadBundle(source);
  if (active === null || !incoming.ok || incoming.manifest.id === active.bundleId) return undefined;
  return {
    active: { bundleId: active.bundleId, title: active.title },
    incoming: { bundleId: incoming.manifest.id, title: localize(incoming.manifest.title, 'de') },
  };
}

/** The version to keep as previous: the active one if complete, else the pointer's previous if complete, else null. */
async function currentGoodVersion(context: LibraryContext): Promise<string | null> {
  const read = await readPointer(context.layout);
  if (!read.ok) return null;
  for (const name of [read.pointer.active, read.pointer.previous]) {
    if (name !== null && (await checkVersion(context, name, 'quick')).ok) return name;
  }
  return null;
}
