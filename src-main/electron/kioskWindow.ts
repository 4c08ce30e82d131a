/**
 * The kiosk window and its lock-down (Electron glue). Policies are plain modules in `../kiosk/`.
 */
import { BrowserWindow, screen, type WebContents } from 'electron';
import type { KioskSettings } from '../kiosk/settings';
import { isBlockedShortcut, isNavigationAllowed, KIOSK_ORIGIN } from '../kiosk/navigationPolicy';

/** The first paint colour, the same as the renderer's background, so nothing flashes white. */
export const BACKGROUND_COLOR = '#10161d';

/** Hides the pointer on touch-only kiosks; inserted into every loaded page. */
const HIDE_CURSOR_CSS = '*, *::before, *::after { cursor: none !important; }';

/** Options for {@link createKioskWindow}. */
export interface KioskWindowOptions {
  settings: KioskSettings;
  preloadPath: string;
  /** True in packaged builds: kiosk mode, no devtools. */
  production: boolean;
}

/** Creates the full-screen kiosk window on the configured display, locked down as the security checklist asks. */
export function createKioskWindow(options: KioskWindowOptions): BrowserWindow {
  const displays = screen.getAllDisplays();
  const display = displays[options.settings.display] ?? screen.getPrimaryDisplay();
  const window = new BrowserWindow({
    x: display.bounds.x,
    y: display.bounds.y,
    width: display.bounds.width,
    height: display.bounds.height,
    backgroundColor: BACKGROUND_COLOR,
    show: false,
    frame: !options.production,
    kiosk: options.production,
    fullscreen: options.production,
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle click must not open links in new windows (Electron security checklist, electronegativity).
      disableBlinkFeatures: 'Auxclick',
      backgroundThrottling: false,
      devTools: !options.production,
    },
  });
  window.setMenu(null);
  lockDown(window.webContents, options);
  window.once('ready-to-show', () => window.show());
  return window;
}

function lockDown(contents: WebContents, options: KioskWindowOptions): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    if (input.type === 'keyDown' && isBlockedShortcut(input)) event.preventDefault();
  });
  // Browser gestures and menus are the kiosk's enemies: no context menu, no page zoom (the timeline pinches itself).
  contents.on('context-menu', (event) => event.preventDefault());
  contents.on('did-finish-load', () => {
    void contents.setVisualZoomLevelLimits(1, 1);
    contents.setZoomFactor(1);
    if (options.settings.hideCursor) void contents.insertCSS(HIDE_CURSOR_CSS);
  });
  contents.on('zoom-changed', () => contents.setZoomFactor(1));
}

/** The URL of the kiosk's start page. */
export const START_URL = `${KIOSK_ORIGIN}/index.html`;
