import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { startKioskRuntime } from '../../src-main/kioskRuntime';
import { startPreviewServer, type PreviewServer } from '../../src-main/preview/previewServer';
import { makeTempDir } from './tempDir';

/** The two screen orientations the kiosk is tested in (CSS px). */
export const ORIENTATIONS = [
  { name: '1920x1080', viewport: { width: 1920, height: 1080 } },
  { name: '1080x1920', viewport: { width: 1080, height: 1920 } },
] as const;

/**
 * Serves the built renderer with one shipped bundle (`content/<bundleId>`) from a temp data dir on a free port,
 * so e2e specs of the exhibition modes run side by side with other specs.
 */
export async function serveBundle(bundleId: string): Promise<{ server: PreviewServer; cleanup: () => Promise<void> }> {
  const temp = await makeTempDir('exhibition-');
  const runtime = await startKioskRuntime({
    host: 'preview',
    appVersion: 'test',
    contentDir: path.resolve('content'),
    dataDir: path.join(temp.dir, 'data'),
    sourceRoots: { usbRoots: [], importDir: path.join(temp.dir, 'import') },
    bundleOverride: path.resolve('content', bundleId),
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

/** A screenshot attached to the report and kept in /tmp to be looked at. */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot();
  await testInfo.attach(name, { body, contentType: 'image/png' });
  await writeFile(path.join('/tmp', `${name}.png`), body);
}
