/**
 * Map labels without overlap: each marker tries its label right, left, above and below; the first spot that
 * collides with no placed label, no marker and stays inside the map wins, otherwise the label is left out (the
 * marker and the list beside the map still name the partner). Greedy by priority, like the timeline's labels.
 */

/** A label to place beside a marker at (x, y); sizes in px. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher goes first (e.g. the home district, then clusters). */
  priority: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

/** A placed label: its top-left corner in px and the side of its marker it sits on. */
export interface PlacedLabel {
  id: string;
  left: number;
  top: number;
  side: LabelSide;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

function boxFor(request: LabelRequest, side: LabelSide, gap: number): Box {
  const { x, y, width, height } = request;
  const left = side === 'right' ? x + gap : side === 'left' ? x - gap - width : x - width / 2;
  const top = side === 'above' ? y - gap - height : side === 'below' ? y + gap : y - height / 2;
  return { left, top, right: left + width, bottom: top + height };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Places labels for `requests`.
 * @param markerRadius Radius (px) of every marker; labels keep clear of all markers.
 * @param bounds Map size (px); labels stay fully inside it.
 */
export function placeMapLabels(
  requests: readonly LabelRequest[],
  markerRadius: number,
  bounds: { width: number; height: number },
): PlacedLabel[] {
  const markers: Box[] = requests.map(({ x, y }) => ({
    left: x - markerRadius,
    top: y - markerRadius,
    right: x + markerRadius,
    bottom: y + markerRadius,
  }));
  const placed: Array<Box & { id: string }> = [];
  const result: PlacedLabel[] = [];
  const order = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const request of order) {
    for (const side of SIDES) {
      const box = boxFor(request, side, markerRadius + 6);
      const inside = box.left >= 0 && box.top >= 0 && box.right <= bounds.width && box.bottom <= bounds.height;
      if (!inside || markers.some((marker) => overlaps(marker, box)) || placed.some((other) => overlaps(other, box))) continue;
      placed.push({ ...box, id: request.id });
      result.push({ id: request.id, left: box.left, top: box.top, side });
      break;
    }
  }
  return result;
}
