import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  ensureContrast,
  PARTNER_PALETTE,
  partnerColor,
} from '../../../../../src-renderer/lib/timeline/partnerColors';

const BACKGROUND = '#10161d';

describe('contrast', () => {
  it.each([
    { a: '#000000', b: '#ffffff', ratio: 21 },
    { a: '#ffffff', b: '#ffffff', ratio: 1 },
  ])('$a on $b is $ratio:1', ({ a, b, ratio }) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 6);
  });
  it.each([
    { name: 'a dark curator colour is lightened', color: '#1f3a93' },
    { name: 'black becomes visible', color: '#000000' },
    { name: 'a light colour is kept', color: '#ffd166' },
  ])('$name', ({ color }) => {
    const safe = ensureContrast(color, BACKGROUND);
    expect(contrastRatio(safe, BACKGROUND)).toBeGreaterThanOrEqual(3);
    if (contrastRatio(color, BACKGROUND) >= 3) expect(safe).toBe(color);
  });
  it('every palette colour reaches 3:1 on the kiosk background unchanged', () => {
    PARTNER_PALETTE.forEach((color, index) => {
      expect(contrastRatio(color, BACKGROUND)).toBeGreaterThanOrEqual(3);
      expect(partnerColor(index, undefined, BACKGROUND)).toBe(color);
    });
  });
});
