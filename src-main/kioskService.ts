import type { BundleManifest } from '../src-shared/bundleSchema';
import { BUNDLE_URL_PREFIX, type KioskApi, type KioskInfo } from '../src-shared/kioskApi';
import { createAdminApi } from './admin/adminService';
import type { AdminSession } from './admin/adminSession';
import type { FoundSource } from './admin/sourceFinder';
import type { KioskSettings } from './kiosk/settings';
import type { ContentLibrary } from './library/contentLibrary';
import type { Showing } from './showing';

/** A validated source: the folder holding its content (extracted for a `.zip`) and messages, German. */
export interface SourceValidation {
  ok: boolean;
  errors: string[];
  warnings: string[];
  /** Present when the content could be read: where it is (the source folder, or a temporary extraction). */
  folder?: string;
  manifest?: BundleManifest;
  /** Removes temporary files (a zip's extraction); safe to call twice. */
  dispose: () => Promise<void>;
}

/** Everything the service uses; Electron and the preview host each pass their own. */
export interface KioskServiceDeps {
  host: KioskInfo['host'];
  appVersion: string;
  showing: Showing;
  settings: () => KioskSettings;
  saveSettings: (settings: KioskSettings) => Promise<void>;
  session: AdminSession;
  library: ContentLibrary;
  /** Validates a folder or `.zip` without changing it. */
  checkSource: (sourcePath: string) => Promise<SourceValidation>;
  /** Loads the manifest of an installed library version's folder (already validated at activation). */
  loadInstalled: (folder: string) => Promise<BundleManifest | undefined>;
  findSources: () => Promise<FoundSource[]>;
  /** Progress of preparing display sizes of the shown bundle's photos (see `content/derivatives/`). */
  imagePreparation: () => { done: number; total: number; running: boolean };
  /** Quits to the desktop; absent in the browser preview. */
  quit?: () => void;
  log: { info: (message: string) => void; warn: (message: string) => void };
}

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
      };
    },
    ...createAdminApi(deps),
  };
}
