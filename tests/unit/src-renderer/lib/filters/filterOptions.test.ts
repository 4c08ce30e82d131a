import { describe, expect, it } from 'vitest';
import { bundleManifest } from '../../../../../src-shared/bundleSchema';
import { filterOptions, toggleFilter } from '../../../../../src-renderer/lib/filters/filterOptions';
import type { KioskFilters } from '../../../../../src-renderer/lib/kioskSession.svelte';

// kioskSession.svelte.ts uses runes and cannot run under plain Node; this is its NO_FILTERS.
const NO_FILTERS: KioskFilters = { partnerIds: new Set(), countries: new Set(), themes: new Set() };

const manifest = bundleManifest.parse({
  schema: 1,
  id: 'options',
  title: 'Optionen',
  home: { name: 'Kreis', location: { lat: 51, lon: 9 } },
  partners: [
    { id: 'pl', name: 'Zamość', country: 'PL', kind: 'Partnerschaft' },
    { id: 'fr', name: 'Belfort', country: 'FR', kind: 'Partnerschaft' },
    { id: 'fr2', name: 'Lisses', country: 'FR', kind: 'Städtepartnerschaft' },
  ],
  events: [
    { id: 'a', date: '1990', title: 'A', partners: ['fr', 'fr2'], themes: ['Jugend', 'Kultur'] },
    { id: 'b', date: '1991', title: 'B', partners: ['pl'], themes: ['Jugend'] },
    { id: 'c', date: '1992', title: 'C', themes: ['Umwelt', 'Umwelt'] },
  ],
});
const names: Record<string, string> = { FR: 'Frankreich', PL: 'Polen' };
const options = filterOptions(manifest, 'de', (code) => names[code] ?? code);

describe('filterOptions', () => {
  it.each([
    { kind: 'partnerIds' as const, expected: [['fr', 'Belfort', 1], ['fr2', 'Lisses', 1], ['pl', 'Zamość', 1]] },
    { kind: 'countries' as const, expected: [['FR', 'Frankreich', 1], ['PL', 'Polen', 1]] },
    { kind: 'themes' as const, expected: [['Jugend', 'Jugend', 2], ['Kultur', 'Kultur', 1], ['Umwelt', 'Umwelt', 1]] },
  ])('$kind', ({ kind, expected }) => {
    expect(options[kind].map((option) => [option.value, option.label, option.events])).toEqual(expected);
  });
});

describe('translated themes', () => {
  const themed = bundleManifest.parse({
    schema: 1,
    id: 'themen',
    title: 'Themen',
    home: { name: 'Kreis', location: { lat: 51, lon: 9 } },
    languages: ['de', 'en'],
    themes: [
      { id: 'Jugend', label: { de: 'Jugend', en: 'Youth' } },
      { id: 'Umwelt', label: { de: 'Umwelt', en: 'Environment' } },
    ],
    events: [
      { id: 'a', date: '1990', title: 'A', themes: ['Jugend', 'Umwelt'] },
      { id: 'b', date: '1991', title: 'B', themes: ['Jugend', 'Sport'] },
    ],
  });
  it.each([
    { language: 'de', expected: [['Jugend', 'Jugend', 2], ['Sport', 'Sport', 1], ['Umwelt', 'Umwelt', 1]] },
    // The value stays the theme as written (filters and test ids keep working); the label follows the language,
    // and a theme the bundle does not list shows as written.
    { language: 'en', expected: [['Jugend', 'Youth', 2], ['Umwelt', 'Environment', 1], ['Sport', 'Sport', 1]] },
  ])('$language', ({ language, expected }) => {
    const themes = filterOptions(themed, language, (code) => code).themes;
    expect(themes.map((option) => [option.value, option.label, option.events])).toEqual(expected);
  });
});

describe('toggleFilter', () => {
  it.each([
    { name: 'switches a value on', start: NO_FILTERS, kind: 'themes' as const, value: 'Jugend', expected: ['Jugend'] },
    {
      name: 'switches it off again',
      start: { ...NO_FILTERS, themes: new Set(['Jugend', 'Kultur']) },
      kind: 'themes' as const,
      value: 'Jugend',
      expected: ['Kultur'],
    },
  ])('$name', ({ start, kind, value, expected }) => {
    const next = toggleFilter(start, kind, value);
    expect([...next[kind]]).toEqual(expected);
    expect(next).not.toBe(start);
    expect(NO_FILTERS.themes.size).toBe(0);
  });
});
