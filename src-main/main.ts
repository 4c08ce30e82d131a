/**
 * Electron main process: thin glue only. Everything that can run without Electron lives in plain modules
 * (`content/`, `kioskService.ts`) that Node tests exercise; this file wires them to Electron's APIs.
 */
import { app, BrowserWindow, ipcMain, protocol, session, type IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KIOSK_API_CHANNELS, type KioskApi } from '../src-shared/kioskApi';
import type { BundleManifest } from '../src-shared/bundleSchema';
import { contentLocations, projectRoot } from './content/contentLocations';
import { createKioskHandler } from './content/kioskHandler';
import { loadBundle } from './content/loadBundle';
import { createKioskService } from './kioskService';

/** The one privileged scheme for app and content; the app is never loaded from `file://`. */
const SCHEME = 'kiosk';
const APP_ORIGIN = `${SCHEME}://app`;

protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

const here = path.dirname(fileURLToPath(import.meta.url));
const root = app.isPackaged ? process.resourcesPath : projectRoot(import.meta.url);
const locations = contentLocations(root);
const rendererDir = app.isPackaged ? path.join(app.getAppPath(), 'out', 'renderer') : locations.rendererDir;

let active: { dir: string; manifest: BundleManifest; version: string } | undefined;

async function start(): Promise<void> {
  const loaded = await loadBundle(locations.defaultBundleDir);
  if (!loaded.ok) {
    // The built-in bundle is checked by the tests; reaching this means a broken installation.
    console.error(loaded.problems.join('\n'));
    app.exit(1);
    return;
  }
  active = { dir: loaded.folder, manifest: loaded.manifest, version: 'built-in' };

  const api: KioskApi = createKioskService({
    host: 'electron',
    appVersion: app.getVersion(),
    active: () => ({ manifest: active!.manifest, version: active!.version }),
  });
  for (const [method, channel] of Object.entries(KIOSK_API_CHANNELS) as [keyof KioskApi, string][]) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent) => {
      // Only the kiosk's own page may call the API (Electron security checklist: validate every sender).
      if (!event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`)) throw new Error('Unknown sender');
      return api[method]();
    });
  }

  const handler = createKioskHandler({ rendererDir, bundleDir: () => active!.dir });
  protocol.handle(SCHEME, (request) => handler(request));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  const window = new BrowserWindow({
    backgroundColor: '#10161d',
    show: false,
    kiosk: app.isPackaged,
    autoHideMenuBar: true,
    webPreferences: {
      preload: path.join(here, '..', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      backgroundThrottling: false,
      devTools: !app.isPackaged,
    },
  });
  window.setMenu(null);
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.whenReady().then(start, (error: unknown) => {
  console.error(error);
  app.exit(1);
});
app.on('window-all-closed', () => app.quit());
