/**
 * `npm start`'s own switches and the choice between the Electron route and the browser route. Pure: the choice is
 * made from what was found, so every combination is tested without either runtime.
 */
import path from 'node:path';
import type { BrowserDiscovery, FoundBrowser } from './browserDiscovery';

/** Which route the command line asks for. */
export type RouteRequest = 'auto' | 'browser' | 'electron';

/** `npm start -- …` after parsing. */
export interface StartOptions {
  /** `--browser` forces the browser route, `--electron` forbids it; default `auto`. */
  route: RouteRequest;
  /** `--headless`: the browser route without a window (tests, machines without a display). Implies `--browser`. */
  headless: boolean;
  /** `--port <n>`: the local host's port in the browser route; 0 (default) picks a free one. Implies `--browser`. */
  port: number;
  /** `--host-only`: serve on 127.0.0.1 but start no browser (Windows Assigned Access starts Edge itself). Implies `--browser`. */
  hostOnly: boolean;
  /** Everything else, passed on to Electron unchanged. */
  passThrough: string[];
}

/** The outcome of {@link parseStartArgs}. */
export type ParsedStart = { ok: true; options: StartOptions } | { ok: false; message: string };

/** Parses the arguments after `npm start --`. Unknown arguments are Electron's. */
export function parseStartArgs(argv: readonly string[]): ParsedStart {
  const options: StartOptions = { route: 'auto', headless: false, port: 0, hostOnly: false, passThrough: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--browser' || arg === '--electron') {
      const route = arg === '--browser' ? 'browser' : 'electron';
      if (options.route !== 'auto' && options.route !== route) {
        return { ok: false, message: '„--browser“ und „--electron“ schließen sich aus. / --browser and --electron exclude each other.' };
      }
      options.route = route;
    } else if (arg === '--headless') {
      options.headless = true;
    } else if (arg === '--host-only') {
      options.hostOnly = true;
    } else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[(index += 1)] : arg.slice('--port='.length);
      const port = Number(value);
      if (value === undefined || value === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
        return { ok: false, message: `--port: „${value ?? ''}“ ist keine gültige Portnummer (0–65535). / not a valid port.` };
      }
      options.port = port;
    } else {
      options.passThrough.push(arg);
    }
  }
  const browserOnly = options.headless || options.hostOnly || options.port !== 0;
  if (browserOnly && options.route === 'electron') {
    return { ok: false, message: '„--headless“, „--host-only“ und „--port“ gelten nur für die Browser-Route. / These switches belong to the browser route.' };
  }
  // These switches only mean something in the browser route, so they ask for it.
  if (browserOnly) options.route = 'browser';
  return { ok: true, options };
}

/** Why the browser route runs: asked for, or Electron is missing. */
export type BrowserRouteReason = 'requested' | 'electron-missing';

/** What `npm start` does. */
export type RouteChoice =
  | { route: 'electron' }
  | { route: 'browser'; browser: FoundBrowser; reason: BrowserRouteReason }
  /** Neither route can run: today's explanation, and why no browser was taken. */
  | { route: 'none'; browserProblem?: string };

/**
 * Chooses the route. Electron wins when it is there and not refused; the browser route needs a browser; with
 * `--browser` and no browser, nothing falls back to Electron silently.
 */
export function chooseRoute(request: RouteRequest, electronAvailable: boolean, discovery: BrowserDiscovery): RouteChoice {
  if (request === 'auto' && electronAvailable) return { route: 'electron' };
  if (request === 'electron') return electronAvailable ? { route: 'electron' } : { route: 'none' };
  if (discovery.ok) return { route: 'browser', browser: discovery.browser, reason: request === 'browser' ? 'requested' : 'electron-missing' };
  return { route: 'none', browserProblem: describeDiscoveryProblem(discovery) };
}

/** German and English words for a discovery that found nothing. */
export function describeDiscoveryProblem(discovery: Extract<BrowserDiscovery, { ok: false }>): string {
  if (discovery.reason === 'env-missing') {
    return `KIOSK_BROWSER nennt „${discovery.executable}“, dort ist aber kein Programm. / KIOSK_BROWSER names a file that does not exist.`;
  }
  return 'Kein Chromium, Chrome oder Edge gefunden (oder mit KIOSK_BROWSER=/pfad/zum/browser angeben). / No Chromium, Chrome or Edge found (or set KIOSK_BROWSER).';
}

/** How the browser shows itself: a kiosk window, headless because asked, or headless for want of a display. */
export type BrowserWindowMode = 'kiosk' | 'headless' | 'headless-no-display';

/** The one line that says the browser route runs, and why (German, then English). */
export function browserRouteLine(choice: Extract<RouteChoice, { route: 'browser' }>, mode: BrowserWindowMode): string {
  const why =
    choice.reason === 'requested'
      ? ['auf Wunsch', 'as asked']
      : ['weil die Electron-Laufzeit fehlt', 'because the Electron runtime is missing'];
  const shown = {
    kiosk: ['im Kiosk-Modus', 'in kiosk mode'],
    headless: ['unsichtbar (headless)', 'headless'],
    'headless-no-display': ['unsichtbar (headless), weil kein Bildschirm da ist (DISPLAY leer)', 'headless, as there is no display'],
  }[mode];
  return (
    `Browser-Route ${why[0]}: die Ausstellung läuft in ${choice.browser.executable} ${shown[0]}. / ` +
    `Browser route ${why[1]}: the exhibition runs in ${choice.browser.executable} ${shown[1]}.`
  );
}

/** True when the platform has no display to show a window on (Linux/BSD without X11 or Wayland). */
export function lacksDisplay(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  if (platform === 'win32' || platform === 'darwin') return false;
  return !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

/**
 * The kiosk's data folder, the same one Electron's `userData` names in development (`KIOSK_DATA_DIR` overrides):
 * Linux `~/.config/partnerschaftskiosk`, Windows `%APPDATA%\partnerschaftskiosk`.
 */
export function kioskDataDir(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (env.KIOSK_DATA_DIR) return path.resolve(env.KIOSK_DATA_DIR);
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'partnerschaftskiosk');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'partnerschaftskiosk');
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), 'partnerschaftskiosk');
}
