/**
 * The browser route of `npm start`: the kiosk's main side (`kioskRuntime.ts`) and the local host on 127.0.0.1
 * (`../preview/previewServer.ts`, the same handler and HTTP API as the preview), with a Chromium-family browser in
 * kiosk mode on top, supervised by `browserSupervisor.ts`. What only Electron gives (window-level lock-down,
 * display selection, fuses) is listed in the README's "Browser-Route".
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultUsbRoots } from '../admin/sourceFinder';
import { contentLocations } from '../content/contentLocations';
import { isRestartDue, nextDailyRestart } from '../kiosk/dailyRestart';
import { createKioskLog } from '../kiosk/kioskLog';
import { readRelaunchHistory } from '../kiosk/relaunchHistory';
import { startKioskRuntime } from '../kioskRuntime';
import { LibraryError } from '../library/libraryError';
import { acquireLock } from '../library/libraryLock';
import { startPreviewServer } from '../preview/previewServer';
import type { FoundBrowser } from './browserDiscovery';
import { kioskBrowserArgs } from './browserFlags';
import { superviseBrowser, type BrowserSupervisor } from './browserSupervisor';

/** How often the daily restart time is checked (ms), as in the Electron route. */
const RESTART_CHECK_MS = 30_000;

/** Options of {@link runBrowserRoute}. */
export interface BrowserRouteOptions {
  /** The project root (holds `package.json`, `content/`, `out/renderer/`). */
  root: string;
  /** The kiosk's data folder (settings, library, logs, and the browser's profile in `browser-profile/`). */
  dataDir: string;
  /** Null with `--host-only`: serve, but let someone else (Windows Assigned Access) start the browser. */
  browser: FoundBrowser | null;
  headless: boolean;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
}

/** A running browser route. */
export interface RunningBrowserRoute {
  /** The local host's address, e.g. `http://127.0.0.1:43117/`. */
  url: string;
  /** Ends the browser, the host and the runtime; resolves when all are gone. Safe to call twice. */
  stop: () => Promise<void>;
  /** Resolves once {@link stop} has finished, also when the admin screen's "Beenden" asked for it. */
  stopped: Promise<void>;
}

/** Starts the runtime, the host and (unless host-only) the supervised kiosk browser. */
export async function runBrowserRoute(options: BrowserRouteOptions): Promise<RunningBrowserRoute> {
  const locations = contentLocations(options.root);
  // One route per data folder: a second `npm start` would hand its URL to the first browser (same profile) and
  // then restart its own browser over and over.
  mkdirSync(options.dataDir, { recursive: true });
  const lockFile = path.join(options.dataDir, 'browser-route.lock');
  const lock = await acquireLock(lockFile, randomUUID()).catch((error: unknown) => {
    if (!(error instanceof LibraryError && error.code === 'busy')) throw error;
    const holder = readHolder(lockFile);
    throw new Error(
      `Mit dem Datenordner ${options.dataDir} läuft schon ein Kiosk${holder ? ` (Prozess ${holder})` : ''}; erst diesen beenden. / ` +
        'A kiosk already runs with this data folder; stop it first.',
    );
  });
  const fileLog = createKioskLog({ folder: path.join(options.dataDir, 'logs') });
  // Every line goes to the kiosk's log file (as in Electron) and to the console that started it.
  const log = {
    info: (message: string) => (fileLog.info(message), console.log(message)),
    warn: (message: string) => (fileLog.warn(message), console.warn(message)),
    error: (message: string) => (fileLog.error(message), console.error(message)),
  };
  const { version } = JSON.parse(readFileSync(path.join(options.root, 'package.json'), 'utf8')) as { version: string };
  log.info(`Kiosk startet im Browser (Version ${version}), Datenordner ${options.dataDir}`);

  let stop: () => Promise<void> = async () => undefined;
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  const runtime = await startKioskRuntime({
    host: 'preview',
    appVersion: version,
    contentDir: locations.contentDir,
    dataDir: options.dataDir,
    sourceRoots: { usbRoots: defaultUsbRoots(), importDir: path.join(options.dataDir, 'import') },
    backgroundDerivatives: true,
    // The browser route is a kiosk too: same-size damage to the shown version is found a while after start-up.
    verifyInBackground: true,
    // The admin screen's "Beenden" ends the route as Ctrl+C does.
    quit: () => void stop(),
    log,
  });
  const server = await startPreviewServer({ rendererDir: locations.rendererDir, runtime, port: options.port });
  log.info(`Kiosk-Host läuft / kiosk host running: ${server.url}`);

  let supervisor: BrowserSupervisor | undefined;
  const runningAsRoot = process.getuid?.() === 0;
  if (options.browser && runningAsRoot) {
    log.warn('Der Kiosk läuft als root: Chromium startet dann ohne seine Sandbox (--no-sandbox). Bitte als normaler Benutzer starten.');
  }
  if (options.browser) {
    const relaunchHistoryFile = path.join(options.dataDir, 'relaunches.json');
    supervisor = superviseBrowser({
      executable: options.browser.executable,
      args: kioskBrowserArgs({
        url: server.url,
        profileDir: path.join(options.dataDir, 'browser-profile'),
        kind: options.browser.kind,
        headless: options.headless,
        runningAsRoot,
      }),
      startUrl: server.url,
      log,
      relaunches: await readRelaunchHistory(relaunchHistoryFile, Date.now()),
      relaunchHistoryFile,
      hideCursor: runtime.settings().hideCursor,
      // Content that keeps crashing the page is given up for the previous good version, as in Electron.
      fallback: runtime.crashFallback,
    });
  }

  // The optional daily restart (setting `dailyRestart`), as in Electron: here a fresh browser, the host stays.
  const startedAt = Date.now();
  let plannedRestart = nextDailyRestart(startedAt, runtime.settings().dailyRestart);
  const restartTimer = setInterval(() => {
    const now = Date.now();
    if (isRestartDue(now, plannedRestart, startedAt)) supervisor?.restart(`täglicher Neustart ${runtime.settings().dailyRestart ?? ''}`);
    if (plannedRestart !== undefined && now >= plannedRestart) plannedRestart = nextDailyRestart(now, runtime.settings().dailyRestart);
  }, RESTART_CHECK_MS);
  restartTimer.unref();

  let stopping: Promise<void> | undefined;
  stop = () =>
    (stopping ??= (async () => {
      log.info('Kiosk wird beendet / stopping');
      clearInterval(restartTimer);
      await supervisor?.stop();
      await server.close();
      await lock.release();
      await fileLog.close();
      markStopped();
    })());
  return { url: server.url, stop, stopped };
}

/** The process id written into a held lock file, if readable. */
function readHolder(lockFile: string): number | undefined {
  try {
    const { pid } = JSON.parse(readFileSync(lockFile, 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' ? pid : undefined;
  } catch {
    return undefined;
  }
}
