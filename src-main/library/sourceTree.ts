/**
 * Lists the files of a bundle folder to copy, reading nothing but folder entries and file metadata: the source
 * is never modified. Symbolic links that stay inside the folder are followed (copied as plain files); links that
 * leave it, links to folders and special files are refused.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { LibraryError, ioError } from './libraryError';

/** One regular file of the source, as found before copying. */
export interface SourceFile {
  /** Path inside the bundle with forward slashes, e.g. `bilder/foto-01.jpg`. */
  relative: string;
  absolute: string;
  /** Size in bytes. */
  size: number;
  /** Last modification, ms since the epoch; compared after copying to catch a source that changed meanwhile. */
  mtimeMs: number;
}

/**
 * The files of the bundle in `folder`, sorted by path. Throws a {@link LibraryError} for what cannot be copied,
 * and when `folder` and `libraryDir` lie inside one another (the copy would copy itself).
 */
export async function listSourceFiles(folder: string, libraryDir: string): Promise<SourceFile[]> {
  let root: string;
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) {
      throw new LibraryError('source-not-folder', {
        de: `„${folder}“ ist kein Ordner. Bitte einen Paketordner (oder eine .zip-Datei) angeben.`,
        en: `"${folder}" is not a folder. Please name a bundle folder (or a .zip file).`,
      });
    }
    root = await realpath(folder);
  } catch (error) {
    if (error instanceof LibraryError) throw error;
    throw new LibraryError('source-missing', {
      de: `Der Ordner „${folder}“ ist nicht lesbar oder fehlt.`,
      en: `The folder "${folder}" is missing or unreadable.`,
    }, { cause: error });
  }
  const library = await realpath(libraryDir).catch(() => path.resolve(libraryDir));
  if (isInside(library, root) || isInside(root, library)) {
    throw new LibraryError('source-overlaps', {
      de: `Der Paketordner „${folder}“ und die Inhaltsbibliothek „${libraryDir}“ liegen ineinander. Bitte den Paketordner an einen anderen Ort legen oder einen anderen Datenordner wählen.`,
      en: `The bundle folder "${folder}" and the content library "${libraryDir}" lie inside one another. Please move the bundle folder or choose another data folder.`,
    });
  }
  const files: SourceFile[] = [];
  await walk(root, root, '', files);
  return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

async function walk(root: string, folder: string, prefix: string, files: SourceFile[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw ioError({ de: `Ordner „${prefix || '.'}“ nicht lesbar`, en: `cannot read folder "${prefix || '.'}"` }, error);
  }
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    const absolute = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      await walk(root, absolute, relative, files);
    } else if (entry.isFile()) {
      const info = await lstat(absolute);
      files.push({ relative, absolute, size: info.size, mtimeMs: info.mtimeMs });
    } else if (entry.isSymbolicLink()) {
      files.push(await followLink(root, absolute, relative));
    } else {
      throw unsupported(relative, { de: 'ist keine gewöhnliche Datei', en: 'is not a regular file' });
    }
  }
}

async function followLink(root: string, absolute: string, relative: string): Promise<SourceFile> {
  let target: string;
  try {
    target = await realpath(absolute);
  } catch {
    throw unsupported(relative, { de: 'ist eine Verknüpfung ins Leere', en: 'is a broken link' });
  }
  if (!isInside(target, root)) {
    throw unsupported(relative, { de: 'verweist aus dem Paket hinaus', en: 'links outside the bundle' });
  }
  const info = await stat(target);
  if (!info.isFile()) {
    throw unsupported(relative, { de: 'ist eine Verknüpfung auf einen Ordner', en: 'is a link to a folder' });
  }
  return { relative, absolute: target, size: info.size, mtimeMs: info.mtimeMs };
}

function unsupported(relative: string, why: { de: string; en: string }): LibraryError {
  return new LibraryError('unsupported-entry', {
    de: `„${relative}“ ${why.de} und kann nicht übernommen werden.`,
    en: `"${relative}" ${why.en} and cannot be installed.`,
  });
}

/** True when `inner` is `outer` or lies below it. */
function isInside(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
}
