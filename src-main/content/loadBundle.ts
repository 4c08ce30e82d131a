import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { bundleManifest, type BundleManifest } from '../../src-shared/bundleSchema';

/** Manifest file names looked for at the root of a bundle, in this order. */
export const MANIFEST_NAMES = ['bundle.yaml', 'bundle.yml', 'bundle.json'] as const;

/** The result of loading a bundle folder: a valid manifest, or the reasons it cannot be shown. */
export type BundleLoadResult =
  | { ok: true; folder: string; manifestFile: string; manifest: BundleManifest }
  | { ok: false; folder: string; problems: string[] };

/**
 * Reads and validates the manifest of the bundle in `folder`. Never throws for bad content: every reason is
 * returned as a German message naming the file and the field.
 */
export async function loadBundle(folder: string): Promise<BundleLoadResult> {
  for (const name of MANIFEST_NAMES) {
    let text: string;
    try {
      text = await readFile(path.join(folder, name), 'utf8');
    } catch {
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, folder, problems: [`${name}: Die Datei ist nicht lesbar: ${(error as Error).message}`] };
    }
    const result = bundleManifest.safeParse(data);
    if (result.success) return { ok: true, folder, manifestFile: name, manifest: result.data };
    return {
      ok: false,
      folder,
      problems: result.error.issues.map((issue) => `${name} ${issue.path.join('.') || '(Wurzel)'}: ${issue.message}`),
    };
  }
  return { ok: false, folder, problems: [`Kein Manifest gefunden: erwartet ${MANIFEST_NAMES.join(' oder ')}`] };
}
