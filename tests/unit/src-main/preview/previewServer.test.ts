import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentLocations, projectRoot } from '../../../../src-main/content/contentLocations';
import { loadBundle } from '../../../../src-main/content/loadBundle';
import { startPreviewServer, type PreviewServer } from '../../../../src-main/preview/previewServer';
import { createHttpKioskApi } from '../../../../src-renderer/lib/api/httpKioskApi';
import { makeTempDir } from '../../../support/tempDir';
import { generateTraversalPaths } from '../../../support/traversalPaths';
import { mkdir, writeFile } from 'node:fs/promises';

/** A GET with the path exactly as written (no client-side normalisation), as an attacker would send it. */
function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path: rawPath, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
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
    const loaded = await loadBundle(locations.defaultBundleDir);
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    preview = await startPreviewServer({
      rendererDir: renderer,
      bundleDir: locations.defaultBundleDir,
      manifest: loaded.manifest,
      appVersion: '0.0.0-test',
      port: 0,
    });
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

  it('answers the renderer HTTP client with the active bundle', async () => {
    const api = createHttpKioskApi(fetch, preview.url);
    const active = await api.getActiveBundle();
    expect(active.manifest.id).toBe('siegen-wittgenstein-emek-hefer');
    expect(active.baseUrl).toBe('/bundle/');
    expect((await api.getKioskInfo()).host).toBe('preview');
  });

  it('serves the manifest under /bundle/', async () => {
    const response = await fetch(new URL('bundle/bundle.yaml', preview.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('schema: 1');
  });

  it('refuses 200 raw traversal requests over real HTTP', async () => {
    for (const generated of generateTraversalPaths(200, 2023)) {
      const { status, body } = await rawGet(preview.url, `/bundle/${generated.replaceAll('\\', '%5C')}`);
      expect(body).not.toContain('GEHEIM-PREVIEW');
      expect([200, 400, 404]).toContain(status);
    }
    const direct = await rawGet(preview.url, '/bundle/../geheim.txt');
    expect(direct.status).toBe(404);
  });
});
