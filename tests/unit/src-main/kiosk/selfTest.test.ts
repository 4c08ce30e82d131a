import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPinStore } from '../../../../src-main/kiosk/pinStore';
import { formatSelfTestLine, isInside, runSelfTest, type SelfTestInput } from '../../../../src-main/kiosk/selfTest';
import { makeTempDir } from '../../../support/tempDir';

describe('--self-test', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let input: SelfTestInput;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    const dataDir = path.join(dir, 'data');
    await mkdir(dataDir);
    await openPinStore(dataDir, () => Date.UTC(2026, 10, 29)).write('8080');
    input = {
      appVersion: '1.2.3',
      dataDir,
      installDir: path.join(dir, 'install', 'resources'),
      showing: { title: { de: 'Fünfzig Jahre', en: 'Fifty years' }, version: 'built-in', source: 'content', notices: [] },
      libraryActive: null,
      serve: async (url) => (url.endsWith('/index.html') ? new Response('<html><script type="module" src="x.js"></script>') : new Response('', { status: 404 })),
      startUrl: 'kiosk://app/index.html',
      displays: [{ bounds: { width: 1920, height: 1080 } }],
      displayIndex: 0,
      pins: openPinStore(dataDir),
    };
  });
  afterEach(async () => cleanup());

  it('passes on a sound installation and says what it saw', async () => {
    const report = await runSelfTest(input);
    expect(report.ok).toBe(true);
    expect(report.lines.map(formatSelfTestLine)).toEqual([
      'Selbsttest OK     Version 1.2.3',
      'Selbsttest OK     Ausstellung: „Fünfzig Jahre“ (mitgeliefert)',
      'Selbsttest OK     Bibliothek: leer, die mitgelieferte Ausstellung wird gezeigt',
      'Selbsttest OK     Oberfläche: kiosk://app/index.html wird ausgeliefert',
      'Selbsttest OK     Bildschirm: 1 angeschlossen, Kiosk auf Nr. 0 (1920 × 1080 px)',
      'Selbsttest OK     PIN: eingerichtet am 2026-11-29T00:00:00.000Z',
      `Selbsttest OK     Datenordner: ${input.dataDir} (beschreibbar)`,
    ]);
  });

  const faults: { name: string; change: (input: SelfTestInput) => SelfTestInput; says: RegExp }[] = [
    { name: 'no PIN', change: (i) => ({ ...i, pins: openPinStore(path.join(dir, 'leer')) }), says: /FEHLER PIN: keine PIN eingerichtet\. .*--set-pin/ },
    { name: 'the app is not served', change: (i) => ({ ...i, startUrl: 'kiosk://app/fehlt.html' }), says: /FEHLER Oberfläche: .*HTTP 404/ },
    { name: 'no display', change: (i) => ({ ...i, displays: [] }), says: /FEHLER Bildschirm: keiner angeschlossen/ },
    { name: 'the configured display is missing', change: (i) => ({ ...i, displayIndex: 2 }), says: /FEHLER Bildschirm: Einstellung display 2, aber nur 1 angeschlossen/ },
    { name: 'data inside the installation', change: (i) => ({ ...i, installDir: dir }), says: /FEHLER Datenordner .* liegt im Installationsordner/ },
    { name: 'a failing check', change: (i) => ({ ...i, serve: async () => Promise.reject(new Error('kaputt')) }), says: /FEHLER Prüfung fehlgeschlagen: kaputt/ },
  ];
  for (const { name, change, says } of faults) {
    it(`fails for ${name}`, async () => {
      const report = await runSelfTest(change(input));
      expect(report.ok).toBe(false);
      expect(report.lines.map(formatSelfTestLine).join('\n')).toMatch(says);
    });
  }

  const inside = [
    { folder: '/opt/k/resources', parent: '/opt/k/resources', expected: true },
    { folder: '/opt/k/resources/data', parent: '/opt/k/resources', expected: true },
    { folder: '/home/kiosk/.config/partnerschaftskiosk', parent: '/opt/k/resources', expected: false },
    { folder: '/opt/k/resources-old', parent: '/opt/k/resources', expected: false },
  ];
  for (const { folder, parent, expected } of inside) {
    it(`${folder} inside ${parent}: ${expected}`, () => expect(isInside(folder, parent)).toBe(expected));
  }
});
