/**
 * Start-up recovery: tidy what an interrupted run left, and find the version to show. Never throws: whatever is
 * wrong, the kiosk gets a folder to serve or is told to use its built-in default.
 */
import { readPointer, writePointer } from './activePointer';
import type { VerifyMode } from './integrity';
import { LibraryError } from './libraryError';
import { describeError } from '../fs/systemErrors';
import { ensureLayout, lockLibrary, randomToken, type LibraryContext } from './libraryContext';
import type { LibraryLock } from './libraryLock';
import { versionBundleDir } from './libraryLayout';
import type { Bilingual } from './libraryTypes';
import { checkVersion, listVersions, removeLeftovers } from './versionStore';

/** What recovery found and did; `notes` are for the log and the admin screen. */
export interface RecoveryReport {
  /** The version to show, or null when the built-in default must be used. */
  active: string | null;
  /** The folder to serve the bundle from; null when the built-in default must be used. */
  bundleDir: string | null;
  useBuiltInDefault: boolean;
  /** True when the pointer was rewritten to a fallback version. */
  repaired: boolean;
  /** Leftovers of interrupted runs that were removed, relative to the library folder. */
  removed: string[];
  notes: Bilingual[];
}

/** Options of {@link recoverLibrary}. */
export interface RecoverOptions {
  /** `quick` (default) checks that every file is there with its size; `full` re-reads all hashes. */
  verify?: VerifyMode;
  /**
   * Versions found unusable while the kiosk ran (damaged by the background check, or crashing the page), with the
   * note that says why. They are passed over like a version whose check fails, without being checked again.
   */
  avoid?: ReadonlyMap<string, Bilingual>;
  /**
   * Choose without rewriting the pointer (default false): for a choice that only changes what is served, e.g. the
   * fallback from a version that keeps crashing the page, while the pointer stays the curator's.
   */
  keepPointer?: boolean;
}

/**
 * Removes leftovers and makes sure the pointer names a complete version: if it is missing, damaged or points to a
 * missing or damaged version, the previous version (else the newest complete one) becomes active. When another
 * process holds the lock (an activation is running), nothing is changed and the current choice is only read.
 */
export async function recoverLibrary(context: LibraryContext, options: RecoverOptions = {}): Promise<RecoveryReport> {
  const mode = options.verify ?? 'quick';
  const report: RecoveryReport = { active: null, bundleDir: null, useBuiltInDefault: true, repaired: false, removed: [], notes: [] };
  let lock: LibraryLock | undefined;
  try {
    await ensureLayout(context);
    lock = await lockLibrary(context);
  } catch (error) {
    report.notes.push(
      error instanceof LibraryError
        ? error.text
        : { de: `Bibliothek nur lesbar: ${describeError(error).de}`, en: `library is read-only: ${describeError(error).en}` },
    );
  }
  try {
    if (lock) report.removed = await removeLeftovers(context);
    await choose(context, { mode, avoid: options.avoid ?? new Map() }, report, lock !== undefined && options.keepPointer !== true);
  } catch (error) {
    report.notes.push({
      de: `Die Inhaltsbibliothek ist nicht lesbar: ${describeError(error).de}`,
      en: `The content library cannot be read: ${describeError(error).en}`,
    });
  } finally {
    await lock?.release().catch(() => undefined);
  }
  if (report.active === null) {
    report.bundleDir = null;
    report.useBuiltInDefault = true;
    report.notes.push({
      de: 'Keine vollständige Version in der Bibliothek: Der Kiosk zeigt die mitgelieferte Ausstellung.',
      en: 'No complete version in the library: the kiosk shows the built-in exhibition.',
    });
  }
  return report;
}

async function choose(
  context: LibraryContext,
  how: { mode: VerifyMode; avoid: ReadonlyMap<string, Bilingual> },
  report: RecoveryReport,
  mayWrite: boolean,
): Promise<void> {
  const read = await readPointer(context.layout);
  const candidates: string[] = [];
  if (read.ok) {
    candidates.push(read.pointer.active);
    if (read.pointer.previous !== null) candidates.push(read.pointer.previous);
  } else if (read.reason === 'damaged') {
    report.notes.push(read.problem);
  }
  for (const version of await listVersions(context)) {
    if (!candidates.includes(version.name)) candidates.push(version.name);
  }
  const good: string[] = [];
  for (const name of candidates) {
    const avoided = how.avoid.get(name);
    if (avoided) {
      report.notes.push(avoided);
      continue;
    }
    const check = await checkVersion(context, name, how.mode);
    if (check.ok) {
      good.push(name);
      // The pointer's own choice needs no fallback; otherwise find a previous too, for a later rollback.
      if (good.length === 2 || (read.ok && name === read.pointer.active)) break;
    } else {
      report.notes.push({
        de: `Version „${name}“ ist unvollständig oder beschädigt: ${check.problems.slice(0, 3).map((p) => p.de).join('; ')}`,
        en: `Version "${name}" is incomplete or damaged: ${check.problems.slice(0, 3).map((p) => p.en).join('; ')}`,
      });
    }
  }
  const [active, previous = null] = good;
  if (active === undefined) return;
  report.active = active;
  report.bundleDir = versionBundleDir(context.layout, active);
  report.useBuiltInDefault = false;
  const pointerFine = read.ok && read.pointer.active === active;
  if (pointerFine) return;
  const fallbackNote = {
    de: `Der Kiosk zeigt jetzt die Version „${active}“.`,
    en: `The kiosk now shows version "${active}".`,
  };
  report.notes.push(fallbackNote);
  if (!mayWrite) return;
  await writePointer(
    context.layout,
    { format: 1, active, previous, activatedAt: context.now().toISOString() },
    randomToken(context),
  );
  report.repaired = true;
}
