/**
 * CSV files as German Excel writes them (a set of files named like the sheets, `;`, Windows-1252 or UTF-8 with
 * BOM) and a TimelineJS sheet in its published template columns, imported into checked bundles.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../../src-main/spreadsheet/importSpreadsheet';
import { formatSheetProblem } from '../../../../src-main/spreadsheet/sheetProblem';
import { htmlToText, slugify } from '../../../../src-main/spreadsheet/timelineJs';
import { jpeg } from '../../../support/bundleBuilder';
import { makeTempDir } from '../../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('spreadsheet-csv-')));
afterAll(() => cleanup());

/** Windows-1252 bytes of a text made of Latin-1 characters plus „ “ € –. */
function cp1252(text: string): Buffer {
  const special: Record<string, number> = { '„': 0x84, '“': 0x93, '€': 0x80, '–': 0x96 };
  return Buffer.from(Array.from(text, (char) => special[char] ?? char.charCodeAt(0)));
}

describe('CSV from German Excel', () => {
  it('reads a set of files named like the sheets, in Windows-1252 and UTF-8 with BOM, with decimal commas', async () => {
    const folder = path.join(dir, 'csv-satz');
    await mkdir(folder);
    await writeFile(
      path.join(folder, 'harz - Ausstellung.csv'),
      cp1252('Kennung;Titel (de);Heimatkreis (de);Heimatkreis Breite;Heimatkreis Länge;Sprachen\r\nharz-csv;„Dialog“ in Europa – 2024;Landkreis Harz;51,9;11,05;de\r\n'),
    );
    await writeFile(
      path.join(folder, 'harz - Partner.csv'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kennung;Name (de);Land;Art;seit;Breite;Länge\r\niasi;Kreis Iași;ro;Städtepartnerschaft;05.1999;47,16;27,58\r\n;;;;;;\r\n', 'utf8')]),
    );
    await writeFile(
      path.join(folder, 'harz - Ereignisse.csv'),
      cp1252('sep=;\r\nKennung;Datum;Partner;Titel (de);Hervorheben\r\nbesuch-1999;12. Mai 1999;iasi;"Besuch; mit Semikolon";ja\r\n'),
    );
    await writeFile(path.join(folder, 'fremd - Partner.csv'), 'Kennung;Name (de)\nnicht;Dazu\n');
    const result = await buildBundle(path.join(folder, 'harz - Ausstellung.csv'), path.join(dir, 'paket-csv'));
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => formatSheetProblem(p))).toEqual([]);
    expect(result.manifest).toMatchObject({
      id: 'harz-csv',
      title: '„Dialog“ in Europa – 2024',
      home: { location: { lat: 51.9, lon: 11.05 } },
      partners: [{ id: 'iasi', name: 'Kreis Iași', country: 'RO', since: '1999-05', location: { lat: 47.16, lon: 27.58 } }],
      events: [{ id: 'besuch-1999', date: '1999-05-12', title: 'Besuch; mit Semikolon', highlight: true, partners: ['iasi'] }],
    });
  });

  it('names the row and column of a bad value in a CSV file', async () => {
    const folder = path.join(dir, 'csv-fehler');
    await mkdir(folder);
    await writeFile(path.join(folder, 'Ausstellung.csv'), 'Kennung;Titel (de);Heimatkreis (de);Heimatkreis Breite;Heimatkreis Länge\nx;T;K;fünfzig;8\n');
    const result = await buildBundle(path.join(folder, 'Ausstellung.csv'), path.join(dir, 'paket-csv-fehler'));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => formatSheetProblem(p))).toContainEqual('Blatt „Ausstellung“, Zeile 2, Spalte D (Heimatkreis Breite): „fünfzig“ ist keine Zahl – erwartet z. B. „50,87“ oder „50.87“');
  });
});

const TIMELINE_CSV = [
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  ',,,,,,,,,Emek Hefer und Siegen-Wittgenstein,<p>Eine Partnerschaft seit <em>1973</em>.</p>,,,,,title,,',
  '1973,10,8,,,,,,,Unterzeichnung,"<p>Der Vertrag wird unterzeichnet.</p><p>Mit <a href=""https://example.org/vertrag"">Text</a> &amp; Bild.</p>",unterzeichnung.jpg,Foto: Archiv,Die Unterschrift,,,Emek Hefer,',
  '1985,,,,1986,,,,,Jugendaustausch,,https://www.youtube.com/watch?v=abc,,,,,Emek Hefer,#ffcc00',
  '2001,May,,10:00,,,,,Mai 2001,Besuch in Thale,,,,,,,Thale,',
  '1973,,,,1990,,,,,Die Anfänge,,,,,,era,,',
  '',
].join('\n');

describe('TimelineJS sheets', () => {
  it('moves over in one command: groups become partners, what cannot be carried is listed', async () => {
    const folder = path.join(dir, 'timeline');
    await mkdir(path.join(folder, 'medien'), { recursive: true });
    await writeFile(path.join(folder, 'timeline.csv'), TIMELINE_CSV);
    await writeFile(path.join(folder, 'medien', 'unterzeichnung.jpg'), await jpeg(320, 200));
    const options = { homeName: 'Kreis Siegen-Wittgenstein', homeLocation: { lat: 50.87, lon: 8.02 }, country: 'IL' };
    const into = path.join(dir, 'paket-timeline');
    const result = await buildBundle(path.join(folder, 'timeline.csv'), into, { images: path.join(folder, 'medien'), timeline: options });
    expect(result.timeline).toBe(true);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => formatSheetProblem(p))).toEqual([]);
    expect(result.manifest).toMatchObject({
      id: 'timeline',
      title: 'Emek Hefer und Siegen-Wittgenstein',
      intro: 'Eine Partnerschaft seit *1973*.',
      partners: [
        { id: 'emek-hefer', name: 'Emek Hefer', country: 'IL', kind: 'Partnerschaft' },
        { id: 'thale', name: 'Thale', country: 'IL' },
      ],
      events: [
        { id: 'unterzeichnung-1973', date: '1973-10-08', partners: ['emek-hefer'], text: 'Der Vertrag wird unterzeichnet.\n\nMit Text & Bild.', images: ['bild-unterzeichnung'] },
        { id: 'jugendaustausch-1985', date: '1985', end: '1986', partners: ['emek-hefer'], images: [] },
        { id: 'besuch-in-thale-2001', date: '2001-05', partners: ['thale'] },
      ],
      images: [{ id: 'bild-unterzeichnung', file: 'unterzeichnung.jpg', caption: 'Die Unterschrift', credit: 'Foto: Archiv' }],
      eras: [{ id: 'die-anfaenge-1973', label: 'Die Anfänge', from: '1973', to: '1990' }],
    });
    expect(await readdir(into)).toContain('unterzeichnung.jpg');
    const lost = result.problems.filter((p) => p.code === 'not-carried').map((p) => formatSheetProblem(p));
    expect(lost).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Blatt „timeline“, Zeile 3, Spalte K \(text\): der Link „https:\/\/example\.org\/vertrag“/),
        expect.stringMatching(/^Blatt „timeline“, Zeile 4, Spalte L \(media\): „https:\/\/www\.youtube\.com\/watch\?v=abc“ liegt im Internet – der Kiosk ist offline/),
        expect.stringMatching(/^Blatt „timeline“, Zeile 4, Spalte R \(background\): „#ffcc00“ wird nicht übernommen/),
        expect.stringMatching(/^Blatt „timeline“, Zeile 5, Spalte D \(time\): „10:00“ wird nicht übernommen/),
        expect.stringMatching(/^Blatt „timeline“, Zeile 5, Spalte I \(display date\): „Mai 2001“ wird nicht übernommen/),
      ]),
    );
    expect(lost).toHaveLength(5);
  });

  it('says what the sheet lacks instead of inventing it', async () => {
    const folder = path.join(dir, 'timeline-ohne');
    await mkdir(folder);
    await writeFile(path.join(folder, 'zeitleiste.csv'), TIMELINE_CSV);
    const result = await buildBundle(path.join(folder, 'zeitleiste.csv'), path.join(dir, 'paket-timeline-ohne'));
    expect(result.ok).toBe(false);
    const lines = result.problems.map((p) => formatSheetProblem(p)).join('\n');
    expect(lines).toMatch(/TimelineJS kennt kein Land – bitte mit --country XX angeben/);
    expect(lines).toMatch(/TimelineJS kennt keinen Heimatkreis – bitte mit --home/);
    expect(lines).toMatch(/Bilder-Ordner/);
  });

  it('turns TimelineJS HTML into kiosk text and names into ids', () => {
    expect(htmlToText('<p>Eins <b>fett</b></p><p>Zwei<br>drei &lt;4&gt;</p>')).toEqual({ text: 'Eins *fett*\n\nZwei\ndrei <4>', links: [] });
    expect(slugify('Städtepartnerschaft Iași – 1999!')).toBe('staedtepartnerschaft-iasi-1999');
    expect(slugify('???')).toBe('eintrag');
  });
});
