import type { PointerInput } from './gestureRecognizer';

/** The top-left corner of an element in client px, e.g. from `getBoundingClientRect()`. */
export interface ClientOrigin {
  left: number;
  top: number;
}

/**
 * A DOM PointerEvent as the gesture recognizer's input, in px relative to `origin` (an element, or its corner
 * measured once per gesture: measuring during a pan forces a layout per event) and with the event's own
 * timestamp (ms), so velocities are those of the finger.
 */
export function pointerInput(event: PointerEvent, kind: PointerInput['kind'], origin: Element | ClientOrigin): PointerInput {
  const rect = 'getBoundingClientRect' in origin ? origin.getBoundingClientRect() : origin;
  return {
    kind,
    id: event.pointerId,
    x: event.clientX - rect.left,
    y: event.clientY - rect.top,
    t: event.timeStamp,
    pointerType: event.pointerType,
    width: event.width,
    height: event.height,
  };
}
