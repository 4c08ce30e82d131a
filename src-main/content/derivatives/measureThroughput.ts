/**
 * Derivative throughput for the benchmark (issue 7: derivatives at ≥ 80 % of raw sharp throughput): the same
 * images of a bundle through (1) sharp alone — the same resize, orientation and WebP encoding, no hashing, no
 * cache, nothing written — (2) the derivative cache from empty, and (3) the cache again when everything is there
 * (a new cache object, as after a restart, so hashing is included). All three use the same concurrency.
 *
 * The first path to touch the files pays for cold caches and JIT warm-up, so the paths are measured in several
 * rounds with the order of raw and cache swapped every round, and each path reports its median round.
 */
import { rm } from 'node:fs/promises';
import sharp from 'sharp';
import type { BundleManifest } from '../../../src-shared/bundleSchema';
import { imageFilesOf, resolveBundleImage } from './bundleImages';
import { createDerivativeCache } from './derivativeCache';
import { DERIVATIVE_SIZES } from './derivativeSizes';
import { rawResize } from './renderDerivative';
import { createTaskQueue } from './taskQueue';

/** Input of {@link measureThroughput}. */
export interface ThroughputOptions {
  /** A bundle folder and its validated manifest; every image of it is measured. */
  bundleDir: string;
  manifest: BundleManifest;
  /** An empty or disposable folder for the cache; it is emptied before and after. */
  scratchDir: string;
  /** Images at a time in every path. Default 2. */
  concurrency?: number;
  /** Clock in ms. Default `performance.now`. */
  now?: () => number;
  /** Rounds; raw sharp goes first in odd rounds, the cache in even ones. Default 3. */
  rounds?: number;
}

/** One measured path. */
export interface ThroughputRun {
  /** Source images processed (each into all three sizes). */
  images: number;
  /** Their total size in megapixels (10⁶ px, as stored). */
  megapixels: number;
  /** Wall time in s. */
  seconds: number;
  imagesPerSecond: number;
  megapixelsPerSecond: number;
}

/** The three paths and how the cache compares with sharp alone. */
export interface ThroughputResult {
  raw: ThroughputRun;
  derivatives: ThroughputRun;
  cacheHit: ThroughputRun;
  /** `derivatives.imagesPerSecond / raw.imagesPerSecond` (target ≥ 0.8). */
  derivativesVsRaw: number;
  /** The concurrency used. */
  concurrency: number;
  /** Rounds measured; every path reports its median round. */
  rounds: number;
}

/**
 * Measures the three paths one after another on the same files. The files are read once beforehand so that all
 * three paths find them in the operating system's file cache. Undecodable images count like others.
 */
export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const now = options.now ?? (() => performance.now());
  const concurrency = options.concurrency ?? 2;
  const sources: string[] = [];
  let pixels = 0;
  for (const file of imageFilesOf(options.manifest)) {
    const source = await resolveBundleImage(options.bundleDir, options.manifest, file);
    if (!source) continue;
    sources.push(source);
    const meta = await sharp(source).metadata().catch(() => undefined);
    pixels += (meta?.width ?? 0) * (meta?.height ?? 0);
  }
  const megapixels = pixels / 1e6;
  const run = (elapsedMs: number): ThroughputRun => {
    const seconds = elapsedMs / 1000;
    return {
      images: sources.length,
      megapixels,
      seconds,
      imagesPerSecond: sources.length / seconds,
      megapixelsPerSecond: megapixels / seconds,
    };
  };

  const timed = async (work: () => Promise<unknown>): Promise<number> => {
    const started = now();
    await work();
    return now() - started;
  };
  const rawPass = () => {
    const queue = createTaskQueue(concurrency);
    return Promise.all(
      sources.map((source) =>
        queue.run(async () => {
          for (const size of DERIVATIVE_SIZES) await rawResize(source, size).catch(() => undefined);
        }),
      ),
    );
  };
  const cachePass = () => createDerivativeCache({ cacheDir: options.scratchDir, concurrency }).ensureBundle(options.bundleDir, options.manifest);

  const rounds = Math.max(1, Math.floor(options.rounds ?? 3));
  const times = { raw: [] as number[], derivatives: [] as number[], cacheHit: [] as number[] };
  try {
    for (let round = 0; round < rounds; round += 1) {
      await rm(options.scratchDir, { recursive: true, force: true });
      if (round % 2 === 0) {
        times.raw.push(await timed(rawPass));
        times.derivatives.push(await timed(cachePass));
      } else {
        times.derivatives.push(await timed(cachePass));
        times.raw.push(await timed(rawPass));
      }
      times.cacheHit.push(await timed(cachePass));
    }
    const raw = run(median(times.raw));
    const derivatives = run(median(times.derivatives));
    const cacheHit = run(median(times.cacheHit));
    return { raw, derivatives, cacheHit, derivativesVsRaw: derivatives.imagesPerSecond / raw.imagesPerSecond, concurrency, rounds };
  } finally {
    await rm(options.scratchDir, { recursive: true, force: true });
  }
}

/** Median of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
