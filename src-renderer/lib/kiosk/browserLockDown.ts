/**
 * What the page itself blocks of the browser's own behaviour. Inside Electron the window does this too
 * (`src-main/electron/kioskWindow.ts`); in the browser route of `npm start` (Chromium, Chrome or Edge in kiosk
 * mode) the page is the only place left for it. Text selection, callouts, page pinch and overscroll are already
 * off in `styles/global.css`; pinch and swipe gestures the timeline does not use are `touch-action: none` there.
 */

/** The parts of a `KeyboardEvent` the decision needs. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Keys the browser answers with zoom, reload, history, print, find, save or view-source (those a page may cancel). */
export function isBrowserShortcut(event: KeyLike): boolean {
  const key = event.key.toLowerCase();
  if (['f3', 'f5', 'browserback', 'browserforward', 'browserrefresh'].includes(key)) return true;
  if (event.altKey && ['arrowleft', 'arrowright', 'home'].includes(key)) return true;
  return (event.ctrlKey || event.metaKey) && ['+', '-', '=', '0', 'r', 'p', 'f', 'g', 's', 'o', 'u'].includes(key);
}

/** True for a wheel turn the browser would turn into page zoom (Ctrl + wheel, and a touchpad pinch). */
export function isPageZoomWheel(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return event.ctrlKey || event.metaKey;
}

/**
 * Installs the blocks on `target` (the window). The listeners run in the bubbling phase, after the timeline's
 * own wheel and key handlers have seen the event, and only cancel what the browser would do with it.
 */
export function lockDownBrowser(target: Window): void {
  // Right click and long press: no context menu (Save image as…, Inspect, Translate).
  target.addEventListener('contextmenu', (event) => event.preventDefault());
  // Dragging a photo or a link out of the page (or a file into it) must not open anything.
  target.addEventListener('dragstart', (event) => event.preventDefault());
  target.addEventListener('dragover', (event) => event.preventDefault());
  target.addEventListener('drop', (event) => event.preventDefault());
  target.addEventListener(
    'wheel',
    (event) => {
      if (isPageZoomWheel(event)) event.preventDefault();
    },
    { passive: false },
  );
  target.addEventListener('keydown', (event) => {
    if (isBrowserShortcut(event)) event.preventDefault();
  });
}
