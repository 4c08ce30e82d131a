import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../../../../src-shared/bundleSchema';
import {
  createDerivativeCache,
  type DerivativeCache,
  type DerivativeProgress,
  type EnsureResult,
} from '../../../../../src-main/content/derivatives/derivativeCache';
import { DERIVATIVE_SIZES, PIPELINE_VERSION } from '../../../../../src-main/content/derivatives/derivativeSizes';
import { CAMERA_SRGB, cameraJpeg, FILES, manifestFor, plainJpeg, writeDerivativeBundle } from '../../../../support/derivativeImages';
import { makeTempDir } from '../../../../support/tempDir';

/** Every file below `dir` with its mtime, for "nothing was written" checks. */
async function snapshot(dir: string): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(file, (await stat(file)).mtimeMs);
  }
  return files;
}

describe('derivative cache', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let bundleDir: string;
  let cacheDir: string;
  let manifest: BundleManifest;
  let cache: DerivativeCache;
  let first: EnsureResult;
  const progress: DerivativeProgress[] = [];
  const hashOf = new Map<string, string>();

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-derivatives-'));
    bundleDir = path.join(dir, 'bundle');
    cacheDir = path.join(dir, 'data', 'derivatives');
    manifest = await writeDerivativeBundle(bundleDir, await cameraJpeg());
    cache = createDerivativeCache({ cacheDir, concurrency: 2 });
    first = await cache.ensureBundle(bundleDir, manifest, (step) => progress.push(step));
    for (const file of Object.values(FILES)) {
      const found = await cache.derivativeFor(bundleDir, manifest, file, 'thumb');
      if (found) hashOf.set(file, found.hash);
    }
  }, 120_000);
  afterAll(() => cleanup());

  const derivative = async (file: string, size: (typeof DERIVATIVE_SIZES)[number]) => {
    const found = await cache.derivativeFor(bundleDir, manifest, file, size);
    if (!found) throw new Error(`no derivative for ${file}`);
    return { ...found, meta: await sharp(found.path).metadata() };
  };

  it('counts what it made: three images encoded, two undecodable ones as placeholders with problems', () => {
    expect(first).toMatchObject({ total: 5, generated: 3, reused: 0, failed: 2 });
    expect(first.hashes.size).toBe(5);
    expect(cache.stats().encoded).toBe(9);
    expect(cache.stats().placeholders).toBe(6);
  });

  it.each([
    // The camera photo is stored 6000 × 4000 with orientation 6: upright it is 4000 × 6000, so the sizes swap.
    { file: FILES.camera, size: 'thumb', width: 213, height: 320 },
    { file: FILES.camera, size: 'screen', width: 1280, height: 1920 },
    { file: FILES.camera, size: 'full', width: 2560, height: 3840 },
    { file: FILES.alpha, size: 'thumb', width: 320, height: 213 },
    { file: FILES.alpha, size: 'screen', width: 900, height: 600 },
    { file: FILES.alpha, size: 'full', width: 900, height: 600 },
    // Never enlarged: 200 × 100 stays 200 × 100 even for the 320 px thumbnail.
    { file: FILES.small, size: 'thumb', width: 200, height: 100 },
    { file: FILES.small, size: 'full', width: 200, height: 100 },
  ] as const)('$file at $size is a $width × $height WebP', async ({ file, size, width, height }) => {
    const { meta, placeholder } = await derivative(file, size);
    expect(placeholder).toBe(false);
    expect(meta.format).toBe('webp');
    expect([meta.width, meta.height]).toEqual([width, height]);
  });

  it('applies the orientation and converts the P3 colours to sRGB, leaving no profile or EXIF behind', async () => {
    const { path: file, meta } = await derivative(FILES.camera, 'screen');
    expect(meta.icc).toBeUndefined();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    const pixel = [...(await sharp(file).extract({ left: 600, top: 900, width: 1, height: 1 }).raw().toBuffer())];
    // The file stores (187, 106, 63); read as sRGB without conversion the photo would look dull and greenish.
    expect(Math.abs(pixel[0]! - CAMERA_SRGB.r)).toBeLessThanOrEqual(3);
    expect(Math.abs(pixel[1]! - CAMERA_SRGB.g)).toBeLessThanOrEqual(3);
    expect(Math.abs(pixel[2]! - CAMERA_SRGB.b)).toBeLessThanOrEqual(4);
  });

  it('keeps the transparency of a PNG', async () => {
    const { path: file, meta } = await derivative(FILES.alpha, 'screen');
    expect(meta.hasAlpha).toBe(true);
    const [left, right] = await Promise.all(
      [10, 800].map(async (x) => [...(await sharp(file).extract({ left: x, top: 300, width: 1, height: 1 }).raw().toBuffer())]),
    );
    expect(left![3]).toBe(0);
    expect(right![3]).toBe(255);
  });

  it('gives a cut-short JPEG and a non-image a placeholder and a German problem naming the file', async () => {
    for (const file of [FILES.truncated, FILES.notImage]) {
      const problem = first.problems.find((candidate) => candidate.file === file);
      expect(problem, file).toBeDefined();
      expect(problem!.severity).toBe('error');
      expect(problem!.message.de).toContain(`„${file}“`);
      expect(problem!.message.de).toContain('Bild kann nicht angezeigt werden');
      const { meta, placeholder } = await derivative(file, 'screen');
      expect(placeholder).toBe(true);
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', 1920, 1280]);
    }
    expect(first.problems.find((p) => p.file === FILES.truncated)!.code).toBe('image-truncated');
    expect(first.problems.find((p) => p.file === FILES.notImage)!.code).toBe('image-unreadable');
  });

  it('reports progress from 0 to all images, with source bytes', () => {
    expect(progress[0]).toMatchObject({ done: 0, total: 5 });
    expect(progress.map((step) => step.done)).toEqual([0, 1, 2, 3, 4, 5]);
    const last = progress.at(-1)!;
    expect(last.bytesDone).toBe(last.bytesTotal);
    expect(last.bytesTotal).toBeGreaterThan(100_000);
  });

  it('never ran more than two encodings at a time', () => {
    expect(cache.stats().peakConcurrency).toBe(2);
  });

  it('lays the cache out by content hash, size and pipeline version, with no temporary files left', async () => {
    const files = [...(await snapshot(cacheDir)).keys()].map((file) => path.relative(cacheDir, file));
    const hash = hashOf.get(FILES.camera)!;
    expect(files).toContain(path.join(PIPELINE_VERSION, hash.slice(0, 2), `${hash}.full.webp`));
    expect(files.filter((file) => file.includes('.tmp-'))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.webp'))).toHaveLength(15);
    expect(files.filter((file) => file.endsWith('.problem.json'))).toHaveLength(2);
  });

  it('is a pure cache hit the second time, even in a new process (new cache object): nothing encoded or written', async () => {
    const before = await snapshot(cacheDir);
    const again = createDerivativeCache({ cacheDir });
    const second = await again.ensureBundle(bundleDir, manifest);
    expect(second).toMatchObject({ total: 5, generated: 0, reused: 3, failed: 2 });
    expect(second.problems.map((p) => p.file).sort()).toEqual([FILES.truncated, FILES.notImage].sort());
    expect(again.stats()).toMatchObject({ encoded: 0, placeholders: 0 });
    expect(await snapshot(cacheDir)).toEqual(before);
  });

  it('finds a renamed copy of a photo by its content and makes new sizes only for changed content', async () => {
    const copyDir = path.join(dir, 'copy');
    await writeDerivativeBundle(copyDir, await readFile(path.join(bundleDir, FILES.camera)));
    // Same bytes under another name: a hit. Changed bytes under the old name: new derivatives.
    await writeFile(path.join(copyDir, 'fotos', 'umbenannt.jpg'), await readFile(path.join(bundleDir, FILES.small)));
    await writeFile(path.join(copyDir, FILES.small), await plainJpeg(300, 150));
    const copyManifest = manifestFor([FILES.camera, 'fotos/umbenannt.jpg', FILES.small]);
    const again = createDerivativeCache({ cacheDir });
    const result = await again.ensureBundle(copyDir, copyManifest);
    expect(result).toMatchObject({ generated: 1, reused: 2 });
    expect(again.stats().encoded).toBe(3);
    const changed = await again.derivativeFor(copyDir, copyManifest, FILES.small, 'thumb');
    expect((await sharp(changed!.path).metadata()).width).toBe(300);
  });

  it('answers derivativeFor only for images of the manifest', async () => {
    for (const file of ['bundle.yaml', '../bundle/fotos/klein.jpg', 'fotos/fehlt.jpg', 'fotos']) {
      expect(await cache.derivativeFor(bundleDir, manifest, file, 'thumb'), file).toBeUndefined();
    }
  });

  it('renders an SVG sharp at every size (a vector has no pixel size to protect)', async () => {
    const svgDir = path.join(dir, 'svg');
    await import('node:fs/promises').then(({ mkdir }) => mkdir(svgDir, { recursive: true }));
    await writeFile(path.join(svgDir, 'karte.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="#2a6"/></svg>');
    const svgManifest = manifestFor(['karte.svg']);
    expect(await cache.ensureBundle(svgDir, svgManifest)).toMatchObject({ generated: 1, failed: 0 });
    for (const [size, width, height] of [['thumb', 320, 160], ['screen', 1920, 960]] as const) {
      const found = await cache.derivativeFor(svgDir, svgManifest, 'karte.svg', size);
      const meta = await sharp(found!.path).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', width, height]);
    }
  });

  it('prunes what no kept bundle uses, other pipeline versions and temporary files of a crash', async () => {
    const hash = hashOf.get(FILES.camera)!;
    const leftover = path.join(cacheDir, PIPELINE_VERSION, hash.slice(0, 2), `${hash}.full.webp.tmp-0000`);
    await writeFile(leftover, 'half a file');
    const stale = path.join(cacheDir, 'p0-old', 'ab');
    await import('node:fs/promises').then(({ mkdir }) => mkdir(stale, { recursive: true }));
    await writeFile(path.join(stale, 'x.thumb.webp'), 'old');
    const kept = manifestFor([FILES.camera, FILES.alpha]);
    const pruned = await cache.prune([{ dir: bundleDir, manifest: kept }]);
    const left = [...(await snapshot(cacheDir)).keys()].map((file) => path.basename(file));
    const keptHashes = [hashOf.get(FILES.camera)!, hashOf.get(FILES.alpha)!];
    expect(left.every((name) => keptHashes.some((hash) => name.startsWith(hash)))).toBe(true);
    expect(left).toHaveLength(6);
    expect(pruned.files).toBeGreaterThan(9);
    expect(await readdir(cacheDir)).toEqual([PIPELINE_VERSION]);
  });
});
