/**
 * `npm run content -- rollback [--data-dir <dir>] [--lang de|en]`: shows the previous version again (one atomic
 * switch; a second rollback returns). Exit 0 done, 1 the previous version is damaged, 2 usage, nothing to return
 * to, or I/O error.
 */
import { LibraryError, openContentLibrary } from '../../library/contentLibrary';
import { complain, parseLibraryArgs, say } from '../../library/libraryCli';
import type { CliCommand } from '../commandTypes';

export const run: CliCommand = async (args, io) => {
  const parsed = parseLibraryArgs(args, 0);
  if ('usage' in parsed) {
    complain(io, 'both', parsed.usage, {
      de: 'Aufruf: npm run content -- rollback [--data-dir <ordner>] [--lang de|en]',
      en: 'Usage: npm run content -- rollback [--data-dir <folder>] [--lang de|en]',
    });
    return 2;
  }
  const { lang } = parsed;
  try {
    const result = await openContentLibrary(parsed.dataDir).rollback();
    say(io, lang, {
      de: `Zurückgeschaltet: Gezeigt wird wieder „${result.active.title}“ (${result.active.name}).`,
      en: `Rolled back: showing "${result.active.title}" (${result.active.name}) again.`,
    }, {
      de: `Die ersetzte Version ${result.previous} bleibt erhalten: ein weiteres „rollback“ schaltet zu ihr zurück.`,
      en: `The replaced version ${result.previous} is kept: another "rollback" switches back to it.`,
    });
    return 0;
  } catch (error) {
    if (!(error instanceof LibraryError)) {
      complain(io, lang, { de: `Fehler: ${(error as Error).message}`, en: `Error: ${(error as Error).message}` });
      return 2;
    }
    complain(io, lang, error.text);
    return error.code === 'previous-damaged' ? 1 : 2;
  }
};
