import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Turns the URL path of a request into a file path inside `root`, or `undefined` when the request must be refused.
 *
 * The order matters and follows the usual traversal defences: check the raw text for encoded separators and NUL,
 * decode exactly once, refuse backslashes, drive letters and dot segments, resolve, check containment, then
 * resolve symlinks with `realpath` and check containment again (a link inside the bundle may point outside).
 *
 * @param root Absolute folder the request may reach; it is itself resolved with `realpath`.
 * @param encodedPath The path part of the URL below the mount point, still percent-encoded, without a leading `/`.
 * @returns The real absolute path of an existing file or folder inside `root`, or `undefined`.
 */
export async function safeResolve(root: string, encodedPath: string): Promise<string | undefined> {
  const relative = decodeRequestPath(encodedPath);
  if (relative === undefined) return undefined;
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return undefined;
  }
  const candidate = path.resolve(realRoot, relative);
  if (!isInside(realRoot, candidate)) return undefined;
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    // A name written in NFC may lie on disk in NFD (macOS, zips made there): look it up by its normalised form.
    const onDisk = await findByNormalizedName(realRoot, relative);
    if (onDisk === undefined || !isInside(realRoot, onDisk)) return undefined;
    try {
      real = await realpath(onDisk);
    } catch {
      return undefined;
    }
  }
  return isInside(realRoot, real) ? real : undefined;
}

/**
 * Finds `relative` below `realRoot` comparing each segment in Unicode NFC, so `bilder/Münster.jpg` written in the
 * manifest (NFC) finds `bilder/Mu\u0308nster.jpg` saved by a Mac (NFD). An exact name always wins; among several
 * names equal in NFC the first in sorted order is taken. `relative` must already have passed
 * {@link checkRelativePath}; the caller checks containment and symlinks of the result.
 *
 * @returns The absolute path with the names as they are on disk, or `undefined` when no entry matches.
 */
export async function findByNormalizedName(realRoot: string, relative: string): Promise<string | undefined> {
  let current = realRoot;
  for (const segment of relative.split('/')) {
    const exact = path.join(current, segment);
    try {
      await lstat(exact);
      current = exact;
      continue;
    } catch {
      // not there under this exact name – compare the folder's names in NFC below
    }
    let names: string[];
    try {
      names = (await readdir(current)).sort();
    } catch {
      return undefined;
    }
    const wanted = segment.normalize('NFC');
    const match = names.find((name) => name.normalize('NFC') === wanted);
    if (match === undefined) return undefined;
    current = path.join(current, match);
  }
  return current;
}

/**
 * Decodes a percent-encoded relative URL path once and checks its segments; `undefined` for anything unsafe.
 * Exported for tests and for the validator, which applies the same rules to paths written in manifests.
 */
export function decodeRequestPath(encodedPath: string): string | undefined {
  // Encoded separators, NUL and encoded percent signs are refused before decoding, so nothing is decoded twice.
  if (/%(?:2f|5c|00|25)/i.test(encodedPath)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(encodedPath);
  } catch {
    return undefined;
  }
  return checkRelativePath(decoded) ? decoded : undefined;
}

/**
 * True when `relativePath` is a plain forward-slash path that stays inside its folder: not empty, no NUL or
 * control characters, no backslash, no drive letter, not absolute, no empty, `.` or `..` segment.
 */
export function checkRelativePath(relativePath: string): boolean {
  if (relativePath.length === 0 || relativePath.length > 1024) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f\\]/.test(relativePath)) return false;
  if (relativePath.startsWith('/') || /^[a-zA-Z]:/.test(relativePath)) return false;
  return relativePath.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** True when `candidate` is `root` itself or lies below it (both absolute and normalised). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (relative === '') return true;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
