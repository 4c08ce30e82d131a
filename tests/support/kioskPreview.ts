import { mkdir, writeFile } from 'node:fs/promises';
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

/** A preview server for one e2e spec, with its own data folder and settings. */
export interface KioskPreview {
  server: PreviewServer;
  /** The kiosk's data folder (settings, library, PIN file). */
  dataDir: string;
  cleanup: () => Promise<void>;
}

/**
 * Starts the kiosk runtime and a preview server on a free port with a fresh temp data folder, so specs never share
 * a content library and can run next to the shared preview host.
 * @param bundleDir Show this bundle folder; without it the kiosk starts as installed (built-in default).
 * @param settings Written to the data folder's `settings.json` first, e.g. `{ idleTimeoutSeconds: 15 }`.
 * @param usbRoots Folders whose subfolders appear as USB sticks in curator mode.
 */
export async function startKioskPreview(
  bundleDir?: string,
  settings: Record<string, unknown> = {},
  usbRoots: string[] = [],
): Promise<KioskPreview> {
  const temp = await makeTempDir('kiosk-preview-e2e-');
  const dataDir = path.join(temp.dir, 'data');
  await mkdir(dataDir, { recursive: true });
  await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify(settings));
  const runtime = await startKioskRuntime({
    host: 'preview',
    appVersion: '0.0.0-e2e',
    contentDir: path.resolve('content'),
    dataDir,
    sourceRoots: { usbRoots, importDir: path.join(temp.dir, 'import') },
    ...(bundleDir ? { bundleOverride: bundleDir } : {}),
    hotReload: false,
    log: { info: () => undefined, warn: () => undefined },
  });
  const server = await startPreviewServer({ rendererDir: path.resolve('out/renderer'), runtime, port: 0 });
  return {
    server,
    dataDir,
    cleanup: async () => {
      await server.close();
      await temp.cleanup();
    },
  };
}

/** Serves one shipped bundle, `content/<bundleId>`. */
export function serveBundle(bundleId: string): Promise<KioskPreview> {
  return startKioskPreview(path.resolve('content', bundleId));
}

/** A screenshot attached to the report and saved as /tmp/<name>.png for a look. */
export async function attachShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot();
  await testInfo.attach(name, { body, contentType: 'image/png' });
  await writeFile(path.join('/tmp', `${name}.png`), body);
}
