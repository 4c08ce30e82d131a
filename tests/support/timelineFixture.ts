import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { BundleManifestInput } from '../../src-shared/bundleSchema';
import { pick, seededRandom } from './seededRandom';

/** What the timeline fixture holds. */
export interface TimelineFixtureOptions {
  /** Number of events. */
  events: number;
  /** Number of single partners (each its own lane). */
  partners: number;
  /** Town partnerships grouped under two holder towns (0 for none). */
  townPartners?: number;
  /** Number of distinct generated images (events reuse them). */
  images?: number;
  seed?: number;
  /** Image size in px. */
  imageWidth?: number;
  imageHeight?: number;
}

const COUNTRIES = ['IL', 'FR', 'PL', 'IT', 'US', 'HU', 'AT', 'CZ'];
const WORDS = ['Besuch', 'Jugendaustausch', 'Konzert', 'Ausstellung', 'Delegation', 'Schulpartnerschaft', 'Festakt', 'Sportturnier', 'Begegnung', 'Vertrag'];
const COLORS = ['#3b6ea8', '#a83b5b', '#3ba86e', '#a8873b', '#6e3ba8', '#3b9aa8'];

/**
 * Writes a deterministic bundle for timeline tests into `folder`: `bundle.yaml` (JSON is valid YAML) with
 * `events` events from 1965 to 2025 spread over `partners` partners (some without partner, on the home lane),
 * optional grouped town partnerships, two eras, and `images` real JPEGs made with sharp.
 * @returns The manifest as written.
 */
export async function writeTimelineFixture(folder: string, options: TimelineFixtureOptions): Promise<BundleManifestInput> {
  const random = seededRandom(options.seed ?? 1973);
  const imageCount = options.images ?? 6;
  const width = options.imageWidth ?? 480;
  const height = options.imageHeight ?? 320;
  await mkdir(path.join(folder, 'bilder'), { recursive: true });
  const images: NonNullable<BundleManifestInput['images']> = [];
  for (let index = 0; index < imageCount; index += 1) {
    const file = `bilder/bild-${index + 1}.jpg`;
    const color = COLORS[index % COLORS.length] as string;
    const label = `<svg width="${width}" height="${height}"><rect x="20" y="20" width="${width - 40}" height="${height - 40}" fill="none" stroke="white" stroke-width="8"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 5}" fill="white"/></svg>`;
    await sharp({ create: { width, height, channels: 3, background: color } })
      .composite([{ input: Buffer.from(label) }])
      .jpeg({ quality: 80 })
      .toFile(path.join(folder, file));
    images.push({
      id: `bild-${index + 1}`,
      file,
      caption: `Bildunterschrift ${index + 1}`,
      credit: `Foto: Archiv ${index + 1}`,
      alt: `Platzhalterbild ${index + 1}`,
    });
  }
  const partners: NonNullable<BundleManifestInput['partners']> = [];
  for (let index = 0; index < options.partners; index += 1) {
    partners.push({
      id: `partner-${index + 1}`,
      name: `Partnerkreis ${String.fromCharCode(65 + index)}`,
      country: COUNTRIES[index % COUNTRIES.length] as string,
      kind: 'Partnerschaft',
      since: String(1966 + index * 6),
      ...(index === 1 ? { until: '2010' } : {}),
      summary: `Zusammenfassung für Partnerkreis ${String.fromCharCode(65 + index)}.\n\nZweiter Absatz mit *Betonung*.`,
      facts: [`Fakt eins ${index + 1}`, `Fakt zwei ${index + 1}`],
    });
  }
  for (let index = 0; index < (options.townPartners ?? 0); index += 1) {
    partners.push({
      id: `stadt-${index + 1}`,
      name: `Partnerstadt ${index + 1}`,
      country: COUNTRIES[(index + 3) % COUNTRIES.length] as string,
      kind: 'Städtepartnerschaft',
      since: String(1975 + index * 2),
      holder: index % 2 === 0 ? 'Stadt Thale' : 'Stadt Wernigerode',
    });
  }
  const events: NonNullable<BundleManifestInput['events']> = [];
  const start = Date.UTC(1965, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  for (let index = 0; index < options.events; index += 1) {
    const date = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const partnerRoll = random();
    const partnerIds = partners.length === 0 || partnerRoll < 0.1 ? [] : [pick(random, partners).id];
    const imageIds = images.length > 0 && random() < 0.6 ? [pick(random, images).id, pick(random, images).id] : [];
    events.push({
      id: `ereignis-${index + 1}`,
      date: random() < 0.2 ? date.slice(0, 4) : random() < 0.3 ? date.slice(0, 7) : date,
      partners: partnerIds,
      title: `${pick(random, WORDS)} ${index + 1}`,
      text: `Text zu Ereignis ${index + 1}.\n\nEin zweiter Absatz mit *Hervorhebung* und <b>keinem HTML</b>.`,
      images: [...new Set(imageIds)],
      highlight: random() < 0.05,
    });
  }
  const manifest: BundleManifestInput = {
    schema: 1,
    id: 'zeitleiste-test',
    title: 'Zeitleiste Testpaket',
    subtitle: 'Erzeugt für die Tests',
    home: { name: 'Kreis Testhausen', location: { lat: 50.87, lon: 8.02 } },
    languages: ['de'],
    partners,
    events,
    images,
    eras: [
      { id: 'aufbau', label: 'Aufbaujahre', from: '1965', to: '1979' },
      { id: 'wende', label: 'Nach der Wende', from: '1990' },
    ],
  };
  await writeFile(path.join(folder, 'bundle.yaml'), JSON.stringify(manifest, null, 1));
  return manifest;
}
