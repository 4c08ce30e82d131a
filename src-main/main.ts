/**
 * Electron main process: the orchestrator, wiring only. Everything that can run without Electron lives in plain
 * modules (`kioskRuntime.ts` and what it composes) that Node tests exercise; `electron/` holds the thin glue.
 */
import { app, powerSaveBlocker, protocol, session } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultUsbRoots } from './admin/sourceFinder';
import { contentLocations, projectRoot } from './content/contentLocations';
import { createKioskHandler } from './content/kioskHandler';
import { createKioskLog } from './kiosk/kioskLog';
import { isPermissionAllowed, KIOSK_SCHEME } from './kiosk/navigationPolicy';
import { readRelaunchHistory } from './kiosk/relaunchHistory';
import { startKioskRuntime } from './kioskRuntime';
import { connectApiToIpc } from './electron/ipcBridge';
import { createKioskWindow, START_URL } from './electron/kioskWindow';
import { installRecovery } from './electron/recovery';

protocol.registerSchemesAsPrivileged([
  // codeCache: V8 keeps compiled scripts between starts (standard schemes only), so a restarted kiosk is faster.
  { scheme: KIOSK_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
]);
// No history navigation by overscroll or swipe: the kiosk has one page.
app.commandLine.appendSwitch('overscroll-history-navigation', '0');

const here = path.dirname(fileURLToPath(import.meta.url));
const root = app.isPackaged ? process.resourcesPath : projectRoot(import.meta.url);
const locations = contentLocations(root);
const rendererDir = app.isPackaged ? path.join(app.getAppPath(), 'out', 'renderer') : locations.rendererDir;
// KIOSK_DATA_DIR lets tests and multi-screen set-ups give each kiosk its own data folder.
const dataDir = process.env.KIOSK_DATA_DIR ?? app.getPath('userData');

async function start(): Promise<void> {
  const log = createKioskLog({ folder: path.join(dataDir, 'logs') });
  log.info(`Kiosk startet (Version ${app.getVersion()})`);
  let runtime;
  try {
    runtime = await startKioskRuntime({
      host: 'electron',
      appVersion: app.getVersion(),
      contentDir: locations.contentDir,
      dataDir,
      sourceRoots: { usbRoots: defaultUsbRoots(), importDir: path.join(dataDir, 'import') },
      backgroundDerivatives: true,
      quit: () => app.quit(),
      log,
    });
  } catch (error) {
    // Only a broken installation (no valid built-in bundle) ends here.
    log.error((error as Error).message);
    await log.close();
    app.exit(1);
    return;
  }
  const settings = runtime.settings();
  connectApiToIpc(runtime.api);
  const showing = runtime.showing;
  const handler = createKioskHandler({
    rendererDir,
    bundleDir: () => showing.active.dir,
    candidateDir: () => showing.candidate?.dir,
    derived: runtime.derivatives.handler,
    bootSnapshot: () => runtime.api.getActiveBundle(),
  });
  protocol.handle(KIOSK_SCHEME, (request) => handler(request));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));

  powerSaveBlocker.start('prevent-display-sleep');
  const window = createKioskWindow({ settings, preloadPath: path.join(here, '..', 'preload', 'preload.cjs'), production: app.isPackaged });
  const relaunchHistoryFile = path.join(dataDir, 'relaunches.json');
  installRecovery({
    window,
    settings,
    log,
    relaunches: await readRelaunchHistory(relaunchHistoryFile, Date.now()),
    relaunchHistoryFile,
    startUrl: START_URL,
  });
  app.on('before-quit', () => runtime.close());
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
