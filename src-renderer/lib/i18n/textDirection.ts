/**
 * Writing direction and language names. Right-to-left: Hebrew, Arabic, Persian, Urdu (and Yiddish), the scripts
 * a bundle here may plausibly carry.
 */
import type { LocalizedText } from '../../../src-shared/bundleSchema';
import { FALLBACK_LANGUAGE } from '../../../src-shared/localizedText';

const RTL_LANGUAGES: ReadonlySet<string> = new Set(['he', 'ar', 'fa', 'ur', 'yi']);

/** Text direction of a language code (two letters, optionally with a region: `he-IL`). */
export function textDirection(language: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(language.slice(0, 2).toLowerCase()) ? 'rtl' : 'ltr';
}

/**
 * The language `localize(value, language)` actually returns text in: `language` when the field has it, German
 * when it falls back. Plain strings count as German (the bundle's base language).
 */
export function languageOfText(value: LocalizedText | undefined, language: string): string {
  if (value === undefined || typeof value === 'string') return FALLBACK_LANGUAGE;
  return value[language] !== undefined ? language : FALLBACK_LANGUAGE;
}

/** `lang` and `dir` attributes for an element showing `value` in `language` (spread onto the element). */
export function textAttributes(value: LocalizedText | undefined, language: string): { lang: string; dir: 'rtl' | 'ltr' } {
  const used = languageOfText(value, language);
  return { lang: used, dir: textDirection(used) };
}

/**
 * Endonyms of the languages bundles are likely to offer. `Intl.DisplayNames` knows them all, but creating one
 * loads locale data (≈ 20 ms for the first, on the path to the first frame); the table answers at once.
 */
const KNOWN_NAMES: Readonly<Record<string, string>> = {
  de: 'Deutsch',
  en: 'English',
  he: 'עברית',
  ar: 'العربية',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
  nl: 'Nederlands',
  pl: 'Polski',
  tr: 'Türkçe',
  ru: 'Русский',
  uk: 'Українська',
  cs: 'Čeština',
  vi: 'Tiếng Việt',
};

/** The name of a language in that language („Deutsch“, „English“, „עברית“), capitalised; the code if unknown. */
export function languageName(code: string): string {
  const known = KNOWN_NAMES[code];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (!name || name === code) return code.toUpperCase();
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code.toUpperCase();
  }
}
