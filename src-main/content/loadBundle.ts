import { realpath } from 'node:fs/promises';
import type { BundleManifest } from '../../src-shared/bundleSchema';
import { checkManifest, ioProblem } from './validation/manifestChecks';
import { formatProblem, itemIdsOf, sortProblems } from './validation/problem';

export { MANIFEST_NAMES } from './validation/manifestSource';

/** The result of loading a bundle folder: a valid manifest, or the reasons it cannot be shown. */
export type BundleLoadResult =
  | { ok: true; folder: string; manifestFile: string; manifest: BundleManifest }
  | { ok: false; folder: string; problems: string[] };

/**
 * Reads and validates the manifest of the bundle in `folder` with the same checks as `npm run content -- check`,
 * except the media files (those are checked when a bundle is checked or activated, not at every start). Never
 * throws for bad content: every error is returned as a German line naming file, line and field.
 */
export async function loadBundle(folder: string): Promise<BundleLoadResult> {
  let realRoot: string;
  try {
    realRoot = await realpath(folder);
  } catch (error) {
    return { ok: false, folder, problems: [formatProblem(ioProblem(undefined, error))] };
  }
  const checked = await checkManifest(realRoot);
  const errors = sortProblems(checked.problems).filter((problem) => problem.severity === 'error');
  if (checked.manifest && checked.parsed && errors.length === 0) {
    return { ok: true, folder, manifestFile: checked.parsed.file, manifest: checked.manifest };
  }
  const items = itemIdsOf(checked.parsed?.data as Record<string, unknown> | undefined);
  return { ok: false, folder, problems: errors.map((problem) => formatProblem(problem, 'de', items)) };
}
