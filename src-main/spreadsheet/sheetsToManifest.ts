/**
 * Turns the sheets of a workbook into a manifest: finds each part's sheet by name, its header row by the headers
 * it knows (in any order, with the English field key as an alternative), reads every data row, and records for
 * every field the cell it came from so that any later finding can name sheet, row and column.
 */
import { formatFieldPath, quoteDe, quoteEn, say } from '../content/validation/problem';
import { suggestKey } from '../content/validation/typoHint';
import { isBlank, type ReadCell } from './cellValues';
import { readField } from './readField';
import { findHeader, mergeWarnings, type Column } from './sheetHeader';
import { columnLetter, type CellLocation, type CellLocations, type SheetProblem } from './sheetProblem';
import { workbookLayout, type ColumnField, type SheetSpec } from './sheetLayout';
import { normaliseName, splitHeader, type ReadWorkbook, type SheetTable } from './sheetTable';

/** The sheets the template adds for people and drop-downs, never read as content. */
export const GUIDE_SHEET = 'Anleitung';
export const LISTS_SHEET = 'Listen';

/** What the mapping produced. `manifest` is raw input for the bundle check (before defaults). */
export interface MappedManifest {
  manifest: Record<string, unknown>;
  locations: CellLocations;
  problems: SheetProblem[];
}

/** Maps a read workbook onto the bundle layout. Never throws for bad content. */
export function sheetsToManifest(workbook: ReadWorkbook, layout: SheetSpec[] = workbookLayout()): MappedManifest {
  const problems: SheetProblem[] = [];
  const locations: CellLocations = new Map();
  const byName = new Map<string, SheetSpec>();
  for (const spec of layout) {
    byName.set(normaliseName(spec.name), spec);
    byName.set(normaliseName(spec.key === '' ? 'exhibition' : spec.key), spec);
  }
  const tables = new Map<SheetSpec, SheetTable>();
  for (const table of workbook.sheets) {
    const spec = byName.get(normaliseName(table.name));
    if (spec === undefined) {
      const ours = table.name === GUIDE_SHEET || table.name === LISTS_SHEET;
      if (!ours && !table.hidden && table.rows.length > 0) {
        const hint = suggestKey(table.name, layout.map((s) => s.name));
        problems.push({
          severity: 'warning',
          code: 'sheet-unknown',
          sheet: table.name,
          message: say(
            `dieses Blatt wird nicht gelesen${hint ? ` – meinten Sie „${hint}“?` : ''} (bekannte Blätter: ${layout.map((s) => s.name).join(', ')})`,
            `this sheet is not read${hint ? ` – did you mean "${hint}"?` : ''} (known sheets: ${layout.map((s) => s.name).join(', ')})`,
          ),
        });
      }
      continue;
    }
    if (tables.has(spec)) {
      problems.push({ severity: 'warning', code: 'sheet-duplicate', sheet: table.name, message: say(`ein zweites Blatt „${spec.name}“ – nur das erste wird gelesen`, `a second "${spec.name}" sheet – only the first is read`) });
      continue;
    }
    if (table.hidden) {
      problems.push({
        severity: 'warning',
        code: 'sheet-hidden',
        sheet: table.name,
        message: say('das Blatt ist ausgeblendet und wird trotzdem übernommen', 'the sheet is hidden and is imported all the same'),
      });
    }
    tables.set(spec, table);
  }

  const manifest: Record<string, unknown> = { schema: 1 };
  const languagesSeen = new Set<string>();
  for (const spec of layout) {
    const table = tables.get(spec);
    if (table === undefined) {
      if (spec.single) {
        problems.push({
          severity: 'error',
          code: 'sheet-missing',
          sheet: spec.name,
          message: say(
            `das Blatt „${spec.name}“ fehlt – es enthält Kennung, Titel und Heimatkreis der Ausstellung (siehe Vorlage: npm run content -- template)`,
            `the sheet "${spec.name}" is missing – it holds id, title and home district of the exhibition (see the template)`,
          ),
        });
      }
      continue;
    }
    const items = readSheet(spec, table, workbook.date1904, problems, locations, languagesSeen);
    if (spec.single) {
      Object.assign(manifest, items[0] ?? {});
    } else if (items.length > 0) {
      manifest[spec.key] = items;
    }
  }
  if (manifest.languages === undefined && languagesSeen.size > 0) {
    manifest.languages = ['de', ...[...languagesSeen].filter((lang) => lang !== 'de').sort()];
  }
  return { manifest, locations, problems };
}

function readSheet(
  spec: SheetSpec,
  table: SheetTable,
  date1904: boolean,
  problems: SheetProblem[],
  locations: CellLocations,
  languagesSeen: Set<string>,
): unknown[] {
  const found = findHeader(spec, table);
  const dataRows = table.rows.filter((row) => row.cells.some((cell) => !isBlank(cell)));
  if (found === undefined) {
    if (dataRows.length > 0) {
      problems.push({
        severity: 'error',
        code: 'header-missing',
        sheet: table.name,
        message: say(
          `keine Kopfzeile gefunden – erwartet werden Spalten wie ${spec.fields.slice(0, 4).map((f) => `„${f.label}“`).join(', ')}`,
          `no header row found – expected columns such as ${spec.fields.slice(0, 4).map((f) => `"${f.label}"`).join(', ')}`,
        ),
      });
    }
    return [];
  }
  const { row: headerRow, columns, unknown } = found;
  const at = (row: number | undefined, column?: Column): CellLocation => ({
    sheet: table.name,
    ...(row === undefined ? {} : { row }),
    ...(column ? { column: columnLetter(column.index + 1), header: column.header } : {}),
  });
  const knownHeaders = spec.fields.map((f) => f.label);
  for (const { index, header } of unknown) {
    const hint = suggestKey(splitHeader(header).name, knownHeaders);
    problems.push({
      severity: 'warning',
      code: 'column-unknown',
      ...at(headerRow.number),
      column: columnLetter(index + 1),
      header,
      message: say(
        `diese Spalte wird nicht gelesen${hint ? ` – meinten Sie „${hint}“?` : ''}`,
        `this column is not read${hint ? ` – did you mean "${hint}"?` : ''}`,
      ),
    });
  }
  const byTarget = new Map<string, Column>();
  const usable: Column[] = [];
  for (const column of columns) {
    const target = `${column.field.key}|${column.lang ?? ''}`;
    const first = byTarget.get(target);
    if (first) {
      problems.push({
        severity: 'warning',
        code: 'column-duplicate',
        ...at(headerRow.number, column),
        message: say(`die Spalte gibt es schon (Spalte ${columnLetter(first.index + 1)}) – nur die erste wird gelesen`, `this column exists already (column ${columnLetter(first.index + 1)}) – only the first is read`),
      });
      continue;
    }
    byTarget.set(target, column);
    usable.push(column);
    if (column.lang) languagesSeen.add(column.lang);
  }

  const rows = table.rows.filter((row) => row.number > headerRow.number && usable.some((column) => !isBlank(row.cells[column.index])));
  if (rows.length > 0) {
    for (const field of spec.fields) {
      // German is the required language of a text, so a required text needs its (de) column.
      if (!field.required || usable.some((column) => column.field === field && (column.lang === undefined || column.lang === 'de'))) continue;
      const header = field.kind.kind === 'text' || field.kind.kind === 'textList' ? `${field.label} (de)` : field.label;
      problems.push({
        severity: 'error',
        code: 'column-missing',
        ...at(headerRow.number),
        message: say(`die Spalte „${header}“ fehlt – sie ist Pflicht`, `the column "${header}" is missing – it is required`),
      });
    }
  }
  const hidden = rows.filter((row) => row.hidden).map((row) => row.number);
  if (hidden.length > 0) {
    problems.push({
      severity: 'warning',
      code: 'rows-hidden',
      sheet: table.name,
      row: hidden[0]!,
      message: say(
        `ausgeblendete Zeilen (${hidden.slice(0, 10).join(', ')}${hidden.length > 10 ? ' …' : ''}) werden trotzdem übernommen – zum Weglassen bitte löschen`,
        `hidden rows (${hidden.slice(0, 10).join(', ')}${hidden.length > 10 ? ' …' : ''}) are imported all the same – delete them to leave them out`,
      ),
    });
  }
  mergeWarnings(table, headerRow.number, problems);
  if (spec.single && rows.length > 1) {
    problems.push({
      severity: 'warning',
      code: 'rows-extra',
      ...at(rows[1]!.number),
      message: say(`das Blatt „${spec.name}“ hat genau eine Zeile – weitere Zeilen werden nicht gelesen`, `the sheet "${spec.name}" holds exactly one row – further rows are not read`),
    });
  }

  const items: unknown[] = [];
  const ids = new Map<string, number>();
  for (const row of spec.single ? rows.slice(0, 1) : rows) {
    const index = items.length;
    const base: (string | number)[] = spec.single ? [] : [spec.key, index];
    const item: Record<string, unknown> = {};
    const texts = new Map<ColumnField, Map<string, { value: unknown; column: Column }>>();
    for (const column of usable) {
      const cell: ReadCell | undefined = row.cells[column.index];
      if (isBlank(cell)) continue;
      const fieldPath = [...base, ...column.field.path];
      const location = at(row.number, column);
      const field = formatFieldPath(column.lang && !spec.primitive ? [...fieldPath, column.lang] : fieldPath);
      if (cell!.problem) {
        problems.push({ severity: 'error', code: 'cell-unusable', ...location, field, message: cell!.problem });
        continue;
      }
      const reading = readField(column.field, cell!, date1904);
      let value: unknown;
      if (reading.ok) {
        value = reading.value;
        if (reading.note) problems.push({ severity: 'warning', code: 'cell-guessed', ...location, field, message: reading.note });
      } else {
        problems.push({ severity: 'error', code: 'cell-invalid', ...location, field, message: reading.message });
        value = reading.raw;
      }
      if (column.lang !== undefined) {
        const perLang = texts.get(column.field) ?? new Map<string, { value: unknown; column: Column }>();
        perLang.set(column.lang, { value, column });
        texts.set(column.field, perLang);
        locations.set(formatFieldPath([...fieldPath, column.lang]), location);
        if (column.lang === 'de' || !locations.has(formatFieldPath(fieldPath))) locations.set(formatFieldPath(fieldPath), location);
      } else {
        setPath(item, column.field.path, value);
        locations.set(formatFieldPath(fieldPath), location);
      }
    }
    for (const [field, perLang] of texts) {
      const fieldPath = [...base, ...field.path];
      if (field.kind.kind === 'textList') {
        const lists = [...perLang].map(([lang, { value }]) => [lang, value as string[]] as const);
        const length = Math.max(...lists.map(([, lines]) => lines.length));
        // A blank line in every language is no item (an extra Alt+Enter), not an empty one.
        const list = Array.from({ length }, (_, i) => localized(lists.map(([lang, lines]) => [lang, lines[i] ?? ''] as const))).filter(
          (entry) => !(typeof entry === 'object' && entry !== null && Object.keys(entry).length === 0),
        );
        setPath(item, field.path, list);
        for (const [lang, { column }] of perLang) {
          for (let i = 0; i < length; i += 1) locations.set(formatFieldPath([...fieldPath, i, lang]), at(row.number, column));
        }
      } else {
        setPath(item, field.path, localized([...perLang].map(([lang, { value }]) => [lang, String(value)] as const)));
      }
    }
    // Keys in the schema's order, so the written bundle.yaml reads like a hand-written one.
    const ordered: Record<string, unknown> = {};
    for (const field of spec.fields) {
      const key = field.path[0]!;
      if (key in item && !(key in ordered)) ordered[key] = item[key];
    }
    const rowLocation = at(row.number);
    locations.set(formatFieldPath(base), rowLocation);
    const id = item.id;
    if (typeof id === 'string' && !spec.single) {
      const earlier = ids.get(id);
      if (earlier !== undefined) {
        const idColumn = usable.find((column) => column.field.key === 'id');
        problems.push({
          severity: 'error',
          code: 'duplicate-id',
          ...at(row.number, idColumn),
          field: formatFieldPath([...base, 'id']),
          message: say(
            `die Kennung ${quoteDe(id)} steht schon in Zeile ${earlier} – jede Kennung darf auf dem Blatt nur einmal vorkommen`,
            `the id ${quoteEn(id)} is already used in row ${earlier} – each id may appear only once on the sheet`,
          ),
        });
      } else ids.set(id, row.number);
    }
    items.push(spec.primitive ? item[spec.fields[0]!.path[0]!] : ordered);
  }
  return items;
}

/** A localised text from its language cells: German alone is a plain text, more languages a map. */
function localized(entries: readonly (readonly [string, string])[]): unknown {
  const filled = entries.filter(([, text]) => text !== '');
  if (filled.length === 1 && filled[0]![0] === 'de') return filled[0]![1];
  return Object.fromEntries(filled);
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

