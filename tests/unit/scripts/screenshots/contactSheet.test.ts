import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LANDSCAPE_TILE, layoutSheet, PORTRAIT_TILE, renderContactSheet, type SheetShot } from '../../../../scripts/screenshots/contactSheet';

type Slot = Pick<SheetShot, 'orientation' | 'language' | 'mode'>;
const slots = (orientations: SheetShot['orientation'][], languages: string[], modes: string[]): Slot[] =>
  orientations.flatMap((orientation) => languages.flatMap((language) => modes.map((mode) => ({ orientation, language, mode }))));

describe('layoutSheet', () => {
  const cases = [
    { name: 'one bundle, two languages, three views', shots: slots(['landscape', 'portrait'], ['de', 'en'], ['timeline', 'gallery', 'map']), rows: 3 },
    { name: 'landscape only', shots: slots(['landscape'], ['de'], ['timeline', 'map']), rows: 1 },
    { name: 'portrait only', shots: slots(['portrait'], ['de', 'en'], ['timeline']), rows: 1 },
  ];
  for (const { name, shots, rows } of cases) {
    it(`places every shot once without overlap: ${name}`, () => {
      const { tiles, width, height } = layoutSheet(shots);
      expect(tiles.map((tile) => tile.shot).sort((a, b) => a - b)).toEqual(shots.map((_, index) => index));
      expect(new Set(tiles.map((tile) => tile.top)).size).toBe(rows);
      for (const tile of tiles) {
        expect(tile.left + tile.width).toBeLessThanOrEqual(width);
        expect(tile.top + tile.height).toBeLessThanOrEqual(height);
        const size = shots[tile.shot]!.orientation === 'landscape' ? LANDSCAPE_TILE : PORTRAIT_TILE;
        expect({ width: tile.width, height: tile.height }).toEqual(size);
        expect(tile.label).toContain(shots[tile.shot]!.mode);
        for (const other of tiles) {
          if (other === tile) continue;
          const apart = other.left >= tile.left + tile.width || tile.left >= other.left + other.width || other.top >= tile.top + tile.height || tile.top >= other.top + other.height;
          expect(apart).toBe(true);
        }
      }
    });
  }
});

describe('renderContactSheet', () => {
  it('writes a JPEG of the laid-out size from real PNGs', async () => {
    const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } }).png().toBuffer();
    const shots: SheetShot[] = [
      { orientation: 'landscape', language: 'de', mode: 'timeline', png: await png(1920, 1080) },
      { orientation: 'portrait', language: 'de', mode: 'timeline', png: await png(1080, 1920) },
    ];
    const sheet = await renderContactSheet('Test', shots);
    const meta = await sharp(sheet).metadata();
    const { width, height } = layoutSheet(shots);
    expect(meta.format).toBe('jpeg');
    expect({ width: meta.width, height: meta.height }).toEqual({ width, height });
  });
});
