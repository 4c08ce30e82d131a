import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../../../src-main/kiosk/adminPin';

describe('admin PIN', () => {
  it('stores a salted hash, never the PIN, and verifies it', async () => {
    const stored = await hashPin('4711');
    expect(JSON.stringify(stored)).not.toContain('4711');
    expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyPin('4711', stored)).toBe(true);
    expect(await verifyPin('4712', stored)).toBe(false);
  });
  it('gives different hashes for the same PIN with different salts', async () => {
    const a = await hashPin('123456', Buffer.alloc(16, 1));
    const b = await hashPin('123456', Buffer.alloc(16, 2));
    expect(a.hash).not.toBe(b.hash);
  });
  it('is deterministic for a given salt', async () => {
    expect(await hashPin('2468', Buffer.alloc(16, 7))).toEqual(await hashPin('2468', Buffer.alloc(16, 7)));
  });
  const invalid = ['', '123', '123456789', '12a4', ' 1234'];
  for (const pin of invalid) {
    it(`refuses ${JSON.stringify(pin)}`, async () => {
      await expect(hashPin(pin)).rejects.toThrow(RangeError);
      expect(await verifyPin(pin, await hashPin('1234'))).toBe(false);
    });
  }
});
