/**
 * The precomputed timeline: lanes, spans, eras, events in world units, and for every zoom level the marks
 * (clusters) and placed labels of every lane. Built once per bundle, language and surface size; nothing here is
 * recomputed while a finger moves.
 */
import type { BundleManifest, LanguageCode } from '../../../src-shared/bundleSchema';
import { localize } from '../../../src-shared/localizedText';
import { partialDateEnd, partialDateStart } from '../../../src-shared/partialDate';
import { clusterLane, type ClusterInput, type Mark } from './clustering';
import { type LabelRows, placeLabels, truncateToWidth } from './labelPlacement';
import { type Lane, type LaneMetrics, packLanes } from './laneLayout';
import { partnerColor } from './partnerColors';
import { chooseTickStep, type TickStep } from './ticks';
import { levelCount, levelScale, type TimeDomain, timelineDomain, toWorld, type ZoomLimits, zoomLimits } from './timeAxis';

/** Sizes (px) that decide clustering and labels; kiosk font sizes. */
export interface MarkMetrics {
  /** Marks closer than this merge into a cluster. */
  clusterGap: number;
  /** Radius of a mark's visible disc (clusters are drawn this big, single events smaller). */
  markRadius: number;
  /** Longest label. */
  maxLabelWidth: number;
  /** Space between labels. */
  labelGap: number;
  /** Label rows per lane (row 0 beside the marks, row 1 below them). */
  labelRows: (lane: Lane) => number;
  /** Axis ticks keep at least this spacing. */
  minTickSpacing: number;
  /** Space kept at each end of the timeline at the widest view. */
  padding: number;
}

export interface TimelineEventView {
  id: string;
  u: number;
  laneIndex: number;
  title: string;
  highlight: boolean;
  imageIds: string[];
  partnerIds: string[];
}

export interface PartnerSpan {
  partnerId: string;
  laneIndex: number;
  /** Row inside a group lane, 0 for a single partner. */
  row: number;
  u0: number;
  u1: number;
  color: string;
  ongoing: boolean;
}

export interface EraBand {
  id: string;
  label: string;
  u0: number;
  u1: number;
}

/** The layout of one zoom level: marks and labels of each lane, and the axis step. */
export interface LevelLayout {
  k: number;
  tickStep: TickStep;
  lanes: Array<{ marks: Mark[]; labels: LabelRows }>;
}

export interface TimelineModel {
  domain: TimeDomain;
  limits: ZoomLimits;
  lanes: Lane[];
  laneColors: string[];
  partnerColors: Map<string, string>;
  events: Map<string, TimelineEventView>;
  spans: PartnerSpan[];
  eras: EraBand[];
  /** Number of zoom levels. */
  levelCount: number;
  /**
   * The layout of zoom level `z`, computed on first use and kept: level 0 is built with the model, the others
   * are warmed in idle time by the component, so no layout work happens while a finger moves.
   */
  level: (z: number) => LevelLayout;
  /** An event's title shortened to the label width; measured on first use (most events sit in clusters). */
  labelText: (eventId: string) => string;
  /** World position of `now`, years. */
  nowU: number;
}

export interface ModelInput {
  manifest: BundleManifest;
  language: LanguageCode;
  /** The current time in ms; spans without an end run to it. */
  nowMs: number;
  /** Surface width in px. */
  width: number;
  laneMetrics: LaneMetrics;
  markMetrics: MarkMetrics;
  /** Width in px of a label text at the kiosk label font. */
  measure: (text: string) => number;
  /** Background colour the partner colours must stand out against. */
  background: string;
}

/** Builds the whole timeline model; pure. */
export function buildTimelineModel(input: ModelInput): TimelineModel {
  const { manifest, language, nowMs, markMetrics: m } = input;
  const starts = manifest.events.map((event) => partialDateStart(event.date));
  for (const partner of manifest.partners) if (partner.since) starts.push(partialDateStart(partner.since));
  const domain = timelineDomain(starts.length ? Math.min(...starts) : undefined, nowMs);
  const limits = zoomLimits(domain, input.width, m.padding);
  const lanes = packLanes(localize(manifest.home.name, language), manifest.partners, language, input.laneMetrics);
  const laneOfPartner = new Map<string, number>();
  lanes.forEach((lane, index) => lane.partnerIds.forEach((id) => laneOfPartner.set(id, index)));

  const partnerColors = new Map<string, string>();
  manifest.partners.forEach((partner, index) =>
    partnerColors.set(partner.id, partnerColor(index, partner.color, input.background)),
  );
  const laneColors = lanes.map((lane) =>
    lane.kind === 'home' ? '#ffd166' : (partnerColors.get(lane.partnerIds[0] ?? '') ?? '#ffd166'),
  );

  const nowU = toWorld(domain, nowMs);
  const spans: PartnerSpan[] = [];
  for (const partner of manifest.partners) {
    if (!partner.since) continue;
    const laneIndex = laneOfPartner.get(partner.id) ?? 0;
    spans.push({
      partnerId: partner.id,
      laneIndex,
      row: (lanes[laneIndex] as Lane).partnerIds.indexOf(partner.id),
      u0: toWorld(domain, partialDateStart(partner.since)),
      u1: partner.until ? toWorld(domain, partialDateEnd(partner.until)) : nowU,
      color: partnerColors.get(partner.id) as string,
      ongoing: !partner.until,
    });
  }

  const eras: EraBand[] = manifest.eras.map((era) => ({
    id: era.id,
    label: localize(era.label, language),
    u0: toWorld(domain, partialDateStart(era.from)),
    u1: era.to ? toWorld(domain, partialDateEnd(era.to)) : nowU,
  }));

  const labels = new Map<string, { text: string; width: number }>();
  const labelOf = (eventId: string): { text: string; width: number } => {
    let label = labels.get(eventId);
    if (!label) {
      const text = truncateToWidth(events.get(eventId)?.title ?? '', m.maxLabelWidth, input.measure);
      label = { text, width: input.measure(text) };
      labels.set(eventId, label);
    }
    return label;
  };
  const events = new Map<string, TimelineEventView>();
  const perLane: ClusterInput[][] = lanes.map(() => []);
  for (const event of manifest.events) {
    const laneIndex = event.partners.map((id) => laneOfPartner.get(id)).find((index) => index !== undefined) ?? 0;
    const view: TimelineEventView = {
      id: event.id,
      u: toWorld(domain, partialDateStart(event.date)),
      laneIndex,
      title: localize(event.title, language),
      highlight: event.highlight,
      imageIds: event.images,
      partnerIds: event.partners,
    };
    events.set(event.id, view);
    (perLane[laneIndex] as ClusterInput[]).push({
      id: event.id,
      u: view.u,
      highlight: event.highlight,
      hasImage: event.images.length > 0,
    });
  }
  for (const items of perLane) items.sort((a, b) => a.u - b.u || a.id.localeCompare(b.id));

  const worldEnd = toWorld(domain, domain.endMs);
  const levels = new Map<number, LevelLayout>();
  const count = levelCount(limits);
  const layoutLevel = (z: number): LevelLayout => {
    const k = levelScale(limits, z);
    return {
      k,
      tickStep: chooseTickStep(k, m.minTickSpacing),
      lanes: lanes.map((lane, laneIndex) => {
        const marks = clusterLane(perLane[laneIndex] as ClusterInput[], k, m.clusterGap);
        const candidates = marks
          .filter((mark) => mark.ids.length === 1)
          .map((mark) => ({
            key: mark.key,
            x: mark.u * k + m.markRadius + 6,
            width: labelOf(mark.key).width,
            priority: events.get(mark.key)?.highlight ? 1 : 0,
          }));
        // Every mark blocks row 0; clusters (the big discs) also reach down into row 1.
        const extent = (mark: Mark) => [mark.u * k - m.markRadius, mark.uEnd * k + m.markRadius] as const;
        const obstacles = [marks.map(extent), marks.filter((mark) => mark.ids.length > 1).map(extent)];
        // Nothing is ever shown right of the domain's end plus the padding, so labels must end before it.
        const labels = placeLabels(candidates, m.labelRows(lane), m.labelGap, obstacles, worldEnd * k + m.padding);
        return { marks, labels };
      }),
    };
  };
  const level = (z: number): LevelLayout => {
    const clamped = Math.min(count - 1, Math.max(0, Math.floor(z)));
    let layout = levels.get(clamped);
    if (!layout) {
      layout = layoutLevel(clamped);
      levels.set(clamped, layout);
    }
    return layout;
  };
  level(0);
  return {
    domain,
    limits,
    lanes,
    laneColors,
    partnerColors,
    events,
    spans,
    eras,
    levelCount: count,
    level,
    labelText: (eventId) => labelOf(eventId).text,
    nowU,
  };
}
