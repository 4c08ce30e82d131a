import { formatProblem, type ItemIds, type MessageLanguage, type Problem } from './problem';

const WORDS = {
  de: { error: 'Fehler', warning: 'Hinweis', bundle: '(Paket)' },
  en: { error: 'error', warning: 'warning', bundle: '(bundle)' },
} as const;

/**
 * Problems as readable lines, grouped under their file (problems without a file under „(Paket)“), each line with
 * its severity, line and column, the entry and field it is about, and the message. Expects problems already sorted.
 */
export function formatProblemGroups(problems: readonly Problem[], lang: MessageLanguage, items?: ItemIds): string[] {
  const words = WORDS[lang];
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = problem.file ?? words.bundle;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  const lines: string[] = [];
  for (const [file, group] of groups) {
    lines.push(file);
    for (const problem of group) {
      const withoutFile = formatProblem(problem, lang, items, false);
      const label = problem.severity === 'error' ? words.error : words.warning;
      lines.push(`  ${label.padEnd(7)} ${withoutFile}`);
    }
  }
  return lines;
}

/** One line such as „2 Fehler, 3 Hinweise – das Paket kann so nicht geladen werden“. */
export function summaryLine(problems: readonly Problem[], lang: MessageLanguage): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (lang === 'en') {
    const counts = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
    return errors > 0 ? `${counts} – the bundle cannot be loaded like this` : `${counts} – the bundle can be loaded`;
  }
  const counts = `${errors} Fehler, ${warnings} ${warnings === 1 ? 'Hinweis' : 'Hinweise'}`;
  return errors > 0 ? `${counts} – das Paket kann so nicht geladen werden` : `${counts} – das Paket kann geladen werden`;
}
