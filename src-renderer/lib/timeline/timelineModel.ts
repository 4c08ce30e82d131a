/**
 * The precomputed timeline: lanes, spans, eras, events in world units, and for every zoom level the marks
 * (clusters) and placed labels of every lane. Built once per bundle, language and surface size; nothing here is
 * recomputed while a finger moves.
 */
import type { BundleManifest, LanguageCode } from '../../../src-shared/bundleSchema';
import { localize } from '../../../src-shared/localizedText';
import { partialDateEnd, partialDateStart, rangeEndMs } from '../../../src-shared/partialDate';
import { clusterLane, type ClusterInput, type Mark } from './clustering';
import { type FittedLabel, fitLabel, type LabelCandidate, type LabelRows, placeLabels, wrapLabel } from './labelPlacement';
import { groupLanes, type Lane, type LaneGroup, type LaneMetrics, stackLanes } from './laneLayout';
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
  /** The lanes as grouped by the exhibition model (once per language and filters); grouped here if absent. */
  laneGroups?: readonly LaneGroup[];
  /** Event starts parsed by the exhibition index, ms; parsed here if absent. */
  eventStartMs?: ReadonlyMap<string, number>;
}

/** Partial dates start at midnight UTC, so their ms are whole multiples of a day. */
const MS_PER_DAY = 86_400_000;
/** Lanes up to this many events are sorted by packed keys (day · INDEX_SPAN + index, exact below 2⁵³). */
const INDEX_SPAN = 2 ** 21;

function byTimeThenId(a: ClusterInput, b: ClusterInput): number {
  return a.u - b.u || a.id.localeCompare(b.id);
}

/**
 * `items` sorted like `sort(byTimeThenId)` (by `u`, ties by id, stable). A comparator call per comparison costs
 * ~16 ms for 50,000 events, so the items are ordered by a native numeric sort of packed (day, input index) keys,
 * and only runs of equal `u` are compared by id. Same day ⇔ same `u`: distinct days lie far more than rounding
 * apart in years.
 * @param ms Each item's start in ms (UTC), index-aligned with `items`.
 */
function sortByTime(items: ClusterInput[], ms: readonly number[]): ClusterInput[] {
  const count = items.length;
  let minDay = Number.POSITIVE_INFINITY;
  for (const value of ms) minDay = Math.min(minDay, value / MS_PER_DAY);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const day = (ms[i] as number) / MS_PER_DAY - minDay;
    if (!Number.isInteger(day) || count >= INDEX_SPAN || day >= 2 ** 53 / INDEX_SPAN) return items.sort(byTimeThenId);
    keys[i] = day * INDEX_SPAN + i;
  }
  keys.sort();
  const sorted: ClusterInput[] = [];
  for (const key of keys) sorted.push(items[key % INDEX_SPAN] as ClusterInput);
  for (let from = 0; from < count; ) {
    const u = (sorted[from] as ClusterInput).u;
    let to = from + 1;
    while (to < count && (sorted[to] as ClusterInput).u === u) to += 1;
    if (to - from > 1) {
      const run = sorted.slice(from, to).sort(byTimeThenId);
      for (let i = from; i < to; i += 1) sorted[i] = run[i - from] as ClusterInput;
    }
    from = to;
  }
  return sorted;
}

/** Builds the whole timeline model; pure. */
export function buildTimelineModel(input: ModelInput): TimelineModel {
  const { manifest, language, nowMs, markMetrics: m } = input;
  // Each event's date is parsed once: the domain and the positions both need it.
  const eventMs: number[] = [];
  let firstMs = Number.POSITIVE_INFINITY;
  for (const event of manifest.events) {
    const ms = input.eventStartMs?.get(event.id) ?? partialDateStart(event.date);
    eventMs.push(ms);
    firstMs = Math.min(firstMs, ms);
  }
  let anyStart = eventMs.length > 0;
  for (const partner of manifest.partners) {
    if (!partner.since) continue;
    anyStart = true;
    firstMs = Math.min(firstMs, partialDateStart(partner.since));
  }
  // The overview also reaches the end of the last dated item (a span into the future, a partnership that ended).
  let lastMs = nowMs;
  for (const event of manifest.events) if (event.end) lastMs = Math.max(lastMs, rangeEndMs(event.end, nowMs));
  const domain = timelineDomain(anyStart ? firstMs : undefined, nowMs, lastMs);
  const limits = zoomLimits(domain, input.width, m.padding);
  const groups = input.laneGroups ?? groupLanes(localize(manifest.home.name, language), manifest.partners, language);
  const lanes = stackLanes(groups, input.laneMetrics);
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

  // Widths are kept per text: titles repeat (and so do their shortened forms), and each measurement is a canvas
  // `measureText` in the kiosk.
  const widths = new Map<string, number>();
  const measure = (text: string): number => {
    let width = widths.get(text);
    if (width === undefined) {
      width = input.measure(text);
      widths.set(text, width);
    }
    return width;
  };
  const labels = new Map<string, FittedLabel>();
  // A highlighted event keeps its whole title (issue 12): on two lines where its lane has two label rows, else on
  // one line of up to three label widths. Other titles are shortened to one label width.
  const labelOf = (eventId: string): FittedLabel => {
    let label = labels.get(eventId);
    if (!label) {
      const event = events.get(eventId);
      const title = event?.title ?? '';
      const lane = event ? lanes[event.laneIndex] : undefined;
      if (!event?.highlight || !lane) label = fitLabel(title, m.maxLabelWidth, measure);
      else if (m.labelRows(lane) >= 2) label = wrapLabel(title, m.maxLabelWidth, measure);
      else label = fitLabel(title, 3 * m.maxLabelWidth, measure);
      labels.set(eventId, label);
    }
    return label;
  };
  const events = new Map<string, TimelineEventView>();
  const perLane: ClusterInput[][] = lanes.map(() => []);
  const perLaneMs: number[][] = lanes.map(() => []);
  manifest.events.forEach((event, index) => {
    let laneIndex = 0;
    for (const partnerId of event.partners) {
      const partnerLane = laneOfPartner.get(partnerId);
      if (partnerLane !== undefined) {
        laneIndex = partnerLane;
        break;
      }
    }
    const view: TimelineEventView = {
      id: event.id,
      u: toWorld(domain, eventMs[index] as number),
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
    (perLaneMs[laneIndex] as number[]).push(eventMs[index] as number);
  });
  const sortedLanes = perLane.map((items, laneIndex) => sortByTime(items, perLaneMs[laneIndex] as number[]));

  const worldEnd = toWorld(domain, domain.endMs);
  const levels = new Map<number, LevelLayout>();
  const count = levelCount(limits);
  const layoutLevel = (z: number): LevelLayout => {
    const k = levelScale(limits, z);
    return {
      k,
      tickStep: chooseTickStep(k, m.minTickSpacing),
      lanes: lanes.map((lane, laneIndex) => {
        const marks = clusterLane(sortedLanes[laneIndex] as ClusterInput[], k, m.clusterGap);
        // Single events get label candidates; every mark blocks row 0, clusters (the big discs) also row 1.
        const candidates: LabelCandidate[] = [];
        const markExtents: Array<readonly [number, number]> = [];
        const clusterExtents: Array<readonly [number, number]> = [];
        for (const mark of marks) {
          const extent = [mark.u * k - m.markRadius, mark.uEnd * k + m.markRadius] as const;
          markExtents.push(extent);
          if (mark.ids.length > 1) {
            clusterExtents.push(extent);
            continue;
          }
          const label = labelOf(mark.key);
          candidates.push({
            key: mark.key,
            x: mark.u * k + m.markRadius + 6,
            width: label.width,
            priority: events.get(mark.key)?.highlight ? 1 : 0,
            rows: label.text.includes('\n') ? 2 : 1,
          });
        }
        // Nothing is ever shown right of the domain's end plus the padding, so labels must end before it.
        const labels = placeLabels(candidates, m.labelRows(lane), m.labelGap, [markExtents, clusterExtents], worldEnd * k + m.padding);
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
