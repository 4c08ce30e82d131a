/**
 * Fuzzing the manifest parser and validator (YAML and JSON): every hostile manifest ends in German problems that
 * name what to do, or in a valid manifest, never in a thrown error, a hang, a stack trace or an `io` problem
 * (there is no I/O fault here, so an `io` problem would be an internal error wrapped as one).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleManifest } from '../../../src-shared/bundleSchema';
import { checkManifest } from '../../../src-main/content/validation/manifestChecks';
import { formatProblem } from '../../../src-main/content/validation/problem';
import { makeTempDir } from '../../support/tempDir';
import { manifestCases, type ManifestCase } from './support/manifestArbitraries';
import { fuzzRuns, fuzzSeed, isInternalProblem, recordFigure, withinTime } from './support/reliabilityRun';

describe('fuzz: manifest parser and validator', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let base: unknown;
  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-fuzz-manifest-'));
    base = parseYaml(await readFile(path.resolve('content/landkreis-kassel/bundle.yaml'), 'utf8'));
  });
  afterAll(async () => cleanup());

  it('ends every manifest in German problems or a valid manifest', { timeout: 1_800_000 }, async () => {
    const numRuns = fuzzRuns(300);
    const seed = fuzzSeed(20261129);
    const tally = { cases: 0, valid: 0, refused: 0, internalErrors: 0, yaml: 0, json: 0 };
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(manifestCases(base), async (manifestCase: ManifestCase) => {
        tally.cases += 1;
        tally[manifestCase.name === 'bundle.json' ? 'json' : 'yaml'] += 1;
        await rm(path.join(dir, 'bundle.yaml'), { force: true });
        await rm(path.join(dir, 'bundle.json'), { force: true });
        await writeFile(path.join(dir, manifestCase.name), manifestCase.bytes);
        const checked = await withinTime(checkManifest(dir), 10_000, 'checkManifest');
        const errors = checked.problems.filter((problem) => problem.severity === 'error');
        for (const problem of checked.problems) {
          const line = formatProblem(problem, 'de');
          if (isInternalProblem(problem, line)) {
            tally.internalErrors += 1;
            throw new Error(`internal error for ${manifestCase.recipe}: ${line}`);
          }
        }
        if (errors.length === 0) {
          // No error means a usable manifest that still satisfies the schema.
          expect(checked.manifest).toBeDefined();
          expect(bundleManifest.safeParse(checked.manifest).success).toBe(true);
          tally.valid += 1;
        } else tally.refused += 1;
      }),
      { numRuns, seed, verbose: 1 },
    );
    recordFigure('fuzz-manifest', { target: 'Manifest (YAML/JSON) parser + validator', seed, ...tally, seconds: (performance.now() - started) / 1000 });
    expect(tally.cases).toBe(numRuns);
    expect(tally.internalErrors).toBe(0);
    // The generator must reach both outcomes, or the property tests less than it claims.
    expect(tally.refused).toBeGreaterThan(0);
    expect(tally.valid).toBeGreaterThan(0);
  });
});
