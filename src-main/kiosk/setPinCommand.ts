/**
 * Setting the admin PIN on the kiosk PC, for the IT department: the packaged app's `--set-pin[=<PIN>]` switch and
 * `npm run set-pin -- [--pin <PIN>] [--data-dir <folder>]` in a source checkout run this same code. There is no
 * default PIN; this is the only way a PIN comes into being (besides changing it in the unlocked admin screen).
 */
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PIN_PATTERN } from './adminPin';
import { openPinStore } from './pinStore';

/** Name of the data folder Electron uses (`app.getPath('userData')`: the package name). */
export const APP_DATA_NAME = 'partnerschaftskiosk';

/**
 * The kiosk's data folder as the packaged app finds it, for commands that run without Electron:
 * `KIOSK_DATA_DIR`, else `%APPDATA%\partnerschaftskiosk` (Windows), `~/Library/Application Support/…` (macOS),
 * `$XDG_CONFIG_HOME/partnerschaftskiosk` or `~/.config/partnerschaftskiosk` (Linux).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.KIOSK_DATA_DIR) return env.KIOSK_DATA_DIR;
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DATA_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DATA_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_DATA_NAME);
}

/** Where the command talks to the IT person. */
export interface SetPinIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Asks for a line on the terminal; undefined when there is none (no console, end of input). */
  ask: (prompt: string) => Promise<string | undefined>;
}

/**
 * Sets the PIN of the kiosk whose data folder is `dataDir`.
 * @param pin The PIN from the command line; when undefined it is asked for twice on the terminal.
 * @returns Exit code: 0 set, 1 not set (invalid, mismatch, no input), 2 the file could not be written.
 */
export async function setPin(dataDir: string, pin: string | undefined, io: SetPinIo, now: () => number = Date.now): Promise<number> {
  let chosen = pin;
  if (chosen === undefined) {
    chosen = (await io.ask('Neue PIN für den Verwaltungsbereich (4 bis 8 Ziffern): '))?.trim();
    const again = (await io.ask('PIN wiederholen: '))?.trim();
    if (chosen === undefined || again === undefined) {
      io.err('Keine Eingabe möglich. PIN direkt angeben: --set-pin=<PIN> (bzw. npm run set-pin -- --pin <PIN>).');
      return 1;
    }
    if (chosen !== again) {
      io.err('Die beiden Eingaben stimmen nicht überein. Es wurde keine PIN gespeichert.');
      return 1;
    }
  }
  if (!PIN_PATTERN.test(chosen)) {
    io.err('Die PIN muss aus 4 bis 8 Ziffern bestehen. Es wurde keine PIN gespeichert.');
    return 1;
  }
  const store = openPinStore(dataDir, now);
  try {
    await store.write(chosen);
  } catch (error) {
    io.err(`Die PIN-Datei ${store.file} konnte nicht geschrieben werden (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    return 2;
  }
  io.out(`PIN gespeichert (nur als gesalzener Hash) in ${store.file}. Sie gilt sofort, auch für einen laufenden Kiosk.`);
  return 0;
}

/**
 * Reads the PIN from `--set-pin=<PIN>` / `--set-pin <PIN>` (app switch) or `--pin <PIN>` (npm script).
 * @returns undefined when the switch is absent; `{ pin: undefined }` when the PIN is to be asked for.
 */
export function setPinRequest(argv: readonly string[]): { pin: string | undefined } | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg.startsWith('--set-pin=')) return { pin: arg.slice('--set-pin='.length) };
    if (arg === '--set-pin') {
      const next = argv[index + 1];
      return { pin: next !== undefined && !next.startsWith('-') ? next : undefined };
    }
  }
  return undefined;
}

/**
 * An {@link SetPinIo.ask} reading lines from `input` (the terminal or a pipe: `printf '2468\n2468\n' | …`).
 * Lines that arrive before they are asked for are kept, so piped input works as well as typing.
 * @returns the asker and a `close` to call when done.
 */
export function lineAsker(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): { ask: SetPinIo['ask']; close: () => void } {
  const lines = createInterface({ input, terminal: false });
  const queued: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  lines.on('line', (line) => {
    const waiter = waiting.shift();
    if (waiter) waiter(line);
    else queued.push(line);
  });
  lines.on('close', () => {
    ended = true;
    for (const waiter of waiting.splice(0)) waiter(undefined);
  });
  const ask = (prompt: string): Promise<string | undefined> => {
    output.write(prompt);
    if (queued.length > 0) return Promise.resolve(queued.shift());
    if (ended) return Promise.resolve(undefined);
    return new Promise((resolve) => waiting.push(resolve));
  };
  return { ask, close: () => lines.close() };
}
