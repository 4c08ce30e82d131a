/**
 * Fuzzing the zip reader with mutated real archives (made with yazl from a valid bundle with real images): every
 * archive ends in German problems naming the entry, or in a valid bundle – never a thrown error, a hang, a stack
 * trace or an `io` problem (an internal error wrapped as a read error), and nothing is left outside the work folder.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src-main/content/validation/problem';
import { validateBundle } from '../../../src-main/content/validation/validateBundle';
import { jpeg, makeZip, png, validManifest } from '../../support/bundleBuilder';
import { makeTempDir } from '../../support/tempDir';
import { stringify } from 'yaml';
import { mutateZip, zipMutation } from './support/zipMutations';
import { fuzzRuns, fuzzSeed, isInternalProblem, recordFigure, withinTime } from './support/reliabilityRun';

describe('fuzz: zip reader with mutated real archives', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let archives: Buffer[];
  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-fuzz-zip-'));
    // Small images keep each case fast; `image-small` is only a warning, so the intact archives are valid.
    const files = { manifest: stringify(validManifest()), a: await jpeg(320, 240), b: await png(200, 200) };
    const entries = (prefix: string, compress: boolean) => [
      { name: `${prefix}bundle.yaml`, data: files.manifest, compress },
      { name: `${prefix}bilder/a.jpg`, data: files.a, compress },
      { name: `${prefix}bilder/b.png`, data: files.b, compress },
    ];
    archives = [await makeZip(entries('', true)), await makeZip(entries('', false)), await makeZip(entries('paket/', true))];
  });
  afterAll(async () => cleanup());

  it('ends every archive in German problems or a valid bundle', { timeout: 3_600_000 }, async () => {
    const workDir = path.join(dir, 'work');
    await (await import('node:fs/promises')).mkdir(workDir);
    const zipPath = path.join(dir, 'paket.zip');
    const numRuns = fuzzRuns(200);
    const seed = fuzzSeed(19731008);
    const tally = { cases: 0, valid: 0, refused: 0, internalErrors: 0 };
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fc.nat(archives.length - 1), fc.array(zipMutation, { minLength: 1, maxLength: 3 }), async (which, mutations) => {
        tally.cases += 1;
        await writeFile(zipPath, mutateZip(archives[which] as Buffer, mutations));
        const report = await withinTime(validateBundle(zipPath, { workDir }), 20_000, 'validateBundle(zip)');
        try {
          for (const problem of report.problems) {
            const line = formatProblem(problem, 'de');
            if (isInternalProblem(problem, line)) {
              tally.internalErrors += 1;
              throw new Error(`internal error: ${line}`);
            }
          }
          if (report.ok) {
            expect(report.manifest).toBeDefined();
            tally.valid += 1;
          } else tally.refused += 1;
        } finally {
          await report.dispose();
        }
        // Extraction folders are removed again: a week of curators checking sticks must not fill the disk.
        expect(await readdir(workDir)).toEqual([]);
      }),
      { numRuns, seed },
    );
    recordFigure('fuzz-zip', { target: 'ZIP reader (mutated real archives)', seed, ...tally, seconds: (performance.now() - started) / 1000 });
    expect(tally.cases).toBe(numRuns);
    expect(tally.internalErrors).toBe(0);
    expect(tally.refused).toBeGreaterThan(0);
    expect(tally.valid).toBeGreaterThan(0);
  });
});
