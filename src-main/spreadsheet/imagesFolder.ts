/**
 * The images named in a workbook, taken from the curator's images folder: each file is looked up safely (never
 * outside the folder), copied into the new bundle under the same relative path, and reported by sheet, row and
 * column when it is missing or differs only in case. Image files in the folder that no row names are listed too.
 * The folder itself is only read.
 */
import { copyFile, mkdir, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isSystemJunk } from '../content/validation/bundleFiles';
import { formatFieldPath, say } from '../content/validation/problem';
import { checkRelativePath, isInside } from '../content/safeResolve';
import type { CellLocations, SheetProblem } from './sheetProblem';

/** File endings counted as images when listing unused files. */
const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif|svg)$/i;

/** Folder names beside a workbook taken as its images folder, in this order (case-insensitive). */
const FOLDER_NAMES = ['bilder', 'images', 'fotos', 'photos', 'media', 'medien'];

/**
 * The images folder that belongs to `workbook`: a folder beside it named like the workbook (`harz.xlsx` →
 * `harz/`, `harz-bilder/`) or `bilder`, `images`, `fotos` …; `undefined` when there is none.
 */
export async function findImagesFolder(workbook: string): Promise<string | undefined> {
  const folder = path.dirname(workbook);
  const stem = path.basename(workbook).replace(/\.[^.]+$/, '').toLowerCase();
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return undefined;
  }
  const dirs = new Map(entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => [entry.name.toLowerCase(), entry.name]));
  for (const wanted of [stem, `${stem}-bilder`, `${stem} bilder`, ...FOLDER_NAMES]) {
    const name = dirs.get(wanted);
    if (name !== undefined) return path.join(folder, name);
  }
  return undefined;
}

/** Lists the files below `root` as relative paths with `/` (no hidden or system files), at most `limit`. */
async function listFiles(root: string, limit = 5000): Promise<string[]> {
  const files: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (files.length >= limit) return;
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.name.startsWith('.') || isSystemJunk(child)) continue;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  await walk('');
  return files;
}

/**
 * Copies the image files `manifest.images[].file` from `imagesDir` into `bundleDir`. Problems name the row of the
 * Bilder sheet through `locations`. Several rows may share one file; it is copied once.
 */
export async function copyImages(manifest: Record<string, unknown>, imagesDir: string | undefined, bundleDir: string, locations: CellLocations): Promise<SheetProblem[]> {
  const problems: SheetProblem[] = [];
  // Every list entry with a `file` names a file of the bundle: images, and copies of sources where the format has them.
  const named: { list: string; index: number; file: unknown }[] = [];
  for (const [list, items] of Object.entries(manifest)) {
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      if (typeof item === 'object' && item !== null && 'file' in item) named.push({ list, index, file: (item as { file: unknown }).file });
    });
  }
  const images = named;
  const at = (index: number) => {
    const entry = named[index]!;
    const field = formatFieldPath([entry.list, entry.index, 'file']);
    return { ...(locations.get(field) ?? locations.get(formatFieldPath([entry.list, entry.index])) ?? {}), field };
  };
  if (images.length === 0) return problems;
  if (imagesDir === undefined) {
    problems.push({
      severity: 'error',
      code: 'images-folder-missing',
      sheet: 'Bilder',
      message: say(
        'die Tabelle nennt Bilder, aber es ist kein Bilder-Ordner angegeben – bitte mit --images <ordner> angeben oder den Ordner „bilder“ neben die Tabelle legen',
        'the workbook names images but no images folder was given – please pass --images <folder> or put a folder "bilder" beside the workbook',
      ),
    });
    return problems;
  }
  const root = await realpath(imagesDir);
  const available = await listFiles(root);
  const byLower = new Map(available.map((file) => [file.toLowerCase(), file]));
  const present = new Set(available);
  const used = new Set<string>();
  const found = new Set<string>();
  for (const [index, image] of images.entries()) {
    const file = typeof image.file === 'string' ? image.file.replace(/\\/g, '/') : undefined;
    if (file === undefined || used.has(file)) continue;
    if (!checkRelativePath(file) || file.split('/').includes('..')) {
      problems.push({ severity: 'error', code: 'path-outside', ...at(index), message: say(`„${file}“ ist kein Dateiname im Bilder-Ordner (kein „..“, kein Laufwerk, kein absoluter Pfad)`, `"${file}" is not a file name inside the images folder (no "..", drive or absolute path)`) });
      continue;
    }
    // „bilder/a.jpg“ with the folder „bilder“ itself given: the row names the folder too (an exported bundle does).
    const ownName = `${path.basename(root).toLowerCase()}/`;
    const candidates = [file, ...(file.toLowerCase().startsWith(ownName) ? [file.slice(ownName.length)] : [])];
    const inFolder = candidates.find((candidate) => present.has(candidate));
    let real: string | undefined;
    if (inFolder !== undefined) {
      try {
        real = await realpath(path.join(root, inFolder));
        if (!isInside(root, real) || !(await stat(real)).isFile()) real = undefined;
      } catch {
        real = undefined;
      }
    }
    if (real === undefined || inFolder === undefined) {
      const other = candidates.map((candidate) => byLower.get(candidate.toLowerCase())).find((match) => match !== undefined);
      problems.push({
        severity: 'error',
        code: other ? 'media-case' : 'media-missing',
        ...at(index),
        message: other
          ? say(`„${file}“ heißt im Bilder-Ordner „${other}“ – Groß-/Kleinschreibung muss genau stimmen`, `"${file}" is called "${other}" in the images folder – the case must match exactly`)
          : say(`die Datei „${file}“ fehlt im Bilder-Ordner „${path.basename(imagesDir)}“`, `the file "${file}" is missing in the images folder "${path.basename(imagesDir)}"`),
      });
      continue;
    }
    found.add(inFolder);
    used.add(file);
    const target = path.join(bundleDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(real, target);
  }
  const unused = available.filter((file) => IMAGE_FILE.test(file) && !found.has(file));
  for (const file of unused.slice(0, 20)) {
    problems.push({
      severity: 'warning',
      code: 'image-unused',
      sheet: 'Bilder',
      message: say(`„${file}“ liegt im Bilder-Ordner, steht aber in keiner Zeile – wird nicht übernommen`, `"${file}" is in the images folder but in no row – not imported`),
    });
  }
  if (unused.length > 20) {
    problems.push({ severity: 'warning', code: 'image-unused', sheet: 'Bilder', message: say(`… und ${unused.length - 20} weitere ungenutzte Bilder`, `… and ${unused.length - 20} more unused images`) });
  }
  return problems;
}
