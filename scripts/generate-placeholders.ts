/**
 * Writes a labelled stand-in JPEG for every image a bundle marks `placeholder: true`, so an exhibition can be
 * shown (and checked) before the curator's photos arrive.
 *
 *   npx tsx scripts/generate-placeholders.ts [bundle folder …]   (default: every bundle in content/)
 *
 * What each image says comes from its German caption (see `captionLines`), so picture and caption always agree.
 * A file that exists but was not written by this generator is never overwritten: it is probably the real photo
 * and only the `placeholder: true` line in the manifest is left to remove.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { bundleManifest, type BundleManifest } from '../src-shared/bundleSchema';
import { localize } from '../src-shared/localizedText';
import { contentLocations, projectRoot } from '../src-main/content/contentLocations';
import { MANIFEST_NAMES } from '../src-main/content/loadBundle';
import { captionLines, isGeneratedPlaceholder, renderPlaceholder } from '../src-main/content/placeholderImage';

/** What one run did in one bundle; paths are relative to the bundle folder, with forward slashes. */
export interface GenerateReport {
  written: string[];
  skipped: { file: string; reason: string }[];
}

/** Reads and validates the manifest of `bundleDir`; throws a German message when there is none or it is invalid. */
export async function readManifest(bundleDir: string): Promise<BundleManifest> {
  for (const name of MANIFEST_NAMES) {
    let text: string;
    try {
      text = await readFile(path.join(bundleDir, name), 'utf8');
    } catch {
      continue;
    }
    const result = bundleManifest.safeParse(parseYaml(text.replace(/^\uFEFF/, '')));
    if (result.success) return result.data;
    const first = result.error.issues[0];
    throw new Error(`${name}: ungültig bei ${first?.path.join('.') ?? '(Wurzel)'}: ${first?.message ?? ''}`);
  }
  throw new Error(`${bundleDir}: kein Manifest (${MANIFEST_NAMES.join(', ')}) gefunden`);
}

/**
 * The absolute target for a manifest path, or `undefined` when the path could leave the bundle. Placeholders are
 * written only to plain relative paths: no backslash, no drive letter, no `..` segment.
 */
export function placeholderTarget(bundleDir: string, file: string): string | undefined {
  if (file.includes('\\') || file.includes('\0') || /^[a-zA-Z]:/.test(file) || file.startsWith('/')) return undefined;
  if (file.split('/').some((segment) => segment === '..' || segment === '')) return undefined;
  if (!/\.jpe?g$/i.test(file)) return undefined;
  const root = path.resolve(bundleDir);
  const target = path.resolve(root, file);
  return target.startsWith(root + path.sep) ? target : undefined;
}

/** Generates every placeholder of the bundle in `bundleDir`. Same manifest, same bytes. */
export async function generatePlaceholders(bundleDir: string): Promise<GenerateReport> {
  const manifest = await readManifest(bundleDir);
  const report: GenerateReport = { written: [], skipped: [] };
  for (const image of manifest.images) {
    if (!image.placeholder) continue;
    const target = placeholderTarget(bundleDir, image.file);
    if (target === undefined) {
      report.skipped.push({ file: image.file, reason: 'Pfad ist kein einfacher relativer .jpg-Pfad im Paket' });
      continue;
    }
    const existing = await readFile(target).catch(() => undefined);
    if (existing !== undefined && !(await isGeneratedPlaceholder(existing))) {
      report.skipped.push({
        file: image.file,
        reason: 'Datei ist kein erzeugter Platzhalter (wohl schon das echte Foto) – im Manifest „placeholder: true“ entfernen',
      });
      continue;
    }
    const bytes = await renderPlaceholder({
      lines: captionLines(localize(image.caption, 'de')),
      file: image.file,
      colourKey: image.id,
    });
    if (existing !== undefined && existing.equals(bytes)) {
      report.written.push(image.file);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    // Write beside the target, then rename: an interrupted run never leaves half a JPEG behind.
    const partial = `${target}.${process.pid}.tmp`;
    await writeFile(partial, bytes);
    await rename(partial, target);
    report.written.push(image.file);
  }
  return report;
}

/** Every folder directly inside `contentDir` that holds a manifest. */
export async function bundleFolders(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  const folders: string[] = [];
  for (const entry of entries.filter((item) => item.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const names = await readdir(path.join(contentDir, entry.name));
    if (MANIFEST_NAMES.some((name) => names.includes(name))) folders.push(path.join(contentDir, entry.name));
  }
  return folders;
}

async function main(args: readonly string[]): Promise<number> {
  const folders = args.length > 0 ? [...args] : await bundleFolders(contentLocations(projectRoot(import.meta.url)).contentDir);
  let failed = false;
  for (const folder of folders) {
    try {
      const report = await generatePlaceholders(folder);
      console.log(`${folder}: ${report.written.length} Platzhalter geschrieben`);
      for (const skip of report.skipped) console.warn(`  übersprungen ${skip.file}: ${skip.reason}`);
    } catch (error) {
      failed = true;
      console.error(`${folder}: ${(error as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
