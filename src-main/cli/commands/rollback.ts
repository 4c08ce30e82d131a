/**
 * `npm run content -- rollback [--data-dir <dir>] [--lang en]`: shows the previous version again (one atomic
 * switch; a second rollback returns). Exit 0 done, 1 the previous version is damaged, 2 usage, unknown data
 * folder, nothing to return to, or I/O error.
 */
import { LibraryError, openContentLibrary } from '../../library/contentLibrary';
import { complain, parseLibraryArgs, pasteable, say } from '../cliOutput';
import { EXIT, UsageError, type CliCommand } from '../commandTypes';
import { dataFolderProblem } from '../dataFolder';
import { versionName } from './status';

export const run: CliCommand = async (args, io) => {
  const parsed = parseLibraryArgs(args, 0);
  if ('usage' in parsed) throw new UsageError(parsed.usage);
  const { lang } = parsed;
  const folderProblem = await dataFolderProblem(parsed.dataDir, parsed.dataDirGiven, 'library');
  if (folderProblem) {
    complain(io, lang, folderProblem);
    return EXIT.usage;
  }
  const library = openContentLibrary(parsed.dataDir);
  try {
    const result = await library.rollback();
    const status = await library.status();
    const replaced = status.versions.find((version) => version.name === result.previous)?.summary;
    const dataDir = parsed.dataDirGiven ? library.layout.dataDir : undefined;
    const shown = versionName(status.active ?? result.active);
    const before = replaced ? versionName(replaced) : { de: result.previous, en: result.previous };
    say(io, lang, {
      de: `Zurückgeschaltet: Gezeigt wird wieder ${shown.de}.`,
      en: `Rolled back: showing ${shown.en} again.`,
    }, {
      de: `${before.de} bleibt erhalten; wieder dorthin: ${pasteable(['rollback'], dataDir)}`,
      en: `${before.en} is kept; to return to it: ${pasteable(['rollback', '--lang', 'en'], dataDir)}`,
    });
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof LibraryError)) throw error;
    complain(io, lang, error.text);
    return error.code === 'previous-damaged' ? EXIT.invalid : EXIT.usage;
  }
};
