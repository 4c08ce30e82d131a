/**
 * The worked example the template shows, one row per sheet: a small, valid exhibition (facts from the Harz
 * source document used in content/FORMAT.md). Fields the schema does not know are dropped, so the template
 * stays valid whatever fields the format gains or loses.
 */
import { workbookLayout } from './sheetLayout';

const EXAMPLE: Record<string, unknown> = {
  schema: 1,
  id: 'harz-belfort-beispiel',
  version: '1.0.0',
  title: { de: 'Harz und Belfort', en: 'Harz and Belfort' },
  subtitle: { de: 'Partner seit 1995', en: 'Partners since 1995' },
  intro: { de: 'Das Departement Territoire de Belfort ist seit 1995 ein befreundeter Partner des Landkreises Harz.', en: 'The département of Territoire de Belfort has been a friendly partner of the District of Harz since 1995.' },
  home: { name: { de: 'Landkreis Harz', en: 'District of Harz' }, location: { lat: 51.9, lon: 11.05 }, country: 'DE' },
  languages: ['de', 'en'],
  partners: [
    {
      id: 'territoire-de-belfort',
      name: 'Territoire de Belfort',
      country: 'FR',
      region: { de: 'Franche-Comté, Frankreich', en: 'Franche-Comté, France' },
      location: { lat: 47.64, lon: 6.86 },
      since: '1995',
      kind: 'Partnerschaft',
      summary: { de: 'Seit 1995 ein befreundeter Partner.', en: 'A friendly partner since 1995.' },
      facts: [{ de: '143 348 Einwohner', en: '143,348 inhabitants' }],
      color: '#1f6feb',
      website: 'http://www.cg90.fr/',
    },
  ],
  events: [
    {
      id: 'partnerschaft-1995',
      date: '1995',
      partners: ['territoire-de-belfort'],
      title: { de: 'Beginn der Partnerschaft', en: 'The partnership begins' },
      text: { de: 'Die Idee geht auf das Wirken von *Louis Bertrand* zurück.', en: 'The idea goes back to the work of *Louis Bertrand*.' },
      themes: ['Erinnerung'],
      images: ['belfort'],
      highlight: true,
    },
  ],
  images: [
    {
      id: 'belfort',
      file: 'belfort.jpg',
      caption: { de: 'Belfort (Platzhalter)', en: 'Belfort (placeholder)' },
      credit: 'Foto: Vorname Nachname',
      alt: { de: 'Ein Platzhalterbild', en: 'A placeholder picture' },
      partner: 'territoire-de-belfort',
      placeholder: true,
    },
  ],
  collections: [{ id: 'auswahl', title: { de: 'Eine Auswahl', en: 'A selection' }, images: ['belfort'] }],
  eras: [{ id: 'anfaenge', label: { de: 'Die Anfänge', en: 'The beginnings' }, from: '1995', to: '2007' }],
  themes: [{ id: 'Erinnerung', label: { de: 'Erinnerung', en: 'Remembrance' } }],
  sources: [{ id: 'kreis-harz', title: 'Landkreis Harz: Dialog auf europäischer Ebene', reference: 'Kreisverwaltung, Partnerschaften' }],
  notes: ['Beispiel – bitte überschreiben oder löschen.'],
};

/** The example manifest, limited to the sheets and fields the current schema has. */
export function templateExample(): Record<string, unknown> {
  const layout = workbookLayout();
  const known = (key: string) => layout.some((spec) => spec.key === key) || layout[0]!.fields.some((field) => field.path[0] === key);
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(EXAMPLE)) {
    if (key !== 'schema' && !known(key)) continue;
    const spec = layout.find((candidate) => candidate.key === key && !candidate.primitive);
    result[key] = spec && Array.isArray(value)
      ? value.map((item: Record<string, unknown>) => Object.fromEntries(Object.entries(item).filter(([field]) => spec.fields.some((f) => f.path[0] === field))))
      : value;
  }
  return result;
}
