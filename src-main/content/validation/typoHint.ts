import { distance } from 'fastest-levenshtein';

/**
 * German words curators are likely to write instead of the manifest's English field names. Only suggested when
 * the target is a field of the entry in question.
 */
const GERMAN_FIELD_NAMES: Readonly<Record<string, readonly string[]>> = {
  titel: ['title'],
  untertitel: ['subtitle'],
  einleitung: ['intro'],
  einführung: ['intro'],
  sprachen: ['languages'],
  partnerschaften: ['partners'],
  ereignisse: ['events'],
  bilder: ['images'],
  fotos: ['images'],
  sammlungen: ['collections'],
  epochen: ['eras'],
  zeitabschnitte: ['eras'],
  quellen: ['sources'],
  notizen: ['notes'],
  datum: ['date'],
  ende: ['end'],
  bis: ['until', 'to'],
  von: ['from'],
  seit: ['since'],
  land: ['country'],
  ort: ['location'],
  lage: ['location'],
  breite: ['lat'],
  länge: ['lon'],
  laenge: ['lon'],
  art: ['kind'],
  farbe: ['color'],
  colour: ['color'],
  zusammenfassung: ['summary'],
  kurztext: ['summary'],
  fakten: ['facts'],
  eckdaten: ['facts'],
  beschreibung: ['text', 'summary'],
  themen: ['themes'],
  hervorheben: ['highlight'],
  datei: ['file'],
  bildunterschrift: ['caption'],
  unterschrift: ['caption'],
  bildnachweis: ['credit'],
  fotograf: ['credit'],
  alternativtext: ['alt'],
  bezeichnung: ['label'],
  heimat: ['home'],
  kreis: ['home'],
  träger: ['holder'],
  webseite: ['website'],
  partnerin: ['partner'],
};

/**
 * The known key a misspelt `key` most likely means, or `undefined` when none is close enough.
 * Close enough: same letters ignoring case, a known German translation, or a Levenshtein distance of at most one
 * third of the key's length rounded up (minimum 1, at most 3) – that catches `captoin`, `titel`, `colour` but not `foo`.
 */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = key.toLowerCase();
  const sameIgnoringCase = known.find((candidate) => candidate.toLowerCase() === lower);
  if (sameIgnoringCase) return sameIgnoringCase;
  // Own keys only: `__proto__` or `constructor` written in a manifest must not reach Object.prototype.
  const translations = Object.hasOwn(GERMAN_FIELD_NAMES, lower) ? GERMAN_FIELD_NAMES[lower] : undefined;
  const translated = translations?.find((candidate) => known.includes(candidate));
  if (translated) return translated;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.min(3, Math.max(1, Math.ceil(key.length / 3)));
  return bestDistance <= allowed ? best : undefined;
}
