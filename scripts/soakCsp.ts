/**
 * CSP reports of a soak that are the kiosk's own. Playwright evaluates the soak's string scripts in the page, and
 * the kiosk's CSP (no `unsafe-eval`) reports that as `script-src eval`. That one report is set aside only when the
 * built renderer itself contains no `eval` or `new Function` – checked on the files, every time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The report Chromium gives for a string evaluated in a page whose CSP forbids eval. */
export const EVAL_REPORT = 'script-src eval';

/** The built renderer's script files that contain `eval(` or `new Function(` (none, in a correct build). */
export function rendererFilesWithEval(assetsDir: string): string[] {
  return readdirSync(assetsDir).filter(
    (file) => file.endsWith('.js') && /new Function\(|[^\w.$]eval\(/.test(readFileSync(path.join(assetsDir, file), 'utf8')),
  );
}

/**
 * `violations` without the test tool's own eval report, when the renderer in `assetsDir` has no eval of its own;
 * unchanged otherwise (then the report may be the kiosk's).
 */
export function kioskCspViolations(violations: readonly string[], assetsDir: string): string[] {
  if (!violations.includes(EVAL_REPORT) || rendererFilesWithEval(assetsDir).length > 0) return [...violations];
  return violations.filter((violation) => violation !== EVAL_REPORT);
}
