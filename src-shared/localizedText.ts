import type { LanguageCode, LocalizedText } from './bundleSchema';

/** The language every bundle must provide and every field falls back to. */
export const FALLBACK_LANGUAGE = 'de';

/**
 * The text of `value` in `language`, falling back to German per field; `''` for a missing optional field.
 */
export function localize(value: LocalizedText | undefined, language: LanguageCode): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[language] ?? value[FALLBACK_LANGUAGE] ?? '';
}
