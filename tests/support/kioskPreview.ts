import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { startKioskRuntime } from '../../src-main/kioskRuntime';
import { startPreviewServer, type PreviewServer } from '../../src-main/preview/previewServer';
import { makeTempDir } from './tempDir';

/** A preview server for one e2e spec, with its own data folder and settings. */
export interface KioskPreview {
  server: PreviewServer;
  cleanup: () => Promise<void>;
}

/**
 * Starts the kiosk runtime and a preview server on a free port showing `bundleDir`, with `settings` written to
 * the temp data folder's `settings.json` first (e.g. `{ idleTimeoutSeconds: 15 }`).
 */
export async function startKioskPreview(bundleDir: string, settings: Record<string, unknown> = {}): Promise<KioskPreview> {
  const temp = await makeTempDir('kiosk-preview-e2e-');
  const dataDir = path.join(temp.dir, 'data');
  await mkdir(dataDir, { recursive: true });
  await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify(settings));
  const runtime = await startKioskRuntime({
    host: 'preview',
    appVersion: '0.0.0-e2e',
    contentDir: path.resolve('content'),
    dataDir,
    sourceRoots: { usbRoots: [], importDir: path.join(temp.dir, 'import') },
    bundleOverride: bundleDir,
    hotReload: false,
    log: { info: () => undefined, warn: () => undefined },
  });
  const server = await startPreviewServer({ rendererDir: path.resolve('out/renderer'), runtime, port: 0 });
  return {
    server,
    cleanup: async () => {
      await server.close();
      await temp.cleanup();
    },
  };
}

/** A screenshot attached to the report and saved as /tmp/<name>.png for a look. */
export async function attachShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot();
  await testInfo.attach(name, { body, contentType: 'image/png' });
  await writeFile(path.join('/tmp', `${name}.png`), body);
}
