import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleManifest, type BundleManifest } from '../../../../../src-shared/bundleSchema';
import { localize } from '../../../../../src-shared/localizedText';
import { buildTimelineModel, type ModelInput } from '../../../../../src-renderer/lib/timeline/timelineModel';
import { fitLabelAtWord } from '../../../../../src-renderer/lib/timeline/labelGrowth';
import { levelCount } from '../../../../../src-renderer/lib/timeline/timeAxis';
import { makeTempDir } from '../../../../support/tempDir';
import { writeTimelineFixture } from '../../../../support/timelineFixture';

const NOW = Date.UTC(2026, 4, 1);
let manifest: BundleManifest;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir('timeline-model-');
  cleanup = temp.cleanup;
  manifest = bundleManifest.parse(await writeTimelineFixture(temp.dir, { events: 2000, partners: 6, townPartners: 5, images: 2 }));
});
afterAll(() => cleanup());

function input(overrides: Partial<ModelInput> = {}): ModelInput {
  return {
    manifest,
    language: 'de',
    nowMs: NOW,
    width: 1600,
    laneMetrics: { laneHeight: 80, groupRowHeight: 10, gap: 4 },
    markMetrics: {
      clusterGap: 64,
      markRadius: 24,
      maxLabelWidth: 240,
      labelGap: 12,
      labelRows: () => 2,
      minTickSpacing: 110,
      padding: 40,
    },
    measure: (text) => text.length * 10,
    background: '#10161d',
    ...overrides,
  };
}

describe('buildTimelineModel', () => {
  it('puts every event exactly once into every level, and clusters more at low zoom', () => {
    const model = buildTimelineModel(input());
    expect(model.levelCount).toBe(levelCount(model.limits));
    const levels = Array.from({ length: model.levelCount }, (_, z) => model.level(z));
    expect(model.level(99)).toBe(levels.at(-1));
    const markCounts = levels.map((level) => {
      const ids = level.lanes.flatMap((lane) => lane.marks.flatMap((mark) => mark.ids));
      expect(new Set(ids).size).toBe(2000);
      expect(ids).toHaveLength(2000);
      return level.lanes.reduce((sum, lane) => sum + lane.marks.length, 0);
    });
    for (let z = 1; z < markCounts.length; z += 1) expect(markCounts[z]).toBeGreaterThanOrEqual(markCounts[z - 1]!);
    expect(markCounts[0]).toBeLessThan(400);
  });

  it('groups the town partnerships into two holder lanes after home and the partners', () => {
    const model = buildTimelineModel(input());
    expect(model.lanes[0]?.kind).toBe('home');
    expect(model.lanes.filter((lane) => lane.kind === 'group').map((lane) => lane.label).sort()).toEqual([
      'Stadt Thale',
      'Stadt Wernigerode',
    ]);
    expect(model.lanes).toHaveLength(1 + 6 + 2);
  });

  it('spans run to now unless ended, eras to now unless ended', () => {
    const model = buildTimelineModel(input());
    const ended = model.spans.find((span) => span.partnerId === 'partner-2');
    const ongoing = model.spans.find((span) => span.partnerId === 'partner-1');
    expect(ended?.ongoing).toBe(false);
    expect(ended!.u1).toBeLessThan(model.nowU);
    expect(ongoing?.u1).toBe(model.nowU);
    expect(model.eras.find((era) => era.id === 'wende')?.u1).toBe(model.nowU);
  });

  it.each([
    { name: 'two label rows', labelRows: 2 },
    // Roomy lanes offer shortened titles whole on two rows first (labelTexts), the shortened form where that fails.
    { name: 'five label rows (roomy: whole titles on two rows)', labelRows: 5 },
  ])('labels of each level never overlap each other or the marks at the level scale: $name', ({ labelRows }) => {
    // Titles of 30–70 characters (300–700 px at the test's 10 px per character): longer than one 240 px label,
    // and the longest too long even for two lines.
    const tails = ['am Alexanderfluss', 'Begegnung der Jugendfeuerwehren', 'Austausch der Schulen und Vereine aus beiden Kreisen'];
    const long: BundleManifest = {
      ...manifest,
      events: manifest.events.map((event, i) => ({ ...event, title: { de: `${localize(event.title, 'de')} ${tails[i % 3]}` } })),
    };
    const model = buildTimelineModel(input({ manifest: long, markMetrics: { ...input().markMetrics, labelRows: () => labelRows } }));
    let whole = 0;
    let grown = 0;
    let left = 0;
    for (const level of Array.from({ length: model.levelCount }, (_, z) => model.level(z))) {
      for (const lane of level.lanes) {
        const rows = new Map<number, Array<[number, number]>>();
        for (const mark of lane.marks) {
          const row = lane.labels.get(mark.key);
          if (row === undefined) continue;
          const text = lane.labelTexts?.get(mark.key) ?? model.labelText(mark.key);
          const lines = text.split('\n');
          // Right of the disc, or at the right end left of it (ending 6 px before the disc's 24 px radius).
          const lineWidth = Math.max(...lines.map((line) => line.length * 10));
          const x = lane.leftLabels?.has(mark.key) ? mark.u * level.k - 24 - 6 - lineWidth : mark.u * level.k + 24 + 6;
          if (lane.leftLabels?.has(mark.key)) left += 1;
          if (lane.labelTexts?.has(mark.key) && lines.length === 2) {
            whole += 1;
            expect(text).not.toContain('…');
          } else if (lane.labelTexts?.has(mark.key)) {
            // Grown into the free room right of it: another text than the one-width form, at most three widths.
            grown += 1;
            expect(text).not.toBe(model.labelText(mark.key));
            expect(text.length * 10).toBeLessThanOrEqual(3 * 240);
          }
          const width = Math.max(...lines.map((line) => line.length * 10));
          // The render window reaches this far left of the view for labels reaching into it.
          expect(width).toBeLessThanOrEqual(lane.leftLabels?.has(mark.key) ? level.labelReachLeft : level.labelReach);
          expect(row + lines.length).toBeLessThanOrEqual(labelRows);
          for (let r = row; r < row + lines.length; r += 1) rows.set(r, [...(rows.get(r) ?? []), [x, x + width]]);
        }
        for (const extents of rows.values()) {
          extents.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < extents.length; i += 1) expect(extents[i]![0]).toBeGreaterThanOrEqual(extents[i - 1]![1]);
        }
        // Collected rather than asserted one by one: a million `expect` calls took most of this test's time.
        const covered: string[] = [];
        for (const mark of lane.marks) {
          const row = lane.labels.get(mark.key);
          if (row === undefined || row > 1) continue;
          const lines = (lane.labelTexts?.get(mark.key) ?? model.labelText(mark.key)).split('\n');
          const width = Math.max(...lines.map((line) => line.length * 10));
          const x = lane.leftLabels?.has(mark.key) ? mark.u * level.k - 30 - width : mark.u * level.k + 30;
          for (const other of lane.marks) {
            // Row 0 avoids every mark, row 1 the clusters reaching into it.
            if (other === mark || (row === 1 && other.ids.length === 1)) continue;
            const left = other.u * level.k - 24;
            const right = other.uEnd * level.k + 24;
            if (x < right && left < x + width) covered.push(`${mark.key} covers ${other.key}`);
          }
        }
        expect(covered).toEqual([]);
      }
    }
    // Two rows give no room for whole titles; five rows show many (the fixture's titles are longer than a label).
    if (labelRows === 2) expect(whole).toBe(0);
    else expect(whole).toBeGreaterThan(50);
    // Shortened labels with free room to their right grow into it; at the right end some labels sit left.
    expect(grown).toBeGreaterThan(50);
    // Left of a mark only beside its disc (row 0, or rows 0 and 1 for two lines).
    expect(left).toBeGreaterThanOrEqual(0);
  });

  it.each([
    { name: 'free beside the disc: the last title whole, left of its mark', earlier: '2000-01-01', left: true },
    { name: 'an earlier mark beside it: stays right, shortened', earlier: '2025-06-01', left: false },
  ])('at the right end: $name', ({ earlier, left }) => {
    const partner = manifest.events[0]!.partners[0]!;
    const title = 'Gäste aus Emek Hefer eingeladen';
    const events = [
      { ...manifest.events[0]!, id: 'early', date: earlier, partners: [partner], highlight: false, title: { de: 'Beginn' } },
      { ...manifest.events[0]!, id: 'last', date: '2026-04-01', partners: [partner], highlight: false, title: { de: title } },
    ];
    const model = buildTimelineModel(input({ manifest: { ...manifest, events } }));
    // At the level where the two marks stand apart, the last one has no room to its right before the end.
    const level = Array.from({ length: model.levelCount }, (_, z) => model.level(z)).find((l) => l.lanes.some((lane) => lane.marks.length === 2 && lane.labels.has('last')));
    const lane = level?.lanes.find((candidate) => candidate.labels.has('last'));
    expect(lane?.leftLabels?.has('last') ?? false).toBe(left);
    if (left) {
      expect(lane?.labels.get('last')).toBe(0);
      expect(lane?.labelTexts?.get('last')).toBe(title);
      expect(level!.labelReachLeft).toBe(title.length * 10);
    } else {
      expect(lane?.labelTexts?.get('last') ?? model.labelText('last')).toContain('…');
    }
  });

  it('is deterministic', () => {
    const a = buildTimelineModel(input());
    const b = buildTimelineModel(input());
    expect(a.level(2).lanes.map((lane) => lane.marks.map((mark) => mark.key))).toEqual(
      b.level(2).lanes.map((lane) => lane.marks.map((mark) => mark.key)),
    );
  });

  // Dates cut to years or months tie many events; ids whose collation order differs from code-unit order
  // ('a…' < 'B…' < 'b…' < 'é…' when collated) check that ties are broken by `localeCompare`, as before the fast sort.
  it.each([
    { name: 'day dates', cut: () => 10 },
    { name: 'year, month and day dates', cut: (i: number) => [4, 7, 10][i % 3] as number },
    { name: 'year dates only', cut: () => 4 },
  ])('orders every lane by time, ties by collated id: $name', ({ cut }) => {
    const prefixes = ['a', 'B', 'b', 'é', 'Z', 'e', 'A-', 'a_'];
    const tied: BundleManifest = {
      ...manifest,
      events: manifest.events.map((event, i) => ({ ...event, id: `${prefixes[i % prefixes.length]}${i % 97}-${i}`, date: event.date.slice(0, cut(i)) })),
    };
    const model = buildTimelineModel(input({ manifest: tied }));
    const views = [...model.events.values()];
    for (const z of [0, model.levelCount - 1]) {
      model.level(z).lanes.forEach((lane, laneIndex) => {
        const expected = views
          .filter((view) => view.laneIndex === laneIndex)
          .sort((a, b) => a.u - b.u || a.id.localeCompare(b.id))
          .map((view) => view.id);
        expect(lane.marks.flatMap((mark) => mark.ids)).toEqual(expected);
      });
    }
  });

  it('shortens every label as fitLabelAtWord does (at a word’s end where that keeps most), measuring each distinct text once', () => {
    const measured: string[] = [];
    const model = buildTimelineModel(input({ measure: (text) => (measured.push(text), text.length * 10) }));
    for (const view of model.events.values()) expect(model.labelText(view.id)).toBe(fitLabelAtWord(view.title, 240, (text) => text.length * 10).text);
    expect(new Set(measured).size).toBe(measured.length);
  });
});
