/**
 * Narrowing the exhibition to what a visitor chose: by partner, by country, by theme. Within one kind the choices
 * add up (Frankreich or Polen), across kinds they narrow (Frankreich and Jugend). Pure: the timeline simply gets
 * the filtered manifest, so it shows only the matching lanes and events.
 */
import type { BundleManifest, Partner } from '../../../src-shared/bundleSchema';
import type { KioskFilters } from '../kioskSession.svelte';

/** True when any filter is set. */
export function hasFilters(filters: KioskFilters): boolean {
  return filters.partnerIds.size + filters.countries.size + filters.themes.size > 0;
}

/** Number of chosen values over all kinds (for the active-filter indicator). */
export function filterCount(filters: KioskFilters): number {
  return filters.partnerIds.size + filters.countries.size + filters.themes.size;
}

/** A chosen partner also brings the town partnerships that name it as `parent`. */
function partnerMatches(partner: Partner, filters: KioskFilters): boolean {
  const byPartner =
    filters.partnerIds.size === 0 ||
    filters.partnerIds.has(partner.id) ||
    (partner.parent !== undefined && filters.partnerIds.has(partner.parent));
  const byCountry = filters.countries.size === 0 || filters.countries.has(partner.country);
  return byPartner && byCountry;
}

/**
 * The manifest with only the partners and events that match `filters` (the same object when nothing is set).
 * - Partner and country filters keep matching partners and the events of those partners; events without any
 *   partner (the home district's own) are hidden while such a filter is set.
 * - A theme filter keeps events with one of the themes, and only partners that still have events.
 * - A kept town partnership keeps the partner it names as `parent`, so its group lane keeps its heading.
 * Images, collections, eras and the home district stay as they are.
 */
export function applyFilters(manifest: BundleManifest, filters: KioskFilters): BundleManifest {
  if (!hasFilters(filters)) return manifest;
  const partnerFilter = filters.partnerIds.size > 0 || filters.countries.size > 0;
  const matching = new Set(manifest.partners.filter((partner) => partnerMatches(partner, filters)).map((partner) => partner.id));
  const events = manifest.events.filter((event) => {
    const byPartner = !partnerFilter || event.partners.some((id) => matching.has(id));
    const byTheme = filters.themes.size === 0 || event.themes.some((theme) => filters.themes.has(theme));
    return byPartner && byTheme;
  });
  let kept = matching;
  if (filters.themes.size > 0) {
    const withEvents = new Set(events.flatMap((event) => event.partners));
    kept = new Set([...matching].filter((id) => withEvents.has(id)));
  }
  const ids = new Set(manifest.partners.map((partner) => partner.id));
  for (const partner of manifest.partners) {
    if (kept.has(partner.id) && partner.parent !== undefined && ids.has(partner.parent)) kept.add(partner.parent);
  }
  return { ...manifest, partners: manifest.partners.filter((partner) => kept.has(partner.id)), events };
}
