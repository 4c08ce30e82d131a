import { describe, expect, it } from 'vitest';
import { type AttractContent, attractPlaylist, KEN_BURNS_MAX_SHIFT, kenBurnsFor } from '../../../../../src-renderer/lib/idle/attractPlaylist';
import { seededRandom } from '../../../../support/seededRandom';

function event(id: string, highlight: boolean, images: string[] = []): AttractContent['events'][number] {
  return { id, date: '1980', title: id, partners: [], themes: [], images, highlight };
}
function image(id: string): AttractContent['images'][number] {
  return { id, file: `bilder/${id}.jpg`, caption: id, placeholder: false };
}

describe('attractPlaylist', () => {
  const content: AttractContent = {
    events: [event('a', true, ['missing', 'p1']), event('b', false, ['p2']), event('c', true)],
    images: [image('p1'), image('p2'), image('p3')],
    collections: [{ id: 'fifty', title: '50', images: ['p2', 'gone', 'p3'] }],
  };

  it('interleaves highlights with collection images, skipping unknown images', () => {
    expect(attractPlaylist(content)).toEqual([
      { kind: 'event', eventId: 'a', imageId: 'p1' },
      { kind: 'image', imageId: 'p2', collectionId: 'fifty', index: 0 },
      { kind: 'event', eventId: 'c', imageId: undefined },
      { kind: 'image', imageId: 'p3', collectionId: 'fifty', index: 2 },
    ]);
  });

  it('limits the collection images', () => {
    expect(attractPlaylist(content, 1).filter((slide) => slide.kind === 'image')).toHaveLength(1);
  });

  it('is empty without highlights and collections', () => {
    expect(attractPlaylist({ events: [event('x', false)], images: [], collections: [] })).toEqual([]);
  });
});

describe('kenBurnsFor', () => {
  it('zooms gently and never shifts past the overhang of the smaller zoom', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 200; run += 1) {
      const motion = kenBurnsFor(random);
      const smaller = Math.min(motion.fromScale, motion.toScale);
      expect(smaller).toBeGreaterThanOrEqual(1.04);
      expect(Math.max(motion.fromScale, motion.toScale)).toBeLessThanOrEqual(1.2);
      for (const shift of [motion.fromX, motion.fromY, motion.toX, motion.toY]) {
        expect(Math.abs(shift)).toBeLessThanOrEqual(KEN_BURNS_MAX_SHIFT);
        expect(Math.abs(shift)).toBeLessThan(((smaller - 1) / 2) * 100);
      }
    }
  });
});
