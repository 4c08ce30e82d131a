/**
 * Derivative throughput for the benchmark (issue 7: derivatives at ≥ 80 % of raw sharp throughput): the same
 * images of a bundle through (1) sharp alone — the same resize, orientation and WebP encoding, no hashing, no
 * cache, nothing written — (2) the derivative cache from empty, and (3) the cache again when everything is there
 * (a new cache object, as after a restart, so hashing is included). All three use the same concurrency.
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
  const run = (started: number): ThroughputRun => {
    const seconds = (now() - started) / 1000;
    return {
      images: sources.length,
      megapixels,
      seconds,
      imagesPerSecond: sources.length / seconds,
      megapixelsPerSecond: megapixels / seconds,
    };
  };

  await rm(options.scratchDir, { recursive: true, force: true });
  try {
    const queue = createTaskQueue(concurrency);
    let started = now();
    await Promise.all(
      sources.map((source) =>
        queue.run(async () => {
          for (const size of DERIVATIVE_SIZES) await rawResize(source, size).catch(() => undefined);
        }),
      ),
    );
    const raw = run(started);

    started = now();
    await createDerivativeCache({ cacheDir: options.scratchDir, concurrency }).ensureBundle(options.bundleDir, options.manifest);
    const derivatives = run(started);

    started = now();
    await createDerivativeCache({ cacheDir: options.scratchDir, concurrency }).ensureBundle(options.bundleDir, options.manifest);
    const cacheHit = run(started);

    return { raw, derivatives, cacheHit, derivativesVsRaw: derivatives.imagesPerSecond / raw.imagesPerSecond, concurrency };
  } finally {
    await rm(options.scratchDir, { recursive: true, force: true });
  }
}
