/**
 * `npm run content -- activate <folder|zip> [--replace] [--data-dir <dir>] [--lang en]`: checks a bundle once and
 * installs it into the kiosk's content library as the new active version (copied, verified, switched atomically;
 * the previous version is kept for `rollback`). A bundle with another id than the one on screen (another
 * exhibition) needs `--replace`. A `.zip` is extracted into the data folder's `work/`, removed afterwards.
 * Exit 0 activated, 1 invalid content or another exhibition without `--replace` (nothing changed), 2 usage,
 * unreadable input or I/O error.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem } from '../../content/validation/problem';
import { validateBundle, type ValidationReport } from '../../content/validation/validateBundle';
import { LibraryError, openContentLibrary, type OtherBundle } from '../../library/contentLibrary';
import type { Bilingual } from '../../library/libraryTypes';
import { sweepWorkFolder, workFolder } from '../../library/workFolder';
import { complain, counted, NOUNS, parseLibraryArgs, pasteable, readableSize, say, shellQuote } from '../cliOutput';
import { EXIT, UsageError, type CliCommand } from '../commandTypes';
import { dataFolderProblem } from '../dataFolder';
import { makeActiveDerivatives } from '../derivativeProgress';
import { stderrTerminal, validationProgress } from '../progressLine';
import { exitCodeFor, printReport } from './check';
import { versionName } from './status';

/** A CLI run leaves another run's extraction alone for this long, in ms. */
const PARALLEL_RUN_MARGIN_MS = 6 * 60 * 60 * 1000;

export const run: CliCommand = async (args, io) => {
  const parsed = parseLibraryArgs(args, 1, { replace: true });
  if ('usage' in parsed) throw new UsageError(parsed.usage);
  const { lang, dataDir } = parsed;
  const source = parsed.positionals[0]!;
  const dataArg = parsed.dataDirGiven ? path.resolve(dataDir) : undefined;
  const folderProblem = await dataFolderProblem(dataDir, parsed.dataDirGiven, 'folder');
  if (folderProblem) {
    complain(io, lang, folderProblem);
    return EXIT.usage;
  }
  const info = await stat(source).catch(() => undefined);
  if (!info) {
    complain(io, lang, { de: `„${source}“ gibt es nicht.`, en: `"${source}" does not exist.` });
    return EXIT.usage;
  }
  await sweepWorkFolder(dataDir, new Date(), PARALLEL_RUN_MARGIN_MS);

  // Checked once: a .zip here (its extraction is private to this run, so it cannot change before the copy), a
  // folder inside the library's lock right before copying, so what is checked is what is installed.
  const progress = validationProgress(io, lang);
  const check = (folder: string) => validateBundle(folder, { lang, workDir: workFolder(dataDir), ...progress });
  const extracted = info.isDirectory() ? undefined : await check(source);
  let report: ValidationReport | undefined = extracted;
  try {
    if (extracted && !extracted.ok) return refuse(extracted);
    const library = openContentLibrary(dataDir);
    const result = await library.activate(extracted?.folder ?? source, {
      sourceLabel: path.resolve(source),
      allowOtherBundle: parsed.replace,
      validate: async (folder) => {
        if (extracted) return { ok: true, problems: [] };
        report = await check(folder);
        await report.dispose();
        return { ok: report.ok, problems: report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, lang)) };
      },
    });
    if (!result.ok) {
      if (result.otherBundle) return refuseOther(result.otherBundle);
      return report ? refuse(report) : EXIT.invalid;
    }
    if (report && report.problems.length > 0) printReport(report, io);
    const { version } = result;
    const files = counted(version.fileCount, NOUNS.file);
    const size = readableSize(version.totalBytes);
    const name = versionName(version);
    say(io, lang, {
      de: `Aktiviert: ${name.de} – ${files.de}, ${size.de}, geprüft. Der Kiosk zeigt es jetzt.`,
      en: `Activated: ${name.en} – ${files.en}, ${size.en}, verified. The kiosk shows it now.`,
    });
    if (result.previous) {
      say(io, lang, {
        de: `Die vorherige Version bleibt erhalten; zurück mit: ${pasteable(['rollback'], dataArg)}`,
        en: `The previous version is kept; to return to it: ${pasteable(['rollback', '--lang', 'en'], dataArg)}`,
      });
    }
    // Display sizes of the photos, so the kiosk shows the new version without encoding on the first touch.
    await makeActiveDerivatives(io, lang, library, stderrTerminal());
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof LibraryError)) throw error;
    complain(io, lang, error.text, unchanged());
    return EXIT.usage;
  } finally {
    await extracted?.dispose();
  }

  /** Prints the validator's report and why nothing changed; 1 for invalid content, 2 when it could not be read. */
  function refuse(checked: ValidationReport): number {
    printReport(checked, io);
    complain(io, lang, {
      de: `Nicht aktiviert: Das Paket enthält Fehler (Einzelheiten oben; erneut prüfen mit ${pasteable(['check', source])}).`,
      en: `Not activated: the bundle has errors (details above; check again with ${pasteable(['check', source, '--lang', 'en'])}).`,
    }, unchanged());
    return exitCodeFor(checked);
  }

  /** Another exhibition would replace the one on screen: only with `--replace`. */
  function refuseOther(other: OtherBundle): number {
    const command = [...args.filter((arg) => arg !== '--replace').map((arg) => shellQuote(arg)), '--replace'].join(' ');
    complain(io, lang, {
      de: `Nicht aktiviert: „${other.incoming.title}“ (Kennung ${other.incoming.bundleId}) ist eine andere Ausstellung als die gezeigte „${other.active.title}“ (Kennung ${other.active.bundleId}).`,
      en: `Not activated: "${other.incoming.title}" (id ${other.incoming.bundleId}) is another exhibition than "${other.active.title}" (id ${other.active.bundleId}) on screen.`,
    }, {
      de: `Wenn sie die gezeigte wirklich ersetzen soll: npm run content -- activate ${command}`,
      en: `If it really is to replace the one on screen: npm run content -- activate ${command}`,
    }, unchanged());
    return EXIT.invalid;
  }
};

function unchanged(): Bilingual {
  return { de: 'Die laufende Ausstellung bleibt unverändert.', en: 'The running exhibition stays as it is.' };
}
