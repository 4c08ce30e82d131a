import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings, repairSettings, saveSettings } from '../../../../src-main/kiosk/settings';
import { makeTempDir } from '../../../support/tempDir';

describe('repairSettings', () => {
  const cases = [
    { name: 'empty object gives defaults', data: {}, expected: {}, problems: 0 },
    { name: 'valid values are kept', data: { kioskName: 'Foyer Siegen', idleTimeoutSeconds: 120 }, expected: { kioskName: 'Foyer Siegen', idleTimeoutSeconds: 120 }, problems: 0 },
    { name: 'an invalid field falls back alone', data: { idleTimeoutSeconds: 2, kioskName: 'Foyer' }, expected: { idleTimeoutSeconds: 90, kioskName: 'Foyer' }, problems: 1 },
    { name: 'unknown fields are ignored with a note', data: { idleTimeout: 30 }, expected: {}, problems: 1 },
    { name: 'a bad restart time falls back to none', data: { dailyRestart: '25:00' }, expected: { dailyRestart: null }, problems: 1 },
    { name: 'two bad fields give two reasons', data: { language: 'Deutsch', display: -1 }, expected: { language: 'de', display: 0 }, problems: 2 },
    { name: 'not an object gives defaults', data: [1, 2], expected: {}, problems: 1 },
  ];
  for (const { name, data, expected, problems } of cases) {
    it(name, () => {
      const result = repairSettings(data);
      expect(result.settings).toEqual({ ...defaultSettings(), ...expected });
      expect(result.problems).toHaveLength(problems);
    });
  }
  it('names the field in German', () => {
    expect(repairSettings({ idleTimeoutSeconds: 'lang' }).problems[0]).toMatch(/idleTimeoutSeconds: ungültiger Wert "lang" – Standardwert/);
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
    expect(loaded.problems[0]).toContain('settings.json');
  });
  it('round-trips through an atomic save', async () => {
    const file = path.join(dir, 'sub', 'settings.json');
    const settings = { ...defaultSettings(), kioskName: 'Foyer Halberstadt', dailyRestart: '04:30' };
    await saveSettings(file, settings);
    expect(await loadSettings(file)).toEqual({ settings, problems: [] });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(settings);
  });
});
