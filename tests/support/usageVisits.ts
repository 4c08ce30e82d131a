/** Visit records for statistics tests and the year benchmark: deterministic from a seeded random source. */
import type { VisitRecord } from '../../src-shared/usageStats';

/** A visit with every list empty, overridden by `fields`. */
export function visit(fields: Partial<VisitRecord> = {}): VisitRecord {
  return {
    hour: '2026-11-02T10',
    seconds: 60,
    bundleId: 'ausstellung',
    bundleVersion: 'built-in',
    language: 'de',
    modeSwitches: 0,
    modes: ['timeline'],
    events: [],
    partners: [],
    images: [],
    galleryReached: 0,
    filters: [],
    wake: false,
    ...fields,
  };
}

/** A plausible visit on `day` (`YYYY-MM-DD`), drawn with `random` (0 ≤ x < 1). */
export function randomVisit(day: string, random: () => number): VisitRecord {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const ids = (prefix: string, max: number, of: number) =>
    [...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => `${prefix}-${1 + Math.floor(random() * of)}`))];
  const hour = 9 + Math.floor(random() * 9);
  return visit({
    hour: `${day}T${String(hour).padStart(2, '0')}`,
    seconds: Math.floor(20 + random() * random() * 600),
    language: pick(['de', 'de', 'de', 'en', 'he']),
    modeSwitches: Math.floor(random() * 4),
    modes: random() < 0.3 ? ['timeline', 'gallery'] : ['timeline'],
    events: ids('ereignis', 5, 120),
    partners: ids('partner', 2, 40),
    images: ids('bild', 4, 300),
    galleryReached: random() < 0.3 ? 1 + Math.floor(random() * 30) : 0,
    filters: random() < 0.2 ? ['themes'] : [],
    wake: random() < 0.5,
  });
}
