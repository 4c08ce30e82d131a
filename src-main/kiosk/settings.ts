import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { languageCode } from '../../src-shared/bundleSchema';
import { writeFileAtomic } from '../fs/durableFs';
import { describeError } from '../fs/systemErrors';

/** `HH:MM` in local time, 24-hour clock. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** One fallback to a default: the field (dotted path), the value found, what is allowed, the default used. */
export interface SettingsFallback {
  field: string;
  value: unknown;
  allowed: string;
  fallback: unknown;
}

/**
 * A field that falls back to `fallback` on its own when its value is invalid (zod `.catch`), reporting the
 * fallback to `onFallback`; a missing field takes the default silently.
 */
function field<T extends z.ZodType>(schema: T, fallback: z.output<T>, allowed: string, name: string, onFallback: (f: SettingsFallback) => void) {
  const value = fallback as z.util.NoUndefined<z.output<T>>;
  return schema.default(value).catch((ctx) => {
    onFallback({ field: name, value: ctx.value, allowed, fallback });
    return value;
  });
}

/**
 * The settings schema with per-field defaults: one bad value never resets another field, and each fallback is
 * passed to `onFallback` (also inside `attract`, whose fields fall back one by one as well).
 */
export function settingsSchema(onFallback: (fallback: SettingsFallback) => void = () => undefined) {
  const f = <T extends z.ZodType>(name: string, schema: T, fallback: z.output<T>, allowed: string) =>
    field(schema, fallback, allowed, name, onFallback);
  const attractDefaults = { enabled: true, slideSeconds: 8 };
  return z.object({
    /** Shown in the admin screen and the log, e.g. „Foyer Kreishaus Siegen“. */
    kioskName: f('kioskName', z.string().min(1).max(80), 'Partnerschaftskiosk', 'Text mit 1 bis 80 Zeichen'),
    /** Bundle id of a built-in bundle to show when the library has no active version. */
    defaultBundle: f('defaultBundle', z.string().regex(/^[a-z0-9][a-z0-9-]*$/), 'siegen-wittgenstein-emek-hefer', 'Paketkennung aus Kleinbuchstaben, Ziffern und Bindestrichen'),
    /** Language the kiosk starts in and returns to after idle. */
    language: f('language', languageCode, 'de', 'Sprachcode wie de, en, he'),
    /** Seconds without touch before the idle countdown starts. */
    idleTimeoutSeconds: f('idleTimeoutSeconds', z.number().int().min(15).max(3600), 90, 'ganze Zahl von 15 bis 3600 (Sekunden)'),
    attract: z
      .object({
        enabled: f('attract.enabled', z.boolean(), attractDefaults.enabled, 'true oder false'),
        /** Seconds each attract slide stays. */
        slideSeconds: f('attract.slideSeconds', z.number().int().min(3).max(120), attractDefaults.slideSeconds, 'ganze Zahl von 3 bis 120 (Sekunden)'),
      })
      .prefault({})
      .catch((ctx) => {
        onFallback({ field: 'attract', value: ctx.value, allowed: 'ein Objekt { "enabled": …, "slideSeconds": … }', fallback: attractDefaults });
        return { ...attractDefaults };
      }),
    /** Index of the display to show the kiosk on (0 = primary). */
    display: f('display', z.number().int().min(0).max(15), 0, 'ganze Zahl von 0 bis 15 (0 = Hauptbildschirm)'),
    /** Hide the mouse cursor (touch-only kiosks). */
    hideCursor: f('hideCursor', z.boolean(), true, 'true oder false'),
    /** Seconds of inactivity after which the admin screen locks itself. */
    adminLockSeconds: f('adminLockSeconds', z.number().int().min(30).max(3600), 120, 'ganze Zahl von 30 bis 3600 (Sekunden)'),
    /** Local time of an optional daily restart, e.g. `04:30`; null for none. */
    dailyRestart: f('dailyRestart', clockTime.nullable(), null, 'Uhrzeit wie "04:30" oder null für keinen Neustart'),
    /** Relaunch when the renderer's memory stays above this many MB. */
    memoryLimitMb: f('memoryLimitMb', z.number().int().min(256).max(16384), 1536, 'ganze Zahl von 256 bis 16384 (MB)'),
    /** Record anonymous usage statistics (visits, views, what was opened; README „Statistik und Datenschutz“). */
    usageStatistics: f('usageStatistics', z.boolean(), true, 'true oder false'),
  });
}

/**
 * The kiosk's settings file (`settings.json` in the app's data folder). Every field has its own default, so a
 * missing or partly broken file still gives a working kiosk.
 */
export const kioskSettings = settingsSchema();
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
 * Reads the settings file as JSON. Never throws and never stops the show: a missing file gives the defaults
 * silently; an unreadable file or a JSON syntax error gives the defaults with a reason (with line and column); an
 * invalid field falls back to its own default alone, with a reason naming the field, what is allowed and the
 * default used.
 */
export async function loadSettings(file: string): Promise<LoadedSettings> {
  const fileName = path.basename(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: defaultSettings(), problems: [] };
    return { settings: defaultSettings(), problems: [`${fileName}: ${describeError(error).de} Alle Einstellungen stehen auf Standardwerten.`] };
  }
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    // A syntax error cannot be repaired field by field: the whole file falls back, and the log says where.
    const where = jsonErrorPosition(body, (error as Error).message);
    return {
      settings: defaultSettings(),
      problems: [`${fileName}: kein gültiges JSON${where ? ` (${where})` : ''} – fehlt ein Komma oder ein Anführungszeichen? Alle Einstellungen stehen auf Standardwerten, bis die Datei korrigiert ist.`],
    };
  }
  return repairSettings(data, fileName);
}

/** „Zeile 3, Spalte 18“ for the position in a `JSON.parse` message (`… at position 41`), or end of file. */
export function jsonErrorPosition(text: string, message: string): string | undefined {
  const match = /position (\d+)/.exec(message);
  const offset = match ? Number(match[1]) : /end of JSON/i.test(message) ? text.length : undefined;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return `Zeile ${before.length}, Spalte ${before.at(-1)!.length + 1}`;
}

/**
 * Validates parsed settings field by field with {@link settingsSchema}: each invalid field falls back to its own
 * default with a German reason; unknown fields are ignored with a note. Pure.
 */
export function repairSettings(data: unknown, fileName = 'settings.json'): LoadedSettings {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { settings: defaultSettings(), problems: [`${fileName}: erwartet ein Objekt { … } mit Einstellungen – alle Einstellungen stehen auf Standardwerten.`] };
  }
  const problems: string[] = [];
  const record = data as Record<string, unknown>;
  const shape = kioskSettings.shape;
  for (const key of Object.keys(record)) {
    if (!(key in shape)) problems.push(`${fileName}: unbekannte Einstellung „${key}“ – wird ignoriert.`);
  }
  const attract = record.attract;
  if (typeof attract === 'object' && attract !== null && !Array.isArray(attract)) {
    for (const key of Object.keys(attract)) {
      if (key !== 'enabled' && key !== 'slideSeconds') problems.push(`${fileName}: unbekannte Einstellung „attract.${key}“ – wird ignoriert.`);
    }
  }
  const settings = settingsSchema((fallback) => problems.push(fallbackMessage(fileName, fallback))).parse(record);
  return { settings, problems };
}

/** The German log line for one fallback: field, value found, what is allowed, default used. */
export function fallbackMessage(fileName: string, { field: name, value, allowed, fallback }: SettingsFallback): string {
  return `${fileName}: „${name}“ hat den ungültigen Wert ${JSON.stringify(value) ?? 'undefined'} (erlaubt: ${allowed}) – verwendet wird der Standardwert ${JSON.stringify(fallback)}.`;
}

/** Writes settings atomically and durably ({@link writeFileAtomic}), so a power cut never leaves half a file. */
export async function saveSettings(file: string, settings: KioskSettings): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`, { makeFolder: true, tempName: `${path.basename(file)}.${randomUUID()}.tmp` });
}
