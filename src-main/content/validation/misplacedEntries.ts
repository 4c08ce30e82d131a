import { bundleManifest } from '../../../src-shared/bundleSchema';
import { say, type LocalizedMessage, type ProblemCode } from './problem';
import { knownKeysAt } from './schemaWalk';

/** The manifest's lists of entries and what curators call them, for the one root-cause message. */
const LIST_NAMES: Record<string, { de: string; en: string }> = {
  partners: { de: 'Partner', en: 'partners' },
  events: { de: 'Ereignisse', en: 'events' },
  images: { de: 'Bilder', en: 'images' },
  collections: { de: 'Sammlungen', en: 'collections' },
  eras: { de: 'Epochen', en: 'eras' },
  themes: { de: 'Themen', en: 'themes' },
  sources: { de: 'Quellen', en: 'sources' },
};

type Data = Record<string, unknown>;

/** A described schema issue (the shape of schemaMessages' `Described`, named here so the two modules do not import each other). */
export interface Described {
  code: ProblemCode;
  path: readonly PropertyKey[];
  key?: string;
  message: LocalizedMessage;
}

function keysOf(entry: unknown): string[] {
  return entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? Object.keys(entry) : [];
}

/** The list whose entries `keys` fit, when it is missing from the manifest and the entry does not fit where it stands. */
function belongsTo(keys: readonly string[], standsIn: string, data: Data): string | undefined {
  const fits = (list: string) => {
    const known = new Set(knownKeysAt(bundleManifest, [list, 0]));
    return keys.every((key) => known.has(key));
  };
  if (keys.length === 0 || fits(standsIn)) return undefined;
  return Object.keys(LIST_NAMES).find((list) => list !== standsIn && data[list] === undefined && fits(list));
}

/**
 * Deleting one list's heading (say the line `images:`) makes its entries part of the list above, and every one of
 * their fields becomes an error there – dozens of messages, none naming the cause. This finds such entries (their
 * fields fit a list the manifest lacks, not the one they stand in) and puts one message in place of all their
 * findings: which list heading is missing, at the first such entry.
 */
export function collapseMisplacedEntries(descriptions: readonly Described[], data: unknown): Described[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [...descriptions];
  const manifest = data as Data;
  const misplaced = new Map<string, string>(); // "list[index]" → list it belongs to
  const firstOf = new Map<string, { standsIn: string; index: number; count: number }>();
  for (const [list, entries] of Object.entries(manifest)) {
    if (!(list in LIST_NAMES) || !Array.isArray(entries)) continue;
    entries.forEach((entry, index) => {
      const target = belongsTo(keysOf(entry), list, manifest);
      if (target === undefined) return;
      misplaced.set(`${list}[${index}]`, target);
      const first = firstOf.get(target);
      if (first === undefined) firstOf.set(target, { standsIn: list, index, count: 1 });
      else first.count += 1;
    });
  }
  if (misplaced.size === 0) return [...descriptions];
  const kept = descriptions.filter((description) => {
    const [list, index] = description.path;
    return !(typeof list === 'string' && typeof index === 'number' && misplaced.has(`${list}[${index}]`));
  });
  const causes: Described[] = [...firstOf].map(([target, { standsIn, index, count }]) => {
    const name = LIST_NAMES[target]!;
    const above = LIST_NAMES[standsIn]!;
    return {
      code: 'missing-field',
      path: [standsIn, index],
      message: say(
        `Die Zeile ‚${target}:‘ fehlt: ${count === 1 ? 'dieser Eintrag sieht' : `diese ${count} Einträge sehen`} wie ${name.de} aus, ` +
          `${count === 1 ? 'steht' : 'stehen'} aber unter ‚${standsIn}:‘ (${above.de}) – bitte die Zeile ‚${target}:‘ davor wieder einfügen`,
        `The line '${target}:' is missing: ${count === 1 ? 'this entry looks' : `these ${count} entries look`} like ${name.en} ` +
          `but ${count === 1 ? 'stands' : 'stand'} under '${standsIn}:' (${above.en}) – please put the line '${target}:' back in front of ${count === 1 ? 'it' : 'them'}`,
      ),
    };
  });
  return [...kept, ...causes];
}
