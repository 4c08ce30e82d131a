/**
 * `npm run content -- check <folder|zip> [--lang de|en] [--json]`: validates a bundle and prints its problems
 * grouped by file with a one-line summary. Exit 0 valid (warnings allowed), 1 invalid, 2 usage or I/O error.
 */
import { parseArgs } from 'node:util';
import type { MessageLanguage } from '../../content/validation/problem';
import { formatProblemGroups, summaryLine } from '../../content/validation/reportText';
import { validateBundle, type ValidationReport } from '../../content/validation/validateBundle';
import type { CliCommand, CommandIo } from '../commandTypes';

const USAGE = 'Aufruf / usage: npm run content -- check <ordner|datei.zip> [--lang de|en] [--json]';

/** Parses the arguments shared by `check`-like commands; a message instead when they are wrong. */
export function parseCheckArgs(args: string[]): { source: string; lang: MessageLanguage; json: boolean } | { usage: string } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' }, json: { type: 'boolean' } } });
  } catch (error) {
    return { usage: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'de';
  if (lang !== 'de' && lang !== 'en') return { usage: `--lang: „${lang}“ – erlaubt sind de und en` };
  if (positionals.length !== 1) return { usage: 'bitte genau einen Ordner oder eine .zip angeben / please give exactly one folder or .zip' };
  return { source: positionals[0]!, lang, json: values.json ?? false };
}

/** The exit code for a report: 0 valid, 1 invalid content, 2 when the tool could not read (I/O). */
export function exitCodeFor(report: Pick<ValidationReport, 'ok' | 'problems'>): number {
  if (report.problems.some((problem) => problem.code === 'io')) return 2;
  return report.ok ? 0 : 1;
}

/** Prints a report for people: grouped problems, then the summary line. */
export function printReport(report: ValidationReport, io: CommandIo): void {
  for (const line of formatProblemGroups(report.problems, report.lang)) io.out(line);
  io.out(summaryLine(report.problems, report.lang));
}

export const run: CliCommand = async (args, io) => {
  const options = parseCheckArgs(args);
  if ('usage' in options) {
    io.err(options.usage);
    io.err(USAGE);
    return 2;
  }
  const report = await validateBundle(options.source, { lang: options.lang });
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
    }
    return exitCodeFor(report);
  } finally {
    await report.dispose();
  }
};
