/**
 * `npm run content -- status [--verify] [--data-dir <dir>] [--lang en]`: what the kiosk shows (title, the
 * curator's version label, since when in local time), what a rollback would return to, and every installed
 * version; `--verify` re-reads every file and compares its sha-256. Exit 0, or 1 when `--verify` finds a damaged
 * version or the active version is missing; 2 usage, unknown data folder or I/O error.
 */
import { openContentLibrary, type VersionStatus, type VersionSummary } from '../../library/contentLibrary';
import type { Bilingual } from '../../library/libraryTypes';
import { complain, counted, localTime, NOUNS, parseLibraryArgs, pasteable, readableSize, say, type OutputLanguage } from '../cliOutput';
import { EXIT, UsageError, type CliCommand } from '../commandTypes';
import { dataFolderProblem } from '../dataFolder';

const ROLE: Record<VersionStatus['role'], Bilingual> = {
  active: { de: 'wird gezeigt', en: 'on screen' },
  previous: { de: 'vorherige', en: 'previous' },
  kept: { de: 'aufbewahrt', en: 'kept' },
};

/** „Titel“, Version 2.1 – the way a curator names a version; the folder name only when there is no label. */
export function versionName(summary: Pick<VersionSummary, 'title' | 'versionLabel' | 'bundleId'>): Bilingual {
  const label = summary.versionLabel ? `, Version ${summary.versionLabel}` : '';
  return { de: `„${summary.title}“${label}`, en: `"${summary.title}"${label.replace('Version', 'version')}` };
}

/** One line about a version: name, size, install time (local) and source. */
export function describeVersion(summary: VersionSummary, lang: OutputLanguage, timeZone?: string): string {
  const name = versionName(summary)[lang];
  const files = counted(summary.fileCount, NOUNS.file)[lang];
  const size = readableSize(summary.totalBytes)[lang];
  const at = localTime(summary.installedAt, lang, timeZone);
  return lang === 'de'
    ? `${name} (Kennung ${summary.bundleId}), ${files}, ${size}, übernommen am ${at} aus ${summary.source}`
    : `${name} (id ${summary.bundleId}), ${files}, ${size}, installed ${at} from ${summary.source}`;
}

export const run: CliCommand = async (args, io) => {
  const parsed = parseLibraryArgs(args, 0, { verify: true });
  if ('usage' in parsed) throw new UsageError(parsed.usage);
  const { lang } = parsed;
  const folderProblem = await dataFolderProblem(parsed.dataDir, parsed.dataDirGiven, 'library');
  if (folderProblem) {
    complain(io, lang, folderProblem);
    return EXIT.usage;
  }
  const status = await openContentLibrary(parsed.dataDir).status({ verify: parsed.verify });
  const dataDir = parsed.dataDirGiven ? status.dataDir : undefined;
  if (status.active) {
    say(io, lang, {
      de: `Auf dem Bildschirm: ${versionName(status.active).de} – seit ${localTime(status.activatedAt ?? status.active.installedAt, 'de')}`,
      en: `On screen: ${versionName(status.active).en} – since ${localTime(status.activatedAt ?? status.active.installedAt, 'en')}`,
    });
  } else {
    say(io, lang, status.pointerProblem ?? { de: 'Kein Paket aktiv.', en: 'No bundle active.' }, {
      de: 'Auf dem Bildschirm: die mitgelieferte Ausstellung (der Kiosk greift beim Start auf die letzte gute Version zurück, falls es eine gibt).',
      en: 'On screen: the built-in exhibition (at start the kiosk falls back to the last good version, if there is one).',
    });
  }
  say(io, lang, status.previous
    ? {
        de: `Zurück zu ${versionName(status.previous).de}: ${pasteable(['rollback'], dataDir)}`,
        en: `Back to ${versionName(status.previous).en}: ${pasteable(['rollback', '--lang', 'en'], dataDir)}`,
      }
    : { de: 'Keine vorherige Version zum Zurückschalten.', en: 'No previous version to return to.' });
  say(io, lang, { de: `Datenordner: ${status.dataDir}`, en: `Data folder: ${status.dataDir}` });
  say(io, lang, { de: `Installiert: ${counted(status.versions.length, NOUNS.version).de}`, en: `Installed: ${counted(status.versions.length, NOUNS.version).en}` });
  let damaged = 0;
  for (const version of status.versions) {
    const role = ROLE[version.role][lang];
    const about = version.summary ? describeVersion(version.summary, lang) : (version.problem ?? { de: 'unlesbar', en: 'unreadable' })[lang];
    io.out(`  [${role}] ${about}`);
    io.out(`    ${lang === 'de' ? 'Ordner' : 'Folder'}: ${version.name}`);
    if (version.integrity) {
      if (version.integrity.ok) say(io, lang, { de: '    Prüfung: alle Dateien unverändert', en: '    Check: all files unchanged' });
      else {
        damaged += 1;
        const count = counted(version.integrity.problems.length, NOUNS.problem);
        say(io, lang, { de: `    Prüfung: ${count.de}`, en: `    Check: ${count.en}` }, ...version.integrity.problems.slice(0, 20).map((p) => ({ de: `      ${p.de}`, en: `      ${p.en}` })));
      }
    }
  }
  if (!parsed.verify) return EXIT.ok;
  return damaged > 0 || (status.active === null && status.pointerProblem !== undefined && status.versions.length > 0) ? EXIT.invalid : EXIT.ok;
};
