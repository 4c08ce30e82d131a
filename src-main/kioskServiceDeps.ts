/** What the kiosk's API service needs from its host; its own module so the admin half can use it without a cycle. */
import type { BundleManifest } from '../src-shared/bundleSchema';
import type { KioskInfo } from '../src-shared/kioskApi';
import type { AdminSession } from './admin/adminSession';
import type { FoundSource } from './admin/sourceFinder';
import type { SourceValidation } from './content/checkSource';
import type { PinStore } from './kiosk/pinStore';
import type { KioskSettings } from './kiosk/settings';
import type { ContentLibrary } from './library/contentLibrary';
import type { Showing } from './showing';
import type { UsageDeps } from './stats/usageDeps';

/** Everything the service uses; Electron and the preview host each pass their own. */
export interface KioskServiceDeps {
  host: KioskInfo['host'];
  appVersion: string;
  showing: Showing;
  settings: () => KioskSettings;
  saveSettings: (settings: KioskSettings) => Promise<void>;
  session: AdminSession;
  /** The admin PIN's own file in the data folder (no PIN, no admin screen). */
  pins: PinStore;
  library: ContentLibrary;
  /** Validates a folder or `.zip` without changing it. */
  checkSource: (sourcePath: string) => Promise<SourceValidation>;
  /** Loads the manifest of an installed library version's folder (already validated at activation). */
  loadInstalled: (folder: string) => Promise<BundleManifest | undefined>;
  findSources: () => Promise<FoundSource[]>;
  /** Progress of preparing display sizes of the shown bundle's photos (see `content/derivatives/`). */
  imagePreparation: () => { done: number; total: number; running: boolean };
  /** Where the anonymous usage statistics live (issue 18). */
  usage: UsageDeps;
  /** Quits to the desktop; absent in the browser preview. */
  quit?: () => void;
  log: { info: (message: string) => void; warn: (message: string) => void };
}

