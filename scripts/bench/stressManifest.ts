/**
 * The manifest of a stress bundle, as a pure function of its parameters: N events over K partner lanes, dated
 * 1960–2026, each with a German title of 40–80 characters, a text of 100–300 characters (as a real exhibition
 * has) and a thumbnail taken from M shared photos. Same parameters, same manifest, byte for byte.
 */
import type { BundleManifestInput } from '../../src-shared/bundleSchema';
import { pick, seededRandom } from '../../tests/support/seededRandom';

/** Parameters of a stress bundle. */
export interface StressParams {
  /** Number of events. */
  events: number;
  /** Number of partners, one lane each; default 8. */
  partners?: number;
  /** Number of distinct photos the events share; default 6. */
  photos?: number;
  /** Seed of the PRNG; default 1973. */
  seed?: number;
  /** First and last year of the events (inclusive); default 1960 and 2026. */
  fromYear?: number;
  toYear?: number;
  /**
   * Each event gets an image entry of its own (caption, alt text, credit) instead of sharing the M entries; the
   * entries still point to the M photo files. Default false.
   */
  imagePerEvent?: boolean;
}

/** One stress event in the plain form the peers are fed with, too (vis-timeline, TimelineJS3). */
export interface StressEvent {
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  partnerId: string;
  title: string;
  /** One to three sentences, 100–300 characters. */
  text: string;
  /** Index into the photo list. */
  photo: number;
  highlight: boolean;
}

/** A stress bundle's content before it is written: manifest plus the plain lists for the peers. */
export interface StressContent {
  manifest: BundleManifestInput;
  partners: Array<{ id: string; name: string; color: string }>;
  events: StressEvent[];
  /** Bundle-relative photo paths, index = photo number. */
  photoFiles: string[];
}

const PLACES: ReadonlyArray<readonly [string, string]> = [
  ['Emek Hefer', 'IL'], ['Iași', 'RO'], ['Dosso', 'NE'], ['Thale', 'DE'], ['Nantes', 'FR'], ['Kraków', 'PL'],
  ['Ústí nad Labem', 'CZ'], ['Huế', 'VN'], ['Ostrava', 'CZ'], ['Cluj', 'RO'], ['Lviv', 'UA'], ['Girona', 'ES'],
];
const COLORS = ['#1f6feb', '#d97706', '#16a34a', '#db2777', '#7c3aed', '#0891b2', '#dc2626', '#65a30d', '#9333ea', '#ca8a04'];
const WHAT = ['Jugendaustausch', 'Delegationsbesuch', 'Schulpartnerschaft', 'Chorkonzert', 'Sportbegegnung', 'Ausstellung',
  'Fachtagung', 'Feuerwehrbesuch', 'Partnerschaftsvertrag', 'Kulturwoche', 'Hilfstransport', 'Jubiläumsfeier'];

/** What an event was about: makes titles of 40–80 characters with the kind of event and the place. */
const TOPICS = ['Begegnung der Jugendfeuerwehren', 'Austausch über Schulbildung und Ausbildung', 'gemeinsames Sommerlager am See',
  'Besuch der Partnerschaftskomitees', 'Wanderausstellung zur gemeinsamen Geschichte', 'Fachaustausch der Krankenhäuser',
  'Unterzeichnung der Vereinbarung', 'Konzert der Musikschulen', 'Hilfe nach dem Hochwasser', 'Tagung zu Landwirtschaft und Umwelt'];
/** Sentences of event texts; one to three make a text of 100–300 characters. */
const SENTENCES = [
  'Die Gäste wurden im Kreishaus vom Landrat empfangen und besuchten anschließend mehrere Schulen und Betriebe.',
  'Über hundert Jugendliche aus beiden Regionen verbrachten eine Woche miteinander.',
  'Der Besuch stand im Zeichen der Versöhnung und der gemeinsamen Erinnerung.',
  'Zum Abschluss pflanzten die Delegationen gemeinsam einen Baum im Park an der Sieg.',
  'Vereine, Kirchengemeinden und Schulen bereiteten das Programm über Monate vor.',
  'Die Zeitungen beider Orte berichteten ausführlich, ein Fotoband erschien im Jahr darauf.',
  'Seither treffen sich die Beteiligten jedes Jahr abwechselnd in beiden Ländern.',
];
/** Shortest and longest title and text, characters. */
const TITLE_CHARS = [40, 80] as const;
const TEXT_CHARS = [100, 300] as const;

/** A title of 40–80 characters: what, where, and a topic, cut at a word if too long. */
function stressTitle(random: () => number, place: string): string {
  let title = `${pick(random, WHAT)} in ${place}: ${pick(random, TOPICS)}`;
  while (title.length < TITLE_CHARS[0]) title += ` und ${pick(random, TOPICS)}`;
  return title.length <= TITLE_CHARS[1] ? title : `${title.slice(0, title.lastIndexOf(' ', TITLE_CHARS[1] - 1))} …`;
}

/** A text of 100–300 characters from one to three sentences. */
function stressText(random: () => number): string {
  const sentences = [pick(random, SENTENCES)];
  const wanted = 1 + Math.floor(random() * 3);
  while (sentences.length < wanted || sentences.join(' ').length < TEXT_CHARS[0]) {
    const next = pick(random, SENTENCES);
    if ([...sentences, next].join(' ').length > TEXT_CHARS[1]) break;
    sentences.push(next);
  }
  return sentences.join(' ');
}

/** Days per month in a common year; the 29th of February is simply never drawn. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Builds the stress content for `params`. Deterministic: no clock, the only randomness is the seeded PRNG. */
export function buildStressContent(params: StressParams): StressContent {
  const { events: count, partners: partnerCount = 8, photos: photoCount = 6, seed = 1973, fromYear = 1960, toYear = 2026, imagePerEvent = false } = params;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`events must be a whole number ≥ 1, got ${count}`);
  if (!Number.isInteger(partnerCount) || partnerCount < 1) throw new RangeError(`partners must be ≥ 1, got ${partnerCount}`);
  if (!Number.isInteger(photoCount) || photoCount < 1) throw new RangeError(`photos must be ≥ 1, got ${photoCount}`);
  const random = seededRandom(seed);
  const partners = Array.from({ length: partnerCount }, (_, index) => {
    const [place, country] = PLACES[index % PLACES.length] as readonly [string, string];
    const round = Math.floor(index / PLACES.length);
    return {
      id: `partner-${index + 1}`,
      name: round === 0 ? place : `${place} ${round + 1}`,
      country,
      color: COLORS[index % COLORS.length] as string,
      since: String(fromYear + Math.floor(random() * 30)),
    };
  });
  const photoFiles = Array.from({ length: photoCount }, (_, index) => `fotos/kamera-${String(index + 1).padStart(3, '0')}.jpg`);
  const events: StressEvent[] = Array.from({ length: count }, (_, index) => {
    const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
    // 2026 ends in October so no event lies after the kiosk's "now" in November 2026.
    const month = 1 + Math.floor(random() * (year === toYear ? 10 : 12));
    const day = 1 + Math.floor(random() * (MONTH_DAYS[month - 1] as number));
    const partner = pick(random, partners);
    return {
      id: `e${index + 1}`,
      date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      partnerId: partner.id,
      title: stressTitle(random, partner.name),
      text: stressText(random),
      photo: Math.floor(random() * photoCount),
      highlight: random() < 0.02,
    };
  });
  const manifest: BundleManifestInput = {
    schema: 1,
    id: `stress-${count}`,
    title: `Belastungstest: ${count} Ereignisse`,
    subtitle: `${partnerCount} Partner, ${photoCount} Kamerafotos, Startwert ${seed}`,
    home: { name: 'Kreis Probe', location: { lat: 50.87, lon: 8.02 } },
    languages: ['de'],
    partners: partners.map(({ id, name, country, color, since }) => ({ id, name, country, kind: 'Partnerschaft' as const, color, since })),
    images: imagePerEvent
      ? events.map((event) => ({
          id: `foto-${event.id}`,
          file: photoFiles[event.photo] as string,
          caption: `Foto zu „${event.title}“`,
          alt: 'Farbverlauf mit Bildrauschen (Testbild)',
          credit: 'Stressgenerator',
        }))
      : photoFiles.map((file, index) => ({ id: `foto-${index + 1}`, file, caption: `Kamerafoto ${index + 1}`, alt: 'Farbverlauf mit Bildrauschen (Testbild)', credit: 'Stressgenerator' })),
    events: events.map((event) => ({
      id: event.id,
      date: event.date,
      partners: [event.partnerId],
      title: event.title,
      text: event.text,
      images: [imagePerEvent ? `foto-${event.id}` : `foto-${event.photo + 1}`],
      ...(event.highlight ? { highlight: true } : {}),
    })),
    notes: ['Erzeugt von scripts/generate-stress-bundle.ts für npm run bench; nicht von Hand ändern.'],
  };
  return { manifest, partners: partners.map(({ id, name, color }) => ({ id, name, color })), events, photoFiles };
}

/** The manifest as written to `bundle.json`: compact JSON, one event per line so diffs and errors stay readable. */
export function stressManifestJson(manifest: BundleManifestInput): string {
  const { events = [], ...rest } = manifest;
  const head = JSON.stringify({ ...rest, events: [] }, null, 1).replace(/"events": \[\]\n}$/, '"events": [\n');
  return `${head}${events.map((event) => JSON.stringify(event)).join(',\n')}\n]\n}\n`;
}
