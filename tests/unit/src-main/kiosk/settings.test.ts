import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, jsonErrorPosition, loadSettings, repairSettings, saveSettings } from '../../../../src-main/kiosk/settings';
import { makeTempDir } from '../../../support/tempDir';

describe('repairSettings: each field falls back on its own', () => {
  const cases = [
    { name: 'empty object gives defaults', data: {}, expected: {}, problems: [] },
    { name: 'valid values are kept', data: { kioskName: 'Foyer Siegen', idleTimeoutSeconds: 120 }, expected: { kioskName: 'Foyer Siegen', idleTimeoutSeconds: 120 }, problems: [] },
    {
      name: 'an invalid field falls back alone',
      data: { idleTimeoutSeconds: 2, kioskName: 'Foyer' },
      expected: { idleTimeoutSeconds: 90, kioskName: 'Foyer' },
      problems: ['settings.json: „idleTimeoutSeconds“ hat den ungültigen Wert 2 (erlaubt: ganze Zahl von 15 bis 3600 (Sekunden)) – verwendet wird der Standardwert 90.'],
    },
    { name: 'unknown fields are ignored with a note', data: { idleTimeout: 30 }, expected: {}, problems: ['settings.json: unbekannte Einstellung „idleTimeout“ – wird ignoriert.'] },
    {
      name: 'a bad restart time falls back to none',
      data: { dailyRestart: '25:00' },
      expected: { dailyRestart: null },
      problems: ['settings.json: „dailyRestart“ hat den ungültigen Wert "25:00" (erlaubt: Uhrzeit wie "04:30" oder null für keinen Neustart) – verwendet wird der Standardwert null.'],
    },
    { name: 'two bad fields give two reasons', data: { language: 'Deutsch', display: -1 }, expected: { language: 'de', display: 0 }, problems: [expect.stringContaining('„language“'), expect.stringContaining('„display“')] },
    {
      name: 'one bad value inside attract keeps the other',
      data: { attract: { enabled: false, slideSeconds: 1 } },
      expected: { attract: { enabled: false, slideSeconds: 8 } },
      problems: ['settings.json: „attract.slideSeconds“ hat den ungültigen Wert 1 (erlaubt: ganze Zahl von 3 bis 120 (Sekunden)) – verwendet wird der Standardwert 8.'],
    },
    { name: 'a partial attract block keeps what is there', data: { attract: { slideSeconds: 20 } }, expected: { attract: { enabled: true, slideSeconds: 20 } }, problems: [] },
    { name: 'attract that is not an object falls back as a block', data: { attract: 'ja' }, expected: {}, problems: [expect.stringContaining('„attract“ hat den ungültigen Wert "ja"')] },
    { name: 'an unknown field inside attract is named with its path', data: { attract: { speed: 2 } }, expected: {}, problems: ['settings.json: unbekannte Einstellung „attract.speed“ – wird ignoriert.'] },
    { name: 'not an object gives defaults', data: [1, 2], expected: {}, problems: [expect.stringContaining('erwartet ein Objekt')] },
  ];
  it.each(cases)('$name', ({ data, expected, problems }) => {
    const result = repairSettings(data);
    expect(result.settings).toEqual({ ...defaultSettings(), ...expected });
    expect(result.problems).toEqual(problems);
  });
});

describe('jsonErrorPosition', () => {
  it.each([
    { text: '{"a": 1,\n "b" 2}', message: "Expected ':' after property name in JSON at position 14", expected: 'Zeile 2, Spalte 6' },
    { text: '{"a": 1,', message: 'Unexpected end of JSON input', expected: 'Zeile 1, Spalte 9' },
    { text: '{', message: 'something else', expected: undefined },
  ])('$message', ({ text, message, expected }) => {
    expect(jsonErrorPosition(text, message)).toBe(expected);
  });
});

describe('loadSettings / saveSettings on real files', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  it('a missing file gives the defaults without complaint', async () => {
    expect(await loadSettings(path.join(dir, 'settings.json'))).toEqual({ settings: defaultSettings(), problems: [] });
  });
  it('a broken file gives the defaults and a reason', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '{"kioskName": "Foyer",');
    const loaded = await loadSettings(file);
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.problems).toEqual([expect.stringMatching(/^settings\.json: kein gültiges JSON \(Zeile 1, Spalte \d+\) – fehlt ein Komma/)]);
  });
  it('reads JSON, not YAML: a YAML-only file is a syntax error, not settings', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, 'kioskName: Foyer\n');
    const loaded = await loadSettings(file);
    expect(loaded.settings.kioskName).toBe('Partnerschaftskiosk');
    expect(loaded.problems[0]).toMatch(/^settings\.json: kein gültiges JSON/);
  });
  it('round-trips through an atomic save', async () => {
    const file = path.join(dir, 'sub', 'settings.json');
    const settings = { ...defaultSettings(), kioskName: 'Foyer Halberstadt', dailyRestart: '04:30' };
    await saveSettings(file, settings);
    expect(await loadSettings(file)).toEqual({ settings, problems: [] });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(settings);
  });
});
