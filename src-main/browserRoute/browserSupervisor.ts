/**
 * Keeps the kiosk browser of the browser route running: starts it, watches it over the DevTools pipe, and answers
 * failures with the same recovery policy and relaunch budget as the Electron route (`../kiosk/recoveryPolicy.ts`,
 * `../kiosk/relaunchHistory.ts`): a crashed, hung or failed page is reloaded, repeated failures restart the
 * browser, and a browser that keeps dying is backed off – or, while a library version is shown, that version is
 * given up for the previous good one (the runtime's crash fallback), as in the Electron window.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import {
  type CrashFallback,
  decideRelaunchOrFallback,
  decideWindowRecovery,
  NO_FALLBACK,
  type WindowRecoveryAction,
} from '../kiosk/recoveryPolicy';
import { recordRelaunch } from '../kiosk/relaunchHistory';
import { connectCdpPipe, type CdpConnection, type CdpMessage } from './cdpPipe';

/** Options of {@link superviseBrowser}. */
export interface SupervisorOptions {
  executable: string;
  /** The browser's arguments, from `kioskBrowserArgs` (with `--remote-debugging-pipe`). */
  args: readonly string[];
  /** The page to (re)load, e.g. `http://127.0.0.1:43117/`. */
  startUrl: string;
  log: { info: (message: string) => void; warn: (message: string) => void; error: (message: string) => void };
  /** Relaunch times (ms) from earlier processes, shared with the Electron route. */
  relaunches: number[];
  relaunchHistoryFile: string;
  /** Clock in ms. Default `Date.now`. */
  now?: () => number;
  /** How often the page is asked whether it answers (ms). Default 5 s. */
  heartbeatMs?: number;
  /** How long the page may stay silent before it counts as hung (ms). Default 10 s, as in the Electron route. */
  hangGraceMs?: number;
  /** Hide the mouse pointer on every page (setting `hideCursor`). Default false. */
  hideCursor?: boolean;
  /**
   * Falling back from a library version that keeps crashing the page (the runtime's `crashFallback`), as the
   * Electron window does: once the relaunch budget is spent while a library version is shown, the previous good
   * version (or the built-in show) is served and the page loads it, instead of backing off and trying again.
   */
  fallback?: CrashFallback;
}

/** A running supervisor. */
export interface BrowserSupervisor {
  /** Process id of the current browser, if one runs. */
  pid: () => number | undefined;
  /** Starts a fresh browser now (the daily restart), counted against the relaunch budget like any restart. */
  restart: (reason: string) => void;
  /** Stops supervising and ends the browser and all its processes; resolves when they are gone. */
  stop: () => Promise<void>;
}

/** Asked on every heartbeat: an error page, and whether the exhibition has rendered (its title, for the log). */
const HEARTBEAT_EXPRESSION = `(() => ({
  error: location.protocol === 'chrome-error:',
  rendered: (document.getElementById('app')?.childElementCount ?? 0) > 0,
  title: document.querySelector('[data-testid="exhibition-title"]')?.textContent?.trim() ?? ''
}))()`;

/**
 * Hides the pointer (setting `hideCursor`), as Electron's `insertCSS` does: a constructed style sheet, which the
 * page's Content-Security-Policy (`style-src 'self'`) does not block, adopted once per document.
 */
const HIDE_CURSOR_SCRIPT = `(() => {
  const key = Symbol.for('partnerschaftskiosk.hideCursor');
  if (document[key]) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('*, *::before, *::after { cursor: none !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document[key] = true;
})();`;

/** How often a page that has not rendered yet is asked (ms). */
const FIRST_HEARTBEAT_MS = 1_000;
/** How long a browser gets to quit after its pipe closed before it is killed (ms). */
const QUIT_GRACE_MS = 5_000;
/** Lines of the browser's stderr kept for the log when it dies. */
const STDERR_LINES = 3;

interface Launch {
  child: ChildProcess;
  cdp: CdpConnection;
  exited: Promise<void>;
  sessionId?: string;
  targetId?: string;
  /** The page answered "rendered" since the last (re)load; logged once. */
  announced: boolean;
  heartbeatInFlight: boolean;
  /** When the page was last asked (ms, `now()`). */
  lastBeat: number;
  stderr: string[];
}

/** Starts the browser and keeps it running until {@link BrowserSupervisor.stop}. */
export function superviseBrowser(options: SupervisorOptions): BrowserSupervisor {
  const now = options.now ?? Date.now;
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const hangGraceMs = options.hangGraceMs ?? 10_000;
  const { log } = options;
  const failures: number[] = [];
  let relaunches = options.relaunches;
  let current: Launch | undefined;
  let stopping = false;
  let backoffTimer: NodeJS.Timeout | undefined;

  const launch = () => {
    if (stopping) return;
    // Own process group (POSIX), so the browser and every helper process it starts end together.
    const child = spawn(options.executable, options.args, {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: false,
    });
    const cdp = connectCdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const state: Launch = { child, cdp, exited, announced: false, heartbeatInFlight: false, lastBeat: 0, stderr: [] };
    current = state;
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      // D-Bus complaints fill a kiosk's stderr without meaning anything; the lines before a death are kept.
      state.stderr.push(...chunk.split('\n').filter((line) => line.trim() !== '' && !/dbus/i.test(line)));
      state.stderr.splice(0, Math.max(0, state.stderr.length - STDERR_LINES));
    });
    child.once('error', (error) => {
      log.error(`Der Browser ${options.executable} konnte nicht gestartet werden: ${error.message}`);
      browserGone(state, error.message);
    });
    child.once('exit', (code, signal) => browserGone(state, signal ? `Signal ${signal}` : `Code ${code ?? '?'}`));
    cdp.onEvent((message) => onEvent(state, message));
    log.info(`Browser gestartet (PID ${child.pid ?? '?'}): ${options.executable} / browser started`);
    void cdp.send('Target.setDiscoverTargets', { discover: true }).catch(() => undefined);
  };

  const onEvent = (state: Launch, message: CdpMessage) => {
    const info = message.params?.targetInfo as { targetId: string; type: string } | undefined;
    if (message.method === 'Target.targetCreated' && info?.type === 'page' && state.targetId === undefined) {
      state.targetId = info.targetId;
      state.cdp
        .send('Target.attachToTarget', { targetId: info.targetId, flatten: true })
        .then((result) => {
          state.sessionId = result.sessionId as string;
          // Every later document gets it before its own scripts run; the one already loading gets it from the heartbeat.
          if (options.hideCursor) void state.cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: HIDE_CURSOR_SCRIPT }, state.sessionId).catch(() => undefined);
        })
        .catch(() => undefined);
    } else if (message.method === 'Target.targetCrashed' && message.params?.targetId === state.targetId) {
      recover(state, `Renderer: ${String(message.params?.status ?? 'abgestürzt')}`);
    }
  };

  const heartbeatExpression = options.hideCursor ? `${HIDE_CURSOR_SCRIPT}\n${HEARTBEAT_EXPRESSION}` : HEARTBEAT_EXPRESSION;
  const heartbeat = () => {
    const state = current;
    if (!state?.sessionId || state.heartbeatInFlight) return;
    // Every tick until the page has rendered (so the log says so soon after start), then every heartbeatMs.
    if (state.announced && now() - state.lastBeat < heartbeatMs) return;
    state.lastBeat = now();
    state.heartbeatInFlight = true;
    state.cdp
      .send('Runtime.evaluate', { expression: heartbeatExpression, returnByValue: true }, state.sessionId, hangGraceMs)
      .then((result) => {
        const value = (result.result as { value?: { error: boolean; rendered: boolean; title: string } } | undefined)?.value;
        if (value?.error) return recover(state, 'Laden fehlgeschlagen');
        if (value?.rendered && !state.announced) {
          state.announced = true;
          log.info(`Die Ausstellung ist zu sehen: „${value.title}“ (Browser-PID ${state.child.pid ?? '?'}). / The exhibition is showing.`);
        }
      })
      .catch((error: unknown) => {
        // A closed pipe means the browser is gone; its exit handler decides. Anything else is a silent page.
        if (state === current && state.child.exitCode === null && state.child.signalCode === null) {
          recover(state, `Seite reagiert nicht (${(error as Error).message})`);
        }
      })
      .finally(() => {
        state.heartbeatInFlight = false;
      });
  };
  const heartbeatTimer = setInterval(heartbeat, Math.min(FIRST_HEARTBEAT_MS, heartbeatMs));

  /** A page failure while the browser still runs: reload, relaunch or back off, as the policy says. */
  const recover = (state: Launch, reason: string) => {
    if (stopping || state !== current) return;
    const time = now();
    const action = decideWindowRecovery(time, failures, relaunches, fallbackState());
    failures.push(time);
    log.error(`Seite ausgefallen (${reason}) → ${action.kind}`);
    if (action.kind === 'reload') {
      reload(state);
    } else if (action.kind === 'fallback') {
      fallBack(reason, time);
    } else {
      act(action, reason);
    }
  };

  const reload = (state: Launch) => {
    state.announced = false;
    state.cdp.send('Page.navigate', { url: options.startUrl }, state.sessionId, hangGraceMs).catch(() => undefined);
  };
  const fallbackState = () => options.fallback?.state() ?? NO_FALLBACK;
  /**
   * Gives the shown version up (the runtime serves other content from then on) and shows what comes instead. A
   * fresh browser rather than a navigation: a hung page does not act on one (soak-renderer-faults.spec.ts). The
   * restart is outside the budget, which the new content gets whole.
   */
  const fallBack = (reason: string, time: number) => {
    void options.fallback?.fallBack(reason, time).then(() => replaceBrowser(`${reason}, ausgewichen`));
  };

  /** The browser process ended without being asked to. */
  const browserGone = (state: Launch, how: string) => {
    if (state !== current) return;
    state.cdp.close();
    killGroup(state.child, 'SIGKILL');
    current = undefined;
    if (stopping) return;
    const tail = state.stderr.length > 0 ? ` – zuletzt: ${state.stderr.join(' ⏎ ')}` : '';
    const time = now();
    const action = decideRelaunchOrFallback(time, relaunches, fallbackState());
    log.warn(`Der Browser wurde beendet (${how}) → ${action.kind}${tail}`);
    if (action.kind === 'fallback') fallBack(`Browser beendet (${how})`, time);
    else act(action, `Browser beendet (${how})`);
  };

  const act = (action: Exclude<WindowRecoveryAction, { kind: 'reload' | 'fallback' }>, reason: string) => {
    if (action.kind === 'wait') {
      log.warn(`Zu viele Neustarts des Browsers: nächster Versuch in ${Math.round(action.ms / 1000)} s (${reason}).`);
      backoffTimer = setTimeout(() => relaunch(`${reason}, nach Wartezeit`), action.ms);
      return;
    }
    relaunch(reason);
  };

  const relaunch = (reason: string) => {
    if (stopping) return;
    relaunches = recordRelaunch(options.relaunchHistoryFile, relaunches, now());
    replaceBrowser(reason);
  };

  /** Ends the current browser (if any) and starts a new one; {@link relaunch} counts it against the budget first. */
  const replaceBrowser = (reason: string) => {
    if (stopping) return;
    log.warn(`Neustart des Browsers: ${reason}`);
    const previous = current;
    current = undefined;
    if (previous) {
      previous.cdp.close();
      killGroup(previous.child, 'SIGKILL');
      void previous.exited.then(launch);
    } else {
      launch();
    }
  };

  launch();
  return {
    pid: () => current?.child.pid,
    restart: (reason) => relaunch(reason),
    stop: async () => {
      stopping = true;
      clearInterval(heartbeatTimer);
      clearTimeout(backoffTimer);
      const state = current;
      if (!state) return;
      // Closing the pipe asks the browser to quit; a browser that does not is killed with its whole group.
      state.cdp.close();
      const timer = setTimeout(() => killGroup(state.child, 'SIGKILL'), QUIT_GRACE_MS);
      await state.exited;
      clearTimeout(timer);
      killGroup(state.child, 'SIGKILL');
      current = undefined;
    },
  };
}

/** Signals the browser's process group (POSIX) or the browser itself (Windows); a group already gone is fine. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // ESRCH: nothing left to end.
  }
}
