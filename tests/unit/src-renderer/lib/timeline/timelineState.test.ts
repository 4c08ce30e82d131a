import { describe, expect, it } from 'vitest';
import { bundleManifest, type BundleManifestInput } from '../../../../../src-shared/bundleSchema';
import { buildExhibitionIndex } from '../../../../../src-renderer/lib/exhibition/exhibitionIndex';
import { groupLanes } from '../../../../../src-renderer/lib/timeline/laneLayout';
import { TimelineState } from '../../../../../src-renderer/lib/timeline/timelineState.svelte';
import { manualClock } from '../../../../support/manualClock';
import { seededRandom } from '../../../../support/seededRandom';

const NOW = Date.UTC(2026, 4, 1);

/** 600 events from 1965 to 2025 over three partners, some with an image; deterministic. */
function manifestInput(): BundleManifestInput {
  const random = seededRandom(7);
  const partners = ['a', 'b', 'c'];
  return {
    schema: 1,
    id: 'state-test',
    title: 'Test',
    home: { name: 'Kreis', location: { lat: 51, lon: 8 } },
    partners: partners.map((id, index) => ({ id, name: `Partner ${id}`, country: 'FR', kind: 'Partnerschaft', since: `${1965 + index * 5}` })),
    images: [{ id: 'img', file: 'bilder/img.jpg', caption: 'Bild' }],
    events: Array.from({ length: 600 }, (_, index) => {
      const year = 1965 + Math.floor(random() * 60);
      const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
      return {
        id: `e${index}`,
        date: `${year}-${month}`,
        title: `Ereignis ${index}`,
        partners: index % 4 === 0 ? [] : [partners[index % 3] as string],
        images: index % 5 === 0 ? ['img'] : [],
      };
    }),
  };
}

function makeState() {
  const index = buildExhibitionIndex({ manifest: bundleManifest.parse(manifestInput()), baseUrl: '/bundle/', version: 'v', revision: 1 });
  const { clock, runFrames } = manualClock();
  const state = new TimelineState({
    source: () => ({
      manifest: index.manifest,
      laneGroups: groupLanes('Kreis', index.manifest.partners, 'de'),
      eventStartMs: index.eventStartMs,
      language: 'de',
      thumbnailUrl: (imageId) => index.imageUrl(imageId, 'thumb'),
    }),
    nowMs: NOW,
    measure: (text) => text.length * 10,
    clock,
  });
  return { state, runFrames };
}

/** A state with a 1600 × 900 px surface, its font ready and its bounds applied: the overview. */
function readyState() {
  const made = makeState();
  made.state.width = 1600;
  made.state.height = 900;
  made.state.fontsReady = true;
  made.state.syncBounds();
  return made;
}

describe('TimelineState', () => {
  it('builds no model before it has a size and its font', () => {
    const { state } = makeState();
    expect(state.model).toBeUndefined();
    state.width = 1600;
    state.height = 900;
    expect(state.model).toBeUndefined();
    state.fontsReady = true;
    expect(state.model?.lanes.map((lane) => lane.id)).toEqual(['home', 'a', 'b', 'c']);
  });

  it('starts at the overview: level 0, the whole world in the render window', () => {
    const { state } = readyState();
    expect(state.view.k).toBe(state.bounds?.kMin);
    expect(state.level).toBe(0);
    expect(state.renderWindow.u0).toBeLessThanOrEqual(0);
    expect(state.renderWindow.u1).toBeGreaterThanOrEqual(state.worldYears);
    expect(state.windowMarks.flat().length).toBeGreaterThan(0);
    expect(state.snapshot()).toEqual({ ...state.view, level: 0, moving: false, visibleYears: expect.any(Array) });
  });

  it('keeps its render window while a pan stays inside it, and replaces it when the view leaves', () => {
    const { state, runFrames } = readyState();
    state.showDecade(1990);
    runFrames(60);
    state.apply({ type: 'start' });
    state.apply({ type: 'pan', dx: -1, dy: 0 });
    const window = state.renderWindow;
    const marks = state.windowMarks;
    state.apply({ type: 'pan', dx: -20, dy: 0 });
    expect(state.renderWindow).toBe(window);
    expect(state.windowMarks).toBe(marks);
    state.apply({ type: 'pan', dx: -1600, dy: 0 });
    expect(state.renderWindow).not.toBe(window);
    expect(state.renderWindow.u0).toBeGreaterThan(window.u0);
    state.apply({ type: 'end', moved: 1621, totalDx: -1621, totalDy: 0, pinched: false });
  });

  it('zooms in level by level through pinches, and splits clusters on the way', () => {
    const { state } = readyState();
    const clustersAtStart = state.windowMarks.flat().filter((mark) => mark.ids.length > 1).length;
    state.apply({ type: 'start' });
    for (let i = 0; i < 6; i += 1) state.apply({ type: 'pinch', cx: 800, cy: 300, scale: 2, dx: 0, dy: 0 });
    state.apply({ type: 'end', moved: 0, totalDx: 0, totalDy: 0, pinched: true });
    expect(state.level).toBeGreaterThanOrEqual(5);
    const clustersNow = state.windowMarks.flat().filter((mark) => mark.ids.length > 1).length;
    expect(clustersNow).toBeLessThan(clustersAtStart);
  });

  it('animates keyboard zoom and the decade jump on its clock', () => {
    const { state, runFrames } = readyState();
    const k0 = state.view.k;
    expect(state.key('+')).toBe(true);
    expect(state.moving).toBe(true);
    runFrames(60);
    expect(state.moving).toBe(false);
    expect(state.view.k).toBeCloseTo(k0 * 1.5, 6);
    expect(state.key('q')).toBe(false);
    state.showDecade(1990);
    runFrames(60);
    const left = -state.view.x / state.view.k;
    const right = left + 1600 / state.view.k;
    const u1990 = (Date.UTC(1990, 0, 1) - (state.model?.domain.startMs ?? 0)) / (365.2425 * 86_400_000);
    expect(left).toBeLessThanOrEqual(u1990 + 1e-6);
    expect(right).toBeGreaterThanOrEqual(u1990 + 10 - 1e-6);
    state.key('Home');
    runFrames(60);
    expect(state.level).toBe(0);
  });

  it('opens a single event, and zooms into a cluster until it splits', () => {
    const { state, runFrames } = readyState();
    const cluster = state.windowMarks.flat().find((mark) => mark.ids.length > 5);
    if (!cluster) throw new Error('the overview has no cluster');
    expect(state.markByKey(cluster.key)).toBe(cluster);
    expect(state.activate(cluster)).toBeUndefined();
    runFrames(60);
    const first = state.windowMarks.flat().find((mark) => mark.ids.includes(cluster.ids[0] as string));
    expect(first?.ids.length ?? 0).toBeLessThan(cluster.ids.length);
    const single = state.windowMarks.flat().find((mark) => mark.ids.length === 1);
    if (!single) throw new Error('no single event after zooming in');
    expect(state.activate(single)).toBe(single.ids[0]);
  });

  it('keeps the marks layout through a zoom within one level, and lays out at a level switch and at rest', () => {
    const { state } = readyState();
    expect(state.holdLayout()).toBe(false);
    const laid = state.layoutK;
    state.apply({ type: 'start' });
    // Level 0 spans k up to twice kMin: a zoom by 1.5 stays in it.
    state.apply({ type: 'pinch', cx: 800, cy: 300, scale: 1.5, dx: 0, dy: 0 });
    expect(state.holdLayout()).toBe(true);
    expect(state.layoutK).toBe(laid);
    expect(state.layoutStale).toBe(true);
    expect(state.level).toBe(0);
    // Past twice kMin: level 1, laid out at once.
    state.apply({ type: 'pinch', cx: 800, cy: 300, scale: 1.5, dx: 0, dy: 0 });
    expect(state.holdLayout()).toBe(false);
    expect(state.level).toBe(1);
    expect(state.layoutK).toBe(state.view.k);
    state.apply({ type: 'pinch', cx: 800, cy: 300, scale: 1.1, dx: 0, dy: 0 });
    state.apply({ type: 'end', moved: 0, totalDx: 0, totalDy: 0, pinched: true });
    expect(state.holdLayout()).toBe(true);
    // Tests see the view as still moving until the marks are laid out for it.
    expect(state.snapshot().moving).toBe(true);
    state.settleLayout();
    expect(state.layoutStale).toBe(false);
    expect(state.snapshot().moving).toBe(false);
  });

  it('centres lanes that leave room on the surface, and scrolls lanes that do not', () => {
    const { state } = readyState();
    const bounds = state.bounds!;
    expect(bounds.contentHeight).toBeLessThan(bounds.height);
    expect(state.lanesY).toBe(Math.floor((bounds.height - bounds.contentHeight) / 2));

    const short = makeState().state;
    short.width = 1600;
    short.height = 330;
    short.fontsReady = true;
    short.syncBounds();
    expect(short.bounds!.contentHeight).toBeGreaterThan(short.bounds!.height);
    expect(short.lanesY).toBe(0);
    short.apply({ type: 'start' });
    short.apply({ type: 'pan', dx: 0, dy: -60 });
    expect(short.view.y).toBe(-60);
    expect(short.lanesY).toBe(-60);
  });

  it('gives thumbnails of events with an image', () => {
    const { state } = readyState();
    expect(state.thumbnail('e0')).toBe('/derived/bundle/thumb/bilder/img.jpg');
    expect(state.thumbnail('e1')).toBeUndefined();
  });

  it('measures the labels again when the font arrives late', () => {
    const { state } = readyState();
    const before = state.model;
    state.fontArrived();
    expect(state.model).not.toBe(before);
  });
});
