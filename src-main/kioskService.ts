import type { ActiveBundle, KioskApi, KioskInfo } from '../src-shared/kioskApi';
import { BUNDLE_URL_PREFIX } from '../src-shared/kioskApi';
import type { BundleManifest } from '../src-shared/bundleSchema';

/** What the service needs from its host: the bundle showing now. */
export interface KioskServiceSource {
  host: KioskInfo['host'];
  appVersion: string;
  /** The manifest and library version of the bundle showing now. */
  active: () => { manifest: BundleManifest; version: string };
}

/**
 * The main-side implementation of {@link KioskApi}, free of Electron and HTTP: the preload reaches it through IPC,
 * the preview host through HTTP, and tests call it directly.
 */
export function createKioskService(source: KioskServiceSource): KioskApi {
  return {
    async getActiveBundle(): Promise<ActiveBundle> {
      const { manifest, version } = source.active();
      return { manifest, version, baseUrl: BUNDLE_URL_PREFIX };
    },
    async getKioskInfo(): Promise<KioskInfo> {
      return { host: source.host, appVersion: source.appVersion };
    },
  };
}
