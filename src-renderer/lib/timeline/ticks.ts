/**
 * Adaptive axis ticks: decades → years → months, chosen so labels keep a minimum spacing, with German (or any
 * `Intl`) labels. Uses d3-time's UTC intervals so months and leap years are exact.
 */
import { dateTimeFormat } from '../text/intlFormats';
import { utcMonth, utcYear } from 'd3';
import { MS_PER_YEAR, type TimeDomain, toWorld } from './timeAxis';

/** A tick step: `years` is its nominal length, used for spacing. */
export interface TickStep {
  unit: 'year' | 'month';
  /** Every n years or months. */
  every: number;
  /** Nominal length in years. */
  years: number;
}

/** Candidate steps from coarse to fine. */
export const TICK_STEPS: readonly TickStep[] = [
  { unit: 'year', every: 10, years: 10 },
  { unit: 'year', every: 5, years: 5 },
  { unit: 'year', every: 2, years: 2 },
  { unit: 'year', every: 1, years: 1 },
  { unit: 'month', every: 6, years: 0.5 },
  { unit: 'month', every: 3, years: 0.25 },
  { unit: 'month', every: 1, years: 1 / 12 },
];

/**
 * The finest step whose ticks are at least `minSpacingPx` apart at `k` px per year; the coarsest when none is.
 */
export function chooseTickStep(k: number, minSpacingPx: number): TickStep {
  let chosen = TICK_STEPS[0] as TickStep;
  for (const step of TICK_STEPS) if (step.years * k >= minSpacingPx) chosen = step;
  return chosen;
}

/** One axis tick: world position (years), label, and whether it starts a decade or year (a major tick). */
export interface Tick {
  u: number;
  ms: number;
  label: string;
  major: boolean;
}

/**
 * Ticks of `step` between `fromMs` and `toMs` (inclusive), labelled for `locale`: decades as „1970er“, years as
 * „1985“, months as „Mär“ with the year at January.
 */
export function ticksFor(domain: TimeDomain, step: TickStep, fromMs: number, toMs: number, locale: string): Tick[] {
  const interval = step.unit === 'year' ? utcYear.every(step.every) : utcMonth.every(step.every);
  if (!interval) return [];
  // Formatters are made on first use: decade ticks (the overview, the first frame) need none.
  const yearFormat = () => dateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const monthFormat = () => dateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthYearFormat = () => dateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dates = interval.range(new Date(fromMs - 1), new Date(toMs + 1));
  return dates.map((date) => {
    const ms = date.getTime();
    const month = date.getUTCMonth();
    const year = date.getUTCFullYear();
    let label: string;
    if (step.unit === 'year' && step.every === 10) label = decadeLabel(year, locale);
    else if (step.unit === 'year') label = yearFormat().format(date);
    else label = month === 0 ? monthYearFormat().format(date) : monthFormat().format(date);
    return { u: toWorld(domain, ms), ms, label, major: month === 0 && (step.unit === 'month' || year % 10 === 0) };
  });
}

/** „1970er“ in German, "1970s" elsewhere. */
export function decadeLabel(year: number, locale: string): string {
  const decade = Math.floor(year / 10) * 10;
  return locale.startsWith('de') ? `${decade}er` : `${decade}s`;
}

/** Decades (start years) that overlap the domain, for the jump bar. */
export function decadesOf(domain: TimeDomain): number[] {
  const first = Math.floor(new Date(domain.startMs).getUTCFullYear() / 10) * 10;
  const last = new Date(domain.endMs - MS_PER_YEAR / 2).getUTCFullYear();
  const decades: number[] = [];
  for (let decade = first; decade <= last; decade += 10) decades.push(decade);
  return decades;
}
