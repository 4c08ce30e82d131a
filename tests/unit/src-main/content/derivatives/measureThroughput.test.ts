import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureThroughput, type ThroughputResult } from '../../../../../src-main/content/derivatives/measureThroughput';
import { manifestFor, plainJpeg } from '../../../../support/derivativeImages';
import { makeTempDir } from '../../../../support/tempDir';

describe('measureThroughput', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let result: ThroughputResult;
  let ticks = 0;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-throughput-'));
    await mkdir(path.join(dir, 'bundle', 'fotos'), { recursive: true });
    const files = ['fotos/a.jpg', 'fotos/b.jpg', 'fotos/c.jpg'];
    for (const [index, file] of files.entries()) await writeFile(path.join(dir, 'bundle', file), await plainJpeg(1000 + index, 500));
    // A fake clock: every reading is one second later, so the numbers are exact.
    result = await measureThroughput({
      bundleDir: path.join(dir, 'bundle'),
      manifest: manifestFor(files),
      scratchDir: path.join(dir, 'scratch'),
      now: () => (ticks += 1000),
    });
  });
  afterAll(() => cleanup());

  it('measures all three paths over the same images and megapixels', () => {
    for (const run of [result.raw, result.derivatives, result.cacheHit]) {
      expect(run.images).toBe(3);
      expect(run.megapixels).toBeCloseTo((1000 * 500 + 1001 * 500 + 1002 * 500) / 1e6, 6);
      expect(run.seconds).toBe(1);
      expect(run.imagesPerSecond).toBe(3);
    }
    expect(result.derivativesVsRaw).toBe(1);
    expect(result.concurrency).toBe(2);
    expect(result.rounds).toBe(3);
  });

  it('swaps the order of raw sharp and the cache every round and reports the median of each path', async () => {
    // Readings come in start/end pairs, three passes per round (first, second, cache hit). The first pass of a
    // round is slow (cold), the others take 1 s.
    let readings = 0;
    const timed = await measureThroughput({
      bundleDir: path.join(dir, 'bundle'),
      manifest: manifestFor(['fotos/a.jpg', 'fotos/b.jpg', 'fotos/c.jpg']),
      scratchDir: path.join(dir, 'scratch'),
      rounds: 2,
      now: () => {
        readings += 1;
        const pass = Math.ceil(readings / 2) - 1;
        const start = pass * 10_000;
        if (readings % 2 === 1) return start;
        return start + (pass % 3 === 0 ? 3000 : 1000);
      },
    });
    // Round 1: raw first (3 s), cache 1 s; round 2: cache first (3 s), raw 1 s. Median of two: 2 s each.
    expect(timed.raw.seconds).toBe(2);
    expect(timed.derivatives.seconds).toBe(2);
    expect(timed.cacheHit.seconds).toBe(1);
    expect(timed.derivativesVsRaw).toBe(1);
    expect(timed.rounds).toBe(2);
  });

  it('leaves its scratch folder removed', async () => {
    expect((await readdir(dir)).filter((name) => name !== 'bundle')).toEqual([]);
  });
});
