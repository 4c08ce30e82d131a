import { describeError } from '../../fs/systemErrors';
import { lstat, readFile, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { bundleManifest, type BundleManifest } from '../../../src-shared/bundleSchema';
import { isInside } from '../safeResolve';
import { MAX_MANIFEST_BYTES } from './limits';
import { locateFindings, type ManifestFinding } from './manifestFinding';
import { decodeManifestBytes, MANIFEST_NAMES, parseManifestText, type ParsedManifest } from './manifestSource';
import { say, type Problem } from './problem';
import { sourceFindings, themeFindings } from './provenanceChecks';
import { dateRangeFindings, duplicateIdFindings, referenceFindings } from './referenceChecks';
import { schemaProblems } from './schemaMessages';
import { languageFindings, markupFindings } from './textChecks';

/** The manifest of a bundle folder after all checks that need no media: syntax, schema, ids, references, texts. */
export interface ManifestCheckResult {
  problems: Problem[];
  /** Present when the manifest passed the schema (defaults applied); there may still be errors from cross checks. */
  manifest?: BundleManifest;
  parsed?: ParsedManifest;
}

/**
 * Finds, reads and checks the manifest at the root of `realRoot` (a folder already resolved with `realpath`).
 * Never throws for bad content; I/O failures of the tool become problems with code `io`.
 */
export async function checkManifest(realRoot: string): Promise<ManifestCheckResult> {
  const found = await findManifest(realRoot);
  if ('problem' in found) return { problems: [found.problem] };
  const problems: Problem[] = [...found.notes];
  const file = found.name;
  const absolute = path.join(realRoot, file);
  let bytes: Buffer;
  try {
    const real = await realpath(absolute);
    if (!isInside(realRoot, real)) {
      return {
        problems: [
          {
            severity: 'error',
            code: 'symlink-outside',
            file,
            message: say('das Manifest ist eine Verknüpfung nach außerhalb des Pakets – bitte die Datei selbst ins Paket legen', 'the manifest is a link to outside the bundle – please put the file itself into the bundle'),
          },
        ],
      };
    }
    const info = await lstat(real);
    if (info.size > MAX_MANIFEST_BYTES) {
      return {
        problems: [
          {
            severity: 'error',
            code: 'manifest-too-large',
            file,
            message: say(
              `das Manifest ist ${Math.ceil(info.size / 1024)} KiB groß, erlaubt sind ${MAX_MANIFEST_BYTES / 1024} KiB – gehören Bilder oder lange Texte in eigene Dateien?`,
              `the manifest is ${Math.ceil(info.size / 1024)} KiB, the limit is ${MAX_MANIFEST_BYTES / 1024} KiB – do images or long texts belong in files of their own?`,
            ),
          },
        ],
      };
    }
    bytes = await readFile(real);
  } catch (error) {
    return { problems: [ioProblem(file, error)] };
  }
  const decoded = decodeManifestBytes(file, bytes);
  if (decoded.problem) return { problems: [decoded.problem] };
  const parsed = parseManifestText(file, decoded.text!);
  problems.push(...parsed.problems);
  if (!parsed.manifest) return { problems };
  const result = bundleManifest.safeParse(parsed.manifest.data);
  if (!result.success) return { problems: [...problems, ...schemaProblems(result.error.issues, parsed.manifest)], parsed: parsed.manifest };
  const manifest = result.data;
  problems.push(...locateFindings(crossFindings(manifest, parsed.manifest.data), parsed.manifest));
  return { problems, manifest, parsed: parsed.manifest };
}

/** Every check of a schema-valid manifest that needs no files: ids, references, date ranges, languages, text, image notes. */
export function crossFindings(manifest: BundleManifest, data: unknown): ManifestFinding[] {
  return [
    ...duplicateIdFindings(manifest),
    ...referenceFindings(manifest),
    ...dateRangeFindings(manifest),
    ...sourceFindings(manifest),
    ...themeFindings(manifest),
    ...languageFindings(manifest),
    ...markupFindings(data),
    ...imageNoteFindings(manifest),
  ];
}

/** Missing alt text (for screen readers and when the picture fails) and credit (image rights) are warnings. */
export function imageNoteFindings(manifest: BundleManifest): ManifestFinding[] {
  const findings: ManifestFinding[] = [];
  manifest.images.forEach((image, index) => {
    if (image.alt === undefined) {
      findings.push({
        severity: 'warning',
        code: 'alt-missing',
        path: ['images', index, 'alt'],
        message: say(
          'Alternativtext fehlt – bitte in ‚alt‘ kurz beschreiben, was auf dem Bild zu sehen ist',
          "alt text is missing – please describe briefly in 'alt' what the picture shows",
        ),
      });
    }
    // A placeholder has no photographer yet; the credit comes with the curator's photo.
    if (image.credit === undefined && !image.placeholder) {
      findings.push({
        severity: 'warning',
        code: 'credit-missing',
        path: ['images', index, 'credit'],
        message: say(
          'Bildnachweis fehlt – bitte in ‚credit‘ Fotografin/Fotograf oder Archiv nennen (Bildrechte)',
          "credit is missing – please name the photographer or archive in 'credit' (image rights)",
        ),
      });
    }
  });
  return findings;
}

async function findManifest(realRoot: string): Promise<{ name: string; notes: Problem[] } | { problem: Problem }> {
  let names: string[];
  try {
    names = await readdir(realRoot);
  } catch (error) {
    return { problem: ioProblem(undefined, error) };
  }
  const present = MANIFEST_NAMES.filter((name) => names.includes(name));
  const [first, ...others] = present;
  if (first !== undefined) {
    const notes: Problem[] = others.map((other) => ({
      severity: 'warning',
      code: 'manifest-ambiguous',
      file: other,
      message: say(
        `wird nicht gelesen, weil es „${first}“ gibt – bitte nur ein Manifest behalten`,
        `is not read because "${first}" exists – please keep only one manifest`,
      ),
    }));
    return { name: first, notes };
  }
  const wrongCase = names.find((name) => (MANIFEST_NAMES as readonly string[]).includes(name.toLowerCase()));
  const nested = await nestedManifestFolder(realRoot, names);
  const hint = wrongCase
    ? say(` – „${wrongCase}“ bitte klein schreiben: „${wrongCase.toLowerCase()}“`, ` – please rename "${wrongCase}" to lower case: "${wrongCase.toLowerCase()}"`)
    : nested
      ? say(` – das Manifest liegt in „${nested}/“; bitte diesen Ordner angeben`, ` – the manifest is in "${nested}/"; please give that folder`)
      : say('', '');
  return {
    problem: {
      severity: 'error',
      code: 'manifest-missing',
      message: say(
        `Kein Manifest gefunden: erwartet ${MANIFEST_NAMES.join(', ')} im obersten Ordner des Pakets${hint.de}`,
        `no manifest found: expected ${MANIFEST_NAMES.join(', ')} at the top of the bundle${hint.en}`,
      ),
    },
  };
}

async function nestedManifestFolder(realRoot: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) {
    try {
      const inner = await readdir(path.join(realRoot, name));
      if (MANIFEST_NAMES.some((manifest) => inner.includes(manifest))) return name;
    } catch {
      // not a folder
    }
  }
  return undefined;
}

/** A failure of the tool itself (permissions, disk), reported instead of thrown. */
export function ioProblem(file: string | undefined, error: unknown): Problem {
  // Words for the curator, never the errno text: the path is already named by `file`.
  const { de, en } = describeError(error);
  return {
    severity: 'error',
    code: 'io',
    ...(file === undefined ? {} : { file }),
    message: say(`nicht lesbar – ${de}`, `not readable – ${en}`),
  };
}
