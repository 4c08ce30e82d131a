/**
 * The interface strings for the visitor's current language. Reading `t(…)` in a template or `$derived` makes
 * it update live when `kioskSession.language` changes.
 */
import { kioskSession } from '../kioskSession.svelte';
import { translate, type UiParams, uiLanguageFor } from './translate';
import type { UiKey } from './uiStrings';

/** The interface string `key` in the visitor's language (fallback German), with `{name}` placeholders filled. */
export function t(key: UiKey, params?: UiParams): string {
  return translate(key, kioskSession.language, params);
}

/** The language the interface is shown in (the visitor's, when the kiosk has strings for it; else German). */
export function uiLanguage(): string {
  return uiLanguageFor(kioskSession.language);
}
