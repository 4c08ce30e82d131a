import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { languageCode } from '../../src-shared/bundleSchema';

/** `HH:MM` in local time, 24-hour clock. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/**
 * The kiosk's settings file (`settings.json` in the app's data folder). Every field has a default, so a missing
 * or partly broken file still gives a working kiosk.
 */
export const kioskSettings = z.object({
  /** Shown in the admin screen and the log, e.g. „Foyer Kreishaus Siegen“. */
  kioskName: z.string().min(1).max(80).default('Partnerschaftskiosk'),
  /** Bundle id of a built-in bundle to show when the library has no active version. */
  defaultBundle: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).default('siegen-wittgenstein-emek-hefer'),
  /** Language the kiosk starts in and returns to after idle. */
  language: languageCode.default('de'),
  /** Seconds without touch before the idle countdown starts. */
  idleTimeoutSeconds: z.number().int().min(15).max(3600).default(90),
  attract: z
    .object({
      enabled: z.boolean().default(true),
      /** Seconds each attract slide stays. */
      slideSeconds: z.number().int().min(3).max(120).default(8),
    })
    .prefault({}),
  /** Index of the display to show the kiosk on (0 = primary). */
  display: z.number().int().min(0).max(15).default(0),
  /** Hide the mouse cursor (touch-only kiosks). */
  hideCursor: z.boolean().default(true),
  /** Salted scrypt hash of the admin PIN; absent means the initial PIN from the README is in force. */
  adminPin: z.object({ salt: z.string().regex(/^[0-9a-f]{32}$/), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  /** Seconds of inactivity after which the admin screen locks itself. */
  adminLockSeconds: z.number().int().min(30).max(3600).default(120),
  /** Local time of an optional daily restart, e.g. `04:30`; null for none. */
  dailyRestart: clockTime.nullable().default(null),
  /** Relaunch when the renderer's memory stays above this many MB. */
  memoryLimitMb: z.number().int().min(256).max(16384).default(1536),
});
export type KioskSettings = z.infer<typeof kioskSettings>;
export type KioskSettingsInput = z.input<typeof kioskSettings>;

/** Settings as loaded: always usable, plus the reasons anything fell back to a default. */
export interface LoadedSettings {
  settings: KioskSettings;
  /** German messages for the admin screen and the log; empty when the file was fine. */
  problems: string[];
}

/** The defaults: what a kiosk without a settings file uses. */
export function defaultSettings(): KioskSettings {
  return kioskSettings.parse({});
}

/**
 * Reads the settings file. Never throws and never stops the show: a missing file gives the defaults silently;
 * an unreadable file gives the defaults with a reason; an invalid field falls back to its default alone, with a
 * reason naming the field.
 */
export async function loadSettings(file: string): Promise<LoadedSettings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: defaultSettings(), problems: [] };
    return { settings: defaultSettings(), problems: [`${path.basename(file)}: nicht lesbar (${(error as Error).message}) – Standardwerte werden verwendet.`] };
  }
  let data: unknown;
  try {
    data = parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      settings: defaultSettings(),
      problems: [`${path.basename(file)}: kein gültiges JSON (${(error as Error).message.split('\n')[0]}) – Standardwerte werden verwendet.`],
    };
  }
  return repairSettings(data, path.basename(file));
}

/**
 * Validates raw settings data field by field: each invalid field is replaced by its default and named in a
 * problem; unknown fields are ignored with a note. Pure.
 */
export function repairSettings(data: unknown, fileName = 'settings.json'): LoadedSettings {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { settings: defaultSettings(), problems: [`${fileName}: erwartet ein Objekt mit Einstellungen – Standardwerte werden verwendet.`] };
  }
  const record = { ...(data as Record<string, unknown>) };
  const problems: string[] = [];
  const known = new Set(Object.keys(kioskSettings.shape));
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      problems.push(`${fileName} ${key}: unbekannte Einstellung – wird ignoriert.`);
      delete record[key];
    }
  }
  for (let attempt = 0; attempt < known.size; attempt += 1) {
    const result = kioskSettings.safeParse(record);
    if (result.success) return { settings: result.data, problems };
    const field = String(result.error.issues[0]?.path[0] ?? '');
    if (!(field in record)) break;
    problems.push(`${fileName} ${field}: ungültiger Wert ${JSON.stringify(record[field])} – Standardwert wird verwendet.`);
    delete record[field];
  }
  return { settings: defaultSettings(), problems: [...problems, `${fileName}: Standardwerte werden verwendet.`] };
}

/** Writes settings atomically (temp file, fsync, rename), so a power cut never leaves half a file. */
export async function saveSettings(file: string, settings: KioskSettings): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(settings, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}
