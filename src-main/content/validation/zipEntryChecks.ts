import yauzl, { type Entry } from 'yauzl';
import { checkRelativePath } from '../safeResolve';
import { isSystemJunk } from './bundleFiles';
import { COMPRESSION_RATIO_MIN_BYTES, MAX_COMPRESSION_RATIO, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES } from './limits';
import { say, type Problem, type ProblemCode } from './problem';

/** What the central directory of a .zip says about one entry (declared, not yet trusted). */
export interface ZipEntryInfo {
  /** The name exactly as stored (backslashes kept). */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** Unix mode from the upper 16 bits of the external attributes; 0 when the archiver wrote none. */
  mode: number;
  /** General purpose bit 0: traditional (or stronger) encryption. */
  encrypted: boolean;
  /** 0 stored, 8 deflate; anything else cannot be read. */
  compressionMethod: number;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** True for an entry that only creates a folder. */
export function isDirectoryEntry(entry: ZipEntryInfo): boolean {
  return entry.name.endsWith('/') || (entry.mode & S_IFMT) === 0o040000;
}

/**
 * Checks every entry of an archive before anything is extracted: names that leave the folder (zip-slip, absolute
 * paths, drive letters, backslashes), symlinks, duplicates (also ones differing only in case, which collide on
 * Windows and macOS), encryption, unknown compression, and compression bombs by ratio, total size and entry count.
 * Pure; the problems name the entry as the file.
 */
export function zipEntryProblems(entries: readonly ZipEntryInfo[]): Problem[] {
  const problems: Problem[] = [];
  const add = (code: ProblemCode, file: string | undefined, de: string, en: string) =>
    problems.push({ severity: 'error', code, ...(file === undefined ? {} : { file }), message: say(de, en) });
  const repack = say(
    'bitte den Paketordner neu packen, am besten mit „npm run content -- pack“',
    'please pack the bundle folder again, preferably with "npm run content -- pack"',
  );

  if (entries.length > MAX_ZIP_ENTRIES) {
    add(
      'zip-too-many-entries',
      undefined,
      `Das Archiv enthält ${entries.length} Einträge, erlaubt sind ${MAX_ZIP_ENTRIES} – ist das der richtige Ordner?`,
      `the archive holds ${entries.length} entries, the limit is ${MAX_ZIP_ENTRIES} – is this the right folder?`,
    );
    return problems;
  }
  let total = 0;
  const seen = new Map<string, string>();
  const files = new Set<string>();
  for (const entry of entries) {
    const { name } = entry;
    const trimmed = name.replace(/\/$/, '');
    if (name.includes('\\')) {
      add('zip-backslash', name, `Name mit Rückstrich \\ – ${repack.de}`, `name with a backslash \\ – ${repack.en}`);
      continue;
    }
    if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) {
      add('zip-absolute', name, `absoluter Pfad im Archiv – ${repack.de}`, `absolute path in the archive – ${repack.en}`);
      continue;
    }
    if (trimmed.split('/').includes('..')) {
      add(
        'zip-slip',
        name,
        `der Eintrag zeigt mit „..“ aus dem Zielordner hinaus (Zip-Slip) – das Archiv wird abgelehnt`,
        `the entry leaves the target folder with ".." (zip slip) – the archive is refused`,
      );
      continue;
    }
    if (!checkRelativePath(trimmed)) {
      add('zip-slip', name, `ungültiger Name im Archiv (leere Teile, „.“ oder Steuerzeichen) – ${repack.de}`, `invalid name in the archive (empty parts, "." or control characters) – ${repack.en}`);
      continue;
    }
    if ((entry.mode & S_IFMT) === S_IFLNK) {
      add(
        'zip-symlink',
        name,
        'der Eintrag ist eine Verknüpfung (Symlink) – bitte die Datei selbst ins Paket legen',
        'the entry is a symbolic link – please put the file itself into the bundle',
      );
      continue;
    }
    if (entry.encrypted) {
      add('zip-encrypted', name, 'der Eintrag ist verschlüsselt – bitte ohne Passwort packen', 'the entry is encrypted – please pack without a password');
      continue;
    }
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      add(
        'zip-unsupported',
        name,
        `unbekanntes Kompressionsverfahren ${entry.compressionMethod} – ${repack.de}`,
        `unknown compression method ${entry.compressionMethod} – ${repack.en}`,
      );
      continue;
    }
    const lower = trimmed.toLowerCase();
    const earlier = seen.get(lower);
    if (earlier !== undefined && !(isDirectoryEntry(entry) && earlier.endsWith('/'))) {
      if (earlier === name) add('zip-duplicate', name, 'der Eintrag steht zweimal im Archiv', 'the entry appears twice in the archive');
      else {
        add(
          'zip-duplicate',
          name,
          `„${name}“ und „${earlier}“ unterscheiden sich nur in Groß-/Kleinschreibung – auf Windows und macOS überschreiben sie sich; bitte einen umbenennen`,
          `"${name}" and "${earlier}" differ only in case – they overwrite each other on Windows and macOS; please rename one`,
        );
      }
      continue;
    }
    seen.set(lower, name);
    if (isDirectoryEntry(entry)) continue;
    files.add(lower);
    if (entry.uncompressedSize > COMPRESSION_RATIO_MIN_BYTES && entry.uncompressedSize / Math.max(entry.compressedSize, 1) > MAX_COMPRESSION_RATIO) {
      add(
        'zip-bomb',
        name,
        `der Eintrag würde sich auf das ${Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1))}-Fache entpacken (erlaubt: ${MAX_COMPRESSION_RATIO}) – das Archiv wird als Kompressionsbombe abgelehnt`,
        `the entry would expand ${Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1))}-fold (limit: ${MAX_COMPRESSION_RATIO}) – the archive is refused as a compression bomb`,
      );
    }
    total += entry.uncompressedSize;
  }
  // A file may not also be used as a folder (`a` and `a/b`): extracting one would destroy the other.
  for (const file of files) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i += 1) {
      const prefix = parts.slice(0, i).join('/');
      if (files.has(prefix)) {
        add('zip-duplicate', file, `„${prefix}“ ist zugleich Datei und Ordner`, `"${prefix}" is both a file and a folder`);
      }
    }
  }
  if (total > MAX_TOTAL_BYTES) {
    add(
      'zip-too-large',
      undefined,
      `Das Archiv würde sich auf ${Math.round(total / 1024 / 1024)} MiB entpacken, erlaubt sind ${MAX_TOTAL_BYTES / 1024 / 1024} MiB – das Archiv wird abgelehnt`,
      `the archive would expand to ${Math.round(total / 1024 / 1024)} MiB, the limit is ${MAX_TOTAL_BYTES / 1024 / 1024} MiB – the archive is refused`,
    );
  }
  return problems;
}

/**
 * The single top-level folder that wraps the whole bundle (curators zip the folder, not its contents), as
 * `name/`; `''` when entries lie at the root. System junk such as `__MACOSX/` is not counted.
 */
export function wrapperFolder(entries: readonly ZipEntryInfo[], manifestNames: readonly string[]): string {
  const names = entries.map((entry) => entry.name).filter((name) => !isSystemJunk(name.replace(/\/$/, '')));
  if (names.some((name) => manifestNames.includes(name))) return '';
  const firsts = new Set(names.map((name) => name.split('/')[0]));
  if (firsts.size !== 1) return '';
  const [first] = firsts;
  const prefix = `${first}/`;
  return names.every((name) => name.startsWith(prefix)) ? prefix : '';
}

/**
 * What a zip's central directory declares for `entry`. Names are read undecoded (decodeStrings off), so yauzl
 * neither rejects nor rewrites them itself and the checks name every problem.
 */
export function entryInfo(entry: Entry): ZipEntryInfo {
  return {
    name: yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true),
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
    mode: (entry.externalFileAttributes >>> 16) & 0xffff,
    encrypted: (entry.generalPurposeBitFlag & 0x1) !== 0,
    compressionMethod: entry.compressionMethod,
  };
}
