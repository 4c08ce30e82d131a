/**
 * `npm run content -- template <datei.xlsx> [--languages de,en] [--force]`: writes the workbook a curator fills in
 * instead of writing YAML – one sheet per part of the bundle, German headers, a column per language, drop-downs,
 * a guide sheet and one worked example row per sheet. Exit 0 written, 2 usage or I/O error.
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { templateExample } from '../../spreadsheet/templateExample';
import { writeWorkbookFile } from '../../spreadsheet/writeWorkbook';
import { optionProblem } from '../cliOutput';
import { EXIT, UsageError, type CliCommand } from '../commandTypes';


export const run: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { languages: { type: 'string' }, force: { type: 'boolean' }, lang: { type: 'string' } } });
  } catch (error) {
    throw new UsageError(optionProblem(error));
  }
  const { values, positionals } = parsed;
  const en = values.lang === 'en';
  const target = positionals[0];
  if (positionals.length !== 1 || !/\.xlsx$/i.test(target!)) {
    throw new UsageError({ de: 'Bitte genau einen Dateinamen mit der Endung .xlsx angeben.', en: 'Please give exactly one file name ending in .xlsx.' });
  }
  const languages = (values.languages ?? 'de,en').split(',').map((lang) => lang.trim().toLowerCase()).filter(Boolean);
  if (languages[0] !== 'de' || languages.some((lang) => !/^[a-z]{2}$/.test(lang))) {
    throw new UsageError({ de: '--languages: Sprachcodes aus zwei Buchstaben, Deutsch zuerst, z. B. de,en,he', en: '--languages: two-letter codes, German first, e.g. de,en,he' });
  }
  if (!values.force && (await stat(target!).then(() => true, () => false))) {
    io.err(en ? `"${target}" exists already – use --force to replace it.` : `„${target}“ gibt es schon – mit --force ersetzen oder einen anderen Namen wählen.`);
    return EXIT.usage;
  }
  try {
    await writeWorkbookFile({ ...templateExample(), languages }, target!, { languages, exampleRows: true });
  } catch (error) {
    io.err(`${en ? 'Write error' : 'Schreibfehler'}: ${(error as Error).message}`);
    return EXIT.usage;
  }
  io.out(
    en
      ? `Template written: ${target}. Fill it in, put the photos into a folder, then: npm run content -- import ${target} --images <folder> <bundle-folder>`
      : `Vorlage geschrieben: ${target}. Ausfüllen, Fotos in einen Ordner legen, dann: npm run content -- import ${target} --images <ordner> <paketordner>`,
  );
  return EXIT.ok;
};
