/**
 * `npm run content -- activate <folder|zip> [--data-dir <dir>] [--lang de|en]`: checks a bundle and installs it
 * into the kiosk's content library as the new active version (copied, verified, switched atomically; the previous
 * version is kept for `rollback`). Exit 0 activated, 1 invalid content (nothing changed), 2 usage or I/O error.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, type MessageLanguage } from '../../content/validation/problem';
import { validateBundle, type ValidationReport } from '../../content/validation/validateBundle';
import { LibraryError, openContentLibrary } from '../../library/contentLibrary';
import { complain, parseLibraryArgs, readableSize, say } from '../../library/libraryCli';
import type { Bilingual } from '../../library/libraryTypes';
import type { CliCommand } from '../commandTypes';
import { makeActiveDerivatives } from '../derivativeProgress';
import { exitCodeFor, printReport } from './check';

const USAGE: Bilingual = {
  de: 'Aufruf: npm run content -- activate <ordner|datei.zip> [--data-dir <ordner>] [--lang de|en]',
  en: 'Usage: npm run content -- activate <folder|file.zip> [--data-dir <folder>] [--lang de|en]',
};

/**
 * The validator seam: the same full check as `npm run content -- check` (media files, `.zip` extraction). The
 * library calls it on the folder it is about to copy, inside its lock, so what is checked is what is installed.
 */
function checkBundle(source: string, lang: MessageLanguage): Promise<ValidationReport> {
  return validateBundle(source, { lang });
}

export const run: CliCommand = async (args, io) => {
  const parsed = parseLibraryArgs(args, 1);
  if ('usage' in parsed) {
    complain(io, 'both', parsed.usage, USAGE);
    return 2;
  }
  const { lang, dataDir } = parsed;
  const source = parsed.positionals[0] as string;
  const info = await stat(source).catch(() => undefined);
  if (!info) {
    complain(io, lang, { de: `„${source}“ gibt es nicht.`, en: `"${source}" does not exist.` });
    return 2;
  }

  // A .zip (any file: the validator tells a zip by its bytes) is checked and extracted first; a folder is checked
  // inside the library's lock, right before copying.
  const reportLang: MessageLanguage = lang === 'en' ? 'en' : 'de';
  const extracted = info.isDirectory() ? undefined : await checkBundle(source, reportLang);
  let lastReport: ValidationReport | undefined = extracted;
  try {
    if (extracted && !extracted.ok) return refuse(extracted);
    const library = openContentLibrary(dataDir);
    const result = await library.activate(extracted?.folder ?? source, {
      sourceLabel: path.resolve(source),
      validate: async (folder) => {
        const report = await checkBundle(folder, reportLang);
        await report.dispose();
        lastReport = report;
        return { ok: report.ok, problems: report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, reportLang)) };
      },
    });
    if (!result.ok) return lastReport ? refuse(lastReport) : 1;
    if (lastReport && lastReport.problems.length > 0) printReport(lastReport, io);
    const { version } = result;
    const label = version.versionLabel ? `, Version ${version.versionLabel}` : '';
    const labelEn = version.versionLabel ? `, version ${version.versionLabel}` : '';
    const size = readableSize(version.totalBytes);
    say(io, lang, {
      de: `Aktiviert: „${version.title}“ (${version.bundleId}${label}) – ${version.fileCount} Dateien, ${size.de}, geprüft.`,
      en: `Activated: "${version.title}" (${version.bundleId}${labelEn}) – ${version.fileCount} files, ${size.en}, verified.`,
    });
    say(io, lang, { de: `Version: ${version.name}`, en: `Version: ${version.name}` });
    say(io, lang, { de: `Datenordner: ${dataDir}`, en: `Data folder: ${dataDir}` });
    if (result.previous) {
      say(io, lang, {
        de: `Die vorherige Version ${result.previous} bleibt erhalten: zurück mit „npm run content -- rollback“.`,
        en: `The previous version ${result.previous} is kept: return to it with "npm run content -- rollback".`,
      });
    }
    // Display sizes of the photos, so the kiosk shows the new version without encoding on the first touch.
    await makeActiveDerivatives(io, lang, library, process.stderr.isTTY ? { write: (text) => process.stderr.write(text) } : undefined);
    return 0;
  } catch (error) {
    if (error instanceof LibraryError) complain(io, lang, error.text, unchanged());
    else complain(io, lang, { de: `Fehler: ${(error as Error).message}`, en: `Error: ${(error as Error).message}` }, unchanged());
    return 2;
  } finally {
    await extracted?.dispose();
  }

  /** Prints the validator's report and why nothing changed; 1 for invalid content, 2 when it could not be read. */
  function refuse(report: ValidationReport): number {
    printReport(report, io);
    complain(io, lang, {
      de: 'Nicht aktiviert: Das Paket enthält Fehler (Einzelheiten oben, oder „npm run content -- check“).',
      en: 'Not activated: the bundle has errors (details above, or "npm run content -- check").',
    }, unchanged());
    return exitCodeFor(report);
  }
};

function unchanged(): Bilingual {
  return { de: 'Die laufende Ausstellung bleibt unverändert.', en: 'The running exhibition stays as it is.' };
}
