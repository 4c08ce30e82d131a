import { lstat, open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { findByNormalizedName, isInside } from '../safeResolve';
import { MAX_IMAGE_PIXELS, MAX_MEDIA_FILE_BYTES, MAX_SVG_BYTES, MIN_FULLSCREEN_SHORT_SIDE_PX } from './limits';
import { isCutShort } from './cutShort';
import { mediaPathMessage } from './mediaPath';
import { say, type LocalizedMessage, type ProblemCode, type Severity } from './problem';
import { looksLikeSvg, svgHazards } from './svgSafety';

/** Image formats the kiosk can show, by the type detected from the bytes, with the file endings that fit. */
export const DISPLAYABLE_TYPES: Readonly<Record<string, { name: string; extensions: readonly string[] }>> = {
  jpg: { name: 'JPEG', extensions: ['jpg', 'jpeg'] },
  png: { name: 'PNG', extensions: ['png'] },
  webp: { name: 'WebP', extensions: ['webp'] },
  avif: { name: 'AVIF', extensions: ['avif'] },
  gif: { name: 'GIF', extensions: ['gif'] },
  svg: { name: 'SVG', extensions: ['svg'] },
};

/** One finding about a media file; `about: 'path'` when it is about the path as written in the manifest. */
export interface MediaFinding {
  severity: Severity;
  code: ProblemCode;
  about: 'path' | 'content';
  message: LocalizedMessage;
}

/** What was learnt about a media file: its findings and, for a readable image, type and size in px. */
export interface MediaFileReport {
  findings: MediaFinding[];
  /** The file's real path relative to the bundle (differs from the written path behind a symlink). */
  realRelative?: string;
  type?: string;
  width?: number;
  height?: number;
}

/** How many bytes are read to detect the type: enough for every format file-type knows and for an SVG prologue. */
const HEAD_BYTES = 64 * 1024;

/**
 * Checks one media file named in the manifest: path inside the bundle (symlinks resolved), existence, size, type
 * from the bytes against the extension, complete decoding, dimensions, SVG safety. Never throws.
 *
 * @param realRoot The bundle folder, already resolved with `realpath`.
 * @param file The path as written in the manifest.
 */
export async function checkMediaFile(realRoot: string, file: string): Promise<MediaFileReport> {
  const pathMessage = mediaPathMessage(file);
  if (pathMessage) return only('error', 'path-outside', 'path', pathMessage);
  let absolute = path.resolve(realRoot, file);
  try {
    await lstat(absolute);
  } catch {
    // The same name in another Unicode normalisation (NFD from a Mac) is the same file, without a word.
    const onDisk = await findByNormalizedName(realRoot, file);
    if (onDisk === undefined) return missing(realRoot, file);
    absolute = onDisk;
  }
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    return only('error', 'media-missing', 'path', say(`„${file}“ ist eine Verknüpfung, deren Ziel fehlt`, `"${file}" is a link whose target is missing`));
  }
  if (!isInside(realRoot, real)) {
    return only(
      'error',
      'symlink-outside',
      'path',
      say(
        `„${file}“ ist eine Verknüpfung, die aus dem Paket hinaus zeigt – bitte die Datei selbst ins Paket kopieren`,
        `"${file}" is a link pointing outside the bundle – please copy the file itself into the bundle`,
      ),
    );
  }
  const info = await stat(real);
  if (!info.isFile()) {
    return only('error', 'media-not-file', 'path', say(`„${file}“ ist keine Datei (ein Ordner?)`, `"${file}" is not a file (a folder?)`));
  }
  if (info.size > MAX_MEDIA_FILE_BYTES) {
    return only(
      'error',
      'file-too-large',
      'content',
      say(
        `die Datei ist ${mebibytes(info.size)} MiB groß, erlaubt sind ${mebibytes(MAX_MEDIA_FILE_BYTES)} MiB – bitte verkleinern (für den Bildschirm reichen 3840 px Breite)`,
        `the file is ${mebibytes(info.size)} MiB, the limit is ${mebibytes(MAX_MEDIA_FILE_BYTES)} MiB – please scale it down (3840 px wide is plenty for the screen)`,
      ),
    );
  }
  const head = await readHead(real, Math.min(HEAD_BYTES, info.size));
  const detected = (await fileTypeFromBuffer(head))?.ext ?? (looksLikeSvg(head.toString('utf8')) ? 'svg' : undefined);
  const extension = path.extname(file).slice(1).toLowerCase();
  const typeFinding = typeMismatch(detected, extension, file);
  const realRelative = path.relative(realRoot, real).split(path.sep).join('/');
  if (typeFinding) return { findings: [typeFinding], realRelative };
  const report = detected === 'svg' ? await checkSvg(real, info.size) : await checkRaster(real, detected!);
  return { ...report, realRelative };
}

/** Compares the detected type with the file ending; a finding when the kiosk could not show the file. */
export function typeMismatch(detected: string | undefined, extension: string, file: string): MediaFinding | undefined {
  const allowed = Object.values(DISPLAYABLE_TYPES).map((type) => type.name).join(', ');
  if (detected === undefined) {
    return {
      severity: 'error',
      code: 'unsupported-type',
      about: 'content',
      message: say(
        `der Inhalt ist kein Bild, das der Kiosk zeigen kann (Typ nicht erkannt) – erlaubt: ${allowed}`,
        `the content is not an image the kiosk can show (type not recognised) – allowed: ${allowed}`,
      ),
    };
  }
  const type = DISPLAYABLE_TYPES[detected];
  if (type === undefined) {
    const hint = detected === 'heic' || detected === 'heif' ? say(' (iPhone-Format: bitte als JPEG exportieren)', ' (iPhone format: please export as JPEG)') : say('', '');
    return {
      severity: 'error',
      code: 'unsupported-type',
      about: 'content',
      message: say(
        `die Datei ist ein ${detected.toUpperCase()}, das der Kiosk nicht zeigen kann${hint.de} – erlaubt: ${allowed}`,
        `the file is ${detected.toUpperCase()}, which the kiosk cannot show${hint.en} – allowed: ${allowed}`,
      ),
    };
  }
  if (type.extensions.includes(extension)) return undefined;
  // The handler sends the type by extension with `nosniff`, so a wrong ending would make the image invisible.
  const suggestion = `${file.slice(0, file.length - extension.length - (extension ? 1 : 0))}.${type.extensions[0]}`;
  return {
    severity: 'error',
    code: 'type-mismatch',
    about: 'content',
    message: say(
      `die Datei endet auf „.${extension}“, ist aber ein ${type.name}-Bild – bitte umbenennen in „${suggestion}“ (auch im Manifest)`,
      `the file ends in ".${extension}" but is a ${type.name} image – please rename it to "${suggestion}" (in the manifest too)`,
    ),
  };
}

async function checkRaster(real: string, type: string): Promise<MediaFileReport> {
  const options = { failOn: 'truncated' as const, limitInputPixels: MAX_IMAGE_PIXELS, animated: false };
  let width: number;
  let height: number;
  try {
    const metadata = await sharp(real, options).metadata();
    // EXIF orientations 5–8 turn the picture by 90°: the screen sees width and height swapped.
    const turned = (metadata.orientation ?? 1) >= 5;
    width = (turned ? metadata.height : metadata.width) ?? 0;
    height = (turned ? metadata.width : metadata.height) ?? 0;
    // Decoding every pixel is the only way to find a file cut short (metadata reads only the header); with
    // failOn 'warning' a decoder warning about damaged data (bit rot: „Corrupt JPEG data“) fails the check too,
    // where the default would let a photo with a grey half or noise pass.
    await sharp(real, { ...options, failOn: 'warning' }).stats();
  } catch (error) {
    const detail = (error as Error).message ?? String(error);
    return { findings: [decodeFinding(detail, await isCutShort(real, detail))], type };
  }
  const findings: MediaFinding[] = [];
  if (Math.min(width, height) < MIN_FULLSCREEN_SHORT_SIDE_PX) {
    findings.push({
      severity: 'warning',
      code: 'image-small',
      about: 'content',
      message: say(
        `das Bild hat nur ${width} × ${height} px – im Vollbild wirkt es unscharf (empfohlen: kürzere Seite mindestens ${MIN_FULLSCREEN_SHORT_SIDE_PX} px)`,
        `the image is only ${width} × ${height} px – it looks blurred full screen (recommended: shorter side at least ${MIN_FULLSCREEN_SHORT_SIDE_PX} px)`,
      ),
    });
  }
  return { findings, type, width, height };
}

function decodeFinding(detail: string, truncated: boolean): MediaFinding {
  const firstLine = detail.split('\n')[0]!.trim();
  if (/pixel limit/i.test(detail)) {
    return {
      severity: 'error',
      code: 'file-too-large',
      about: 'content',
      message: say(
        `das Bild hat mehr als ${MAX_IMAGE_PIXELS / 1e6} Megapixel – bitte verkleinern`,
        `the image has more than ${MAX_IMAGE_PIXELS / 1e6} megapixels – please scale it down`,
      ),
    };
  }
  return {
    severity: 'error',
    code: truncated ? 'image-truncated' : 'image-unreadable',
    about: 'content',
    message: truncated
      ? say(
          `das Bild ist unvollständig (abgeschnitten, etwa beim Kopieren) – bitte die Datei neu kopieren (${firstLine})`,
          `the image is incomplete (cut short, e.g. while copying) – please copy the file again (${firstLine})`,
        )
      : say(
          `das Bild lässt sich nicht lesen (beschädigt?) – bitte neu exportieren (${firstLine})`,
          `the image cannot be read (damaged?) – please export it again (${firstLine})`,
        ),
  };
}

async function checkSvg(real: string, size: number): Promise<MediaFileReport> {
  if (size > MAX_SVG_BYTES) {
    return only(
      'error',
      'file-too-large',
      'content',
      say(`die SVG-Datei ist größer als ${mebibytes(MAX_SVG_BYTES)} MiB`, `the SVG file is larger than ${mebibytes(MAX_SVG_BYTES)} MiB`),
    );
  }
  const hazards = svgHazards(await readFile(real, 'utf8'));
  if (hazards.length === 0) return { findings: [], type: 'svg' };
  return {
    type: 'svg',
    findings: [
      {
        severity: 'error',
        code: 'svg-unsafe',
        about: 'content',
        message: say(
          `die SVG-Datei enthält ${hazards.join(', ')} – SVG-Bilder dürfen kein Skript und keine Verweise nach außen enthalten; bitte als PNG exportieren oder bereinigen`,
          `the SVG file contains ${hazards.join(', ')} – SVG images must not contain script or external references; please export as PNG or clean it`,
        ),
      },
    ],
  };
}

/** A missing file, with a hint when only the upper/lower case differs (Windows ignores case, the kiosk does not). */
async function missing(realRoot: string, file: string): Promise<MediaFileReport> {
  const actual = await findIgnoringCase(realRoot, file.split('/'));
  if (actual !== undefined) {
    return only(
      'error',
      'media-case',
      'path',
      say(
        `„${file}“ fehlt, es gibt aber „${actual}“ – Groß- und Kleinschreibung müssen genau stimmen, bitte angleichen`,
        `"${file}" is missing but "${actual}" exists – upper and lower case must match exactly, please align them`,
      ),
    );
  }
  return only(
    'error',
    'media-missing',
    'path',
    say(
      `Datei „${file}“ fehlt im Paket – bitte die Datei hinzufügen oder den Pfad korrigieren`,
      `file "${file}" is missing from the bundle – please add the file or correct the path`,
    ),
  );
}

async function findIgnoringCase(folder: string, segments: readonly string[]): Promise<string | undefined> {
  const [first, ...rest] = segments;
  if (first === undefined) return '';
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return undefined;
  }
  for (const name of names.filter((candidate) => candidate.toLowerCase() === first.toLowerCase())) {
    const tail = await findIgnoringCase(path.join(folder, name), rest);
    if (tail !== undefined) return tail === '' ? name : `${name}/${tail}`;
  }
  return undefined;
}

async function readHead(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function only(severity: Severity, code: ProblemCode, about: MediaFinding['about'], message: LocalizedMessage): MediaFileReport {
  return { findings: [{ severity, code, about, message }] };
}

function mebibytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
