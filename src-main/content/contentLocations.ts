import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The id of the bundle the kiosk shows when nothing else has been activated. */
export const DEFAULT_BUNDLE_ID = 'siegen-wittgenstein-emek-hefer';

/**
 * The project root: the nearest folder above `fromUrl` that holds a package.json. Works from source, from `out/`
 * and from tests alike; packaged builds pass their resources folder instead.
 */
export function projectRoot(fromUrl: string): string {
  let folder = path.dirname(fileURLToPath(fromUrl));
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`no package.json above ${fileURLToPath(fromUrl)}`);
    folder = parent;
  }
  return folder;
}

/** Folders the kiosk reads from, relative to a root (the project root, or the packaged app's resources). */
export function contentLocations(root: string): { contentDir: string; rendererDir: string; defaultBundleDir: string } {
  const contentDir = path.join(root, 'content');
  return {
    contentDir,
    rendererDir: path.join(root, 'out', 'renderer'),
    defaultBundleDir: path.join(contentDir, DEFAULT_BUNDLE_ID),
  };
}
