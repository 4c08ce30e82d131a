import type { BundleManifest } from '../../../src-shared/bundleSchema';
import type { ParsedManifest } from './manifestSource';
import { formatFieldPath, say, type Problem } from './problem';

/**
 * Names and ids the `new` command writes into its starter bundle (see `cli/commands/new.ts`). A bundle that still
 * holds them would show „Musterkreis“ or „Beispielpartner“ to visitors, so `check` points at each one – as a hint,
 * because a curator may keep the example while building the rest.
 */
const STARTER_HOME_NAME = 'Musterkreis';
const STARTER_PARTNER = { id: 'beispiel-partner', name: 'Beispielpartner' };
const STARTER_IMAGE_ID = 'beispielbild';

/** The German (or only) text of a localized field. */
function germanText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && typeof (value as { de?: unknown }).de === 'string') return (value as { de: string }).de;
  return undefined;
}

/**
 * One warning per leftover piece of the starter content, each naming the manifest file, line and field.
 *
 * @param manifest The manifest after the schema check.
 * @param parsed The parsed manifest, to locate the fields.
 */
export function starterContentHints(manifest: BundleManifest, parsed: ParsedManifest): Problem[] {
  const hints: Problem[] = [];
  const hint = (fieldPath: (string | number)[], what: string, whatEn: string): void => {
    hints.push({
      severity: 'warning',
      code: 'starter-content',
      file: parsed.file,
      ...parsed.locate(fieldPath),
      field: formatFieldPath(fieldPath),
      message: say(
        `${what} stammt noch aus dem Startpaket von „new“ – bitte durch Ihre eigenen Angaben ersetzen oder löschen`,
        `${whatEn} is still the starter content written by "new" – please replace it with your own or delete it`,
      ),
    });
  };
  if (germanText(manifest.home.name) === STARTER_HOME_NAME) hint(['home', 'name'], `„${STARTER_HOME_NAME}“`, `"${STARTER_HOME_NAME}"`);
  manifest.partners.forEach((partner, index) => {
    if (partner.id === STARTER_PARTNER.id) hint(['partners', index, 'id'], `Der Partner „${partner.id}“`, `The partner "${partner.id}"`);
    else if (germanText(partner.name) === STARTER_PARTNER.name) hint(['partners', index, 'name'], `„${STARTER_PARTNER.name}“`, `"${STARTER_PARTNER.name}"`);
  });
  manifest.images.forEach((image, index) => {
    if (image.id === STARTER_IMAGE_ID) hint(['images', index, 'id'], `Das Bild „${image.id}“`, `The image "${image.id}"`);
  });
  return hints;
}
