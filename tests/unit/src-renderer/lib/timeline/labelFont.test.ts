import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { awaitLabelFont, FONT_WAIT_MS } from '../../../../../src-renderer/lib/timeline/labelFont';

/** A font load the test resolves by hand. */
function pendingFont(loadedAtTimeout: boolean) {
  let resolve = () => {};
  const loading = new Promise<void>((done) => (resolve = done));
  return { font: { loading, loaded: () => loadedAtTimeout }, resolve };
}

describe('awaitLabelFont', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    // The promise was only queued behind start-up work: the font is there when the wait ends – one layout.
    { name: 'font there when the wait ends', loadedAtTimeout: true, layouts: 1 },
    // The font really is late: lay out with the fallback now, measure again when it comes.
    { name: 'font late', loadedAtTimeout: false, layouts: 2 },
  ])('$name → $layouts layout(s)', async ({ loadedAtTimeout, layouts }) => {
    const { font, resolve } = pendingFont(loadedAtTimeout);
    const fontArrived = vi.fn();
    awaitLabelFont({ fontArrived }, font);
    expect(fontArrived).not.toHaveBeenCalled();
    vi.advanceTimersByTime(FONT_WAIT_MS);
    expect(fontArrived).toHaveBeenCalledTimes(1);
    resolve();
    await vi.runAllTimersAsync();
    expect(fontArrived).toHaveBeenCalledTimes(layouts);
  });

  it('a font that arrives within the wait lays out once and stops the timer', async () => {
    const { font, resolve } = pendingFont(false);
    const fontArrived = vi.fn();
    awaitLabelFont({ fontArrived }, font);
    resolve();
    await Promise.resolve();
    await Promise.resolve();
    vi.advanceTimersByTime(FONT_WAIT_MS * 2);
    expect(fontArrived).toHaveBeenCalledTimes(1);
  });
});
