import { describe, expect, it } from 'vitest';
import { durationBucket, foldVisits, mergeRows } from '../../../../src-main/stats/dayRows';
import { usageCsv } from '../../../../src-main/stats/usageCsv';
import { addDays, medianOfBuckets, periodRange, summarize, type ContentTitles } from '../../../../src-main/stats/usageSummary';
import { visit } from '../../../support/usageVisits';

const titles: ContentTitles = {
  bundleId: 'ausstellung',
  event: (id) => ({ gruendung: 'Gründung', besuch: 'Besuch' })[id],
  partner: (id) => (id === 'emek-hefer' ? 'Emek Hefer' : undefined),
  image: (id) => (id === 'bild-1' ? 'Marktplatz' : undefined),
};

describe('aggregation', () => {
  it('table: median of length buckets', () => {
    const cases: { buckets: Record<string, number>; expected: number | null }[] = [
      { buckets: {}, expected: null },
      { buckets: { '10': 1 }, expected: 10 },
      { buckets: { '10': 1, '60': 1 }, expected: 10 },
      { buckets: { '10': 1, '60': 2, '600': 1 }, expected: 60 },
      { buckets: { '600': 3, '0': 0 }, expected: 600 },
    ];
    for (const { buckets, expected } of cases) expect(medianOfBuckets(buckets)).toBe(expected);
  });

  it('table: length buckets and calendar steps', () => {
    expect([0, 9, 10, 95, 99_999].map(durationBucket)).toEqual([0, 0, 10, 90, 7200]);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('folds visits into day rows and sums a period', () => {
    const rows = foldVisits([], [
      visit({ hour: '2026-11-01T10', seconds: 30, events: ['gruendung'], language: 'de', wake: true }),
      visit({ hour: '2026-11-02T10', seconds: 90, events: ['gruendung', 'besuch'], partners: ['emek-hefer', 'weg'], language: 'en', modeSwitches: 3 }),
      visit({ hour: '2026-11-02T15', seconds: 400, images: ['bild-1'], filters: ['themes'] }),
      visit({ hour: '2026-11-02T15', bundleId: 'andere', events: ['gruendung'] }),
      visit({ hour: '2026-10-01T15' }),
    ]);
    const summary = summarize(rows, { from: '2026-11-01', to: '2026-11-03' }, titles, true);
    expect(summary.visits).toBe(4);
    expect(summary.perDay).toEqual([
      { day: '2026-11-01', visits: 1 },
      { day: '2026-11-02', visits: 3 },
      { day: '2026-11-03', visits: 0 },
    ]);
    expect(summary.perHour[10]).toBe(2);
    expect(summary.perHour[15]).toBe(2);
    expect(summary.medianSeconds).toBe(60);
    // Only the shown bundle's content, and only ids it still has.
    expect(summary.topEvents).toEqual([
      { id: 'gruendung', title: 'Gründung', visits: 2 },
      { id: 'besuch', title: 'Besuch', visits: 1 },
    ]);
    expect(summary.topPartners).toEqual([{ id: 'emek-hefer', title: 'Emek Hefer', visits: 1 }]);
    expect(summary.topImages).toEqual([{ id: 'bild-1', title: 'Marktplatz', visits: 1 }]);
    expect(summary.languages).toEqual([
      { language: 'de', visits: 3 },
      { language: 'en', visits: 1 },
    ]);
    expect(summary.modeSwitches).toBe(3);
    expect(summary.wakes).toBe(1);
    expect(summary.filters).toEqual([{ kind: 'themes', visits: 1 }]);
  });

  it('folding in two steps gives the same rows as at once', () => {
    const visits = Array.from({ length: 30 }, (_, i) => visit({ hour: `2026-11-0${1 + (i % 3)}T1${i % 10}`, seconds: i * 7, events: [`e-${i % 4}`] }));
    const once = foldVisits([], visits);
    const twice = mergeRows([...foldVisits([], visits.slice(0, 11)), ...foldVisits([], visits.slice(11))]);
    expect(twice).toEqual(once);
  });

  it('periods: week, month, and the run of the shown exhibition', () => {
    const rows = foldVisits([], [visit({ hour: '2026-06-15T10' }), visit({ hour: '2026-01-01T10', bundleId: 'alt' })]);
    expect(periodRange('week', '2026-11-29', rows, 'ausstellung')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodRange('month', '2026-11-29', rows, 'ausstellung')).toEqual({ from: '2026-10-31', to: '2026-11-29' });
    expect(periodRange('run', '2026-11-29', rows, 'ausstellung')).toEqual({ from: '2026-06-15', to: '2026-11-29' });
    expect(periodRange('run', '2026-11-29', rows, 'neu')).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });

  it('CSV: BOM, semicolons, CRLF, one row per day and version, hours as columns', () => {
    const csv = usageCsv(foldVisits([], [visit({ hour: '2026-11-02T10', seconds: 95, events: ['gruendung'] }), visit({ hour: '2026-11-02T14' })]));
    expect(csv.startsWith('\uFEFFTag;Paket;Version;Besuche;')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    const cells = lines[1]!.split(';');
    expect(cells.slice(0, 4)).toEqual(['2026-11-02', 'ausstellung', 'built-in', '2']);
    expect(cells[9]).toBe('gruendung (1)');
    expect(cells.slice(-24)[10]).toBe('1');
    expect(cells.slice(-24)[14]).toBe('1');
    expect(cells).toHaveLength(12 + 24);
  });
});
