import { describe, expect, it } from 'vitest';
import { chooseTickStep, decadeLabel, decadesOf, ticksFor } from '../../../../../src-renderer/lib/timeline/ticks';
import { MS_PER_YEAR } from '../../../../../src-renderer/lib/timeline/timeAxis';

// A fixed domain from 1960 (the content-fitted one is tested in timeAxis.test.ts).
const domain = { startMs: Date.UTC(1960, 0, 1), endMs: Date.UTC(2026, 4, 1) + MS_PER_YEAR / 2 };

describe('chooseTickStep', () => {
  it.each([
    { name: 'overview: decades', k: 15, unit: 'year', every: 10 },
    { name: 'a bit closer: 5 years', k: 28, unit: 'year', every: 5 },
    { name: 'years', k: 120, unit: 'year', every: 1 },
    { name: 'half years', k: 260, unit: 'month', every: 6 },
    { name: 'months at the closest zoom', k: 3840, unit: 'month', every: 1 },
    { name: 'too crowded for any step: decades', k: 1, unit: 'year', every: 10 },
  ])('$name', ({ k, unit, every }) => {
    const step = chooseTickStep(k, 110);
    expect(step.unit).toBe(unit);
    expect(step.every).toBe(every);
  });
});

describe('ticksFor', () => {
  it.each([
    {
      name: 'decades in German',
      step: { unit: 'year', every: 10, years: 10 } as const,
      from: Date.UTC(1960, 0, 1),
      to: Date.UTC(1990, 0, 1),
      labels: ['1960er', '1970er', '1980er', '1990er'],
    },
    {
      name: 'years',
      step: { unit: 'year', every: 1, years: 1 } as const,
      from: Date.UTC(1973, 3, 1),
      to: Date.UTC(1975, 6, 1),
      labels: ['1974', '1975'],
    },
    {
      name: 'months with the year at January',
      step: { unit: 'month', every: 1, years: 1 / 12 } as const,
      from: Date.UTC(1973, 10, 1),
      to: Date.UTC(1974, 1, 1),
      // ICU versions differ on the abbreviation dot, so months are matched loosely.
      labels: [/^Nov\.?$/, /^Dez\.?$/, /^Jan\.? 1974$/, /^Feb\.?$/],
    },
  ])('$name', ({ step, from, to, labels }) => {
    const ticks = ticksFor(domain, step, from, to, 'de');
    expect(ticks).toHaveLength(labels.length);
    ticks.forEach((tick, index) => {
      const label = labels[index] as string | RegExp;
      if (typeof label === 'string') expect(tick.label).toBe(label);
      else expect(tick.label).toMatch(label);
    });
    for (let i = 1; i < ticks.length; i += 1) expect(ticks[i]!.u).toBeGreaterThan(ticks[i - 1]!.u);
  });
  it('decade labels in English', () => {
    expect(decadeLabel(1973, 'en')).toBe('1970s');
  });
  it('lists the decades of the domain for the jump bar', () => {
    expect(decadesOf(domain)).toEqual([1960, 1970, 1980, 1990, 2000, 2010, 2020]);
  });
});
