import { describe, expect, it } from 'vitest';
import { AdminSession } from '../../../../src-main/admin/adminSession';

function session() {
  let time = 1_000_000;
  const admin = new AdminSession({ lockAfterMs: 120_000, maxAttempts: 3, penaltyMs: 60_000, now: () => time });
  return { admin, advance: (ms: number) => (time += ms) };
}

describe('AdminSession', () => {
  it('starts locked and unlocks with a correct PIN', () => {
    const { admin } = session();
    expect(admin.isUnlocked).toBe(false);
    admin.recordAttempt(true);
    expect(admin.isUnlocked).toBe(true);
  });

  it('locks itself after inactivity, and activity extends it', () => {
    const { admin, advance } = session();
    admin.recordAttempt(true);
    advance(100_000);
    expect(admin.touch()).toBe(true);
    advance(100_000);
    expect(admin.isUnlocked).toBe(true);
    advance(20_001);
    expect(admin.isUnlocked).toBe(false);
    expect(admin.touch()).toBe(false);
  });

  it('pauses after too many wrong PINs, doubling each round', () => {
    const { admin, advance } = session();
    admin.recordAttempt(false);
    admin.recordAttempt(false);
    expect(admin.waitMs).toBe(0);
    admin.recordAttempt(false);
    expect(admin.waitMs).toBe(60_000);
    advance(60_000);
    expect(admin.waitMs).toBe(0);
    for (let index = 0; index < 3; index += 1) admin.recordAttempt(false);
    expect(admin.waitMs).toBe(120_000);
  });

  it('can be locked explicitly', () => {
    const { admin } = session();
    admin.recordAttempt(true);
    admin.lock();
    expect(admin.isUnlocked).toBe(false);
  });
});
