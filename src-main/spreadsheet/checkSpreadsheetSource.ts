/**
 * The kiosk's check of a workbook on a USB stick: the import runs into a fresh folder inside the kiosk's work
 * folder (never on the stick), the report comes back as German lines naming sheet, row and column, and the built
 * folder is what the admin screen previews and activates. The images folder is the one beside the workbook.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BundleManifest } from '../../src-shared/bundleSchema';
import type { MessageLanguage } from '../content/validation/problem';
import { findImagesFolder } from './imagesFolder';
import { buildBundle } from './importSpreadsheet';
import { formatSheetProblem } from './sheetProblem';

/** Same shape as the content check's result (`SourceValidation`), so the admin screen treats both alike. */
export interface SpreadsheetValidation {
  ok: boolean;
  errors: string[];
  warnings: string[];
  folder?: string;
  manifest?: BundleManifest;
  dispose: () => Promise<void>;
}

/** Imports and checks the workbook at `source` into a temporary folder below `workDir` (default: system temp). */
export async function checkSpreadsheetSource(source: string, workDir?: string, lang: MessageLanguage = 'de'): Promise<SpreadsheetValidation> {
  const into = await mkdtemp(path.join(workDir ?? tmpdir(), 'kiosk-tabelle-'));
  const dispose = () => rm(into, { recursive: true, force: true });
  try {
    const images = await findImagesFolder(source);
    const built = await buildBundle(source, path.join(into, 'paket'), images === undefined ? {} : { images });
    const lines = (severity: 'error' | 'warning') => built.problems.filter((p) => p.severity === severity).map((p) => formatSheetProblem(p, lang));
    const result: SpreadsheetValidation = { ok: built.ok, errors: lines('error'), warnings: lines('warning'), dispose };
    if (built.ok) result.folder = path.join(into, 'paket');
    if (built.manifest) result.manifest = built.manifest;
    return result;
  } catch (error) {
    await dispose();
    return { ok: false, errors: [`„${path.basename(source)}“: ${(error as Error).message}`], warnings: [], dispose };
  }
}
