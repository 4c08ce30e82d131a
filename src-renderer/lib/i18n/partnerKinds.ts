/**
 * The visitor-facing name of a partnership kind. The manifest names kinds in German (`Partnerschaft`, …, see
 * content/FORMAT.md); visitors read them in their language like every other interface word.
 */
import type { Partner } from '../../../src-shared/bundleSchema';
import { translate } from './translate';
import type { UiKey } from './uiStrings';

const KIND_KEYS = {
  Partnerschaft: 'kindPartnerschaft',
  Freundschaft: 'kindFreundschaft',
  Kooperation: 'kindKooperation',
  Städtepartnerschaft: 'kindStaedtepartnerschaft',
  Landespartnerschaft: 'kindLandespartnerschaft',
} as const satisfies Record<Partner['kind'], UiKey>;

/** `kind` in `language` (fallback German), e.g. `Partnerschaft` → `Partnership` in English. */
export function partnerKindLabel(kind: Partner['kind'], language: string): string {
  return translate(KIND_KEYS[kind], language);
}
