/**
 * The installed versions: reading their integrity manifests, checking them, pruning old ones, and tidying what an
 * interrupted run left behind. A version folder only ever appears complete (it is renamed in from staging) and
 * only ever disappears whole (it is renamed into trash before deletion).
 */
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fsyncDir, isOneOf, writeFileAtomic } from '../fs/durableFs';
import { readIntegrityManifest, verifyFiles, versionName, type IntegrityManifest, type VerifyFilesOptions, type VerifyMode } from './integrity';
import { randomToken, type LibraryContext } from './libraryContext';
import { POINTER_TEMP_PREFIX, versionBundleDir, versionDamageFile, versionDir, versionIntegrityFile } from './libraryLayout';
import type { Bilingual, IntegrityReport } from './libraryTypes';

/** One folder under `versions/`, with its manifest when readable. */
export interface InstalledVersion {
  name: string;
  manifest?: IntegrityManifest;
  problem?: Bilingual;
}

/** Reads one version's integrity manifest and checks it belongs to the folder. */
export async function readVersion(context: LibraryContext, name: string): Promise<InstalledVersion> {
  const read = await readIntegrityManifest(versionIntegrityFile(context.layout, name));
  if (!read.ok) return { name, problem: read.problem };
  if (read.manifest.name !== name) {
    return { name, problem: { de: 'Prüfliste gehört zu einer anderen Version', en: 'integrity.json belongs to another version' } };
  }
  return { name, manifest: read.manifest };
}

/** All installed versions, newest first (unreadable ones last). */
export async function listVersions(context: LibraryContext): Promise<InstalledVersion[]> {
  let names: string[];
  try {
    const entries = await readdir(context.layout.versionsDir, { withFileTypes: true });
    names = entries.filter((entry) => entry.isDirectory() && versionName.safeParse(entry.name).success).map((entry) => entry.name);
  } catch (error) {
    if (isOneOf(error, ['ENOENT'])) return [];
    throw error;
  }
  const versions = await Promise.all(names.map((name) => readVersion(context, name)));
  return versions.sort(newestFirst);
}

function newestFirst(a: InstalledVersion, b: InstalledVersion): number {
  const at = a.manifest?.installedAt ?? '';
  const bt = b.manifest?.installedAt ?? '';
  if (at !== bt) return at < bt ? 1 : -1;
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}

/** Checks an installed version's files against its manifest (`quick`: sizes; `full`: sha-256 too). */
export async function checkVersion(
  context: LibraryContext,
  name: string,
  mode: VerifyMode,
  options: VerifyFilesOptions = {},
): Promise<IntegrityReport & { manifest?: IntegrityManifest }> {
  const version = await readVersion(context, name);
  if (!version.manifest) {
    const problem = version.problem ?? { de: 'Version fehlt', en: 'version is missing' };
    return { ok: false, problems: [problem] };
  }
  const damage = await readDamage(context, name);
  if (damage) return { ok: false, problems: damage, manifest: version.manifest };
  const report = await verifyFiles(versionBundleDir(context.layout, name), version.manifest, mode, options);
  return { ...report, manifest: version.manifest };
}

/**
 * Records that a full check found `name` damaged (`damaged.json` in its folder), so that every later check fails
 * with the same `problems` – above all the quick one at start-up, which compares sizes and cannot see a changed
 * byte. The files are left as they are for the curator to look at; pruning removes the version in time. Call
 * only while holding the lock.
 */
export async function recordDamage(context: LibraryContext, name: string, problems: readonly Bilingual[]): Promise<void> {
  const text = `${JSON.stringify({ format: 1, foundAt: context.now().toISOString(), problems }, null, 2)}\n`;
  await writeFileAtomic(versionDamageFile(context.layout, name), text);
}

/** The problems a full check recorded for `name`, or null when none were (or the record is unreadable). */
async function readDamage(context: LibraryContext, name: string): Promise<Bilingual[] | null> {
  let text: string;
  try {
    text = await readFile(versionDamageFile(context.layout, name), 'utf8');
  } catch {
    return null;
  }
  const fallback: Bilingual[] = [{ de: 'bei einer früheren Prüfung beschädigt gefunden', en: 'found damaged by an earlier check' }];
  try {
    const data = JSON.parse(text) as { problems?: unknown };
    const problems = Array.isArray(data.problems)
      ? data.problems.filter((problem): problem is Bilingual => typeof problem?.de === 'string' && typeof problem?.en === 'string')
      : [];
    return problems.length > 0 ? problems : fallback;
  } catch {
    // A record cut short is still a record: the version was found damaged.
    return fallback;
  }
}

/**
 * Removes what an interrupted activation or pruning left: staging copies, versions half-way through deletion,
 * temporary pointer files and locks set aside. Call only while holding the lock.
 * @returns The removed entries, relative to the library folder.
 */
export async function removeLeftovers(context: LibraryContext): Promise<string[]> {
  const { layout } = context;
  const removed: string[] = [];
  for (const [folder, label] of [[layout.stagingDir, 'staging'], [layout.trashDir, 'trash']] as const) {
    for (const entry of await readdir(folder).catch(() => [] as string[])) {
      await rm(path.join(folder, entry), { recursive: true, force: true });
      removed.push(`${label}/${entry}`);
    }
  }
  for (const entry of await readdir(layout.libraryDir).catch(() => [] as string[])) {
    if (entry.startsWith(POINTER_TEMP_PREFIX) || entry.startsWith('lock.stale-')) {
      await rm(path.join(layout.libraryDir, entry), { force: true });
      removed.push(entry);
    }
  }
  return removed;
}

/**
 * Deletes the oldest versions so that at most `keepVersions` remain; the names in `keep` (active and previous)
 * always stay. Each is first renamed into `trash/` so no half-deleted version is ever seen under `versions/`.
 * @returns Names of the pruned versions.
 */
export async function pruneVersions(context: LibraryContext, keep: ReadonlySet<string>): Promise<string[]> {
  const versions = await listVersions(context);
  let slots = context.keepVersions - versions.filter((version) => keep.has(version.name)).length;
  const pruned: string[] = [];
  for (const version of versions) {
    if (keep.has(version.name)) continue;
    if (slots > 0 && version.manifest) {
      slots -= 1;
      continue;
    }
    const trashed = path.join(context.layout.trashDir, `${version.name}-${randomToken(context)}`);
    await rename(versionDir(context.layout, version.name), trashed);
    pruned.push(version.name);
  }
  if (pruned.length === 0) return pruned;
  await fsyncDir(context.layout.versionsDir);
  for (const entry of await readdir(context.layout.trashDir)) {
    await rm(path.join(context.layout.trashDir, entry), { recursive: true, force: true });
  }
  return pruned;
}
