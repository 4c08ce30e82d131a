/**
 * The state of one timeline surface as runes: its size, the precomputed model, the live view (through
 * {@link TimelineController}), the zoom level, the render window and the marks in it. No DOM: the surface
 * component feeds sizes and input in, the layers draw what this holds, and unit tests drive it directly.
 */
import { untrack } from 'svelte';
import type { GestureAction } from '../gestures/gestureRecognizer';
import type { Mark } from './clustering';
import { keyTarget } from './keyboardView';
import { extraGroupRows, lanesHeight, lanesWithContent } from './laneLayout';
import { itemsInWindow, renderWindowFor, windowCovers, type WorldRange } from './renderWindow';
import { laneMetricsFor, MARK_METRICS, SURFACE } from './surfaceMetrics';
import { decadesOf, ticksFor } from './ticks';
import { fromWorld, levelOf, MS_PER_YEAR, toWorld } from './timeAxis';
import { TimelineController } from './timelineController.svelte';
import { buildTimelineModel, type TimelineModel } from './timelineModel';
import type { TimelineSnapshot, TimelineSource, TimelineStateOptions } from './timelineStateTypes';
import type { View, ViewBounds } from './viewTransform';

// The shapes live in their own module; re-exported so importers keep one entry point.
export type { TimelineSnapshot, TimelineSource, TimelineStateOptions } from './timelineStateTypes';

/** Background the partner colours must stand out against (the surface colour). */
const BACKGROUND = '#10161d';

export class TimelineState {
  /** Surface size, px; set by the surface component. */
  width = $state(0);
  height = $state(0);
  /** False until the label font is there or was waited for long enough; labels are measured with it. */
  fontsReady = $state(false);
  /** Bumped when the font arrives after the first layout: the model measures the labels again. */
  #fontEpoch = $state(0);
  readonly #options: TimelineStateOptions;
  readonly #controller: TimelineController;
  /** The last render window; kept while it still serves the view (see renderWindow.ts). */
  #window: WorldRange = { u0: 0, u1: 0 };
  /** The zoom the marks layer is laid out for, px per year; see {@link holdLayout}. */
  #laidOutK = $state<number | undefined>(undefined);

  readonly model: TimelineModel | undefined = $derived.by(() => {
    void this.#fontEpoch;
    if (!this.fontsReady || this.width <= 0 || this.height <= 0) return undefined;
    const source = this.#options.source();
    performance.mark('timeline:model-build-start');
    const laneGroups = lanesWithContent(source.laneGroups, source.manifest.events);
    return buildTimelineModel({
      manifest: source.manifest,
      language: source.language,
      nowMs: this.#options.nowMs,
      width: this.width,
      laneGroups,
      eventStartMs: source.eventStartMs,
      laneMetrics: laneMetricsFor(this.height, laneGroups.length, extraGroupRows(laneGroups)),
      markMetrics: MARK_METRICS,
      // Text widths grow with the font size: labels are laid out for the size they are shown in (large text).
      measure: source.labelScale && source.labelScale !== 1 ? (text) => this.#options.measure(text) * (source.labelScale ?? 1) : this.#options.measure,
      background: BACKGROUND,
    });
  });
  /** Height of the lane area between the era strip and the axis, px. */
  readonly lanesAreaHeight = $derived(this.height - SURFACE.eraStrip - SURFACE.axisHeight);
  readonly bounds: ViewBounds | undefined = $derived.by(() => {
    const model = this.model;
    return (
      model && {
        width: this.width,
        height: this.lanesAreaHeight,
        contentHeight: lanesHeight(model.lanes),
        worldYears: toWorld(model.domain, model.domain.endMs),
        kMin: model.limits.kMin,
        kMax: model.limits.kMax,
        padding: SURFACE.padding,
      }
    );
  });
  /**
   * Vertical offset of the lanes on the surface, px: the visitor's scroll, plus half the room the lanes leave
   * free when they all fit, so that a timeline of one or two lanes sits in the middle of its surface instead of
   * above an empty band. The lane labels and the lanes layer both move by it.
   */
  readonly lanesY = $derived.by(() => {
    const bounds = this.bounds;
    const free = bounds ? Math.max(0, bounds.height - bounds.contentHeight) : 0;
    return this.view.y + Math.floor(free / 2);
  });
  /** Length of the world layers, years: from the domain's start to its end. */
  readonly worldYears = $derived(this.model ? toWorld(this.model.domain, this.model.domain.endMs) : 1);
  readonly level = $derived(this.model ? levelOf(this.model.limits, this.view.k) : 0);
  readonly levelLayout = $derived(this.model?.level(this.level));
  /** The world range whose items are rendered; replaced only when the view leaves it. */
  readonly renderWindow: WorldRange = $derived.by(() => {
    const view = this.view;
    if (this.width > 0 && !windowCovers(this.#window, view, this.width)) this.#window = renderWindowFor(view, this.width);
    return this.#window;
  });
  /** Marks in the render window, per lane. Labels reach right of their mark (left at the end), clusters to their last event. */
  readonly windowMarks: Mark[][] = $derived.by(() => {
    const layout = this.levelLayout;
    if (!layout) return [];
    const reachYears = (Math.max(SURFACE.maxLabelWidth, layout.labelReach) + 2 * MARK_METRICS.clusterGap) / layout.k;
    const reachBackYears = layout.labelReachLeft > 0 ? (layout.labelReachLeft + MARK_METRICS.clusterGap) / layout.k : 0;
    return layout.lanes.map((lane) => itemsInWindow(lane.marks, this.renderWindow, reachYears, reachBackYears));
  });
  readonly ticks = $derived.by(() => {
    const { model, levelLayout } = this;
    if (!model || !levelLayout) return [];
    const from = fromWorld(model.domain, Math.max(0, this.renderWindow.u0));
    const to = Math.min(model.domain.endMs, fromWorld(model.domain, this.renderWindow.u1));
    return ticksFor(model.domain, levelLayout.tickStep, from, to, this.#options.source().language);
  });
  readonly decades = $derived(this.model ? decadesOf(this.model.domain) : []);

  constructor(options: TimelineStateOptions) {
    this.#options = options;
    this.#controller = new TimelineController(options.clock);
  }

  get view(): View {
    return this.#controller.view;
  }
  /** True while a finger is down or an animation runs. */
  get moving(): boolean {
    return this.#controller.moving;
  }

  /**
   * Hands new bounds (model or size changed) to the view motion, starting at the overview. The surface calls it
   * in an effect, so it runs whenever {@link bounds} changes; tests call it after setting a size.
   */
  syncBounds(): void {
    const bounds = this.bounds;
    // Only the bounds are a dependency: the view the motion writes must not re-run the caller's effect.
    if (bounds) untrack(() => this.#controller.setBounds(bounds, { k: bounds.kMin, x: 0, y: 0 }));
  }

  /** The label font arrived after the first layout: labels are measured again. */
  fontArrived(): void {
    if (this.fontsReady) this.#fontEpoch += 1;
    else this.fontsReady = true;
  }

  /** URL of the thumbnail of an event's first image. */
  thumbnail = (eventId: string): string | undefined => {
    const imageId = this.model?.events.get(eventId)?.imageIds[0];
    return imageId === undefined ? undefined : this.#options.source().thumbnailUrl(imageId);
  };

  /** The mark with `key` among the rendered ones. */
  markByKey(key: string): Mark | undefined {
    for (const lane of this.windowMarks) for (const mark of lane) if (mark.key === key) return mark;
    return undefined;
  }

  /**
   * A tapped or activated mark: a single event's id is returned for its owner to open; a cluster is zoomed into
   * far enough to split it, centred on its events.
   */
  activate(mark: Mark): string | undefined {
    if (mark.ids.length === 1) return mark.ids[0];
    const span = Math.max(mark.uEnd - mark.u, 0.05);
    const centre = (mark.u + mark.uEnd) / 2;
    const target = Math.max(span * 2.5, this.width / (this.view.k * 3));
    this.#controller.showRange(centre - target / 2, centre + target / 2);
    return undefined;
  }

  apply(action: GestureAction): void {
    this.#controller.apply(action);
  }
  stop(): void {
    this.#controller.stop();
  }

  /**
   * Keyboard: arrows pan by a fifth of the surface (up and down by a quarter of the lanes), + and − zoom around
   * the centre, Home shows the overview. Returns false for other keys.
   */
  key(key: string): boolean {
    if (key === 'Home') {
      this.showOverview();
      return true;
    }
    const target = keyTarget(key, this.view, this.width, this.lanesAreaHeight);
    if (target) this.#controller.animateTo(target, this.width / 2);
    return target !== undefined;
  }

  showOverview(): void {
    if (this.bounds) this.#controller.animateTo({ k: this.bounds.kMin, x: 0, y: 0 });
  }
  /** The last six years up to now. */
  showToday(): void {
    if (this.model) this.#controller.showRange(this.model.nowU - 6, this.model.nowU + 0.25);
  }
  showDecade(decade: number): void {
    if (!this.model) return;
    const u0 = toWorld(this.model.domain, Date.UTC(decade, 0, 1));
    this.#controller.showRange(u0, u0 + 10);
  }

  /**
   * The zoom the marks layer is laid out for, px per year. While a zoom is under way it lags behind
   * `view.k` and the layer is scaled instead (a compositor transform, no layout or raster per frame).
   */
  get layoutK(): number {
    return this.#laidOutK ?? this.view.k;
  }
  /** True while the marks layer shows a scaled picture of an older layout. */
  get layoutStale(): boolean {
    return this.#laidOutK !== undefined && this.#laidOutK !== this.view.k;
  }

  /**
   * Keeps the marks layer's layout while the zoom stays within its level: a level's clusters and labels hold
   * for every zoom of the level, so scaling the laid-out layer shows the same marks without laying out and
   * rastering ≈ 300 of them per frame. A level switch lays out at once. Call on every view change.
   * @returns True while the layout lags behind the view; the caller settles it when the zoom rests.
   */
  holdLayout(): boolean {
    const k = this.view.k;
    const laid = this.#laidOutK;
    const limits = this.model?.limits;
    if (laid === undefined || !limits || levelOf(limits, k) !== levelOf(limits, laid)) {
      this.#laidOutK = k;
      return false;
    }
    return laid !== k;
  }
  /** Lays the marks layer out for the current zoom (the zoom came to rest). */
  settleLayout(): void {
    this.#laidOutK = this.view.k;
  }

  snapshot(): TimelineSnapshot {
    const year = (u: number) => (this.model ? 1970 + fromWorld(this.model.domain, u) / MS_PER_YEAR : u);
    const { k, x } = this.view;
    const visibleYears: [number, number] = [year(-x / k), year((this.width - x) / k)];
    return { ...this.view, level: this.level, moving: this.moving || this.layoutStale, visibleYears };
  }
}
