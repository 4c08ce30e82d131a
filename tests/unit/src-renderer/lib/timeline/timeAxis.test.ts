import { describe, expect, it } from 'vitest';
import {
  domainYears,
  fromWorld,
  levelCount,
  levelOf,
  levelScale,
  MS_PER_YEAR,
  timelineDomain,
  toWorld,
  zoomLimits,
} from '../../../../../src-renderer/lib/timeline/timeAxis';

const NOW = Date.UTC(2026, 4, 1);

const year = (ms: number) => new Date(ms).getUTCFullYear();

describe('timelineDomain', () => {
  it.each([
    { name: 'no content: the ten years up to today', first: undefined, last: undefined, startYear: 2015 },
    { name: 'content from 1995: starts a year and a bit before it, not in 1960', first: Date.UTC(1995, 0, 1), last: undefined, startYear: 1993 },
    { name: 'content from 1966: a margin of 4 % of the span', first: Date.UTC(1966, 0, 1), last: undefined, startYear: 1963 },
    { name: 'older content starts before it', first: Date.UTC(1949, 0, 1), last: undefined, startYear: 1945 },
  ])('$name', ({ first, last, startYear }) => {
    const domain = timelineDomain(first, NOW, last);
    expect(year(domain.startMs)).toBe(startYear);
    expect(domain.startMs).toBe(Date.UTC(startYear, 0, 1));
    expect(domain.endMs).toBeGreaterThanOrEqual(NOW + MS_PER_YEAR);
    expect(domain.endMs).toBeLessThan(NOW + 4 * MS_PER_YEAR);
  });

  it('reaches past the last item when it lies after today', () => {
    const domain = timelineDomain(Date.UTC(2000, 0, 1), NOW, Date.UTC(2030, 0, 1));
    expect(domain.endMs).toBeGreaterThan(Date.UTC(2031, 0, 1));
  });
});

describe('world coordinates', () => {
  const domain = { startMs: Date.UTC(1960, 0, 1), endMs: NOW };
  it.each([
    { ms: Date.UTC(1960, 0, 1), years: 0 },
    { ms: Date.UTC(1970, 0, 1), years: 10 },
    { ms: Date.UTC(2000, 0, 1), years: 40 },
  ])('$ms ms is about $years years', ({ ms, years }) => {
    expect(toWorld(domain, ms)).toBeCloseTo(years, 2);
    expect(fromWorld(domain, toWorld(domain, ms))).toBeCloseTo(ms, 0);
  });
});

describe('zoom limits and levels', () => {
  const domain = { startMs: Date.UTC(1960, 0, 1), endMs: NOW + MS_PER_YEAR / 2 };
  const limits = zoomLimits(domain, 1920, 40);
  it('fits the whole domain at kMin and a month is 320 px at kMax', () => {
    expect(domainYears(domain) * limits.kMin).toBeCloseTo(1840, 6);
    expect(limits.kMax / 12).toBe(320);
  });
  it.each([
    { name: 'kMin is level 0', factor: 1, level: 0 },
    { name: 'just below double is still level 0', factor: 1.99, level: 0 },
    { name: 'double is level 1', factor: 2, level: 1 },
    { name: 'eight times is level 3', factor: 8, level: 3 },
    { name: 'below kMin clamps to 0', factor: 0.5, level: 0 },
    { name: 'far beyond kMax clamps to the last level', factor: 1e6, level: -1 },
  ])('$name', ({ factor, level }) => {
    const expected = level < 0 ? levelCount(limits) - 1 : level;
    expect(levelOf(limits, limits.kMin * factor)).toBe(expected);
  });
  it('levels cover kMax and each level starts at a power of two of kMin', () => {
    const count = levelCount(limits);
    expect(levelScale(limits, count - 1)).toBeLessThanOrEqual(limits.kMax);
    expect(levelScale(limits, count - 1) * 2).toBeGreaterThanOrEqual(limits.kMax);
    expect(levelScale(limits, 3)).toBeCloseTo(limits.kMin * 8, 9);
  });
});
