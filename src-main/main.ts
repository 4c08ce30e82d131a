/**
 * Electron main process: the orchestrator, wiring only. Everything that can run without Electron lives in plain
 * modules (`kioskRuntime.ts` and what it composes) that Node tests exercise; `electron/` holds the thin glue.
 */
import { app, powerSaveBlocker, protocol, screen, session } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultUsbRoots } from './admin/sourceFinder';
import { contentLocations, projectRoot } from './content/contentLocations';
import { createKioskHandler } from './content/kioskHandler';
import { createKioskLog } from './kiosk/kioskLog';
import { isPermissionAllowed, KIOSK_SCHEME } from './kiosk/navigationPolicy';
import { readRelaunchHistory } from './kiosk/relaunchHistory';
import { autostartPlan, firstRunAutostart } from './kiosk/autostart';
import { openPinStore } from './kiosk/pinStore';
import { formatSelfTestLine, runSelfTest } from './kiosk/selfTest';
import { lineAsker, setPin, setPinRequest } from './kiosk/setPinCommand';
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
// IT switches (README „Kiosk einrichten“): `--set-pin[=<PIN>]` sets the admin PIN and exits; `--self-test` starts
// without a window, checks, reports to the log and standard output, and exits 0 or 1.
const pinRequest = setPinRequest(process.argv);
const selfTest = process.argv.includes('--self-test');

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
      backgroundDerivatives: !selfTest,
      verifyInBackground: !selfTest,
      quit: () => app.quit(),
      log,
    });
  } catch (error) {
    // Only a broken installation (no valid built-in bundle) ends here.
    log.error((error as Error).message);
    if (selfTest) console.log(formatSelfTestLine({ ok: false, text: `Start: ${(error as Error).message}` }));
    await log.close();
    app.exit(1);
    return;
  }
  const settings = runtime.settings();
  if (!selfTest) connectApiToIpc(runtime.api);
  const showing = runtime.showing;
  const handler = createKioskHandler({
    rendererDir,
    bundleDir: () => showing.active.dir,
    candidateDir: () => showing.candidate?.dir,
    derived: runtime.derivatives.handler,
    bootSnapshot: () => runtime.api.getActiveBundle(),
  });
  protocol.handle(KIOSK_SCHEME, (request) => handler(request));
  if (selfTest) {
    const status = await runtime.library.status();
    const report = await runSelfTest({
      appVersion: app.getVersion(),
      dataDir,
      installDir: app.isPackaged ? process.resourcesPath : root,
      showing: { title: showing.active.manifest.title, version: showing.active.version, source: showing.active.source, notices: showing.notices },
      libraryActive: status.active?.name ?? null,
      serve: (url) => handler(new Request(url)),
      startUrl: START_URL,
      displays: screen.getAllDisplays(),
      displayIndex: settings.display,
      pins: openPinStore(dataDir),
    });
    for (const line of report.lines) {
      (line.ok ? log.info : log.error)(formatSelfTestLine(line));
      console.log(formatSelfTestLine(line));
    }
    runtime.close();
    await log.close();
    app.exit(report.ok ? 0 : 1);
    return;
  }
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
    fallback: runtime.crashFallback,
  });
  app.on('before-quit', () => runtime.close());
  await window.loadURL(START_URL);
  if (app.isPackaged) {
    const plan = autostartPlan(process.platform, process.env, process.execPath);
    await firstRunAutostart(dataDir, plan, () => app.setLoginItemSettings({ openAtLogin: true }))
      .then((done) => done && log.info(done))
      .catch((error: unknown) => log.warn(`Autostart nicht eingerichtet: ${(error as Error).message}`));
  }
}

/**
 * `--set-pin`: no window and no single-instance lock, so it also works while the kiosk is running. The outcome also
 * goes to the log, because a Windows program started from a shortcut or `start` has no console to print to.
 */
async function setPinAndExit(pin: string | undefined): Promise<void> {
  const log = createKioskLog({ folder: path.join(dataDir, 'logs') });
  const asker = lineAsker(process.stdin, process.stdout);
  const io = {
    out: (line: string) => (console.log(line), log.info(`--set-pin: ${line}`)),
    err: (line: string) => (console.error(line), log.warn(`--set-pin: ${line}`)),
    ask: asker.ask,
  };
  const code = await setPin(dataDir, pin, io);
  asker.close();
  await log.close();
  app.exit(code);
}

if (pinRequest) {
  void setPinAndExit(pinRequest.pin);
} else if (!app.requestSingleInstanceLock()) {
  if (selfTest) {
    console.error('Selbsttest nicht möglich: der Kiosk läuft bereits. Bitte zuerst beenden.');
    app.exit(1);
  } else {
    app.quit();
  }
} else {
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
}
