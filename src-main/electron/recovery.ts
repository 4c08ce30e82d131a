/**
 * Self-recovery of the kiosk window (Electron glue): renderer crashes and hangs, GPU process crashes, the memory
 * watchdog and the optional daily restart. The decisions are pure functions in `../kiosk/`.
 */
import { app, type BrowserWindow } from 'electron';
import { type CrashFallback, decideWindowRecovery, NO_FALLBACK } from '../kiosk/recoveryPolicy';
import { INITIAL_WATCHDOG_STATE, sampleMemory } from '../kiosk/memoryWatchdog';
import { isRestartDue, nextDailyRestart } from '../kiosk/dailyRestart';
import { recordRelaunch } from '../kiosk/relaunchHistory';
import type { KioskLog } from '../kiosk/kioskLog';
import type { KioskSettings } from '../kiosk/settings';

/** What the recovery glue needs. */
export interface RecoveryContext {
  window: BrowserWindow;
  settings: KioskSettings;
  log: KioskLog;
  /** Relaunch history from earlier processes (ms). */
  relaunches: number[];
  relaunchHistoryFile: string;
  startUrl: string;
  /**
   * Falling back from a library version that keeps crashing the page (the runtime's `crashFallback`); without it
   * the policy backs off and relaunches, as for the built-in show.
   */
  fallback?: CrashFallback;
}

/** Interval of the memory and restart checks (ms). */
const CHECK_INTERVAL_MS = 30_000;
/** How long a hung renderer may stay unresponsive before it is treated as failed (ms). */
const HANG_GRACE_MS = 10_000;

/** Wires crash, hang, GPU and watchdog handling to the window. Returns a function that stops the timers. */
export function installRecovery(context: RecoveryContext): () => void {
  const { window, log } = context;
  const failures: number[] = [];
  let hangTimer: NodeJS.Timeout | undefined;

  const relaunch = (reason: string) => {
    log.warn(`Neustart der Anwendung: ${reason}`);
    context.relaunches = recordRelaunch(context.relaunchHistoryFile, context.relaunches, Date.now());
    app.relaunch();
    app.exit(0);
  };

  // Set while a hung renderer is being ended on purpose: its 'render-process-gone' is part of this recovery.
  let endingHungRenderer = false;
  const recover = (reason: string, hung = false) => {
    const now = Date.now();
    const action = decideWindowRecovery(now, failures, context.relaunches, context.fallback?.state() ?? NO_FALLBACK);
    failures.push(now);
    log.error(`Seite ausgefallen (${reason}) → ${action.kind}`);
    const reload = () => {
      if (window.isDestroyed()) return;
      // A hung renderer cannot act on a navigation (a reload in Chromium waited in vain, tests/e2e/
      // soak-renderer-faults.spec.ts): it is ended from the browser side first, then the page loads anew.
      if (hung) {
        endingHungRenderer = true;
        window.webContents.forcefullyCrashRenderer();
      }
      void window.loadURL(context.startUrl);
    };
    if (action.kind === 'reload') {
      reload();
    } else if (action.kind === 'fallback') {
      // The runtime now serves other content; the page loads it anew.
      void context.fallback?.fallBack(reason, now).then(reload);
    } else if (action.kind === 'relaunch') {
      relaunch(reason);
    } else {
      setTimeout(() => relaunch(`${reason}, nach Wartezeit`), action.ms);
    }
  };

  window.webContents.on('render-process-gone', (_event, details) => {
    if (endingHungRenderer) {
      endingHungRenderer = false;
      return;
    }
    if (details.reason !== 'clean-exit') recover(`Renderer: ${details.reason}`);
  });
  window.webContents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
    if (isMainFrame) recover(`Laden fehlgeschlagen: ${code} ${description}`);
  });
  window.on('unresponsive', () => {
    hangTimer ??= setTimeout(() => {
      hangTimer = undefined;
      recover('Renderer reagiert nicht', true);
    }, HANG_GRACE_MS);
  });
  window.on('responsive', () => {
    clearTimeout(hangTimer);
    hangTimer = undefined;
  });
  app.on('child-process-gone', (_event, details) => {
    // Chromium restarts a crashed GPU process itself; repeated crashes end in software rendering. Reload so the
    // page repaints, and let the policy escalate if it keeps happening.
    if (details.type === 'GPU' && details.reason !== 'clean-exit') recover(`GPU-Prozess: ${details.reason}`);
  });

  let watchdog = INITIAL_WATCHDOG_STATE;
  const startedAt = Date.now();
  let plannedRestart = nextDailyRestart(startedAt, context.settings.dailyRestart);
  const timer = setInterval(() => {
    const totalKb = app.getAppMetrics().reduce((sum, metric) => sum + metric.memory.workingSetSize, 0);
    const result = sampleMemory(watchdog, totalKb / 1024, { limitMb: context.settings.memoryLimitMb, consecutive: 3 });
    watchdog = result.state;
    if (result.relaunch) relaunch(`Speicher über ${context.settings.memoryLimitMb} MB`);
    const now = Date.now();
    if (isRestartDue(now, plannedRestart, startedAt)) relaunch(`täglicher Neustart ${context.settings.dailyRestart}`);
    else if (plannedRestart !== undefined && now >= plannedRestart) plannedRestart = nextDailyRestart(now, context.settings.dailyRestart);
  }, CHECK_INTERVAL_MS);
  return () => clearInterval(timer);
}
