/**
 * The admin PIN's own file in the data folder (`admin-pin.json`), apart from `settings.json`: a damaged settings
 * file must never touch the PIN, and there is no default PIN. A missing or unreadable PIN file keeps the admin
 * screen locked; the IT department sets a new PIN on the PC (`--set-pin`, see {@link SET_PIN_HINT}).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/durableFs';
import { hashPin, verifyPin, type StoredPin } from './adminPin';

/** File name of the PIN store inside the kiosk's data folder. */
export const PIN_FILE = 'admin-pin.json';

/** How the IT department sets a PIN (German, shown on the kiosk's PIN pad and printed by the commands). */
export const SET_PIN_HINT =
  'Die IT richtet die PIN am Kiosk-Rechner ein: Programm mit „--set-pin“ starten (Installationsordner, ' +
  'siehe README „Kiosk einrichten“) oder im Quellordner „npm run set-pin“.';

const pinFile = z.object({
  format: z.literal(1),
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** When the PIN was set (ISO 8601), for the IT department's records. */
  setAt: z.string(),
});

/** What the PIN file holds right now. */
export type PinState =
  | { state: 'set'; pin: StoredPin; setAt: string }
  | { state: 'missing' }
  /** The file exists but cannot be used; `reason` is German and names the file. */
  | { state: 'unreadable'; reason: string };

/** The outcome of checking a PIN against the store. */
export type PinCheck = 'correct' | 'wrong' | 'missing' | 'unreadable';

/** Reads and writes one kiosk's PIN file. */
export interface PinStore {
  /** Absolute path of the PIN file. */
  readonly file: string;
  /** Reads the file anew (so a PIN set by `--set-pin` while the kiosk runs counts at once). Never throws. */
  read(): Promise<PinState>;
  /** Checks `pin` against the stored hash. */
  check(pin: string): Promise<PinCheck>;
  /** Stores a salted hash of `pin` (4–8 digits) atomically. Throws RangeError for an invalid PIN. */
  write(pin: string): Promise<void>;
}

/**
 * Opens the PIN store of the data folder `dataDir`.
 * @param now Clock for the `setAt` record, in ms since the epoch.
 */
export function openPinStore(dataDir: string, now: () => number = Date.now): PinStore {
  const file = path.join(dataDir, PIN_FILE);
  const read = async (): Promise<PinState> => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
      return { state: 'unreadable', reason: `${PIN_FILE}: nicht lesbar (${(error as NodeJS.ErrnoException).code ?? 'Fehler'}).` };
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { state: 'unreadable', reason: `${PIN_FILE}: kein gültiges JSON.` };
    }
    const parsed = pinFile.safeParse(data);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || 'Inhalt';
      return { state: 'unreadable', reason: `${PIN_FILE} ${field}: ungültiger Wert.` };
    }
    return { state: 'set', pin: { salt: parsed.data.salt, hash: parsed.data.hash }, setAt: parsed.data.setAt };
  };
  return {
    file,
    read,
    async check(pin) {
      const stored = await read();
      if (stored.state !== 'set') return stored.state;
      return (await verifyPin(pin, stored.pin)) ? 'correct' : 'wrong';
    },
    async write(pin) {
      const hashed = await hashPin(pin);
      await mkdir(dataDir, { recursive: true });
      const record: z.infer<typeof pinFile> = { format: 1, ...hashed, setAt: new Date(now()).toISOString() };
      await writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`, { tempName: `.${PIN_FILE}.${randomBytes(6).toString('hex')}.tmp` });
    },
  };
}
