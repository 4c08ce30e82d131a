import { describe, expect, it } from 'vitest';
import { bundleManifest } from '../../../../../src-shared/bundleSchema';
import { bundleAsOfLine, sourceLine, sourceView } from '../../../../../src-renderer/lib/text/sourceLine';

const base = {
  schema: 1,
  id: 'quellen',
  title: 'Quellen',
  home: { name: 'Kreis', location: { lat: 50, lon: 8 } },
  languages: ['de', 'en'],
};
const manifest = bundleManifest.parse({
  ...base,
  asOf: '2014~',
  sources: [
    {
      id: 'webseite',
      title: { de: 'Kreispartnerschaften – Webseite', en: 'District partnerships – website' },
      publisher: { de: 'Landkreis Kassel', en: 'District of Kassel' },
      asOf: '2012~',
    },
    { id: 'chronik', title: 'Chronik', url: 'https://example.org/chronik', retrieved: '2023-11-02' },
  ],
});

describe('sourceLine', () => {
  it.each([
    { id: 'webseite', language: 'de', expected: 'Quelle: Kreispartnerschaften – Webseite · Stand: um 2012' },
    { id: 'webseite', language: 'en', expected: 'Source: District partnerships – website · As of around 2012' },
    // Without a date of its own, the source takes the bundle's „Stand“.
    { id: 'chronik', language: 'de', expected: 'Quelle: Chronik · Stand: um 2014' },
    { id: 'fehlt', language: 'de', expected: undefined },
    { id: undefined, language: 'de', expected: undefined },
  ])('$id ($language)', ({ id, language, expected }) => expect(sourceLine(manifest, id, language)).toBe(expected));

  it('leaves out the Stand when neither the source nor the bundle names one', () => {
    const bare = bundleManifest.parse({ ...base, sources: [{ id: 'a', title: 'Akte' }] });
    expect(sourceLine(bare, 'a', 'de')).toBe('Quelle: Akte');
    expect(bundleAsOfLine(bare, 'de')).toBe('');
  });
});

describe('the „Quellen und Stand“ panel entries', () => {
  it('in German and English', () => {
    expect(bundleAsOfLine(manifest, 'de')).toBe('Stand der Inhalte: um 2014');
    expect(bundleAsOfLine(manifest, 'en')).toBe('Information as of around 2014');
    expect(sourceView(manifest.sources[0]!, 'en')).toEqual({
      title: 'District partnerships – website',
      publisher: 'District of Kassel',
      asOf: 'As of around 2012',
      retrieved: '',
      url: '',
    });
    expect(sourceView(manifest.sources[1]!, 'de')).toEqual({
      title: 'Chronik',
      publisher: '',
      asOf: '',
      retrieved: 'abgerufen: 2. November 2023',
      url: 'https://example.org/chronik',
    });
  });
});
