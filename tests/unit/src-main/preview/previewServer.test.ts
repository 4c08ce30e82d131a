import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentLocations, projectRoot } from '../../../../src-main/content/contentLocations';
import { startKioskRuntime } from '../../../../src-main/kioskRuntime';
import { startPreviewServer, type PreviewServer } from '../../../../src-main/preview/previewServer';
import { createHttpKioskApi } from '../../../../src-renderer/lib/api/httpKioskApi';
import { makeTempDir } from '../../../support/tempDir';
import { generateTraversalPaths } from '../../../support/traversalPaths';

/** A request with the path exactly as written (no client-side normalisation), as an attacker would send it. */
function rawRequest(url: string, rawPath: string, method = 'GET', body?: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest({ hostname, port, path: rawPath, method, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('preview host', () => {
  let preview: PreviewServer;
  let cleanup: () => Promise<void>;
  const locations = contentLocations(projectRoot(import.meta.url));

  beforeAll(async () => {
    const temp = await makeTempDir();
    cleanup = temp.cleanup;
    const renderer = path.join(temp.dir, 'renderer');
    await mkdir(renderer);
    await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Vorschau</title>');
    await writeFile(path.join(temp.dir, 'geheim.txt'), 'GEHEIM-PREVIEW');
    const runtime = await startKioskRuntime({
      host: 'preview',
      appVersion: '0.0.0-test',
      contentDir: locations.contentDir,
      dataDir: path.join(temp.dir, 'data'),
      sourceRoots: { usbRoots: [], importDir: path.join(temp.dir, 'data', 'import') },
      hotReload: false,
      log: { info: () => {}, warn: () => {} },
    });
    preview = await startPreviewServer({ rendererDir: renderer, runtime, port: 0 });
  });
  afterAll(async () => {
    await preview.close();
    await cleanup();
  });

  it('listens on 127.0.0.1 only', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const address = preview.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('answers the renderer HTTP client with the built-in default bundle', async () => {
    const api = createHttpKioskApi(fetch, preview.url);
    const active = await api.getActiveBundle();
    expect(active.manifest.id).toBe('siegen-wittgenstein-emek-hefer');
    expect(active.baseUrl).toBe('/bundle/');
    expect(active.version).toBe('built-in');
    expect((await api.getKioskInfo()).host).toBe('preview');
  });

  it('serves the manifest under /bundle/', async () => {
    const response = await fetch(new URL('bundle/bundle.yaml', preview.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('schema: 1');
  });

  it('validates API arguments and refuses cross-origin and non-JSON calls', async () => {
    const json = { 'Content-Type': 'application/json' };
    expect((await rawRequest(preview.url, '/api/adminUnlock', 'POST', '[1234]', json)).status).toBe(400);
    expect((await rawRequest(preview.url, '/api/adminUnlock', 'POST', '["1","2"]', json)).status).toBe(400);
    expect((await rawRequest(preview.url, '/api/adminUnlock', 'POST', '{', json)).status).toBe(400);
    expect((await rawRequest(preview.url, '/api/adminUnlock', 'POST', '["0000"]', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect(
      (await rawRequest(preview.url, '/api/adminUnlock', 'POST', '["0000"]', { ...json, Origin: 'http://evil.example' })).status,
    ).toBe(403);
    expect((await rawRequest(preview.url, '/api/getActiveBundle', 'GET')).status).toBe(405);
    expect((await rawRequest(preview.url, '/api/doesNotExist', 'POST', '[]', json)).status).toBe(404);
  });

  it('refuses 200 raw traversal requests over real HTTP', async () => {
    for (const generated of generateTraversalPaths(200, 2023)) {
      const { status, body } = await rawRequest(preview.url, `/bundle/${generated.replaceAll('\\', '%5C')}`);
      expect(body).not.toContain('GEHEIM-PREVIEW');
      expect([200, 400, 404]).toContain(status);
    }
    expect((await rawRequest(preview.url, '/bundle/../geheim.txt')).status).toBe(404);
    expect((await rawRequest(preview.url, '/candidate/bundle.yaml')).status).toBe(404);
  });
});
