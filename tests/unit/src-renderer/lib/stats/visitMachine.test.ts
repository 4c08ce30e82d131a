import { describe, expect, it } from 'vitest';
import { endVisit, localHour, type VisitInput, visitStep, type VisitState } from '../../../../../src-renderer/lib/stats/visitMachine';

const context = { bundleId: 'ausstellung', bundleVersion: 'v1', language: 'en', hourOf: (ms: number) => `2026-11-02T${String(Math.floor(ms / 3_600_000)).padStart(2, '0')}` };

function run(inputs: VisitInput[], state: VisitState = undefined): VisitState {
  return inputs.reduce<VisitState>((current, input) => visitStep(current, input), state);
}

const H10 = 10 * 3_600_000;

describe('visit machine', () => {
  const cases: { name: string; inputs: VisitInput[]; expected: Partial<ReturnType<typeof endVisit>> | undefined }[] = [
    { name: 'nothing happens without a touch', inputs: [{ kind: 'event', id: 'a' }, { kind: 'mode', mode: 'map' }], expected: undefined },
    {
      name: 'a visit runs from the first to the last touch and keeps each id once',
      inputs: [
        { kind: 'touch', nowMs: H10, mode: 'timeline' },
        { kind: 'event', id: 'gruendung' },
        { kind: 'event', id: 'gruendung' },
        { kind: 'partner', id: 'emek-hefer' },
        { kind: 'touch', nowMs: H10 + 95_400, mode: 'timeline' },
      ],
      expected: { hour: '2026-11-02T10', seconds: 95, events: ['gruendung'], partners: ['emek-hefer'], wake: false, language: 'en' },
    },
    {
      name: 'mode switches, gallery position and filters are counted',
      inputs: [
        { kind: 'touch', nowMs: H10, mode: 'timeline' },
        { kind: 'mode', mode: 'gallery' },
        { kind: 'gallery', index: 0 },
        { kind: 'gallery', index: 6 },
        { kind: 'gallery', index: 2 },
        { kind: 'mode', mode: 'map' },
        { kind: 'filter', filter: 'themes' },
        { kind: 'filter', filter: 'themes' },
        { kind: 'image', id: 'bild-1' },
      ],
      expected: { modeSwitches: 2, modes: ['timeline', 'gallery', 'map'], galleryReached: 7, filters: ['themes'], images: ['bild-1'] },
    },
    {
      name: 'a wake-up from attract marks the visit its touch began',
      inputs: [
        { kind: 'touch', nowMs: H10, mode: 'timeline' },
        { kind: 'wake', nowMs: H10 + 200, mode: 'timeline' },
      ],
      expected: { wake: true, seconds: 0 },
    },
  ];
  for (const { name, inputs, expected } of cases) {
    it(name, () => {
      const record = endVisit(run(inputs), context);
      if (expected === undefined) expect(record).toBeUndefined();
      else expect(record).toMatchObject(expected);
    });
  }

  it('the idle reset ends the visit: what follows belongs to the next one', () => {
    const first = run([{ kind: 'touch', nowMs: H10, mode: 'timeline' }, { kind: 'event', id: 'a' }]);
    expect(endVisit(first, context)?.events).toEqual(['a']);
    // After the reset (state back to undefined) the start view being put back is not counted.
    const between = run([{ kind: 'mode', mode: 'timeline' }, { kind: 'event', id: 'b' }]);
    expect(between).toBeUndefined();
    const second = run([{ kind: 'touch', nowMs: H10 + 3_600_000, mode: 'timeline' }, { kind: 'partner', id: 'p' }]);
    expect(endVisit(second, context)).toMatchObject({ hour: '2026-11-02T11', events: [], partners: ['p'] });
  });

  it('caps the ids of one visit', () => {
    const inputs: VisitInput[] = [{ kind: 'touch', nowMs: 0, mode: 'timeline' }];
    for (let i = 0; i < 100; i += 1) inputs.push({ kind: 'event', id: `e-${i}` });
    expect(endVisit(run(inputs), context)?.events).toHaveLength(40);
  });

  it('names the local hour and nothing finer', () => {
    expect(localHour(new Date(2026, 10, 2, 9, 59, 59).getTime())).toBe('2026-11-02T09');
  });
});
