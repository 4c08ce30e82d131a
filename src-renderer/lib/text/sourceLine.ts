/**
 * The short source line under an event or partner („Quelle: … · Stand: um 2012“) and the entries of the
 * „Quellen und Stand“ panel, in the visitor's language. Pure: words from the interface strings, dates through
 * {@link formatPartialDate}.
 */
import type { BundleManifest, BundleSource, LanguageCode } from '../../../src-shared/bundleSchema';
import { localize } from '../../../src-shared/localizedText';
import { translate } from '../i18n/translate';
import { formatPartialDate } from './formatDate';

/** One source as the panel shows it; empty strings for what the source does not say. */
export interface SourceView {
  title: string;
  publisher: string;
  /** „Stand: um 2012“, from the source's own `asOf`. */
  asOf: string;
  /** „abgerufen: 2. November 2023“. */
  retrieved: string;
  url: string;
}

/** The panel's view of `source` in `language`. */
export function sourceView(source: BundleSource, language: LanguageCode): SourceView {
  return {
    title: localize(source.title, language),
    publisher: localize(source.publisher, language),
    asOf: source.asOf ? translate('asOf', language, { date: formatPartialDate(source.asOf, language) }) : '',
    retrieved: source.retrieved ? translate('sourceRetrieved', language, { date: formatPartialDate(source.retrieved, language) }) : '',
    url: source.url ?? '',
  };
}

/**
 * „Quelle: Kreispartnerschaften – Seite der Webseite … · Stand: um 2012“ for the source `sourceId` names; the
 * bundle's `asOf` stands in when the source has none. `undefined` when there is no such source.
 */
export function sourceLine(manifest: Pick<BundleManifest, 'sources' | 'asOf'>, sourceId: string | undefined, language: LanguageCode): string | undefined {
  if (sourceId === undefined) return undefined;
  const source = manifest.sources.find((entry) => entry.id === sourceId);
  if (!source) return undefined;
  const line = translate('sourceLine', language, { source: localize(source.title, language) });
  const asOf = source.asOf ?? manifest.asOf;
  return asOf ? `${line} · ${translate('asOf', language, { date: formatPartialDate(asOf, language) })}` : line;
}

/** „Stand der Inhalte: 2023“ for the bundle, or `''` when it names no date. */
export function bundleAsOfLine(manifest: Pick<BundleManifest, 'asOf'>, language: LanguageCode): string {
  return manifest.asOf ? translate('bundleAsOf', language, { date: formatPartialDate(manifest.asOf, language) }) : '';
}
