import { createWriteStream } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { isInside } from '../safeResolve';
import { isSystemJunk } from './bundleFiles';
import { MAX_TOTAL_BYTES } from './limits';
import { MANIFEST_NAMES } from './manifestSource';
import { say, type Problem } from './problem';
import { entryInfo, isDirectoryEntry, wrapperFolder, zipEntryProblems, type ZipEntryInfo } from './zipEntryChecks';

/** The outcome of opening a bundle .zip: problems found (errors mean nothing usable was extracted). */
export interface ZipExtractResult {
  problems: Problem[];
  /** True when every entry passed the checks and was extracted into the target folder. */
  extracted: boolean;
}

/**
 * Checks every entry of `zipPath` and only then extracts the bundle into `targetDir` (which must exist and be
 * empty). A single top-level folder wrapping the bundle is removed. While extracting, the sizes the archive
 * declares are enforced on the bytes actually inflated (never trusting headers), and the total is capped.
 * Never throws for bad archives; problems name the entry as the file.
 */
export async function extractZipBundle(zipPath: string, targetDir: string): Promise<ZipExtractResult> {
  if ((await readdir(targetDir)).length > 0) throw new Error(`extraction folder is not empty: ${targetDir}`);
  let zipfile: ZipFile;
  try {
    // yauzl's own size check is off: it fails with an untyped English sentence. The limiter in `extractEntry`
    // enforces the same declared sizes on the inflated bytes and raises a typed `ZipSizeError` instead.
    zipfile = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false });
  } catch (error) {
    return { extracted: false, problems: [unreadable(path.basename(zipPath), (error as Error).message)] };
  }
  try {
    const read = await readEntries(zipfile);
    if (read.error !== undefined) return { extracted: false, problems: [unreadable(path.basename(zipPath), read.error)] };
    const infos = read.entries.map(({ info }) => info);
    const problems = zipEntryProblems(infos);
    if (problems.length > 0) return { extracted: false, problems };
    const prefix = wrapperFolder(infos, MANIFEST_NAMES);
    let total = 0;
    for (const { entry, info } of read.entries) {
      if (isDirectoryEntry(info) || isSystemJunk(info.name) || !info.name.startsWith(prefix)) continue;
      const target = path.resolve(targetDir, info.name.slice(prefix.length));
      // Checked above already; kept as a second line of defence right where the write happens.
      if (!isInside(targetDir, target) || target === path.resolve(targetDir)) throw new Error(`entry escapes: ${info.name}`);
      await mkdir(path.dirname(target), { recursive: true });
      try {
        total = await extractEntry(zipfile, entry, info, target, total);
      } catch (error) {
        return { extracted: false, problems: [entryProblem(info.name, error)] };
      }
    }
    return { extracted: true, problems: [] };
  } finally {
    zipfile.close();
  }
}

async function readEntries(zipfile: ZipFile): Promise<{ entries: { entry: Entry; info: ZipEntryInfo }[]; error?: string }> {
  const entries: { entry: Entry; info: ZipEntryInfo }[] = [];
  return new Promise((resolve) => {
    zipfile.on('entry', (entry: Entry) => {
      entries.push({ entry, info: entryInfo(entry) });
      zipfile.readEntry();
    });
    zipfile.once('end', () => resolve({ entries }));
    zipfile.once('error', (error: Error) => resolve({ entries, error: error.message }));
    zipfile.readEntry();
  });
}

/** Which size rule an entry broke while it was inflated. */
export type ZipSizeFault = 'more-than-declared' | 'less-than-declared' | 'total-budget';

/**
 * A size rule broken while inflating an entry, raised where the bytes are counted. Carries the facts (bytes);
 * the curator's sentence is made from them in `entryProblem`, never parsed back from a message.
 */
export class ZipSizeError extends Error {
  constructor(
    readonly fault: ZipSizeFault,
    /** Bytes inflated when the rule broke (for `total-budget`: bytes of the whole archive so far). */
    readonly actualBytes: number,
    /** Bytes allowed: the entry's declared size, or `MAX_TOTAL_BYTES` for `total-budget`. */
    readonly allowedBytes: number,
  ) {
    super(`${fault}: ${actualBytes} bytes, allowed ${allowedBytes}`);
    this.name = 'ZipSizeError';
  }
}

/** Inflates one entry into `target`, counting bytes; returns the new running total. */
async function extractEntry(zipfile: ZipFile, entry: Entry, info: ZipEntryInfo, target: string, totalBefore: number): Promise<number> {
  let written = 0;
  const limiter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      written += chunk.length;
      if (written > info.uncompressedSize) callback(new ZipSizeError('more-than-declared', written, info.uncompressedSize));
      else if (totalBefore + written > MAX_TOTAL_BYTES) callback(new ZipSizeError('total-budget', totalBefore + written, MAX_TOTAL_BYTES));
      else callback(null, chunk);
    },
  });
  const stream = await zipfile.openReadStreamPromise(entry);
  // `wx`: never overwrite; duplicates were refused before, so an existing file here means something is wrong.
  await pipeline(stream, limiter, createWriteStream(target, { flags: 'wx' }));
  if (written !== info.uncompressedSize) throw new ZipSizeError('less-than-declared', written, info.uncompressedSize);
  return totalBefore + written;
}

/** The curator's problem for an entry that failed while extracting: typed size faults get their own sentence. */
function entryProblem(file: string, error: unknown): Problem {
  if (error instanceof ZipSizeError) {
    const counts = `${error.actualBytes} statt ${error.allowedBytes} Bytes`;
    const countsEn = `${error.actualBytes} instead of ${error.allowedBytes} bytes`;
    const message =
      error.fault === 'total-budget'
        ? say(
            `das entpackte Archiv wird größer als erlaubt (${counts}) – bitte Bilder verkleinern oder das Paket teilen`,
            `the extracted archive grows beyond the limit (${countsEn}) – please shrink images or split the bundle`,
          )
        : say(
            `der Eintrag enthält ${error.fault === 'more-than-declared' ? 'mehr' : 'weniger'} Daten als angegeben (${counts}) – das Archiv ist beschädigt oder manipuliert`,
            `the entry holds ${error.fault === 'more-than-declared' ? 'more' : 'fewer'} bytes than declared (${countsEn}) – the archive is damaged or tampered with`,
          );
    return { severity: 'error', code: error.fault === 'total-budget' ? 'zip-too-large' : 'zip-size-mismatch', file, message };
  }
  // Anything else (zlib or yauzl failing on the data) has no typed cause; its text is only shown as a detail.
  const detail = error instanceof Error ? error.message : String(error);
  return {
    severity: 'error',
    code: 'zip-unreadable',
    file,
    message: say(
      `der Eintrag lässt sich nicht entpacken (${detail}) – bitte das Archiv neu erstellen`,
      `the entry cannot be extracted (${detail}) – please create the archive again`,
    ),
  };
}

function unreadable(file: string, detail: string): Problem {
  return {
    severity: 'error',
    code: 'zip-unreadable',
    file,
    message: say(
      `die ZIP-Datei lässt sich nicht lesen (${detail}) – ist sie vollständig kopiert? Bitte neu erstellen`,
      `the ZIP file cannot be read (${detail}) – was it copied completely? Please create it again`,
    ),
  };
}
