/**
 * The main ↔ renderer API: one interface, one Promise-returning method per operation.
 *
 * The Electron preload implements it with IPC, the browser preview host with HTTP; the renderer sees only this
 * interface. Every argument crosses a process boundary and is validated by the receiving side.
 */
import type { BundleManifest } from './bundleSchema';

/** What the renderer needs to show the active exhibition. */
export interface ActiveBundle {
  /** The validated manifest with defaults applied. */
  manifest: BundleManifest;
  /** URL prefix under which the bundle's files are served, ending in `/`, e.g. `/bundle/`. */
  baseUrl: string;
  /** Which library version is showing, or `built-in` for content shipped with the app. */
  version: string;
}

/** Facts about the running kiosk, for the admin screen and diagnostics. */
export interface KioskInfo {
  /** `electron` inside the kiosk, `preview` in the browser preview host. */
  host: 'electron' | 'preview';
  /** The application version from package.json. */
  appVersion: string;
}

export interface KioskApi {
  /** The exhibition the kiosk shows now. */
  getActiveBundle(): Promise<ActiveBundle>;
  /** Host facts for the admin screen. */
  getKioskInfo(): Promise<KioskInfo>;
}

/** IPC channel names, one per method of {@link KioskApi}; a missing method fails to compile. */
export const KIOSK_API_CHANNELS = {
  getActiveBundle: 'kiosk:getActiveBundle',
  getKioskInfo: 'kiosk:getKioskInfo',
} as const satisfies Record<keyof KioskApi, string>;

/** HTTP routes of the preview host, one per method of {@link KioskApi}. */
export const KIOSK_API_ROUTES = {
  getActiveBundle: '/api/active-bundle',
  getKioskInfo: '/api/kiosk-info',
} as const satisfies Record<keyof KioskApi, string>;

/** The URL path prefix under which bundle files are served, in Electron and in the preview host alike. */
export const BUNDLE_URL_PREFIX = '/bundle/';
