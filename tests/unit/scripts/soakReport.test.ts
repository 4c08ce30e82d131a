import { describe, expect, it } from 'vitest';
import { heapTrendPer1000 } from '../../../scripts/soakReport';

describe('heapTrendPer1000', () => {
  it.each([
    { name: 'no samples', samples: [], trend: 0 },
    { name: 'one sample', samples: [{ touches: 250, heapMb: 9 }], trend: 0 },
    { name: 'flat', samples: [250, 500, 750].map((touches) => ({ touches, heapMb: 10 })), trend: 0 },
    { name: 'a leak of 1 MB per 1,000 touches', samples: [0, 1000, 2000, 3000].map((touches) => ({ touches, heapMb: 8 + touches / 1000 })), trend: 1 },
    // Code flushed and compiled again: up and down by megabytes, no direction.
    { name: 'swinging without a trend', samples: [14, 18, 14, 18, 14, 18].map((heapMb, i) => ({ touches: (i + 1) * 500, heapMb })).concat([{ touches: 3500, heapMb: 16 }]), trend: 0.43 },
  ])('$name → $trend MB per 1,000 touches', ({ samples, trend }) => {
    expect(heapTrendPer1000(samples)).toBeCloseTo(trend, 2);
  });
});
