/**
 * The precomputed timeline: lanes, spans, eras, events in world units, and for every zoom level the marks
 * (clusters) and placed labels of every lane. Built once per bundle, language and surface size; nothing here is
 * recomputed while a finger moves.
 */
import { localize } from '../../../src-shared/localizedText';
import { partialDateEnd, partialDateStart, rangeEndMs } from '../../../src-shared/partialDate';
import { clusterLane, type ClusterInput } from './clustering';
import { fitLabelAtWord } from './labelGrowth';
import { type FittedLabel, type LabelChoice, wrapLabel } from './labelPlacement';
import { layoutLaneLabels } from './laneLabels';
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
  // one line of up to three label widths. Other titles are shortened to one label width, at a word's end where
  // that keeps most of the title („Gäste aus Emek Hefer…“ rather than „Gäste aus Emek Hefer ei…“).
  const labelOf = (eventId: string): FittedLabel => {
    let label = labels.get(eventId);
    if (!label) {
      const event = events.get(eventId);
      const title = event?.title ?? '';
      const lane = event ? lanes[event.laneIndex] : undefined;
      if (!event?.highlight || !lane) label = fitLabelAtWord(title, m.maxLabelWidth, measure);
      else if (m.labelRows(lane) >= 2) label = wrapLabel(title, m.maxLabelWidth, measure);
      else label = fitLabelAtWord(title, 3 * m.maxLabelWidth, measure);
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
  // Titles fitted to a room (laneLabels.ts rounds it down to whole steps) are kept: the same title at the next
  // level usually gets the same room, and each fitting costs canvas measurements.
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
    let labelReachLeft = 0;
    const laneLayouts = lanes.map((lane, laneIndex) => {
        const marks = clusterLane(sortedLanes[laneIndex] as ClusterInput[], k, m.clusterGap);
        // Single events get label candidates; every mark blocks row 0, clusters (the big discs) also row 1.
        const candidates: LabelChoice[] = [];
        const roomy = m.labelRows(lane) >= ROOMY_LANE_ROWS;
        const wholeTexts = new Map<string, string>();
        const markExtents: Array<readonly [number, number]> = [];
        const clusterExtents: Array<readonly [number, number]> = [];
        /** Where a label left of its mark would end, px: the label's spacing before the disc. */
        const labelEnds = new Map<string, number>();
        for (const mark of marks) {
          const extent = [mark.u * k - m.markRadius, mark.uEnd * k + m.markRadius] as const;
          markExtents.push(extent);
          if (mark.ids.length > 1) {
            clusterExtents.push(extent);
            continue;
          }
          const label = labelOf(mark.key);
          const x = mark.u * k + m.markRadius + 6;
          labelEnds.set(mark.key, mark.u * k - m.markRadius - 6);
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
        const labels = layoutLaneLabels({
          candidates,
          wholeTexts,
          rowCount: m.labelRows(lane),
          gapPx: m.labelGap,
          obstacles: [markExtents, clusterExtents],
          maxRight,
          maxLabelWidth: m.maxLabelWidth,
          endOf: (key) => labelEnds.get(key) ?? 0,
          shortText: (key) => labelOf(key).text,
          fitted: grownOf,
          whole: (key) => {
            const whole = roomy ? wholeOf(key) : undefined;
            return whole?.text.includes('\n') ? whole : undefined;
          },
        });
        for (const [key, width] of labels.widths) {
          if (labels.left.has(key)) labelReachLeft = Math.max(labelReachLeft, width);
          else labelReach = Math.max(labelReach, width);
        }
        return {
          marks,
          labels: labels.rows,
          ...(labels.texts.size > 0 ? { labelTexts: labels.texts } : {}),
          ...(labels.left.size > 0 ? { leftLabels: labels.left } : {}),
        };
      });
    return { k, tickStep: chooseTickStep(k, m.minTickSpacing), lanes: laneLayouts, labelReach, labelReachLeft };
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
