/**
 * The `--self-test` switch, for the IT department after installation: the kiosk starts its main side, checks the
 * library, the content, the served app, the display, the PIN and the data folder, writes one line per check to the
 * log and standard output, and exits 0 (all fine) or 1. Plain Node: the Electron parts are passed in.
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localize } from '../../src-shared/localizedText';
import type { PinStore } from './pinStore';
import { SET_PIN_HINT } from './pinStore';

/** What the self-test looks at. */
export interface SelfTestInput {
  appVersion: string;
  /** The kiosk's data folder (must be writable and outside the installation). */
  dataDir: string;
  /** The installation's resources folder (`process.resourcesPath`), replaced by updates. */
  installDir: string;
  /** The bundle being shown after start-up, and the start-up notices (fallbacks, invalid settings). */
  showing: { title: Parameters<typeof localize>[0]; version: string; source: string; notices: readonly string[] };
  /** The content library's active version name, or null when it is empty (the built-in bundle is shown). */
  libraryActive: string | null;
  /** Fetches a kiosk URL through the registered scheme handler. */
  serve: (url: string) => Promise<Response>;
  startUrl: string;
  /** Connected displays (Electron's `screen.getAllDisplays()`) and the configured index. */
  displays: readonly { bounds: { width: number; height: number } }[];
  displayIndex: number;
  pins: PinStore;
}

/** One check's outcome. */
export interface SelfTestLine {
  ok: boolean;
  text: string;
}

/** Runs every check; never throws (a failing check is a line). */
export async function runSelfTest(input: SelfTestInput): Promise<{ ok: boolean; lines: SelfTestLine[] }> {
  const checks: (() => Promise<SelfTestLine[]>)[] = [
    async () => [{ ok: true, text: `Version ${input.appVersion}` }],
    async () => [
      { ok: true, text: `Ausstellung: „${localize(input.showing.title, 'de')}“ (${input.showing.version === 'built-in' ? 'mitgeliefert' : input.showing.version})` },
      { ok: true, text: `Bibliothek: ${input.libraryActive ? `aktive Version ${input.libraryActive}` : 'leer, die mitgelieferte Ausstellung wird gezeigt'}` },
      ...input.showing.notices.map((notice) => ({ ok: true, text: `Hinweis: ${notice}` })),
    ],
    async () => {
      const response = await input.serve(input.startUrl);
      const body = response.ok ? await response.text() : '';
      const ok = response.ok && body.includes('<script');
      return [{ ok, text: ok ? `Oberfläche: ${input.startUrl} wird ausgeliefert` : `Oberfläche: ${input.startUrl} fehlt (HTTP ${response.status}) – Installation beschädigt` }];
    },
    async () => {
      const display = input.displays[input.displayIndex];
      if (input.displays.length === 0) return [{ ok: false, text: 'Bildschirm: keiner angeschlossen' }];
      if (!display) {
        return [{ ok: false, text: `Bildschirm: Einstellung display ${input.displayIndex}, aber nur ${input.displays.length} angeschlossen (gezählt ab 0)` }];
      }
      return [{ ok: true, text: `Bildschirm: ${input.displays.length} angeschlossen, Kiosk auf Nr. ${input.displayIndex} (${display.bounds.width} × ${display.bounds.height} px)` }];
    },
    async () => {
      const state = await input.pins.read();
      if (state.state === 'set') return [{ ok: true, text: `PIN: eingerichtet am ${state.setAt}` }];
      const why = state.state === 'missing' ? 'keine PIN eingerichtet' : state.reason;
      return [{ ok: false, text: `PIN: ${why}. ${SET_PIN_HINT}` }];
    },
    async () => {
      if (isInside(input.dataDir, input.installDir)) return [{ ok: false, text: `Datenordner ${input.dataDir} liegt im Installationsordner – ein Update würde ihn löschen` }];
      const probe = path.join(input.dataDir, `.selbsttest-${randomBytes(4).toString('hex')}`);
      try {
        await writeFile(probe, 'ok');
        await rm(probe);
        return [{ ok: true, text: `Datenordner: ${input.dataDir} (beschreibbar)` }];
      } catch (error) {
        return [{ ok: false, text: `Datenordner ${input.dataDir} nicht beschreibbar (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }];
      }
    },
  ];
  const lines: SelfTestLine[] = [];
  for (const check of checks) {
    try {
      lines.push(...(await check()));
    } catch (error) {
      lines.push({ ok: false, text: `Prüfung fehlgeschlagen: ${(error as Error).message}` });
    }
  }
  return { ok: lines.every((line) => line.ok), lines };
}

/** True when `folder` is `parent` or lies below it. */
export function isInside(folder: string, parent: string): boolean {
  const relative = path.relative(parent, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** One report line as written to the log and standard output. */
export function formatSelfTestLine(line: SelfTestLine): string {
  return `Selbsttest ${line.ok ? 'OK    ' : 'FEHLER'} ${line.text}`;
}
