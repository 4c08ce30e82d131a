/**
 * The choices the filter sheet offers, taken from the bundle: its partners, the countries of its partners and the
 * themes of its events, each with the number of events it would show. Pure; toggling returns new filters.
 */
import type { BundleManifest, LanguageCode } from '../../../src-shared/bundleSchema';
import { localize } from '../../../src-shared/localizedText';
import type { KioskFilters } from '../kioskSession.svelte';

/** The kinds of filter, named as the keys of {@link KioskFilters}. */
export type FilterKind = keyof KioskFilters;

/** One toggle chip: the value stored in the filters, its label and how many events it matches. */
export interface FilterOption {
  value: string;
  label: string;
  events: number;
}

export interface FilterOptions {
  partnerIds: FilterOption[];
  countries: FilterOption[];
  themes: FilterOption[];
}

/**
 * The options of `manifest` in `language`, partners and countries sorted by label, themes by how often they
 * occur (then by name).
 * @param countryName The name of an ISO 3166-1 alpha-2 code in the visitor's language (e.g. `Intl.DisplayNames`).
 */
export function filterOptions(
  manifest: BundleManifest,
  language: LanguageCode,
  countryName: (code: string) => string,
): FilterOptions {
  const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, language);
  const countryOf = new Map(manifest.partners.map((partner) => [partner.id, partner.country]));
  const partnerEvents = new Map<string, number>();
  const countryEvents = new Map<string, number>();
  const themeEvents = new Map<string, number>();
  for (const event of manifest.events) {
    for (const id of event.partners) partnerEvents.set(id, (partnerEvents.get(id) ?? 0) + 1);
    const countries = new Set(event.partners.flatMap((id) => countryOf.get(id) ?? []));
    for (const code of countries) countryEvents.set(code, (countryEvents.get(code) ?? 0) + 1);
    for (const theme of new Set(event.themes)) themeEvents.set(theme, (themeEvents.get(theme) ?? 0) + 1);
  }
  const countries = [...new Set(manifest.partners.map((partner) => partner.country))];
  // Themes the bundle lists carry a label per language; others are shown as written.
  const themeLabels = new Map(manifest.themes.map((theme) => [theme.id, theme.label]));
  return {
    partnerIds: manifest.partners
      .map((partner) => ({ value: partner.id, label: localize(partner.name, language), events: partnerEvents.get(partner.id) ?? 0 }))
      .sort(byLabel),
    countries: countries.map((code) => ({ value: code, label: countryName(code), events: countryEvents.get(code) ?? 0 })).sort(byLabel),
    themes: [...themeEvents]
      .map(([theme, events]) => ({ value: theme, label: themeLabels.has(theme) ? localize(themeLabels.get(theme), language) : theme, events }))
      .sort((a, b) => b.events - a.events || byLabel(a, b)),
  };
}

/** `filters` with `value` of `kind` switched on or off. */
export function toggleFilter(filters: KioskFilters, kind: FilterKind, value: string): KioskFilters {
  const next = new Set(filters[kind]);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return { ...filters, [kind]: next };
}
