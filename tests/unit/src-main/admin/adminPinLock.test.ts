import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startKioskRuntime, type KioskRuntime, type KioskRuntimeOptions } from '../../../../src-main/kioskRuntime';
import { openPinStore, PIN_FILE } from '../../../../src-main/kiosk/pinStore';
import { writeValidBundle } from '../../../support/kioskBundles';
import { makeTempDir } from '../../../support/tempDir';


/** The admin screen's door: no default PIN, no way in without a PIN file, and a growing pause after wrong PINs. */
describe('admin PIN at the kiosk', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let clock: number;
  let runtime: KioskRuntime | undefined;
  let options: KioskRuntimeOptions;
  let warnings: string[];
  const dataDir = () => path.join(dir, 'data');

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    clock = 1_000_000;
    warnings = [];
    await writeValidBundle(path.join(dir, 'content', 'siegen-wittgenstein-emek-hefer'), { id: 'siegen-wittgenstein-emek-hefer', title: 'Eingebaut' });
    options = {
      host: 'preview',
      appVersion: '0.0.0-test',
      contentDir: path.join(dir, 'content'),
      dataDir: dataDir(),
      sourceRoots: { usbRoots: [], importDir: path.join(dir, 'import') },
      hotReload: false,
      now: () => clock,
      log: { info: () => {}, warn: (message) => warnings.push(message) },
    };
  });
  afterEach(async () => {
    runtime?.close();
    runtime = undefined;
    await cleanup();
  });

  it('stays locked on a fresh kiosk, says how to set a PIN, and does not know 1973', async () => {
    runtime = await startKioskRuntime(options);
    for (const pin of ['1973', '0000', '1234']) {
      const outcome = await runtime.api.adminUnlock(pin);
      expect(outcome).toMatchObject({ ok: false, reason: 'no-pin' });
      expect(outcome.message).toContain('noch keine PIN eingerichtet');
      expect(outcome.message).toContain('--set-pin');
    }
    expect(await runtime.api.adminStatus()).toMatchObject({ ok: false, reason: 'locked' });
    expect(warnings.join('\n')).toContain('keine PIN');
  });

  it('a PIN set on the PC while the kiosk runs counts at once', async () => {
    runtime = await startKioskRuntime(options);
    expect((await runtime.api.adminUnlock('8080')).ok).toBe(false);
    await openPinStore(dataDir()).write('8080');
    expect((await runtime.api.adminUnlock('8080')).ok).toBe(true);
  });

  it('a broken settings.json never brings a PIN back', async () => {
    await mkdir(dataDir(), { recursive: true });
    await writeFile(path.join(dataDir(), 'settings.json'), '{"kioskName": "Foyer" "idleTimeoutSeconds": 60}');
    runtime = await startKioskRuntime(options);
    expect((await runtime.api.adminUnlock('1973')).ok).toBe(false);
    await openPinStore(dataDir()).write('8080');
    expect((await runtime.api.adminUnlock('8080')).ok).toBe(true);
  });

  it('a damaged PIN file keeps the screen locked and names the file', async () => {
    await openPinStore(dataDir()).write('8080');
    await writeFile(path.join(dataDir(), PIN_FILE), '{"format": 1,');
    runtime = await startKioskRuntime(options);
    const outcome = await runtime.api.adminUnlock('8080');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain(`PIN-Datei ist beschädigt: ${PIN_FILE}`);
    expect(outcome.message).toContain('--set-pin');
  });

  it('pauses after five wrong PINs, longer each round, and refuses even the right PIN meanwhile', async () => {
    await openPinStore(dataDir()).write('8080');
    runtime = await startKioskRuntime(options);
    const rounds = [60, 120, 240];
    for (const seconds of rounds) {
      for (let attempt = 0; attempt < 5; attempt += 1) expect((await runtime.api.adminUnlock('1111')).message).toContain('nicht richtig');
      const refused = await runtime.api.adminUnlock('8080');
      expect(refused).toMatchObject({ ok: false, reason: 'too-many-attempts', message: `Zu viele falsche Eingaben. Bitte ${seconds} Sekunden warten.` });
      clock += seconds * 1000 - 1;
      expect((await runtime.api.adminUnlock('8080')).ok).toBe(false);
      clock += 1;
    }
    expect((await runtime.api.adminUnlock('8080')).ok).toBe(true);
  });
});
