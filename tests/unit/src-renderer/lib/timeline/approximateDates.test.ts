/**
 * Approximate (`1966~`) and open-ended (`end: ..`) dates in the timeline model: they sort and sit where their exact
 * date would, eras with an approximate start begin there, and nothing reads the clock but the `now` passed in.
 */
import { describe, expect, it } from 'vitest';
import { bundleManifest } from '../../../../../src-shared/bundleSchema';
import { comparePartialDates, partialDateStart } from '../../../../../src-shared/partialDate';
import { buildTimelineModel, type ModelInput } from '../../../../../src-renderer/lib/timeline/timelineModel';

const NOW = Date.UTC(2026, 10, 29);
const manifest = bundleManifest.parse({
  schema: 1,
  id: 'ungefaehr',
  title: 'Ungefähre Daten',
  home: { name: 'Kreis', location: { lat: 50, lon: 8 } },
  partners: [{ id: 'partner', name: 'Partner', country: 'IL', kind: 'Partnerschaft', since: 1973 }],
  events: [
    { id: 'vertrag', date: '1973', partners: ['partner'], title: 'Vertrag' },
    { id: 'austausch', date: '1966~', end: '..', partners: ['partner'], title: 'Austausch bis heute' },
    { id: 'reise', date: '1966', partners: ['partner'], title: 'Reise' },
    { id: 'vorher', date: '1965-12', partners: ['partner'], title: 'Vorher' },
  ],
  eras: [
    { id: 'anfaenge', label: 'Die Anfänge', from: '1966~', to: '1973' },
    { id: 'partnerschaft', label: 'Partnerschaft', from: '1973' },
  ],
});

const input: ModelInput = {
  manifest,
  language: 'de',
  nowMs: NOW,
  width: 1600,
  laneMetrics: { laneHeight: 80, groupRowHeight: 10, gap: 4 },
  markMetrics: { clusterGap: 64, markRadius: 24, maxLabelWidth: 240, labelGap: 12, labelRows: () => 2, minTickSpacing: 110, padding: 40 },
  measure: (text) => text.length * 10,
  background: '#10161d',
};

describe('approximate and open-ended dates in the timeline model', () => {
  const model = buildTimelineModel(input);
  const u = (id: string) => model.events.get(id)!.u;

  it('an approximate date sits where its exact date would', () => {
    expect(u('austausch')).toBe(u('reise'));
    expect(u('vorher')).toBeLessThan(u('austausch'));
    expect(u('vertrag')).toBeGreaterThan(u('austausch'));
  });

  it('the domain starts early enough for the approximate first event', () => {
    expect(model.domain).toBeDefined();
    expect(u('vorher')).toBeGreaterThanOrEqual(0);
  });

  it('an era with an approximate start begins there; eras may share the year 1973; an open era runs to now', () => {
    const [anfaenge, partnerschaft] = model.eras;
    expect(anfaenge!.u0).toBe(u('reise'));
    expect(anfaenge!.u1).toBeGreaterThan(partnerschaft!.u0);
    expect(partnerschaft!.u1).toBe(model.nowU);
  });

  it('lists sort the same with comparePartialDates: exact before approximate at the same year', () => {
    const order = [...manifest.events].sort((a, b) => comparePartialDates(a.date, b.date)).map((event) => event.id);
    expect(order).toEqual(['vorher', 'reise', 'austausch', 'vertrag']);
    // Callers that sort by start alone (gallery, partner profile) keep approximate dates in their year.
    const byStart = [...manifest.events].sort((a, b) => partialDateStart(a.date) - partialDateStart(b.date)).map((event) => event.id);
    expect(byStart.indexOf('austausch')).toBeLessThan(byStart.indexOf('vertrag'));
  });
});
