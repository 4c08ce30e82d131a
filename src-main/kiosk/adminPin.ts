import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

/** A PIN as stored in `admin-pin.json` (see `pinStore.ts`): never the PIN itself, only a salted scrypt hash (both hex). */
export interface StoredPin {
  salt: string;
  hash: string;
}

/** Digits a PIN must have: 4 to 8, entered on the on-screen keypad. */
export const PIN_PATTERN = /^\d{4,8}$/;

/**
 * Hashes `pin` with scrypt and a fresh 16-byte salt.
 * @param salt Injected in tests for a deterministic result.
 */
export async function hashPin(pin: string, salt: Buffer = randomBytes(16)): Promise<StoredPin> {
  if (!PIN_PATTERN.test(pin)) throw new RangeError('PIN must be 4 to 8 digits');
  const hash = await scryptAsync(pin, salt, 32);
  return { salt: salt.toString('hex'), hash: hash.toString('hex') };
}

/** True when `pin` matches `stored`; compares in constant time. */
export async function verifyPin(pin: string, stored: StoredPin): Promise<boolean> {
  if (!PIN_PATTERN.test(pin)) return false;
  const expected = Buffer.from(stored.hash, 'hex');
  const actual = await scryptAsync(pin, Buffer.from(stored.salt, 'hex'), expected.length || 32);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
