import { BUNDLE_URL_PREFIX, type KioskApi } from '../src-shared/kioskApi';
import { createAdminApi } from './admin/adminService';
import { createUsageApi } from './stats/usageApi';
import type { KioskServiceDeps } from './kioskServiceDeps';

/**
 * The main-side implementation of {@link KioskApi}, free of Electron and HTTP: the preload reaches it through IPC,
 * the preview host through HTTP, and tests call it directly.
 */
export function createKioskService(deps: KioskServiceDeps): KioskApi {
  return {
    async getActiveBundle() {
      const { manifest, version } = deps.showing.active;
      return { manifest, version, baseUrl: BUNDLE_URL_PREFIX, revision: deps.showing.generation };
    },
    async getContentRevision() {
      return deps.showing.generation;
    },
    async getKioskInfo() {
      const settings = deps.settings();
      return {
        host: deps.host,
        appVersion: deps.appVersion,
        kioskName: settings.kioskName,
        language: settings.language,
        idleTimeoutSeconds: settings.idleTimeoutSeconds,
        adminLockSeconds: settings.adminLockSeconds,
        attract: { enabled: settings.attract.enabled, slideSeconds: settings.attract.slideSeconds },
      };
    },
    ...createAdminApi(deps),
    ...createUsageApi(deps, deps.usage),
  };
}
