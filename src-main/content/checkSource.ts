import type { SourceValidation } from '../kioskService';
import { formatProblem, type MessageLanguage } from './validation/problem';
import { validateBundle } from './validation/validateBundle';

/**
 * Validates a folder or `.zip` for the kiosk (admin screen, hot reload) and turns the report into ready German
 * lines: the same validator the curator CLI runs, so the kiosk and `npm run content -- check` always agree.
 *
 * @param workDir Where a `.zip` is extracted (a folder in the kiosk's data folder, not the source).
 */
export async function checkSource(sourcePath: string, workDir?: string, lang: MessageLanguage = 'de'): Promise<SourceValidation> {
  const report = await validateBundle(sourcePath, workDir === undefined ? { lang } : { lang, workDir });
  const result: SourceValidation = {
    ok: report.ok,
    errors: report.problems.filter((problem) => problem.severity === 'error').map((problem) => formatProblem(problem, lang)),
    warnings: report.problems.filter((problem) => problem.severity === 'warning').map((problem) => formatProblem(problem, lang)),
    dispose: report.dispose,
  };
  if (report.ok) result.folder = report.folder;
  if (report.manifest) result.manifest = report.manifest;
  return result;
}
