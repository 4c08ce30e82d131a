/**
 * The main ↔ renderer API: one interface, one Promise-returning method per operation.
 *
 * The Electron preload implements it with IPC, the browser preview host with HTTP; the renderer sees only this
 * interface. Every argument crosses a process boundary and is validated by the receiving side against the schemas
 * in `kioskApiArguments.ts` (kept apart so that the renderer does not bundle zod).
 */
import type { BundleManifest } from './bundleSchema';
import type { UsagePeriod, UsageSummary, UsageTarget, VisitRecord } from './usageStats';

/** What the renderer needs to show an exhibition. */
export interface ActiveBundle {
  /** The validated manifest with defaults applied. */
  manifest: BundleManifest;
  /** URL prefix under which the bundle's files are served, ending in `/`, e.g. `/bundle/`. */
  baseUrl: string;
  /** Which library version is showing, or `built-in` for content shipped with the app. */
  version: string;
  /** Bumped whenever the shown bundle changes (activation, rollback, hot reload); see `getContentRevision`. */
  revision: number;
}

/** Facts about the running kiosk. */
export interface KioskInfo {
  /** `electron` inside the kiosk, `preview` in the browser preview host. */
  host: 'electron' | 'preview';
  /** The application version from package.json. */
  appVersion: string;
  /** The kiosk's name from the settings. */
  kioskName: string;
  /** Language the kiosk starts in and returns to after idle. */
  language: string;
  /** Seconds without touch before the idle countdown starts. */
  idleTimeoutSeconds: number;
  /** Seconds of inactivity after which the admin screen locks itself. */
  adminLockSeconds: number;
  /** The attract loop after idle: whether it runs, and how long each slide stays, s (settings `attract.*`). */
  attract: { enabled: boolean; slideSeconds: number };
}

/**
 * Why an admin operation did not happen, as a value the renderer can branch on (never a sentence to match):
 * `locked` the admin session is closed (timed out or never opened) – ask for the PIN again; `other-bundle` the
 * source is another exhibition than the one on screen – ask the curator to confirm; the rest are shown as is.
 */
export type AdminFailure =
  | 'locked'
  | 'wrong-pin'
  | 'too-many-attempts'
  | 'no-pin'
  | 'invalid-content'
  | 'other-bundle'
  | 'not-found'
  | 'failed';

/** The answer of an admin operation: whether it worked, why not as a value, and a German message for the curator. */
export interface AdminOutcome {
  ok: boolean;
  /** Present when `ok` is false. */
  reason?: AdminFailure;
  /** German, one or two sentences, naming what to do next where something failed. */
  message: string;
}

/** The answer of a reading admin call while the admin session is locked: a value, not a thrown sentence. */
export interface AdminLocked {
  ok: false;
  reason: 'locked';
  message: string;
}

/** True when an admin call answered that the session is locked. */
export function isAdminLocked(value: unknown): value is AdminLocked {
  return typeof value === 'object' && value !== null && (value as Partial<AdminLocked>).reason === 'locked';
}

/** One installed version of the content library, as the admin screen lists it. */
export interface LibraryVersionInfo {
  /** Folder name under `versions/`, e.g. `20250301-101500-emek-hefer-k3x9`. */
  name: string;
  bundleId: string;
  /** The bundle's German title. */
  title: string;
  /** The manifest's `version`, if it has one. */
  versionLabel: string | null;
  /** ISO 8601 time the version was installed. */
  installedAt: string;
  /** Where it was installed from: the folder or `.zip` the curator named. */
  source: string;
}

/** Everything the admin screen shows on its first page. */
export interface AdminStatus {
  kioskName: string;
  appVersion: string;
  /** What visitors see now. */
  showing: { bundleId: string; title: string; version: string; source: string };
  active: LibraryVersionInfo | null;
  previous: LibraryVersionInfo | null;
  /** Notices for the curator, German: invalid settings, start-up fallbacks, hot-reload refusals. */
  notices: string[];
  /** True when the kiosk can quit to the desktop (not in the browser preview). */
  canQuit: boolean;
  /** Preparation of display sizes for the shown bundle's photos: images done of total, and whether it runs. */
  imagePreparation: { done: number; total: number; running: boolean };
}

/** A bundle the curator can load: a folder or `.zip` on a USB stick or in the import folder, or a built-in one. */
export interface ContentSource {
  /** Opaque id for the other admin calls. */
  id: string;
  /** What the curator sees, e.g. „USB-Stick KREIS › ausstellung-2026.zip“. */
  label: string;
  /** A bundle folder, a `.zip`, or a workbook with its images folder beside it (imported when checked). */
  kind: 'folder' | 'zip' | 'spreadsheet';
  origin: 'usb' | 'import' | 'builtin';
}

/** The validation report of a source, German, ready to show. */
export interface SourceCheck extends AdminOutcome {
  errors: string[];
  warnings: string[];
  /** Present when the source is valid: the bundle to show as a preview before activation. */
  preview?: ActiveBundle;
}

export interface KioskApi {
  /** The exhibition the kiosk shows now. */
  getActiveBundle(): Promise<ActiveBundle>;
  /** A number that changes whenever the shown bundle changes; cheap to poll. */
  getContentRevision(): Promise<number>;
  /** Host facts and the visitor-facing settings. */
  getKioskInfo(): Promise<KioskInfo>;
  /** Opens the admin screen with the PIN; repeated wrong PINs are slowed down. */
  adminUnlock(pin: string): Promise<AdminOutcome>;
  /** Closes the admin screen. */
  adminLock(): Promise<void>;
  /** The admin screen's overview; {@link AdminLocked} when the admin session is locked. */
  adminStatus(): Promise<AdminStatus | AdminLocked>;
  /** Bundles found on USB sticks and in the import folder; {@link AdminLocked} when the session is locked. */
  adminListSources(): Promise<ContentSource[] | AdminLocked>;
  /** Validates a source and, when valid, prepares its preview. */
  adminCheckSource(sourceId: string): Promise<SourceCheck>;
  /**
   * Installs a source into the library through the same atomic path as the CLI and shows it. A source with
   * another bundle id than the one on screen is refused with reason `other-bundle` unless `replace` is true
   * (the curator confirmed replacing the exhibition).
   */
  adminActivateSource(sourceId: string, replace?: boolean): Promise<AdminOutcome>;
  /** Switches back to the previous version. */
  adminRollback(): Promise<AdminOutcome>;
  /** Replaces the admin PIN. */
  adminChangePin(currentPin: string, newPin: string): Promise<AdminOutcome>;
  /** Leaves the kiosk to the desktop (Electron only). */
  adminQuit(): Promise<AdminOutcome>;
  /** Stores finished visits (anonymous counts, issue 18); does nothing when statistics are switched off. */
  recordUsage(visits: VisitRecord[]): Promise<void>;
  /** The statistics of a period for the admin screen. */
  adminUsageSummary(period: UsagePeriod): Promise<UsageSummary | AdminLocked>;
  /** USB sticks the statistics CSV can be written to. */
  adminUsageTargets(): Promise<UsageTarget[] | AdminLocked>;
  /** Writes the period's statistics as CSV onto a USB stick from {@link KioskApi.adminUsageTargets}. */
  adminExportUsageCsv(period: UsagePeriod, targetId: string): Promise<AdminOutcome>;
  /** Deletes all statistics; the PIN is asked again. */
  adminDeleteUsage(pin: string): Promise<AdminOutcome>;
}

/** One entry per method of {@link KioskApi}; `satisfies` makes a missing or extra method fail to compile. */
const METHODS = {
  getActiveBundle: true,
  getContentRevision: true,
  getKioskInfo: true,
  adminUnlock: true,
  adminLock: true,
  adminStatus: true,
  adminListSources: true,
  adminCheckSource: true,
  adminActivateSource: true,
  adminRollback: true,
  adminChangePin: true,
  adminQuit: true,
  recordUsage: true,
  adminUsageSummary: true,
  adminUsageTargets: true,
  adminExportUsageCsv: true,
  adminDeleteUsage: true,
} as const satisfies Record<keyof KioskApi, true>;

/** The method names, in a stable order. */
export const KIOSK_API_METHODS = Object.keys(METHODS) as (keyof KioskApi)[];

/** The IPC channel of a method. */
export function ipcChannel<M extends keyof KioskApi>(method: M): `kiosk:${M}` {
  return `kiosk:${method}`;
}

/** The HTTP route of the preview host for a method: `POST /api/<method>` with the arguments as a JSON array. */
export function apiRoute(method: keyof KioskApi): string {
  return `/api/${method}`;
}

/** The URL path prefix under which the active bundle's files are served, in Electron and in the preview host. */
export const BUNDLE_URL_PREFIX = '/bundle/';
/** The URL path prefix under which a checked, not yet activated bundle is served for the curator's preview. */
export const CANDIDATE_URL_PREFIX = '/candidate/';
/**
 * The id of the `<script type="application/json">` block in which the kiosk handler puts the active bundle (as
 * `getActiveBundle()` answers) into the served document, so the renderer can start without that round trip.
 */
export const BOOT_SNAPSHOT_ELEMENT_ID = 'kiosk-boot';
