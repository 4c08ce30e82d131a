/** Test helper for admin calls that answer {@link AdminLocked} instead of throwing when the session is locked. */
import { isAdminLocked, type AdminLocked } from '../../src-shared/kioskApi';

/** The value of an admin call that must succeed; fails the test with the locked message otherwise. */
export function unlocked<T>(value: T | AdminLocked): T {
  if (isAdminLocked(value)) throw new Error(`admin call answered locked: ${value.message}`);
  return value;
}
