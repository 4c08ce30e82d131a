import { describe, expect, it } from 'vitest';
import { buildStressContent, stressManifestJson } from '../../../../scripts/bench/stressManifest';
import { bundleManifest } from '../../../../src-shared/bundleSchema';
import { MAX_MANIFEST_BYTES } from '../../../../src-main/content/validation/limits';

describe('buildStressContent', () => {
  it('is deterministic: the same parameters give the same manifest, byte for byte', () => {
    const first = stressManifestJson(buildStressContent({ events: 500, seed: 7 }).manifest);
    const second = stressManifestJson(buildStressContent({ events: 500, seed: 7 }).manifest);
    expect(second).toBe(first);
  });

  it('another seed gives other events', () => {
    const a = buildStressContent({ events: 50, seed: 1 }).events;
    const b = buildStressContent({ events: 50, seed: 2 }).events;
    expect(b).not.toEqual(a);
  });

  it.each([
    { events: 50, partners: 8, photos: 6 },
    { events: 500, partners: 3, photos: 1 },
    { events: 5000, partners: 14, photos: 4 },
  ])('$events events over $partners partners and $photos photos pass the bundle schema', ({ events, partners, photos }) => {
    const content = buildStressContent({ events, partners, photos });
    const parsed = bundleManifest.safeParse(JSON.parse(stressManifestJson(content.manifest)));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.events).toHaveLength(events);
    expect(parsed.data.partners).toHaveLength(partners);
    expect(new Set(parsed.data.partners.map((partner) => partner.id)).size).toBe(partners);
    expect(parsed.data.images.map((image) => image.file)).toEqual(content.photoFiles);
    expect(new Set(parsed.data.events.map((event) => event.id)).size).toBe(events);
    // Every event has exactly one thumbnail and one partner lane.
    for (const event of parsed.data.events) {
      expect(event.images).toHaveLength(1);
      expect(event.partners).toHaveLength(1);
    }
  });

  it('dates every event within 1960 – October 2026 and uses every lane', () => {
    const content = buildStressContent({ events: 5000 });
    const years = content.events.map((event) => Number(event.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(1960);
    expect(Math.max(...years)).toBe(2026);
    expect(content.events.every((event) => event.date <= '2026-10-31')).toBe(true);
    expect(new Set(content.events.map((event) => event.partnerId)).size).toBe(8);
    expect(new Set(content.events.map((event) => event.photo)).size).toBe(6);
  });

  it('gives every event a realistic title (40–80 characters) and text (100–300 characters)', () => {
    const { events } = buildStressContent({ events: 2000 });
    for (const event of events) {
      expect(event.title.length).toBeGreaterThanOrEqual(40);
      expect(event.title.length).toBeLessThanOrEqual(80);
      expect(event.text.length).toBeGreaterThanOrEqual(100);
      expect(event.text.length).toBeLessThanOrEqual(300);
    }
    // Not one text for all: the lengths spread over the range.
    expect(new Set(events.map((event) => event.text)).size).toBeGreaterThan(20);
  });

  it('fits 5,000 events with texts and an image entry each into the manifest limit (the product decision for 8 MiB)', () => {
    const { manifest } = buildStressContent({ events: 5000, imagePerEvent: true });
    const realistic = Buffer.byteLength(stressManifestJson(manifest));
    expect(realistic).toBeLessThan(MAX_MANIFEST_BYTES);
    // The old limit (2 MiB) was too small for it; 50,000 events stay over the limit.
    expect(realistic).toBeGreaterThan(2 * 1024 * 1024);
    expect(Buffer.byteLength(stressManifestJson(buildStressContent({ events: 50_000 }).manifest))).toBeGreaterThan(MAX_MANIFEST_BYTES);
    expect(manifest.images).toHaveLength(5000);
    expect(new Set(manifest.events?.map((event) => event.images?.[0])).size).toBe(5000);
  });

  it.each([
    { name: 'no events', params: { events: 0 } },
    { name: 'fractional events', params: { events: 2.5 } },
    { name: 'no partners', params: { events: 5, partners: 0 } },
    { name: 'no photos', params: { events: 5, photos: 0 } },
  ])('rejects $name', ({ params }) => {
    expect(() => buildStressContent(params)).toThrow(RangeError);
  });
});
