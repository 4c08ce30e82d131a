import { mkdtemp, open, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BundleManifest } from '../../../src-shared/bundleSchema';
import { listBundleFiles } from './bundleFiles';
import { MAX_FILE_COUNT, MAX_TOTAL_BYTES } from './limits';
import { checkManifest, ioProblem } from './manifestChecks';
import { MANIFEST_NAMES, type ParsedManifest } from './manifestSource';
import { checkMediaFile, type MediaFileReport } from './mediaFile';
import { formatFieldPath, itemIdsOf, say, sortProblems, type ItemIds, type MessageLanguage, type Problem } from './problem';
import { sourceFileProblems } from './provenanceChecks';
import { starterContentHints } from './starterContent';
import { extractZipBundle } from './zipBundle';

/** Options of {@link validateBundle}. */
export interface ValidationOptions {
  /** Language of formatted messages (problems always carry both). Default `de`. */
  lang?: MessageLanguage;
  /** Folder in which a .zip is extracted (into a fresh subfolder). Default: the system's temp folder. */
  workDir?: string;
  /** Called as a long step advances (photos decoded, zip entries extracted), for progress output. */
  onProgress?: (progress: ValidationProgress) => void;
}

/** How far a long step of validation is: `done` of `total` items of `phase`. */
export interface ValidationProgress {
  phase: 'extract' | 'images';
  done: number;
  total: number;
}

/** The result of validating a bundle. */
export interface ValidationReport {
  /** True when there is no error (warnings allowed). */
  ok: boolean;
  /** Errors and warnings, errors first, then by file and line. */
  problems: Problem[];
  /** The validated manifest with defaults applied; present when the schema passed (even if other errors exist). */
  manifest?: BundleManifest;
  /** The manifest's file name, e.g. `bundle.yaml`. */
  manifestFile?: string;
  /** The ids of the manifest's entries as written (also when the schema failed), to name entries in locations. */
  itemIds?: ItemIds;
  /** The folder holding the validated content: the source folder itself, or the extraction folder of a .zip. */
  folder: string;
  /** The language asked for, for formatting. */
  lang: MessageLanguage;
  /** Removes the extraction folder of a .zip (nothing for a folder). Safe to call twice. */
  dispose(): Promise<void>;
}

/**
 * Validates a bundle folder or `.zip`: archive safety, manifest syntax and schema, ids, references, dates,
 * languages, text, media files and size limits. Never writes into `source` and never throws for bad content;
 * failures of the tool itself are reported as problems with code `io`.
 */
export async function validateBundle(source: string, options: ValidationOptions = {}): Promise<ValidationReport> {
  const lang = options.lang ?? 'de';
  const absolute = path.resolve(source);
  const report = (problems: Problem[], folder: string, extra: Partial<ValidationReport> = {}, dispose = async () => {}) => {
    const sorted = sortProblems(problems);
    return { ok: !sorted.some((p) => p.severity === 'error'), problems: sorted, folder, lang, dispose, ...extra };
  };
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    return report([ioProblem(path.basename(absolute), error)], absolute);
  }
  if (info.isDirectory()) return report(...(await validateFolder(absolute, options.onProgress)));
  if (!(await isZipFile(absolute))) {
    return report(
      [
        {
          severity: 'error',
          code: 'io',
          file: path.basename(absolute),
          message: say(
            'weder ein Ordner noch eine ZIP-Datei – bitte den Paketordner oder die .zip angeben',
            'neither a folder nor a ZIP file – please give the bundle folder or the .zip',
          ),
        },
      ],
      absolute,
    );
  }
  let extractDir: string;
  try {
    extractDir = await mkdtemp(path.join(options.workDir ?? tmpdir(), 'kiosk-bundle-'));
  } catch (error) {
    return report([ioProblem(undefined, error)], absolute);
  }
  const dispose = () => rm(extractDir, { recursive: true, force: true });
  try {
    const extracted = await extractZipBundle(absolute, extractDir);
    if (!extracted.extracted) return report(extracted.problems, extractDir, {}, dispose);
    const [problems, folder, extra] = await validateFolder(extractDir, options.onProgress);
    return report(problems, folder, extra, dispose);
  } catch (error) {
    return report([ioProblem(path.basename(absolute), error)], extractDir, {}, dispose);
  }
}

/** A .zip is recognised by its bytes (`PK\x03\x04` or an empty archive's `PK\x05\x06`), not only by the name. */
async function isZipFile(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'r');
    try {
      const head = Buffer.alloc(4);
      await handle.read(head, 0, 4, 0);
      return head.readUInt32LE(0) === 0x04034b50 || head.readUInt32LE(0) === 0x06054b50;
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

type FolderResult = [Problem[], string, Partial<ValidationReport>];

async function validateFolder(folder: string, onProgress?: ValidationOptions['onProgress']): Promise<FolderResult> {
  const problems: Problem[] = [];
  let realRoot: string;
  try {
    realRoot = await realpath(folder);
  } catch (error) {
    return [[ioProblem(undefined, error)], folder, {}];
  }
  let listing;
  try {
    listing = await listBundleFiles(realRoot);
  } catch (error) {
    return [[ioProblem(undefined, error)], folder, {}];
  }
  problems.push(...fileLimitProblems(listing.entries, listing.truncated));

  const checked = await checkManifest(realRoot);
  problems.push(...checked.problems);
  const itemIds = itemIdsOf(checked.parsed?.data as Record<string, unknown> | undefined);
  if (!checked.manifest || !checked.parsed) return [problems, folder, itemIds ? { itemIds } : {}];
  const { manifest, parsed } = checked;

  // Every manifest name counts as used: a second manifest already has its own warning.
  const used = new Set<string>(MANIFEST_NAMES);
  problems.push(...(await mediaProblems(realRoot, manifest, parsed, used, onProgress)));
  problems.push(...(await sourceFileProblems(realRoot, manifest, parsed, used)));
  problems.push(...starterContentHints(manifest, parsed));
  for (const entry of listing.entries) {
    if (entry.kind === 'symlink' && !entry.targetInside) {
      if (used.has(entry.relative)) continue; // already reported at the manifest field that names it
      problems.push({
        severity: 'error',
        code: 'symlink-outside',
        file: entry.relative,
        message: say(
          'Verknüpfung, die aus dem Paket hinaus zeigt oder ins Leere – bitte löschen oder durch die Datei selbst ersetzen',
          'a link pointing outside the bundle or nowhere – please delete it or replace it by the file itself',
        ),
      });
    } else if (!used.has(entry.relative) && !used.has(entry.relative.normalize('NFC'))) {
      problems.push({
        severity: 'warning',
        code: 'file-unused',
        file: entry.relative,
        message: say(
          'die Datei wird im Manifest nirgends verwendet – bitte eintragen oder aus dem Paket entfernen',
          'the file is not used anywhere in the manifest – please add it or remove it from the bundle',
        ),
      });
    }
  }
  return [problems, folder, { manifest, manifestFile: parsed.file, ...(itemIds ? { itemIds } : {}) }];
}

function fileLimitProblems(entries: readonly { size: number }[], truncated: boolean): Problem[] {
  const problems: Problem[] = [];
  if (truncated) {
    problems.push({
      severity: 'error',
      code: 'too-many-files',
      message: say(
        `Das Paket enthält mehr als ${MAX_FILE_COUNT} Dateien – ist das der richtige Ordner?`,
        `the bundle holds more than ${MAX_FILE_COUNT} files – is this the right folder?`,
      ),
    });
  }
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > MAX_TOTAL_BYTES) {
    problems.push({
      severity: 'error',
      code: 'bundle-too-large',
      message: say(
        `Das Paket ist ${Math.round(total / 1024 / 1024)} MiB groß, erlaubt sind ${MAX_TOTAL_BYTES / 1024 / 1024} MiB – bitte Bilder verkleinern`,
        `the bundle is ${Math.round(total / 1024 / 1024)} MiB, the limit is ${MAX_TOTAL_BYTES / 1024 / 1024} MiB – please scale images down`,
      ),
    });
  }
  return problems;
}

/** Checks each image file once (several entries may share one file); marks the files as used. */
async function mediaProblems(
  realRoot: string,
  manifest: BundleManifest,
  parsed: ParsedManifest,
  used: Set<string>,
  onProgress?: ValidationOptions['onProgress'],
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const reports = new Map<string, MediaFileReport>();
  const total = manifest.images.length;
  onProgress?.({ phase: 'images', done: 0, total });
  for (const [index, image] of manifest.images.entries()) {
    if (index > 0) onProgress?.({ phase: 'images', done: index, total });
    const fieldPath = ['images', index, 'file'];
    const field = formatFieldPath(fieldPath);
    used.add(image.file);
    used.add(image.file.normalize('NFC'));
    const known = reports.get(image.file);
    let report: MediaFileReport;
    try {
      report = known ?? (await checkMediaFile(realRoot, image.file));
    } catch (error) {
      problems.push({ ...ioProblem(image.file, error), field });
      continue;
    }
    reports.set(image.file, report);
    if (report.realRelative !== undefined) used.add(report.realRelative);
    for (const finding of report.findings) {
      if (finding.about === 'path') {
        problems.push({ severity: finding.severity, code: finding.code, file: parsed.file, ...parsed.locate(fieldPath), field, message: finding.message });
      } else if (known === undefined) {
        if (finding.code === 'image-small' && image.placeholder) continue; // a stand-in waiting for the real photo
        problems.push({ severity: finding.severity, code: finding.code, file: image.file, field, message: finding.message });
      }
    }
  }
  if (total > 0) onProgress?.({ phase: 'images', done: total, total });
  return problems;
}
