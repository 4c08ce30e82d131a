/**
 * The precomputed timeline: lanes, spans, eras, events in world units, and for every zoom level the marks
 * (clusters) and placed labels of every lane. Built once per bundle, language and surface size; nothing here is
 * recomputed while a finger moves.
 */
import { localize } from '../../../src-shared/localizedText';
import { partialDateEnd, partialDateStart, rangeEndMs } from '../../../src-shared/partialDate';
import { clusterLane, type ClusterInput } from './clustering';
import { fitLabelAtWord, type PlacedLabel, roomRightOf } from './labelGrowth';
import { type FittedLabel, fitLabel, type LabelChoice, type LabelRows, placeLabelChoices, wrapLabel } from './labelPlacement';
import { groupLanes, type Lane, stackLanes } from './laneLayout';
import { partnerColor } from './partnerColors';
import { sortByTime } from './sortByTime';
import { chooseTickStep } from './ticks';
import { levelCount, levelScale, timelineDomain, toWorld, zoomLimits } from './timeAxis';
import type { EraBand, LevelLayout, ModelInput, PartnerSpan, TimelineEventView, TimelineModel } from './timelineModelTypes';

// The shapes live in their own module; re-exported so importers keep one entry point.
export type { EraBand, LevelLayout, MarkMetrics, ModelInput, PartnerSpan, TimelineEventView, TimelineModel } from './timelineModelTypes';

/**
 * Label rows from which a lane is roomy: row 0 beside the marks is theirs, so three rows leave room for a title
 * on two rows below them.
 */
export const ROOMY_LANE_ROWS = 3;

/**
 * A shortened label grows into free room up to this many label widths (as a highlight on one row may): longer
 * one-line labels would be read as a sentence running across the lane rather than a mark's name.
 */
export const GROWN_LABEL_WIDTHS = 3;

/** A grown label's room is rounded down to whole steps of this size, px, so fittings repeat across levels. */
const GROWTH_STEP_PX = 40;

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
  // In a roomy lane a shortened title is offered whole on two rows first (LabelChoice): where that fits, visitors
  // read „Wasserreinigung am Alexanderfluss“ instead of „Wasserreinigung am Alex…“. Only titles that fit whole.
  const wholeLabels = new Map<string, FittedLabel | undefined>();
  const wholeOf = (eventId: string): FittedLabel | undefined => {
    if (!wholeLabels.has(eventId)) {
      const whole = wrapLabel(events.get(eventId)?.title ?? '', m.maxLabelWidth, measure);
      wholeLabels.set(eventId, whole.text.includes('…') ? undefined : whole);
    }
    return wholeLabels.get(eventId);
  };
  // Grown labels are fitted to the room rounded down to whole steps and kept: the same title at the next level
  // usually gets the same room, and each fitting costs canvas measurements.
  const grownLabels = new Map<string, FittedLabel>();
  const grownOf = (eventId: string, width: number): FittedLabel => {
    const key = `${eventId}\u0000${width}`;
    let grown = grownLabels.get(key);
    if (!grown) {
      grown = fitLabelAtWord(events.get(eventId)?.title ?? '', width, measure);
      grownLabels.set(key, grown);
    }
    return grown;
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
    let labelReach = m.maxLabelWidth;
    const laneLayouts = lanes.map((lane, laneIndex) => {
        const marks = clusterLane(sortedLanes[laneIndex] as ClusterInput[], k, m.clusterGap);
        // Single events get label candidates; every mark blocks row 0, clusters (the big discs) also row 1.
        const candidates: LabelChoice[] = [];
        const roomy = m.labelRows(lane) >= ROOMY_LANE_ROWS;
        const wholeTexts = new Map<string, string>();
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
          const x = mark.u * k + m.markRadius + 6;
          const priority = events.get(mark.key)?.highlight ? 1 : 0;
          const whole = roomy && label.text.includes('…') ? wholeOf(mark.key) : undefined;
          if (whole) {
            wholeTexts.set(mark.key, whole.text);
            candidates.push({ key: mark.key, x, width: whole.width, priority, rows: 2, fallback: { width: label.width, rows: 1 } });
          } else {
            candidates.push({ key: mark.key, x, width: label.width, priority, rows: label.text.includes('\n') ? 2 : 1 });
          }
        }
        // Nothing is ever shown right of the domain's end plus the padding, so labels must end before it.
        const maxRight = worldEnd * k + m.padding;
        const obstacles = [markExtents, clusterExtents];
        const placed = placeLabelChoices(candidates, m.labelRows(lane), m.labelGap, obstacles, maxRight);
        for (const key of wholeTexts.keys()) if (placed.fallbacks.has(key) || !placed.rows.has(key)) wholeTexts.delete(key);
        const texts = growShortenedLabels(candidates, placed, m.labelRows(lane), obstacles, maxRight, wholeTexts);
        for (const width of texts.widths) labelReach = Math.max(labelReach, width);
        return { marks, labels: placed.rows, ...(texts.texts.size > 0 ? { labelTexts: texts.texts } : {}) };
      });
    return { k, tickStep: chooseTickStep(k, m.minTickSpacing), lanes: laneLayouts, labelReach };
  };
  /**
   * Shortened one-row labels take the room to their right (labelGrowth.ts), up to {@link GROWN_LABEL_WIDTHS} label
   * widths. Returns this level's texts that differ from `labelText` (the whole two-row titles and the grown ones)
   * and the widths of all placed labels, px.
   */
  const growShortenedLabels = (
    candidates: readonly LabelChoice[],
    placed: { rows: LabelRows; fallbacks: ReadonlySet<string> },
    rowCount: number,
    obstacles: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
    maxRight: number,
    wholeTexts: Map<string, string>,
  ): { texts: Map<string, string>; widths: number[] } => {
    const laid: PlacedLabel[] = [];
    for (const candidate of candidates) {
      const row = placed.rows.get(candidate.key);
      if (row === undefined) continue;
      const form = placed.fallbacks.has(candidate.key) && candidate.fallback ? candidate.fallback : candidate;
      laid.push({ key: candidate.key, x: candidate.x, width: form.width, row, rows: form.rows ?? 1 });
    }
    const room = roomRightOf(laid, rowCount, m.labelGap, obstacles, maxRight);
    const widths: number[] = [];
    for (const label of laid) {
      const space = Math.min(room.get(label.key) ?? 0, GROWN_LABEL_WIDTHS * m.maxLabelWidth);
      const shortened = !wholeTexts.has(label.key) && labelOf(label.key).text.includes('…');
      // Less than one step of room: a character or two more would not be worth the fitting.
      if (label.rows !== 1 || !shortened || space < label.width + GROWTH_STEP_PX) {
        widths.push(label.width);
        continue;
      }
      const grown = grownOf(label.key, Math.floor(space / GROWTH_STEP_PX) * GROWTH_STEP_PX);
      if (grown.text !== labelOf(label.key).text) wholeTexts.set(label.key, grown.text);
      widths.push(grown.width);
    }
    return { texts: wholeTexts, widths };
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
