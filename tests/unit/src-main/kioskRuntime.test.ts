import { rm, writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localize } from '../../../src-shared/localizedText';
import { startKioskRuntime, type KioskRuntime, type KioskRuntimeOptions } from '../../../src-main/kioskRuntime';
import { snapshotTree } from '../../support/libraryBundles';
import { writeValidBundle, zipFolder } from '../../support/kioskBundles';
import { makeTempDir } from '../../support/tempDir';
import { openPinStore } from '../../../src-main/kiosk/pinStore';
import { unlocked } from '../../support/adminCalls';

/** Set by the test the way the IT department sets it (there is no default PIN). */
const PIN = '5820';

describe('kiosk runtime: start-up and the curator flow with real folders, zips and the real library', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let clock: number;
  let runtime: KioskRuntime | undefined;
  let options: KioskRuntimeOptions;
  const stick = () => path.join(dir, 'media', 'KREIS');

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    clock = 1_000_000;
    await writeValidBundle(path.join(dir, 'content', 'siegen-wittgenstein-emek-hefer'), { id: 'siegen-wittgenstein-emek-hefer', title: 'Eingebaut' });
    await writeValidBundle(path.join(stick(), 'neu'), { id: 'neu', title: 'Neue Ausstellung', color: '#a53a3a' });
    await writeValidBundle(path.join(dir, 'zipquelle'), { id: 'aus-zip', title: 'Ausstellung aus ZIP' });
    await zipFolder(path.join(dir, 'zipquelle'), path.join(stick(), 'aus-zip.zip'));
    await writeValidBundle(path.join(stick(), 'kaputt'), { id: 'kaputt', title: 'Kaputt' });
    const manifest = path.join(stick(), 'kaputt', 'bundle.yaml');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('    date: 1973', '    date: 1973-02-31'));
    options = {
      host: 'preview',
      appVersion: '0.0.0-test',
      contentDir: path.join(dir, 'content'),
      dataDir: path.join(dir, 'data'),
      sourceRoots: { usbRoots: [path.join(dir, 'media')], importDir: path.join(dir, 'data', 'import') },
      hotReload: false,
      now: () => clock,
      log: { info: () => {}, warn: () => {} },
    };
    await openPinStore(options.dataDir).write(PIN);
  });
  afterEach(async () => {
    runtime?.close();
    runtime = undefined;
    await cleanup();
  });

  const title = async (rt: KioskRuntime) => localize((await rt.api.getActiveBundle()).manifest.title, 'de');
  const sourceByLabel = async (rt: KioskRuntime, label: string) => {
    const found = unlocked(await rt.api.adminListSources()).find((source) => source.label.endsWith(label));
    if (!found) throw new Error(`no source ${label}`);
    return found.id;
  };

  it('starts with the built-in default when the library is empty', async () => {
    runtime = await startKioskRuntime(options);
    expect(await title(runtime)).toBe('Eingebaut');
    expect((await runtime.api.getActiveBundle()).version).toBe('built-in');
  });

  it('keeps the admin screen locked without the right PIN and locks it again after inactivity', async () => {
    runtime = await startKioskRuntime(options);
    expect(await runtime.api.adminStatus()).toMatchObject({ ok: false, reason: 'locked' });
    expect((await runtime.api.adminUnlock('0000')).ok).toBe(false);
    expect((await runtime.api.adminUnlock(PIN)).ok).toBe(true);
    const status = unlocked(await runtime.api.adminStatus());
    expect(status.showing.title).toBe('Eingebaut');
    clock += 121_000;
    expect(await runtime.api.adminStatus()).toMatchObject({ ok: false, reason: 'locked' });
    expect((await runtime.api.adminActivateSource('x')).ok).toBe(false);
  });

  it('lists sources, reports a broken bundle in German with file and field, and changes nothing', async () => {
    runtime = await startKioskRuntime(options);
    await runtime.api.adminUnlock(PIN);
    const labels = unlocked(await runtime.api.adminListSources()).map((source) => source.label);
    expect(labels).toEqual([
      'Mitgeliefert › siegen-wittgenstein-emek-hefer',
      'USB-Stick KREIS › aus-zip.zip',
      'USB-Stick KREIS › kaputt',
      'USB-Stick KREIS › neu',
    ]);
    const before = await snapshotTree(stick());
    const check = await runtime.api.adminCheckSource(await sourceByLabel(runtime, 'kaputt'));
    expect(check.ok).toBe(false);
    expect(check.errors.join('\n')).toMatch(/bundle\.yaml, Zeile \d+(, Spalte \d+)?, Ereignis „[\w-]+“, Feld date \(events\[0\]\.date\)/);
    expect(check.message).toContain('bleibt unverändert');
    const activation = await runtime.api.adminActivateSource(await sourceByLabel(runtime, 'kaputt'));
    expect(activation.ok).toBe(false);
    expect(await title(runtime)).toBe('Eingebaut');
    expect(await snapshotTree(stick())).toEqual(before);
  });

  it('previews a zip, activates it atomically, activates a folder, rolls back, and survives a restart', async () => {
    runtime = await startKioskRuntime(options);
    await runtime.api.adminUnlock(PIN);
    const zipId = await sourceByLabel(runtime, 'aus-zip.zip');
    const before = await snapshotTree(stick());

    const check = await runtime.api.adminCheckSource(zipId);
    expect(check.ok).toBe(true);
    expect(check.preview?.baseUrl).toBe('/candidate/');
    expect(runtime.showing.candidate?.dir).toBeDefined();
    expect(await title(runtime)).toBe('Eingebaut');

    expect((await runtime.api.adminActivateSource(zipId)).ok).toBe(true);
    expect(await title(runtime)).toBe('Ausstellung aus ZIP');
    expect(runtime.showing.candidate).toBeUndefined();

    // Another bundle id replaces the exhibition on screen only when the curator confirms (a value, not a sentence).
    const other = await runtime.api.adminActivateSource(await sourceByLabel(runtime, 'neu'));
    expect(other).toMatchObject({ ok: false, reason: 'other-bundle' });
    expect(other.message).toContain('„Neue Ausstellung“ ist eine andere Ausstellung als die gezeigte „Ausstellung aus ZIP“');
    expect(await title(runtime)).toBe('Ausstellung aus ZIP');
    expect((await runtime.api.adminActivateSource(await sourceByLabel(runtime, 'neu'), true)).ok).toBe(true);
    expect(await title(runtime)).toBe('Neue Ausstellung');
    const status = unlocked(await runtime.api.adminStatus());
    expect(status.active?.title).toBe('Neue Ausstellung');
    expect(status.previous?.title).toBe('Ausstellung aus ZIP');

    expect((await runtime.api.adminRollback()).ok).toBe(true);
    expect(await title(runtime)).toBe('Ausstellung aus ZIP');
    expect(await snapshotTree(stick())).toEqual(before);

    // A built-in exhibition can be chosen like any other source, which is also the way back to the default.
    expect((await runtime.api.adminActivateSource(await sourceByLabel(runtime, 'siegen-wittgenstein-emek-hefer'), true)).ok).toBe(true);
    expect(await title(runtime)).toBe('Eingebaut');
    expect((await runtime.api.adminRollback()).ok).toBe(true);
    expect(await title(runtime)).toBe('Ausstellung aus ZIP');

    runtime.close();
    runtime = await startKioskRuntime(options);
    expect(await title(runtime)).toBe('Ausstellung aus ZIP');
    expect((await runtime.api.getActiveBundle()).version).not.toBe('built-in');
  });

  it('changes the PIN and stores only a salted hash', async () => {
    runtime = await startKioskRuntime(options);
    await runtime.api.adminUnlock(PIN);
    expect((await runtime.api.adminChangePin('1111', '2468')).ok).toBe(false);
    expect((await runtime.api.adminChangePin(PIN, '2468')).ok).toBe(true);
    await runtime.api.adminLock();
    expect((await runtime.api.adminUnlock(PIN)).ok).toBe(false);
    expect((await runtime.api.adminUnlock('2468')).ok).toBe(true);
    const stored = await readFile(path.join(dir, 'data', 'admin-pin.json'), 'utf8');
    // No value is the PIN; the random hex of salt and hash may contain the digits by chance (1 in ≈ 700 runs).
    const values = JSON.stringify(JSON.parse(stored), (key, value: unknown) => (key === 'salt' || key === 'hash' ? '<hex>' : value));
    expect(values).not.toContain('2468');
    expect(Object.keys(JSON.parse(stored) as object).sort()).toEqual(['format', 'hash', 'salt', 'setAt']);
  });

  it('falls back to the built-in default with a notice when the library version is damaged', async () => {
    runtime = await startKioskRuntime(options);
    await runtime.api.adminUnlock(PIN);
    expect((await runtime.api.adminActivateSource(await sourceByLabel(runtime, 'neu'))).ok).toBe(true);
    const activeDir = runtime.showing.active.dir;
    runtime.close();
    await rm(path.join(activeDir, 'bundle.yaml'));
    runtime = await startKioskRuntime(options);
    expect(await title(runtime)).toBe('Eingebaut');
    await runtime.api.adminUnlock(PIN);
    expect(unlocked(await runtime.api.adminStatus()).notices.length).toBeGreaterThan(0);
  });

  it('uses defaults for invalid settings and says so in the admin screen', async () => {
    await writeFile(path.join(dir, 'settings.json'), '');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(dir, 'data'), { recursive: true });
    await writeFile(path.join(dir, 'data', 'settings.json'), '{"idleTimeoutSeconds": "lange", "kioskName": "Foyer"}');
    runtime = await startKioskRuntime(options);
    expect((await runtime.api.getKioskInfo()).idleTimeoutSeconds).toBe(90);
    expect((await runtime.api.getKioskInfo()).kioskName).toBe('Foyer');
    await runtime.api.adminUnlock(PIN);
    expect(unlocked(await runtime.api.adminStatus()).notices.join('\n')).toContain('idleTimeoutSeconds');
  });

  it('hot reload swaps in a valid change of the source and keeps the last good version on a broken one', async () => {
    runtime = await startKioskRuntime({ ...options, hotReload: true });
    await runtime.api.adminUnlock(PIN);
    expect((await runtime.api.adminActivateSource(await sourceByLabel(runtime, 'neu'))).ok).toBe(true);
    const manifest = path.join(stick(), 'neu', 'bundle.yaml');
    const original = await readFile(manifest, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 2500)); // the watcher follows the new source
    await writeFile(manifest, original.replace('title: Neue Ausstellung', 'title: Geänderte Ausstellung'));
    await waitFor(async () => (await title(runtime!)) === 'Geänderte Ausstellung', 15_000);
    await writeFile(manifest, original.replace('    date: 1973', '    date: 1973-13'));
    await waitFor(async () => runtime!.showing.notices.some((notice) => notice.includes('nicht übernommen')), 15_000);
    expect(await title(runtime)).toBe('Geänderte Ausstellung');
  }, 40_000);
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
