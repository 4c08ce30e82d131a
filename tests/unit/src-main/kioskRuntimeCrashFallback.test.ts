/**
 * The runtime's hook for content that keeps crashing the page, with a real library of two versions in a temp
 * folder: the fallback changes what is served (the previous good version, then the built-in show), persists across
 * restarts in `crash-fallback.json`, never touches the pointer, and ends with the curator's next rollback or
 * activation.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KioskRuntime } from '../../../src-main/kioskRuntime';
import { activateFromStick, looksGerman, startFaultKiosk, twoVersionLibrary, type LogLines } from '../reliability/support/faultKiosk';
import { makeTempDir } from '../../support/tempDir';

describe('kiosk runtime: falling back from a version that keeps crashing the page', { timeout: 120_000 }, () => {
  let temp: { dir: string; cleanup: () => Promise<void> };
  let runtime: KioskRuntime | undefined;
  let names: { eins: string; zwei: string };
  const dataDir = () => path.join(temp.dir, 'daten');
  const stick = () => path.join(temp.dir, 'media', 'KREIS-STICK');
  const pointer = async () => JSON.parse(await readFile(path.join(dataDir(), 'library', 'active.json'), 'utf8')) as { active: string; previous: string | null };
  const boot = async () => {
    runtime?.close();
    const lines: LogLines = [];
    runtime = await startFaultKiosk(dataDir(), stick(), lines);
    return { lines, runtime };
  };

  beforeEach(async () => {
    temp = await makeTempDir('kiosk-crash-fallback-');
    names = await twoVersionLibrary(
      dataDir(),
      stick(),
      ([['eins', 1], ['zwei', 2], ['drei', 3]] as const).map(([id, seed]) => ({ id, title: `Ausstellung ${id}`, files: 3, fileBytes: 2_000, seed })),
    );
  });
  afterEach(async () => {
    runtime?.close();
    runtime = undefined;
    await temp.cleanup();
  });

  it('shows the previous version, then the built-in show, across restarts, with the pointer untouched', async () => {
    const first = await boot();
    expect(first.runtime.showing.active.version).toBe(names.zwei);
    expect(first.runtime.crashFallback.state()).toEqual({ possible: true, lastAt: null });
    const before = await pointer();

    await first.runtime.crashFallback.fallBack('Renderer: crashed', 1_000_000);
    expect(first.runtime.showing.active.version).toBe(names.eins);
    expect(first.runtime.crashFallback.state()).toEqual({ possible: true, lastAt: 1_000_000 });
    const notices = [...first.runtime.showing.notices];
    expect(notices).toContain(`Version „${names.zwei}“ wird nicht gezeigt: Die Anzeige ist mit ihr immer wieder abgestürzt. Eine neue Aktivierung oder „Zurück“ in der Verwaltung hebt das auf.`);
    expect(notices).toContain(`Der Kiosk zeigt jetzt die Version „${names.eins}“.`);
    expect(notices.every(looksGerman)).toBe(true);
    expect(first.lines).toContain(`WARN Die Anzeige ist mit Version „${names.zwei}“ immer wieder abgestürzt (zuletzt: Renderer: crashed); der Kiosk weicht aus.`);
    expect(await pointer()).toEqual(before);

    // A relaunch (a new process) keeps the fallback and knows when it was, for the relaunch budget.
    const second = await boot();
    expect(second.runtime.showing.active.version).toBe(names.eins);
    expect(second.runtime.crashFallback.state()).toEqual({ possible: true, lastAt: 1_000_000 });
    expect(second.runtime.showing.notices.some((notice) => notice.includes(`Version „${names.zwei}“ wird nicht gezeigt`))).toBe(true);
    expect(await pointer()).toEqual(before);

    // The previous version keeps crashing too: nothing good is left in the library, so the built-in show.
    await second.runtime.crashFallback.fallBack('Renderer: crashed', 2_000_000);
    expect(second.runtime.showing.active.version).toBe('built-in');
    expect(second.runtime.crashFallback.state()).toEqual({ possible: false, lastAt: 2_000_000 });
    const third = await boot();
    expect(third.runtime.showing.active.version).toBe('built-in');
    expect(third.runtime.showing.notices.some((notice) => /mitgelieferte Ausstellung/.test(notice))).toBe(true);
    expect(await pointer()).toEqual(before);
  });

  it('ends with the curator\'s rollback: the version rolled back to is shown, now and after a restart', async () => {
    const { runtime: started } = await boot();
    await started.crashFallback.fallBack('Renderer: crashed', 1_000_000);
    expect(started.showing.active.version).toBe(names.eins);
    const unlocked = await started.api.adminUnlock('4711');
    expect(unlocked.ok).toBe(true);
    const rolledBack = await started.api.adminRollback();
    expect(rolledBack.ok).toBe(true);
    expect(started.showing.active.version).toBe(names.eins);
    expect(await pointer()).toEqual({ ...(await pointer()), active: names.eins, previous: names.zwei });
    // The rollback wrote a new pointer: the marker no longer applies, nothing is held back.
    const again = await boot();
    expect(again.runtime.showing.active.version).toBe(names.eins);
    expect(again.runtime.showing.notices).toEqual([]);
  });

  it('ends with the curator\'s next activation', async () => {
    const { runtime: started } = await boot();
    await started.crashFallback.fallBack('Renderer: crashed', 1_000_000);
    const activated = await activateFromStick(started, 'drei');
    expect(activated.ok).toBe(true);
    expect(started.showing.active.manifest.id).toBe('drei');
    const again = await boot();
    expect(again.runtime.showing.active.manifest.id).toBe('drei');
    expect(again.runtime.showing.notices).toEqual([]);
    expect(again.runtime.crashFallback.state().possible).toBe(true);
  });

  it('does nothing while the built-in show is on (there is nothing to fall back to)', async () => {
    const { runtime: started } = await boot();
    await started.crashFallback.fallBack('x', 1);
    await started.crashFallback.fallBack('x', 2);
    expect(started.showing.active.version).toBe('built-in');
    const generation = started.showing.generation;
    await started.crashFallback.fallBack('x', 3);
    expect(started.showing.generation).toBe(generation);
    expect(started.crashFallback.state()).toEqual({ possible: false, lastAt: 2 });
  });
});
