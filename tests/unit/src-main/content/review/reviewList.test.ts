import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleManifest } from '../../../../../src-shared/bundleSchema';
import { formatReviewList, germanDate, reviewList } from '../../../../../src-main/content/review/reviewList';
import { run } from '../../../../../src-main/cli/commands/review';
import { contentLocations, projectRoot } from '../../../../../src-main/content/contentLocations';
import { validManifest } from '../../../../support/bundleBuilder';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data is edited freely
type Manifest = Record<string, any>;

const NOW = Date.UTC(2026, 10, 29);
const noLines = () => undefined;

function listFor(change: (m: Manifest) => void) {
  const data = validManifest() as Manifest;
  data.asOf = '2023';
  data.sources = [{ id: 'chronik', title: 'Chronik', url: 'https://example.org/chronik', retrieved: '2023-11-02', asOf: '2023' }];
  for (const event of data.events) event.source = 'chronik';
  change(data);
  return reviewList(bundleManifest.parse(data), noLines, NOW);
}
const summary = (groups: ReturnType<typeof reviewList>) => groups.map((group) => `${group.id}: ${group.items.map((item) => item.field).join(', ')}`);

describe('reviewList', () => {
  it('is empty for a bundle with nothing left to decide', () => {
    expect(listFor(() => {})).toEqual([]);
    expect(formatReviewList([], 'bundle.yaml')).toEqual(['Nichts offen: Für dieses Paket steht keine Entscheidung aus.']);
  });

  it.each([
    { name: 'placeholder image', change: (m: Manifest) => (m.images[0].placeholder = true), expected: ['placeholders: images[0]'] },
    { name: 'approximate event date and era start', change: (m: Manifest) => { m.events[1].date = '1979~'; m.eras[0].from = '1973~'; }, expected: ['approximate: events[1].date, eras[0].from'] },
    { name: 'open end', change: (m: Manifest) => (m.events[1].end = '..'), expected: ['openEnded: events[1].end'] },
    { name: 'derived and open notes', change: (m: Manifest) => (m.notes = ['Abgeleitet: 1966 = 1973 − 7', 'Offen: Jahr erfragen', 'Korrektur: Tippfehler']), expected: ['derived: notes[0]', 'openQuestions: notes[1]'] },
    { name: 'missing alt text and credit', change: (m: Manifest) => { delete m.images[1].alt; delete m.images[1].credit; }, expected: ['altMissing: images[1].alt', 'creditMissing: images[1].credit'] },
    { name: 'future tense about a past date', change: (m: Manifest) => (m.events[0].text = 'Die Unterzeichnung ist für Oktober geplant.'), expected: ['futureTense: events[0].text'] },
    { name: 'future tense about a date still to come is fine', change: (m: Manifest) => Object.assign(m.events[1], { date: '2027', end: undefined, text: 'Ein Besuch ist geplant.' }), expected: [] },
    { name: 'an undated text that will age', change: (m: Manifest) => (m.collections[0].intro = 'Noch stehen hier Platzhalter: Die Fotos folgen.'), expected: ['futureTense: collections[0].intro'] },
    { name: 'source without address and retrieval date', change: (m: Manifest) => { delete m.sources[0].url; delete m.sources[0].retrieved; }, expected: ['provenance: sources[0]'] },
    { name: 'event without source, bundle without Stand', change: (m: Manifest) => { delete m.events[0].source; delete m.asOf; }, expected: ['provenance: events[0], '] },
  ])('$name', ({ change, expected }) => expect(summary(listFor(change))).toEqual(expected));

  it('prints groups with counts, hints and lines, then a total', () => {
    const data = validManifest() as Manifest;
    data.images[0].placeholder = true;
    data.images[1].placeholder = true;
    data.notes = ['Offen: Wer hat fotografiert?'];
    const groups = reviewList(bundleManifest.parse(data), (at) => (at[0] === 'images' ? 10 + Number(at[1]) : undefined), NOW);
    const lines = formatReviewList(groups, 'bundle.yaml');
    expect(lines).toContain('Platzhalter-Bilder (2) – Foto einsetzen, Bildunterschrift, Alternativtext und Bildnachweis anpassen, „placeholder: true“ löschen');
    expect(lines).toContain('  bundle.yaml:11 images[1]: foto-b – bilder/b.png');
    expect(lines).toContain('  notes[0]: Offen: Wer hat fotografiert?');
    expect(lines.at(-1)).toMatch(/^Zusammen: \d+ Punkte in \d+ Gruppen zur Entscheidung – keiner davon hindert das Paket am Laufen\.$/);
  });

  it.each([
    { text: '1966~', expected: 'um 1966' },
    { text: '..', expected: 'heute' },
    { text: '2014-09', expected: '2014-09' },
  ])('germanDate($text) = $expected', ({ text, expected }) => expect(germanDate(text)).toBe(expected));
});

describe('npm run content -- review', () => {
  const { contentDir } = contentLocations(projectRoot(import.meta.url));
  const capture = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
    return { code, out, err };
  };

  it('lists what remains in the default exhibition, grouped and counted, with exit 0', async () => {
    const { code, out } = await capture([path.join(contentDir, 'siegen-wittgenstein-emek-hefer')]);
    expect(code).toBe(0);
    expect(out[0]).toBe('Prüfliste: siegen-wittgenstein-emek-hefer („50 Jahre – 50 Bilder“), bundle.yaml');
    expect(out[1]).toBe('Stand der Inhalte: 2023');
    expect(out).toContain('Platzhalter-Bilder (54) – Foto einsetzen, Bildunterschrift, Alternativtext und Bildnachweis anpassen, „placeholder: true“ löschen');
    expect(out.some((line) => /^Ungefähre Daten \(~\) \(\d+\)/.test(line))).toBe(true);
    expect(out.some((line) => /^Offene Zeiträume \(„bis heute“\) \(1\)/.test(line))).toBe(true);
    expect(out.some((line) => /^Offene Fragen \(notes „Offen: …“\) \(\d+\)/.test(line))).toBe(true);
    expect(out.some((line) => line.includes('Zukunftsform'))).toBe(false);
    expect(out.at(-1)).toMatch(/^Zusammen: \d+ Punkte in \d+ Gruppen/);
  });

  it('says how to call it and what is wrong, in German', async () => {
    expect(await capture([])).toMatchObject({ code: 2, err: ['Bitte genau einen Paketordner angeben.', 'Aufruf: npm run content -- review <ordner>'] });
    expect((await capture(['--gibts-nicht', 'x'])).code).toBe(2);
    const english = await capture([path.join(contentDir, 'landkreis-kassel'), '--lang', 'en']);
    expect(english.code).toBe(0);
    expect(english.out[0]).toMatch(/^Prüfliste: landkreis-kassel/);
    const missing = await capture([path.join(contentDir, 'gibt-es-nicht')]);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/gibt es nicht oder ist nicht lesbar/);
  });
});
