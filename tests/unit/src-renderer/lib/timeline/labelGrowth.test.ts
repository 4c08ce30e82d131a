import { describe, expect, it } from 'vitest';
import { fitLabelAtWord, type PlacedLabel, roomRightOf } from '../../../../../src-renderer/lib/timeline/labelGrowth';

/** 10 px per character, as the other label tests measure. */
const measure = (text: string): number => text.length * 10;
const label = (key: string, x: number, width: number, row = 0, rows = 1): PlacedLabel => ({ key, x, width, row, rows });

describe('roomRightOf', () => {
  it.each([
    { name: 'alone in its row: up to the right edge', labels: [label('a', 100, 50)], obstacles: [], maxRight: 1000, room: { a: 900 } },
    { name: 'up to the next label, less the gap', labels: [label('a', 100, 50), label('b', 400, 50)], obstacles: [], maxRight: 1000, room: { a: 290, b: 600 } },
    { name: 'a label in another row does not count', labels: [label('a', 100, 50), label('b', 400, 50, 1)], obstacles: [], maxRight: 1000, room: { a: 900, b: 600 } },
    { name: 'a mark in the row bounds it', labels: [label('a', 100, 50)], obstacles: [[[300, 350] as const]], maxRight: 1000, room: { a: 190 } },
    { name: 'a mark left of the anchor does not', labels: [label('a', 100, 50)], obstacles: [[[40, 90] as const]], maxRight: 1000, room: { a: 900 } },
    { name: 'a two-row label bounds both rows and gets no room itself', labels: [label('a', 100, 50, 1), label('b', 300, 80, 0, 2)], obstacles: [], maxRight: 1000, room: { a: 190 } },
  ])('$name', ({ labels, obstacles, maxRight, room }) => {
    expect(Object.fromEntries(roomRightOf(labels, 2, 10, obstacles, maxRight))).toEqual(room);
  });

  it('grown to their room, 500 random labels never overlap each other or a mark', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    // Non-overlapping labels per row, as placeLabels leaves them, and marks between them in row 0.
    const labels: PlacedLabel[] = [];
    const marks: Array<readonly [number, number]> = [];
    for (const row of [0, 1]) {
      let x = 0;
      for (let i = 0; i < 250; i += 1) {
        x += 20 + random() * 200;
        if (row === 0 && random() < 0.3) {
          marks.push([x, x + 40]);
          x += 50;
        }
        const width = 30 + random() * 100;
        labels.push(label(`${row}-${i}`, x, width, row));
        x += width + 10;
      }
    }
    const room = roomRightOf(labels, 2, 10, [marks], 1e9);
    for (const row of [0, 1]) {
      const extents = [
        ...labels.filter((l) => l.row === row).map((l) => [l.x, l.x + (room.get(l.key) as number) + 10] as const),
        ...(row === 0 ? marks : []),
      ].sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < extents.length; i += 1) expect(extents[i]![0]).toBeGreaterThanOrEqual(extents[i - 1]![1] - 1e-9);
    }
    for (const l of labels) expect(room.get(l.key)).toBeGreaterThanOrEqual(l.width);
  });
});

describe('fitLabelAtWord', () => {
  it.each([
    { name: 'fits: unchanged', text: 'Zusammenarbeit', maxWidth: 200, fitted: 'Zusammenarbeit' },
    { name: 'cut at a word’s end already: as fitLabel', text: 'Die Vereinbarung mit Bistrița', maxWidth: 170, fitted: 'Die Vereinbarung…' },
    { name: 'cut inside the last word: back to the word’s end', text: 'Kooperationsvereinbarung mit dem Kreis', maxWidth: 320, fitted: 'Kooperationsvereinbarung mit…' },
    { name: 'the word’s end would lose too much: cut inside it', text: 'Kooperationsvereinbarung mit dem Kreis', maxWidth: 200, fitted: 'Kooperationsvereinb…' },
    { name: 'one long word: cut inside it', text: 'Partnerschaftsurkundenunterzeichnung', maxWidth: 150, fitted: 'Partnerschafts…' },
  ])('$name', ({ text, maxWidth, fitted }) => {
    const result = fitLabelAtWord(text, maxWidth, measure);
    expect(result.text).toBe(fitted);
    expect(result.width).toBe(measure(result.text));
    expect(result.width).toBeLessThanOrEqual(maxWidth);
  });
});
