/**
 * The kiosk's navigation and permission policy (Electron security checklist): the window shows only the kiosk's
 * own pages on the privileged `kiosk:` scheme; everything else is denied. Pure, so it is tested without Electron.
 */

/** The one privileged scheme for app and content. */
export const KIOSK_SCHEME = 'kiosk';
/** Origin of the kiosk's own pages. */
export const KIOSK_ORIGIN = `${KIOSK_SCHEME}://app`;

/** True when `url` is one of the kiosk's own pages (same scheme and host; any path). */
export function isKioskUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${KIOSK_SCHEME}:` && parsed.host === 'app' && parsed.username === '' && parsed.password === '';
}

/** May the window navigate (or redirect) to `url`? Only within the kiosk's own pages. */
export function isNavigationAllowed(url: string): boolean {
  return isKioskUrl(url);
}

/** May a new window open? Never: a kiosk has one window and no browser. */
export function isNewWindowAllowed(_url: string): false {
  return false;
}

/** May the page get a permission (camera, notifications, geolocation, …)? Never. */
export function isPermissionAllowed(_permission: string): false {
  return false;
}

/**
 * Keys a visitor with a keyboard could use to leave or disturb the kiosk (reload, devtools, zoom, back,
 * fullscreen, print, find). Matched against Electron's `before-input-event` input.
 */
export function isBlockedShortcut(input: { key: string; control: boolean; meta: boolean; alt: boolean; shift: boolean }): boolean {
  const key = input.key.toLowerCase();
  const modifier = input.control || input.meta;
  if (['f1', 'f3', 'f5', 'f6', 'f7', 'f11', 'f12', 'browserback', 'browserforward', 'browserrefresh'].includes(key)) return true;
  if (input.alt && ['arrowleft', 'arrowright', 'home', 'f4'].includes(key)) return true;
  if (modifier && ['r', 'w', 'q', 'n', 't', 'p', 'f', 'g', 'o', 's', 'u', 'l', '+', '-', '=', '0', '[', ']'].includes(key)) return true;
  if (modifier && input.shift && ['i', 'j', 'c', 'r', 'delete'].includes(key)) return true;
  return false;
}
