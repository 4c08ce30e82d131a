/**
 * A finding of a spreadsheet import, located the way a curator finds it again: sheet, row and column as Excel shows
 * them („Ereignisse, Zeile 5, Spalte C (Datum)“). Validator problems of the imported bundle are mapped to the same
 * form through the cell locations the import records (see {@link CellLocations}).
 */
import type { LocalizedMessage, MessageLanguage, Severity } from '../content/validation/problem';

/** Where a value came from in the workbook. `row` is 1-based as Excel numbers rows, `column` a letter like `C`. */
export interface CellLocation {
  sheet: string;
  row?: number;
  column?: string;
  /** The column's header as written in the sheet, e.g. „Datum“. */
  header?: string;
}

/** One import finding; errors stop the import, warnings only inform. */
export interface SheetProblem extends Partial<CellLocation> {
  severity: Severity;
  /** Stable code for tests and tools, e.g. `date-text`, `missing-image`, or a validator code. */
  code: string;
  message: LocalizedMessage;
  /** The manifest field the finding is about, e.g. `events[3].date`, when known. */
  field?: string;
}

/** Field path (`events[3].date`, `events[3].title.en`) → the cell it was read from. */
export type CellLocations = Map<string, CellLocation>;

/** Excel's column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** One line for a person, German by default: `Ereignisse, Zeile 5, Spalte C (Datum): …`. */
export function formatSheetProblem(problem: SheetProblem, lang: MessageLanguage = 'de'): string {
  const parts: string[] = [];
  if (problem.sheet !== undefined) parts.push(lang === 'de' ? `Blatt „${problem.sheet}“` : `sheet "${problem.sheet}"`);
  if (problem.row !== undefined) parts.push(`${lang === 'de' ? 'Zeile' : 'row'} ${problem.row}`);
  if (problem.column !== undefined) {
    const header = problem.header ? ` (${problem.header})` : '';
    parts.push(`${lang === 'de' ? 'Spalte' : 'column'} ${problem.column}${header}`);
  }
  const text = problem.message[lang];
  return parts.length === 0 ? text : `${parts.join(', ')}: ${text}`;
}

/** Errors first, then by sheet, row and column, keeping the order of equal findings. */
export function sortSheetProblems(problems: readonly SheetProblem[]): SheetProblem[] {
  const rank = (p: SheetProblem) => (p.severity === 'error' ? 0 : 1);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        rank(a.problem) - rank(b.problem) ||
        (a.problem.sheet ?? '').localeCompare(b.problem.sheet ?? '') ||
        (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
        (a.problem.column ?? '').length - (b.problem.column ?? '').length ||
        (a.problem.column ?? '').localeCompare(b.problem.column ?? '') ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}

/** True when any finding is an error. */
export function hasErrors(problems: readonly SheetProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
