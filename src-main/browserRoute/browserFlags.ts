/**
 * The command line of the kiosk browser in the browser route. Pure, so the list a kiosk relies on is tested.
 * Each switch answers one thing a foyer browser must not do (show first-run pages, offer translation, show a
 * "restore pages?" bubble or an error dialog, zoom or navigate back on a gesture, phone home).
 */
import type { BrowserKind } from './browserDiscovery';

/** Options of {@link kioskBrowserArgs}. */
export interface BrowserFlagOptions {
  /** The page to show, e.g. `http://127.0.0.1:43117/`. */
  url: string;
  /** The browser's own profile folder inside the kiosk's data folder. */
  profileDir: string;
  kind: BrowserKind;
  /** No window at all (machines without a display, and the tests). */
  headless: boolean;
  /** Running as root (uid 0): Chromium refuses to start its sandbox then and needs `--no-sandbox`. */
  runningAsRoot: boolean;
  /** Window size in CSS px when headless (a headless browser has no screen to fill). Default 1920 × 1080. */
  headlessSize?: { width: number; height: number };
}

/** Switches every route browser gets, whatever the window. */
export const KIOSK_BROWSER_SWITCHES: readonly string[] = [
  // No first-run page, no "make me your default browser" bar.
  '--no-first-run',
  '--no-default-browser-check',
  // No error dialogs, no "Chromium did not shut down correctly" bubble after a power cut or a kill.
  '--noerrdialogs',
  '--disable-session-crashed-bubble',
  '--hide-crash-restore-bubble',
  '--disable-infobars',
  // No translate bar (the exhibition chooses its languages itself), no pinch-zoom of the page (the timeline
  // pinches itself), no back/forward by overscroll or swipe.
  '--disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,MediaRouter',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  // No background networking: a kiosk on a closed network has nothing to fetch and nothing to report.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-pings',
  '--metrics-recording-only',
  // The page keeps its timers and animations at full rate even when the window is covered (as in Electron).
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // No keyring prompt on Linux desktops: the profile stores no passwords.
  '--password-store=basic',
  // The host supervises the browser over a private pipe (file descriptors 3 and 4), not a network port.
  '--remote-debugging-pipe',
];

/** The full argument list, ending with the URL. */
export function kioskBrowserArgs(options: BrowserFlagOptions): string[] {
  const size = options.headlessSize ?? { width: 1920, height: 1080 };
  const window = options.headless
    ? ['--headless=new', `--window-size=${size.width},${size.height}`]
    : // Full screen without browser UI; Edge needs its own switch for the full-screen kiosk type.
      ['--kiosk', '--start-fullscreen', ...(options.kind === 'edge' ? ['--edge-kiosk-type=fullscreen'] : [])];
  return [
    `--user-data-dir=${options.profileDir}`,
    ...KIOSK_BROWSER_SWITCHES,
    ...window,
    ...(options.runningAsRoot ? ['--no-sandbox'] : []),
    options.url,
  ];
}
