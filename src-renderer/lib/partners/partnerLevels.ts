/**
 * The partners of a bundle by level, for the partners view: partnerships of the Land (state), of the Kreis
 * (district) and of its towns and municipalities. Made from the content only, so a bundle with hardly any dates
 * still tells who its partners are, since when (where known) and shows a picture of each. Pure.
 */
import type { BundleManifest, Partner } from '../../../src-shared/bundleSchema';
import { localize } from '../../../src-shared/localizedText';

/** The three levels, in the order they are shown. */
export const PARTNER_LEVELS = ['state', 'district', 'towns'] as const;
export type PartnerLevel = (typeof PARTNER_LEVELS)[number];

/** One partner on a card. */
export interface PartnerEntry {
  partner: Partner;
  /** File of the picture shown for this partner (its own image, else the first image of its events). */
  imageFile: string | undefined;
  /** True when that picture is a stand-in („Foto folgt“). */
  imagePlaceholder: boolean;
  /** Number of timeline events that name this partner. */
  eventCount: number;
}

/** A card: one partner, or (towns) the partnerships one home town holds. */
export interface PartnerCard {
  /** Stable key for the card. */
  key: string;
  /** For a town card: the home town, e.g. „Stadt Osterwieck“, in the visitor's language. */
  holder: string | undefined;
  entries: PartnerEntry[];
}

/** The cards of one level; levels without partners are left out. */
export interface PartnerLevelGroup {
  level: PartnerLevel;
  cards: PartnerCard[];
}

/** The level a partner belongs to, from its kind (and `parent`: a town partnership inside a partner region). */
export function partnerLevel(partner: Pick<Partner, 'kind' | 'parent'>): PartnerLevel {
  if (partner.kind === 'Landespartnerschaft') return 'state';
  if (partner.kind === 'Städtepartnerschaft' || partner.parent !== undefined) return 'towns';
  return 'district';
}

/**
 * The bundle's partners by level. Districts and states get a card each, in manifest order; town partnerships are
 * gathered on one card per holding town (in order of first appearance), those without a holder on a card each.
 */
export function partnerLevels(
  manifest: Pick<BundleManifest, 'partners' | 'events' | 'images'>,
  language: string,
): PartnerLevelGroup[] {
  const images = new Map(manifest.images.map((image) => [image.id, image]));
  const entry = (partner: Partner): PartnerEntry => {
    const events = manifest.events.filter((event) => event.partners.includes(partner.id));
    const own = manifest.images.find((image) => image.partner === partner.id);
    const fromEvent = events.flatMap((event) => event.images).map((id) => images.get(id)).find((image) => image);
    const image = own ?? fromEvent;
    return { partner, imageFile: image?.file, imagePlaceholder: image?.placeholder ?? false, eventCount: events.length };
  };
  const groups = new Map<PartnerLevel, PartnerCard[]>(PARTNER_LEVELS.map((level) => [level, []]));
  for (const partner of manifest.partners) {
    const level = partnerLevel(partner);
    const cards = groups.get(level)!;
    const holder = level === 'towns' && partner.holder ? localize(partner.holder, language) : undefined;
    const shared = holder === undefined ? undefined : cards.find((card) => card.holder === holder);
    if (shared) shared.entries.push(entry(partner));
    else cards.push({ key: holder === undefined ? partner.id : `holder:${holder}`, holder, entries: [entry(partner)] });
  }
  return PARTNER_LEVELS.map((level) => ({ level, cards: groups.get(level)! })).filter((group) => group.cards.length);
}
