/**
 * What each mark element shows, computed from the level layout: pure, so the DOM side (markElements.ts) only
 * compares and copies strings.
 */
import type { Mark } from './clustering';
import type { LabelRows } from './labelPlacement';
import { labelRowY, SURFACE } from './surfaceMetrics';
import type { TimelineEventView } from './timelineModel';
import { worldPercent } from './worldPosition';

/** One mark element's content; `undefined` fields are absent attributes or properties. */
export interface MarkView {
  /** The element's identity: the mark's first event. A cluster that splits hands its element to that event. */
  identity: string;
  /** `data-mark-key`: the mark's key (see clustering.ts). */
  key: string;
  /** CSS `left` on the world layer, percent. */
  left: string;
  /** Class list. */
  className: string;
  /** `data-event-id` of a single event. */
  eventId?: string;
  /** `data-count` of a cluster (shown by CSS). */
  count?: string;
  /** `data-label` of a single event with a placed label (shown by CSS). */
  label?: string;
  /** `--label-y`: the label row's centre below the mark's centre, px. */
  labelY?: string;
  /** `background-image` of a cluster: its representative's thumbnail. */
  background?: string;
  ariaLabel: string;
}

/** What {@link markViews} needs besides the marks. */
export interface MarkViewInput {
  /** Placed label rows of the lane at this level. */
  labels: LabelRows | undefined;
  events: ReadonlyMap<string, TimelineEventView>;
  /** An event's label text, shortened to the label width. */
  labelText: (eventId: string) => string;
  /** This level's label texts that differ from {@link labelText} (whole titles on two rows), by event id. */
  labelTexts?: ReadonlyMap<string, string> | undefined;
  /** Events whose label sits left of the mark (at the timeline's right end). */
  leftLabels?: ReadonlySet<string> | undefined;
  /** URL of an event's thumbnail, if it has an image. */
  thumbnail: (eventId: string) => string | undefined;
  /** Length of the world layer, years. */
  worldYears: number;
  /** The accessible name of a cluster of `count` events. */
  clusterLabel: (count: number) => string;
}

/** CSS url() of a thumbnail; quotes and backslashes escaped so a file name cannot end the value. */
export function cssUrl(src: string): string {
  return `url("${src.replace(/["\\]/g, '\\$&')}")`;
}

/** The views of one lane's marks, in the marks' order; marks whose event is unknown are left out. */
export function markViews(marks: readonly Mark[], input: MarkViewInput): MarkView[] {
  const views: MarkView[] = [];
  for (const mark of marks) {
    const identity = mark.ids[0] ?? mark.key;
    const left = worldPercent(mark.u, input.worldYears);
    if (mark.ids.length > 1) {
      const src = input.thumbnail(mark.representativeId);
      views.push({
        identity,
        key: mark.key,
        left,
        className: 'mark cluster',
        count: String(mark.ids.length),
        ...(src ? { background: cssUrl(src) } : {}),
        ariaLabel: input.clusterLabel(mark.ids.length),
      });
      continue;
    }
    const event = input.events.get(mark.representativeId);
    if (!event) continue;
    const row = input.labels?.get(mark.key);
    const label = row === undefined ? undefined : (input.labelTexts?.get(event.id) ?? input.labelText(event.id));
    // A two-line label (a whole title) is centred between the two rows it takes.
    const twoLine = label?.includes('\n') ?? false;
    const labelY = row === undefined ? 0 : (twoLine ? (labelRowY(row) + labelRowY(row + 1)) / 2 : labelRowY(row)) - SURFACE.markY;
    views.push({
      identity,
      key: mark.key,
      left,
      className: `mark single${event.highlight ? ' highlight' : ''}${twoLine ? ' two-line' : ''}${label !== undefined && input.leftLabels?.has(mark.key) ? ' label-left' : ''}`,
      eventId: event.id,
      ...(label !== undefined ? { label, labelY: `${labelY}px` } : {}),
      ariaLabel: event.title,
    });
  }
  return views;
}
