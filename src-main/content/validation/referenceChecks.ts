import type { BundleManifest } from '../../../src-shared/bundleSchema';
import { isOpenEnd, partialDateEnd, partialDateStart } from '../../../src-shared/partialDate';
import type { ManifestFinding } from './manifestFinding';
import { say } from './problem';
import { suggestKey } from './typoHint';

/** The lists of a manifest whose entries carry an id, with their names for messages. */
const KINDS = {
  partners: { de: 'Partner', en: 'partner' },
  events: { de: 'Ereignis', en: 'event' },
  images: { de: 'Bild', en: 'image' },
  collections: { de: 'Sammlung', en: 'collection' },
  eras: { de: 'Zeitabschnitt', en: 'era' },
} as const;
type Kind = keyof typeof KINDS;

/** Ids that occur more than once within one list (ids of different kinds may repeat). */
export function duplicateIdFindings(manifest: BundleManifest): ManifestFinding[] {
  const findings: ManifestFinding[] = [];
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const first = new Map<string, number>();
    manifest[kind].forEach((entry, index) => {
      const earlier = first.get(entry.id);
      if (earlier === undefined) {
        first.set(entry.id, index);
        return;
      }
      findings.push({
        severity: 'error',
        code: 'duplicate-id',
        path: [kind, index, 'id'],
        message: say(
          `Kennung „${entry.id}“ gibt es schon (${kind}[${earlier}]) – jede Kennung darf in ${kind} nur einmal vorkommen, bitte umbenennen`,
          `id "${entry.id}" already exists (${kind}[${earlier}]) – each id may occur only once in ${kind}, please rename it`,
        ),
      });
    });
  }
  return findings;
}

/** References to ids that do not exist: events → partners/images, images → partner, collections → images, partners → parent. */
export function referenceFindings(manifest: BundleManifest): ManifestFinding[] {
  const ids = (kind: Kind) => manifest[kind].map((entry) => entry.id);
  const findings: ManifestFinding[] = [];
  const check = (target: Kind, id: string | undefined, path: readonly PropertyKey[]) => {
    if (id === undefined || ids(target).includes(id)) return;
    findings.push({ severity: 'error', code: 'dangling-reference', path, message: danglingMessage(target, id, ids(target)) });
  };
  manifest.events.forEach((event, i) => {
    event.partners.forEach((id, j) => check('partners', id, ['events', i, 'partners', j]));
    event.images.forEach((id, j) => check('images', id, ['events', i, 'images', j]));
  });
  manifest.images.forEach((image, i) => check('partners', image.partner, ['images', i, 'partner']));
  manifest.collections.forEach((collection, i) => {
    collection.images.forEach((id, j) => check('images', id, ['collections', i, 'images', j]));
    const seen = new Set<string>();
    collection.images.forEach((id, j) => {
      if (seen.has(id)) {
        findings.push({
          severity: 'warning',
          code: 'duplicate-id',
          path: ['collections', i, 'images', j],
          message: say(`Bild „${id}“ steht zweimal in dieser Sammlung`, `image "${id}" is listed twice in this collection`),
        });
      }
      seen.add(id);
    });
  });
  manifest.partners.forEach((partner, i) => {
    if (partner.parent === partner.id) {
      findings.push({
        severity: 'error',
        code: 'self-reference',
        path: ['partners', i, 'parent'],
        message: say('ein Partner kann nicht sein eigener ‚parent‘ sein', "a partner cannot be its own 'parent'"),
      });
    } else {
      check('partners', partner.parent, ['partners', i, 'parent']);
    }
  });
  findings.push(...parentCycleFindings(manifest));
  return findings;
}

function danglingMessage(target: Kind, id: string, known: readonly string[]) {
  const hint = suggestKey(id, known);
  const name = KINDS[target];
  return say(
    `${name.de} „${id}“ gibt es nicht in ${target}${hint ? ` – meinten Sie „${hint}“?` : ' – bitte die Kennung prüfen oder den Eintrag anlegen'}`,
    `${name.en} "${id}" does not exist in ${target}${hint ? ` – did you mean "${hint}"?` : ' – please check the id or add the entry'}`,
  );
}

/** Partners whose parent chain comes back to themselves (a → b → a). */
function parentCycleFindings(manifest: BundleManifest): ManifestFinding[] {
  const parentOf = new Map(manifest.partners.map((partner) => [partner.id, partner.parent]));
  const findings: ManifestFinding[] = [];
  manifest.partners.forEach((partner, i) => {
    const seen = new Set([partner.id]);
    let current = partner.parent;
    while (current !== undefined && current !== partner.id && !seen.has(current)) {
      seen.add(current);
      current = parentOf.get(current);
    }
    if (current === partner.id && partner.parent !== partner.id) {
      findings.push({
        severity: 'error',
        code: 'self-reference',
        path: ['partners', i, 'parent'],
        message: say(
          `‚parent‘ bildet einen Kreis (${[...seen].join(' → ')} → ${partner.id}) – bitte einen der Verweise entfernen`,
          `'parent' forms a loop (${[...seen].join(' → ')} → ${partner.id}) – please remove one of the references`,
        ),
      });
    }
  });
  return findings;
}

/** Ranges whose end lies before their start: partner since/until, event date/end, era from/to. */
export function dateRangeFindings(manifest: BundleManifest): ManifestFinding[] {
  const findings: ManifestFinding[] = [];
  const check = (start: string | undefined, end: string | undefined, path: readonly PropertyKey[], startName: string) => {
    // An open end („..“, bis heute) cannot lie before its start.
    if (start === undefined || end === undefined || isOpenEnd(end)) return;
    // Partial dates cover a span: „1973“ to „1973-05“ is fine, only an end wholly before the start is wrong.
    if (partialDateEnd(end) <= partialDateStart(start)) {
      findings.push({
        severity: 'error',
        code: 'date-range',
        path,
        message: say(
          `Ende „${end}“ liegt vor dem Anfang „${start}“ (${startName}) – bitte die Daten prüfen`,
          `end "${end}" is before the start "${start}" (${startName}) – please check the dates`,
        ),
      });
    }
  };
  manifest.partners.forEach((p, i) => check(p.since, p.until, ['partners', i, 'until'], 'since'));
  manifest.events.forEach((e, i) => check(e.date, e.end, ['events', i, 'end'], 'date'));
  manifest.eras.forEach((e, i) => check(e.from, e.to, ['eras', i, 'to'], 'from'));
  return findings;
}
