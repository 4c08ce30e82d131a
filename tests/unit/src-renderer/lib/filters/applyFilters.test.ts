import { describe, expect, it } from 'vitest';
import { bundleManifest } from '../../../../../src-shared/bundleSchema';
import { applyFilters, filterCount, hasFilters } from '../../../../../src-renderer/lib/filters/applyFilters';
import type { KioskFilters } from '../../../../../src-renderer/lib/kioskSession.svelte';

const manifest = bundleManifest.parse({
  schema: 1,
  id: 'filter',
  title: 'Filter',
  home: { name: 'Kreis', location: { lat: 51, lon: 9 } },
  partners: [
    { id: 'fr', name: 'Belfort', country: 'FR', kind: 'Partnerschaft' },
    { id: 'pl', name: 'Konecki', country: 'PL', kind: 'Partnerschaft' },
    { id: 'it', name: 'Forlì', country: 'IT', kind: 'Partnerschaft' },
    { id: 'it-town', name: 'Gemeinden', country: 'IT', kind: 'Städtepartnerschaft', parent: 'it' },
    { id: 'fr-town', name: 'Lisses', country: 'FR', kind: 'Städtepartnerschaft', parent: 'it', holder: 'Stadt X' },
  ],
  events: [
    { id: 'e-fr-jugend', date: '1990', title: 'A', partners: ['fr'], themes: ['Jugend'] },
    { id: 'e-pl-kultur', date: '1991', title: 'B', partners: ['pl'], themes: ['Kultur'] },
    { id: 'e-fr-pl-kultur', date: '1992', title: 'C', partners: ['fr', 'pl'], themes: ['Kultur', 'Jugend'] },
    { id: 'e-home', date: '1993', title: 'D', themes: ['Geschichte'] },
    { id: 'e-it-town', date: '1994', title: 'E', partners: ['it-town'], themes: ['Wirtschaft'] },
    { id: 'e-fr-town', date: '1995', title: 'F', partners: ['fr-town'], themes: ['Jugend'] },
  ],
});

const filters = (partnerIds: string[] = [], countries: string[] = [], themes: string[] = []): KioskFilters => ({
  partnerIds: new Set(partnerIds),
  countries: new Set(countries),
  themes: new Set(themes),
});

describe('applyFilters', () => {
  it.each([
    {
      name: 'no filter shows everything',
      filters: filters(),
      partners: ['fr', 'pl', 'it', 'it-town', 'fr-town'],
      events: ['e-fr-jugend', 'e-pl-kultur', 'e-fr-pl-kultur', 'e-home', 'e-it-town', 'e-fr-town'],
    },
    {
      name: 'one partner: its lane and its events, home events hidden',
      filters: filters(['pl']),
      partners: ['pl'],
      events: ['e-pl-kultur', 'e-fr-pl-kultur'],
    },
    {
      name: 'a parent brings its town partnerships',
      filters: filters(['it']),
      partners: ['it', 'it-town', 'fr-town'],
      events: ['e-it-town', 'e-fr-town'],
    },
    {
      name: 'a town partnership keeps its parent as group heading',
      filters: filters(['it-town']),
      partners: ['it', 'it-town'],
      events: ['e-it-town'],
    },
    {
      name: 'countries add up',
      filters: filters([], ['FR', 'PL']),
      partners: ['fr', 'pl', 'it', 'fr-town'],
      events: ['e-fr-jugend', 'e-pl-kultur', 'e-fr-pl-kultur', 'e-fr-town'],
    },
    {
      name: 'theme keeps home events and only partners that still have events',
      filters: filters([], [], ['Geschichte']),
      partners: [],
      events: ['e-home'],
    },
    {
      name: 'themes add up',
      filters: filters([], [], ['Kultur', 'Wirtschaft']),
      partners: ['fr', 'pl', 'it', 'it-town'],
      events: ['e-pl-kultur', 'e-fr-pl-kultur', 'e-it-town'],
    },
    {
      name: 'kinds narrow each other: France and Jugend',
      filters: filters([], ['FR'], ['Jugend']),
      partners: ['fr', 'it', 'fr-town'],
      events: ['e-fr-jugend', 'e-fr-pl-kultur', 'e-fr-town'],
    },
    {
      name: 'nothing matches: empty timeline, not an error',
      filters: filters(['pl'], [], ['Wirtschaft']),
      partners: [],
      events: [],
    },
  ])('$name', ({ filters: chosen, partners, events }) => {
    const result = applyFilters(manifest, chosen);
    expect(result.partners.map((partner) => partner.id)).toEqual(partners);
    expect(result.events.map((event) => event.id)).toEqual(events);
    expect(result.images).toBe(manifest.images);
  });

  it('returns the same manifest when nothing is set (the timeline is not rebuilt)', () => {
    expect(applyFilters(manifest, filters())).toBe(manifest);
  });
});

describe('hasFilters and filterCount', () => {
  it.each([
    { filters: filters(), has: false, count: 0 },
    { filters: filters(['a']), has: true, count: 1 },
    { filters: filters(['a'], ['FR', 'PL'], ['Jugend']), has: true, count: 4 },
  ])('$count', ({ filters: chosen, has, count }) => {
    expect(hasFilters(chosen)).toBe(has);
    expect(filterCount(chosen)).toBe(count);
  });
});
