/**
 * Export: a bundle folder or .zip as a workbook in the import's layout, so a curator can go on in Excel. The
 * bundle is read through the validator (a .zip is extracted safely first); the images stay where they are.
 */
import { validateBundle } from '../content/validation/validateBundle';
import type { Problem } from '../content/validation/problem';
import { writeWorkbookFile } from './writeWorkbook';

/** The export's outcome: written, or the bundle's problems when its manifest could not be read. */
export type ExportOutcome = { ok: true; warnings: number } | { ok: false; problems: Problem[] };

/** Writes the bundle at `source` (folder or .zip) as the workbook `target`. */
export async function exportBundle(source: string, target: string, options: { workDir?: string } = {}): Promise<ExportOutcome> {
  const report = await validateBundle(source, options.workDir ? { workDir: options.workDir } : {});
  try {
    if (!report.manifest) return { ok: false, problems: report.problems };
    await writeWorkbookFile(report.manifest as unknown as Record<string, unknown>, target);
    return { ok: true, warnings: report.problems.length };
  } finally {
    await report.dispose();
  }
}
