/**
 * The inverse of reading: the cell values a manifest field is written as, one per column. Dates stay text so that
 * `1973` stays a year and `1973-05` a month; yes/no is written „Ja“/„Nein“.
 */
import { joinList, type CellValue } from './cellValues';
import type { ColumnField } from './sheetLayout';

/** One column of a sheet: a field, and for texts the language. */
export interface SheetColumn {
  field: ColumnField;
  lang?: string;
  header: string;
}

/** The columns of a sheet's fields for `languages` (texts get one column per language). */
export function sheetColumns(fields: readonly ColumnField[], languages: readonly string[], primitive: boolean): SheetColumn[] {
  return fields.flatMap((field) =>
    (field.kind.kind === 'text' || field.kind.kind === 'textList') && !primitive
      ? languages.map((lang) => ({ field, lang, header: `${field.label} (${lang})` }))
      : [{ field, header: field.label }],
  );
}

/** The value at `path` below `item`. */
export function valueAt(item: unknown, path: readonly string[]): unknown {
  let node = item;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function textIn(value: unknown, lang: string): string {
  if (typeof value === 'string') return lang === 'de' ? value : '';
  if (typeof value === 'object' && value !== null) return String((value as Record<string, unknown>)[lang] ?? '');
  return '';
}

/** The cell for `column` of one item (a list entry, or the manifest itself for the exhibition sheet). */
export function cellFor(column: SheetColumn, item: unknown, primitive: boolean): CellValue | undefined {
  const value = primitive ? item : valueAt(item, column.field.path);
  if (value === undefined || value === null) return undefined;
  const kind = column.field.kind.kind;
  if (kind === 'text') return textIn(value, column.lang ?? 'de') || undefined;
  if (kind === 'textList') {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    const lines = value.map((entry) => textIn(entry, column.lang ?? 'de'));
    return lines.some((line) => line !== '') ? lines.join('\n') : undefined;
  }
  if (kind === 'plainList' || kind === 'idList') return Array.isArray(value) && value.length > 0 ? joinList(value.map(String)) : undefined;
  if (kind === 'boolean') return value === true ? 'Ja' : value === false ? 'Nein' : undefined;
  if (kind === 'number') return typeof value === 'number' ? value : String(value);
  if (kind === 'json') return JSON.stringify(value);
  return String(value);
}

/** Every language a manifest's texts use, German first, then the listed languages, then any others found. */
export function languagesOf(manifest: Record<string, unknown>): string[] {
  const found = new Set<string>(['de', ...((manifest.languages as string[] | undefined) ?? [])]);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const keys = Object.keys(node);
      if (keys.includes('de') && keys.every((key) => /^[a-z]{2}$/.test(key))) keys.forEach((key) => found.add(key));
      else Object.values(node).forEach(walk);
    }
  };
  walk(manifest);
  return [...found];
}
