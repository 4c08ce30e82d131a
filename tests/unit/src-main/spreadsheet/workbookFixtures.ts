/**
 * Workbooks for the spreadsheet tests, made in the tests: from a manifest with the real writer (then changed cell
 * by cell with exceljs, as a curator would), or as a minimal hand-written .xlsx zip for hostile shapes that exceljs
 * itself would never write.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { buildWorkbook } from '../../../../src-main/spreadsheet/writeWorkbook';
import { makeZip } from '../../../support/bundleBuilder';

/** A small valid manifest in two languages, using `bilder/a.jpg` and `bilder/b.png`. */
export function smallManifest(): Record<string, unknown> {
  return {
    schema: 1,
    id: 'tabellen-test',
    title: { de: 'Tabellentest', en: 'Spreadsheet test' },
    home: { name: 'Kreis Test', location: { lat: 50.87, lon: 8.02 } },
    languages: ['de', 'en'],
    partners: [
      { id: 'emek-hefer', name: 'Emek Hefer', country: 'IL', kind: 'Partnerschaft', since: '1973', facts: [{ de: 'Eins', en: 'One' }, 'Zwei'] },
      { id: 'stadt-a', name: { de: 'Stadt A', en: 'Town A' }, country: 'PL', kind: 'Städtepartnerschaft', parent: 'emek-hefer' },
    ],
    events: [
      { id: 'gruendung', date: '1973-10-08', partners: ['emek-hefer'], title: { de: 'Gründung', en: 'Founding' }, images: ['foto-a'], highlight: true },
      { id: 'besuch', date: '1980', end: '1981', partners: ['emek-hefer', 'stadt-a'], title: { de: 'Besuch', en: 'Visit' }, themes: ['Jugend, Kultur', 'Sport'] },
    ],
    images: [
      { id: 'foto-a', file: 'bilder/a.jpg', caption: { de: 'Bild A', en: 'Picture A' }, credit: 'Archiv', alt: { de: 'Rot', en: 'Red' } },
      { id: 'foto-b', file: 'bilder/b.png', caption: { de: 'Bild B', en: 'Picture B' }, credit: 'Archiv', alt: { de: 'Blau', en: 'Blue' } },
    ],
    collections: [{ id: 'auswahl', title: { de: 'Auswahl', en: 'Selection' }, images: ['foto-a', 'foto-b'] }],
    eras: [{ id: 'anfang', label: { de: 'Die Anfänge', en: 'The beginnings' }, from: '1973', to: '1980' }],
  };
}

/** Writes the workbook of `manifest` to `file`, after `change` has edited it like a curator. */
export async function writeEditedWorkbook(file: string, manifest: Record<string, unknown>, change: (workbook: ExcelJS.Workbook) => void = () => {}): Promise<void> {
  const workbook = buildWorkbook(manifest, { spareRows: 5 });
  change(workbook);
  await workbook.xlsx.writeFile(file);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = (name: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** A one-sheet .xlsx whose sheet XML is `sheetData` (rows) plus `after` (merges, validations). */
export async function writeMinimalXlsx(file: string, sheetName: string, sheetData: string, after = ''): Promise<void> {
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
  const zip = await makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: WORKBOOK(sheetName) },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
  await writeFile(file, zip);
}

/** An inline-string cell. */
export const textCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
