/**
 * `npm run content -- status [--data-dir <dir>] [--verify] [--lang de|en]`: the active and previous version and
 * every installed version; `--verify` re-reads every file and compares its sha-256. Exit 0, or 1 when `--verify`
 * finds a damaged version or the active version is missing; 2 usage or I/O error.
 */
import { openContentLibrary, type VersionStatus, type VersionSummary } from '../../library/contentLibrary';
import { complain, parseLibraryArgs, readableSize, say, shortTime } from '../../library/libraryCli';
import type { Bilingual } from '../../library/libraryTypes';
import type { CliCommand } from '../commandTypes';

const ROLE: Record<VersionStatus['role'], Bilingual> = {
  active: { de: 'aktiv', en: 'active' },
  previous: { de: 'vorherige', en: 'previous' },
  kept: { de: 'aufbewahrt', en: 'kept' },
};

/** One line about a version: title, id, label, size, install time and source. */
function describe(summary: VersionSummary): Bilingual {
  const size = readableSize(summary.totalBytes);
  const label = summary.versionLabel ? ` ${summary.versionLabel}` : '';
  return {
    de: `„${summary.title}“ (${summary.bundleId}${label}), ${summary.fileCount} Dateien, ${size.de}, installiert ${shortTime(summary.installedAt)} aus ${summary.source}`,
    en: `"${summary.title}" (${summary.bundleId}${label}), ${summary.fileCount} files, ${size.en}, installed ${shortTime(summary.installedAt)} from ${summary.source}`,
  };
}

export const run: CliCommand = async (args, io) => {
  const parsed = parseLibraryArgs(args, 0, true);
  if ('usage' in parsed) {
    complain(io, 'both', parsed.usage, {
      de: 'Aufruf: npm run content -- status [--data-dir <ordner>] [--verify] [--lang de|en]',
      en: 'Usage: npm run content -- status [--data-dir <folder>] [--verify] [--lang de|en]',
    });
    return 2;
  }
  const { lang } = parsed;
  let status;
  try {
    status = await openContentLibrary(parsed.dataDir).status({ verify: parsed.verify });
  } catch (error) {
    complain(io, lang, { de: `Fehler: ${(error as Error).message}`, en: `Error: ${(error as Error).message}` });
    return 2;
  }
  say(io, lang, { de: `Datenordner: ${status.dataDir}`, en: `Data folder: ${status.dataDir}` });
  if (status.active) {
    const { de, en } = describe(status.active);
    say(io, lang, {
      de: `Aktiv seit ${shortTime(status.activatedAt ?? status.active.installedAt)}: ${status.active.name}`,
      en: `Active since ${shortTime(status.activatedAt ?? status.active.installedAt)}: ${status.active.name}`,
    }, { de: `  ${de}`, en: `  ${en}` });
  } else {
    say(io, lang, status.pointerProblem ?? { de: 'Kein Paket aktiv.', en: 'No bundle active.' }, {
      de: 'Der Kiosk zeigt die mitgelieferte Ausstellung (bis „recover“ beim Start eine gute Version findet).',
      en: 'The kiosk shows the built-in exhibition (unless recovery at start finds a good version).',
    });
  }
  say(io, lang, status.previous
    ? { de: `Vorherige Version (für „rollback“): ${status.previous.name}`, en: `Previous version (for "rollback"): ${status.previous.name}` }
    : { de: 'Keine vorherige Version.', en: 'No previous version.' });

  say(io, lang, { de: `Installierte Versionen: ${status.versions.length}`, en: `Installed versions: ${status.versions.length}` });
  let damaged = 0;
  for (const version of status.versions) {
    const role = ROLE[version.role];
    say(io, lang, { de: `  ${version.name} [${role.de}]`, en: `  ${version.name} [${role.en}]` });
    const about = version.summary ? describe(version.summary) : version.problem ?? { de: 'unlesbar', en: 'unreadable' };
    say(io, lang, { de: `    ${about.de}`, en: `    ${about.en}` });
    if (version.integrity) {
      if (version.integrity.ok) say(io, lang, { de: '    Prüfung: alle Dateien unverändert', en: '    Check: all files unchanged' });
      else {
        damaged += 1;
        say(io, lang, {
          de: `    Prüfung: ${version.integrity.problems.length} Problem(e)`,
          en: `    Check: ${version.integrity.problems.length} problem(s)`,
        }, ...version.integrity.problems.slice(0, 20).map((p) => ({ de: `      ${p.de}`, en: `      ${p.en}` })));
      }
    }
  }
  if (!parsed.verify) return 0;
  return damaged > 0 || (status.active === null && status.pointerProblem !== undefined && status.versions.length > 0) ? 1 : 0;
};
