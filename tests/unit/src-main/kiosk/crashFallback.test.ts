import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { heldBack, readCrashFallback, withCrashed, writeCrashFallback, type CrashFallbackMarker } from '../../../../src-main/kiosk/crashFallback';
import { makeTempDir } from '../../../support/tempDir';

const pointer = { active: '20260601-080000-zwei-ab12', activatedAt: '2026-06-01T08:00:00.000Z' };
const marker: CrashFallbackMarker = { format: 1, pointer, crashed: [pointer.active], at: 1_000 };

describe('crash fallback marker: which versions are held back under which pointer', () => {
  const cases: { name: string; marker: CrashFallbackMarker | null; pointer: typeof pointer | null; expected: string[] }[] = [
    { name: 'no marker holds nothing back', marker: null, pointer, expected: [] },
    { name: 'the same pointer holds the crashed versions back', marker, pointer, expected: [pointer.active] },
    { name: 'a rollback or activation (a new activation time) heals', marker, pointer: { ...pointer, activatedAt: '2026-06-02T08:00:00.000Z' }, expected: [] },
    { name: 'another active version heals', marker, pointer: { ...pointer, active: '20260602-080000-drei-cd34' }, expected: [] },
    { name: 'no usable pointer holds nothing back', marker, pointer: null, expected: [] },
  ];
  for (const { name, marker: given, pointer: current, expected } of cases) {
    it(name, () => expect(heldBack(given, current)).toEqual(expected));
  }

  it('adds a version that crashed next under the same pointer, and starts anew under another', () => {
    expect(withCrashed(marker, pointer, 'eins', 2_000)).toEqual({ ...marker, crashed: [pointer.active, 'eins'], at: 2_000 });
    const other = { ...pointer, activatedAt: '2026-06-02T08:00:00.000Z' };
    expect(withCrashed(marker, other, 'drei', 3_000)).toEqual({ format: 1, pointer: other, crashed: ['drei'], at: 3_000 });
  });
});

describe('crash fallback marker on disk', () => {
  let temp: { dir: string; cleanup: () => Promise<void> };
  beforeEach(async () => (temp = await makeTempDir('kiosk-crash-marker-')));
  afterEach(() => temp.cleanup());

  it('is written atomically (no temporary file left) and read back', async () => {
    const file = path.join(temp.dir, 'daten', 'crash-fallback.json');
    await writeCrashFallback(file, marker);
    expect(await readCrashFallback(file)).toEqual(marker);
    expect(await readdir(path.dirname(file))).toEqual(['crash-fallback.json']);
  });

  it('a missing, cut-short or odd marker holds nothing back', async () => {
    const file = path.join(temp.dir, 'crash-fallback.json');
    expect(await readCrashFallback(file)).toBeNull();
    await writeFile(file, '{"format":1,"poin');
    expect(await readCrashFallback(file)).toBeNull();
    await writeFile(file, JSON.stringify({ ...marker, crashed: 'zwei' }));
    expect(await readCrashFallback(file)).toBeNull();
  });
});
