/** Types shared by the content library's modules and its callers (CLI, kiosk admin screen, start-up). */
import type { LibraryVersionInfo } from '../../src-shared/kioskApi';

/** A message for curators: German first, English for `--lang en`. */
export interface Bilingual {
  de: string;
  en: string;
}

/** What a bundle validator answers; `problems` are ready-to-print messages (file, line, field, what to do). */
export interface BundleCheck {
  ok: boolean;
  problems: string[];
}

/**
 * Checks the bundle in `folder` (never modifying it). Injected so the library stays independent of the validator;
 * the CLI and the kiosk pass the real one.
 */
export type ValidateBundle = (folder: string) => Promise<BundleCheck>;

/**
 * Named points of an activation, in order. `onStep` is called at each; the crash test pauses the process there
 * so that a kill lands at every step.
 */
export const ACTIVATION_STEPS = [
  'locked',
  'validated',
  'staging-created',
  'copying',
  'copied',
  'verified',
  'integrity-written',
  'version-installed',
  'pointer-temp-written',
  'pointer-switched',
  'pruned',
] as const;
export type ActivationStep = (typeof ACTIVATION_STEPS)[number];

/** Clock and randomness of the library, injected for deterministic tests. */
export interface LibraryOptions {
  /** Current time; default the system clock. */
  now?: () => Date;
  /** Random numbers in [0, 1) for folder and temp file names; default `Math.random`. */
  random?: () => number;
  /** Installed versions kept in total, active and previous included (minimum 2); default 3. */
  keepVersions?: number;
  /** A lock whose file has not been touched for this long is stale, in ms; default 60 000. */
  lockStaleMs?: number;
}

/**
 * What the library knows about one installed version: the fields the admin screen shows (defined once, in the
 * shared API) plus sizes.
 */
export interface VersionSummary extends LibraryVersionInfo {
  fileCount: number;
  /** Sum of all file sizes, in bytes. */
  totalBytes: number;
}

/** The result of checking an installed version's files against its integrity manifest. */
export interface IntegrityReport {
  ok: boolean;
  problems: Bilingual[];
}
