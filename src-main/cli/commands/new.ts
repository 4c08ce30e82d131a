/**
 * `npm run content -- new <folder> [--lang de|en]`: writes a commented starter bundle a curator can fill in — a
 * `bundle.yaml` whose German comments explain every field, with one example each of partner, event, image,
 * collection and era, and one generated placeholder image. Refuses to write into a folder that is not empty.
 * Exit 0 written (and checked), 2 usage or I/O error.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderPlaceholder } from '../../content/placeholderImage';
import { summaryLine } from '../../content/validation/reportText';
import { validateBundle } from '../../content/validation/validateBundle';
import { describeError } from '../../fs/systemErrors';
import { complain, optionProblem, pasteable, say } from '../cliOutput';
import { EXIT, UsageError, type CliCommand } from '../commandTypes';

export const run: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' } } });
  } catch (error) {
    throw new UsageError(optionProblem(error));
  }
  const lang = parsed.values.lang ?? 'de';
  if (lang !== 'de' && lang !== 'en') throw new UsageError({ de: `--lang „${lang}“: erlaubt sind de und en.`, en: `--lang "${lang}": allowed are de and en.` });
  if (parsed.positionals.length !== 1) throw new UsageError({ de: 'Bitte genau einen Ordner angeben.', en: 'Please give exactly one folder.' });
  const given = parsed.positionals[0]!;
  const folder = path.resolve(given);

  const existing = await stat(folder).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    complain(io, lang, { de: `„${folder}“ ist eine Datei, kein Ordner.`, en: `"${folder}" is a file, not a folder.` });
    return EXIT.usage;
  }
  if (existing && (await readdir(folder)).length > 0) {
    complain(io, lang, {
      de: `Der Ordner „${folder}“ ist nicht leer. Damit nichts überschrieben wird, bitte einen neuen oder leeren Ordner angeben.`,
      en: `The folder "${folder}" is not empty. So that nothing is overwritten, please name a new or empty folder.`,
    });
    return EXIT.usage;
  }

  const id = starterBundleId(path.basename(folder));
  try {
    await mkdir(path.join(folder, path.dirname(STARTER_IMAGE.file)), { recursive: true });
    const image = await renderPlaceholder({ lines: STARTER_IMAGE.lines, file: STARTER_IMAGE.file, colourKey: id });
    await writeFile(path.join(folder, ...STARTER_IMAGE.file.split('/')), image, { flag: 'wx' });
    await writeFile(path.join(folder, 'bundle.yaml'), starterManifest(id), { flag: 'wx' });
  } catch (error) {
    const why = describeError(error);
    complain(io, lang, {
      de: `Das Startpaket konnte nicht geschrieben werden: ${why.de}`,
      en: `The starter bundle could not be written: ${why.en}`,
    });
    return EXIT.usage;
  }

  // The starter must itself pass the check a curator will run; a failure here is a bug in this command.
  const report = await validateBundle(folder, { lang });
  await report.dispose();
  say(io, lang, {
    de: `Startpaket „${id}“ angelegt in ${folder}: bundle.yaml und ${STARTER_IMAGE.file}.`,
    en: `Starter bundle "${id}" created in ${folder}: bundle.yaml and ${STARTER_IMAGE.file}.`,
  });
  io.out(summaryLine(report.problems, lang));
  const en = lang === 'en' ? ['--lang', 'en'] : [];
  say(io, lang, {
    de: 'Nächste Schritte: bundle.yaml mit einem Texteditor ausfüllen (die Kommentare erklären jedes Feld; mehr in content/FORMAT.md), dann:',
    en: 'Next steps: fill in bundle.yaml in a text editor (the comments explain every field; more in content/FORMAT.md), then:',
  }, {
    de: `  prüfen:   ${pasteable(['check', given])}`,
    en: `  check:    ${pasteable(['check', given, ...en])}`,
  }, {
    de: `  ansehen:  ${pasteable(['preview', given])}`,
    en: `  preview:  ${pasteable(['preview', given, ...en])}`,
  });
  return report.ok ? EXIT.ok : EXIT.usage;
};

/** The example image the starter bundle ships: a generated placeholder that says what it is. */
export const STARTER_IMAGE = {
  file: 'bilder/beispielbild.jpg',
  lines: ['Beispielbild', 'hier kommt Ihr eigenes Foto hin'],
} as const;

/** A bundle id from a folder name: `Mein Kreis 2025` → `mein-kreis-2025`; `mein-paket` when nothing usable is left. */
export function starterBundleId(folderName: string): string {
  const slug = folderName
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents split off by NFKD: é → e
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'mein-paket' : slug;
}

/** The starter `bundle.yaml`: every field explained in a German comment, one example of each kind of entry. */
export function starterManifest(id: string): string {
  return `# Startpaket für den Partnerschaftskiosk – bitte ausfüllen.
#
# Zeilen mit „#“ sind Kommentare: Der Kiosk liest sie nicht, Sie können sie stehen lassen oder löschen.
# Die ausführliche Anleitung steht in content/FORMAT.md. Nach jeder Änderung prüfen:
#   npm run content -- check <dieser-ordner>
# und im Browser ansehen, ohne etwas zu aktivieren:
#   npm run content -- preview <dieser-ordner>
# Die Prüfung nennt jeden Fehler mit Datei, Zeile und Feld und sagt, was zu tun ist.
#
# Texte für Besucher sind entweder ein einfacher Text (gilt als Deutsch) oder je Sprache:
#   title:
#     de: Fünfzig Jahre Partnerschaft
#     en: Fifty years of partnership
# Deutsch ist immer Pflicht; fehlt eine andere Sprache, zeigt der Kiosk dort den deutschen Text.
# Daten schreiben Sie so genau, wie Sie sie kennen: 1973, 1973-05 oder 1973-05-12.

# Version des Formats. Immer 1.
schema: 1

# Kennung des Pakets: Kleinbuchstaben, Ziffern, Bindestriche (keine Umlaute, keine Leerzeichen).
id: ${id}

# Ihre eigene Fassungsnummer, frei wählbar; erscheint in der Verwaltung und bei „status“.
version: "0.1"

# Titel der Ausstellung, groß auf dem Startbildschirm.
title: Unsere Partnerschaften

# Untertitel (freiwillig): eine Zeile unter dem Titel.
subtitle: Ein Kreis und seine Partner in aller Welt

# Einleitung (freiwillig): ein kurzer Absatz. Leerzeile = neuer Absatz, *so* wird ein Wort betont.
intro: >-
  Hier steht in zwei, drei Sätzen, worum es in der Ausstellung geht. Dieser Text ist ein *Beispiel* und
  wartet auf Ihre Worte.

# Der Heimatkreis: Name, Lage in Dezimalgrad (lat = Nord, lon = Ost) und Land (zweistelliger Code).
home:
  name: Musterkreis
  location: { lat: 50.87, lon: 8.02 }
  country: DE

# Sprachen, die der Kiosk anbietet. Deutsch (de) zuerst; jede weitere Sprache, z. B. [de, en, he],
# sollte dann auch in den Texten vorkommen.
languages: [de]

# Die Partner. Jeder Eintrag beginnt mit „- id:“.
partners:
  - id: beispiel-partner            # Kennung, wird unten bei Ereignissen und Bildern verwendet
    name: Beispielpartner           # Name, wie Besucher ihn lesen
    country: FR                     # Land als Code: FR Frankreich, IL Israel, PL Polen, …
    region: Beispielregion          # Region oder Provinz (freiwillig)
    location: { lat: 48.85, lon: 2.35 }   # Lage für die Karte (freiwillig)
    since: 1990                     # Beginn der Partnerschaft
    # until: 2010                   # Ende, nur falls die Partnerschaft beendet ist
    kind: Partnerschaft             # Partnerschaft, Freundschaft, Kooperation, Städtepartnerschaft oder Landespartnerschaft
    summary: >-
      Zwei, drei Sätze über den Partner: wer er ist und was die Partnerschaft ausmacht.
    facts:                          # kurze Fakten als Liste (freiwillig)
      - Partner seit 1990
      - rund 100 000 Einwohner (Beispiel)
    color: "#1f6feb"                # Farbe des Partners in der Zeitleiste (freiwillig, in Anführungszeichen)
    # parent: beispiel-partner      # bei einer Städtepartnerschaft: die Kennung des übergeordneten Partners
    # holder: Stadt Musterstadt     # bei einer Städtepartnerschaft: welche Stadt bei uns sie trägt
    # website: https://www.example.org

# Ereignisse auf der Zeitleiste.
events:
  - id: unterzeichnung              # Kennung des Ereignisses
    date: 1990-05-12                # Datum: JJJJ, JJJJ-MM oder JJJJ-MM-TT
    # end: 1990-05-14               # Ende, falls das Ereignis mehrere Tage (oder Jahre) dauerte
    partners: [beispiel-partner]    # beteiligte Partner (Kennungen von oben)
    title: Unterzeichnung der Partnerschaftsurkunde
    text: >-
      Was geschah, wer war dabei, was folgte daraus? Schreiben Sie hier ein paar Sätze.
    themes: [Politik, Begegnung]    # Themen als Schlagworte (freiwillig)
    images: [beispielbild]          # Bilder zu diesem Ereignis (Kennungen aus „images“)
    highlight: true                 # true = besonders hervorheben

# Die Bilder. Jedes Bild ist eine Datei im Paket, angegeben mit Pfad ab diesem Ordner (mit „/“).
images:
  - id: beispielbild
    file: ${STARTER_IMAGE.file}     # diese Datei durch Ihr Foto ersetzen (JPEG, PNG oder WebP, am besten 1920 Pixel breit)
    caption: Platzhalter – hier steht, was auf dem Foto zu sehen ist
    credit: Platzhalter, vom Startpaket erzeugt   # Bildnachweis: wer das Foto gemacht hat / wem die Rechte gehören
    alt: Einfarbige Fläche mit der Aufschrift „Platzhalter – Foto folgt“   # beschreibt das Bild für Menschen, die es nicht sehen
    date: 1990-05-12                # Aufnahmedatum (freiwillig)
    partner: beispiel-partner       # zu welchem Partner das Bild gehört (freiwillig)
    placeholder: true               # true, solange es nur ein Platzhalter ist; bei Ihrem Foto löschen

# Sammlungen: Bilderreihen mit eigener Einleitung, z. B. „50 Jahre – 50 Bilder“.
collections:
  - id: bilderreihe
    title: Eine Bilderreihe
    intro: Ein Satz, der die Reihe vorstellt.
    images: [beispielbild]          # Bilder in der gezeigten Reihenfolge

# Epochen: benannte Zeiträume, die die Zeitleiste hinterlegt.
eras:
  - id: anfaenge
    label: Die Anfänge
    from: 1985
    to: 1995

# Quellen, aus denen die Texte stammen (wird in der Ausstellung genannt).
sources:
  - title: Titel der Quelle, z. B. Festschrift zum Jubiläum
    reference: Archiv des Kreises, Signatur …

# Notizen für die Redaktion (werden nicht gezeigt): Korrekturen, offene Fragen.
notes:
  - Startpaket – alle Texte sind Beispiele und müssen ersetzt werden.
`;
}
