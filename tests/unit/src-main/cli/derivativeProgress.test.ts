import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as activate } from '../../../../src-main/cli/commands/activate';
import { makeActiveDerivatives, progressBarLine, quarterReached } from '../../../../src-main/cli/derivativeProgress';
import { openContentLibrary } from '../../../../src-main/library/contentLibrary';
import { writeValidBundle } from '../../../support/bundleBuilder';
import { captureIo } from '../../../support/libraryCliIo';
import { makeTempDir } from '../../../support/tempDir';

describe('progressBarLine', () => {
  it.each([
    { done: 0, total: 50, lang: 'de', expected: `Bildgrößen [${'░'.repeat(30)}] 0/50 Bilder · 0 von 600 MB` },
    { done: 25, total: 50, lang: 'de', expected: `Bildgrößen [${'█'.repeat(15)}${'░'.repeat(15)}] 25/50 Bilder · 300 von 600 MB` },
    { done: 50, total: 50, lang: 'en', expected: `Image sizes [${'█'.repeat(30)}] 50/50 images · 600 of 600 MB` },
    { done: 1, total: 1, lang: 'de', expected: `Bildgrößen [${'█'.repeat(30)}] 1/1 Bild · 12 von 600 MB` },
  ] as const)('$done of $total ($lang)', ({ done, total, lang, expected }) => {
    expect(progressBarLine({ done, total, bytesDone: done * 12e6, bytesTotal: 600e6 }, lang)).toBe(expected);
  });
});

describe('quarterReached', () => {
  it.each([
    [0, 50, 0],
    [12, 50, 0],
    [13, 50, 1],
    [25, 50, 2],
    [49, 50, 3],
    [50, 50, 4],
    [0, 0, 4],
  ])('%i of %i → %i', (done, total, expected) => {
    expect(quarterReached(done, total)).toBe(expected);
  });
});

describe('derivatives after activate', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let dataDir: string;
  const io = captureIo();

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-cli-derivatives-'));
    dataDir = path.join(dir, 'daten');
    await mkdir(dataDir);
    await writeValidBundle(path.join(dir, 'gut'));
    expect(await activate([path.join(dir, 'gut'), '--data-dir', dataDir], io)).toBe(0);
  });
  afterAll(() => cleanup());

  it('makes all sizes of the active version into <dataDir>/derivatives and says so in a few plain lines', async () => {
    const files = await readdir(path.join(dataDir, 'derivatives'), { recursive: true });
    expect(files.filter((file) => file.endsWith('.webp'))).toHaveLength(6);
    const progressLines = io.stdout.filter((line) => line.startsWith('Bildgrößen: '));
    expect(progressLines.length).toBeGreaterThan(0);
    expect(progressLines.length).toBeLessThanOrEqual(5);
    expect(io.stdout).toContain('Bildgrößen fertig: 2 Bilder neu berechnet, 0 schon vorhanden.');
    expect(io.all()).not.toContain('Image sizes');
  });

  it('draws a bar redrawn in place on a terminal and finds everything cached the second time', async () => {
    const drawn: string[] = [];
    const again = captureIo();
    await makeActiveDerivatives(again, 'de', openContentLibrary(dataDir), { write: (text) => drawn.push(text) });
    expect(drawn[0]).toMatch(/^\rBildgrößen \[░+\] 0\/2 Bilder/);
    expect(drawn.at(-2)).toMatch(/^\rBildgrößen \[█+\] 2\/2 Bilder/);
    expect(drawn.at(-1)).toBe('\n');
    expect(again.stdout).toEqual(['Bildgrößen fertig: 0 Bilder neu berechnet, 2 schon vorhanden.']);
  });
});
