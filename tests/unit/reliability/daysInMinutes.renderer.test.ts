/**
 * Days in minutes, renderer side: a week of opening hours (visitors come and go, the idle countdown resets the
 * session, the attract loop runs, the next visitor wakes it, the kiosk restarts every night) through the real
 * IdleController and attract playlist in fake time. No listener or timer may pile up, and every quiet spell must
 * end in exactly one reset.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { bundleManifest } from '../../../src-shared/bundleSchema';
import { IdleController } from '../../../src-renderer/lib/idle/idleController.svelte';
import { attractPlaylist } from '../../../src-renderer/lib/idle/attractPlaylist';
import { seededRandom } from '../../support/seededRandom';
import { CountingWindow } from './support/countingWindow';
import { LONG_RUN, recordFigure } from './support/reliabilityRun';

const IDLE_SECONDS = 90;
const COUNTDOWN_MS = 10_000;
/** Days simulated: one in `npm test`, four weeks in the long run. */
const DAYS = LONG_RUN ? 28 : 1;
/** Ticks of the 250 ms idle clock make the cost; the hours after closing are all the same (attract), so the
 * simulated night is cut to half an hour before the nightly restart. */
const AFTER_CLOSING_MS = 30 * 60_000;

describe('days in minutes: a week of idle, attract, wake and nightly restarts (renderer)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-03-23T04:30:00+01:00')); // a Monday, the week of the spring clock change
  });
  afterEach(() => vi.useRealTimers());

  it('keeps one interval and three listeners every day; each quiet spell ends in one reset, each visitor in attract wakes it', { timeout: 1_800_000 }, () => {
    const random = seededRandom(1973);
    const manifest = bundleManifest.parse(parseYaml(readFileSync('content/siegen-wittgenstein-emek-hefer/bundle.yaml', 'utf8')));
    const slides = attractPlaylist(manifest);
    expect(slides.length).toBeGreaterThan(0);
    const tally = { days: 0, visitors: 0, touches: 0, resets: 0, wakes: 0, restarts: 0, maxListeners: 0, maxTimers: 0, expectedResets: 0 };

    for (let day = 0; day < DAYS; day += 1) {
      // The nightly restart is a fresh page: a new controller on a new window.
      const window = new CountingWindow();
      const idle = new IdleController(IDLE_SECONDS, { onreset: () => (tally.resets += 1), onwake: () => (tally.wakes += 1) });
      const stop = idle.start(window as unknown as Parameters<IdleController['start']>[0]);
      tally.restarts += 1;
      const baseTimers = vi.getTimerCount();
      const watch = () => {
        tally.maxListeners = Math.max(tally.maxListeners, window.listenerCount);
        tally.maxTimers = Math.max(tally.maxTimers, vi.getTimerCount());
        expect(window.listenerCount).toBe(3);
        expect(vi.getTimerCount()).toBe(baseTimers);
      };
      // Opening hours: ten hours of visitors, from the start in the morning.
      let clock = 0;
      let lastTouch = 0;
      const closing = 10 * 3600_000;
      const resetAfter = IDLE_SECONDS * 1000 + COUNTDOWN_MS;
      while (clock < closing) {
        let gap = Math.floor(random() * 20 * 60_000);
        // Quiet spells within one 250 ms tick of the reset time could go either way: move them off the edge.
        if (Math.abs(clock + gap - lastTouch - resetAfter) < 500) gap += 1000;
        vi.advanceTimersByTime(gap);
        clock += gap;
        if (clock - lastTouch >= resetAfter) tally.expectedResets += 1;
        // A visitor: the attract layer hands the first tap to the controller (wake), then touches follow.
        if (idle.phase === 'attract') idle.activity();
        tally.visitors += 1;
        const touches = 1 + Math.floor(random() * 60);
        for (let touch = 0; touch < touches; touch += 1) {
          window.touch();
          tally.touches += 1;
          const pause = Math.floor(random() * 20_000);
          lastTouch = clock;
          vi.advanceTimersByTime(pause);
          clock += pause;
          watch();
        }
        expect(idle.phase).not.toBe('attract');
      }
      // After closing: countdown, reset, attract until the restart.
      vi.advanceTimersByTime(AFTER_CLOSING_MS);
      tally.expectedResets += 1;
      expect(idle.phase).toBe('attract');
      watch();
      stop();
      expect(window.listenerCount).toBe(0);
      expect(vi.getTimerCount()).toBe(baseTimers - 1);
      tally.days += 1;
    }
    expect(tally.resets).toBe(tally.expectedResets);
    // Every visitor who found the attract loop woke it (the last spell of each day ends in attract, not a wake).
    expect(tally.wakes).toBe(tally.expectedResets - tally.days);
    recordFigure('days-renderer', { ...tally, slides: slides.length, idleSeconds: IDLE_SECONDS });
  });
});
