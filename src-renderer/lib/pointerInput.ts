import type { PointerInput } from './timeline/gestureRecognizer';

/**
 * A DOM PointerEvent as the gesture recognizer's input, in px relative to `element` and with the event's own
 * timestamp (ms), so velocities are those of the finger.
 */
export function pointerInput(event: PointerEvent, kind: PointerInput['kind'], element: Element): PointerInput {
  const rect = element.getBoundingClientRect();
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
