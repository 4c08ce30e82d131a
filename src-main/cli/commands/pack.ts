/**
 * `npm run content -- pack <folder> <out.zip> [--force] [--lang en]`: validates the bundle (photos decoded once,
 * with progress), refuses on errors, then writes one archive for a USB stick: under a temporary name next to the
 * target, flushed, and only then moved into place; an existing file is replaced only with `--force`.
 * Exit 0 packed, 1 the bundle has errors, 2 usage or I/O error.
 */
import { randomBytes } from 'node:crypto';
import { realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isInside } from '../../content/safeResolve';
import { moveIntoPlace, writeBundleZip } from '../../content/validation/packZip';
import { validateBundle } from '../../content/validation/validateBundle';
import { describeError } from '../../fs/systemErrors';
import { complain, counted, NOUNS, optionProblem, pasteable, readableSize, say } from '../cliOutput';
import { EXIT, UsageError, type CliCommand } from '../commandTypes';
import { validationProgress } from '../progressLine';
import { exitCodeFor, printReport } from './check';

export const run: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean' }, lang: { type: 'string' } } });
  } catch (error) {
    throw new UsageError(optionProblem(error));
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'de';
  if (lang !== 'de' && lang !== 'en') throw new UsageError({ de: `--lang „${lang}“: erlaubt sind de und en.`, en: `--lang "${lang}": allowed are de and en.` });
  if (positionals.length !== 2) {
    throw new UsageError({ de: 'Bitte den Paketordner und den Namen der .zip-Datei angeben.', en: 'Please give the bundle folder and the name of the .zip file.' });
  }
  const source = path.resolve(positionals[0]!);
  const target = path.resolve(positionals[1]!);
  let realSource: string;
  try {
    if (!(await stat(source)).isDirectory()) throw new Error('not a folder');
    realSource = await realpath(source);
  } catch {
    complain(io, lang, {
      de: `„${positionals[0]}“ ist kein Ordner – pack braucht den Paketordner.`,
      en: `"${positionals[0]}" is not a folder – pack needs the bundle folder.`,
    });
    return EXIT.usage;
  }
  const targetDir = path.dirname(target);
  let realTargetDir: string;
  try {
    realTargetDir = await realpath(targetDir);
  } catch {
    complain(io, lang, { de: `Den Zielordner „${targetDir}“ gibt es nicht.`, en: `The target folder "${targetDir}" does not exist.` });
    return EXIT.usage;
  }
  if (isInside(realSource, realTargetDir)) {
    complain(io, lang, {
      de: 'Das Archiv darf nicht im Paketordner selbst liegen (der Paketordner wird nie verändert).',
      en: 'The archive must not be inside the bundle folder (the bundle folder is never changed).',
    });
    return EXIT.usage;
  }
  if (!values.force && (await exists(target))) {
    const again = pasteable(['pack', positionals[0]!, positionals[1]!, '--force', ...(lang === 'en' ? ['--lang', 'en'] : [])]);
    complain(io, lang, {
      de: `„${target}“ gibt es schon. Ersetzen mit: ${again}`,
      en: `"${target}" already exists. To replace it: ${again}`,
    });
    return EXIT.usage;
  }

  const report = await validateBundle(source, { lang, ...validationProgress(io, lang) });
  await report.dispose();
  if (!report.ok) {
    printReport(report, io);
    complain(io, lang, { de: 'Nicht gepackt: bitte zuerst die Fehler beheben.', en: 'Not packed: please fix the errors first.' });
    return exitCodeFor(report);
  }

  // The archive holds exactly the files just checked: decoding every photo a second time doubled the silence.
  const tempFile = path.join(realTargetDir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const { files, bytes } = await writeBundleZip(realSource, tempFile);
    if (!(await moveIntoPlace(tempFile, target, values.force ?? false))) {
      complain(io, lang, { de: `„${target}“ ist inzwischen entstanden – nichts überschrieben.`, en: `"${target}" appeared meanwhile – nothing overwritten.` });
      return EXIT.usage;
    }
    const warnings = report.problems.length;
    const count = counted(files, NOUNS.file);
    const size = readableSize(bytes);
    const hints = counted(warnings, NOUNS.warning);
    say(io, lang, {
      de: `Gepackt: ${target} (${count.de}, ${size.de}${warnings > 0 ? `, ${hints.de} – siehe ${pasteable(['check', positionals[0]!])}` : ''})`,
      en: `Packed: ${target} (${count.en}, ${size.en}${warnings > 0 ? `, ${hints.en} – see ${pasteable(['check', positionals[0]!, '--lang', 'en'])}` : ''})`,
    });
    return EXIT.ok;
  } catch (error) {
    const why = describeError(error);
    complain(io, lang, { de: `Das Archiv konnte nicht geschrieben werden: ${why.de}`, en: `The archive could not be written: ${why.en}` });
    return EXIT.usage;
  } finally {
    await rm(tempFile, { force: true });
  }
};

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
