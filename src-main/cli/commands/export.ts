/**
 * `npm run content -- export <ordner|datei.zip> <datei.xlsx> [--force]`: writes a whole bundle as a workbook in
 * the layout `import` reads (export → import gives back the same manifest). Values that a spreadsheet program could
 * take for a formula are written as text. Exit 0 written, 1 the manifest cannot be read, 2 usage or I/O error.
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../content/validation/problem';
import { exportBundle } from '../../spreadsheet/exportBundle';
import { optionProblem } from '../cliOutput';
import { EXIT, UsageError, type CliCommand } from '../commandTypes';


export const run: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean' }, lang: { type: 'string' } } });
  } catch (error) {
    throw new UsageError(optionProblem(error));
  }
  const { values, positionals } = parsed;
  const lang = values.lang === 'en' ? 'en' : 'de';
  if (positionals.length !== 2 || !/\.xlsx$/i.test(positionals[1]!)) {
    throw new UsageError({ de: 'Bitte das Paket (Ordner oder .zip) und einen Dateinamen mit der Endung .xlsx angeben.', en: 'Please give the bundle (folder or .zip) and a file name ending in .xlsx.' });
  }
  const [source, target] = positionals as [string, string];
  if (!values.force && (await stat(target).then(() => true, () => false))) {
    io.err(lang === 'en' ? `"${target}" exists already – use --force to replace it.` : `„${target}“ gibt es schon – mit --force ersetzen oder einen anderen Namen wählen.`);
    return EXIT.usage;
  }
  let outcome;
  try {
    outcome = await exportBundle(source, target);
  } catch (error) {
    io.err(`${lang === 'en' ? 'Write error' : 'Schreibfehler'}: ${(error as Error).message}`);
    return EXIT.usage;
  }
  if (!outcome.ok) {
    for (const problem of outcome.problems) io.out(formatProblem(problem, lang));
    io.err(lang === 'en' ? 'Not exported: the manifest cannot be read – please fix the errors first.' : 'Nicht exportiert: das Manifest lässt sich nicht lesen – bitte zuerst die Fehler beheben.');
    return outcome.problems.some((problem) => problem.code === 'io') ? EXIT.usage : EXIT.invalid;
  }
  io.out(lang === 'en' ? `Exported: ${target}` : `Exportiert: ${target}`);
  return EXIT.ok;
};
