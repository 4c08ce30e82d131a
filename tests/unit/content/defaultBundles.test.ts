import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { isGeneratedPlaceholder } from '../../../src-main/content/placeholderImage';
import { localize } from '../../../src-shared/localizedText';
import { contentLocations, projectRoot } from '../../../src-main/content/contentLocations';
import { validateBundle } from '../../../src-main/content/validation/validateBundle';

const { contentDir } = contentLocations(projectRoot(import.meta.url));

/** The three bundles shipped in content/, with the seed document each one is written from. */
const BUNDLES = [
  { id: 'siegen-wittgenstein-emek-hefer', seed: '000_' },
  { id: 'landkreis-kassel', seed: '001_' },
  { id: 'landkreis-harz', seed: '002_' },
] as const;

const reports = new Map<string, ReturnType<typeof validateBundle>>();

/** Validates each bundle once per run: the default bundle alone decodes 54 full-size JPEGs. */
function load(id: string): ReturnType<typeof validateBundle> {
  let report = reports.get(id);
  if (report === undefined) {
    report = validateBundle(path.join(contentDir, id));
    reports.set(id, report);
  }
  return report;
}

afterAll(async () => {
  for (const report of reports.values()) await (await report).dispose();
});

describe.each(BUNDLES)('content/$id', ({ id, seed }) => {
  it('passes validation without errors or warnings and names its seed as source', async () => {
    const report = await load(id);
    expect(report.problems).toEqual([]);
    expect(report.manifest?.id).toBe(id);
    expect(report.manifest?.sources.some((source) => source.reference?.includes(`seeds/${seed}`))).toBe(true);
    expect(report.manifest?.languages).toEqual(['de', 'en']);
  });

  it('holds generated, labelled 1920 × 1280 placeholders wherever an image is marked as one', async () => {
    const manifest = (await load(id)).manifest;
    const placeholders = manifest?.images.filter((image) => image.placeholder) ?? [];
    expect(placeholders.length).toBeGreaterThan(0);
    for (const image of placeholders) {
      const bytes = await readFile(path.join(contentDir, id, image.file));
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height], image.file).toEqual(['jpeg', 1920, 1280]);
      expect(bytes.length, image.file).toBeLessThan(60 * 1024);
      expect(await isGeneratedPlaceholder(bytes), image.file).toBe(true);
      expect(localize(image.caption, 'de')).toMatch(/^Platzhalter – /);
      expect(localize(image.alt, 'de')).toContain('Platzhalter');
      expect(image.credit).toContain('generate-placeholders');
    }
  });
});

describe('the default exhibition', () => {
  it('is „50 Jahre – 50 Bilder“ with Emek Hefer as the first partnership between two districts', async () => {
    const manifest = (await load('siegen-wittgenstein-emek-hefer')).manifest;
    expect(localize(manifest?.title, 'de')).toBe('50 Jahre – 50 Bilder');
    const emekHefer = manifest?.partners.find((partner) => partner.id === 'emek-hefer');
    expect(localize(emekHefer?.summary, 'de')).toContain('erste Partnerschaft zwischen zwei Kreisen');
    expect(emekHefer?.since).toBe('1973');
  });

  it('has a collection of exactly 50 numbered placeholder slots', async () => {
    const manifest = (await load('siegen-wittgenstein-emek-hefer')).manifest;
    const collection = manifest?.collections.find((item) => item.id === '50-jahre-50-bilder');
    expect(collection?.images).toHaveLength(50);
    collection?.images.forEach((imageId, index) => {
      const image = manifest?.images.find((item) => item.id === imageId);
      expect(image?.placeholder).toBe(true);
      expect(localize(image?.caption, 'de')).toBe(`Platzhalter – Bild ${index + 1} von 50 – hier kommt ein Foto aus Emek Hefer`);
    });
  });
});

describe('the partner map', () => {
  it('gets a location for partners in every country the default bundles name', async () => {
    const countries = new Set<string>();
    for (const { id } of BUNDLES) {
      for (const partner of (await load(id)).manifest?.partners ?? []) if (partner.location) countries.add(partner.country);
    }
    for (const country of ['IL', 'IT', 'US', 'HU', 'AT', 'RO', 'FR', 'PL', 'CZ', 'SK', 'DK', 'CH', 'NE', 'VN']) {
      expect(countries.has(country), country).toBe(true);
    }
  });

  it('lists every town partnership of the Landkreis Harz with the town that holds it', async () => {
    const partners = (await load('landkreis-harz')).manifest?.partners ?? [];
    const towns = partners.filter((partner) => partner.kind === 'Städtepartnerschaft');
    expect(towns).toHaveLength(21);
    for (const town of towns) {
      expect(localize(town.holder, 'de')).toMatch(/^Stadt /);
      expect(town.since).toBeUndefined();
    }
    expect(partners.filter((partner) => partner.kind === 'Partnerschaft').map((partner) => partner.since)).toEqual([
      '1995',
      '2008',
      '2003',
      '2003',
    ]);
  });
});
