import { readPointer } from './activePointer';
import { summarize } from './integrity';
import type { LibraryContext } from './libraryContext';
import type { Bilingual, IntegrityReport, VersionSummary } from './libraryTypes';
import { checkVersion, listVersions } from './versionStore';

/** One installed version as `status` shows it. */
export interface VersionStatus {
  name: string;
  role: 'active' | 'previous' | 'kept';
  /** Null when the version's integrity manifest is missing or damaged (`problem` says which). */
  summary: VersionSummary | null;
  problem?: Bilingual;
  /** Present when `status` was asked to verify: the result of re-reading every file's sha-256. */
  integrity?: IntegrityReport;
}

/** The library at a glance: what is shown, what a rollback would return to, and everything installed. */
export interface LibraryStatus {
  dataDir: string;
  active: VersionSummary | null;
  /** ISO 8601 time the active version became active. */
  activatedAt: string | null;
  previous: VersionSummary | null;
  /** Why there is no usable pointer, if there is none. */
  pointerProblem?: Bilingual;
  /** Newest first. */
  versions: VersionStatus[];
}

/**
 * Reads the library's state without changing anything (no lock needed: the pointer is replaced atomically).
 * @param verify Re-read every installed file and compare its sha-256 (slower: reads all bytes).
 */
export async function libraryStatus(context: LibraryContext, verify = false): Promise<LibraryStatus> {
  const read = await readPointer(context.layout);
  const activeName = read.ok ? read.pointer.active : null;
  const previousName = read.ok ? read.pointer.previous : null;
  const versions: VersionStatus[] = [];
  for (const version of await listVersions(context)) {
    const role = version.name === activeName ? 'active' : version.name === previousName ? 'previous' : 'kept';
    const entry: VersionStatus = { name: version.name, role, summary: version.manifest ? summarize(version.manifest) : null };
    if (version.problem) entry.problem = version.problem;
    if (verify) {
      const { ok, problems } = await checkVersion(context, version.name, 'full');
      entry.integrity = { ok, problems };
    }
    versions.push(entry);
  }
  const find = (name: string | null): VersionSummary | null =>
    versions.find((version) => version.name === name)?.summary ?? null;
  const status: LibraryStatus = {
    dataDir: context.layout.dataDir,
    active: find(activeName),
    activatedAt: read.ok ? read.pointer.activatedAt : null,
    previous: find(previousName),
    versions,
  };
  if (!read.ok) status.pointerProblem = read.problem;
  else if (status.active === null) {
    status.pointerProblem = {
      de: `Die aktive Version „${read.pointer.active}“ fehlt oder ist beschädigt.`,
      en: `The active version "${read.pointer.active}" is missing or damaged.`,
    };
  }
  return status;
}
