import { describe, expect, it } from 'vitest';
import { decodeManifestBytes, parseManifestText } from '../../../../../src-main/content/validation/manifestSource';

const YAML = ['schema: 1', 'id: paket', 'events:', '  - id: a', '    date: 1973', '  - id: b', '    date: "31.02.2023"', ''].join('\n');

describe('parseManifestText', () => {
  it.each([
    { name: 'plain', text: YAML },
    { name: 'BOM', text: `\uFEFF${YAML}` },
    { name: 'CRLF', text: YAML.replace(/\n/g, '\r\n') },
    { name: 'BOM and CRLF', text: `\uFEFF${YAML.replace(/\n/g, '\r\n')}` },
  ])('reads $name and locates fields by path', ({ text }) => {
    const { manifest, problems } = parseManifestText('bundle.yaml', text);
    expect(problems).toEqual([]);
    expect(manifest!.data).toMatchObject({ schema: 1, id: 'paket' });
    expect(manifest!.locate(['events', 1, 'date'])).toEqual({ line: 7, column: 11 });
    expect(manifest!.locate(['events', 1], 'id')).toEqual({ line: 6, column: 5 });
    // A missing field falls back to the nearest written ancestor.
    expect(manifest!.locate(['events', 1, 'title'])).toEqual({ line: 6, column: 5 });
    expect(manifest!.locate([])).toEqual({ line: 1, column: 1 });
  });

  it.each([
    { name: 'tab indentation', text: 'home:\n\tname: x\n', line: 2, column: 1, says: 'Tabulator' },
    // The parser notices an unclosed quote or bracket lines later; the message points to where it opens.
    { name: 'unclosed quote', text: 'schema: 1\ntitle: "offen\nid: x\n', line: 2, column: 8, says: 'Text, der hier mit einem Anführungszeichen' },
    { name: 'unclosed single quote', text: "schema: 1\ntitle: 'offen\nid: x\n", line: 2, column: 8, says: 'Hochkomma' },
    { name: 'duplicate key', text: 'schema: 1\nid: a\nid: b\n', line: 3, column: 1, code: 'duplicate-key', says: 'doppelt' },
    { name: 'broken flow list', text: 'schema: 1\nlanguages: [de, en\n', line: 2, column: 12, says: 'Liste, die hier mit „[“ beginnt' },
    {
      name: 'flow list left open above a comment and more fields',
      text: 'schema: 1\nlanguages: [de, en\n# Kommentar\nstartView: partners\nid: x\n',
      line: 2,
      column: 12,
      says: '„]“ am Ende der Liste ergänzen',
    },
    { name: 'flow map left open', text: 'schema: 1\nlocation: { lat: 1, lon: 2\nid: x\n', line: 2, column: 11, says: 'mit „{“ beginnt' },
    { name: 'JSON list closed with a brace', text: '{"schema": 1, "languages": ["de", "en"}\n', line: 1, column: 28, says: '„[“' },
    { name: 'one bracket too many', text: 'schema: 1\nlanguages: [de, en]]\nid: x\n', line: 2, column: 20, says: '„]“ zu viel' },
  ])('reports $name with its line, in German words only', ({ text, line, column, code, says }) => {
    const { manifest, problems } = parseManifestText('bundle.yaml', text);
    expect(manifest).toBeUndefined();
    expect(problems[0]).toMatchObject({ severity: 'error', code: code ?? 'syntax', file: 'bundle.yaml', line, column });
    expect(problems[0]!.message.de).toMatch(/^Syntaxfehler: /);
    expect(problems[0]!.message.de).toContain(says);
    // The parser's English words stay out of the German message where a German explanation exists.
    expect(problems[0]!.message.de).not.toMatch(/\b(flow|token|must|missing|indented)\b/i);
    // One slip, one message: no cascade of follow-on errors.
    expect(problems).toHaveLength(1);
  });

  it('reads JSON with positions', () => {
    const json = '{\n  "schema": 1,\n  "events": [\n    { "id": "a", "date": "x" }\n  ]\n}\n';
    const { manifest, problems } = parseManifestText('bundle.json', json);
    expect(problems).toEqual([]);
    expect(manifest!.locate(['events', 0, 'date'])).toEqual({ line: 4, column: 26 });
  });

  it('warns about JSON that only YAML accepts', () => {
    const { manifest, problems } = parseManifestText('bundle.json', "{ 'schema': 1 }\n");
    expect(manifest).toBeDefined();
    expect(problems).toMatchObject([{ severity: 'warning', code: 'syntax', file: 'bundle.json' }]);
  });

  it('reports an empty manifest', () => {
    expect(parseManifestText('bundle.yaml', '# nur ein Kommentar\n').problems[0]?.message.de).toContain('leer');
  });
});

describe('decodeManifestBytes', () => {
  it.each([
    { name: 'UTF-8', bytes: Buffer.from('titel: Grüße'), ok: true },
    { name: 'UTF-16 LE', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: b', 'utf16le')]), ok: false },
    { name: 'Windows-1252', bytes: Buffer.from('titel: Gr\xfc\xdfe', 'latin1'), ok: false },
  ])('$name', ({ bytes, ok }) => {
    const result = decodeManifestBytes('bundle.yaml', bytes);
    expect(result.text !== undefined).toBe(ok);
    if (!ok) expect(result.problem).toMatchObject({ code: 'manifest-encoding', file: 'bundle.yaml' });
  });
});
