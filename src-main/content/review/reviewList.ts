/**
 * What in a bundle still needs a human decision before a district archive or press office signs it off:
 * placeholders, approximate, open-ended and derived dates, open questions in `notes`, missing alt texts and
 * credits, sources without address or date, texts in the future tense about past dates. Pure: the caller passes
 * the validated manifest, a function that finds a field's line, and `now`. Words are German (curators' language).
 */
import type { BundleManifest, LocalizedText } from '../../../src-shared/bundleSchema';
import { localize } from '../../../src-shared/localizedText';
import { isApproximateDate, isOpenEnd, partialDateEnd, rangeEndMs } from '../../../src-shared/partialDate';
import { formatFieldPath } from '../validation/problem';

/** One thing to look at: where it is and what to decide. */
export interface ReviewItem {
  /** Field path such as `events[3].date`. */
  field: string;
  /** 1-based line in the manifest, when known. */
  line?: number;
  text: string;
}

/** A group of items of one kind, with a German heading and what to do about them. */
export interface ReviewGroup {
  id: ReviewGroupId;
  title: string;
  hint: string;
  items: ReviewItem[];
}

/** The kinds of review items, in the order they are printed. */
export const REVIEW_GROUPS = {
  placeholders: { title: 'Platzhalter-Bilder', hint: 'Foto einsetzen, Bildunterschrift, Alternativtext und Bildnachweis anpassen, „placeholder: true“ löschen' },
  approximate: { title: 'Ungefähre Daten (~)', hint: 'Besucher lesen „um …“ – genaues Datum erfragen oder so stehen lassen' },
  openEnded: { title: 'Offene Zeiträume („bis heute“)', hint: 'prüfen, ob es noch andauert; sonst ein Enddatum eintragen' },
  derived: { title: 'Abgeleitete Angaben (notes „Abgeleitet: …“)', hint: 'Herleitung prüfen; besser mit einer Quelle belegen' },
  openQuestions: { title: 'Offene Fragen (notes „Offen: …“)', hint: 'klären und die Anmerkung danach umschreiben' },
  altMissing: { title: 'Fehlende Alternativtexte', hint: 'in ‚alt‘ beschreiben, was auf dem Bild zu sehen ist' },
  creditMissing: { title: 'Fehlende Bildnachweise', hint: 'in ‚credit‘ Fotografin/Fotograf oder Archiv nennen (Bildrechte)' },
  futureTense: { title: 'Zukunftsform bei vergangenen Daten', hint: 'in die Vergangenheit setzen oder prüfen, ob es so kam' },
  provenance: { title: 'Quellen und Stand', hint: 'Adresse (url), Abrufdatum (retrieved), Stand (asOf) und Quellenangaben (source) ergänzen' },
} as const satisfies Record<string, { title: string; hint: string }>;

/** One of the keys of {@link REVIEW_GROUPS}. */
export type ReviewGroupId = keyof typeof REVIEW_GROUPS;

// Words that speak of what is still to come. Deliberately narrow: „wird“ alone is also the German passive.
const FUTURE_WORDS = /\b(geplant|planen|plant|künftig|zukünftig|demnächst|bald|soll|sollen|wird\s+\S+(?:\s+\S+)?\s+werden|folgen|folgt|noch\s+nicht)\b/iu;

/**
 * The review list of `manifest`, only the groups that have items.
 * @param locate the line of a field path in the manifest file (or `undefined`).
 * @param nowMs the present in ms since the epoch, for „past dates“ and open ends.
 */
export function reviewList(
  manifest: BundleManifest,
  locate: (path: readonly PropertyKey[]) => number | undefined,
  nowMs: number,
): ReviewGroup[] {
  const groups = new Map<ReviewGroupId, ReviewItem[]>(Object.keys(REVIEW_GROUPS).map((id) => [id as ReviewGroupId, []]));
  const add = (group: ReviewGroupId, path: readonly PropertyKey[], text: string) => {
    const line = locate(path);
    groups.get(group)!.push({ field: formatFieldPath(path), ...(line === undefined ? {} : { line }), text });
  };
  const de = (text: LocalizedText | undefined) => localize(text, 'de');

  manifest.images.forEach((image, i) => {
    if (image.placeholder) add('placeholders', ['images', i], `${image.id} – ${image.file}`);
    if (image.alt === undefined) add('altMissing', ['images', i, 'alt'], `${image.id} – ${image.file}`);
    if (image.credit === undefined) add('creditMissing', ['images', i, 'credit'], `${image.id} – ${image.file}`);
  });

  const approximate = (date: string | undefined, path: readonly PropertyKey[], what: string) => {
    if (date !== undefined && isApproximateDate(date)) add('approximate', path, `${what}: ${germanDate(date)} (${date})`);
  };
  manifest.events.forEach((event, i) => {
    approximate(event.date, ['events', i, 'date'], `Ereignis „${de(event.title)}“`);
    approximate(event.end, ['events', i, 'end'], `Ereignis „${de(event.title)}“ (Ende)`);
    if (isOpenEnd(event.end)) add('openEnded', ['events', i, 'end'], `Ereignis „${de(event.title)}“: ${germanDate(event.date)} – heute`);
    // Past when the event is over by now: its end, or for a single date the end of that date.
    const over = (event.end === undefined ? partialDateEnd(event.date) : rangeEndMs(event.end, Number.POSITIVE_INFINITY)) <= nowMs;
    const future = FUTURE_WORDS.exec(de(event.text)) ?? FUTURE_WORDS.exec(de(event.title));
    if (over && future) add('futureTense', ['events', i, 'text'], `Ereignis „${de(event.title)}“ (${germanDate(event.date)}): „${future[0]}“`);
    if (event.source === undefined && manifest.sources.length > 0) add('provenance', ['events', i], `Ereignis „${de(event.title)}“ ohne Quellenangabe (source)`);
  });
  manifest.eras.forEach((era, i) => {
    approximate(era.from, ['eras', i, 'from'], `Zeitabschnitt „${de(era.label)}“ (Anfang)`);
    approximate(era.to, ['eras', i, 'to'], `Zeitabschnitt „${de(era.label)}“ (Ende)`);
  });
  approximate(manifest.asOf, ['asOf'], 'Stand des Pakets');

  // Texts without a date of their own: future words are reported because the kiosk outlives its opening day.
  const undated: [readonly PropertyKey[], LocalizedText | undefined, string][] = [
    [['intro'], manifest.intro, 'Einleitung'],
    [['subtitle'], manifest.subtitle, 'Untertitel'],
    ...manifest.collections.map((c, i): [readonly PropertyKey[], LocalizedText | undefined, string] => [['collections', i, 'intro'], c.intro, `Sammlung „${de(c.title)}“`]),
    ...manifest.partners.map((p, i): [readonly PropertyKey[], LocalizedText | undefined, string] => [['partners', i, 'summary'], p.summary, `Partner „${de(p.name)}“`]),
  ];
  for (const [path, text, what] of undated) {
    const future = FUTURE_WORDS.exec(de(text));
    if (future) add('futureTense', path, `${what}: „${future[0]}“ – gilt das noch?`);
  }

  manifest.notes.forEach((note, i) => {
    if (/^\s*Abgeleitet\b/iu.test(note)) add('derived', ['notes', i], shorten(note));
    if (/^\s*(Offen|Frage|Offene Frage)\b/iu.test(note)) add('openQuestions', ['notes', i], shorten(note));
  });

  if (manifest.asOf === undefined) add('provenance', [], 'Das Paket nennt keinen Stand (asOf)');
  if (manifest.sources.length === 0) add('provenance', [], 'Das Paket nennt keine Quelle (sources)');
  manifest.sources.forEach((source, i) => {
    const missing = [source.url === undefined && 'Adresse (url)', source.retrieved === undefined && 'Abrufdatum (retrieved)', source.asOf === undefined && 'Stand (asOf)'].filter(Boolean);
    if (missing.length > 0) add('provenance', ['sources', i], `Quelle „${de(source.title)}“ ohne ${missing.join(', ')}`);
  });
  manifest.partners.forEach((partner, i) => {
    if (partner.source === undefined && manifest.sources.length > 0 && partner.parent === undefined && partner.summary !== undefined) {
      add('provenance', ['partners', i], `Partner „${de(partner.name)}“ ohne Quellenangabe (source)`);
    }
  });

  return [...groups]
    .filter(([, items]) => items.length > 0)
    .map(([id, items]) => ({ id, ...REVIEW_GROUPS[id], items }));
}

/** A bundle date as curators read it: `1966~` → „um 1966“, `..` → „heute“, others as written. */
export function germanDate(text: string): string {
  if (isOpenEnd(text)) return 'heute';
  return isApproximateDate(text) ? `um ${text.slice(0, -1)}` : text;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/** The list as lines for the terminal: each group with its count and hint, then a total. */
export function formatReviewList(groups: readonly ReviewGroup[], file: string): string[] {
  const lines: string[] = [];
  for (const group of groups) {
    lines.push(`${group.title} (${group.items.length}) – ${group.hint}`);
    for (const item of group.items) {
      const where = item.line === undefined ? item.field : `${file}:${item.line}${item.field ? ` ${item.field}` : ''}`;
      lines.push(`  ${where ? `${where}: ` : ''}${item.text}`);
    }
    lines.push('');
  }
  const total = groups.reduce((sum, group) => sum + group.items.length, 0);
  lines.push(
    total === 0
      ? 'Nichts offen: Für dieses Paket steht keine Entscheidung aus.'
      : `Zusammen: ${total} ${total === 1 ? 'Punkt' : 'Punkte'} in ${groups.length} ${groups.length === 1 ? 'Gruppe' : 'Gruppen'} zur Entscheidung – keiner davon hindert das Paket am Laufen.`,
  );
  return lines;
}
