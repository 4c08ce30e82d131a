/**
 * The bundles of every installed library version, for pruning the derivative cache: a derivative stays as long
 * as some installed version (active, previous or kept) has its photo, so a rollback needs no new encoding.
 */
import type { ContentLibrary } from './contentLibrary';
import { versionBundleDir } from './libraryLayout';
import { loadBundle } from '../content/loadBundle';
import type { KeptBundle } from '../content/derivatives/derivativeCache';

/** Folder and manifest of every installed version whose manifest is readable. */
export async function installedBundles(library: ContentLibrary): Promise<KeptBundle[]> {
  const kept: KeptBundle[] = [];
  for (const version of (await library.status()).versions) {
    const loaded = await loadBundle(versionBundleDir(library.layout, version.name));
    if (loaded.ok) kept.push({ dir: loaded.folder, manifest: loaded.manifest });
  }
  return kept;
}
