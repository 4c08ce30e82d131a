import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../../../../src-shared/bundleSchema';
import { createDerivativeCache, type DerivativeCache } from '../../../../../src-main/content/derivatives/derivativeCache';
import { createDerivedHandler, IMMUTABLE_CACHE_CONTROL } from '../../../../../src-main/content/derivatives/derivedHandler';
import type { RequestHandler } from '../../../../../src-main/content/folderHandler';
import { createKioskHandler } from '../../../../../src-main/content/kioskHandler';
import { alphaPng, manifestFor, plainJpeg } from '../../../../support/derivativeImages';
import { makeTempDir } from '../../../../support/tempDir';
import { generateTraversalPaths } from '../../../../support/traversalPaths';

const ORIGIN = 'kiosk://app';
const PHOTO = 'bilder/foto 1.jpg';

describe('derivative route /derived/', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let cache: DerivativeCache;
  let handler: RequestHandler;
  let manifest: BundleManifest;
  let bundleDir: string;
  const get = (url: string, init?: RequestInit) => handler(new Request(`${ORIGIN}${url}`, init));

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-derived-'));
    bundleDir = path.join(dir, 'bundle');
    const candidateDir = path.join(dir, 'candidate');
    const renderer = path.join(dir, 'renderer');
    for (const folder of [path.join(bundleDir, 'bilder'), path.join(candidateDir, 'bilder'), renderer]) await mkdir(folder, { recursive: true });
    await writeFile(path.join(renderer, 'index.html'), '<!doctype html>');
    await writeFile(path.join(bundleDir, PHOTO), await plainJpeg(2400, 1600));
    await writeFile(path.join(bundleDir, 'bilder', 'nicht-im-manifest.jpg'), await plainJpeg(100, 100));
    await writeFile(path.join(bundleDir, 'bundle.yaml'), 'schema: 1\n');
    await writeFile(path.join(dir, 'geheim.jpg'), await plainJpeg(100, 100));
    await writeFile(path.join(candidateDir, 'bilder', 'logo.png'), await alphaPng());
    manifest = manifestFor([PHOTO]);
    const candidateManifest = manifestFor(['bilder/logo.png']);
    cache = createDerivativeCache({ cacheDir: path.join(dir, 'cache') });
    handler = createKioskHandler({
      rendererDir: renderer,
      bundleDir: () => bundleDir,
      derived: createDerivedHandler({
        cache,
        bundle: () => ({ dir: bundleDir, manifest }),
        candidate: () => ({ dir: candidateDir, manifest: candidateManifest }),
      }),
    });
  });
  afterAll(() => cleanup());

  it('makes the derivative on demand and serves the cached bytes as WebP with nosniff and the content-hash ETag', async () => {
    const response = await get(`/derived/bundle/screen/${encodeURI(PHOTO)}`);
    expect(response.status).toBe(200);
    const found = await cache.derivativeFor(bundleDir, manifest, PHOTO, 'screen');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(await readFile(found!.path))).toBe(true);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('etag')).toBe(found!.etag);
    expect(response.headers.get('etag')).toContain(found!.hash);
    expect(response.headers.get('content-length')).toBe(String(body.length));
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const meta = await sharp(body).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 1920, 1280]);
  });

  it('lets a URL carrying the source hash be cached for a year, and answers a matching ETag with 304', async () => {
    const found = await cache.derivativeFor(bundleDir, manifest, PHOTO, 'thumb');
    const url = `/derived/bundle/thumb/${encodeURI(PHOTO)}`;
    expect((await get(`${url}?v=${found!.hash}`)).headers.get('cache-control')).toBe(IMMUTABLE_CACHE_CONTROL);
    expect((await get(`${url}?v=veraltet`)).headers.get('cache-control')).toBe('no-cache');
    const revalidated = await get(url, { headers: { 'If-None-Match': found!.etag } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.arrayBuffer()).toHaveProperty('byteLength', 0);
    const head = await get(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('serves the preview candidate’s images below /derived/candidate/', async () => {
    const response = await get('/derived/candidate/full/bilder/logo.png');
    expect(response.status).toBe(200);
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).hasAlpha).toBe(true);
  });

  it.each([
    ['a file of the bundle that is no manifest image', '/derived/bundle/thumb/bilder/nicht-im-manifest.jpg'],
    ['the manifest itself', '/derived/bundle/thumb/bundle.yaml'],
    ['an unknown size', `/derived/bundle/huge/${encodeURI(PHOTO)}`],
    ['an unknown mount', `/derived/other/thumb/${encodeURI(PHOTO)}`],
    ['a candidate image asked of the active bundle', '/derived/bundle/thumb/bilder/logo.png'],
    ['no file', '/derived/bundle/thumb/'],
    ['a file outside the bundle', '/derived/bundle/thumb/../geheim.jpg'],
    ['an encoded slash', `/derived/bundle/thumb/bilder%2ffoto%201.jpg`],
  ])('refuses %s with 404', async (_name, url) => {
    expect((await get(url)).status).toBe(404);
  });

  it('refuses 300 generated traversal paths with 404', async () => {
    for (const attack of generateTraversalPaths(300, 7)) {
      const response = await get(`/derived/bundle/screen/${attack}`);
      expect(response.status, attack).toBe(404);
    }
  });

  it('refuses writing methods', async () => {
    expect((await get(`/derived/bundle/thumb/${encodeURI(PHOTO)}`, { method: 'POST' })).status).toBe(405);
  });

  it('is 404 when the kiosk handler has no derivative route (as before this route existed)', async () => {
    const bare = createKioskHandler({ rendererDir: dir, bundleDir: () => bundleDir });
    expect((await bare(new Request(`${ORIGIN}/derived/bundle/thumb/${encodeURI(PHOTO)}`))).status).toBe(404);
  });
});
