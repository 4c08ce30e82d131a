/**
 * The integrity manifest of an installed version (`integrity.json` next to its `bundle/` folder): where it came
 * from, when, and the size and sha-256 of every file, so the kiosk can tell a complete copy from a damaged one.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { sha256OfFile } from '../fs/fileHash';
import type { Bilingual, IntegrityReport, VersionSummary } from './libraryTypes';

/** A version folder name: safe as one path segment on every platform. */
export const versionName = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z-]{0,150}$/);

/** One file of an installed version as recorded when it was copied. */
export const integrityEntry = z.strictObject({
  /** Path inside the bundle with forward slashes. */
  path: z.string().min(1),
  /** Bytes. */
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type IntegrityEntry = z.infer<typeof integrityEntry>;

/** The whole `integrity.json`: the version's name, what bundle it holds, when and from where, and its files. */
export const integrityManifest = z.strictObject({
  format: z.literal(1),
  name: versionName,
  bundleId: z.string().min(1),
  title: z.string(),
  versionLabel: z.string().nullable(),
  /** ISO 8601 time the copy was completed. */
  installedAt: z.iso.datetime(),
  /** The folder or `.zip` the curator named. */
  source: z.string(),
  files: z.array(integrityEntry),
});
export type IntegrityManifest = z.infer<typeof integrityManifest>;

/** How thoroughly to check a version: `quick` compares file sizes, `full` re-reads every file and its sha-256. */
export type VerifyMode = 'quick' | 'full';

/** The summary shown by `status` and the admin screen, computed from a manifest. */
export function summarize(manifest: IntegrityManifest): VersionSummary {
  return {
    name: manifest.name,
    bundleId: manifest.bundleId,
    title: manifest.title,
    versionLabel: manifest.versionLabel,
    installedAt: manifest.installedAt,
    source: manifest.source,
    fileCount: manifest.files.length,
    totalBytes: manifest.files.reduce((sum, file) => sum + file.size, 0),
  };
}

/** Reads and checks the shape of an integrity manifest; a problem message when it is missing or damaged. */
export async function readIntegrityManifest(
  file: string,
): Promise<{ ok: true; manifest: IntegrityManifest } | { ok: false; problem: Bilingual }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { ok: false, problem: { de: 'Prüfliste integrity.json fehlt', en: 'integrity.json is missing' } };
  }
  try {
    const parsed = integrityManifest.safeParse(JSON.parse(text));
    if (parsed.success) return { ok: true, manifest: parsed.data };
  } catch {
    // Falls through to the message below: unparsable JSON and a wrong shape mean the same to a curator.
  }
  return { ok: false, problem: { de: 'Prüfliste integrity.json ist beschädigt', en: 'integrity.json is damaged' } };
}

/** Options of {@link verifyFiles}. */
export interface VerifyFilesOptions {
  /**
   * Awaited before each file is checked: the kiosk's background check pauses here so it never competes with the
   * show, and throws here (e.g. an `AbortError`) to stop the check; the error then leaves `verifyFiles`.
   */
  beforeFile?: () => Promise<void>;
}

/**
 * Checks the files in `bundleDir` against `manifest`, one file at a time. Every listed file must exist with its
 * size (and, in `full` mode, its sha-256); extra files are reported too, since the kiosk would serve them.
 */
export async function verifyFiles(
  bundleDir: string,
  manifest: IntegrityManifest,
  mode: VerifyMode,
  options: VerifyFilesOptions = {},
): Promise<IntegrityReport> {
  const problems: Bilingual[] = [];
  for (const entry of manifest.files) {
    await options.beforeFile?.();
    const file = path.join(bundleDir, ...entry.path.split('/'));
    let size: number;
    try {
      size = (await stat(file)).size;
    } catch {
      problems.push({ de: `${entry.path}: Datei fehlt`, en: `${entry.path}: file missing` });
      continue;
    }
    if (size !== entry.size) {
      problems.push({
        de: `${entry.path}: Größe ${size} Bytes statt ${entry.size}`,
        en: `${entry.path}: size ${size} bytes instead of ${entry.size}`,
      });
    } else if (mode === 'full' && (await sha256OfFile(file)) !== entry.sha256) {
      problems.push({ de: `${entry.path}: Inhalt verändert (Prüfsumme falsch)`, en: `${entry.path}: content changed (checksum mismatch)` });
    }
  }
  if (mode === 'full') {
    const listed = new Set(manifest.files.map((entry) => entry.path));
    for (const extra of (await listRelative(bundleDir)).filter((file) => !listed.has(file))) {
      problems.push({ de: `${extra}: Datei gehört nicht zur Version`, en: `${extra}: file does not belong to the version` });
    }
  }
  return { ok: problems.length === 0, problems };
}

async function listRelative(folder: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listRelative(path.join(folder, entry.name), relative)));
    else found.push(relative);
  }
  return found;
}
