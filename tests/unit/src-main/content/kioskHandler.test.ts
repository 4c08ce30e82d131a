import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskHandler, IMMUTABLE } from '../../../../src-main/content/kioskHandler';
import type { RequestHandler } from '../../../../src-main/content/folderHandler';
import { bundleManifest } from '../../../../src-shared/bundleSchema';
import { BOOT_SNAPSHOT_ELEMENT_ID, type ActiveBundle } from '../../../../src-shared/kioskApi';
import { makeTempDir } from '../../../support/tempDir';
import { generateTraversalPaths } from '../../../support/traversalPaths';

const ORIGIN = 'kiosk://app';
const SECRET = 'GEHEIM-7f3a9c';

describe('kiosk handler', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let handler: RequestHandler;
  const inside = new Map<string, string>();

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    const renderer = path.join(dir, 'renderer');
    const bundle = path.join(dir, 'bundle');
    await mkdir(path.join(renderer, 'assets'), { recursive: true });
    await mkdir(path.join(bundle, 'bilder'), { recursive: true });
    await mkdir(path.join(dir, 'secret'), { recursive: true });
    await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>App</title>');
    await writeFile(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(bundle, 'bundle.yaml'), 'schema: 1');
    await writeFile(path.join(bundle, 'bilder', 'foto.jpg'), 'JPEG-BYTES');
    await writeFile(path.join(dir, 'geheim.txt'), SECRET);
    await writeFile(path.join(dir, 'secret', 'geheim.txt'), SECRET);
    inside.set('bundle.yaml', 'schema: 1');
    inside.set('bilder/foto.jpg', 'JPEG-BYTES');
    handler = createKioskHandler({ rendererDir: renderer, bundleDir: () => bundle });
  });
  afterAll(() => cleanup());

  it('serves a bundle file with its type, nosniff and an ETag', async () => {
    const response = await handler(new Request(`${ORIGIN}/bundle/bilder/foto.jpg`));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('JPEG-BYTES');
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('etag')).toMatch(/^W\/".+"$/);
  });

  it('serves the app document at / with the Content-Security-Policy', async () => {
    const response = await handler(new Request(`${ORIGIN}/`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers /api/ with 404 when no API is mounted (Electron uses IPC instead)', async () => {
    expect((await handler(new Request(`${ORIGIN}/api/active-bundle`))).status).toBe(404);
  });

  it('refuses a path outside the bundle', async () => {
    const response = await handler(new Request(`${ORIGIN}/bundle/..%2fgeheim.txt`));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('serves 0 bytes from outside the bundle for 1,000 generated traversal paths', async () => {
    const paths = generateTraversalPaths(1000);
    let served = 0;
    let leaked = 0;
    for (const generated of paths) {
      let request: Request;
      try {
        request = new Request(`${ORIGIN}/bundle/${generated}`);
      } catch {
        continue; // Not even a URL: nothing could reach the handler.
      }
      const response = await handler(request);
      const body = await response.text();
      if (body.includes(SECRET)) leaked += 1;
      if (response.status === 200) {
        served += 1;
        // Whatever was served must be one of the bundle's own files.
        expect([...inside.values()]).toContain(body);
      }
    }
    expect(leaked).toBe(0);
    expect(paths).toHaveLength(1000);
    // Some generated paths are legitimate (e.g. `bilder/foto.jpg` after harmless segments): the test is not vacuous.
    expect(served).toBeGreaterThan(0);
  });
});

describe('kiosk handler: the app document with boot snapshot and font preloads', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let renderer: string;
  let bundle: ActiveBundle | undefined;
  let handler: RequestHandler;
  const font400 = 'atkinson-hyperlegible-latin-400-normal-BrHNak5F.woff2';
  const font700 = 'atkinson-hyperlegible-latin-700-normal-GZI4o3u0.woff2';
  const snapshotOpen = `<script type="application/json" id="${BOOT_SNAPSHOT_ELEMENT_ID}">`;

  const activeBundle = (title: string, revision: number): ActiveBundle => ({
    manifest: bundleManifest.parse({ schema: 1, id: 'probe', title, home: { name: 'Kreis', location: { lat: 51, lon: 8 } } }),
    baseUrl: '/bundle/',
    version: 'built-in',
    revision,
  });
  const snapshotOf = (html: string): unknown => {
    const start = html.indexOf(snapshotOpen);
    if (start < 0) return undefined;
    const from = start + snapshotOpen.length;
    return JSON.parse(html.slice(from, html.indexOf('</script', from)));
  };

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    renderer = path.join(dir, 'renderer');
    await mkdir(path.join(renderer, 'assets'), { recursive: true });
    // Shaped like the Vite build: a stylesheet that references the hashed font files next to it.
    await writeFile(
      path.join(renderer, 'index.html'),
      '<!doctype html>\n<html lang="de">\n  <head>\n    <title>App</title>\n' +
        '    <script type="module" crossorigin src="./assets/index-a1.js"></script>\n' +
        '    <link rel="stylesheet" crossorigin href="./assets/index-b2.css">\n  </head>\n  <body></body>\n</html>\n',
    );
    await writeFile(
      path.join(renderer, 'assets', 'index-b2.css'),
      `@font-face{src:url(./${font400}) format("woff2")}@font-face{src:url(./${font700}) format("woff2")}` +
        '@font-face{src:url(./atkinson-hyperlegible-latin-ext-700-normal-X.woff2) format("woff2")}',
    );
    await writeFile(path.join(renderer, 'assets', 'index-a1.js'), 'console.log(1)');
    handler = createKioskHandler({ rendererDir: renderer, bundleDir: () => dir, bootSnapshot: () => bundle });
  });
  afterAll(() => cleanup());

  for (const url of [`${ORIGIN}/`, `${ORIGIN}/index.html`]) {
    it(`serves ${url.slice(ORIGIN.length)} with the snapshot and the Latin font preloads, never stored`, async () => {
      bundle = activeBundle('Erste Ausstellung', 0);
      const response = await handler(new Request(url));
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('cache-control')).toBe('no-store');
      // The file's validators would not describe the body, which changes with the bundle.
      expect(response.headers.get('etag')).toBeNull();
      expect(response.headers.get('last-modified')).toBeNull();
      expect(Number(response.headers.get('content-length'))).toBe(new TextEncoder().encode(html).byteLength);
      expect(snapshotOf(html)).toEqual(bundle);
      const preloads = [...html.matchAll(/<link rel="preload" as="font" type="font\/woff2" crossorigin href="([^"]+)">/g)];
      expect(preloads.map((match) => match[1])).toEqual([`/assets/${font400}`, `/assets/${font700}`]);
      expect(html.indexOf(snapshotOpen)).toBeLessThan(html.indexOf('</head>'));
    });
  }

  it('answers every request with the bundle showing then, even with the last ETag offered', async () => {
    bundle = activeBundle('Vorher', 1);
    const first = await handler(new Request(`${ORIGIN}/`));
    expect(snapshotOf(await first.text())).toEqual(bundle);
    bundle = activeBundle('Nachher', 2);
    const second = await handler(new Request(`${ORIGIN}/`, { headers: { 'if-none-match': '*' } }));
    expect(second.status).toBe(200);
    expect(snapshotOf(await second.text())).toEqual(bundle);
  });

  it('writes the document once per showing: the same snapshot gives the same bytes, a new revision new ones', async () => {
    bundle = activeBundle('Gleich', 5);
    const first = await (await handler(new Request(`${ORIGIN}/`))).text();
    // A new object describing the same showing (the API builds one per call) reuses the document.
    bundle = { ...bundle };
    const second = await (await handler(new Request(`${ORIGIN}/`))).text();
    expect(second).toBe(first);
    bundle = { ...bundle, revision: 6 };
    const third = await (await handler(new Request(`${ORIGIN}/`))).text();
    expect(snapshotOf(third)).toEqual(bundle);
    expect(third).not.toBe(first);
  });

  it('lets the browser keep content-hashed build files, and asks again for everything else', async () => {
    const hashed = await handler(new Request(`${ORIGIN}/assets/index-a1b2c3d4.js`));
    expect(hashed.status).toBe(404);
    await writeFile(path.join(renderer, 'assets', 'index-a1b2c3d4.js'), 'console.log(2)');
    await writeFile(path.join(renderer, 'favicon.svg'), '<svg/>');
    const asset = await handler(new Request(`${ORIGIN}/assets/index-a1b2c3d4.js`));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe(IMMUTABLE);
    const plain = await handler(new Request(`${ORIGIN}/favicon.svg`));
    expect(plain.headers.get('cache-control')).toBe('no-cache');
    const unhashed = await handler(new Request(`${ORIGIN}/assets/index-a1.js`));
    expect(unhashed.headers.get('cache-control')).toBe('no-cache');
  });

  it('keeps hostile bundle text inside the snapshot element', async () => {
    bundle = activeBundle('</script><script>alert(1)</script><!--', 4);
    const html = await (await handler(new Request(`${ORIGIN}/`))).text();
    expect(snapshotOf(html)).toEqual(bundle);
    expect(html.match(/<script\b/gi)).toHaveLength(2);
  });

  it('serves the document without a snapshot when there is no bundle or asking for it fails', async () => {
    bundle = undefined;
    const none = await (await handler(new Request(`${ORIGIN}/`))).text();
    expect(none).not.toContain(BOOT_SNAPSHOT_ELEMENT_ID);
    expect(none).toContain(`/assets/${font700}`);
    const failing = createKioskHandler({
      rendererDir: renderer,
      bundleDir: () => dir,
      bootSnapshot: () => Promise.reject(new Error('kaputt')),
    });
    const response = await failing(new Request(`${ORIGIN}/`));
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain(BOOT_SNAPSHOT_ELEMENT_ID);
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    bundle = activeBundle('Kopf', 5);
    const head = await handler(new Request(`${ORIGIN}/`, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect((await handler(new Request(`${ORIGIN}/`, { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('answers 404 when the renderer is not built', async () => {
    const unbuilt = createKioskHandler({ rendererDir: path.join(dir, 'fehlt'), bundleDir: () => dir });
    expect((await unbuilt(new Request(`${ORIGIN}/`))).status).toBe(404);
  });

  it('reads the document again after a rebuild', async () => {
    bundle = undefined;
    const rebuilt = path.join(dir, 'rebuilt');
    await mkdir(rebuilt);
    const own = createKioskHandler({ rendererDir: rebuilt, bundleDir: () => dir });
    await writeFile(path.join(rebuilt, 'index.html'), '<head><title>eins</title></head>');
    expect(await (await own(new Request(`${ORIGIN}/`))).text()).toContain('eins');
    await writeFile(path.join(rebuilt, 'index.html'), '<head><title>zweite Fassung</title></head>');
    expect(await (await own(new Request(`${ORIGIN}/`))).text()).toContain('zweite Fassung');
  });
});
