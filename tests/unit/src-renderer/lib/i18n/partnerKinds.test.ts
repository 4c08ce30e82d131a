import { describe, expect, it } from 'vitest';
import { partnerKinds } from '../../../../../src-shared/bundleSchema';
import { partnerKindLabel } from '../../../../../src-renderer/lib/i18n/partnerKinds';

describe('partnerKindLabel', () => {
  const cases = [
    { kind: 'Partnerschaft', language: 'en', expected: 'Partnership' },
    { kind: 'Städtepartnerschaft', language: 'en', expected: 'Town twinning' },
    { kind: 'Landespartnerschaft', language: 'de', expected: 'Landespartnerschaft' },
    { kind: 'Freundschaft', language: 'he', expected: 'Freundschaft' },
  ] as const;
  for (const { kind, language, expected } of cases) {
    it(`${kind} in ${language} → ${expected}`, () => expect(partnerKindLabel(kind, language)).toBe(expected));
  }
  it('names every kind of the schema in English, none left German', () => {
    for (const kind of partnerKinds) expect(partnerKindLabel(kind, 'en')).not.toBe(kind);
  });
});
