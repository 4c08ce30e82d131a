/**
 * Reads one cell for one field: the typed value the bundle wants, or a German message saying what is wrong with
 * the cell and what would be right.
 */
import { quoteDe, quoteEn, say, type LocalizedMessage } from '../content/validation/problem';
import { cellText, parseNumberText, parseYesNo, splitList, type ReadCell } from './cellValues';
import { readDateValue } from './dateCells';
import type { ColumnField } from './sheetLayout';

/** A read value, or a message plus the cell's text (kept so the bundle check still sees the field). */
export type FieldReading = { ok: true; value: unknown; note?: LocalizedMessage } | { ok: false; message: LocalizedMessage; raw: string };

/** Reads a non-blank cell for `field`. `date1904` is the workbook's date system. */
export function readField(field: ColumnField, cell: ReadCell, date1904: boolean): FieldReading {
  const value = cell.value!;
  const text = cellText(value);
  const fail = (de: string, en: string): FieldReading => ({ ok: false, message: say(de, en), raw: text });
  switch (field.kind.kind) {
    case 'id':
      // Excel turns a typed „7“ into the number 7; ids are text.
      return { ok: true, value: text };
    case 'text':
    case 'plain':
      return { ok: true, value: text };
    case 'textList':
      return { ok: true, value: text.split('\n').map((line) => line.trim()) };
    case 'plainList':
    case 'idList':
      return { ok: true, value: splitList(text) };
    case 'code':
      return { ok: true, value: text.toUpperCase() };
    case 'date': {
      const schema = field.schema;
      const reading = readDateValue(value, { date1904, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}), accepts: (candidate) => schema.safeParse(candidate).success });
      return reading.ok ? { ok: true, value: reading.value, ...(reading.note ? { note: reading.note } : {}) } : { ok: false, message: reading.message, raw: text };
    }
    case 'number': {
      const number = typeof value === 'number' ? value : typeof value === 'string' ? parseNumberText(value) : undefined;
      if (number !== undefined) return { ok: true, value: number };
      return fail(`${quoteDe(text)} ist keine Zahl – erwartet z. B. „50,87“ oder „50.87“`, `${quoteEn(text)} is not a number – expected e.g. "50.87"`);
    }
    case 'boolean': {
      const flag = parseYesNo(value);
      if (flag !== undefined) return { ok: true, value: flag };
      return fail(`${quoteDe(text)} – erwartet „Ja“ oder „Nein“ (leer = Nein)`, `${quoteEn(text)} – expected "Ja" (yes) or "Nein" (no); empty means no`);
    }
    case 'enum': {
      const match = field.kind.values.find((option) => option.toLowerCase() === text.toLowerCase());
      if (match !== undefined) return { ok: true, value: match };
      return fail(
        `${quoteDe(text)} ist keine der möglichen Angaben: ${field.kind.values.join(', ')} – bitte aus der Auswahlliste wählen`,
        `${quoteEn(text)} is not one of: ${field.kind.values.join(', ')} – please pick from the drop-down list`,
      );
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return fail(`${quoteDe(text)} ist kein gültiger JSON-Wert`, `${quoteEn(text)} is not valid JSON`);
      }
  }
}
