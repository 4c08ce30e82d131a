/**
 * Looking up interface strings with fallback to German, and choosing the interface language. Pure; the reactive
 * `t` in `i18n.svelte.ts` wraps this with the visitor's language.
 */
import { numberFormat } from '../text/intlFormats';
import { UI_STRINGS, type UiKey } from './uiStrings';

/** Values put into `{name}` placeholders. */
export type UiParams = Readonly<Record<string, string | number>>;

/**
 * The interface string `key` in `language`, else German; `{name}` placeholders are filled from `params` (numbers
 * formatted with `Intl` for the language the string is in).
 */
export function translate(key: UiKey, language: string, params: UiParams = {}, strings = UI_STRINGS): string {
  const own = strings[language]?.[key];
  const used = own === undefined ? 'de' : language;
  const text = pluralForm(own ?? strings.de[key], params.count, used);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // Years stay without grouping („1973“, never „1.973“).
    return typeof value === 'number' ? numberFormat(used, { useGrouping: false }).format(value) : value;
  });
}

/**
 * `singular|plural` → the form for `count` under `language`'s plural rules („1 Partnerschaft“, „2 Partnerschaften“);
 * a text without `|`, or without a numeric count, is returned as it is.
 */
function pluralForm(text: string, count: string | number | undefined, language: string): string {
  const split = text.indexOf('|');
  if (split < 0) return text;
  const one = typeof count === 'number' && new Intl.PluralRules(language).select(count) === 'one';
  return one ? text.slice(0, split) : text.slice(split + 1);
}

/**
 * The language the interface is shown in: the visitor's language when the kiosk has its interface strings,
 * else German (content may still be in the visitor's language, field by field).
 */
export function uiLanguageFor(language: string, strings = UI_STRINGS): string {
  return language in strings ? language : 'de';
}
