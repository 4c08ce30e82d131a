import { describe, expect, it } from 'vitest';
import { suggestKey } from '../../../../../src-main/content/validation/typoHint';

const IMAGE_KEYS = ['id', 'file', 'caption', 'credit', 'alt', 'date', 'partner', 'placeholder'];
const PARTNER_KEYS = ['id', 'name', 'country', 'region', 'location', 'since', 'until', 'kind', 'summary', 'facts', 'color', 'parent'];
const ERA_KEYS = ['id', 'label', 'from', 'to'];

describe('suggestKey', () => {
  it.each([
    { key: 'captoin', known: IMAGE_KEYS, expected: 'caption' },
    { key: 'Caption', known: IMAGE_KEYS, expected: 'caption' },
    { key: 'fiel', known: IMAGE_KEYS, expected: 'file' },
    { key: 'bildunterschrift', known: IMAGE_KEYS, expected: 'caption' },
    { key: 'colour', known: PARTNER_KEYS, expected: 'color' },
    { key: 'seit', known: PARTNER_KEYS, expected: 'since' },
    { key: 'bis', known: PARTNER_KEYS, expected: 'until' },
    { key: 'bis', known: ERA_KEYS, expected: 'to' },
    { key: 'untill', known: PARTNER_KEYS, expected: 'until' },
    { key: 'foo', known: IMAGE_KEYS, expected: undefined },
    { key: 'website', known: IMAGE_KEYS, expected: undefined },
    { key: 'x', known: [], expected: undefined },
  ])('$key → $expected', ({ key, known, expected }) => expect(suggestKey(key, known)).toBe(expected));
});
