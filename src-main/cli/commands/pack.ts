/**
 * `npm run content -- pack <folder> <out.zip> [--force]`: validates the bundle, refuses on errors, then writes one
 * archive for a USB stick. The archive is written next to the target under a temporary name, checked like any
 * incoming bundle, and only then renamed into place; an existing file is replaced only with `--force`.
 */
import { randomBytes } from 'node:crypto';
import { realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isInside } from '../../content/safeResolve';
import { moveIntoPlace, writeBundleZip } from '../../content/validation/packZip';
import { validateBundle } from '../../content/validation/validateBundle';
import type { CliCommand } from '../commandTypes';
import { exitCodeFor, printReport } from './check';

const USAGE = 'Aufruf / usage: npm run content -- pack <ordner> <datei.zip> [--force] [--lang de|en]';

export const run: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean' }, lang: { type: 'string' } } });
  } catch (error) {
    io.err((error as Error).message);
    io.err(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'de';
  if (positionals.length !== 2 || (lang !== 'de' && lang !== 'en')) {
    io.err(USAGE);
    return 2;
  }
  const source = path.resolve(positionals[0]!);
  const target = path.resolve(positionals[1]!);
  let realSource: string;
  try {
    if (!(await stat(source)).isDirectory()) throw new Error('not a folder');
    realSource = await realpath(source);
  } catch {
    io.err(`„${positionals[0]}“ ist kein Ordner – pack braucht den Paketordner. / "${positionals[0]}" is not a folder.`);
    return 2;
  }
  const targetDir = path.dirname(target);
  let realTargetDir: string;
  try {
    realTargetDir = await realpath(targetDir);
  } catch {
    io.err(`Der Zielordner „${targetDir}“ existiert nicht. / The target folder does not exist.`);
    return 2;
  }
  if (isInside(realSource, realTargetDir)) {
    io.err('Das Archiv darf nicht im Paketordner selbst liegen (der Ordner wird nie verändert). / The archive must not be inside the bundle folder.');
    return 2;
  }
  if (!values.force && (await exists(target))) {
    io.err(`„${target}“ gibt es schon – mit --force ersetzen oder einen anderen Namen wählen. / The target exists; use --force to replace it.`);
    return 2;
  }

  const report = await validateBundle(source, { lang });
  await report.dispose();
  if (!report.ok) {
    printReport(report, io);
    io.err(lang === 'de' ? 'Nicht gepackt: bitte zuerst die Fehler beheben.' : 'Not packed: please fix the errors first.');
    return exitCodeFor(report);
  }

  const tempFile = path.join(realTargetDir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const { files, bytes } = await writeBundleZip(realSource, tempFile);
    const packed = await validateBundle(tempFile, { lang });
    await packed.dispose();
    if (!packed.ok) {
      printReport(packed, io);
      io.err('Das geschriebene Archiv besteht die Prüfung nicht – nichts ersetzt. / The written archive fails the check; nothing replaced.');
      return 2;
    }
    if (!(await moveIntoPlace(tempFile, target, values.force ?? false))) {
      io.err(`„${target}“ ist inzwischen entstanden – nichts überschrieben. / The target appeared meanwhile; nothing overwritten.`);
      return 2;
    }
    const warnings = report.problems.length;
    io.out(
      lang === 'de'
        ? `Gepackt: ${target} (${files} Dateien, ${(bytes / 1024 / 1024).toFixed(1)} MiB${warnings > 0 ? `, ${warnings} Hinweise – siehe „check“` : ''})`
        : `Packed: ${target} (${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB${warnings > 0 ? `, ${warnings} warnings – see "check"` : ''})`,
    );
    return 0;
  } catch (error) {
    io.err(`Schreibfehler / write error: ${(error as Error).message}`);
    return 2;
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
