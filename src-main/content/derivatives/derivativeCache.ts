/**
 * The derivative cache: display sizes of every bundle image, made once per content hash and kept outside the
 * bundle. `ensureBundle` makes everything a bundle needs (after activation, at start-up in the background);
 * `derivativeFor` answers one request, making the file on demand and ahead of queued background work.
 *
 * Two cores: sharp runs one libvips thread per image here (its default on glibc Linux), so `concurrency` images
 * at a time (default 2) keep both cores busy and the memory bounded to about two decoded 24 MP photos (≈ 150 MB).
 */
import type { BundleManifest } from '../../../src-shared/bundleSchema';
import type { LocalizedMessage, Problem } from '../validation/problem';
import { imageFilesOf, resolveBundleImage } from './bundleImages';
import { isCutShort } from '../validation/cutShort';
import { decodeFailure, errorDetail, missingFailure, problemFor } from './decodeProblem';
import { createContentHasher } from './contentHash';
import { DERIVATIVE_SIZES, PIPELINE_VERSION, type DerivativeSize } from './derivativeSizes';
import { derivativeStore, isCached, pruneStore, readProblem, writeCacheFile, writeProblem, type PruneResult } from './derivativeStore';
import { renderSizes, type RenderedImage } from './renderDerivative';
import { createTaskQueue } from './taskQueue';
import { renderUnreadablePlaceholder } from './unreadablePlaceholder';

/** Options of {@link createDerivativeCache}. */
export interface DerivativeCacheOptions {
  /** Folder of the cache, outside every bundle, e.g. `<dataDir>/derivatives`. Created when first written. */
  cacheDir: string;
  /** Images encoded at the same time. Default 2 (the kiosk's two cores). */
  concurrency?: number;
}

/** Progress of {@link DerivativeCache.ensureBundle}, reported after each image (and once at the start). */
export interface DerivativeProgress {
  /** Images finished (made, found in the cache, or replaced by a placeholder). */
  done: number;
  /** Images of the bundle. */
  total: number;
  /** Source bytes of the finished images. */
  bytesDone: number;
  /** Source bytes of all images (known once every image is hashed; grows while hashing). */
  bytesTotal: number;
  /** The image just finished, as written in the manifest. */
  file?: string;
}

/** What {@link DerivativeCache.ensureBundle} did. */
export interface EnsureResult {
  /** Images of the bundle. */
  total: number;
  /** Images for which at least one size was encoded now. */
  generated: number;
  /** Images whose sizes were all in the cache already (nothing encoded, nothing written). */
  reused: number;
  /** Images that could not be decoded and got placeholders, or could not be read at all. */
  failed: number;
  /** One error per image that could not be decoded or read, naming the file. */
  problems: Problem[];
  /** Content hashes of the bundle's images (for pruning). */
  hashes: Set<string>;
}

/** One derivative on disk, ready to serve. */
export interface DerivativeFile {
  /** Absolute path of the cached file. */
  path: string;
  /** sha-256 of the source image, hex. */
  hash: string;
  /** Strong ETag (quoted): content hash, size and pipeline version. */
  etag: string;
  /** True when the source could not be decoded and this is the „Bild kann nicht angezeigt werden“ card. */
  placeholder: boolean;
}

/** Counters for tests and measurements. */
export interface DerivativeStats {
  /** Derivatives encoded from a source image. */
  encoded: number;
  /** Placeholder derivatives written for undecodable sources. */
  placeholders: number;
  /** Most encodings running at the same time. */
  peakConcurrency: number;
}

/** A bundle the cache should keep derivatives for. */
export interface KeptBundle {
  dir: string;
  manifest: BundleManifest;
}

/** See {@link createDerivativeCache}. */
export interface DerivativeCache {
  readonly cacheDir: string;
  /** Makes every missing size of every image of the bundle; never throws for bad images. */
  ensureBundle(bundleDir: string, manifest: BundleManifest, onProgress?: (progress: DerivativeProgress) => void): Promise<EnsureResult>;
  /** The cached `size` of the image `file` (as written in the manifest), made now if missing; `undefined` when `file` is not an image of the bundle. */
  derivativeFor(bundleDir: string, manifest: BundleManifest, file: string, size: DerivativeSize): Promise<DerivativeFile | undefined>;
  /** Removes every derivative not made from an image of `bundles` (e.g. all installed library versions). */
  prune(bundles: readonly KeptBundle[]): Promise<PruneResult>;
  stats(): DerivativeStats;
  /** Stops: queued work is dropped (its callers get an error) and nothing more is written. For shutting down. */
  close(): void;
}

/** Creates a cache below `options.cacheDir`. One per process: it remembers hashes and shares running work. */
export function createDerivativeCache(options: DerivativeCacheOptions): DerivativeCache {
  const store = derivativeStore(options.cacheDir);
  const hasher = createContentHasher();
  const queue = createTaskQueue(options.concurrency ?? 2);
  // Hashing reads whole files: a few at a time keep the disk busy without opening 2,000 files at once.
  const reading = createTaskQueue(4);
  const running = new Map<string, Promise<DerivativeFile>>();
  const counts = { encoded: 0, placeholders: 0 };
  let closed = false;
  const stopIfClosed = () => {
    if (closed) throw new Error('Der Zwischenspeicher der Bildgrößen ist geschlossen.');
  };

  const describe = (hash: string, size: DerivativeSize, placeholder: boolean): DerivativeFile => ({
    path: store.fileOf(hash, size),
    hash,
    etag: `"${hash}.${size}.${PIPELINE_VERSION}"`,
    placeholder,
  });

  /**
   * Makes the `sizes` of one source, once: sizes already being made by another caller are shared, the rest are
   * rendered together from one decode (`renderSizes`) in one queue slot. A finished file is never redone.
   */
  const produce = (source: string, file: string, hash: string, sizes: readonly DerivativeSize[], urgent: boolean): Promise<DerivativeFile[]> => {
    const keyOf = (size: DerivativeSize) => `${hash}.${size}`;
    const pending = sizes.filter((size) => !running.has(keyOf(size)));
    if (pending.length > 0) {
      const work = queue.run(() => makeSizes(source, file, hash, pending), urgent);
      for (const size of pending) {
        const one = work.then((made) => made.get(size)!);
        const forget = () => running.delete(keyOf(size));
        one.then(forget, forget);
        running.set(keyOf(size), one);
      }
    }
    return Promise.all(sizes.map((size) => running.get(keyOf(size))!));
  };

  const makeSizes = async (source: string, file: string, hash: string, sizes: readonly DerivativeSize[]) => {
    stopIfClosed();
    const made = new Map<DerivativeSize, DerivativeFile>();
    const todo: DerivativeSize[] = [];
    const known = (await readProblem(store, hash)) !== undefined;
    for (const size of sizes) {
      if (await isCached(store.fileOf(hash, size))) made.set(size, describe(hash, size, known));
      else todo.push(size);
    }
    if (todo.length === 0) return made;
    let rendered: Map<DerivativeSize, RenderedImage> | undefined;
    let failure: unknown;
    try {
      rendered = await renderSizes(source, todo);
    } catch (error) {
      failure = error;
    }
    stopIfClosed();
    if (rendered) {
      for (const [size, image] of rendered) {
        await writeCacheFile(store.fileOf(hash, size), image.bytes);
        counts.encoded += 1;
        made.set(size, describe(hash, size, false));
      }
      return made;
    }
    // An undecodable photo gets a placeholder that says so; the reason is kept for the problem report.
    await writeProblem(store, hash, decodeFailure(file, failure, await isCutShort(source, errorDetail(failure))));
    for (const size of todo) {
      await writeCacheFile(store.fileOf(hash, size), await renderUnreadablePlaceholder(file, size));
      counts.placeholders += 1;
      made.set(size, describe(hash, size, true));
    }
    return made;
  };

  return {
    cacheDir: store.root,

    async ensureBundle(bundleDir, manifest, onProgress) {
      const files = [...imageFilesOf(manifest)];
      const result: EnsureResult = { total: files.length, generated: 0, reused: 0, failed: 0, problems: [], hashes: new Set() };
      const progress: DerivativeProgress = { done: 0, total: files.length, bytesDone: 0, bytesTotal: 0 };
      onProgress?.({ ...progress });
      await Promise.all(
        files.map(async (file) => {
          const outcome = await ensureImage(bundleDir, manifest, file);
          if (outcome.kind === 'unreadable') {
            result.problems.push(problemFor(file, outcome.failure));
            result.failed += 1;
          } else {
            result.hashes.add(outcome.hash);
            if (outcome.failure) result.problems.push(problemFor(file, outcome.failure));
            if (outcome.failure) result.failed += 1;
            else if (outcome.encoded) result.generated += 1;
            else result.reused += 1;
          }
          progress.done += 1;
          progress.bytesDone += outcome.bytes;
          progress.file = file;
          onProgress?.({ ...progress });
        }),
      );
      return result;

      async function ensureImage(dir: string, bundleManifest: BundleManifest, file: string) {
        const source = await resolveBundleImage(dir, bundleManifest, file);
        const hashed = source ? await reading.run(() => hasher.hashOf(source)).catch(() => undefined) : undefined;
        if (!source || !hashed) {
          return { kind: 'unreadable' as const, failure: missingFailure(file), bytes: 0 };
        }
        progress.bytesTotal += hashed.bytes;
        const missing: DerivativeSize[] = [];
        for (const size of DERIVATIVE_SIZES) if (!(await isCached(store.fileOf(hashed.hash, size)))) missing.push(size);
        // All missing sizes of an image come from one decode; the queue spreads the images over the cores.
        if (missing.length > 0) await produce(source, file, hashed.hash, missing, false);
        const failure = await readProblem(store, hashed.hash);
        return { kind: 'done' as const, hash: hashed.hash, bytes: hashed.bytes, encoded: missing.length > 0, failure };
      }
    },

    async derivativeFor(bundleDir, manifest, file, size) {
      const source = await resolveBundleImage(bundleDir, manifest, file);
      if (!source) return undefined;
      const { hash } = await hasher.hashOf(source);
      const target = store.fileOf(hash, size);
      if (await isCached(target)) return describe(hash, size, (await readProblem(store, hash)) !== undefined);
      // Only the size asked for: a thumbnail decodes at an eighth of the size and is ready in a blink.
      return (await produce(source, file, hash, [size], true))[0];
    },

    async prune(bundles) {
      const keep = new Set<string>();
      for (const bundle of bundles) {
        for (const file of imageFilesOf(bundle.manifest)) {
          const source = await resolveBundleImage(bundle.dir, bundle.manifest, file);
          const hashed = source ? await hasher.hashOf(source).catch(() => undefined) : undefined;
          if (hashed) keep.add(hashed.hash);
        }
      }
      return pruneStore(store, keep);
    },

    stats: () => ({ ...counts, peakConcurrency: queue.peak }),
    close: () => {
      closed = true;
    },
  };
}
