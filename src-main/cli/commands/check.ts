/**
 * `npm run content -- check <folder|zip> [--json] [--lang en]`: validates a bundle and prints its problems
 * grouped by file with a one-line summary; a good bundle gets the preview command as the next step.
 * Exit 0 valid (warnings allowed), 1 invalid, 2 usage or unreadable input.
 */
import { parseArgs } from 'node:util';
import type { MessageLanguage } from '../../content/validation/problem';
import { formatProblemGroups, summaryLine } from '../../content/validation/reportText';
import { validateBundle, type ValidationReport } from '../../content/validation/validateBundle';
import { languageOf, optionProblem, pasteable, say } from '../cliOutput';
import { EXIT, UsageError, type CliCommand, type CommandIo } from '../commandTypes';
import { validationProgress } from '../progressLine';

/** Parses the arguments of `check`; throws {@link UsageError} when they are wrong. */
export function parseCheckArgs(args: string[]): { source: string; lang: MessageLanguage; json: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' }, json: { type: 'boolean' } } });
  } catch (error) {
    throw new UsageError(optionProblem(error));
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'de';
  if (lang !== 'de' && lang !== 'en') throw new UsageError({ de: `--lang „${lang}“: erlaubt sind de und en.`, en: `--lang "${lang}": allowed are de and en.` });
  if (positionals.length !== 1) {
    throw new UsageError({ de: 'Bitte genau einen Ordner oder eine .zip-Datei angeben.', en: 'Please give exactly one folder or .zip file.' });
  }
  return { source: positionals[0]!, lang, json: values.json ?? false };
}

/** The exit code for a report: 0 valid, 1 invalid content, 2 when the input could not be read (I/O, broken zip). */
export function exitCodeFor(report: Pick<ValidationReport, 'ok' | 'problems'>): number {
  if (report.problems.some((problem) => problem.code === 'io' || problem.code === 'zip-unreadable')) return EXIT.usage;
  return report.ok ? EXIT.ok : EXIT.invalid;
}

/** Prints a report for people: grouped problems, then the summary line. */
export function printReport(report: ValidationReport, io: CommandIo): void {
  for (const line of formatProblemGroups(report.problems, report.lang, report.itemIds)) io.out(line);
  io.out(summaryLine(report.problems, report.lang));
}

export const run: CliCommand = async (args, io) => {
  const options = parseCheckArgs(args);
  const report = await validateBundle(options.source, { lang: options.lang, ...(options.json ? {} : validationProgress(io, languageOf(args))) });
  try {
    if (options.json) {
      const errors = report.problems.filter((p) => p.severity === 'error').length;
      const json = {
        source: options.source,
        ok: report.ok,
        errors,
        warnings: report.problems.length - errors,
        problems: report.problems.map(({ message, ...rest }) => ({ ...rest, message: message[options.lang], messages: message })),
      };
      io.out(JSON.stringify(json, null, 2));
    } else {
      printReport(report, io);
      if (report.ok) {
        say(io, options.lang, {
          de: `Ansehen, ohne etwas zu ändern: ${pasteable(['preview', options.source])}`,
          en: `View it without changing anything: ${pasteable(['preview', options.source, '--lang', 'en'])}`,
        });
      }
    }
    return exitCodeFor(report);
  } finally {
    await report.dispose();
  }
};
