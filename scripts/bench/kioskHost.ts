/**
 * The kiosk side of the bench: the real kiosk runtime and preview host in this process, as `npm run preview --
 * --bundle <folder>` runs them, serving the built renderer on 127.0.0.1.
 *
 * A 50,000-event manifest with texts (≈ 18 MB) is over the validator's 8 MiB manifest limit, so `loadBundle` refuses it.
 * To still measure the renderer at that size, `oversize` starts the runtime on a small valid bundle and then
 * swaps the big manifest in through `Showing.show` (the same call hot reload uses), parsed with the bundle schema
 * but without the size limit. This is a bench-only path; the limit itself is untouched.
 *
 * The display sizes of the bundle's photos are made before the host answers, as activation makes them on a kiosk:
 * the measured page then finds a warm derivative cache, and no sharp work runs beside the browser.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_MANIFEST_BYTES } from '../../src-main/content/validation/limits';
import { bundleManifest } from '../../src-shared/bundleSchema';
import { contentLocations } from '../../src-main/content/contentLocations';
import { startKioskRuntime } from '../../src-main/kioskRuntime';
import { startPreviewServer } from '../../src-main/preview/previewServer';
import type { Browser } from '@playwright/test';
import { launchBenchBrowser } from './measureRun';

/** A running kiosk preview. */
export interface KioskHost {
  url: string;
  /** One URL per served renderer, in the order given. */
  urls: string[];
  close: () => Promise<void>;
}

/**
 * Serves `bundleDir` (or, without it, the built-in default bundle) with the kiosk renderer, from a fresh data folder
 * that `close()` removes. Shared by the bench, the soak, the screenshots and the developer tools.
 * @param settings Written as the data folder's settings.json before start (e.g. the shortest idle time).
 * @param appVersion What the kiosk reports as its version (default `bench`).
 * @param oversize Swap in `bundleDir`'s manifest after starting on `startDir`, bypassing the manifest size limit.
 * @param rendererDirs Built renderers to serve, each from its own preview server (default: the project's
 *   `out/renderer`); the first one's URL is `url`, all are in `urls` (for comparing two builds, firstRenderAB.ts).
 */
export async function startKioskHost(
  projectRoot: string,
  bundleDir: string | undefined,
  options: { oversize?: { startDir: string }; rendererDirs?: string[]; settings?: Record<string, unknown>; appVersion?: string } = {},
): Promise<KioskHost> {
  const locations = contentLocations(projectRoot);
  const dataDir = await mkdtemp(path.join(tmpdir(), `kiosk-${options.appVersion ?? 'bench'}-data-`));
  if (options.settings) await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify(options.settings));
  const override = options.oversize?.startDir ?? bundleDir;
  const runtime = await startKioskRuntime({
    host: 'preview',
    appVersion: options.appVersion ?? 'bench',
    contentDir: locations.contentDir,
    dataDir,
    sourceRoots: { usbRoots: [], importDir: path.join(dataDir, 'import') },
    ...(override ? { bundleOverride: override } : {}),
    hotReload: false,
    // A kiosk prepares the display sizes when a bundle is activated, long before a visitor comes: the bench waits
    // for them (below), so sharp resizing 24 MP photos on demand does not compete with the browser being measured.
    backgroundDerivatives: true,
    log: { info: () => {}, warn: (message) => console.warn(`  kiosk: ${message}`) },
  });
  if (options.oversize && bundleDir) {
    const manifest = bundleManifest.parse(JSON.parse(await readFile(path.join(bundleDir, 'bundle.json'), 'utf8')));
    runtime.showing.show({ dir: bundleDir, manifest, version: 'built-in', source: bundleDir });
    runtime.derivatives.follow(runtime.showing.active);
  }
  await runtime.derivatives.idle();
  const previews = await Promise.all(
    (options.rendererDirs ?? [locations.rendererDir]).map((rendererDir) => startPreviewServer({ rendererDir, runtime, port: 0 })),
  );
  return {
    url: (previews[0] as (typeof previews)[number]).url,
    urls: previews.map((preview) => preview.url),
    close: async () => {
      await Promise.all(previews.map((preview) => preview.close()));
      runtime.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A kiosk host for the bundle folder given on the command line (or the default bundle), and the bench browser. */
export async function kioskForProfiling(projectRoot: string, argument: string | undefined): Promise<{ host: KioskHost; browser: Browser; close: () => Promise<void> }> {
  const bundleDir = argument ? path.resolve(argument) : undefined;
  // A manifest over the size limit (50,000 events) is swapped in after starting on the default bundle, as the bench does.
  const manifestBytes = bundleDir ? await stat(path.join(bundleDir, 'bundle.json')).then((info) => info.size, () => 0) : 0;
  const host = await startKioskHost(
    projectRoot,
    bundleDir,
    manifestBytes > MAX_MANIFEST_BYTES ? { oversize: { startDir: path.join(contentLocations(projectRoot).contentDir, 'siegen-wittgenstein-emek-hefer') } } : {},
  );
  const browser = await launchBenchBrowser();
  return {
    host,
    browser,
    close: async () => {
      await browser.close();
      await host.close();
    },
  };
}
