/**
 * Electron main process: the orchestrator, wiring only. Everything that can run without Electron lives in plain
 * modules (`content/`, `kiosk/`, `kioskService.ts`) that Node tests exercise; `electron/` holds the thin glue.
 */
import { app, ipcMain, powerSaveBlocker, protocol, session, type IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KIOSK_API_CHANNELS, type KioskApi } from '../src-shared/kioskApi';
import type { BundleManifest } from '../src-shared/bundleSchema';
import { contentLocations, projectRoot } from './content/contentLocations';
import { createKioskHandler } from './content/kioskHandler';
import { loadBundle } from './content/loadBundle';
import { createKioskService } from './kioskService';
import { createKioskLog } from './kiosk/kioskLog';
import { isKioskUrl, isPermissionAllowed, KIOSK_SCHEME } from './kiosk/navigationPolicy';
import { readRelaunchHistory } from './kiosk/relaunchHistory';
import { loadSettings } from './kiosk/settings';
import { createKioskWindow, START_URL } from './electron/kioskWindow';
import { installRecovery } from './electron/recovery';

protocol.registerSchemesAsPrivileged([
  { scheme: KIOSK_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);
// No history navigation by overscroll or swipe: the kiosk has one page.
app.commandLine.appendSwitch('overscroll-history-navigation', '0');

const here = path.dirname(fileURLToPath(import.meta.url));
const root = app.isPackaged ? process.resourcesPath : projectRoot(import.meta.url);
const locations = contentLocations(root);
const rendererDir = app.isPackaged ? path.join(app.getAppPath(), 'out', 'renderer') : locations.rendererDir;
const userData = app.getPath('userData');

let active: { dir: string; manifest: BundleManifest; version: string } | undefined;

async function start(): Promise<void> {
  const log = createKioskLog({ folder: path.join(userData, 'logs') });
  const { settings, problems } = await loadSettings(path.join(userData, 'settings.json'));
  log.info(`Kiosk startet (Version ${app.getVersion()})`);
  for (const problem of problems) log.warn(problem);

  const loaded = await loadBundle(path.join(locations.contentDir, settings.defaultBundle));
  const fallback = loaded.ok ? loaded : await loadBundle(locations.defaultBundleDir);
  if (!fallback.ok) {
    // The built-in bundle is checked by the tests; reaching this means a broken installation.
    log.error(fallback.problems.join(' | '));
    app.exit(1);
    return;
  }
  if (!loaded.ok) log.warn(`Paket „${settings.defaultBundle}“ nicht ladbar, zeige das mitgelieferte Standardpaket.`);
  active = { dir: fallback.folder, manifest: fallback.manifest, version: 'built-in' };

  const api: KioskApi = createKioskService({
    host: 'electron',
    appVersion: app.getVersion(),
    active: () => ({ manifest: active!.manifest, version: active!.version }),
  });
  for (const [method, channel] of Object.entries(KIOSK_API_CHANNELS) as [keyof KioskApi, string][]) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent) => {
      // Only the kiosk's own top-level page may call the API (Electron security checklist: validate every sender).
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isKioskUrl(frame.url)) throw new Error('Unknown sender');
      return api[method]();
    });
  }

  const handler = createKioskHandler({ rendererDir, bundleDir: () => active!.dir });
  protocol.handle(KIOSK_SCHEME, (request) => handler(request));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));

  powerSaveBlocker.start('prevent-display-sleep');
  const window = createKioskWindow({ settings, preloadPath: path.join(here, '..', 'preload', 'preload.cjs'), production: app.isPackaged });
  const relaunchHistoryFile = path.join(userData, 'relaunches.json');
  installRecovery({
    window,
    settings,
    log,
    relaunches: await readRelaunchHistory(relaunchHistoryFile, Date.now()),
    relaunchHistoryFile,
    startUrl: START_URL,
  });
  await window.loadURL(START_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
}
