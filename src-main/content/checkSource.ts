import type { BundleManifest } from '../../src-shared/bundleSchema';
import { formatProblem, type MessageLanguage } from './validation/problem';
import { validateBundle } from './validation/validateBundle';
import { checkSpreadsheetSource } from '../spreadsheet/checkSpreadsheetSource';

/** A validated source: the folder holding its content (extracted for a `.zip`) and messages, German. */
export interface SourceValidation {
  ok: boolean;
  errors: string[];
  warnings: string[];
  /** Present when the content could be read: where it is (the source folder, or a temporary extraction). */
  folder?: string;
  manifest?: BundleManifest;
  /** Removes temporary files (a zip's extraction); safe to call twice. */
  dispose: () => Promise<void>;
}

/**
 * Validates a folder or `.zip` for the kiosk (admin screen, hot reload) and turns the report into ready German
 * lines: the same validator the curator CLI runs, so the kiosk and `npm run content -- check` always agree.
 *
 * @param workDir Where a `.zip` is extracted (a folder in the kiosk's data folder, not the source).
 */
export async function checkSource(sourcePath: string, workDir?: string, lang: MessageLanguage = 'de'): Promise<SourceValidation> {
  // A workbook (issue 14) is imported into a folder below workDir first; its report names sheet, row and column.
  if (/\.(?:xlsx|xlsm|csv)$/i.test(sourcePath)) return checkSpreadsheetSource(sourcePath, workDir, lang);
  const report = await validateBundle(sourcePath, workDir === undefined ? { lang } : { lang, workDir });
  const items = report.itemIds;
  const result: SourceValidation = {
    ok: report.ok,
    errors: report.problems.filter((problem) => problem.severity === 'error').map((problem) => formatProblem(problem, lang, items)),
    warnings: report.problems.filter((problem) => problem.severity === 'warning').map((problem) => formatProblem(problem, lang, items)),
    dispose: report.dispose,
  };
  if (report.ok) result.folder = report.folder;
  if (report.manifest) result.manifest = report.manifest;
  return result;
}
