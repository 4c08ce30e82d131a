import { describe, expect, it } from 'vitest';
import {
  type GestureAction,
  GestureRecognizer,
  type PointerInput,
  wheelToAction,
} from '../../../../../src-renderer/lib/gestures/gestureRecognizer';

type Step = Omit<PointerInput, 'pointerType'> & { pointerType?: string };

function run(steps: Step[]): GestureAction[] {
  const recognizer = new GestureRecognizer();
  return steps.flatMap((step) => recognizer.handle({ pointerType: 'touch', ...step }));
}

/** A one-finger drag from x0 to x1 in `moves` moves, `dt` ms apart, starting at time t0. */
function drag(id: number, x0: number, x1: number, moves: number, dt: number, restMs = 0, t0 = 0, y = 300): Step[] {
  const steps: Step[] = [{ kind: 'down', id, x: x0, y, t: t0 }];
  for (let i = 1; i <= moves; i += 1) steps.push({ kind: 'move', id, x: x0 + ((x1 - x0) * i) / moves, y, t: t0 + i * dt });
  steps.push({ kind: 'up', id, x: x1, y, t: t0 + moves * dt + restMs });
  return steps;
}

const sumPan = (actions: GestureAction[]) =>
  actions.reduce((sum, action) => sum + (action.type === 'pan' ? action.dx : 0), 0);
const product = (actions: GestureAction[]) =>
  actions.reduce((p, action) => p * (action.type === 'pinch' ? action.scale : 1), 1);
const types = (actions: GestureAction[]) => actions.map((action) => action.type);

describe('one finger', () => {
  it.each([
    { name: 'drag right and rest: pan, no fling', x1: 300, moves: 10, dt: 100, rest: 300, fling: false },
    { name: 'drag left and rest: pan left', x1: -100, moves: 10, dt: 100, rest: 300, fling: false },
    { name: 'release while moving flings', x1: -100, moves: 10, dt: 100, rest: 0, fling: true },
    { name: 'quick flick flings', x1: 400, moves: 5, dt: 10, rest: 0, fling: true },
  ])('$name', ({ x1, moves, dt, rest, fling }) => {
    const actions = run(drag(1, 100, x1, moves, dt, rest));
    expect(sumPan(actions)).toBeCloseTo(x1 - 100, 9);
    expect(types(actions)).not.toContain('tap');
    const flung = actions.find((action) => action.type === 'fling');
    expect(flung !== undefined).toBe(fling);
    if (flung?.type === 'fling') expect(Math.sign(flung.vx)).toBe(Math.sign(x1 - 100));
  });

  it.each([
    { name: 'a still touch is a tap', dx: 0, ms: 80, expected: ['start', 'tap', 'end'] },
    { name: 'a small wobble is still a tap', dx: 5, ms: 80, expected: ['start', 'pan', 'tap', 'end'] },
    { name: 'a long press is no tap', dx: 0, ms: 900, expected: ['start', 'end'] },
  ])('$name', ({ dx, ms, expected }) => {
    const actions = run([
      { kind: 'down', id: 1, x: 50, y: 50, t: 0 },
      { kind: 'move', id: 1, x: 50 + dx, y: 50, t: ms / 2 },
      { kind: 'up', id: 1, x: 50 + dx, y: 50, t: ms },
    ]);
    expect(types(actions)).toEqual(expected);
  });

  it.each([
    { name: 'two quick taps are a double-tap', gap: 150, distance: 10, expected: 'doubletap' },
    { name: 'two slow taps are two taps', gap: 600, distance: 10, expected: 'tap' },
    { name: 'two taps far apart are two taps', gap: 150, distance: 200, expected: 'tap' },
  ])('$name', ({ gap, distance, expected }) => {
    const actions = run([
      { kind: 'down', id: 1, x: 100, y: 100, t: 0 },
      { kind: 'up', id: 1, x: 100, y: 100, t: 50 },
      { kind: 'down', id: 2, x: 100 + distance, y: 100, t: 50 + gap },
      { kind: 'up', id: 2, x: 100 + distance, y: 100, t: 100 + gap },
    ]);
    const last = actions.filter((action) => action.type === 'tap' || action.type === 'doubletap').pop();
    expect(last?.type).toBe(expected);
  });

  it('a cancelled touch neither taps nor flings', () => {
    const actions = run([
      { kind: 'down', id: 1, x: 100, y: 100, t: 0 },
      { kind: 'cancel', id: 1, x: 100, y: 100, t: 30 },
    ]);
    expect(types(actions)).toEqual(['start', 'end']);
  });
});

describe('two fingers', () => {
  const spread = (from: number, to: number): Step[] => [
    { kind: 'down', id: 1, x: 500 - from, y: 300, t: 0 },
    { kind: 'down', id: 2, x: 500 + from, y: 300, t: 5 },
    { kind: 'move', id: 1, x: 500 - to, y: 300, t: 20 },
    { kind: 'move', id: 2, x: 500 + to, y: 300, t: 25 },
    { kind: 'up', id: 1, x: 500 - to, y: 300, t: 40 },
    { kind: 'up', id: 2, x: 500 + to, y: 300, t: 45 },
  ];
  it.each([
    { name: 'spreading zooms in by the distance ratio', from: 100, to: 200, scale: 2 },
    { name: 'pinching zooms out', from: 200, to: 50, scale: 0.25 },
  ])('$name', ({ from, to, scale }) => {
    const actions = run(spread(from, to));
    expect(product(actions)).toBeCloseTo(scale, 9);
    expect(types(actions)).not.toContain('tap');
    const pinches = actions.filter((action) => action.type === 'pinch');
    // Symmetric spreading keeps the midpoint: the anchor stays at 500.
    const netDx = pinches.reduce((sum, action) => sum + (action.type === 'pinch' ? action.dx : 0), 0);
    expect(netDx).toBeCloseTo(0, 9);
    expect(pinches[0]?.type === 'pinch' && pinches[0].cx).toBe(500);
  });

  it('a third finger is ignored and the pinch goes on', () => {
    const actions = run([
      { kind: 'down', id: 1, x: 400, y: 300, t: 0 },
      { kind: 'down', id: 2, x: 600, y: 300, t: 5 },
      { kind: 'down', id: 3, x: 900, y: 900, t: 10 },
      { kind: 'move', id: 3, x: 100, y: 100, t: 15 },
      { kind: 'move', id: 2, x: 800, y: 300, t: 20 },
      { kind: 'up', id: 3, x: 100, y: 100, t: 25 },
      { kind: 'up', id: 1, x: 400, y: 300, t: 30 },
      { kind: 'up', id: 2, x: 800, y: 300, t: 35 },
    ]);
    expect(product(actions)).toBeCloseTo(2, 9);
    expect(types(actions).filter((type) => type === 'end')).toHaveLength(1);
  });

  it('a palm is ignored while a finger pans', () => {
    const actions = run([
      { kind: 'down', id: 1, x: 100, y: 300, t: 0 },
      { kind: 'down', id: 9, x: 700, y: 700, t: 5, width: 160, height: 200 },
      { kind: 'move', id: 9, x: 720, y: 700, t: 10, width: 160, height: 200 },
      { kind: 'move', id: 1, x: 300, y: 300, t: 400 },
      { kind: 'up', id: 9, x: 720, y: 700, t: 450 },
      { kind: 'up', id: 1, x: 300, y: 300, t: 900 },
    ]);
    expect(sumPan(actions)).toBe(200);
    expect(types(actions)).not.toContain('pinch');
  });

  it('lifting one finger of a pinch continues as a pan without a jump', () => {
    const actions = run([
      { kind: 'down', id: 1, x: 400, y: 300, t: 0 },
      { kind: 'down', id: 2, x: 600, y: 300, t: 5 },
      { kind: 'up', id: 1, x: 400, y: 300, t: 10 },
      { kind: 'move', id: 2, x: 650, y: 300, t: 400 },
      { kind: 'up', id: 2, x: 650, y: 300, t: 900 },
    ]);
    expect(sumPan(actions)).toBe(50);
    expect(types(actions)).not.toContain('tap');
  });
});

describe('wheelToAction', () => {
  it.each([
    { name: 'wheel down zooms out', input: { deltaX: 0, deltaY: 100, ctrlKey: false }, type: 'pinch', below1: true },
    { name: 'wheel up zooms in', input: { deltaX: 0, deltaY: -100, ctrlKey: false }, type: 'pinch', below1: false },
    { name: 'trackpad pinch zooms', input: { deltaX: 0, deltaY: -10, ctrlKey: true }, type: 'pinch', below1: false },
    { name: 'horizontal trackpad scroll pans', input: { deltaX: 40, deltaY: 3, ctrlKey: false }, type: 'pan', below1: false },
  ])('$name', ({ input, type, below1 }) => {
    const action = wheelToAction({ ...input, deltaMode: 0, shiftKey: false, x: 300, y: 200 });
    expect(action.type).toBe(type);
    if (action.type === 'pinch') {
      expect(action.scale < 1).toBe(below1);
      expect(action.cx).toBe(300);
    }
    if (action.type === 'pan') expect(action.dx).toBe(-40);
  });
  it('line mode counts 16 px per line', () => {
    const action = wheelToAction({ deltaX: 0, deltaY: 3, deltaMode: 1, ctrlKey: false, shiftKey: true, x: 0, y: 0 });
    expect(action).toEqual({ type: 'pan', dx: -48, dy: 0 });
  });
});
