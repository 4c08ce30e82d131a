/**
 * Which files of a bundle are images: exactly the `file` values of the validated manifest's `images`. The route
 * and the generator look paths up in this set instead of parsing them, so nothing else of the bundle (the
 * manifest, texts, a stray file) and nothing outside it can ever be reached through a derivative URL.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { BundleManifest } from '../../../src-shared/bundleSchema';
import { checkRelativePath, isInside } from '../safeResolve';

const memo = new WeakMap<BundleManifest, ReadonlySet<string>>();

/** The distinct image files of `manifest` (paths inside the bundle, forward slashes, as written), in order. */
export function imageFilesOf(manifest: BundleManifest): ReadonlySet<string> {
  let files = memo.get(manifest);
  if (!files) {
    files = new Set(manifest.images.map((image) => image.file).filter((file) => checkRelativePath(file)));
    memo.set(manifest, files);
  }
  return files;
}

/**
 * The real absolute path of the image `file` of the bundle in `bundleDir`, or `undefined` when `file` is not one
 * of the manifest's images, is missing, or resolves (through a link) outside the bundle.
 */
export async function resolveBundleImage(bundleDir: string, manifest: BundleManifest, file: string): Promise<string | undefined> {
  if (!imageFilesOf(manifest).has(file)) return undefined;
  try {
    const root = await realpath(bundleDir);
    const real = await realpath(path.resolve(root, file));
    return isInside(root, real) && real !== root ? real : undefined;
  } catch {
    return undefined;
  }
}
